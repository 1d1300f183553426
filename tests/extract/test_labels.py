"""Header labels: which lines introduce an attendance group, and which do not."""

from __future__ import annotations

import pytest

from motebok.extract.labels import Field, is_task_column_heading, match_label
from motebok.parse import parse_bytes


@pytest.mark.parametrize(("line", "field"), [
    ("Medlemmer av Skate", Field.PRESENT),  # the body's own members as a heading
    ("Representanter i rådet:", Field.PRESENT),
    ("Ordførere: Anne Lesjø, Bjørn Skåre", Field.PRESENT),
    ("Deltakelse", Field.PRESENT),
    ("Deltakelse på saker", Field.GUESTS),
    # (s76a) guests there for single cases
    ("Gjester til enkeltsaker: Eirik Sunde, Widerøe (punkt 3)", Field.GUESTS),
    ("Gjestar i enkeltsaker: Åse Lien (sak 4)", Field.GUESTS),
    ("Observatør i møtet", Field.GUESTS),
    ("Rådmenn: Gunn Vågå og Erik Skjåk", Field.GUESTS),
    ("Besøk: Randi Vold", Field.GUESTS),
    ("Fra selskapet: daglig leder Ola Haug, økonomisjef Eva Sund", Field.GUESTS),  # an IKS's staff
    ("Frå dagleg leiing: Eva Sund", Field.GUESTS),
    ("Møtende representanter:", Field.PRESENT),  # a representantskap's delegates
    ("Møtande representantar: Kari Nes", Field.PRESENT),
    ("Til stede på Teams: Anne Lid", Field.PRESENT),  # present over a channel
    ("Deltok digitalt: Anne Lid", Field.PRESENT),
    ("Permisjon: Jon Aas", Field.ABSENT),
    ("Deltok ikkje: Jon Aas", Field.ABSENT),
    ("Fravær meldt: Jon Aas", Field.ABSENT),
    ("Varamedlem som møtte: Siv Moe", Field.MEMBERS),
    ("Inviterte gjester: Eva Sund", Field.GUESTS),
    ("Innleder: Eva Sund", Field.GUESTS),
    ("Tilhørere: Nils Ås, Eva Strand", Field.GUESTS),  # the public who listened
    ("Tilhøyrarar: Nils Ås", Field.GUESTS), ("Gjestar: Nils Ås", Field.GUESTS),
    ("Til stede på Zoom: Anne Lid", Field.PRESENT), ("Deltok via Teams: Anne Lid", Field.PRESENT),
    ("Deltok på telefon: Anne Lid", Field.PRESENT),
    ("Fraværende styremedlemmer: Jon Aas", Field.ABSENT), ("Forfall m/vara: Jon Aas", Field.ABSENT),
    ("Andre deltakarar: Eva Li", Field.GUESTS), ("Øvrige: Eva Li", Field.GUESTS),
    ("Møte-leder: Petter Sandvik", Field.CHAIR),
    ("Møtedeltakere: Astrid Lie, Bjørn Moe", Field.PRESENT),
    ("Vararepr.: Ove Todal (for Anette Thomsen)", Field.MEMBERS),
    ("Tilstades: Maria Titland (1. klasse)", Field.PRESENT),
    ("Tilstede på møtet:", Field.PRESENT),
    ("Følgende representanter møtte:", Field.PRESENT),
    ("Følgjande styremedlemer hadde forfall: Kari Holm", Field.ABSENT),
    ("Deltok fra MagSil AS Gunnar Bråthen under sak 12/17", Field.PRESENT),  # no colon
    ("Meldt avbud: Amund Waalen, Inger-Lise Bråten", Field.ABSENT),
    ("Sekretær Liv Kristin Saur", Field.SECRETARY),  # no colon before the name
    ("Møtesekretær: Kristin Bø", Field.SECRETARY), ("Protokollførar: Kristin Bø", Field.SECRETARY),
    ("DESSUTAN MØTTE", Field.GUESTS),  # a register's label in capitals, no colon
    ("Forfall var meldt fra følgende medlemmer:", Field.ABSENT),
    ("Orientert/invitert: Heidi Eriksen (Oppland fylkeskommune)", Field.COPY),  # no one came
    ("Styre/organ:  Lindesnesrådet", Field.BODY),
    ("Faste medlemer til stades: Arve Helle Ap", Field.PRESENT),  # an ePhorte protocol
    ("Forfall til møtet: Hilmar Høl Ap", Field.ABSENT),
    ("Varamedlemer til stades: Rita Øren Ap", Field.MEMBERS),
    ("Til stades med møte- og talerett: Svein Hoff", Field.GUESTS),
    ("Sekretariat for møtet: Oddveig Hove", Field.SECRETARIAT),
    ("Møtande frå administrasjonen: Rune Vik Kyrkjeverje", Field.GUESTS),
    ("Saker handsama på møtet:", Field.AGENDA),
    ("Frammøtte medlemmer:", Field.PRESENT),  # "frammøtte" with whom, as "møtande"
    ("Fremmøtte styremedlemmer: Kari Nes", Field.PRESENT),
    ("Møtande faste medlemer:", Field.PRESENT),
    ("Medlemer som møtte: Kari Nes", Field.PRESENT),
    ("Fråverande medlemer: Kari Nes", Field.ABSENT),
    ("Forfall utan vara: Kari Nes", Field.ABSENT),
    ("Frammøtte varamedlemer: Per Bø", Field.MEMBERS),
    ("Andre som møtte: Eva Li", Field.GUESTS),
    # a municipal protocol's groups, "medl." cut short or not
    ("Faste medl. som møtte:    Sara Lien (leder)", Field.PRESENT),
    ("Faste medl. som ikke møtte:  Ida Moe", Field.ABSENT),
    ("Faste medlemmer som ikke møtte:", Field.ABSENT),
    ("Faste medlemer som ikkje møtte: Ida Moe", Field.ABSENT),
    ("Varamedl. som møtte:      Tobias Dahl", Field.MEMBERS),
    ("I tillegg:   Daglig leder Tor Lund", Field.GUESTS),
    ("Andre til stades: Eva Li", Field.GUESTS), ("Elles til stades: Eva Li", Field.GUESTS),
    ("Møtande frå sekretariatet: Eva Li", Field.SECRETARIAT),
    ("Protokollen er ført av: Eva Li", Field.SECRETARY),  # nynorsk protocols
    # "these did not come", with or without a noun (not the label "Desse møtte" run on)
    ("Desse møtte ikkje: Ida Moe", Field.ABSENT), ("Disse møtte ikke: Ida Moe", Field.ABSENT),
    ("Følgende medlemmer møtte ikke: Ida Moe", Field.ABSENT),
    ("Følgjande var ikkje til stades: Ida Moe", Field.ABSENT),
    ("Disse møtte: Ida Moe", Field.PRESENT),
    # the leader named by the body's kind chairs it: a network's "Nettverksleder:"
    ("Nettverksleder: Line Tveit", Field.CHAIR), ("Gruppeleiar: Eva Li", Field.CHAIR),
    ("Utvalgsleder: Ida Moe", Field.CHAIR),
    # the one who led a network's gathering, or the meeting, named for it
    ("Leiar for samlinga: Kari Nes", Field.CHAIR), ("Leder for samlingen: Per Ås", Field.CHAIR),
    ("Leder for møtet: Eva Li", Field.CHAIR),
    # the staff who help a user council run its meeting are there as guests
    ("Tilretteleggjar: Liv Berge", Field.GUESTS), ("Tilrettelegger: Liv Berg", Field.GUESTS),
])
def test_attendance_labels(line, field):
    label = match_label(line)
    assert label is not None and label.field is field


