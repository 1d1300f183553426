"""People and bodies across documents: exact names match, near names are only suggested."""

from __future__ import annotations

import random

import pytest
from django.core.exceptions import ValidationError

from archive.conftest import EXAMPLES
from archive.factories import MeetingFactory
from motebok.archive import identity, importer
from motebok.archive.models import (
    Action,
    Meeting,
    Membership,
    Organization,
    OrganizationMergeSuggestion,
    Participation,
    Person,
    PersonMergeSuggestion,
    SuggestionStatus,
)
from motebok.record import MinutesRecord

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def store(body: str, date: str, *names: str, responsible: str | None = None):
    """Store a tiny record of ``body`` with these participants."""
    return importer.store_record(MinutesRecord.from_dict({
        "schema_version": 1, "body": body, "meeting": {"date": date},
        "participants": [{"name": n, "role": "member"} for n in names],
        "items": [{"number": "01/24", "title": "Sak",
                   "actions": [{"text": "Følge opp.", "responsible": responsible}]
                   if responsible else []}]}))


@pytest.mark.parametrize(("a", "b", "reason"), [
    ("Eystein Kleiven", "Kleiven Eystein", identity.REASON_SWAPPED),
    ("Gunnhild Paulson", "Gunhild Paulsen", identity.REASON_SPELLING),
    ("Anne Marie Berg", "Anne Berg", identity.REASON_MIDDLE),
])
def test_near_names_become_suggestions_never_merges(a, b, reason):
    store("Vestfjord regionråd", "2024-01-10", a)
    store("Vestfjord regionråd", "2024-02-10", b)
    assert Person.objects.count() == 2
    suggestion = PersonMergeSuggestion.objects.get()
    assert suggestion.reason == reason and suggestion.status == SuggestionStatus.PENDING
    assert {suggestion.keep.name, suggestion.other.name} == {a, b}


@pytest.mark.parametrize(("a", "b"), [("Ola Hansen", "Kari Hansen"), ("Per Berg", "Pål Dahl")])
def test_different_people_get_no_suggestion(a, b):
    store("Vestfjord regionråd", "2024-01-10", a, b)
    assert not PersonMergeSuggestion.objects.exists()


def test_case_and_spacing_do_not_make_a_new_person():
    store("Vestfjord regionråd", "2024-01-10", "Eli  Bryhni")
    store("Vestfjord regionråd", "2024-02-10", "eli bryhni")
    assert Person.objects.get().participations.count() == 2
    assert not PersonMergeSuggestion.objects.exists()


def test_a_merge_keeps_a_hand_entered_seat_hand_entered():
    """Kleiven Eystein, read from the minutes, and Eystein Kleiven, whom the secretariat
    entered by hand, are merged: the one seat left stays public and outlives the minutes."""
    first = store("Vestfjord regionråd", "2024-01-10", "Kleiven Eystein")
    by_hand = Person.objects.create(name="Eystein Kleiven")
    Membership.objects.create(person=by_hand, body=first.body)
    identity.merge(by_hand, Person.objects.get(name="Kleiven Eystein"))
    seat = Membership.objects.get(person=by_hand, body=first.body)
    assert not seat.from_minutes
    first.delete()
    assert Membership.objects.filter(pk=seat.pk).exists()


def test_accepting_a_person_suggestion_moves_everything_to_the_kept_person():
    first = store("Vestfjord regionråd", "2024-01-10", "Eystein Kleiven")
    store("Vestfjord regionråd", "2024-02-10", "Kleiven Eystein",
          responsible="Kleiven Eystein")
    suggestion = PersonMergeSuggestion.objects.get()
    keep, other = suggestion.keep, suggestion.other
    suggestion.accept()
    assert not Person.objects.filter(pk=other.pk).exists()
    assert Participation.objects.filter(person=keep).count() == 2
    assert Action.objects.get().responsible_person == keep
    assert Membership.objects.filter(person=keep, body=first.body).count() == 1
    suggestion.refresh_from_db()
    assert suggestion.status == SuggestionStatus.ACCEPTED and suggestion.decided_at
    with pytest.raises(ValidationError):
        suggestion.accept()
    names = [p.name_text for p in Participation.objects.order_by("meeting__date")]
    assert names == ["Eystein Kleiven", "Kleiven Eystein"]  # the minutes' words stay


