"""Every secretariat view × every persona → the expected status, and nothing more changes.

The table reads as the access rules: drafts and internal files are 404 for anyone
without a role on the body (anonymous, or a member of another body); members read and
comment (403 on changes); the secretariat and the administrator change everything.
A refused POST leaves no audit entry; an accepted one leaves at least one.
"""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.db import transaction
from django.urls import reverse
from secretariat_world import PERSONAS, Scene, client_for

from motebok.archive.models import BodyAccess
from motebok.secretariat import documents
from motebok.secretariat.models import AuditEntry

LOGIN = {"anonymous": 302, "outsider": 200, "member": 200, "secretariat": 200, "admin": 200}
READ = {"anonymous": 404, "outsider": 404, "member": 200, "secretariat": 200, "admin": 200}
SEC_READ = {"anonymous": 404, "outsider": 404, "member": 403, "secretariat": 200, "admin": 200}
SEC_POST = {"anonymous": 404, "outsider": 404, "member": 403, "secretariat": 302, "admin": 302}
MEMBER_POST = {"anonymous": 404, "outsider": 404, "member": 302, "secretariat": 302,
               "admin": 302}
PUBLIC = dict.fromkeys(PERSONAS, 200)


def url(name: str, *args) -> str:
    """``reverse`` for the secretariat namespace."""
    return reverse(f"secretariat:{name}", args=args)


def access_of(scene, persona: str):
    """The persona's BodyAccess row on the scene's body."""
    return BodyAccess.objects.get(body=scene.world.body, user=scene.world.users[persona])


def pending_access(scene):
    """An access row of an account that has not chosen its password (gets a new link)."""
    user, _new = get_user_model().objects.get_or_create(username="nina",
                                                        defaults={"email": "nina@example.no"})
    user.set_unusable_password()
    user.save()
    return BodyAccess.objects.get_or_create(body=scene.world.body, user=user)[0]


def done_first(action) -> str:
    """The reopen address of the scene's action, marked done first (in the persona's own
    transaction, so each persona finds it done)."""
    type(action).objects.filter(pk=action.pk).update(status="done")
    return url("action_reopen", action.pk)


def first_item(meeting):
    """The meeting's first agenda item."""
    return meeting.items.order_by("order").first()