@pytest.mark.parametrize("line", ["Møtande medlemar: Eva Li (leiar), Per Ås",
                                  "Faste medlemar: Eva Li (leiar), Per Ås",
                                  "Medlemar: Eva Li (leiar), Per Ås"])
def test_nynorsk_members_with_the_plural_ar_label_who_came(line):
    # (as "Styremedlemar:" does: the whole label, not "Møtande" with "medlemar:" as a name)
    label = match_label(line)
    assert label is not None and (label.field, label.value) == (
        Field.PRESENT, "Eva Li (leiar), Per Ås")


@pytest.mark.parametrize("line", [
    "Medlemmer av arbeidsgruppa har sendt innspill.",
    "Medlemmer av Skate er positive til forslaget",
])
def test_sentences_about_members_are_no_labels(line):
    assert match_label(line) is None


@pytest.mark.parametrize("line", ["Hybrid møte: Fylkeshuset, møterom Simoa / Teams",
                                  "Hybridmøte: Fylkeshuset, møterom Simoa / Teams"])
def test_a_hybrid_meetings_label_gives_its_places(line):
    label = match_label(line)
    assert label is not None and (label.field, label.value) == (
        Field.PLACE, "Fylkeshuset, møterom Simoa / Teams")


@pytest.mark.parametrize(("line", "field", "value"), [
    ("Moetedato: 12.03.2024", Field.DATE, "12.03.2024"),
    ("Moetested: Raadhuset", Field.PLACE, "Raadhuset"),  # the value stays as written
    ("Fravaer: Bjoern Oedegaard", Field.ABSENT, "Bjoern Oedegaard"),
])
def test_labels_typed_without_norwegian_letters(line, field, value):
    label = match_label(line)
    assert label is not None and (label.field, label.value) == (field, value)


@pytest.mark.parametrize(("line", "value"), [
    ("Møtested:……… Rådhuset", "Rådhuset"),
    ("Dato: ........ 4.3.2025", "4.3.2025"),
    ("Sted: ____ Rådhuset, møterom 2", "Rådhuset, møterom 2"),
    ("Tid:------ kl. 10", "kl. 10"),
    ("Tid: - fredag 4. mars", "- fredag 4. mars"),  # one dash is no leader
])
def test_a_form_s_leader_before_the_value_is_no_part_of_it(line, value):
    label = match_label(line)
    assert label is not None and label.value == value


def test_a_time_label_chained_after_the_place():
    from motebok.extract.labels import chained_labels
    label = match_label("Sted: Tunet Kl: 09.00 – 12.00")
    assert [(part.field, part.value) for part in chained_labels(label)] == [
        (Field.PLACE, "Tunet"), (Field.TIME, "09.00 – 12.00")]
    assert match_label("Kl. 10.00 Velkommen") is None  # a programme line
    label = match_label("Møtestad: Rådhuset\tFra - til: 10:00 - 12:00")  # a dash in the label
    assert [(part.field, part.value) for part in chained_labels(label)] == [
        (Field.PLACE, "Rådhuset"), (Field.TIME, "10:00 - 12:00")]


@pytest.mark.parametrize(("line", "field", "value"), [
    # a table's edge lost in a PDF: the names follow the heading without a colon
    ("Tilstede Torunn Aasland (leder), Gunnar Eide", Field.PRESENT,
     "Torunn Aasland (leder), Gunnar Eide"),
    ("Forfall Kari Holm og Per Lie", Field.ABSENT, "Kari Holm og Per Lie"),
])
def test_attendance_headings_without_a_colon_before_names(line, field, value):
    label = match_label(line)
    assert label is not None and (label.field, label.value) == (field, value)


@pytest.mark.parametrize("line", ["Forfall meldes til sekretariatet.",
                                  "Deltakere Kari Holm var ikke med."])
def test_running_text_after_an_attendance_word_is_no_label(line):
    assert match_label(line) is None


@pytest.mark.parametrize(("line", "group"), [
    ("Deltok fra ViG:", ("ViG", None)),
    ("Deltok fra Prosjekt Strategi næringsarealer under sak 16/17:",
     ("Prosjekt Strategi næringsarealer", "under sak 16/17")),
    ("Deltok fra MagSil AS Gunnar Bråthen under sak 12/17", ("MagSil AS", None)),
    ("Til stede:", None),
    ("Til stede under sak 4: Trine Holt", ("", "under sak 4")),  # when, not from where
    # a heading of its own, no colon: the group, or when (the word before it kept)
    ("Til stede fra Dalbygda regionråd", ("Dalbygda regionråd", None)),
    ("Til stede fra saken om budsjettet", ("", "fra saken om budsjettet")),
])
def test_the_group_a_present_from_label_names(line, group):
    from motebok.extract.labels import present_group
    assert present_group(line) == group


@pytest.mark.parametrize(("line", "field"), [
    # those there for one item are invited for it, not the body's list of who came
    ("Til stede under sak 4: Trine Holt (revisor)", Field.GUESTS),
    ("Til stades i sak 12/24: Trine Holt", Field.GUESTS),
    # copies and deputies called only if a member cannot come name no participant
    ("Kopi til varamedlemmer: Ola Dahl, Tone Moe", Field.COPY),
    ("Varamedlemer innkallast ved forfall: Jon Aas", Field.COPY),
    ("Varamedlemmer (innkalles ved behov):", Field.COPY),
    ("Varamedl. (ved forfall): Jon Aas", Field.COPY),
    ("Varamedlemmer: Jon Aas", Field.MEMBERS),
    ("Varamedlemmer som møtte: Jon Aas", Field.MEMBERS),
])
def test_labels_for_part_of_the_meeting_and_for_deputies_not_called(line, field):
    label = match_label(line)
    assert label is not None and label.field is field


def test_place_and_time_in_one_label_either_way_round():
    label = match_label("STAD/TID:  Hagellia 6, Knarvik  10.01.2018 Kl. 13:30 – 15:00")
    assert label is not None and label.field is Field.TIME_PLACE


@pytest.mark.parametrize(("line", "field"), [
    ("Møtedato og -stad: 3.3.2024, Bøvik rådhus", Field.TIME_PLACE),
    ("Møtetid og sted: 3.3.2024 kl. 10-12, Bøvik rådhus", Field.TIME_PLACE),
    ("Tid og møtestad: 3.3.2024, Bøvik rådhus", Field.TIME_PLACE),
    ("Tid, stad: 3.3.2024, Bøvik rådhus", Field.TIME_PLACE),
    ("Møtedato/tid: 3.3.2024 kl. 10-12", Field.TIME),
    ("Fra - til: 10:00 - 12:00", Field.TIME),  # a protocol's hours
    ("Frå – til: 10:00 – 12:00", Field.TIME),
    ("Sted og dato: Bøvik rådhus, 3. mars 2024", Field.TIME_PLACE),  # the place first
    ("Stad/dato: Bøvik rådhus, 3.3.2024", Field.TIME_PLACE),
])
def test_day_time_and_place_labels_joined_in_more_ways(line, field):
    label = match_label(line)
    assert label is not None and label.field is field


