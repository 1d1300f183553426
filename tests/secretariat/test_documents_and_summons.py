"""Summons and minutes as PDF and DOCX (read back), e-mailed with a calendar invitation."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.urls import reverse
from icalendar import Calendar
from secretariat_world import client_for, plan

from motebok.archive.models import Action, Decision, Meeting, Participation
from motebok.secretariat import agenda, documents, summons
from motebok.secretariat.models import SummonsDispatch
from motebok.secretariat.people import person_named

pytestmark = pytest.mark.postgres


@pytest.fixture
def meeting_with_minutes(world):
    """A meeting with an item, a decision, an action, attendance and an earlier open action."""
    secretary = world.users["secretariat"]
    earlier = plan(world.body, dt.date(2025, 1, 15), secretary)
    old = agenda.add_item(earlier, "Skiltplan", "", secretary)
    Action.objects.create(item=old, text="Bestille nye skilt", responsible_text="Kari",
                          due=dt.date(2025, 2, 28), status="open", order=1)
    meeting = plan(world.body, dt.date(2025, 3, 12), secretary, start=dt.time(9),
                   end=dt.time(11, 30), location="Kulturhuset, Ålesund", mode="hybrid",
                   link="https://example.no/møte")
    item = agenda.add_item(meeting, "Cruisetrafikk i fjordene", "Sekretariatet orienterte.",
                           secretary)
    Decision.objects.create(item=item, text="Faggruppen sluttet seg til forslaget.", order=1)
    Action.objects.create(item=item, text="Lage høringssvar",
                          responsible_person=person_named("Kari Fjellstad"),
                          due=dt.date(2025, 4, 1), status="open", order=1)
    Participation.objects.create(meeting=meeting, person=person_named("Kari Fjellstad"),
                                 attendance="present", role="chair", order=1)
    Participation.objects.create(meeting=meeting, person=person_named("Mari Nordby"),
                                 attendance="absent", role="member", order=2)
    return meeting


def pdf_text(data: bytes) -> str:
    """All text of a PDF, read back with pypdfium2."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    return "\n".join(page.get_textpage().get_text_range() for page in pdf)


def docx_text(data: bytes) -> str:
    """All paragraph and table text of a DOCX, read back with python-docx."""
    from docx import Document

    document = Document(io.BytesIO(data))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _settle_earlier(status: str = "approved") -> None:
    """The earlier meeting's minutes approved (or published): its follow-ups may be cited."""
    Meeting.objects.filter(items__actions__text="Bestille nye skilt").update(
        status=status, locked=True)


def test_minutes_pdf_and_docx_carry_the_same_agenda_decisions_and_actions(
        meeting_with_minutes):
    _settle_earlier()
    content = documents.build(meeting_with_minutes, documents.MINUTES)
    for text in (pdf_text(documents.render_pdf(content)),
                 docx_text(documents.render_docx(content))):
        flat = " ".join(text.split())
        assert "Referat fra møte i Faggruppe for reiseliv" in flat
        assert "Sak 05/25 Godkjenning av innkalling og saksliste" in flat
        assert "Sak 07/25 Cruisetrafikk i fjordene" in flat
        assert "Sak 08/25 Eventuelt" in flat
        assert "Faggruppen sluttet seg til forslaget." in flat
        assert "Lage høringssvar" in flat and "Kari Fjellstad" in flat
        assert "Kulturhuset, Ålesund" in flat
        assert "onsdag 12. mars 2025 kl. 09:00–11:30" in flat
        assert "Forfall" in flat and "Mari Nordby" in flat
        assert "Utkast – ikke godkjent" in flat
        # the open action of the earlier meeting, with the item it came from
        assert "Bestille nye skilt" in flat and "Sak 03/25 Skiltplan, 15.01.2025" in flat


def test_control_characters_in_stored_text_are_left_out_of_the_docx(meeting_with_minutes):
    # an escape character from a plain-text file, a form feed or a vertical tab from a
    # restored backup: python-docx refuses them, PDF and HTML show nothing for them
    item = meeting_with_minutes.items.get(title="Cruisetrafikk i fjordene")
    item.title = "Cruise\x1btrafikk i\x0bfjordene"
    item.save()
    Decision.objects.filter(item=item).update(text="Faggruppen\x0c sluttet seg\x07 til det.")
    content = documents.build(meeting_with_minutes, documents.MINUTES)
    flat = " ".join(docx_text(documents.render_docx(content)).split())
    assert "Cruisetrafikk ifjordene" in flat and "Faggruppen sluttet seg til det." in flat


