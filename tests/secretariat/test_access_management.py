"""Managing who has access to a body: grant, change, revoke, new accounts with a password link.

The persona matrix (test_secretariat_personas.py) checks who may reach these views; here
the rules themselves: the last secretariat cannot give up the role, every change is
audited, and the set-password link works exactly once.
"""

from __future__ import annotations

import re

from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.core import mail
from django.test import Client
from django.urls import reverse
from secretariat_world import PASSWORD, client_for, make_user

from motebok.archive.models import BodyAccess, Membership, Organization
from motebok.secretariat.models import AuditEntry
from motebok.secretariat.people import person_named
from motebok.vocab import OrganizationKind

LINK = re.compile(r"https?://[^\s\"<]+/accounts/set-password/[^\s\"<]+/")


def url(name: str, *args) -> str:
    """``reverse`` for the secretariat namespace."""
    return reverse(f"secretariat:{name}", args=args)


def said(response) -> list[str]:
    """The messages the request left for the user."""
    return [str(m) for m in get_messages(response.wsgi_request)]


def row(world, persona: str) -> BodyAccess:
    """The persona's access row on the world's body."""
    return BodyAccess.objects.get(body=world.body, user=world.users[persona])


def test_the_page_lists_who_has_access_with_their_role(world):
    page = client_for(world, "secretariat").get(url("access", world.body.slug))
    html = page.content.decode()
    assert page.status_code == 200
    assert "mari" in html and "sindre" in html
    assert "oda" not in html  # access to another body
    assert url("access_revoke", row(world, "member").pk) in html
    assert "Hvem har tilgang" in html
    body_page = client_for(world, "secretariat").get(url("body", world.body.slug))
    assert url("access", world.body.slug) in body_page.content.decode()
    member_page = client_for(world, "member").get(url("body", world.body.slug))
    assert url("access", world.body.slug) not in member_page.content.decode()