@pytest.mark.parametrize("line", ["Medlemer:", "Faste medlemer: Kari Nes", "Innkalte medlemmer:",
                                  "Innkalte medlemer: Kari Nes", "Innkalla:",
                                  "Innkalte representanter:"])
def test_the_members_called_in_by_a_summons_also_in_nynorsk(line):
    label = match_label(line)
    assert label is not None and label.field is Field.PRESENT, line


@pytest.mark.parametrize(("title", "outcome", "people"), [
    ("Møtebok", "Godkjent.", [("Heidi Sæter", "chair"), ("Ove Rønning", "member"),
                              ("Mari Os", "member")]),
    # a summons' members are named as attending no meeting yet held: no participants
    ("Møteinnkalling", "", []),
])
def test_a_nynorsk_members_list_with_their_seats(title, outcome, people):
    text = (f"{title}\n\nUtval: Levekårsutvalet\nDato: 12.06.2024\n\nMedlemer:\n"
            "Heidi Sæter   leiar\nOve Rønning   nestleiar\nMari Os       medlem\n\n"
            "Den som har forfall, må melde frå til servicetorget.\n\nSakliste\n\n"
            f"PS 31/24 Godkjenning av innkalling og sakliste\n{outcome}\n")
    record = parse_bytes(text.encode(), "innkalling.txt")
    assert [(p.name, p.role) for p in record.participants] == people


def test_a_summons_addressed_to_the_members_lists_them_under_til():
    assert match_label("Til: Styrets medlemmer").field is Field.PRESENT
    assert match_label("Til: Kommunedirektørene i Lister").field is Field.COPY
    text = ("Innkalling til styremøte i Nordlys Næringshage AS\n\nDato: 5. juni 2024\n\n"
            "Til: Styrets medlemmer\nTrond Eide (styreleder)\nHilde Sand\nBjørn Aas\n"
            "Kopi: Revisor, daglig leder\n\nSaksliste\n1. Budsjett\n2. Eventuelt\n")
    record = parse_bytes(text.encode(), "innkalling.txt")
    # the members it is addressed to are called in, not yet named as attending
    assert record.participants == []


@pytest.mark.parametrize(("line", "field"), [
    ("Hva: Styremøte", Field.BODY),
    ("Kva: Styremøte", Field.BODY),  # nynorsk
    ("Hva skjer videre?", None),  # a question, no label
    ("Hva\tHvem\tFrist", None),  # a task table's headings
])
def test_what_names_the_meeting(line, field):
    label = match_label(line)
    assert (label.field if label else None) == field


@pytest.mark.parametrize(("line", "field"), [
    # a company's board and its owners' meeting, bokmål and nynorsk
    ("Møtande styremedlemer:", Field.PRESENT),
    ("Tilstades frå styret: Liv Vik, Nils Bø", Field.PRESENT),
    ("Representantar som møtte:", Field.PRESENT),
    ("Forfall frå styret: Arild Myklebust", Field.ABSENT),
    ("Forfall fra styret:", Field.ABSENT),
    ("Fra ledelsen: daglig leder Tor Aas", Field.GUESTS),
])
def test_a_companys_board_and_owners_attendance_labels(line, field):
    assert match_label(line).field is field


@pytest.mark.parametrize(("line", "field"), [
    ("Ikkje frammøtt: Arne Dahl", Field.ABSENT),  # the count's word negated
    ("Ikke fremmøtt: Arne Dahl", Field.ABSENT),
    ("Fråver: Arne Dahl", Field.ABSENT),  # the older nynorsk spelling of "fråvær"
    ("Òg til stades: Arne Dahl", Field.GUESTS),  # nynorsk "òg" for "også"
    ("Møtar for: Siri Lunde for Per Dyrkolbotn", Field.MEMBERS),  # a deputy's line
])
def test_more_nynorsk_attendance_labels(line, field):
    assert match_label(line).field is field


@pytest.mark.parametrize("line", ["Forfall/fråvær: Kari Holm", "Forfall / ikkje møtt: Kari Holm",
                                  "Meldt forfall/fravær: Kari Holm"])
def test_two_spellings_of_one_label_joined_by_a_slash(line):
    found = match_label(line)
    assert found is not None and (found.field, found.value) == (Field.ABSENT, "Kari Holm")


def test_two_labels_of_different_kinds_joined_by_a_slash_are_not_paired():
    found = match_label("Forfall/til stades: Kari Holm")
    assert found is None or found.field is not Field.ABSENT


@pytest.mark.parametrize(("line", "value"), [
    ("Tid 10–14", "10–14"), ("Møtetid kl. 18.00", "kl. 18.00"), ("Tid\t09.00-11.30", "09.00-11.30"),
])
def test_a_grids_time_label_without_a_colon(line, value):
    # "Dato 4.3.2025" / "Tid 10–14" / "Sted Rådhuset": a header grid whose cells lost their
    # edges; the hours say the first word is the label
    found = match_label(line)
    assert found is not None and (found.field, found.value) == (Field.TIME, value)


@pytest.mark.parametrize("line", ["Tid er penger, sa han.", "Tid 2 timer per sak"])
def test_running_text_starting_with_tid_is_no_label(line):
    assert match_label(line) is None


def test_a_reports_own_date_label():
    found = match_label("Rapportdato: 6.3.2025")
    assert found is not None and found.field is Field.DOCUMENT_DATE


@pytest.mark.parametrize(("line", "field", "value"), [
    ("Fra kl.: 10:00", Field.TIME, "10:00"),
    ("Frå kl.: 10.00", Field.TIME, "10.00"),
    ("Møtestart: 09.00", Field.TIME, "09.00"),
    ("Til kl.: 12:30", Field.END, "12:30"),
    ("Møteslutt: 14.30", Field.END, "14.30"),
    ("Sluttid: 15.00", Field.END, "15.00"),
])
def test_labels_of_the_start_and_of_the_end(line, field, value):
    label = match_label(line)
    assert label is not None and (label.field, label.value) == (field, value)


def test_minutes_before_a_name_names_who_wrote_them():
    text = ("Board meeting – Nordic Fjord Network\n\nDate: 4 March 2025\n\n"
            "Present: Per Berg, Liv Dahl\nMinutes: Kari Holm\n\n"
            "1. Approval of agenda\nThe agenda was approved.\n")
    record = parse_bytes(text.encode(), "minutes.txt")
    assert record.title == "Board meeting – Nordic Fjord Network"
    kari = [p for p in record.participants if p.name == "Kari Holm"]
    assert kari and kari[0].role == "secretary" and kari[0].organization is None