def test_approved_minutes_say_so_and_name_their_version(world, meeting_with_minutes):
    from django.utils import timezone

    from motebok.secretariat import minutes

    minutes.approve(meeting_with_minutes, world.users["secretariat"])
    today = f"{timezone.localdate():%d.%m.%Y}"
    text = docx_text(documents.render_docx(
        documents.build(meeting_with_minutes, documents.MINUTES)))
    assert f"Godkjent {today}" in text and "Utkast" not in text
    item = meeting_with_minutes.items.get(title="Cruisetrafikk i fjordene")
    with minutes.editing(meeting_with_minutes, world.users["secretariat"], "Skrivefeil"):
        item.text = "Sekretariatet orienterte kort."
        item.save()
    meeting_with_minutes.refresh_from_db()
    text = docx_text(documents.render_docx(
        documents.build(meeting_with_minutes, documents.MINUTES)))
    assert f"Godkjent {today}, versjon 2" in text
    assert "Sekretariatet orienterte kort." in text


def test_summons_docx_lists_the_agenda_and_follow_ups_without_minutes(meeting_with_minutes):
    _settle_earlier()
    text = docx_text(documents.render_docx(
        documents.build(meeting_with_minutes, documents.SUMMONS)))
    assert "Innkalling til møte i Faggruppe for reiseliv" in text
    assert "Sak 07/25 Cruisetrafikk i fjordene" in text
    assert "Bestille nye skilt" in text
    assert "Faggruppen sluttet seg til forslaget." not in text


def test_summons_is_mailed_to_members_and_access_holders_with_an_ics(
        world, meeting_with_minutes, mailoutbox):
    dispatch = summons.send(meeting_with_minutes, world.users["secretariat"])
    addresses = sorted(m.to[0] for m in mailoutbox)
    # Kari (member with an e-mail, no user), Mari (member through her user), the secretariat
    assert addresses == ["kari@example.no", "mari@example.no", "sindre@example.no"]
    assert dispatch.recipients == addresses
    message = mailoutbox[0]
    assert message.subject == "Innkalling: Møte i Faggruppe for reiseliv 12. mars 2025"
    assert "Sak 07/25 Cruisetrafikk i fjordene" in message.body
    names = {name: (data, mime) for name, data, mime in message.attachments}
    assert pdf_text(names["innkalling-reiseliv-2025-03-12.pdf"][0]).count("Cruisetrafikk") == 1
    ics, mime = names["invitasjon.ics"]
    assert mime.startswith("text/calendar")
    event = next(c for c in Calendar.from_ical(ics).walk("VEVENT"))
    start = event.decoded("dtstart")
    assert (start.year, start.month, start.day, start.hour) == (2025, 3, 12, 9)
    assert str(start.tzinfo) == "Europe/Oslo"
    assert event.decoded("dtend").hour == 11
    assert "Kulturhuset, Ålesund" in str(event.get("location"))
    assert Calendar.from_ical(ics).walk("VTIMEZONE")[0]["TZID"] == "Europe/Oslo"
    assert Calendar.from_ical(ics)["METHOD"] == "REQUEST"
    assert str(event["organizer"]) == "mailto:motebok@localhost"
    assert sorted(str(a) for a in event["attendee"]) == [f"mailto:{a}" for a in addresses]
    assert "Sak 07/25 Cruisetrafikk i fjordene" in str(event["description"])


def test_the_summons_mailed_to_members_cites_no_follow_up_of_draft_minutes(
        world, meeting_with_minutes, mailoutbox, monkeypatch):
    # Kari has no account and no role: a draft is not for her eyes, so the summons (text
    # and PDF) carries only follow-ups of approved or published minutes
    sent = []
    monkeypatch.setattr(documents, "render_pdf",
                        lambda content: sent.append(content) or b"%PDF-1.7 stand-in")
    summons.send(meeting_with_minutes, world.users["secretariat"])
    kari = next(m for m in mailoutbox if m.to == ["kari@example.no"])
    assert "Bestille nye skilt" not in kari.body and sent[-1].follow_ups == []
    assert "Oppfølgingspunkter" not in kari.body
    _settle_earlier()
    summons.send(meeting_with_minutes, world.users["secretariat"])
    assert "Bestille nye skilt" in mailoutbox[-1].body
    assert any("Bestille nye skilt" in line for line in sent[-1].follow_ups)