# (case id, method, url builder, form data, expected status per persona)
CASES = [
    ("dashboard", "get", lambda s: url("dashboard"), None, LOGIN),
    ("body", "get", lambda s: url("body", s.world.body.slug), None, READ),
    ("body-edit", "post", lambda s: url("body_edit", s.world.body.slug),
     {"mandate": "Nytt mandat", "numbering": "per_year"}, SEC_POST),
    ("member-add", "post", lambda s: url("member_add", s.world.body.slug),
     {"name": "Per Li", "role": "member"}, SEC_POST),
    ("group-new", "post", lambda s: url("group_new", s.world.body.slug),
     {"name": "Arbeidsgruppe for sykkelturisme", "lead": "Kari Fjellstad"}, SEC_POST),
    ("meeting-new", "post", lambda s: url("meeting_new", s.world.body.slug),
     {"date": "2025-09-10", "mode": "digital", "link": "https://example.no/teams"}, SEC_POST),
    ("group", "get", lambda s: url("body", s.group.slug), None, READ),
    ("group-meeting-new", "post", lambda s: url("meeting_new", s.group.slug),
     {"date": "2025-05-06", "mode": "physical", "location": "Rådhuset"}, SEC_POST),
    ("audit", "get", lambda s: url("audit", s.world.body.slug), None, SEC_READ),
    ("meeting", "get", lambda s: url("meeting", s.current.pk), None, READ),
    ("meeting-published", "get", lambda s: url("meeting", s.published.pk), None, READ),
    ("meeting-edit", "post", lambda s: url("meeting_edit", s.current.pk),
     {"title": "Møte", "date": "2025-03-13", "location": "Teams"}, SEC_POST),
    ("item-new", "post", lambda s: url("item_new", s.current.pk),
     {"title": "Nytt reisemål"}, SEC_POST),
    ("item-edit-get", "get", lambda s: url("item_edit", first_item(s.current).pk), None,
     SEC_READ),
    ("item-edit", "post", lambda s: url("item_edit", first_item(s.current).pk),
     {"title": "Godkjenning av innkalling og saksliste", "text": "Godkjent."}, SEC_POST),
    ("item-move", "post", lambda s: url("item_move", s.comment_item.pk),
     {"direction": "up"}, SEC_POST),
    ("item-delete", "post", lambda s: url("item_delete", s.comment_item.pk), {}, SEC_POST),
    ("decision-new", "post", lambda s: url("decision_new", s.comment_item.pk),
     {"text": "Budsjettet ble vedtatt."}, SEC_POST),
    ("action-new", "post", lambda s: url("action_new", s.comment_item.pk),
     {"text": "Sende budsjettet", "responsible": "Kari Fjellstad"}, SEC_POST),
    ("action-done", "post", lambda s: url("action_done", s.action.pk), {"note": "Gjort"},
     SEC_POST),
    ("action-reopen", "post", lambda s: done_first(s.action), {}, SEC_POST),
    ("comment", "post", lambda s: url("comment_new", s.comment_item.pk),
     {"text": "Husk kysten."}, MEMBER_POST),
    ("attendance-get", "get", lambda s: url("attendance", s.current.pk), None, SEC_READ),
    ("attendance", "post", lambda s: url("attendance", s.current.pk),
     {"att-TOTAL_FORMS": "0", "att-INITIAL_FORMS": "0", "guest-name": "Gjest Gjestesen"},
     SEC_POST),
    ("approve-previous", "post",
     lambda s: url("approve_previous",
                   s.current.items.get(standard__kind="minutes_approval").pk), {}, SEC_POST),
    ("approve-summons", "post",
     lambda s: url("approve_summons",
                   s.current.items.get(standard__kind="summons_approval").pk), {}, SEC_POST),
    ("approve", "post", lambda s: url("meeting_approve", s.previous.pk), {}, SEC_POST),
    ("publish", "post", lambda s: url("meeting_publish", s.approved.pk), {}, SEC_POST),
    ("meeting-delete", "post", lambda s: url("meeting_delete", s.current.pk), {}, SEC_POST),
    ("summons-send", "post", lambda s: url("summons_send", s.current.pk), {}, SEC_POST),
    ("versions", "get", lambda s: url("versions", s.approved.pk), None, SEC_READ),
    ("version-json", "get", lambda s: url("version_json", s.approved.pk, s.version.version),
     None, SEC_READ),
    ("member-end", "post", lambda s: url("member_end", s.membership.pk), {}, SEC_POST),
    ("decision-delete", "post", lambda s: url("decision_delete", s.decision.pk), {},
     SEC_POST),
    ("action-delete", "post", lambda s: url("action_delete", s.action.pk), {}, SEC_POST),
    ("file-delete", "post", lambda s: url("attachment_delete", s.internal_file.pk), {},
     SEC_POST),
    ("summons-pdf", "get", lambda s: url("document", s.current.pk, "summons", "pdf"), None,
     READ),
    ("summons-docx", "get", lambda s: url("document", s.current.pk, "summons", "docx"), None,
     READ),
    ("minutes-html-approved", "get",
     lambda s: url("document", s.approved.pk, "minutes", "html"), None, READ),
    ("minutes-pdf-published", "get",
     lambda s: url("document", s.published.pk, "minutes", "pdf"), None, PUBLIC),
    ("minutes-docx-published", "get",
     lambda s: url("document", s.published.pk, "minutes", "docx"), None, PUBLIC),
    ("minutes-json-approved", "get", lambda s: url("minutes_json", s.approved.pk), None,
     READ),
    ("summons-html", "get", lambda s: url("document", s.current.pk, "summons", "html"), None,
     READ),
    ("minutes-docx-draft", "get", lambda s: url("document", s.previous.pk, "minutes", "docx"),
     None, READ),
    ("minutes-json-draft", "get", lambda s: url("minutes_json", s.previous.pk), None, READ),
    ("minutes-html-published", "get",
     lambda s: url("document", s.published.pk, "minutes", "html"), None, PUBLIC),
    ("minutes-json-published", "get", lambda s: url("minutes_json", s.published.pk), None,
     PUBLIC),
    ("file-internal", "get", lambda s: url("attachment", s.internal_file.pk), None, READ),
    ("file-public", "get", lambda s: url("attachment", s.public_file.pk), None, PUBLIC),
    ("file-internal-of-published", "get",
     lambda s: url("attachment", s.hidden_file_of_published.pk), None, READ),
    ("access", "get", lambda s: url("access", s.world.body.slug), None, SEC_READ),
    ("group-access", "get", lambda s: url("access", s.group.slug), None, SEC_READ),
    ("access-grant", "post", lambda s: url("access_grant", s.world.body.slug),
     {"who": "oda@example.no", "role": "member"}, SEC_POST),
    ("access-change", "post", lambda s: url("access_change", access_of(s, "member").pk),
     {"role": "secretariat"}, SEC_POST),
    ("access-revoke", "post", lambda s: url("access_revoke", access_of(s, "member").pk), {},
     SEC_POST),
    ("access-link", "post", lambda s: url("access_link", pending_access(s).pk), {},
     SEC_POST),
    ("access-person", "post", lambda s: url("access_person", access_of(s, "secretariat").pk),
     {"person": "Kari Fjellstad"}, SEC_POST),
    ("account-new", "post", lambda s: url("account_new", s.world.body.slug),
     {"username": "nina", "name": "Nina Berg", "email": "nina@example.no", "role": "member",
      "send_email": "on"}, SEC_POST),
    ("file-upload", "post", lambda s: url("attachment_new", s.current.pk),
     {"title": "Agenda-vedlegg"}, SEC_POST),
    ("file-publish", "post", lambda s: url("attachment_publish", s.internal_file.pk),
     {"published": "1"}, SEC_POST),
]