@pytest.mark.parametrize(("text", "field"), [
    ("Til stede (representanter med stemmerett):", Field.PRESENT),  # a long bracket
    ("Oppsummering ved: Jonas Bakke", Field.SECRETARY),
    ("Oppsummert av: Jonas Bakke", Field.SECRETARY),
])
def test_labels_with_a_long_bracket_and_a_summarys_writer(text, field):
    assert match_label(text).field is field


@pytest.mark.parametrize(("line", "value"), [
    ("Referatet skrevet 6.3.2025", "6.3.2025"),
    ("Utsendt 10. mars 2025", "10. mars 2025"),
])
def test_a_day_written_or_sent_needs_no_colon_before_a_full_date(line, value):
    label = match_label(line)
    assert label is not None and (label.field, label.value) == (Field.DOCUMENT_DATE, value)


@pytest.mark.parametrize("line", ["Sendt 6.3.2025 til alle medlemmene",
                                  "Skrevet av Kari Holm 6.3.2025", "Utsendt 10 eksemplarer"])
def test_a_sentence_starting_with_sent_or_written_is_no_date_label(line):
    # ("Skrevet av Kari Holm …" is the writer's label, s72q: no date label still)
    label = match_label(line)
    assert label is None or label.field is not Field.DOCUMENT_DATE


@pytest.mark.parametrize("line", ["Kommunedirektørane:", "Frå fylkeskommunen:", "Fra NAV:",
                                  "Frå Statsforvaltaren:", "Fra KS:"])
def test_a_regionrads_chief_executives_and_partners_head_guests(line):
    label = match_label(line)
    assert label is not None and label.field is Field.GUESTS