def test_a_summons_read_in_the_browser_cites_only_follow_ups_its_reader_may_see(
        world, meeting_with_minutes, django_assert_max_num_queries):
    from motebok.secretariat import minutes

    minutes.approve(meeting_with_minutes, world.users["secretariat"])
    minutes.publish(meeting_with_minutes, world.users["secretariat"])
    target = reverse("secretariat:document", args=[meeting_with_minutes.pk, "summons", "html"])

    def seen(persona: str) -> bool:
        return "Bestille nye skilt" in client_for(world, persona).get(target).content.decode()

    # a draft is cited to nobody; approved minutes to those with a role on the body;
    # published ones to everyone
    assert [seen(p) for p in ("anonymous", "member", "secretariat")] == [False] * 3
    _settle_earlier("approved")
    assert [seen(p) for p in ("anonymous", "member", "secretariat")] == [False, True, True]
    _settle_earlier("published")
    client = client_for(world, "anonymous")
    with django_assert_max_num_queries(12):
        assert "Bestille nye skilt" in client.get(target).content.decode()


def test_ended_members_get_no_summons(world, meeting_with_minutes, mailoutbox, monkeypatch):
    from motebok.archive.models import Membership

    monkeypatch.setattr(documents, "render_pdf", lambda content: b"%PDF-1.7 stand-in")

    Membership.objects.filter(person__name="Kari Fjellstad").update(end=dt.date(2024, 12, 31))
    summons.send(meeting_with_minutes, world.users["secretariat"])
    assert "kari@example.no" not in [m.to[0] for m in mailoutbox]


def test_sending_from_the_page_reports_and_records_the_dispatch(
        world, meeting_with_minutes, mailoutbox, monkeypatch):
    monkeypatch.setattr(documents, "render_pdf", lambda content: b"%PDF-1.7 stand-in")
    client = client_for(world, "secretariat")
    response = client.post(reverse("secretariat:summons_send",
                                   args=[meeting_with_minutes.pk]), follow=True)
    assert response.status_code == 200
    assert len(mailoutbox) == 3
    assert SummonsDispatch.objects.filter(meeting=meeting_with_minutes).count() == 1


def test_the_browser_view_escapes_what_users_typed(world, meeting_with_minutes):
    agenda.add_item(meeting_with_minutes, "<script>alert(1)</script>", "", None)
    client = client_for(world, "member")
    html = client.get(reverse("secretariat:document",
                              args=[meeting_with_minutes.pk, "summons", "html"])).content
    assert b"<script>alert(1)</script>" not in html
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_members_without_an_address_are_named_when_the_summons_is_sent(
        world, meeting_with_minutes, mailoutbox, monkeypatch, settings):
    from motebok.archive.models import Membership

    settings.DEFAULT_FROM_EMAIL = "Sekretariatet <post@example.no>"
    monkeypatch.setattr(documents, "render_pdf", lambda content: b"%PDF-1.7 stand-in")
    Membership.objects.create(person=person_named("Ola Uten Epost"), body=world.body,
                              role="deputy")
    response = client_for(world, "secretariat").post(
        reverse("secretariat:summons_send", args=[meeting_with_minutes.pk]), follow=True)
    said = [str(m) for m in response.context["messages"]]
    assert "Innkallingen ble sendt til 3 mottakere." in said
    assert "Ingen e-postadresse, ikke sendt til: Ola Uten Epost" in said
    ics = dict((name, data) for name, data, _mime in mailoutbox[0].attachments)["invitasjon.ics"]
    event = Calendar.from_ical(ics).walk("VEVENT")[0]
    assert str(event["organizer"]) == "mailto:post@example.no"


