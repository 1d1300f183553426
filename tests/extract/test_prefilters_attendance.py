"""The attendance readers' shortcuts give the answers of the work they skip.

Each shortcut (a substring or first-letter test before a pattern, an early exit, a count
instead of a call) exists for speed only: each test here shows that a text the skipped
pattern or function would read is still read so, and that the gate lets it through.
"""

from __future__ import annotations

import random

import pytest

from motebok.extract import minutes, participants
from motebok.extract.first_names import FIRST_NAMES
from motebok.extract.participants import (
    People,
    _entry_from_piece,
    _first_names_only,
    _is_job_title,
    parse_people_list,
)
from motebok.vocab import Attendance, ParticipantRole

# Texts a list reader meets: bare names, notes, signatures, substitutes, dashes.
SAMPLES = [
    "Kari Holm", "Per Dahl møtte ikke", "Per Dahl møtte ikkje.", "Ola Nord (repr.)forfall",
    "Eli Sund (Ap) fravær", "Tor Aas (Sp) fråvær.", "men møtt ikke", "Ref. Sverre",
    "referent: Kari Holm", "For referat: Ola Dahl", "skrevet 6.3.2026 av Kari Holm",
    "Skrevet av Eva Li", "sekretær Per Bø", "Møtesekretær Dianne Kilvær",
    "protokollfører Tor Vik", "ved pennen, Siri Lie", "Per Lie for Kari Holm",
    "Jon Li pva Per Bø", "Eva Moe på vegne av Ola Dale", "Siri Vik – rektor",
    "Mona Vik - forfall", "Vestdal — Kari Nes", "Per-Arne Lie", "",
]


def test_every_text_the_absence_pattern_finds_holds_one_of_its_words():
    for text in SAMPLES:
        if participants._DID_NOT_COME.search(text):
            assert participants._has_away_word(text), text


@pytest.mark.parametrize("start", minutes._SIGNED_STARTS)
def test_every_signed_start_passes_the_first_letter_test(start):
    line = f"{start} kari holm"
    group = minutes._SIGNED_BY_FIRST.get(line[:minutes._SIGN_KEY])
    assert group is not None and line.startswith(group)


def test_a_line_of_no_signed_start_fails_the_first_letter_test_or_the_starts():
    for text in SAMPLES:
        lowered = text.lower()
        group = minutes._SIGNED_BY_FIRST.get(lowered[:minutes._SIGN_KEY])
        gated = group is not None and lowered.startswith(group)
        assert gated == lowered.startswith(minutes._SIGNED_STARTS), text


@pytest.mark.parametrize(("piece", "name", "note"), [
    ("Per Lie for Kari Holm", "Per Lie", "for Kari Holm"),
    ("Jon Li pva Per Bø", "Jon Li", "for Per Bø"),
    ("Eva Moe på vegne av Ola Dale", "Eva Moe", "for Ola Dale"),
])
def test_a_substitute_in_a_list_piece_is_still_read(piece, name, note):
    entry = _entry_from_piece(piece, None, Attendance.PRESENT, None)
    assert (entry.name, entry.note) == (name, note)


def test_a_dash_in_a_list_piece_still_parts_the_name_from_the_role():
    entry = _entry_from_piece("Kari Nes – leder", None, Attendance.PRESENT, None)
    assert (entry.name, entry.role) == ("Kari Nes", ParticipantRole.CHAIR)
    entry = _entry_from_piece("Mona Vik - Vestdal kommune", None, Attendance.PRESENT, None)
    assert (entry.name, entry.organization) == ("Mona Vik", "Vestdal kommune")


def test_a_hyphenated_name_without_a_dash_between_words_is_one_name():
    entry = _entry_from_piece("Per-Arne Lie", None, Attendance.PRESENT, None)
    assert (entry.name, entry.organization) == ("Per-Arne Lie", None)