def test_a_partner_group_after_forfall_lists_its_people_present_as_guests():
    text = ("Referat frå møte i Lia regionråd\nDato: 3. februar 2025\n\nMøtte:\n"
            "Kari Holm, ordførar Lia\n\nMeldt forfall:\nPer Lie, ordførar Vik\n\nFra NAV:\n"
            "Trine Berg, rådgjevar\n\nSak 1/25 Eventuelt\nIngen saker.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    guest = next(p for p in people if p.name == "Trine Berg")
    assert (guest.organization, guest.role, guest.attendance) == ("NAV", "guest", "present")


@pytest.mark.parametrize("line", [
    "Til å signere protokollen ble valgt: Anita Bråten og Mari Kolstad",
    "Til å underteikne protokollen vart valt: Per Aas og Eli Sund",
    "Protokollunderskrivere: Kari Holm, Ola Berg",
])
def test_who_was_chosen_to_sign_names_people_again(line: str) -> None:
    # the members chosen to sign the minutes are listed elsewhere; the line is no group
    # of people (nor more of the group above it, "Fra administrasjonen:")
    label = match_label(line)
    assert label is not None and label.field is Field.COPY


@pytest.mark.parametrize(("line", "field"), [
    ("Medlemmer som hadde forfall:", Field.ABSENT),
    ("Medlemer som hadde fråfall:", Field.ABSENT),
    ("Revisjon: Vestland Revisjon IKS v/ Geir Lie", Field.GUESTS),
    ("Møtte for Nordby kommune: Lars Heggem", Field.PRESENT),
])
def test_board_protocol_attendance_labels(line: str, field: Field) -> None:
    label = match_label(line)
    assert label is not None and label.field is field


def test_chained_labels_reads_a_line_of_thousands_of_labels_in_one_pass() -> None:
    """A line of repeated labels ("Sted: Sted: … Sted: Rådhuset") is cut into its labels
    reading only a window after each, not the whole rest of the line per label (which
    cost the square of the line's length); each label keeps the value it is written with."""
    from motebok.extract.labels import chained_labels

    line = "Sted: " + "Sted: " * 30000 + "Rådhuset, Tid: kl. 18"
    parts = chained_labels(match_label(line))
    assert len(parts) == 15002
    assert {(part.field, part.value) for part in parts[:-2]} == {(Field.PLACE, "Sted:")}
    assert [(part.field, part.value) for part in parts[-2:]] == [
        (Field.PLACE, "Rådhuset,"), (Field.TIME, "kl. 18")]


def test_chained_labels_cuts_a_long_value_where_the_next_label_starts() -> None:
    """A value longer than the window read for a label is still cut from the whole line."""
    from motebok.extract.labels import chained_labels

    names = ", ".join(f"Medlem{number} Hansen" for number in range(200))
    parts = chained_labels(match_label(f"Sted: Rådhuset. Til stede: {names}. Forfall: Per Li"))
    assert [(part.field, part.value) for part in parts] == [
        (Field.PLACE, "Rådhuset"), (Field.PRESENT, names), (Field.ABSENT, "Per Li")]


def test_nynorsk_members_plural_in_mar_reads_as_the_listed_label() -> None:
    """"Frammøtte varamedlemmar", "Faste medlemmar som ikkje møtte": the nynorsk plural in
    -mar is the same label as the "-medlemer" the list holds; the value stays as written."""
    deputies = match_label("Frammøtte varamedlemmar:  Ola Medlemmar Nes")
    assert deputies is not None and deputies.field is Field.MEMBERS
    assert deputies.value == "Ola Medlemmar Nes"
    absent = match_label("Faste medlemmar som ikkje møtte")
    assert absent is not None and absent.field is Field.ABSENT


@pytest.mark.parametrize("text", ["Møtestad/tid: Rådhuset, Gol, 12.03.2026 kl. 09:00",
                                  "Møtested/dato: Rådhuset, 12.03.2026"])
def test_place_label_with_time_after_a_slash_is_time_and_place(text: str) -> None:
    """"Møtestad/tid:" is the place's own label and the time's in one, as "Stad/tid:"."""
    found = match_label(text)
    assert found is not None and found.field is Field.TIME_PLACE


@pytest.mark.parametrize(("line", "field", "value"), [
    ("Forfal: Dag Olsen", Field.ABSENT, "Dag Olsen"),
    ("Referant: Cecilie Vik", Field.SECRETARY, "Cecilie Vik"),
    ("Tilstde; Kari Holm", Field.PRESENT, "Kari Holm"),
    ("Møtelder: Per Dahl", Field.CHAIR, "Per Dahl"),
    # (the first of a colon and a semicolon ends the slipped word, whichever comes first)
    ("Forfal: Dag; Per Li", Field.ABSENT, "Dag; Per Li"),
    ("Tilstde; Per: Kari", Field.PRESENT, "Per: Kari"),
])
def test_label_with_a_slip_of_the_keys_before_its_colon(line, field, value):
    label = match_label(line)
    assert label is not None and label.field is field and label.value == value


@pytest.mark.parametrize("line", [
    "Forfal: Dag Olsen", "Kari Holm:", "Forfal : Dag", " Referant: Per: Li", "FORFAL:",
    "Tilstde:Kari Holm", "Forfal: Dag; Per", "Kari Holm: leder", ":", "Referant:"])
def test_slip_before_a_colon_alone_read_as_by_the_colons_place(line):
    """A colon without a semicolon before it is split by ``partition``: the slip read as
    the first colon's place says (``find``), the value the same."""
    from motebok.extract.labels import _MISSPELT, _match_label, _misspelt_label

    end = line.find(":")
    word = _MISSPELT.get(line[:end].strip().casefold())
    slow = _match_label(word + line[end:]) if word is not None else None
    assert _misspelt_label(line) == slow


@pytest.mark.parametrize("line", ["Forfal kom sent", "Referant Kari Holm sa at",
                                  "Forfallet kom sent."])
def test_slip_without_colon_is_no_label(line):
    assert match_label(line) is None


@pytest.mark.parametrize(("line", "field", "value"), [
    ("Sted……\tFellesrommet", Field.PLACE, "Fellesrommet"),
    ("Dato........ 12.03.2026", Field.DATE, "12.03.2026"),
    ("Til stede…… Kari Holm, Per Li", Field.PRESENT, "Kari Holm, Per Li"),
])
def test_form_leader_in_the_colons_place(line, field, value):
    label = match_label(line)
    assert label is not None and label.field is field and label.value == value


def test_leader_before_a_page_number_is_no_label():
    assert match_label("Styret ........ 3") is None


def test_labels_side_by_side_without_colons():
    from motebok.extract.labels import chained_labels

    label = match_label("Dato 19.2.2026     Tid 19.00\tStad Samfunnshuset")
    assert [(part.field, part.value) for part in chained_labels(label)] == [
        (Field.DATE, "19.2.2026"), (Field.TIME, "19.00"), (Field.PLACE, "Samfunnshuset")]


def test_spaced_value_without_a_label_stays_whole():
    from motebok.extract.labels import chained_labels

    label = match_label("Sted: Rådhuset     2. etasje")
    assert [part.value for part in chained_labels(label)] == ["Rådhuset     2. etasje"]


@pytest.mark.parametrize(("line", "field"), [("FORFAL", Field.ABSENT),
                                             ("REFERANT", Field.SECRETARY),
                                             ("Til stede -", Field.PRESENT)])
def test_label_alone_on_its_line(line, field):
    label = match_label(line)
    assert label is not None and label.field is field and label.value == ""


@pytest.mark.parametrize(("line", "field", "value"), [
    ("Referent - Anita Strøm", Field.SECRETARY, "Anita Strøm"),
    ("Forfall – Elin Berg, Tor Li", Field.ABSENT, "Elin Berg, Tor Li"),
])
def test_dash_in_the_colons_place_before_a_name(line, field, value):
    label = match_label(line)
    assert label is not None and label.field is field and label.value == value


def test_dash_before_running_text_is_no_attendance_label():
    assert match_label("Andre - det ble diskutert mye") is None


def test_labels_copied_without_a_space_after_the_colon_still_chain():
    from motebok.extract.labels import Field, chained_labels, match_label

    label = match_label("Sted:Storgata 4, møterom Fjellet Tid:10:00–14:00 "
                        "Til stede:Åsa Berg, Knut Hovde")
    fields = [(part.field, part.value) for part in chained_labels(label)]
    assert fields[0] == (Field.PLACE, "Storgata 4, møterom Fjellet")
    assert fields[-1] == (Field.PRESENT, "Åsa Berg, Knut Hovde")
    assert len(fields) == 3


def test_who_the_minutes_are_sent_to_is_a_copy_list():
    from motebok.extract.labels import Field, match_label

    for line in ("Referatet sendes til: Per Dahl, Kari Lie",
                 "Protokoll sendes til: Styremedlemmene",
                 "Referatet vert sendt til: Per Dahl"):
        assert match_label(line).field is Field.COPY
    assert match_label("Referatet sendes til alle medlemmer innen fredag.") is None


@pytest.mark.parametrize(("line", "field"), [
    ("A. Desse møtte:", Field.PRESENT),
    ("B. Forfall:", Field.ABSENT),
    ("C. Andre:", Field.GUESTS),
])
def test_a_protocol_template_s_lettered_attendance_headings(line, field):
    label = match_label(line)
    assert label is not None and label.field is field


def test_a_lettered_point_that_is_no_attendance_heading_stays_unlabelled():
    assert match_label("B. Eventuelt:") is None


def test_the_board_s_members_called_in_are_the_attendance_list():
    # "Innkalte fra styret: …" with "Forfall:" after it: those called in, less the absent
    label = match_label("Innkalte fra styret: Gunnhild Rustad, Einar Myhre")
    assert label is not None and label.field is Field.PRESENT


@pytest.mark.parametrize(("line", "field", "value"), [
    ("Til stede av representantskapets stemmeberettigede medlemmer:", Field.PRESENT, ""),
    ("Andre tilstedeværende: Styreleder Terje Aune, revisor Mona Vestly", Field.GUESTS,
     "Styreleder Terje Aune, revisor Mona Vestly"),
])
def test_an_iks_protocols_attendance_headings(line: str, field: Field, value: str) -> None:
    """ "Til stede av <the body's voting members>:" lists who came, as "Til stede fra …:"
    does; "Andre tilstedeværende:" are the others there (board chair, auditor)."""
    label = match_label(line)
    assert label is not None and (label.field, label.value) == (field, value)


def test_a_count_of_those_present_is_no_attendance_heading() -> None:
    assert match_label("Til stede av 12 medlemmer var 10.") is None


def test_a_longer_spelling_that_runs_on_gives_way_to_the_shorter_label():
    """ "Fra – tilsynet: Kari Holm" begins as the spelling "fra – til" does, but "til" runs
    on into a word: the label is "Fra" with its dash, as the one pattern of all spellings
    and the tail would read it (the spellings and the tail are matched in two steps)."""
    from motebok.extract.labels import _label_match

    start, tail = _label_match("fra", "Fra – tilsynet: Kari Holm")
    assert start.group("label") == "Fra"
    assert tail.group("value") == "tilsynet: Kari Holm"


def test_no_label_spelling_starts_with_a_bullet_or_a_space():
    """The label's optional bullet ("- Tid:", "• Sted:") is then taken whenever it is
    there: matching the spellings and the tail in two steps relies on it."""
    from motebok.extract.labels import LABELS

    assert not [s for s in LABELS if s[:1] in "-*•" or s[:1].isspace()]


@pytest.mark.parametrize("line", ["Svar fra styremedlemmene:", "Svar frå medlemane:",
                                  "Mottatte svar:"])
def test_an_e_mail_meeting_s_answers_list_who_took_part(line):
    # the members who answered an e-mail meeting took part in it
    label = match_label(line)
    assert label is not None and label.field is Field.PRESENT


@pytest.mark.parametrize(("cell", "heading"), [
    ("Tiltak", True), ("Hva", True), ("Ansvar", True), ("Frist:", True),
    ("Ansvar/frist", True), ("Frist / ansvarleg", True), ("Ansvar og frist", True),
    ("Sak og vedtak", False), ("Kari Holm", False), ("Ansvar/tema", False),
])
def test_a_follow_up_table_s_column_headings_joined_or_not(cell, heading):
    assert is_task_column_heading(cell) is heading


def test_who_had_the_absence_without_a_colon_before_a_name():
    # a web page's running text: "Forfall hadde Emma Lothe." (a capital must follow)
    label = match_label("Forfall hadde Emma Lothe.")
    assert label is not None and (label.field, label.value) == (Field.ABSENT, "Emma Lothe.")
    assert match_label("Forfall hadde ingen betydning for vedtaket.") is None


@pytest.mark.parametrize("text", [
    "Fraværende med melding:", "Fraværende uten melding:", "Fråverande med melding:",
    "Fråverande utan melding:", "Fravær med gyldig forfall:", "Forfall med melding:",
])
def test_an_absence_label_that_says_whether_they_sent_word_is_an_absence(text):
    # with word or without, they were away all the same
    assert match_label(text).field is Field.ABSENT


@pytest.mark.parametrize(("line", "field", "value"), [
    ("Áigi/Tid: 14.03.2025 kl. 09.30–14.00", Field.TIME, "14.03.2025 kl. 09.30–14.00"),
    ("Báiki/Sted: Kulturhuset, Olmmáivággi/Manndalen", Field.PLACE,
     "Kulturhuset, Olmmáivággi/Manndalen"),
    ("Oassálastit/Til stede:", Field.PRESENT, ""),
    ("Eai boahtán/Forfall: Kari Holm", Field.ABSENT, "Kari Holm"),
    ("Gussit/Gjester: Per Dahl", Field.GUESTS, "Per Dahl"),
    ("Läsnä/Til stades:", Field.PRESENT, ""),  # Kven
    ("Báiki / Stad: Teams", Field.PLACE, "Teams"),
    ("Tid/Áigi: 12.03.2025", Field.TIME, "12.03.2025"),  # the Norwegian first
])
def test_a_label_in_sami_or_kven_and_norwegian(line, field, value):
    # minutes in Sápmi head their fields in both administrative languages; the Norwegian
    # half is the label, the other only says the same
    found = match_label(line)
    assert found is not None and (found.field, found.value) == (field, value)


@pytest.mark.parametrize("line", ["Lyngen/Storfjord: Kari Holm", "Tromsø/Romsa: 12 deltakere"])
def test_places_before_a_colon_are_no_bilingual_label(line):
    assert match_label(line) is None


def test_the_leader_of_a_gathering_chairs_it():
    text = ("Referat frå nettverkssamling\n\nDato: 4. april 2025\nStad: Voss\n"
            "Leiar for samlinga: Brit Hovland\nTil stades: Odd Lunde, Sigrid Tveit\n\n"
            "Sak 1 Velkomst\nBrit Hovland ønskte velkomen.\n").encode()
    chair = parse_bytes(text, "samling.txt").participants[0]
    assert (chair.name, chair.role) == ("Brit Hovland", "chair")


@pytest.mark.parametrize("line", ["Notatdato: 14.05.2025", "Dato for notatet: 14.05.2025"])
def test_a_notes_own_day_is_the_document_date(line):
    label = match_label(line)
    assert label is not None and (label.field, label.value) == (Field.DOCUMENT_DATE, "14.05.2025")


@pytest.mark.parametrize(("line", "tail"), [
    ("Tilstede: Liv Eik (leder), Per Ås (Oslo k.), sekretariat: Ida Berg",
     (Field.SECRETARIAT, "Ida Berg")),
    ("Til stede: Liv Eik, Per Ås, fra administrasjonen: Ida Berg og Tor Li",
     (Field.GUESTS, "Ida Berg og Tor Li")),
])
def test_a_group_labelled_in_small_letters_after_a_comma_closes_the_list(line, tail):
    from motebok.extract.labels import chained_labels
    parts = chained_labels(match_label(line))
    assert len(parts) == 2 and (parts[1].field, parts[1].value) == tail



@pytest.mark.parametrize(("text", "value"), [
    ("Notat: Eirik Moen", "Eirik Moen"),
    ("Notat: Anne-Lise K. Berg", "Anne-Lise K. Berg"),
    ("NOTAT", None),  # the memo's own heading
    ("Notat: Budsjett 2025", None),  # a subject, no person
    ("Notat: Ny skole i Dalen", None),
])
def test_a_bare_notat_label_before_a_name_labels_the_writer(text, value):
    found = match_label(text)
    assert (found.value if found and found.field is Field.SECRETARY else None) == value


def test_the_memo_writer_is_the_secretary_with_no_organisation():
    text = ("NOTAT\n\nProsjektgruppen for IKT i Vestdal\n\nMøtedato: 22.05.2025\n\n"
            "Tilstede: Åse Lind (Holmvik), Terje Sund (Bekkelia)\nNotat: Sindre Haugli\n\n"
            "1) Status\nTatt til orientering.\n")
    record = parse_bytes(text.encode(), "notat.txt")
    writer = record.participants[-1]
    assert (record.title, writer.name, writer.organization, writer.role) == (
        "NOTAT", "Sindre Haugli", None, "secretary")


@pytest.mark.parametrize(("line", "label"), [
    ("Frå NVE: Øystein Li (sak 4)", "frå nve"),
    ("Fra Miljødirektoratet: Eva Berg", "fra miljødirektoratet"),
    ("Frå Statsforvaltaren i Oslo og Viken: Hege Tveit (sak 3)",
     "frå statsforvaltaren i oslo og viken")])
def test_a_state_agencys_group_lists_its_guests(line, label):
    # a visiting agency's people, as "Fra NAV:" lists a partner's
    found = match_label(line)
    assert found is not None and found.field is Field.GUESTS and found.label == label


@pytest.mark.parametrize(("line", "label"), [
    ("Fra Helsedirektoratet: Marianne Kvam (sak 3)", "fra helsedirektoratet"),
    ("Frå Arbeidstilsynet: Per Lie", "frå arbeidstilsynet"),
    ("Fra Husbanken: Anne Li", "fra husbanken"),
    # the label alone on its line, the names under it, as "Fra sekretariatet" heads them
    ("Fra Helsedirektoratet", "fra helsedirektoratet"),
    ("Frå Statsforvaltaren i Vestland", "frå statsforvaltaren i vestland")])
def test_any_directorate_or_inspectorate_lists_its_guests(line, label):
    found = match_label(line)
    assert found is not None and found.field is Field.GUESTS and found.label == label


def test_a_municipalitys_group_is_no_agency():
    found = match_label("Fra Nordby kommune: Kari Holm")
    assert found is None or found.field is not Field.GUESTS


@pytest.mark.parametrize("line", [
    "Sekretær for rådet: Ragna Li, Dalbygd kommune",
    "Sekretær for utvalget: Ola Berg",
    "Rådets sekretær: Ola Berg"])
def test_a_councils_standing_secretary_is_its_secretary(line):
    # the municipality's contact person who serves the council, as "Referent:" is
    found = match_label(line)
    assert found is not None and found.field is Field.SECRETARY


@pytest.mark.parametrize(("line", "label"), [
    ("Fra KU-sekretariatet: Tone Lie (sekretær) og Per Ask", "fra ku-sekretariatet"),
    ("Fra kontrollutvalgssekretariatet: Tone Lie", "fra kontrollutvalgssekretariatet")])
def test_a_secretariat_named_in_one_compound_word_lists_secretaries(line, label):
    found = match_label(line)
    assert found is not None and found.field is Field.SECRETARIAT and found.label == label


def test_a_letterhead_of_a_secretariat_company_is_no_label():
    assert match_label("Kontrollutvalgssekretariatet Dalen IKS") is None


@pytest.mark.parametrize(("text", "field"), [
    ("Tillitsvalde: Ingvild Hestad (Fagforbundet)", Field.MEMBERS),
    ("Samling: 20. november 2025, kl. 09.30–15.00", Field.TIME),
])
def test_nynorsk_elected_reps_and_a_gatherings_day_are_labels(text: str, field: Field) -> None:
    # (s64k) the nynorsk "Tillitsvalde:" as "Tillitsvalgte:"; "Samling:" gives the day and
    # hours of a network's gathering as "Tid:" does
    assert match_label(text).field is field


@pytest.mark.parametrize(("line", "field"), [
    # a cross-border body's Swedish labels read as the Norwegian ones they mean
    ("Närvarande ledamöter:", Field.PRESENT),
    ("Deltagare: Eva Lind, Ola Berg", Field.PRESENT),
    ("Frånvarande: Per Dahl", Field.ABSENT),
    ("Förhinder: Per Dahl, Tanums kommun", Field.ABSENT),
    ("Ordförande: Eva Lind", Field.CHAIR),
    ("Sekreterare: Anna Berg", Field.SECRETARY),
    ("Övriga närvarande:", Field.GUESTS),
    ("Plats: Kommunhuset i Eda", Field.PLACE),
    ("Datum: 2024-03-14", Field.DATE),
    ("Dagordning", Field.AGENDA),
    # (s66e) the sitting as the label of its day and hours, as "Samling:" is
    ("Sammanträde: tisdag 8 april 2025 kl. 13.00–15.00", Field.TIME),
    ("Sammanträdesdatum: 2025-04-08", Field.DATE),
    ("Sammanträdestid: 13.00–15.00", Field.TIME),
    # (s66l) Swedish "Möte:" gives the sitting's day, no body as "Møte: Styremøte" does
    ("Möte: 12 mars 2024", Field.TIME),
])
def test_swedish_labels_read_as_the_norwegian_ones(line, field):
    label = match_label(line)
    assert label is not None and label.field is field


@pytest.mark.parametrize(("line", "field", "value"), [
    ("Čoahkkin / Møte: Arbeidsutvalget", Field.BODY, "Arbeidsutvalget"),
    ("Čálli / Referent: Inga Sara", Field.SECRETARY, "Inga Sara"),
])
def test_a_body_or_writer_label_in_sami_and_norwegian(line, field, value):
    # "Čoahkkin / Møte:" names the body that met as "Møte:" does
    found = match_label(line)
    assert found is not None and (found.field, found.value) == (field, value)


def test_the_meeting_word_in_two_languages_alone_is_no_label():
    # a heading over the page, read as its title, not as a body's label without a value
    assert match_label("Čoahkkin / Møte") is None
def test_the_label_a_line_gives_is_the_dataclass_itself():
    """``_new_label`` makes a ``Label`` without its ``__init__`` (``_match_label``'s found
    labels): equal, hashed the same, and as frozen as one made the usual way."""
    import dataclasses

    from motebok.extract.labels import Label, _new_label

    made, usual = _new_label(Field.DATE, "dato", "4. mars"), \
        Label(field=Field.DATE, label="dato", value="4. mars")
    assert made == usual and hash(made) == hash(usual) and repr(made) == repr(usual)
    assert type(made) is Label and match_label("Dato: 4. mars") == usual
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.value = "5. mars"  # type: ignore[misc]


def test_a_lines_first_word_is_read_as_with_an_optional_bullet():
    """``_FIRST_WORD`` writes its bullet as a branch with an empty side ("(?:…|)"), which
    ``re`` runs without a counted repeat: on random texts it matches what "(?:…)?" does."""
    import random
    import re

    from motebok.extract.labels import _FIRST_WORD

    optional = re.compile(r"^(?:[-*•]\s*)?([^\s:;/,]+)")
    pieces = ["-", "*", "•", " ", "\t", ":", ";", "/", ",", "Dato", "til", "stede", "ø", "x"]
    rnd = random.Random(66)
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6)))
        found, expected = _FIRST_WORD.match(text), optional.match(text)
        assert (found and (found.span(), found.groups())) == \
            (expected and (expected.span(), expected.groups())), text


