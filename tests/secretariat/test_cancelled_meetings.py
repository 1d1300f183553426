"""A planned meeting can be cancelled ("avlyst") with a reason, and reinstated.

It stays listed as cancelled (reason shown, escaped), its calendar event says
STATUS:CANCELLED with a higher SEQUENCE and the same UID, the API shows the status,
and it is offered for neither minutes approval nor summons.
"""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from icalendar import Calendar
from secretariat_world import PERSONAS, Scene, client_for

from motebok.errors import MotebokError
from motebok.secretariat import agenda, calendar_feed, invitation, minutes, planning, summons
from motebok.secretariat.models import AuditEntry
from motebok.vocab import MeetingStatus

REASON = "For få påmeldte <b>& sykdom</b>"


def _cancel_url(scene: Scene) -> str:
    return reverse("secretariat:meeting_cancel", args=[scene.current.pk])


def test_the_model_cancels_only_a_planned_meeting_and_reinstates_it(scene):
    meeting = scene.current
    meeting.cancel("  Sykdom  ")
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.CANCELLED.value
    assert meeting.cancelled and meeting.cancel_reason == "Sykdom"
    assert meeting.calendar_changes == 1
    with pytest.raises(ValidationError):
        meeting.cancel()
    meeting.reinstate()
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.PLANNED.value and meeting.cancel_reason == ""
    assert meeting.calendar_changes == 2
    with pytest.raises(ValidationError):
        meeting.reinstate()
    for held_meeting in (scene.previous, scene.approved, scene.published):
        with pytest.raises(ValidationError):
            held_meeting.cancel("for sent")


def test_cancelling_and_reinstating_is_audited(scene):
    secretary = scene.world.users["secretariat"]
    before = AuditEntry.objects.count()
    planning.cancel_meeting(scene.current, secretary, "Sykdom")
    planning.reinstate_meeting(scene.current, secretary)
    entries = list(AuditEntry.objects.order_by("pk")[before:])
    assert [e.changes["status"] for e in entries] == [
        ["planned", "cancelled"], ["cancelled", "planned"]]
    assert entries[0].changes["cancel_reason"] == ["", "Sykdom"]
    with pytest.raises(MotebokError):
        planning.cancel_meeting(scene.approved, secretary)
    with pytest.raises(MotebokError):
        planning.reinstate_meeting(scene.current, secretary)


def test_a_cancelled_meeting_gets_no_summons_and_no_approval(scene):
    secretary = scene.world.users["secretariat"]
    planning.cancel_meeting(scene.current, secretary)
    with pytest.raises(MotebokError):
        summons.send(scene.current, secretary)
    with pytest.raises(MotebokError):
        minutes.approve(scene.current, secretary)
    scene.current.refresh_from_db()
    assert scene.current.status == MeetingStatus.CANCELLED.value


@pytest.mark.postgres
def test_only_the_secretariat_may_cancel_or_reinstate(scene):
    expected = {"anonymous": 404, "outsider": 404, "member": 403, "secretariat": 302,
                "admin": 302}
    outcome = {}
    for persona in PERSONAS:
        with transaction.atomic():
            client = client_for(scene.world, persona)
            code = client.post(_cancel_url(scene), {"reason": REASON}).status_code
            scene.current.refresh_from_db()
            outcome[persona] = (code, scene.current.status)
            transaction.set_rollback(True)
        scene.current.refresh_from_db()
    assert outcome == {p: (c, "cancelled" if c == 302 else "planned")
                       for p, c in expected.items()}