def test_one_present_person_who_did_not_come_is_still_absent():
    [entry] = parse_people_list("Per Dahl møtte ikke", ParticipantRole.MEMBER,
                                Attendance.PRESENT)
    assert (entry.name, entry.attendance) == ("Per Dahl", Attendance.ABSENT)
    [entry] = parse_people_list("Kari Holm", ParticipantRole.SECRETARY, Attendance.PRESENT)
    assert (entry.name, entry.attendance) == ("Kari Holm", Attendance.PRESENT)


@pytest.mark.parametrize("title", ["PP-leder", "IT-rådgiver", "rådgiver", "daglig leder"])
def test_job_titles_with_and_without_a_hyphen_are_still_titles(title):
    assert _is_job_title(title)


@pytest.mark.parametrize("title", ["fylkesdirektør for samferdsel", "rådgiver regional utvikling"])
def test_a_job_with_its_field_is_still_a_title(title):
    assert _is_job_title(title)


@pytest.mark.parametrize("text", ["Vegard Vårdal", "Per-Arne Lie", "Leder",
                                  "leder for arbeidsgruppa"])
def test_names_and_seats_are_no_job_titles(text):
    assert not _is_job_title(text)


def _pieces(*texts: str) -> list[tuple[str, str | None, bool]]:
    return [(text, None, False) for text in texts]


def test_a_list_of_first_names_is_read_as_first_names():
    assert _first_names_only(_pieces("Nora", "Vegard", "Erik", "Sigrid"), None) == \
        ["Nora", "Vegard", "Erik", "Sigrid"]


def test_one_unknown_word_among_known_first_names_is_a_first_name_too():
    names = ["Nora", "Vegard", "Karoline", "Erik"]
    assert _first_names_only(_pieces(*names), None) == names


def test_full_names_are_no_first_names_whichever_piece_fails_first():
    assert _first_names_only(_pieces("Kjetil Myrvold", "Vegard Vårdal"), None) is None
    assert _first_names_only(_pieces("Nora", "Vegard Vårdal", "Kjetil Myrvold"), None) is None


def test_a_middle_initial_still_finds_the_person_listed_without_it():
    people = People()
    first = people.add(participants.Entry(name="Bjørn Framnes"))
    again = people.add(participants.Entry(name="Bjørn F. Framnes",
                                          role=ParticipantRole.SECRETARY))
    assert again is first and len(people.order) == 1


def test_a_full_middle_name_still_replaces_its_initial():
    people = People()
    people.add(participants.Entry(name="Stine Ø. Urke"))
    people.add(participants.Entry(name="Stine Ødegaard Urke"))
    assert [p.name for p in people.order] == ["Stine Ødegaard Urke"]


# Bodies and parents, also with the letters IGNORECASE matches beyond ``str.lower``'s.
BODIES = [
    ("Kommunedirektørutvalet i Hallingdal", None), ("Rådmannsgruppa", None),
    ("Rådmennenes fagråd", None), ("Administrativt kontaktutvalg (AKU)", None),
    ("Eldrerådet", "Nordby kommune"), ("Helsefellesskapet Vidda", None),
    ("Overordnet samarbeidsutvalg (OSU)", "Helse Vidda HF"), ("Samhandlingsutvalget", None),
    ("Strategisk samarbeidsutval", "Vidda sjukehus"), ("Styret", "Nordby ſykehus"),
    ("Styret", "Vidda \u212aommune"), ("Partnerskapsmøtet", "Helse Førde HF"),
    ("Regionrådet", "helse vest"), ("Nettverk for kompetanse Fjordbotn", None),
    ("Samarbeidsutvalet NAV Kinn", None), ("Styret", "Partnarskapet Vik kommune og NAV Vest"),
    ("Navnekomiteen", None),
    ("Politirådet", "Vestdal"), ("Haugvik politiråd", None), ("SLT-styringsgruppa", None),
    ("POLITIET – Midtfjell politidistrikt", None), ("Slottsrådet", None),
    (None, None), ("", ""),
]