@pytest.fixture(autouse=True)
def _no_pdf_engine(monkeypatch):
    """Access tests need no real PDF: the content tests render those."""
    monkeypatch.setattr(documents, "render_pdf", lambda content: b"%PDF-1.7 stand-in")


@pytest.mark.postgres
@pytest.mark.parametrize(("case", "method", "build", "data", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_each_persona_sees_and_changes_what_the_role_allows(
        scene: Scene, case, method, build, data, expected):
    outcomes = {}
    for persona in PERSONAS:
        with transaction.atomic():  # each persona starts from the same rows
            outcomes[persona] = attempt(scene, persona, case, method, build(scene), data)
            transaction.set_rollback(True)
    wanted = {persona: (status, method == "post" and status == 302, [])
              for persona, status in expected.items()}
    if method == "get":
        wanted = {p: (status, False, []) for p, (status, _a, _e) in wanted.items()}
    assert outcomes == wanted


def attempt(scene: Scene, persona: str, case: str, method: str, target: str, data):
    """(status, whether an audit entry was written, error messages) of one request."""
    client = client_for(scene.world, persona)
    audited_before = AuditEntry.objects.count()
    if case == "file-upload":
        from django.core.files.uploadedfile import SimpleUploadedFile

        data = {**data, "file": SimpleUploadedFile("vedlegg.pdf", b"%PDF-1.4 vedlegg")}
    response = client.get(target) if method == "get" else client.post(target, data)
    audited = AuditEntry.objects.count() > audited_before
    errors = [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "error"]
    return response.status_code, audited, errors


def test_anonymous_is_sent_to_login_from_the_dashboard(scene):
    response = client_for(scene.world, "anonymous").get(url("dashboard"))
    assert response["Location"].startswith(reverse("login"))


def test_outsider_does_not_see_other_bodies_on_the_dashboard(scene):
    page = client_for(scene.world, "outsider").get(url("dashboard")).content.decode()
    assert "Utvalg for samferdsel" in page
    assert "Faggruppe for reiseliv" not in page


def test_member_reads_the_draft_but_gets_no_editing_controls(scene):
    page = client_for(scene.world, "member").get(url("meeting", scene.current.pk))
    html = page.content.decode()
    assert "Budsjett for 2025" in html
    assert url("item_delete", scene.comment_item.pk) not in html
    assert url("comment_new", scene.comment_item.pk) in html


def test_refused_changes_leave_the_record_untouched(scene):
    client_for(scene.world, "member").post(url("item_delete", scene.comment_item.pk))
    client_for(scene.world, "outsider").post(url("meeting_approve", scene.previous.pk))
    scene.previous.refresh_from_db()
    assert scene.current.items.filter(pk=scene.comment_item.pk).exists()
    assert scene.previous.status == "draft"


def test_unknown_document_kind_is_404(scene):
    client = client_for(scene.world, "secretariat")
    assert client.get(f"/secretariat/meetings/{scene.current.pk}/budget.pdf").status_code == 404


def test_a_refused_change_answers_with_the_site_s_403_page_in_the_reader_s_language(scene):
    """A member's refused edit: the site's own page, not Django's bare "403 Forbidden"."""
    client = client_for(scene.world, "member")
    address = url("audit", scene.world.body.slug)
    bokmal, english = client.get(address), client.get(address, HTTP_ACCEPT_LANGUAGE="en")
    assert bokmal.status_code == english.status_code == 403
    assert "<h1>Ikke tillatt</h1>" in bokmal.content.decode()
    assert "<h1>Not allowed</h1>" in english.content.decode()
    assert "Forbidden" not in bokmal.content.decode()