@pytest.mark.parametrize("line", ["Representantar for medlemskommunane:",
                                  "Representanter fra medlemskommunene:"])
def test_the_member_municipalities_representatives_head_the_members(line):
    # (s69c) a VA operations assistance's årsmøte lists its member municipalities' people
    label = match_label(line)
    assert label is not None and label.field is Field.MEMBERS


@pytest.mark.parametrize("line", ["Frå Fiskeridirektoratet, region Sør: Mona Haugland",
                                  "Fra Kystverket region Nordland: Ola Berg"])
def test_a_state_agency_s_regional_office_heads_its_visitors(line):
    # (s70b) the office after the agency's name is still the agency's group of guests
    label = match_label(line)
    assert label is not None and label.field is Field.GUESTS


@pytest.mark.parametrize("line", ["Meld forfall: Ragnhild Tveit (Lia mållag)",
                                  "Meld fråfall: Ragnhild Tveit"])
def test_the_singular_nynorsk_notice_of_absence_is_the_absent_list(line):
    # (s70n) "Meld forfall:", as nynorsk lists set it beside "Melde forfall:"
    assert match_label(line).field is Field.ABSENT


@pytest.mark.parametrize("line", [
    "Til stede uten stemmerett: styreleder Eva Kirk og daglig leder Bjørn Tveit.",
    "Til stades utan røysterett: dagleg leiar Bjørn Tveit.",
])
def test_those_present_without_a_vote_are_guests(line):
    assert match_label(line).field is Field.GUESTS