@pytest.mark.parametrize(("body", "organization"), BODIES)
def test_the_health_forum_gate_answers_as_the_pattern(body, organization):
    searched = participants._HEALTH_FORUM.search(f"{body or ''} | {organization or ''}")
    assert participants.is_health_forum(body, organization) == (searched is not None)


@pytest.mark.parametrize(("body", "heads"), [
    ("Kommunedirektørutvalet i Hallingdal", True), ("Rådmannsgruppa", True),
    ("Rådmennenes fagråd", True), ("Administrativt kontaktutvalg (AKU)", True),
    ("Regionrådet", False), ("Eldrerådet", False), (None, False),
])
def test_the_chief_executives_own_body_is_still_known(body, heads):
    assert participants.is_heads_body(body) is heads


@pytest.mark.parametrize(("text", "found"), [
    ("Til stede:\nKari Holm (leder i SU)\nPer Dahl", ["til stede:\nkari holm"]),
    ("Til stede:\nSolveig Aarnes, leiar Samarbeidsutvalget", ["til stede:\nsolveig aarnes"]),
    ("Til stede:\nEva Li, Styreleder for SU", ["til stede:\neva li"]),
    ("Referat fra møte i Samarbeidsutvalget (SU)\nTil stede:\nKari Holm, Per Dahl", []),
])
def test_the_seat_before_the_body_s_name_is_found_only_where_one_is(text, found):
    assert minutes._before_leader_seats(text, ["Samarbeidsutvalget", "SU"]) == found


# Words of random lists for the plain-names shortcut: surnames and places, and the words
# that make a piece something else than a name (seats, parties, absence, organisations).
_SURNAMES = ("Holm", "Dahl", "Lie", "Berg", "Vik", "Hovland", "Tveiten", "Ødegården", "Nes",
             "Gran", "Stord", "Voss", "Mo", "Rana", "Bø", "Ås", "Møre", "Romsdal", "Sogn")
_TRAPS = ("Kommune", "Fylkeskommune", "Leder", "Leiar", "Nestleder", "Vara", "Medlem",
          "Sekretær", "Referent", "Sp", "Ap", "Frp", "Krf", "Forfall", "Fravær", "Møtte", "Nav",
          "Helse", "Hf", "Iks", "Styret", "Rådet", "Ordfører", "Rådmann", "Rektor", "Rådgiver",
          "Van", "De", "Alle", "Begge", "Samt", "Ikkje", "Fra", "Til", "Stede", "Museum", "Skule")


def _random_word(rng: random.Random, firsts: list[str]) -> str:
    """A first name, a surname or a trap, in the shares of a list that is mostly names."""
    draw = rng.random()
    return rng.choice(firsts).capitalize() if draw < 0.4 else \
        rng.choice(_SURNAMES) if draw < 0.85 else rng.choice(_TRAPS)


def test_a_list_of_plain_names_reads_as_the_long_way_reads_it(monkeypatch):
    rng = random.Random(9)
    firsts = sorted(FIRST_NAMES)
    cases = []
    for _ in range(3000):
        pieces = [" ".join(_random_word(rng, firsts) for _ in range(rng.randint(1, 3)))
                  for _ in range(rng.randint(1, 4))]
        text = ", ".join(pieces)
        if len(pieces) > 1 and rng.random() < 0.5:  # "A, B og C"
            text = f"{', '.join(pieces[:-1])} og {pieces[-1]}"
        cases.append((text, rng.choice([None, *ParticipantRole]),
                      rng.choice(list(Attendance)), rng.choice([None, "Vang kommune"])))
    fast = [(case, found) for case in cases
            if (found := participants._plain_names(*case)) is not None]
    assert len(fast) > 50  # (the shortcut is taken: the test compares something)
    monkeypatch.setattr(participants, "_plain_names", lambda *_args: None)
    for case, found in fast:
        assert participants.parse_line(*case) == found, case