def test_the_meeting_pages_show_avlyst_and_the_escaped_reason(scene):
    client = client_for(scene.world, "secretariat")
    client.post(_cancel_url(scene), {"reason": REASON})
    page = client.get(reverse("secretariat:meeting", args=[scene.current.pk]),
                      HTTP_ACCEPT_LANGUAGE="nb").content.decode()
    assert "Avlyst" in page
    assert "&lt;b&gt;&amp; sykdom&lt;/b&gt;" in page and "<b>& sykdom" not in page
    assert reverse("secretariat:meeting_reinstate", args=[scene.current.pk]) in page
    assert reverse("secretariat:summons_send", args=[scene.current.pk]) not in page
    member = client_for(scene.world, "member")
    body_page = member.get(reverse("secretariat:body", args=[scene.world.body.slug]),
                           HTTP_ACCEPT_LANGUAGE="nb").content.decode()
    assert "Avlyst" in body_page
    public = member.get(reverse("web:meeting", args=[scene.current.pk]),
                        HTTP_ACCEPT_LANGUAGE="nb").content.decode()
    assert "Avlyst" in public and "&lt;b&gt;&amp; sykdom&lt;/b&gt;" in public
    client.post(reverse("secretariat:meeting_reinstate", args=[scene.current.pk]))
    scene.current.refresh_from_db()
    assert scene.current.status == MeetingStatus.PLANNED.value


def _event(scene: Scene):
    secretary = scene.world.users["secretariat"]
    path = calendar_feed.feed_path(secretary, scene.world.body)
    ics = client_for(scene.world, "anonymous").get(path).content
    uid = invitation.meeting_uid(scene.current)
    events = [e for e in Calendar.from_ical(ics).walk("VEVENT") if str(e["uid"]) == uid]
    assert len(events) == 1
    return events[0]


def test_the_body_feed_marks_a_cancelled_meeting_and_bumps_its_sequence(scene):
    before = _event(scene)
    assert "status" not in before
    planning.cancel_meeting(scene.current, scene.world.users["secretariat"], "Sykdom")
    after = _event(scene)
    assert str(after["status"]) == "CANCELLED"
    assert int(after["sequence"]) > int(before["sequence"])
    planning.reinstate_meeting(scene.current, scene.world.users["secretariat"])
    again = _event(scene)
    assert "status" not in again and int(again["sequence"]) > int(after["sequence"])


def test_the_api_shows_the_cancelled_status(scene):
    planning.cancel_meeting(scene.current, scene.world.users["secretariat"])
    client = client_for(scene.world, "member")
    data = client.get(f"/api/v1/meetings/{scene.current.pk}/").json()
    assert data["status"] == "cancelled"
    listed = client.get("/api/v1/meetings/", {"status": "cancelled"}).json()
    assert [m["id"] for m in listed["results"]] == [scene.current.pk]


def test_the_next_meeting_approves_the_minutes_before_a_cancelled_one(scene):
    from motebok.secretariat.models import StandardItem

    secretary = scene.world.users["secretariat"]
    later = planning.plan_meeting(scene.world.body, scene.current.date.replace(month=6),
                                  planning.MeetingPlan(), secretary)

    def approves() -> int | None:
        return StandardItem.objects.get(item__meeting=later,
                                        kind="minutes_approval").previous_meeting_id

    assert approves() == scene.current.pk
    planning.cancel_meeting(scene.current, secretary, "Sykdom")
    assert approves() == scene.previous.pk
    planning.reinstate_meeting(scene.current, secretary)
    assert approves() == scene.current.pk


def test_the_agenda_of_a_cancelled_meeting_is_not_changed(scene):
    client = client_for(scene.world, "secretariat")
    planning.cancel_meeting(scene.current, scene.world.users["secretariat"])
    items = scene.current.items.count()
    response = client.post(reverse("secretariat:item_new", args=[scene.current.pk]),
                           {"title": "Nytt reisemål"})
    assert response.status_code == 400
    assert scene.current.items.count() == items


# --- cancelling tells the summoned (RFC 5546 METHOD:CANCEL) -------------------------------


def _summon(scene: Scene) -> list[str]:
    """Send the current meeting's summons and empty the outbox; its recipients."""
    from django.core import mail

    dispatch = summons.send(scene.current, scene.world.users["secretariat"])
    mail.outbox.clear()
    return dispatch.recipients


