"""Two people the minutes name alike ("Eystein Kleiven" in one, "Kleiven Eystein" in the
next, both as the body's leader): the import suggests merging them; the body's
secretariat sees the suggestion where the two leaders show, on its body page, and
accepts (one person with the other's rows) or rejects it, audited. Members do not see
it; suggestions about people of other bodies stay with the administrators."""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from secretariat_world import client_for

from motebok.archive import identity
from motebok.archive.models import (
    BodyAccess,
    Membership,
    Organization,
    Person,
    PersonMergeSuggestion,
)
from motebok.archive.names import normalize_name
from motebok.secretariat.models import AuditEntry
from motebok.secretariat.people import person_named
from motebok.vocab import AccessRole, MembershipRole, OrganizationKind

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def twice(world):
    """The body's leader under two spellings, and the suggestion the archive makes."""
    first = person_named("Eystein Kleiven")
    second = person_named("Kleiven Eystein")
    for person in (first, second):
        Membership.objects.create(person=person, body=world.body,
                                  role=MembershipRole.LEADER.value, from_minutes=True)
    identity.suggest_person_matches(second)  # (typing the name suggested it already)
    return PersonMergeSuggestion.objects.get(keep__in=[first, second],
                                             other__in=[first, second])


def body_page(world, persona: str) -> str:
    response = client_for(world, persona).get(reverse("secretariat:body",
                                                      args=[world.body.slug]))
    assert response.status_code == 200
    return response.content.decode()


def decide(world, persona: str, suggestion, decision: str):
    return client_for(world, persona).post(
        reverse("secretariat:merge_decide", args=[world.body.slug, suggestion.pk]),
        {"decision": decision})


def test_the_archive_suggests_merging_the_two_spellings(twice):
    assert {twice.keep.name, twice.other.name} == {"Eystein Kleiven", "Kleiven Eystein"}
    assert twice.status == "pending"


@pytest.mark.parametrize(("persona", "shown"), [("member", False), ("secretariat", True),
                                                ("admin", True)])
def test_the_secretariat_sees_the_suggestion_on_the_body_page(world, twice, persona, shown):
    html = body_page(world, persona)
    assert ('id="merge-suggestions"' in html) is shown
    address = reverse("secretariat:merge_decide", args=[world.body.slug, twice.pk])
    assert (address in html) is shown
    if shown:
        assert f"Slå sammen til {twice.keep.name}" in html


def test_accepting_merges_the_two_into_one_leader_audited(world, twice):
    keep, other = twice.keep, twice.other
    response = decide(world, "secretariat", twice, "accept")
    assert response.status_code == 302
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        f"{other.name} og {keep.name} er nå én person, {keep.name}."]
    assert not Person.objects.filter(pk=other.pk).exists()
    leaders = Membership.objects.filter(body=world.body, role=MembershipRole.LEADER.value,
                                        person__name__contains="Eystein")
    assert [m.person.name for m in leaders] == [keep.name]
    entry = AuditEntry.objects.get(model="archive.personmergesuggestion")
    assert (entry.username, entry.body, entry.changes) == (
        "sindre", world.body, {"status": ["pending", "accepted"]})
    assert 'id="merge-suggestions"' not in body_page(world, "secretariat")
    # decided: a second decision finds nothing to decide
    assert decide(world, "secretariat", twice, "accept").status_code == 404


def test_rejecting_keeps_both_and_the_suggestion_goes(world, twice):
    decide(world, "secretariat", twice, "reject")
    assert PersonMergeSuggestion.objects.get(pk=twice.pk).status == "rejected"
    assert Person.objects.filter(name__in=["Eystein Kleiven", "Kleiven Eystein"]).count() == 2
    assert 'id="merge-suggestions"' not in body_page(world, "secretariat")


@pytest.mark.parametrize(("persona", "status"), [
    ("anonymous", 404), ("outsider", 404), ("member", 403), ("secretariat", 302),
    ("admin", 302)])
def test_only_the_body_s_secretariat_or_an_administrator_may_decide(world, twice, persona,
                                                                    status):
    assert decide(world, persona, twice, "accept").status_code == status
    merged = not Person.objects.filter(pk=twice.other_id).exists()
    assert merged is (status == 302)


def test_a_suggestion_about_someone_outside_the_body_stays_with_the_administrators(world):
    inside = person_named("Eystein Kleiven")
    Membership.objects.create(person=inside, body=world.body,
                              role=MembershipRole.LEADER.value)
    outside = person_named("Kleiven Eystein")
    Membership.objects.create(person=outside, body=world.other,
                              role=MembershipRole.MEMBER.value)
    identity.suggest_person_matches(outside)
    suggestion = PersonMergeSuggestion.objects.get(keep__in=[inside, outside],
                                                   other__in=[inside, outside])
    assert 'id="merge-suggestions"' not in body_page(world, "secretariat")
    assert decide(world, "secretariat", suggestion, "accept").status_code == 404
    assert Person.objects.filter(pk=outside.pk).exists()


# --- the dashboard: one list of the suggestions of every body one serves ------------------


def suggest(keep_name: str, keep_body, other_name: str, other_body, score: float = 0.9):
    """Two members (of ``keep_body`` and ``other_body``; None: of no body) and a pending
    suggestion to merge them."""
    # (made as rows: typing the names would suggest merges of its own)
    keep, other = (Person.objects.create(name=name, normalized_name=normalize_name(name))
                   for name in (keep_name, other_name))
    for person, body in ((keep, keep_body), (other, other_body)):
        if body is not None:
            Membership.objects.create(person=person, body=body,
                                      role=MembershipRole.MEMBER.value)
    return PersonMergeSuggestion.objects.create(keep=keep, other=other, score=score,
                                                reason="same words", other_name=other_name)


