"""The secretariat closes an agenda item to the public ("unntatt offentlighet"): the item
form and the agenda builder take the legal basis, the audit log records it, and the
summons and minutes documents mark the item (for the public: number and neutral title)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from secretariat_world import client_for, plan

from motebok.archive.models import AgendaItem, Decision
from motebok.secretariat import agenda, documents, minutes
from motebok.secretariat.models import AuditEntry

pytestmark = pytest.mark.postgres

BASIS = "offl. § 13"
TITLE = "Tilsetting av ny daglig leder"
TEXT = "Tre søkere er intervjuet."
DECISION = "Søker nummer to tilbys stillingen."


@pytest.fixture
def meeting(world):
    return plan(world.body, dt.date(2025, 3, 12), world.users["secretariat"])


def test_the_agenda_builder_takes_the_basis_and_the_audit_log_records_it(world, meeting):
    client = client_for(world, "secretariat")
    page = client.get(reverse("secretariat:meeting", args=[meeting.pk])).content.decode()
    assert 'name="exemption"' in page and 'name="title_public"' in page
    assert "Unntatt offentlighet etter" in page  # (the label in bokmål)
    response = client.post(reverse("secretariat:item_new", args=[meeting.pk]),
                           {"title": TITLE, "text": TEXT, "exemption": f"  {BASIS} "})
    assert response.status_code == 302
    item = AgendaItem.objects.get(meeting=meeting, title=TITLE)
    assert item.exemption == BASIS and item.is_closed and not item.title_public
    entry = AuditEntry.objects.filter(model="archive.agendaitem", action="create",
                                      object_id=str(item.pk)).latest("at")
    assert entry.changes["exemption"] == [None, BASIS]
    page = client.get(reverse("secretariat:meeting", args=[meeting.pk])).content.decode()
    assert 'class="sec-closed"' in page and "Unntatt offentlighet (offl. § 13)" in page


def test_the_item_form_changes_the_basis_and_the_title_choice(world, meeting):
    secretary = world.users["secretariat"]
    item = agenda.add_item(meeting, TITLE, TEXT, secretary)
    client = client_for(world, "secretariat")
    edit = reverse("secretariat:item_edit", args=[item.pk])
    form = client.get(edit).content.decode()
    assert 'name="exemption"' in form and "kommuneloven § 11-5" in form  # (the help text)
    client.post(edit, {"title": TITLE, "text": TEXT, "exemption": "offl. § 23 første ledd",
                       "title_public": "on"})
    item.refresh_from_db()
    assert item.exemption == "offl. § 23 første ledd" and item.title_public
    entry = AuditEntry.objects.filter(model="archive.agendaitem", action="update",
                                      object_id=str(item.pk)).latest("at")
    assert entry.changes["exemption"] == ["", "offl. § 23 første ledd"]
    assert entry.changes["title_public"] == [False, True]
    # opened again: the published-title box goes with the basis
    client.post(edit, {"title": TITLE, "text": TEXT, "exemption": "", "title_public": "on"})
    item.refresh_from_db()
    assert item.exemption == "" and not item.title_public and not item.is_closed


def test_the_documents_mark_the_item_and_the_public_copy_keeps_it_closed(world, meeting):
    secretary = world.users["secretariat"]
    item = agenda.add_item(meeting, TITLE, TEXT, secretary, exemption=BASIS)
    Decision.objects.create(item=item, text=DECISION, order=1)
    members = documents.render_html(documents.build(meeting, documents.SUMMONS))
    assert TITLE in members and "Unntatt offentlighet (offl. § 13)" in members
    minutes.approve(meeting, secretary)
    minutes.publish(meeting, secretary)
    target = reverse("secretariat:document", args=[meeting.pk, "minutes", "html"])
    public = client_for(world, "anonymous").get(target).content.decode()
    assert "Unntatt offentlighet (offl. § 13)" in public
    assert TITLE not in public and TEXT not in public and DECISION not in public
    for persona in ("outsider",):
        assert DECISION not in client_for(world, persona).get(target).content.decode()
    for persona in ("member", "secretariat", "admin"):
        inside = client_for(world, persona).get(target).content.decode()
        assert TITLE in inside and DECISION in inside and "offl. § 13" in inside
    from test_documents_and_summons import docx_text

    docx = docx_text(client_for(world, "anonymous").get(
        target.replace(".html", ".docx")).content)
    assert "Unntatt offentlighet (offl. § 13)" in docx and DECISION not in docx
    inside = docx_text(client_for(world, "member").get(target.replace(".html", ".docx")).content)
    assert DECISION in inside and "Unntatt offentlighet (offl. § 13)" in inside


def test_a_change_of_the_basis_reindexes_the_item(world, meeting):
    from motebok.search.models import SearchEntry
    from motebok.search.service import CLOSED_TAG

    secretary = world.users["secretariat"]
    item = agenda.add_item(meeting, TITLE, TEXT, secretary)
    client_for(world, "secretariat").post(
        reverse("secretariat:item_edit", args=[item.pk]),
        {"title": TITLE, "text": TEXT, "exemption": BASIS})
    tags = list(SearchEntry.objects.filter(item=item).values_list("tags", flat=True))
    assert tags and all(CLOSED_TAG in t.split() for t in tags)


def test_a_published_file_of_a_closed_item_stays_closed_to_the_public(world, meeting):
    from secretariat_world import upload

    secretary = world.users["secretariat"]
    item = agenda.add_item(meeting, TITLE, TEXT, secretary, exemption=BASIS)
    papers = upload(meeting, "Søkerliste", published=True)
    papers.item = item
    papers.save()
    minutes.approve(meeting, secretary)
    minutes.publish(meeting, secretary)
    target = reverse("secretariat:attachment", args=[papers.pk])
    for persona, status in (("anonymous", 404), ("outsider", 404), ("member", 200),
                            ("secretariat", 200)):
        assert client_for(world, persona).get(target).status_code == status, persona
    page = client_for(world, "anonymous").get(reverse("web:meeting", args=[meeting.pk]))
    assert "Søkerliste" not in page.content.decode()
    page = client_for(world, "member").get(reverse("web:meeting", args=[meeting.pk]))
    assert "Søkerliste" in page.content.decode()