def _calendar_of(message) -> Calendar:
    (_name, content, mimetype), = [a for a in message.attachments if a[0].endswith(".ics")]
    assert mimetype.startswith("text/calendar; method=CANCEL")
    return Calendar.from_ical(content)


def test_cancelling_a_summoned_meeting_sends_each_recipient_a_calendar_cancel(scene):
    from django.core import mail

    to = _summon(scene)
    request_ics = Calendar.from_ical(invitation.invitation(scene.current))
    (sent_event,) = request_ics.walk("VEVENT")
    client = client_for(scene.world, "secretariat")
    response = client.post(_cancel_url(scene), {"reason": REASON}, follow=True,
                           HTTP_ACCEPT_LANGUAGE="nb")
    assert [m.to for m in mail.outbox] == [[address] for address in to]
    message = mail.outbox[0]
    assert message.subject.startswith("Avlyst: ")
    assert "er avlyst" in message.body and f"Begrunnelse: {REASON}" in message.body
    calendar = _calendar_of(message)
    assert calendar["method"] == "CANCEL"
    (event,) = calendar.walk("VEVENT")
    assert str(event["uid"]) == str(sent_event["uid"])
    assert int(event["sequence"]) > int(sent_event["sequence"])
    assert str(event["status"]) == "CANCELLED"
    assert f"Avlysningen ble sendt til {len(to)} mottakere" in response.content.decode()


def test_a_meeting_never_summoned_is_cancelled_without_mail(scene):
    from django.core import mail

    told = planning.cancel_meeting(scene.current, scene.world.users["secretariat"], "Sykdom")
    assert told == [] and mail.outbox == []


def test_only_the_secretariat_sends_the_cancellation(scene):
    from django.core import mail

    told = len(_summon(scene))
    sent = {}
    for persona in PERSONAS:
        with transaction.atomic():
            mail.outbox.clear()
            client_for(scene.world, persona).post(_cancel_url(scene), {"reason": REASON})
            sent[persona] = len(mail.outbox)
            transaction.set_rollback(True)
    assert told and sent == {"anonymous": 0, "outsider": 0, "member": 0,
                             "secretariat": told, "admin": told}


def test_a_failed_cancellation_mail_leaves_the_meeting_planned(scene, monkeypatch):
    _summon(scene)

    def refuse(self, messages):
        raise OSError("connection refused")

    monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", refuse)
    with pytest.raises(MotebokError):
        planning.cancel_meeting(scene.current, scene.world.users["secretariat"], "Sykdom")
    scene.current.refresh_from_db()
    assert scene.current.status == MeetingStatus.PLANNED.value


def test_the_cancel_form_says_who_will_be_told_escaped(scene):
    url = reverse("secretariat:meeting", args=[scene.current.pk])
    client = client_for(scene.world, "secretariat")
    before = client.get(url, HTTP_ACCEPT_LANGUAGE="nb").content.decode()
    assert "nobody is told" not in before and "ingen får beskjed" in before.lower()
    Membership = scene.membership.__class__
    odd = scene.membership.person.__class__.objects.create(
        name="Per <Test>", normalized_name="per <test>", email="per<x>@example.no")
    Membership.objects.create(person=odd, body=scene.world.body, role="member")
    to = _summon(scene)
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="nb").content.decode()
    assert "kari@example.no" in page
    assert "per&lt;x&gt;@example.no" in page and "per<x>@example.no" not in page
    assert "per<x>@example.no" in to


