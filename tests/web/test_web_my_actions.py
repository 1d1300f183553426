"""``/actions/mine/``: a logged-in member sees the open actions on the person their
account is linked to; the public is sent to log in; an unlinked account is told why the
list is empty; drafts only as far as the account may see them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from web.builders import make_action, make_item, make_meeting

pytestmark = pytest.mark.django_db

URL = "/actions/mine/"


def link(archive, client_name, clients, first_name):
    """Link the persona's account to one of the archive's people."""
    client = clients[client_name]
    user = User.objects.get(pk=client.session["_auth_user_id"])
    person = archive.people[first_name]
    person.user = user
    person.save()
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "nb"
    return client


def test_the_public_is_sent_to_log_in(clients):
    response = clients["anonymous"].get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert "next=/actions/mine/" in response["Location"]


def test_a_member_sees_their_open_actions_overdue_marked(clients, archive):
    client = link(archive, "member", clients, "Bjørnar")
    make_action(archive.first.items.get(number="02/25"), "Ferdig oppgave for Bjørnar",
                archive.people["Bjørnar"], status="done")
    html = client.get(URL).content.decode()
    assert "<h1>Mine tiltak</h1>" in html
    assert "Lage skjema for registrering" in html  # overdue, on Bjørnar
    assert "is-overdue" in html
    assert "Du har 1 åpent tiltak." in html
    assert "Kontakte historielaget" not in html  # Astrid's
    assert "Ferdig oppgave for Bjørnar" not in html  # done
    assert reverse("web:person", args=[archive.people["Bjørnar"].pk]) in html


def test_the_nav_links_to_it_only_when_logged_in(clients, archive):
    assert URL in clients["member"].get("/").content.decode()
    assert URL not in clients["anonymous"].get("/").content.decode()


def test_plural_and_paging(clients, archive, today):
    client = link(archive, "secretariat", clients, "Cecilie")
    item = make_item(make_meeting(archive.body, today - timedelta(days=10)), "05/25", "Mye")
    for number in range(52):
        make_action(item, f"Cecilies oppgave {number:02d}", archive.people["Cecilie"],
                    due=today + timedelta(days=number + 1))
    first = client.get(URL).content.decode()
    assert "Du har 52 åpne tiltak." in first
    assert "Side 1 av 2" in first and "Cecilies oppgave 00" in first
    second = client.get(URL, {"page": 2}).content.decode()
    assert "Cecilies oppgave 51" in second and "Cecilies oppgave 00" not in second


def test_a_draft_s_action_only_for_who_may_see_the_draft(clients, archive):
    member = link(archive, "member", clients, "Eline")
    assert "Utrede fredningsvedtak" in member.get(URL).content.decode()
    outsider = clients["outsider"]
    user = User.objects.get(username="outsider")
    eline = archive.people["Eline"]
    eline.user = user
    eline.save()
    html = outsider.get(URL).content.decode()
    assert "Utrede fredningsvedtak" not in html


def test_an_unlinked_account_is_told_why(clients, archive):
    client = clients["member"]
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    html = client.get(URL).content.decode()
    assert "not linked to a person" in html
    assert "The secretariat of your body links it" in html


@pytest.mark.parametrize(("persona", "offered"), [("member", False), ("outsider", False),
                                                  ("secretariat", True)])
def test_an_unlinked_secretary_is_shown_where_to_link_their_own_account(clients, archive,
                                                                       persona, offered):
    client = clients[persona]
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "nb"
    html = client.get(URL).content.decode()
    assert "Sekretariatet for organet ditt knytter den" in html
    access = reverse("secretariat:access", args=[archive.body.slug])
    assert (f'<a href="{access}">Faggruppe for kulturarv</a>' in html) is offered
    # linked, the hint is gone
    linked = link(archive, persona, clients, "Astrid")
    html = linked.get(URL).content.decode()
    assert "Sekretariatet for organet ditt" not in html and access not in html


def test_queries_are_bounded(clients, archive, today, django_assert_max_num_queries):
    client = link(archive, "member", clients, "Bjørnar")
    item = make_item(make_meeting(archive.body, today - timedelta(days=10)), "05/25", "Mye")
    for number in range(30):
        make_action(item, f"Oppgave {number}", archive.people["Bjørnar"])
    with django_assert_max_num_queries(14):
        assert client.get(URL).status_code == 200
