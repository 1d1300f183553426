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
from motebok.archive.models import Membership, Person, PersonMergeSuggestion
from motebok.secretariat.models import AuditEntry
from motebok.secretariat.people import person_named
from motebok.vocab import MembershipRole

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