def dashboard(world, persona: str) -> str:
    response = client_for(world, persona).get(reverse("secretariat:dashboard"))
    assert response.status_code == 200
    return response.content.decode()


def decide_on_dashboard(world, persona: str, suggestion, decision: str):
    return client_for(world, persona).post(
        reverse("secretariat:dashboard_merge_decide", args=[suggestion.pk]),
        {"decision": decision})


@pytest.fixture
def across(world):
    """Sindre serves both bodies; the same person is a member of each under two
    spellings — on neither body's page (not both members of one), on his dashboard."""
    BodyAccess.objects.create(user=world.users["secretariat"], body=world.other,
                              role=AccessRole.SECRETARIAT.value)
    return suggest("Ragnhild Økland", world.body, "Økland Ragnhild", world.other)


def test_a_secretary_of_several_bodies_sees_one_list_with_both_people_s_bodies(world, across):
    html = dashboard(world, "secretariat")
    section = html[html.index('id="merge-suggestions"'):]
    assert "1 forslag om å slå sammen to personer:" in section
    row = section[section.index("Ragnhild Økland"):]
    row = row[:row.index("</tr>")]
    assert "Faggruppe for reiseliv" in row and "Utvalg for samferdsel" in row
    address = reverse("secretariat:dashboard_merge_decide", args=[across.pk])
    assert f'action="{address}"' in row and "Slå sammen til Ragnhild Økland" in row
    # the body pages keep s76g's rule: only two members of that body
    assert 'id="merge-suggestions"' not in body_page(world, "secretariat")


@pytest.mark.parametrize(("persona", "shown"), [
    ("outsider", False), ("member", False), ("secretariat", True), ("admin", True)])
def test_who_sees_the_dashboard_list(world, across, persona, shown):
    assert ('id="merge-suggestions"' in dashboard(world, persona)) is shown


@pytest.mark.parametrize(("persona", "status"), [
    ("anonymous", 404), ("outsider", 404), ("member", 404), ("secretariat", 302),
    ("admin", 302)])
def test_only_who_sees_it_may_decide_it_from_the_dashboard(world, across, persona, status):
    response = decide_on_dashboard(world, persona, across, "accept")
    assert response.status_code == status
    assert (not Person.objects.filter(pk=across.other_id).exists()) is (status == 302)
    if status == 302:
        assert response["Location"] == reverse("secretariat:dashboard") + "#merge-suggestions"


def test_accepting_on_the_dashboard_merges_and_is_audited_under_a_served_body(world, across):
    keep, other = across.keep, across.other
    response = decide_on_dashboard(world, "secretariat", across, "accept")
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        f"{other.name} og {keep.name} er nå én person, {keep.name}."]
    assert sorted(Membership.objects.filter(person=keep).values_list("body__slug", flat=True)
                  ) == ["reiseliv", "samferdsel"]
    entry = AuditEntry.objects.get(model="archive.personmergesuggestion")
    assert (entry.username, entry.body, entry.changes) == (
        "sindre", world.body, {"status": ["pending", "accepted"]})
    assert 'id="merge-suggestions"' not in dashboard(world, "secretariat")
    assert decide_on_dashboard(world, "secretariat", across, "reject").status_code == 404


def test_keeping_apart_on_the_dashboard(world, across):
    decide_on_dashboard(world, "secretariat", across, "reject")
    assert PersonMergeSuggestion.objects.get(pk=across.pk).status == "rejected"
    assert Person.objects.filter(pk=across.other_id).exists()


def test_someone_of_a_body_not_served_stays_with_the_administrators(world):
    # Sindre serves reiseliv only: the other spelling is a member of samferdsel alone
    suggestion = suggest("Ragnhild Økland", world.body, "Økland Ragnhild", world.other)
    nobody = suggest("Torleif Aune", None, "Aune Torleif", None)
    assert 'id="merge-suggestions"' not in dashboard(world, "secretariat")
    assert decide_on_dashboard(world, "secretariat", suggestion, "accept").status_code == 404
    html = dashboard(world, "admin")
    assert "Ragnhild Økland" in html and "Torleif Aune" in html
    row = html[html.index("Torleif Aune"):]
    assert "uten organ" in row[:row.index("</tr>")]
    assert decide_on_dashboard(world, "admin", nobody, "reject").status_code == 302


def test_a_working_group_of_a_served_body_is_served(world):
    group = Organization.objects.create(name="Arbeidsgruppe for skilting", slug="skilting",
                                        kind=OrganizationKind.WORKING_GROUP.value,
                                        parent=world.body)
    suggest("Ola Brekke", group, "Brekke Ola", world.body)
    html = dashboard(world, "secretariat")
    row = html[html.index("Ola Brekke"):]
    assert "Arbeidsgruppe for skilting" in row[:row.index("</tr>")]


def test_the_dashboard_s_queries_do_not_grow_with_the_suggestions(
        world, django_assert_max_num_queries):
    BodyAccess.objects.create(user=world.users["secretariat"], body=world.other,
                              role=AccessRole.SECRETARIAT.value)
    for n in range(30):
        suggest(f"Person Nummer{n}", world.body, f"Nummer{n} Person", world.other,
                score=0.5 + n / 100)
    for persona in ("secretariat", "admin"):
        client = client_for(world, persona)
        with django_assert_max_num_queries(8):
            html = client.get(reverse("secretariat:dashboard")).content.decode()
        assert html.count('name="decision" value="accept"') == 30
    # the most likely first
    assert html.index("Person Nummer29") < html.index("Person Nummer0<")