def test_a_merged_spelling_finds_the_kept_person_in_later_documents(tmp_path):
    store("Vestfjord regionråd", "2024-01-10", "Gunnhild Paulson")
    store("Vestfjord regionråd", "2024-02-10", "Gunhild Paulsen")
    suggestion = PersonMergeSuggestion.objects.get()
    keep = suggestion.keep
    suggestion.accept()
    # a single record, a run of many files (the people index), and the secretariat
    later = store("Vestfjord regionråd", "2024-03-10", "Gunhild  Paulsen",
                  responsible="Gunhild Paulsen")
    folder = tmp_path / "in"
    folder.mkdir()
    for day in ("2024-04-10", "2024-05-10"):
        (folder / f"{day}.json").write_text(MinutesRecord.from_dict({
            "schema_version": 1, "body": "Vestfjord regionråd", "meeting": {"date": day},
            "participants": [{"name": "Gunhild Paulsen"}, {"name": f"Ny {day[5:7]}"}],
        }).to_json(), encoding="utf-8")
    assert len(importer.import_paths([str(folder)]).imported) == 2
    assert identity.person_for("gunhild paulsen") == keep
    assert list(Person.objects.filter(name__icontains="paulsen")) == []
    assert Participation.objects.filter(person=keep).count() == 5
    assert later.participations.get().name_text == "Gunhild  Paulsen"  # as written
    assert PersonMergeSuggestion.objects.count() == 1  # no new suggestion either


def test_a_responsible_named_by_a_merged_spelling_is_the_kept_person():
    store("Vestfjord regionråd", "2024-01-10", "Gunnhild Paulson", "Per Dahl")
    store("Vestfjord regionråd", "2024-02-10", "Gunhild Paulsen")
    suggestion = PersonMergeSuggestion.objects.get()
    suggestion.accept()
    later = store("Vestfjord regionråd", "2024-03-10", "Per Dahl",
                  responsible="Gunhild Paulsen")  # not among the participants
    action = Action.objects.get(item__meeting=later)
    assert action.responsible_person == suggestion.keep
    assert action.responsible_text == "Gunhild Paulsen"


def test_merging_people_carries_the_other_spellings_along():
    store("Vestfjord regionråd", "2024-01-10", "Gunnhild Paulson", "Gunhild Paulsen",
          "Gunhild Poulsen")
    paulson, paulsen, poulsen = (Person.objects.get(name=n) for n in (
        "Gunnhild Paulson", "Gunhild Paulsen", "Gunhild Poulsen"))
    identity.merge(paulson, paulsen)
    identity.merge(poulsen, paulson)  # the second merge goes the other way
    assert sorted(a.normalized_name for a in Person.objects.get().aliases.all()) == [
        "gunhild paulsen", "gunnhild paulson"]


def test_rejecting_keeps_both_people_and_no_new_suggestion_appears():
    store("Vestfjord regionråd", "2024-01-10", "Gunnhild Paulson")
    store("Vestfjord regionråd", "2024-02-10", "Gunhild Paulsen")
    suggestion = PersonMergeSuggestion.objects.get()
    suggestion.reject()
    assert Person.objects.count() == 2
    store("Vestfjord regionråd", "2024-03-10", "Gunhild Paulsen", "Gunnhild Paulson")
    assert PersonMergeSuggestion.objects.count() == 1
    assert PersonMergeSuggestion.objects.get().status == SuggestionStatus.REJECTED


def test_bodies_match_by_alias_and_similar_bodies_are_suggested():
    body = Organization.objects.create(name="Vestfjord regionråd", kind="body",
                                       aliases=["Regionrådet i Vestfjord"])
    meeting = store("Regionrådet i Vestfjord", "2024-01-10", "Kari Nordmann")
    assert meeting.body == body and meeting.body_text == "Regionrådet i Vestfjord"
    other = store("Vestfjord regionrad", "2024-02-10", "Kari Nordmann")
    assert other.body != body
    suggestion = OrganizationMergeSuggestion.objects.get()
    assert {suggestion.keep, suggestion.other} == {body, other.body}
    suggestion.accept()
    body.refresh_from_db()
    survivor = suggestion.keep
    assert survivor.meetings.count() == 2
    assert "Vestfjord regionrad" in survivor.aliases or "Vestfjord regionråd" in survivor.aliases


def test_a_body_is_not_suggested_as_the_same_as_its_municipality():
    importer.import_paths([str(EXAMPLES / "oppvekst-strandvik-2024-05-06.md"),
                           str(EXAMPLES / "vestfjord-regionrad-2024-02-08.txt")])
    assert Organization.objects.filter(name="Strandvik kommune").exists()
    assert not OrganizationMergeSuggestion.objects.exists()


def test_examples_show_the_two_promised_person_suggestions():
    importer.import_paths([str(EXAMPLES)])
    pairs = {frozenset((s.keep.name, s.other_name)) for s in PersonMergeSuggestion.objects.all()}
    assert frozenset(("Eystein Kleiven", "Kleiven Eystein")) in pairs
    assert frozenset(("Gunnhild Paulson", "Gunhild Paulsen")) in pairs


def test_compare_names_is_symmetric_for_swaps_and_ignores_identity():
    assert identity.compare_names("Kari Nordmann", "kari  nordmann") is None
    assert identity.compare_names("Kleiven Eystein", "Eystein Kleiven")[1] == \
        identity.REASON_SWAPPED