@pytest.mark.parametrize(("line", "value"), [
    # (s72a) a writer's label ending in "av" with the name right after it, no colon
    ("Oppsummert av Marte Dale, Vestdal kommunesamarbeid, 9. juni 2026",
     "Marte Dale, Vestdal kommunesamarbeid, 9. juni 2026"),
    ("Oppsummert av Marte Dale 9. juni 2026", "Marte Dale 9. juni 2026"),
    ("Protokollen er ført av Kari Holm.", "Kari Holm."),
    # (s72q) every writer's label in "av" reads as the secretary's, in the head as at the
    # end: one list, WRITER_LABELS_AV
    ("Skrevet av Kari Holm 6. juni 2026", "Kari Holm 6. juni 2026"),
    ("Ført av Kari Holm, 6.6.2026", "Kari Holm, 6.6.2026"),
    ("Protokollført av Eli Vik 6.6.2026", "Eli Vik 6.6.2026"),
    ("Referatet er skrevet av Per Dahl.", "Per Dahl."),
])
def test_a_writers_label_ending_in_av_without_a_colon(line, value):
    label = match_label(line)
    assert (label.field, label.value) == (Field.SECRETARY, value)


@pytest.mark.parametrize("line", [
    # no name after "av": a sentence, no label
    "Oppsummert av leiaren: alle var samde.",
    "Oppsummert av Teams-notatet var alle samde om planen",
    "Ført av leiaren i tråd med vedtaket.",
    "Skrevet av styret i fellesskap",
])
def test_no_writers_label_without_a_name_after_av(line):
    label = match_label(line)
    assert label is None or label.field is not Field.SECRETARY