class RefusingBackend:
    """An e-mail backend whose server refuses the connection."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError(111, "Connection refused")


def test_a_mail_server_that_is_down_gives_a_message_not_an_error_page(
        world, meeting_with_minutes, monkeypatch, settings):
    settings.EMAIL_BACKEND = f"{__name__}.RefusingBackend"
    monkeypatch.setattr(documents, "render_pdf", lambda content: b"%PDF-1.7 stand-in")
    response = client_for(world, "secretariat").post(
        reverse("secretariat:summons_send", args=[meeting_with_minutes.pk]), follow=True)
    assert response.status_code == 200
    said = " ".join(str(m) for m in response.context["messages"])
    assert "Sendingen feilet" in said and "Connection refused" in said
    assert not SummonsDispatch.objects.filter(meeting=meeting_with_minutes).exists()


def test_documents_name_public_files_for_everyone_and_internal_ones_for_members(
        world, meeting_with_minutes):
    from secretariat_world import upload

    from motebok.secretariat import minutes

    item = meeting_with_minutes.items.get(title="Cruisetrafikk i fjordene")
    slides = upload(meeting_with_minutes, "Presentasjon cruiseanløp", published=True)
    slides.item = item
    slides.save()
    upload(meeting_with_minutes, "Internt notat om budsjett", published=False)
    minutes.approve(meeting_with_minutes, world.users["secretariat"])
    minutes.publish(meeting_with_minutes, world.users["secretariat"])
    target = reverse("secretariat:document", args=[meeting_with_minutes.pk, "minutes", "html"])
    public = client_for(world, "anonymous").get(target).content.decode()
    assert "Presentasjon cruiseanløp" in public
    assert reverse("secretariat:attachment", args=[slides.pk]) in public
    assert "Internt notat" not in public
    assert "Internt notat" in client_for(world, "member").get(target).content.decode()
    docx = client_for(world, "anonymous").get(target.replace(".html", ".docx")).content
    text = docx_text(docx)
    assert "Vedlegg:" in text and "Presentasjon cruiseanløp" in text
    assert "Internt notat" not in text
    summons_text = docx_text(documents.render_docx(documents.build(
        meeting_with_minutes, documents.SUMMONS, internal_files=True)))
    assert "Internt notat om budsjett" in summons_text


def test_a_file_of_an_item_can_be_made_public_and_removed_like_the_meeting_s_files(
        world, meeting_with_minutes, django_capture_on_commit_callbacks):
    # An item's file was a bare link: uploaded as internal it could never be made public,
    # and no file at all could be removed.
    from secretariat_world import upload

    from motebok.secretariat.models import Attachment, AuditEntry

    item = meeting_with_minutes.items.get(title="Cruisetrafikk i fjordene")
    slides = upload(meeting_with_minutes, "Foiler cruise", published=False)
    slides.item = item
    slides.save()
    client = client_for(world, "secretariat")
    page = client.get(reverse("secretariat:meeting",
                              args=[meeting_with_minutes.pk])).content.decode()
    assert reverse("secretariat:attachment_publish", args=[slides.pk]) in page
    assert reverse("secretariat:attachment_delete", args=[slides.pk]) in page
    response = client.post(reverse("secretariat:attachment_publish", args=[slides.pk]),
                           {"published": "1"})
    assert response["Location"].endswith(f"#item-{item.pk}")
    slides.refresh_from_db()
    assert slides.published
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("secretariat:attachment_delete", args=[slides.pk]))
    assert not Attachment.objects.filter(pk=slides.pk).exists()
    assert not slides.file.storage.exists(slides.file.name)
    assert AuditEntry.objects.filter(model="secretariat.attachment", object_id=str(slides.pk),
                                     action="delete").exists()


def test_a_member_sees_files_but_no_controls(world, meeting_with_minutes):
    from secretariat_world import upload

    slides = upload(meeting_with_minutes, "Foiler cruise", published=False)
    page = client_for(world, "member").get(reverse(
        "secretariat:meeting", args=[meeting_with_minutes.pk])).content.decode()
    assert "Foiler cruise" in page
    assert reverse("secretariat:attachment_delete", args=[slides.pk]) not in page


def test_the_minutes_ask_a_fixed_number_of_queries_however_many_items(
        world, meeting_with_minutes):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            content = documents.build(meeting_with_minutes, documents.MINUTES)
        assert all(entry.heading for entry in content.entries)
        return len(captured)

    few = queries()
    for n in range(5):
        item = agenda.add_item(meeting_with_minutes, f"Sak nummer {n}", "", None)
        Decision.objects.create(item=item, text=f"Vedtak {n}", order=1)
        Action.objects.create(item=item, text=f"Tiltak {n}", status="open", order=1,
                              responsible_person=person_named("Kari Fjellstad"))
    assert queries() == few
    entry = documents.build(meeting_with_minutes, documents.MINUTES).entries[-2]
    assert (entry.decisions, entry.actions) == (
        ["Vedtak 4"], ["Tiltak 4 (ansvarlig: Kari Fjellstad)"])


@pytest.fixture
def bodyless(world):
    """A published meeting that belongs to no body (restored from a record naming none),
    with an item, an open action, a public file, and another body-less meeting's draft."""
    from motebok.archive.models import AgendaItem, Meeting

    meeting = Meeting.objects.create(body=None, date=dt.date(2025, 5, 20), title="Uten organ",
                                     status="published", locked=True, kind="minutes")
    item = AgendaItem.objects.create(meeting=meeting, number="1", title="Bølgebryteren",
                                     order=1)
    Decision.objects.create(item=item, text="Saken ble tatt til orientering.", order=1)
    secret = Meeting.objects.create(body=None, date=dt.date(2025, 1, 2), title="Annet møte",
                                    status="draft", kind="minutes")
    hidden = AgendaItem.objects.create(meeting=secret, number="1", title="Hemmelig", order=1)
    Action.objects.create(item=hidden, text="Tiltak fra et annet utkast", status="open",
                          order=1)
    return meeting