@pytest.mark.parametrize(("a", "b"), [
    ("Kleiven Eystein", "Eystein Kleiven"),  # swapped
    ("Anne Marie Berg", "Anne Berg"),  # a middle name dropped
    ("Gunnhild Paulson", "Gunhild Paulsen"),  # spelling
    ("Kari Nordmann", "kari  nordmann"),  # the same name
    ("Ola Berg", "Sindre Lie Moen"),  # unrelated, of other lengths
    ("Ola", ""),
])
@pytest.mark.django_db(False)
def test_names_compared_by_their_words_as_by_their_texts(a, b):
    """The importer compares a new person's words, worked out once, with each candidate's
    (``compare_name_tokens``): the same answer as ``compare_names`` of the two texts."""
    from motebok.archive.names import name_words

    assert identity.compare_name_tokens(name_words(a), name_words(b)) == \
        identity.compare_names(a, b)
    assert identity.compare_name_tokens(name_words(b), name_words(a)) == \
        identity.compare_names(b, a)


@pytest.mark.parametrize(("a", "b", "common"), [
    ("gunnhild paulson", "gunhild paulsen", 14),  # one n fewer, o for e
    ("eystein kleiven", "kleiven eystein", 15),  # the same letters in another order
    ("åse ødegård", "aase odegard", 8),  # å, ø are letters of their own
    ("anna", "hans", 2),  # a and n, each counted as often as both have it
    ("", "berg", 0),
    ("ola", "kim", 0),  # no letter in common
])
@pytest.mark.django_db(False)
def test_letters_in_common_count_each_letter_as_often_as_both_names_have_it(a, b, common):
    """What ``SequenceMatcher.quick_ratio`` counts: the cheap bound before the full
    comparison of two names."""
    assert identity._letters_in_common(a, b) == common == identity._letters_in_common(b, a)


@pytest.mark.parametrize(("a", "b", "most"), [
    ("gunnhild paulson", "gunhild paulsen", 14),  # 11 shared letters, 3 repeats: exact
    ("sindre lie", "audun moen", 6),  # d, n, e, the space, and 2 repeats each (count 4)
    ("anna", "hans", 2),  # a and n; hans repeats no letter
    ("", "berg", 0),
])
@pytest.mark.django_db(False)
def test_most_letters_in_common_bounds_the_count_without_counting(a, b, most):
    assert identity._most_letters_in_common(a, b) == most == \
        identity._most_letters_in_common(b, a)
    assert most >= identity._letters_in_common(a, b)


@pytest.mark.django_db(False)
def test_most_letters_in_common_is_never_below_the_count():
    """So ``_similarity`` rejects no pair the count would let through."""
    rng = random.Random(7)
    for _ in range(3000):
        a, b = ("".join(rng.choice("aabeiklnorsøå ") for _ in range(rng.randint(0, 14)))
                for _ in range(2))
        assert identity._most_letters_in_common(a, b) >= identity._letters_in_common(a, b)


def test_person_for_blank_is_none_and_meeting_factory_people_are_separate():
    assert identity.person_for("   ") is None
    MeetingFactory()
    assert Person.objects.count() == 0


def test_two_meetings_of_a_body_share_it_and_its_members():
    importer.import_paths([str(EXAMPLES / "kystkulturradet-2023-11-20.txt"),
                           str(EXAMPLES / "kystkulturradet-2024-01-22.txt")])
    first, second = Meeting.objects.order_by("date")
    assert first.body_id == second.body_id and first.body_text == second.body_text
    body = first.body
    assert body.name == first.body_text and second.previous() == first
    rates = {r.person.name: r.percent for r in body.attendance_rates()}
    assert rates["Ragna Øvrebø"] == 100
    assert rates["Synnøve Tjørhom"] == 50 and rates["Brit Aarsland"] == 50
    assert rates["Kjetil Vik"] == 100  # partly present counts as attended


def test_admin_accepts_a_chain_of_suggestions_in_one_action(admin_client):
    for n, name in enumerate(["Gunnhild Paulson", "Gunhild Paulsen", "Gunnhild Paulsen"]):
        store("Fagnettverk for folkehelse", f"2024-0{n + 1}-10", name)
    ids = list(PersonMergeSuggestion.objects.values_list("pk", flat=True))
    assert len(ids) == 3
    response = admin_client.post("/admin/archive/personmergesuggestion/", {
        "action": "accept_suggestions", "_selected_action": ids}, follow=True)
    assert response.status_code == 200
    assert Person.objects.count() == 1
    assert Participation.objects.filter(person=Person.objects.get()).count() == 3
    assert not PersonMergeSuggestion.objects.filter(status=SuggestionStatus.PENDING).exists()


def test_admin_rejects_suggestions(admin_client):
    store("Vestfjord regionråd", "2024-01-10", "Eystein Kleiven")
    store("Vestfjord regionråd", "2024-02-10", "Kleiven Eystein")
    suggestion = PersonMergeSuggestion.objects.get()
    response = admin_client.post("/admin/archive/personmergesuggestion/", {
        "action": "reject_suggestions", "_selected_action": [suggestion.pk]}, follow=True)
    assert response.status_code == 200
    suggestion.refresh_from_db()
    assert suggestion.status == SuggestionStatus.REJECTED and Person.objects.count() == 2