def test_reinstating_a_summoned_meeting_offers_the_summons_again(scene):
    from django.core import mail

    _summon(scene)
    client = client_for(scene.world, "secretariat")
    client.post(_cancel_url(scene), {"reason": "Sykdom"})
    page = client.get(reverse("secretariat:meeting", args=[scene.current.pk]),
                      HTTP_ACCEPT_LANGUAGE="nb").content.decode()
    assert 'name="resend"' in page
    mail.outbox.clear()
    reinstate = reverse("secretariat:meeting_reinstate", args=[scene.current.pk])
    response = client.post(reinstate, follow=True, HTTP_ACCEPT_LANGUAGE="nb")
    assert mail.outbox == []  # not silently
    assert "send innkallingen på nytt" in response.content.decode().lower()
    client.post(_cancel_url(scene), {"reason": "Sykdom igjen"})
    mail.outbox.clear()
    client.post(reinstate, {"resend": "1"})
    assert mail.outbox and all(m.subject.startswith("Innkalling: ") for m in mail.outbox)
    scene.current.refresh_from_db()
    assert scene.current.status == MeetingStatus.PLANNED.value
    assert scene.current.summons_dispatches.count() == 2


def test_a_meeting_never_summoned_is_reinstated_without_an_offer(scene):
    client = client_for(scene.world, "secretariat")
    client.post(_cancel_url(scene))
    page = client.get(reverse("secretariat:meeting", args=[scene.current.pk])).content.decode()
    assert 'name="resend"' not in page


# --- the model refuses with the status as the reader's language names it -----------------


def test_cancel_and_reinstate_refuse_with_the_translated_status(scene):
    from django.utils import translation

    with translation.override("nb"):
        with pytest.raises(ValidationError) as refused:
            scene.approved.cancel("for sent")
        assert "godkjent" in refused.value.messages[0]
        assert "approved" not in refused.value.messages[0]
        with pytest.raises(ValidationError) as refused:
            scene.current.reinstate()
        assert "planlagt" in refused.value.messages[0]
    with translation.override("en"):
        with pytest.raises(ValidationError) as refused:
            scene.published.cancel()
        assert "(this one is published)" in refused.value.messages[0]


def test_the_api_gives_the_reason_of_a_cancelled_meeting_only(scene):
    planning.cancel_meeting(scene.current, scene.world.users["secretariat"], REASON)
    member, outsider = (client_for(scene.world, p) for p in ("member", "outsider"))
    data = member.get(f"/api/v1/meetings/{scene.current.pk}/").json()
    assert data["cancel_reason"] == REASON  # JSON: the text as typed, for the client
    assert member.get(f"/api/v1/meetings/{scene.previous.pk}/").json()["cancel_reason"] is None
    assert outsider.get(f"/api/v1/meetings/{scene.current.pk}/").status_code == 404


def test_a_cancelled_meeting_s_page_offers_no_change_until_it_is_reinstated(
        scene, django_assert_max_num_queries):
    # every form below was refused on submit while the meeting is cancelled: the page
    # no longer offers them (``Meeting.changeable``), and offers them again once reinstated
    meeting, item, decision = scene.current, scene.comment_item, scene.decision
    from motebok.archive.models import Action

    action = Action.objects.create(item=item, text="Sende budsjettet på høring", order=1,
                                   status="open")
    page_url = reverse("secretariat:meeting", args=[meeting.pk])
    offered = [reverse(name, args=[pk]) for name, pk in (
        ("secretariat:meeting_edit", meeting.pk), ("secretariat:item_new", meeting.pk),
        ("secretariat:attendance", meeting.pk), ("secretariat:item_move", item.pk),
        ("secretariat:item_edit", item.pk), ("secretariat:item_delete", item.pk),
        ("secretariat:decision_new", item.pk), ("secretariat:decision_delete", decision.pk),
        ("secretariat:action_new", item.pk), ("secretariat:action_delete", action.pk))]
    client = client_for(scene.world, "secretariat")
    planned = client.get(page_url).content.decode()
    assert [url for url in offered if url not in planned] == []
    planning.cancel_meeting(meeting, scene.world.users["secretariat"])
    with django_assert_max_num_queries(15):  # as many as before: the property asks no query
        page = client.get(page_url).content.decode()
    assert [url for url in offered if url in page] == []
    # what still holds for a cancelled meeting: reinstating it, its files, its follow-ups
    assert reverse("secretariat:meeting_reinstate", args=[meeting.pk]) in page
    assert reverse("secretariat:attachment_new", args=[meeting.pk]) in page
    assert reverse("secretariat:action_done", args=[action.pk]) in page
    for persona in ("member", "anonymous"):
        seen = client_for(scene.world, persona).get(page_url).content.decode()
        assert [url for url in offered if url in seen] == []
    planning.reinstate_meeting(meeting, scene.world.users["secretariat"])
    again = client.get(page_url).content.decode()
    assert [url for url in offered if url not in again] == []