@pytest.mark.parametrize("persona", ["anonymous", "outsider", "member", "admin"])
def test_the_documents_of_a_meeting_of_no_body_download_for_everyone(world, bodyless,
                                                                    persona):
    client = client_for(world, persona)
    for kind, heading in (("minutes", "Referat fra møte"), ("summons", "Innkalling til møte")):
        html = client.get(reverse("secretariat:document", args=[bodyless.pk, kind, "html"]))
        assert html.status_code == 200
        page = html.content.decode()
        assert f"<h1>{heading}</h1>" in page and "Bølgebryteren" in page
        # another body-less meeting is no earlier meeting of the same body
        assert "Tiltak fra et annet utkast" not in page
        for fmt in ("pdf", "docx"):
            response = client.get(reverse("secretariat:document", args=[bodyless.pk, kind, fmt]))
            assert response.status_code == 200
            assert (f'filename="{"referat" if kind == "minutes" else "innkalling"}-2025-05-20.'
                    f'{fmt}"') in response["Content-Disposition"]


@pytest.mark.parametrize("persona", ["anonymous", "outsider", "member", "admin"])
def test_the_minutes_record_of_a_meeting_of_no_body_downloads_for_everyone(world, bodyless,
                                                                          persona):
    response = client_for(world, persona).get(
        reverse("secretariat:minutes_json", args=[bodyless.pk]))
    assert response.status_code == 200
    assert 'filename="referat-2025-05-20.json"' in response["Content-Disposition"]
    assert response.json()["title"] == "Uten organ"


@pytest.mark.parametrize("persona", ["anonymous", "outsider", "member", "admin"])
def test_the_public_file_of_a_meeting_of_no_body_downloads_for_everyone(world, bodyless,
                                                                       persona):
    from secretariat_world import upload

    attachment = upload(bodyless, "foiler", published=True)
    response = client_for(world, persona).get(
        reverse("secretariat:attachment", args=[attachment.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"slides"


@pytest.mark.parametrize("persona", ["member", "secretariat", "admin"])
def test_a_meeting_of_no_body_has_no_secretariat_workspace(world, bodyless, persona):
    client = client_for(world, persona)
    for name in ("meeting", "versions", "attendance"):
        assert client.get(reverse(f"secretariat:{name}", args=[bodyless.pk])).status_code \
            == 404, name
    item = bodyless.items.get()
    assert client.post(reverse("secretariat:item_edit", args=[item.pk]),
                       {"title": "Endret"}).status_code == 404
    # a draft of no body stays unreadable to all but administrators
    from motebok.archive.models import Meeting

    draft = Meeting.objects.get(title="Annet møte")
    target = reverse("secretariat:document", args=[draft.pk, "minutes", "html"])
    assert client.get(target).status_code == (200 if persona == "admin" else 404)


def test_a_title_with_line_breaks_still_makes_a_one_line_subject(world, mailoutbox):
    meeting = plan(world.body, dt.date(2025, 3, 12))
    client = client_for(world, "secretariat")
    client.post(reverse("secretariat:meeting_edit", args=[meeting.pk]),
                {"title": "Møte om\r\nBcc: x@example.no", "date": "2025-03-12"})
    response = client.post(reverse("secretariat:summons_send", args=[meeting.pk]))
    assert response.status_code == 302
    assert [m.subject for m in mailoutbox][:1] == [
        "Innkalling: Møte om Bcc: x@example.no 12. mars 2025"]
    assert all(m.bcc == [] for m in mailoutbox)
    meeting.title = None  # a meeting read from minutes without a title
    assert summons.subject_of(meeting) == "Innkalling: Faggruppe for reiseliv 12. mars 2025"


def test_a_summons_to_one_recipient_says_so_in_the_singular(world, mailoutbox, monkeypatch):
    """"Innkallingen ble sendt til 1 mottaker." (not "1 mottakere"): the other body's one
    access holder is its only recipient."""
    monkeypatch.setattr(documents, "render_pdf", lambda content: b"%PDF-1.7 stand-in")
    meeting = plan(world.other, dt.date(2025, 5, 6), world.users["admin"])
    response = client_for(world, "admin").post(
        reverse("secretariat:summons_send", args=[meeting.pk]), follow=True)
    assert len(mailoutbox) == 1
    assert "Innkallingen ble sendt til 1 mottaker." in [
        str(m) for m in response.context["messages"]]