@pytest.mark.parametrize("line", ["Sekretær for nemnda: Jon Strand, juridisk rådgiver",
                                  "Nemndas sekretær: Jon Strand",
                                  "Sekretær for komiteen: Jon Strand"])
def test_an_appeals_boards_secretary_label(line):
    # (s74e) the committee's secretary named by the body served ("Sekretær for nemnda:")
    label = match_label(line)
    assert label.field is Field.SECRETARY and label.value.startswith("Jon Strand")


@pytest.mark.parametrize("line", ["Frå styringsgruppa:", "Fra byggekomiteen:",
                                  "Fra arbeidsutvalget: Kari Holm"])
def test_the_body_named_over_its_own_members_is_a_presence_label(line):
    # (s74f) "Frå styringsgruppa:" over its seats heads the members, as "Fra styret:" does
    label = match_label(line)
    assert label is not None and label.field is Field.PRESENT


def test_a_seat_table_under_the_bodys_own_name_lists_its_members():
    # (s74f) a nynorsk steering group's "Frå styringsgruppa:" over padded seat lines
    text = ("Referat frå styringsgruppemøte\n\nMøtedato: 24.11.2026\n\nFrå styringsgruppa:\n"
            "Leiar          Ragnhild Skarstein     Fjordvik IKS\n"
            "Medlem         Olav Tefre             Sande kommune\n\n"
            "1. Innkalling\nGodkjend.\n")
    people = parse_bytes(text.encode(), "sg.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Ragnhild Skarstein", "Fjordvik IKS", "chair"),
        ("Olav Tefre", "Sande kommune", "member")]


@pytest.mark.parametrize(("line", "field"), [
    # (s75k) a state agency's group with the verb ("Frå Kystverket møtte:") is its guests,
    # as without it; English boards' and offices' groups
    ("Frå Kystverket møtte:", Field.GUESTS),
    ("Board members present:", Field.PRESENT),
    ("Cluster management:", Field.GUESTS),
])
def test_agency_and_english_board_group_labels(line, field):
    assert match_label(line).field is field


@pytest.mark.parametrize("line", [
    # (s75m) any "Statens …" agency heads its visitors, as "Frå Statens vegvesen:" does:
    # the nature inspectorate's warden present for one case is a guest, no member
    "Frå Statens naturoppsyn: Ola Li, til stades under sak 5",
    "Fra Statens kartverk: Kari Holm",
    "Fra Statens vegvesen: Per Dahl",
])
def test_any_state_agency_named_statens_heads_guests(line):
    assert match_label(line).field is Field.GUESTS


@pytest.mark.parametrize(("line", "field"), [
    # (s76j) a partite body's sides and seats as group labels: "Frå arbeidsgjevar:" is the
    # side as "Arbeidsgjevarsida:" is; the elected side of a PSU ("Folkevalgte medlemmer:",
    # "Politisk representert:") heads its attendance; "Arbeidstakernes representanter:"
    # the unions' seats; those who always attend without a vote are guests, also when the
    # occupational health service is named with its terms in brackets
    ("Frå arbeidsgjevar: Ingrid Tveit, barnevernleiar", Field.PRESENT),
    ("Fra arbeidstakerne: Kari Holm, Fagforbundet", Field.PRESENT),
    ("Folkevalgte medlemmer:", Field.PRESENT),
    ("Politisk representert:", Field.PRESENT),
    ("Arbeidstakernes representanter:", Field.MEMBERS),
    ("Arbeidstakarane sine representantar:", Field.MEMBERS),
    ("Fast møtende uten stemmerett:", Field.GUESTS),
    ("Bedriftshelseteneste (fast møtande utan røysterett): Per Sandvik, Hardanger BHT",
     Field.GUESTS),
])
def test_partite_bodies_sides_and_seats_without_a_vote(line, field):
    assert match_label(line).field is field


def test_a_psu_whose_elected_side_opens_the_attendance():
    # (s76j) "Politisk representert:" over "Leiar Jorunn Fjeld, Sandvik kommune": the list
    # starts there, with no "Til stades:" above it
    text = ("Protokoll frå partssamansett utval\n\nMøtedato: 23. februar 2027\n\n"
            "Politisk representert:\n\nLeiar Jorunn Fjeld, Sandvik kommune\n\n"
            "Medlem Sigve Lunde, Fjellvik kommune\n\n"
            "Arbeidstakarane sine representantar:\n\nÅse Tangen, Fagforbundet\n\n"
            "PSU 01/27 Godkjenning av innkalling\n\nGodkjend.\n")
    people = parse_bytes(text.encode(), "psu.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Jorunn Fjeld", "Sandvik kommune", "chair"),
        ("Sigve Lunde", "Fjellvik kommune", "member"),
        ("Åse Tangen", "Fagforbundet", "member")]


@pytest.mark.parametrize(("text", "field"), [
    # (s76o) a members' label whose bracket says those after it stayed away: an absence
    ("Vara (møtte ikke): Jon Dal, Fagforbundet", Field.ABSENT),
    ("Varamedlemmer (forfall): Jon Dal", Field.ABSENT),
    # (a bracket of another kind is no part of the label: "Deltakere (4):")
    ("Vara (2): Jon Dal", Field.MEMBERS),
])
def test_a_members_label_with_a_bracket_saying_they_stayed_away(text, field):
    found = match_label(text)
    assert found is not None and found.field is field


@pytest.mark.parametrize("line", [
    "Ingrid Hovland:", "Håkon Fjellstad\tØstre Åsdal kommune", "Sekretariatet: Kari Holm",
    "Møtested: Rådhuset", "Møteleder: Per Lie", "Moetedato: 12.03.2026", "Fravaer: Ola Nord",
    "Dato: 4. mars", "Tid og sted: kl. 10, Rådhuset", "Tilstede: Kari Holm, Per Lie",
    "Referent Anita Strøm", "Áigi/Tid: 10.00", "Innkalt: styret", "İstanbul-gruppa møttes",
    "Fraværende med melding: Eva Li", "Forfal: Dag Olsen", "Deltakere (4): Kari, Per",
    "Presentasjonen sendes ut sammen med referatet.", "Navn", "Frå styringsgruppa:",
    "Andre møtande: Tor Dal", "Varamedlemmar som møtte: Siv Berg", "Kopi til rådmennene: alle",
])
def test_a_line_whose_first_four_letters_start_no_label_word_reads_as_before(line,
                                                                             monkeypatch):
    """``_match_label`` leaves a line whose first four characters are letters that begin
    no label's first word without matching the word: the same reading as matching it."""
    from motebok.extract import labels

    gated = labels._match_label(line)

    class Every:
        def __contains__(self, start):
            return True

    monkeypatch.setattr(labels, "_FIRST_WORD_STARTS", Every())
    assert labels._match_label(line) == gated