def test_the_agenda_of_a_cancelled_meeting_is_neither_reordered_nor_cut(scene):
    second = agenda.add_item(scene.current, "Reiseliv i vinterhalvåret", "", None)
    planning.cancel_meeting(scene.current, scene.world.users["secretariat"])
    numbers = [(i.pk, i.number) for i in agenda.items_of(scene.current)]
    client = client_for(scene.world, "secretariat")
    response = client.post(reverse("secretariat:item_move", args=[second.pk]),
                           {"direction": "up"}, follow=True)
    said = " ".join(str(m) for m in response.context["messages"])
    assert "Møtet ble avlyst: gjeninnfør det" in said
    client.post(reverse("secretariat:item_delete", args=[second.pk]))
    assert [(i.pk, i.number) for i in agenda.items_of(scene.current)] == numbers
    with pytest.raises(MotebokError):
        agenda.delete_item(second, None)


def test_a_cancelled_meeting_s_change_pages_say_so_and_offer_no_form(
        scene, django_assert_max_num_queries):
    # opened by their address (a bookmark, the back button): each change page of the
    # meeting says it is cancelled and links back, instead of a form a submit refuses
    from motebok.archive.models import Action

    meeting, item, decision = scene.current, scene.comment_item, scene.decision
    action = Action.objects.create(item=item, text="Sende budsjettet på høring", order=1,
                                   status="open")
    pages = [reverse(name, args=[pk]) for name, pk in (
        ("secretariat:item_edit", item.pk), ("secretariat:attendance", meeting.pk),
        ("secretariat:decision_edit", decision.pk), ("secretariat:action_edit", action.pk))]
    back = reverse("secretariat:meeting", args=[meeting.pk])
    client = client_for(scene.world, "secretariat")
    said = "Møtet er avlyst"
    for url in pages:
        page = client.get(url, HTTP_ACCEPT_LANGUAGE="nb").content.decode()
        assert 'type="submit">Lagre' in page and said not in page, url
    planning.cancel_meeting(meeting, scene.world.users["secretariat"])
    for url in pages:
        with django_assert_max_num_queries(12):
            response = client.get(url, HTTP_ACCEPT_LANGUAGE="nb")
        page = response.content.decode()
        assert response.status_code == 200, url
        assert said in page and f'href="{back}#status"' in page, url
        assert 'type="submit">Lagre' not in page and 'name="text"' not in page, url
        assert "Referatet er godkjent" not in page, url  # not approved: cancelled
    # a submit still refused, and answered with the same page
    response = client.post(pages[0], {"title": "Nytt navn", "text": ""},
                           HTTP_ACCEPT_LANGUAGE="nb")
    assert response.status_code == 400 and said in response.content.decode()
    item.refresh_from_db()
    assert item.title != "Nytt navn"
    for persona, code in (("member", 403), ("anonymous", 404), ("outsider", 404)):
        assert client_for(scene.world, persona).get(pages[0]).status_code == code
    planning.reinstate_meeting(meeting, scene.world.users["secretariat"])
    for url in pages:
        assert 'type="submit">Lagre' in client.get(url, HTTP_ACCEPT_LANGUAGE="nb"
                                                    ).content.decode(), url