def test_grant_by_username_or_email_is_audited(world):
    client = client_for(world, "secretariat")
    make_user("petter", email="Petter.Lund@example.no")
    client.post(url("access_grant", world.body.slug), {"who": "oda", "role": "member"})
    client.post(url("access_grant", world.body.slug),
                {"who": "petter.lund@EXAMPLE.no", "role": "secretariat"})
    roles = dict(BodyAccess.objects.filter(body=world.body)
                 .values_list("user__username", "role"))
    assert roles == {"mari": "member", "sindre": "secretariat", "oda": "member",
                     "petter": "secretariat"}
    entries = AuditEntry.objects.filter(model="archive.bodyaccess", action="create",
                                        body=world.body)
    assert sorted(e.summary for e in entries) == ["oda", "petter"]
    assert {e.username for e in entries} == {"sindre"}
    # the role in the reader's language, never the stored code ("oda (member)")
    log = url("audit", world.body.slug)
    bokmal = client.get(log).content.decode()
    english = client.get(log, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "<li>rolle: — → Medlem</li>" in bokmal and "<li>bruker: — → oda</li>" in bokmal
    assert "<li>role: — → Member</li>" in english
    assert "(member)" not in bokmal and "(secretariat)" not in bokmal


def test_grant_refuses_unknown_and_existing_accounts(world):
    client = client_for(world, "secretariat")
    unknown = client.post(url("access_grant", world.body.slug),
                          {"who": "ukjent@example.no", "role": "member"})
    again = client.post(url("access_grant", world.body.slug),
                        {"who": "mari", "role": "secretariat"})
    assert "Ingen konto har dette brukernavnet eller denne e-postadressen." in said(unknown)[0]
    assert "mari har allerede tilgang" in said(again)[-1]
    assert row(world, "member").role == "member"
    assert not AuditEntry.objects.filter(model="archive.bodyaccess").exists()


def test_a_grant_that_fails_is_shown_again_with_what_was_typed(world):
    response = client_for(world, "secretariat").post(
        url("access_grant", world.body.slug), {"who": "ukjent@example.no",
                                               "role": "secretariat"})
    assert response.status_code == 400
    page = response.content.decode()
    assert 'value="ukjent@example.no"' in page
    assert '<option value="secretariat" selected>' in page
    assert "Ingen konto har dette brukernavnet eller denne e-postadressen." in page


def test_change_role_and_revoke_are_audited(world):
    client = client_for(world, "secretariat")
    mari = row(world, "member")
    client.post(url("access_change", mari.pk), {"role": "secretariat"})
    assert row(world, "member").role == "secretariat"
    change = AuditEntry.objects.get(model="archive.bodyaccess", action="update")
    assert change.changes == {"role": ["member", "secretariat"]}
    response = client.post(url("access_revoke", mari.pk))
    assert response["Location"] == url("access", world.body.slug)
    assert not BodyAccess.objects.filter(pk=mari.pk).exists()
    removed = AuditEntry.objects.get(model="archive.bodyaccess", action="delete")
    assert (removed.object_id, removed.changes["role"]) == (str(mari.pk), "secretariat")
    # mari lost her access: the body's drafts are hidden from her again
    assert client_for(world, "member").get(url("body", world.body.slug)).status_code == 404


def test_an_invalid_role_changes_nothing(world):
    client = client_for(world, "secretariat")
    response = client.post(url("access_change", row(world, "member").pk), {"role": "admin"})
    assert response.status_code == 302 and said(response)
    assert row(world, "member").role == "member"


def test_the_last_secretariat_cannot_give_up_the_role(world):
    client = client_for(world, "secretariat")
    sindre = row(world, "secretariat")
    demote = client.post(url("access_change", sindre.pk), {"role": "member"})
    revoke = client.post(url("access_revoke", sindre.pk))
    for response in (demote, revoke):
        assert response["Location"] == url("access", world.body.slug)
        assert "Du er det eneste sekretariatet" in said(response)[-1]
    assert row(world, "secretariat").role == "secretariat"
    assert not AuditEntry.objects.filter(model="archive.bodyaccess").exists()


def test_with_another_secretariat_one_may_step_down(world):
    client = client_for(world, "secretariat")
    client.post(url("access_change", row(world, "member").pk), {"role": "secretariat"})
    response = client.post(url("access_change", row(world, "secretariat").pk),
                           {"role": "member"})
    assert response["Location"] == url("dashboard")  # no longer allowed on the access page
    assert row(world, "secretariat").role == "member"
    # now mari is the only one left: she cannot step down either
    client_for(world, "member").post(url("access_revoke", row(world, "member").pk))
    assert row(world, "member").role == "secretariat"


def test_the_parent_secretariat_counts_as_another_secretariat_of_a_group(world):
    group = Organization.objects.create(name="Arbeidsgruppe for vintertilbud",
                                        slug="vintertilbud", parent=world.body,
                                        kind=OrganizationKind.WORKING_GROUP.value)
    lead = make_user("gro")
    own = BodyAccess.objects.create(user=lead, body=group, role="secretariat")
    client = Client()
    client.force_login(lead)
    response = client.post(url("access_revoke", own.pk))
    assert response["Location"] == url("dashboard")
    assert not BodyAccess.objects.filter(pk=own.pk).exists()
    # sindre, the parent's only secretariat, still manages the group
    assert client_for(world, "secretariat").get(url("access", group.slug)).status_code == 200


def test_an_administrator_may_remove_the_last_secretariat(world):
    response = client_for(world, "admin").post(
        url("access_revoke", row(world, "secretariat").pk))
    assert response["Location"] == url("access", world.body.slug)
    assert not BodyAccess.objects.filter(body=world.body, role="secretariat").exists()
    assert AuditEntry.objects.get(model="archive.bodyaccess", action="delete").username == "admin"


def test_the_secretariat_of_a_body_manages_its_working_groups(world):
    group = Organization.objects.create(name="Arbeidsgruppe for vintertilbud",
                                        slug="vintertilbud", parent=world.body,
                                        kind=OrganizationKind.WORKING_GROUP.value)
    client = client_for(world, "secretariat")
    client.post(url("access_grant", group.slug), {"who": "oda", "role": "member"})
    page = client.get(url("access", group.slug)).content.decode()
    assert "oda" in page and "Tilgang til Faggruppe for reiseliv gjelder også" in page
    assert client_for(world, "outsider").get(url("body", group.slug)).status_code == 200
    assert client_for(world, "outsider").get(url("access", world.body.slug)).status_code == 404


def test_rows_of_another_body_are_404_for_this_secretariat(world):
    oda = BodyAccess.objects.get(body=world.other)
    client = client_for(world, "secretariat")
    assert client.post(url("access_revoke", oda.pk)).status_code == 404
    assert client.post(url("access_change", oda.pk), {"role": "secretariat"}).status_code == 404
    assert BodyAccess.objects.get(pk=oda.pk).role == "member"


def test_access_changes_are_post_only_and_need_the_csrf_token(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.users["secretariat"])
    mari = row(world, "member")
    assert client.get(url("access_revoke", mari.pk)).status_code == 405
    for target, data in [
            (url("access_grant", world.body.slug), {"who": "oda", "role": "member"}),
            (url("access_change", mari.pk), {"role": "secretariat"}),
            (url("access_revoke", mari.pk), {}),
            (url("account_new", world.body.slug),
             {"username": "nina", "name": "Nina Berg", "email": "nina@example.no",
              "role": "member"})]:
        assert client.post(target, data).status_code == 403
    assert row(world, "member").role == "member"
    assert not get_user_model().objects.filter(username="nina").exists()


def new_account(client, world, **extra):
    data = {"username": "nina", "name": "Nina Berg Hansen", "email": "nina@example.no",
            "role": "member", **extra}
    return client.post(url("account_new", world.body.slug), data)


def test_a_new_account_gets_a_link_by_email_that_works_once(world):
    response = new_account(client_for(world, "secretariat"), world, send_email="on")
    assert response["Location"] == url("access", world.body.slug)
    nina = get_user_model().objects.get(username="nina")
    assert (nina.first_name, nina.last_name, nina.email) == ("Nina Berg", "Hansen",
                                                             "nina@example.no")
    assert not nina.has_usable_password()
    assert row_role(world, nina) == "member"
    assert [m.to for m in mail.outbox] == [["nina@example.no"]]
    assert "Faggruppe for reiseliv" in mail.outbox[0].body
    link = LINK.search(mail.outbox[0].body).group(0)
    assert AuditEntry.objects.filter(body=world.body, action="create").count() == 2

    browser = Client()
    form_page = browser.get(link, follow=True)
    assert form_page.context["validlink"]
    chosen = "Fjordutsikt-og-lefse-77"
    done = browser.post(form_page.redirect_chain[-1][0],
                        {"new_password1": chosen, "new_password2": chosen})
    assert done["Location"] == reverse("login")
    nina.refresh_from_db()
    assert nina.check_password(chosen)
    assert Client().login(username="nina", password=chosen)

    again = Client().get(link, follow=True)
    assert not again.context["validlink"]
    assert "ikke lenger gyldig" in again.content.decode()


def row_role(world, user) -> str:
    return BodyAccess.objects.get(body=world.body, user=user).role


def test_the_link_can_be_shown_instead_of_mailed(world):
    response = new_account(client_for(world, "admin"), world, role="secretariat")
    assert response.status_code == 200
    assert mail.outbox == []
    link = LINK.search(response.content.decode()).group(0)
    assert row_role(world, get_user_model().objects.get(username="nina")) == "secretariat"
    assert Client().get(link, follow=True).context["validlink"]


def test_a_tampered_link_is_refused(world):
    new_account(client_for(world, "secretariat"), world, send_email="on")
    link = LINK.search(mail.outbox[0].body).group(0)
    broken = link.rstrip("/")[:-3] + "xyz/"
    assert not Client().get(broken, follow=True).context["validlink"]


def test_taken_usernames_and_addresses_are_refused(world):
    client = client_for(world, "secretariat")
    taken_name = new_account(client, world, username="MARI")
    taken_mail = new_account(client, world, email="SINDRE@example.no")
    assert taken_name.status_code == taken_mail.status_code == 400
    assert "Brukernavnet er allerede i bruk." in taken_name.content.decode()
    assert "gi den tilgang i stedet" in taken_mail.content.decode()
    assert not get_user_model().objects.filter(username="nina").exists()
    assert mail.outbox == []
    assert not AuditEntry.objects.exists()


def test_the_old_password_of_an_existing_user_is_untouched(world):
    client_for(world, "secretariat").post(url("access_grant", world.body.slug),
                                          {"who": "oda", "role": "member"})
    assert Client().login(username="oda", password=PASSWORD)
    assert mail.outbox == []


def pending_access(world, username: str = "nina", email: str = "nina@example.no") -> BodyAccess:
    """An account on the world's body that has not chosen a password yet."""
    user = get_user_model().objects.create_user(username, email, None)
    return BodyAccess.objects.create(body=world.body, user=user, role="member")


def test_a_lost_link_can_be_sent_again_and_works_once(world):
    pending = pending_access(world)
    client = client_for(world, "secretariat")
    page = client.get(url("access", world.body.slug)).content.decode()
    assert url("access_link", pending.pk) in page
    assert url("access_link", row(world, "member").pk) not in page  # mari has a password

    response = client.post(url("access_link", pending.pk))
    assert response["Location"] == url("access", world.body.slug)
    assert said(response) == ["En ny lenke ble sendt til nina@example.no."]
    assert [m.to for m in mail.outbox] == [["nina@example.no"]]
    assert AuditEntry.objects.filter(body=world.body, action="send").count() == 1
    link = LINK.search(mail.outbox[0].body).group(0)
    browser = Client()
    form_page = browser.get(link, follow=True)
    chosen = "Rorbu-og-kvelds-91"
    browser.post(form_page.redirect_chain[-1][0],
                 {"new_password1": chosen, "new_password2": chosen})
    assert Client().login(username="nina", password=chosen)
    assert not Client().get(link, follow=True).context["validlink"]
    refused = client.post(url("access_link", pending.pk))  # the password is chosen now
    assert said(refused)[-1] == "nina har allerede valgt passord."
    assert len(mail.outbox) == 1


def test_without_an_address_the_new_link_is_shown_on_the_page(world):
    pending = pending_access(world, email="")
    response = client_for(world, "secretariat").post(url("access_link", pending.pk))
    assert response.status_code == 200
    assert mail.outbox == []
    link = LINK.search(response.content.decode()).group(0)
    assert Client().get(link, follow=True).context["validlink"]


def test_no_link_for_accounts_with_a_password_or_access_elsewhere(world):
    client = client_for(world, "secretariat")
    with_password = client.post(url("access_link", row(world, "member").pk))
    assert said(with_password) == ["mari har allerede valgt passord."]

    elsewhere = pending_access(world, "per", "per@example.no")
    BodyAccess.objects.create(body=world.other, user=elsewhere.user, role="member")
    refused = client.post(url("access_link", elsewhere.pk))
    assert "har også tilgang til organer du ikke forvalter" in said(refused)[-1]
    assert mail.outbox == []
    assert not AuditEntry.objects.exists()
    allowed = client_for(world, "admin").post(url("access_link", elsewhere.pk))
    assert said(allowed) == ["En ny lenke ble sendt til per@example.no."]


# --- linking an account to its person (for "Mine tiltak") ---------------------------------


def person_row(html: str, username: str) -> str:
    """The access table's row of one account."""
    start = html.index(f"<td>{username}")
    return html[start:html.index("</tr>", start)]


def test_the_page_shows_each_account_s_person_and_suggests_one_by_name(world):
    from motebok.archive.models import Person

    sindre = world.users["secretariat"]
    sindre.first_name, sindre.last_name = "Sindre", "Vik"
    sindre.save()
    Membership.objects.create(person=person_named("Sindre Vik"), body=world.body, role="member")
    html = client_for(world, "secretariat").get(url("access", world.body.slug)).content.decode()
    mari = person_row(html, "mari")
    assert f'href="{reverse("web:person", args=[Person.objects.get(name="Mari Nordby").pk])}"' \
        in mari and 'value="Mari Nordby"' in mari and "Bytt person" in mari
    own = person_row(html, "sindre")
    assert "Ikke knyttet; forslag: Sindre Vik" in own and 'value="Sindre Vik"' in own
    assert url("access_person", row(world, "secretariat").pk) in own
    assert '<option value="Kari Fjellstad">' in html  # the body's members, to complete


def test_the_secretariat_links_unlinks_and_moves_an_account_s_person_audited(world):
    from motebok.archive.models import Person

    client = client_for(world, "secretariat")
    sindre = row(world, "secretariat")
    kari = Person.objects.get(name="Kari Fjellstad")
    linked = client.post(url("access_person", sindre.pk), {"person": "  kari   FJELLSTAD "})
    assert said(linked) == ["Kontoen sindre er knyttet til Kari Fjellstad."]
    assert Person.objects.get(pk=kari.pk).user == world.users["secretariat"]
    entry = AuditEntry.objects.get(model="archive.person", object_id=str(kari.pk))
    assert (entry.action, entry.username, entry.body) == ("update", "sindre", world.body)
    assert entry.changes == {"user": [None, world.users["secretariat"].pk]}
    log = client.get(url("audit", world.body.slug)).content.decode()
    assert "<li>brukerkonto: — → sindre</li>" in log
    # "Mine tiltak" now finds the person: no hint
    assert 'id="not-linked"' not in client.get(reverse("web:my_actions")).content.decode()
    # the same person again changes nothing
    AuditEntry.objects.all().delete()
    client.post(url("access_person", sindre.pk), {"person": "Fjellstad"})
    assert not AuditEntry.objects.exists()
    # another person (a part of a name only one holds): the old one is let go
    new = person_named("Sindre Vik")
    Membership.objects.create(person=new, body=world.body, role="member")
    moved = client.post(url("access_person", sindre.pk), {"person": "vik"})
    assert said(moved)[-1] == "Kontoen sindre er knyttet til Sindre Vik."
    assert Person.objects.get(user=world.users["secretariat"]) == new
    assert Person.objects.get(pk=kari.pk).user is None
    assert sorted(AuditEntry.objects.values_list("object_id", flat=True)) == sorted(
        [str(kari.pk), str(new.pk)])
    # an empty name unlinks
    unlinked = client.post(url("access_person", sindre.pk), {"person": ""})
    assert said(unlinked)[-1] == "Kontoen sindre er ikke lenger knyttet til en person."
    assert not Person.objects.filter(user=world.users["secretariat"]).exists()
    assert 'id="not-linked"' in client.get(reverse("web:my_actions")).content.decode()


def test_linking_refuses_a_taken_person_unknown_or_hidden_names_and_admin_accounts(world):
    from motebok.archive.models import Person

    client = client_for(world, "secretariat")
    sindre = row(world, "secretariat")
    taken = client.post(url("access_person", sindre.pk), {"person": "Mari Nordby"})
    assert said(taken) == ["Mari Nordby er allerede knyttet til en annen konto; fjern "
                           "koblingen der først."]
    unknown = client.post(url("access_person", sindre.pk), {"person": "Ola Ukjent"})
    assert "Ingen som heter «Ola Ukjent», er kjent i arkivet." in said(unknown)[-1]
    person_named("Kari Fjellvang")
    Membership.objects.create(person=Person.objects.get(name="Kari Fjellvang"),
                              body=world.body, role="member")
    several = client.post(url("access_person", sindre.pk), {"person": "kari"})
    # a text of too few letters ("." is in no name but in many typed ones) is refused,
    # never the one person whose name it happens to match
    dot = client.post(url("access_person", sindre.pk), {"person": "."})
    assert "Skriv minst 2 bokstaver av navnet." in said(dot)[-1]
    assert "Flere personer passer til «kari»: Kari Fjellstad, Kari Fjellvang." in said(
        several)[-1]
    # someone the secretariat cannot see (named nowhere it may read) is nobody to it
    person_named("Hemmelig Hansen")
    hidden = client.post(url("access_person", sindre.pk), {"person": "Hemmelig Hansen"})
    assert "Ingen som heter «Hemmelig Hansen»" in said(hidden)[-1]
    # an administrator's account is changed by administrators only
    admin_row = BodyAccess.objects.create(body=world.body, user=world.users["admin"],
                                          role="member")
    refused = client.post(url("access_person", admin_row.pk), {"person": "Kari Fjellstad"})
    assert said(refused)[-1] == "Kontoen admin tilhører en administrator; spør en administrator."
    assert not Person.objects.filter(user__isnull=False).exclude(name="Mari Nordby").exists()
    assert not AuditEntry.objects.exists()
    allowed = client_for(world, "admin").post(url("access_person", admin_row.pk),
                                              {"person": "Hemmelig Hansen"})
    assert said(allowed)[-1] == "Kontoen admin er knyttet til Hemmelig Hansen."


def test_rows_of_another_body_cannot_be_linked_by_this_secretariat(world):
    oda = BodyAccess.objects.get(body=world.other)
    client = client_for(world, "secretariat")
    assert client.post(url("access_person", oda.pk), {"person": "Kari Fjellstad"}) \
        .status_code == 404
    assert client.get(url("access_person", oda.pk)).status_code == 405


def test_the_access_page_reads_the_same_queries_however_many_accounts(world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(world, "secretariat")
    sindre = world.users["secretariat"]
    sindre.first_name, sindre.last_name = "Sindre", "Vik"  # (a name to suggest a person by)
    sindre.save()

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url("access", world.body.slug)).status_code == 200
        return len(queries)

    few = count()
    for number in range(8):
        user = make_user(f"konto{number}")
        user.first_name, user.last_name = "Konto", f"Nummer{number}"
        user.save()
        person_named(f"Konto Nummer{number}")
        BodyAccess.objects.create(body=world.body, user=user, role="member")
    assert count() == few
