"""What the head of the minutes says about the meeting: title, body, time and place."""

from __future__ import annotations

import io

import docx
import pytest

from fixtures.builders import FONT, FONT_BOLD, to_docx
from motebok.extract.header import _without_banner_word, body_and_organization, secretariat_served
from motebok.parse import parse_bytes
from motebok.vocab import ParticipantRole


def test_a_heading_sentence_gives_time_and_place():
    text = ("Protokoll fra styremøte 9. mars 2024\n\n"
            "Protokoll fra ekstraordinært styremøte 9. mars 2024 klokka 13 på Bryggeloftet "
            "i Tønsberg\n\nTilstede: Kari Holm, Ole Dahl\n\nSak 1/24 Regnskap\nGodkjent.\n")
    meeting = parse_bytes(text.encode(), "styre.txt").meeting
    assert (meeting.date, meeting.start) == ("2024-03-09", "13:00")
    assert meeting.location == "Bryggeloftet i Tønsberg"


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Nr. 41 - Referat fra 7. mars 2023", None, None),
    ("Referat nr. 6 – møte 17.11.2023", None, None),
    ("Skate-møte 23. mars 2022 – referat", "Skate", None),
    ("Faggruppe barnehage – møtenotat", "Faggruppe barnehage", None),  # a memo's word
    ("Kulturnettverket - notat", "Kulturnettverket", None),
    ("AU-møte 3. mars", "Arbeidsutvalget", None),
    ("Referat nr. 3/2024 - Styret i Nordbyen Vel", "Styret", "Nordbyen Vel"),
    ("Protokoll fra ekstraordinært styremøte 6. februar 2024", "Styret", None),
    ("Styremøte på Teams 9.11.23", "Styret", None),
    ("PROTOKOLL FRA MØTE MIDT-TROMS REGIONRÅD", "Midt-Troms regionråd", None),
    ("MØTEBOK STYREMØTE I NORGES KORFORBUND", "Styret", "Norges korforbund"),
    ("PROTOKOLL FRA STYREMØTE I FJORDKRAFT NÆRINGSHAGE AS", "Styret",
     "Fjordkraft næringshage AS"),
    # a board of a forum or a fund in capitals: the forum is the parent, not part of the body
    ("REFERAT FRA MØTE I STYRET FOR NORDBY NÆRINGSFORUM", "Styret", "Nordby næringsforum"),
    ("PROTOKOLL FRA MØTE I REPRESENTANTSKAPET FOR VESTBY NÆRINGSFOND", "Representantskapet",
     "Vestby næringsfond"),
    ("Referat fra møte i Osloregionens faggruppe areal", "Osloregionens faggruppe areal",
     "Osloregionen"),
    # the owner of "X-s møte" is the body that met
    ("PROTOKOLL FRA FELLESNEMNDAS MØTE 21. NOVEMBER 2005", "Fellesnemnda", None),
    ("Referat fra regionrådets møte 4. mars 2024", "Regionrådet", None),
    ("Referat frå styringsgruppemøte 4. mars 2024", "Styringsgruppa", None),  # nynorsk
    # any compound on a body noun names the body; weekday and abbreviated month end it
    ("Referat foreldrerådsmøte laurdag 16. aug. 2014", "Foreldrerådet", None),
    ("Referat fra samarbeidsutvalgsmøte 4. mars 2024", "Samarbeidsutvalget", None),
    ("Referat – drøftingsmøte i Solbakken kommune", "Drøftingsmøte", "Solbakken kommune"),
    ("REFERAT FRA MØTE I FROSTATING 18.06.04 I INDERØY KULTURHUS", "Frostating", None),
    ("PROTOKOLL MØTE I REGIONRÅDET NORDHORDLAND", "Regionrådet Nordhordland", None),
    ("Dagsorden møte i prosjektgruppa 16.06.17", "Prosjektgruppa", None),
    ("Møte nr. 3/2024 i Regionrådet Hallingdal", "Regionrådet Hallingdal", None),
    ("Møte 3-2024 i Nordby kontrollutval", "Nordby kontrollutval", None),  # a dash, not "/"
    # a meeting over two days: the first day goes with the second's month
    ("Referat fra styremøte i Nordby Vekst AS 3. og 4. mars 2024", "Styret", "Nordby Vekst AS"),
    ("Referat frå møte i regionrådet for Hallingdal 3.–4. mars 2024",
     "Regionrådet for Hallingdal", None),
    # a regional council is the cooperation itself; a "-regionen" is one it belongs to
    ("Referat fra møte i Regionrådet for Fosen", "Regionrådet for Fosen", None),
    ("Referat fra Regionrådet i Vestfjord", "Regionrådet i Vestfjord", None),
    ("Referat fra Regionrådet for Fjellregionen", "Regionrådet", "Fjellregionen"),
    ("Agenda for møte i Kystnettverket 3. mai 2024", "Kystnettverket", None),
    ("Referat FAU møte 22.11. 2022 kl 18.00-19.00", "FAU", None),  # an acronym, a space
    ("Referat styremøte Golia Vel 191009", "Styret", "Golia Vel"),  # a date as bare digits
    ("Referat frå møte i Samarbeidsutvalet (SU) ved Hylestad skule",
     "Samarbeidsutvalet (SU)", "Hylestad skule"),
    ("Fellesløsninger innen forskerstøtte: Referat fra møte i styringsgruppen 6. mai 2021",
     "Styringsgruppen", "Fellesløsninger innen forskerstøtte"),
    ("MØTEREFERAT! Rådmannsutvalget 30. august 2013", "Rådmannsutvalget", None),
    ("Protokoll fra styremøte i Nordvik IKS 29. mars 2017 på Klosterøya.", "Styret",
     "Nordvik IKS"),
    ("Status prosjektgruppe og prosjekteier", "Status prosjektgruppe og prosjekteier", None),
    ("PROTOKOLL FRA MØTE NORD-TROMS REGIONRÅD DA", "Nord-Troms regionråd DA", None),
    ("Protokoll frå styremøtet i Språkrådet 13. september 2007", "Styret", "Språkrådet"),
    ("REFERAT FRA MØTE I FROSTATING 06.12. 2002 PÅ STIKLESTAD KULTURSENTER, VERDAL",
     "Frostating", None),
    ("Referat nr. 5, 2017", None, None),  # only the minutes' number
    ("Referat fra Offentlig utvalg for punktskrift, OUP", "Offentlig utvalg for punktskrift",
     None),  # its own initials, not a parent
    ("SU referat 22.11.16", "SU", None),  # the document's word after the body's name
    ("Orkdalsregionens regionråd", "Orkdalsregionens regionråd", "Orkdalsregionen"),
    ("Referat fra møte i Os fjellstyre 25.02.20 kl 19.30 på fjellstyrets kontor",
     "Os fjellstyre", None),  # the day, the time and the place after the name
    ("Protokoll fra styremøtet i Vekst i Nordvik IKS 5. november 2019 klokka 8-12 på Brygga",
     "Styret", "Vekst i Nordvik IKS"),
    ("Referat fra møte i sentralt arbeidsmiljøutvalg - 3/2018", "Sentralt arbeidsmiljøutvalg",
     None),  # the meeting's number after a dash
    ("Referat - 1. møte i KommIT-rådet", "KommIT-rådet", None),  # the meeting's ordinal
    ("Referat Styremøte Nord-Fjella historielag 24. september 2013", "Styret",
     "Nord-Fjella historielag"),  # the kind of organisation in lower case after its name
    ("Referat fra konstituerende møte 15.11.17", None, None),  # no body named
    ("Referat fra møte nr. 3/19 Trafikkutvalget i Nord-Fjella", "Trafikkutvalget",
     "Nord-Fjella"),  # the region it serves, hyphenated or not (as "… i Hallingdal")
    ("Referat fra møte i Trafikkutvalget for Nord-Fjella", "Trafikkutvalget for Nord-Fjella",
     None),  # "for" a region: the region's own committee
    ("Referat fra møte i Arbeidsutvalget for Vest-Telemark", "Arbeidsutvalget", "Vest-Telemark"),
    ("Protokoll fra LAMU-møte 1/2023 fredag 16. juni 2023", "LAMU", None),  # a number after
    ("Referat fra prosjektgruppemøte, Vannområdet Nordelva", "Prosjektgruppen",
     "Vannområdet Nordelva"),  # the owner after the comma ("område" is no "råd")
    ("Referat styremøte Salten skyttersamlag på Bodø Hotell", "Styret",
     "Salten skyttersamlag"),  # the place after the organisation
    # the document's word after the body, or two of them joined by a slash
    ("VESTFJORDRÅDET MØTEBOK", "Vestfjordrådet", None),
    ("Nordvik sokneråd hovudutskrift", "Nordvik sokneråd", None),
    ("REFERAT/PROTOKOLL RÅDMANNSFORUM 15.09.2011", "Rådmannsforum", None),
    # the body, then "møte" and where it met (a place, not an owner)
    ("Referat frå Ungdomsråd møte 17. april 2015", "Ungdomsråd", None),
    ("FJELLSTYRET MØTE I ALTA 19. OKTOBER 2004", "Fjellstyret", None),
    ("Fellesnemndas møte", "Fellesnemnda", None),  # a genitive: the owner's meeting
    # a board's meeting in a body that is a board itself
    ("Referat frå styremøte i Nordvik fjellstyre", "Nordvik fjellstyre", None),
    # an all-capitals title: the name after the meeting word
    ("STYREMØTE NORDVIK SAU & GEIT", "Styret", "Nordvik Sau & Geit"),
    ("REFERAT STYREMØTE ÅSEN VEL", "Styret", "Åsen Vel"),
    ("STYREMØTE VÅREN 2023", "Styret", None),  # when, not whose
    ("STYREMØTE PÅ TEAMS", "Styret", None),
    ("Minnesnotat frå møte i styringsgruppa 3. mars 2024", "Styringsgruppa", None),  # a memo
    ("Minnesnotat frå møte 3. mars 2024", None, None),
    ("Referat/oppsummering fra møte i nettverket 3. mars 2024", "Nettverket", None),
    ("FAU-møte Solvik skole", "FAU", "Solvik skole"),  # initials joined to "møte"
    ("AU-møte Nordkyst regionråd", "Arbeidsutvalget", "Nordkyst regionråd"),
    ("Referat fra styremoete i Boevik Vel", "Styret", "Boevik Vel"),  # ASCII spelling
    # ASCII that drops the ø: "Mote", "Motereferat", "styremote"
    ("Mote i styret for Fjellby Naeringshage", "Styret", "Fjellby Naeringshage"),
    ("Motereferat fra regionradet", "Regionradet", None),
    ("Referat fra styremote i Bovik Vel", "Styret", "Bovik Vel"),
    ("Referat fra m?te i styret", "Styret", None),  # "?" for the ø an export lost
    ("Referat fra m\ufffdte i styret", "Styret", None),
    ("Protokoll – Regionrådet for Vestdal – møte 4/2024", "Regionrådet for Vestdal", None),
    ("Styret i Vestdal Vel – møte 2/2024", "Styret", "Vestdal Vel"),  # the meeting's number
    ("Referat fra regionrådsmøte i Vestdal 12. mars 2024", "Regionrådet i Vestdal", None),
    ("Referat fra regionrådsmøte i Fjellregionen", "Regionrådet", "Fjellregionen"),
    ("Referat fra møte i brukerrådet ved Bøvik helsesenter", "Brukerrådet",
     "Bøvik helsesenter"),  # the institution the council serves
    ("Referat fra driftsstyret ved Bøvik vgs", "Driftsstyret", "Bøvik vgs"),
    # a short summary: "Kort" qualifies the document, it names no body
    ("Kort referat – Regionrådet 7. februar 2024", "Regionrådet", None),
    ("Kort oppsummering fra møtet i Nettverk for folkehelse", "Nettverk for folkehelse",
     None),
    # a note app's plural before or after the body's name (OneNote, Loop)
    ("Møtenotater – Nettverk for kulturskoler", "Nettverk for kulturskoler", None),
    ("Faggruppe helse – møtenotater", "Faggruppe helse", None),
    # a meeting named by how often or what for after the dash names no body (s51j)
    ("Faggruppe landbruk Indre Sogn – månadsmøte", "Faggruppe landbruk Indre Sogn", None),
    ("Prosjektgruppe Ny skole – oppstartsmøte", "Prosjektgruppe Ny skole", None),
    # the meeting's number after a compound meeting word is no part of the company (s63e)
    ("Protokoll fra styremøte 3/2025 i Interkommunalt arkiv Vestdal IKS", "Styret",
     "Interkommunalt arkiv Vestdal IKS"),
    ("Referat fra styremøte nr. 4 i Nordby Vel", "Styret", "Nordby Vel"),
    # (s65f) a council for a named service: the service its parent, as "samarbeidsutvalget
    # for Hallingdal barnevern" (the corpus's settled reading, kept)
    ("Referat fra møte i Samarbeidsrådet for Krisesenteret i Vestfold", "Samarbeidsrådet",
     "Krisesenteret i Vestfold"),
    # (s65l) and so whether the council's name is definite or not, one word or two
    ("Referat frå administrativt samarbeidsråd for Krisesenteret i Nordfjord",
     "Administrativt samarbeidsråd", "Krisesenteret i Nordfjord"),
    ("Referat frå samarbeidsråd for PP-tenesta i Indre Sogn", "Samarbeidsråd",
     "PP-tenesta i Indre Sogn"),
    # (a steering group names its task, and stays whole)
    ("Referat – Styringsgruppa for Barnevernsamarbeidet i Midt-Agder",
     "Styringsgruppa for Barnevernsamarbeidet i Midt-Agder", None),
    # (s66f) a council's one word not in the definite form, for a service named by its
    # place and kind: read as "samarbeidsutvalget for Hallingdal barnevern" is
    ("Referat fra møte i samarbeidsutvalg for Hallingdal barnevern", "Samarbeidsutvalg",
     "Hallingdal barnevern"),
    ("Referat frå møte i samarbeidsutval for Indre Sogn legevakt", "Samarbeidsutval",
     "Indre Sogn legevakt"),
    # (but a region's own council stays whole, and so does one for a field)
    ("Referat frå møte i samarbeidsutval for Hallingdal region",
     "Samarbeidsutval for Hallingdal region", None),
    ("Referat fra møte i Samarbeidsutvalg for helse", "Samarbeidsutvalg for helse", None),
    # (s68k) a meeting word after the parent's name and a comma stands for its group, as
    # it does alone
    ("Referat – Kystsoneplan for Lofoten, plangruppemøte 2/2026", "Plangruppen",
     "Kystsoneplan for Lofoten"),
    ("Referat – Nordby vel, styremøte 3/2026", "Styret", "Nordby vel"),
    # (s74k) the body's initials in brackets before the comma that sets its parent apart,
    # and hurried notes from a channel's meeting after a dash
    ("NOTAT – møte i arbeidsutvalget (AU), Midtre Vang regionråd", "Arbeidsutvalget (AU)",
     "Midtre Vang regionråd"),
    ("Faggruppe landbruk Sogn – stikkord frå Teams-møte", "Faggruppe landbruk Sogn", None),
])
def test_body_and_organization_from_the_title(title, body, organization):
    assert body_and_organization(title) == (body, organization)


def test_next_meeting_date_wrapped_onto_the_next_line():
    text = ("Fylkesutvalget 12. mars 2024\n\nMøtet ble avsluttet kl. 15.10. Neste møte i "
            "fylkesutvalget er 9.\napril.\n\nSak 21/24 Protokoll\nVedtak:\nGodkjent.\n")
    record = parse_bytes(text.encode(), "fu.txt")
    assert record.next_meeting.date == "2024-04-09"


def test_a_sentence_about_a_new_meeting_ended_on_a_word_takes_no_date_below():
    text = ("Referat fra styremøte 3. mars 2025\n\nTil stede: Anne Lie, Jon Moe\n\n"
            "Sak 6/25 Arrangement\nSekretær kaller inn til nytt møte snarest.\n"
            "Daglig leder lager et utkast til 1. april.\n")
    record = parse_bytes(text.encode(), "st.txt")
    assert record.next_meeting.date is None

    text = ("Nordby kommune\nVår ref: 24/123\nVår dato: 15.03.2024\n\n"
            "Referat fra møte i eldrerådet\n\nMøtedato: 12.03.2024\n"
            "Til stede: Kari Holm, Per Lie\n\nSak 1/24 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "eldrerad.txt")
    assert (record.document_date, record.meeting.date) == ("2024-03-15", "2024-03-12")


def test_labels_stacked_above_their_values():
    """A two-row table read column by column: "Dato" / "Tid" / "Sted", then the values
    (below a title line, which starts no labels: the labels are looked for on)."""
    text = ("Referat fra møte i faggruppe plan\n\nDato\nTid\nSted\n12.03.2024\n10.00–12.00\n"
            "Rådhuset, møterom 2\n\nTil stede: Kari Holm, Per Lie\n\nSak 1/24 Referat\n"
            "Godkjent.\n")
    record = parse_bytes(text.encode(), "plan.txt")
    meeting = record.meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == (
        "2024-03-12", "10:00", "12:00", "Rådhuset, møterom 2")
    assert record.document_date is None


def test_a_slashed_label_over_its_values_one_a_line():
    text = ("Referat fra regionrådsmøte\n\nDato / Tid / Sted\n7. juni 2023\nkl. 09.00–12.00\n"
            "Vestvik rådhus, formannskapssalen\n\nTil stede: Kari Holm, Per Lie\n\n"
            "Sak 12/23 Referat\nGodkjent.\n")
    meeting = parse_bytes(text.encode(), "rr.txt").meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == (
        "2023-06-07", "09:00", "12:00", "Vestvik rådhus, formannskapssalen")


@pytest.mark.parametrize("letterhead", ["Regionrådet Vest", "Regionrådet Nord-Gudbrandsdal"])
def test_a_council_named_by_its_region_on_a_letterhead_is_the_body_of_its_statement(letterhead):
    # a statement the council adopted, on its own letterhead: no other body is named, and
    # a council is itself a body that meets ("Vest regionråd" is read so already)
    text = (f"{letterhead}\nArkivsak: 25/3\n\nUttalelse – ny fylkesveg\n\n"
            f"Regionrådet støtter planen.\n\nVedtatt i {letterhead} 7. mars 2025.\n")
    record = parse_bytes(text.encode(), "uttalelse.txt")
    assert (record.kind, record.body, record.organization) == ("other", letterhead, None)


@pytest.mark.parametrize(("above", "body", "organization"), [
    # an adjective before the group word, and the region it serves after a dash
    ("Fylkeskommunalt nettverk for folkehelse – Søndre Vidda", "Fylkeskommunalt nettverk for "
     "folkehelse", "Søndre Vidda"),
    ("Regionalt nettverk for kulturskoler", "Regionalt nettverk for kulturskoler", None),
    # the adjective before a compound of the group word
    ("Regionalt næringsnettverk Vestdal", "Regionalt næringsnettverk Vestdal", None),
])
def test_a_network_named_above_a_generic_title_is_the_body(above, body, organization):
    text = (f"{above}\n\nReferat fra nettverksmøte\n\nDato: 7. november 2023\n\n"
            "Deltakere: Kari Holm, Ole Dahl\n\nI. Åpning\nDagsorden ble godkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == (body, organization)


def test_a_network_named_under_a_generic_title_with_an_adjective_before_its_compound():
    text = ("Referat fra nettverksmøte\n\nRegionalt næringsnettverk Vestdal\n\n"
            "Dato: 7. november 2023\n\nDeltakere: Kari Holm, Ole Dahl\n\n"
            "1. Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.body == "Regionalt næringsnettverk Vestdal"


@pytest.mark.parametrize(("first", "under", "body", "organization"), [
    # a county's or a kommune's template beside the bare title, the group named under it
    ("Vestdal fylkeskommune\tReferat", "Klimanettverket i Vestdal", "Klimanettverket i Vestdal",
     "Vestdal fylkeskommune"),
    ("Nordby kommune\tReferat", "Faggruppe helse", "Faggruppe helse", "Nordby kommune"),
])
def test_a_group_named_under_a_municipality_s_template_row_is_the_body(first, under, body,
                                                                       organization):
    text = (f"{first}\n\n{under}\n\nDato: 12. juni 2025\n\nTil stede: Kari Ness, Odd Bø\n\n"
            "1. Velkommen\nGodkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == (body, organization)


def test_a_sentence_opening_with_the_council_s_word_is_no_letterhead():
    text = ("Regionrådet Vedtok å støtte planen\n\nUttalelse – ny fylkesveg\n\n"
            "Regionrådet støtter planen.\n")
    assert parse_bytes(text.encode(), "uttalelse.txt").body != "Regionrådet Vedtok"


def test_an_iks_letterhead_names_the_organisation():
    text = ("Vestdal IKS\nReferat fra styremøte 4. mars 2024\n\nTil stede: Kari Holm, Ole Dahl"
            "\n\nSak 1/24 Regnskap\nGodkjent.\n")
    assert parse_bytes(text.encode(), "styre.txt").organization == "Vestdal IKS"


@pytest.mark.parametrize(("above", "title", "body", "organization"), [
    ("Fjordvik Vel", "REFERAT FRA STYREMØTE", "Styret", "Fjordvik Vel"),
    ("Havbygd Idrettslag", "Protokoll fra årsmøte", "Årsmøtet", "Havbygd Idrettslag"),
    ("Sørbygda IL", "Referat fra styremøte", "Styret", "Sørbygda IL"),
    # the letterhead's address, organisation number, phone and web lines are passed over
    ("Sørdal Skiklubb\nPostboks 12, 7100 Sørdal\nOrg.nr. 987 654 321\nTlf. 73 12 34 56\n"
     "post@sordalski.no\nwww.sordalski.no", "Referat fra styremøte", "Styret",
     "Sørdal Skiklubb"),
    # a person's name, or a name that is no kind of organisation, names no parent
    ("Kari Holm", "Referat fra styremøte", "Styret", None),
    ("Nordby FAU", "Referat", "Nordby FAU", None),
    ("Til medlemmene i Fjordvik Vel", "Referat fra styremøte", "Styret", None),  # addressees
    # the letter's place and date between them is passed over too
    ("Fjordvik Vel\nFjordvik, 15. mars 2023", "Referat fra styremøte", "Styret", "Fjordvik Vel"),
    # a school over its parents' committee, the initials as written
    ("Nordby skole\nFAU", "Referat", "FAU", "Nordby skole"),
    # the club over its board over the title
    ("Fjordvik Vel\nStyret", "Referat fra møte 14. mars 2023", "Styret", "Fjordvik Vel"),
    ("Fjordvik Vel\nStyret", "Referat", "Styret", "Fjordvik Vel"),
    # (s71e) a career centre's partnership group under the centre's name
    ("Karriere Sogn og Fjordane\nPartnarskapsgruppa", "MØTEREFERAT", "Partnarskapsgruppa",
     "Karriere Sogn og Fjordane"),
    ("Karriere Vestland\nPartnerskapsgruppen", "Referat", "Partnerskapsgruppen",
     "Karriere Vestland"),
])
def test_a_club_named_above_the_title_is_the_parent_of_its_board(above, title, body,
                                                                organization):
    text = (f"{above}\n\n{title}\n\nDato: 14. mars 2023\nSted: Grendehuset\n\n"
            "Til stede: Kari Holm (leder), Per Lie\n\nSak 1/23 Regnskap\nGodkjent.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert (record.title, record.body, record.organization) == (title, body, organization)


@pytest.mark.parametrize(("title", "below", "organization"), [
    ("Referat fra styremøte", "Fjordvik Vel", "Fjordvik Vel"),
    ("Styremøte", "Havbygd Ungdomslag", "Havbygd Ungdomslag"),
    # a school or a community centre under the title may be where the board met
    ("Referat fra styremøte", "Nordby skole", None),
])
def test_a_club_named_under_a_boards_title_is_its_parent(title, below, organization):
    text = (f"{title}\n{below}\n\nDato: 14. mars 2023\n\n"
            "Til stede: Kari Holm (leder), Per Lie\n\nSak 1/23 Regnskap\nGodkjent.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert (record.body, record.organization) == ("Styret", organization)


@pytest.mark.parametrize(("line", "body", "organization"), [
    ("Sørbygda Idrettslag – Styret", "Styret", "Sørbygda Idrettslag"),  # club – board
    ("STYRET I FJORDVIK VEL", "Styret", "Fjordvik vel"),  # in capitals, as a title's name
    ("ÅRSMØTET FOR NORDBY IDRETTSLAG", "Årsmøtet", "Nordby idrettslag"),
    ("STYRET I SMART REGION", "Styret i smart region", None),  # no kind of association
    # "the parents'" is a plural noun, no parent organisation; the school is
    ("Foreldrenes arbeidsutvalg (FAU) ved Nordby skole", "Foreldrenes arbeidsutvalg (FAU)",
     "Nordby skole"),
    ("FAU", "FAU", None),  # initials are not lower-cased
    # a club, then its meeting after a dash or a colon
    ("Fjordvik Vel – styremøte 14. mars 2023", "Styret", "Fjordvik Vel"),
    ("Nordby Sanitetsforening: Styremøte 4. mai", "Styret", "Nordby Sanitetsforening"),
    ("Havbygd IL – årsmøte 2024", "Årsmøtet", "Havbygd IL"),
    ("Kari Holm – styremøte", "Kari Holm – styremøte", None),  # a person is no club
    ("Styremøte nr. 4 2024 – Havbygd IL", "Styret", "Havbygd IL"),  # a numbered meeting
    # the club after the meeting's date; a place there is none
    ("Referat styremøte 14.03.2024 Nordby Sanitetsforening", "Styret",
     "Nordby Sanitetsforening"),
    ("Referat fra styremøte 4. mars 2024 Grendehuset", "Styret", None),
    # … after "i" too; a town alone there is where it met
    ("Referat fra styremøte 3. mars 2026 i Vik IL", "Styret", "Vik IL"),
    ("Referat fra styremøte 3. mars 2026 i Vik", "Styret", None),
    # a council's board: the council after a comma is its parent, as after "i"
    ("REFERAT FRA STYREMØTE, NORDDAL REGIONRÅD", "Styret", "Norddal regionråd"),
    ("Referat fra AU-møte, Norddal regionråd", "Arbeidsutvalget", "Norddal regionråd"),
    ("Referat fra styremøte, Røldal fjellstyre", "Røldal fjellstyre", None),  # its own board
    # a group named by its project: the project is no parent organisation
    ("Styringsgruppemøte prosjekt Ny skole", "Styringsgruppen prosjekt Ny skole", None),
])
def test_a_board_line_names_its_club(line, body, organization):
    assert body_and_organization(line) == (body, organization)


@pytest.mark.parametrize(("letterhead", "title", "body", "organization"), [
    ("Regionrådet for Kystregionen", "Protokoll fra møte i arbeidsutvalget",
     "Arbeidsutvalget", "Regionrådet for Kystregionen"),
    ("Fjordbygd interkommunale samarbeid", "Referat fra møte i faggruppe for helse",
     "Faggruppe for helse", "Fjordbygd interkommunale samarbeid"),
    ("Interkommunalt politisk råd for Dalane", "Referat fra møte i arbeidsutvalget",
     "Arbeidsutvalget", "Interkommunalt politisk råd for Dalane"),
    # (s61a) a cooperation in one field, by a compound of "samarbeid" after its region
    ("Nordby innkjøpssamarbeid", "Referat fra møte i prosjektgruppen",
     "Prosjektgruppen", "Nordby innkjøpssamarbeid"),
    ("Vestdal IKT-samarbeid", "Referat fra møte i faggruppe for arkiv",
     "Faggruppe for arkiv", "Vestdal IKT-samarbeid"),
    # the cooperation is the body that met: no parent of its own
    ("Regionrådet for Kystregionen", "Protokoll fra møte i regionrådet", "Regionrådet", None),
])
def test_a_cooperations_letterhead_is_the_parent_of_its_own_groups(letterhead, title, body,
                                                                 organization):
    text = (f"{letterhead}\n\n{title}\n\nDato: 4. mars 2024\n\n"
            "Til stede: Kari Holm, Ole Dahl\n\nSak 1/24 Regnskap\nGodkjent.\n")
    record = parse_bytes(text.encode(), "au.txt")
    assert (record.body, record.organization) == (body, organization)


@pytest.mark.parametrize("body", ["Regionrådet for Valdres", "Regionrådet i Valdres"])
def test_a_council_named_by_its_region_first_and_last_is_one_body(body):
    text = (f"Valdres regionråd\n\nMØTEPROTOKOLL\n\nUtvalg: {body}\nMøtedato: 05.03.2024\n\n"
            "Til stede: Kari Holm, Ole Dahl\n\nPS 1/24 Regnskap\nGodkjent.\n")
    record = parse_bytes(text.encode(), "p.txt")
    assert (record.body, record.organization) == (body, None)


@pytest.mark.parametrize(("letterhead", "organization"), [
    ("", None), ("Kongsbergregionen\n\n", "Kongsbergregionen")])
def test_a_bare_regionradet_under_a_case_system_s_title_is_the_body_that_met(letterhead,
                                                                          organization):
    # (the title is no region over a letterhead's "Regionrådet", and the cooperation's
    # name above it is the parent)
    text = (f"{letterhead}MØTEPROTOKOLL\n\nRegionrådet\nDato: 19.02.2024 kl. 09:00\n"
            "Til stede: Kari Holm, Ole Dahl\n\nSaksnr.: 1/24 Regnskap\nGodkjent.\n")
    record = parse_bytes(text.encode(), "p.txt")
    assert (record.title, record.body, record.organization) == (
        "MØTEPROTOKOLL", "Regionrådet", organization)


@pytest.mark.parametrize(("title", "subtitle", "organization"), [
    ("REFERAT FRA MØTE I ARBEIDSUTVALGET", "Kystregionen interkommunale politiske råd",
     "Kystregionen interkommunale politiske råd"),
    ("Referat fra møte i arbeidsutvalget", "Regionrådet for Kystregionen",
     "Regionrådet for Kystregionen"),
    # a field's cooperation by one word, then its region
    ("Protokoll – styringsgruppemøte", "Barnevernsamarbeidet i Lister",
     "Barnevernsamarbeidet i Lister"),
    ("Referat fra styringsgruppemøte", "Legevaktsamarbeidet Midt-Troms",
     "Legevaktsamarbeidet Midt-Troms"),
])
def test_a_cooperation_named_under_the_title_is_the_parent_of_its_group(title, subtitle,
                                                                        organization):
    text = (f"{title}\n{subtitle}\n\nMøtedato: 4. oktober 2023\n\n"
            "Til stede: Kari Holm, Ole Dahl\n\nSak 25/23 Høring\nDrøftet.\n")
    assert parse_bytes(text.encode(), "au.txt").organization == organization


def test_a_samarbeidsforum_under_a_council_s_letterhead_is_a_body_of_the_council():
    # "samarbeid" in the forum's compound name does not make the title name the
    # cooperation itself: the council on the letterhead is the forum's parent
    text = ("Nordfjella interkommunale politiske råd\n\n"
            "REFERAT FRÅ SAMARBEIDSFORUM FOR REISELIV\n\nDato: 16. november 2023\n\n"
            "Til stades: Kari Holm, Ole Dahl\n\nSak 12/23 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "forum.txt")
    assert (record.body, record.organization) == (
        "Samarbeidsforum for reiseliv", "Nordfjella interkommunale politiske råd")


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Fagpolitisk utvalg for kultur – Østlandet", "Fagpolitisk utvalg for kultur", "Østlandet"),
    ("Faggruppe folkehelse – Vestfoldkommunene", "Faggruppe folkehelse", "Vestfoldkommunene"),
    # a dash before a region with no body is no pair of body and parent
    ("Høring – Innlandet", "Høring – Innlandet", None),
])
def test_a_region_after_the_body_and_a_dash_is_whom_it_serves(title, body, organization):
    assert body_and_organization(title) == (body, organization)


def test_a_meeting_number_is_no_body():
    text = ("PROTOKOLL\n\nMøte: 6/2014\nTid: 7. november 2014\n\nTil stede: Kari Holm, Ola Dahl"
            "\n\nSak 1/14 Regnskap\nGodkjent.\n")
    assert parse_bytes(text.encode(), "p.txt").body is None


def test_an_all_capitals_title_wrapped_before_og():
    text = ("REFERAT FRA FELLESMØTE MED HOVEDUTVALGET FOR HELSE\nOG ELDRERÅDET\n\n"
            "Tilstede: Kari Holm, Ola Dahl\n\nSak 1/24 Regnskap\nGodkjent.\n")
    assert parse_bytes(text.encode(), "p.txt").title == (
        "REFERAT FRA FELLESMØTE MED HOVEDUTVALGET FOR HELSE OG ELDRERÅDET")


def test_a_head_sentence_wrapped_onto_the_next_line():
    text = ("Referat 3. mars 2024\n\nFrå skulen møtte rektor Eli Dahl og inspektør Odd\n"
            "Lie.\n\nSak 1 Budsjett\nGodkjent.\n")
    people = parse_bytes(text.encode(), "p.txt").participants
    assert [p.name for p in people] == ["Eli Dahl", "Odd Lie"]


def test_a_job_after_a_dash_is_no_organisation():
    text = ("Referat fra FAU 12.11.2024\n\n## Til stede\n- Kari Holm\n- Siri Vik – rektor\n"
            "- Per Dahl – leder – Nordby skole\n\nSak 1 Budsjett\nGodkjent.\n")
    people = parse_bytes(text.encode(), "p.md").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Kari Holm", None, ParticipantRole.MEMBER), ("Siri Vik", None, ParticipantRole.GUEST),
        ("Per Dahl", "Nordby skole", ParticipantRole.CHAIR)]  # (the principal at the FAU
    # is the school's guest)


def test_the_end_without_a_start_and_another_meetings_time_in_the_first_item():
    text = ("Referat fra FAU-møtet 9. oktober 2024\n\nTilstede: Kari Holm, Ola Dahl\n\n"
            "Sak 1/24 Konstituering\nFAU kaller inn til nytt møte 16. oktober 2024 kl. 18.00."
            "\n\nMøtet slutt 19.40\n")
    record = parse_bytes(text.encode(), "fau.txt")
    assert (record.meeting.date, record.meeting.start, record.meeting.end) == (
        "2024-10-09", None, "19:40")
    assert (record.next_meeting.date, record.next_meeting.start) == ("2024-10-16", "18:00")
    assert record.items[0].text.endswith("kl. 18.00.")  # "Møtet slutt" ends the item


def test_minutes_typed_line_by_line_are_no_slide_deck():
    text = ("Styremøte\nDato: 4. mars 2024, kl 10:00-12:00\nSted: Rådhuset\nDeltakere:\n"
            "Kari Holm (leder)\nOla Dahl\nPer Bø (referent)\nIkke til stede: Siv Lie\n\n"
            "Agenda\n1. Budsjett\n2. Eventuelt\n\n1. Budsjett\nBudsjettet ble vedtatt. Kari "
            "følger opp med kommunen innen 15. mars.\n\n2. Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert record.kind == "minutes"
    assert [(p.name, p.role) for p in record.participants] == [
        ("Kari Holm", "chair"), ("Ola Dahl", "member"), ("Per Bø", "secretary"),
        ("Siv Lie", "member")]
    assert record.items[0].actions[0].due == "2024-03-15"


def test_the_start_and_place_from_when_the_meeting_was_opened():
    text = ("Referat fra styremøte 4. mars 2024\n\nTil stede: Kari Holm, Ola Dahl\n\n"
            "Møtet ble satt kl. 10.00 på Rådhuset.\n\nSak 1/24 Plan\nGodkjent.\n\n"
            "Møtet ble hevet kl. 12.15.\n")
    meeting = parse_bytes(text.encode(), "styre.txt").meeting
    assert (meeting.start, meeting.end, meeting.location) == ("10:00", "12:15", "Rådhuset")


def test_a_meeting_line_with_its_number_date_time_and_place():
    text = ("Referat\n\nRegionrådet i Vestfjord\nMøte 2/2024, torsdag 18. april kl. 10–14, "
            "Kulturhuset\n\nTilstede: Kari Holm, Ola Dahl\n\n1) Budsjett\nVedtatt.\n")
    meeting = parse_bytes(text.encode(), "r.txt").meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == (
        "2024-04-18", "10:00", "14:00", "Kulturhuset")


def test_the_next_meeting_written_day_slash_month():
    text = ("Referat fra møte i Kystnettverket\n\nDato: torsdag 14/3-24\nTid: kl 0900-1130\n\n"
            "Til stede: Kari Holm, Ola Dahl\n\nPunkt 1: Neste møte\nNeste møte blir 25/4 "
            "kl 0900 i Havnehuset.\n")
    record = parse_bytes(text.encode(), "k.txt")
    assert (record.meeting.date, record.meeting.start, record.meeting.end) == (
        "2024-03-14", "09:00", "11:30")
    assert (record.next_meeting.date, record.next_meeting.start) == ("2024-04-25", "09:00")


def test_a_second_title_line_gives_the_day_the_parent_and_the_place():
    text = ("Protokoll fra styremøte\n\n"
            "Protokoll fra styremøte i Nordvik IKS 29. mars 2017 på Klosterøya.\n\n"
            "Til stede: Kari Holm, Ole Dahl\n\nSak 1/17 Regnskap\nGodkjent.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert (record.body, record.organization) == ("Styret", "Nordvik IKS")
    assert (record.meeting.date, record.meeting.location) == ("2017-03-29", "Klosterøya")


def test_a_one_word_body_above_a_letterhead_and_two_times_without_a_dash():
    text = ("Kontrollutvalget\nNordvik fylkeskommune\n\nMØTEPROTOKOLL\n\n"
            "Møtedato: 09. februar 2004\nTid: 11:00 14:15\n\n"
            "Møtende medlemmer:\nInge Staldvik (SV)\nIngvild Kjerkol (Ap)\n\n"
            "Sak 1/04 Regnskap\nGodkjent.\n")
    record = parse_bytes(text.encode(), "ku.txt")
    assert (record.body, record.organization) == ("Kontrollutvalget", "Nordvik fylkeskommune")
    assert (record.meeting.start, record.meeting.end) == ("11:00", "14:15")


def test_a_web_pages_stamp_is_no_meeting_date_and_a_place_date_line_signs():
    text = ("Referat styremøte\n\nTilstede: Kari Holm, Ole Dahl\n\n"
            "Sak 1 Regnskap\nRegnskapet ble godkjent.\n\n"
            "Båsløkka 13. 3. 2014\nKari Holm\n\n"
            "Publisert 24. apr. 2019 10:46 - Sist endret 7. feb. 2020 17:14\n")
    record = parse_bytes(text.encode(), "web.txt")
    assert record.document_date == "2014-03-13"
    assert record.meeting.start is None


@pytest.mark.parametrize(("stamp", "day", "published", "meeting"), [
    ("Publisert 5. oktober 2024", "tirsdag 1. oktober", "2024-10-05", "2024-10-01"),
    ("Publisert: 05.10.2024", "1. oktober", "2024-10-05", "2024-10-01"),
    ("Publisert 8. januar 2025", "torsdag 12. desember", "2025-01-08", "2024-12-12"),  # year before
    ("Sist endret 5. oktober 2024", "1. oktober", None, None),  # an edit, not the post's date
    # a blog's own words for it (WordPress in Norwegian): the day the post was put up
    ("Postet den 5. oktober 2024 av Kari Holm", "1. oktober", "2024-10-05", "2024-10-01"),
])
def test_a_web_posts_publication_date_is_its_own_date_and_the_meetings_year(
        stamp, day, published, meeting):
    head = (f"Referat fra styremøte i Nordby Vel\n\n{stamp}\n\n"
            f"Styret møttes {day} kl. 19.00 på Grendehuset.\n\n")
    rest = ("Til stede: Ola Nordmann (leder), Kari Holm\n\n"
            "Sak 1 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    # the stamp under the heading, or below the text as many web pages put it
    for text in (head + rest, head.replace(stamp, "") + rest + f"\n{stamp}\n"):
        record = parse_bytes(text.encode(), "post.txt")
        assert (record.document_date, record.meeting.date) == (published, meeting)


def test_a_head_sentence_says_where_and_when_the_body_met():
    text = ("REFERAT\n\nDet ble avholdt møte i Nordkyst Regionråd i Vardø den 11. nov. 2004.\n\n"
            "Følgende møtte:\nKari Holm Vardø kommune (leder)\nOla Dahl Vadsø kommune\n\n"
            "Sak 1: Koordinator\nSaken ble utsatt.\n")
    record = parse_bytes(text.encode(), "rr.txt")
    assert (record.body, record.meeting.date, record.meeting.location) == (
        "Nordkyst Regionråd", "2004-11-11", "Vardø")
    assert [(p.name, p.organization, p.role) for p in record.participants] == [
        ("Kari Holm", "Vardø kommune", "chair"), ("Ola Dahl", "Vadsø kommune", "member")]


def test_an_iks_protocol_names_the_room_between_the_day_and_the_hours():
    """ "Det ble avholdt ordinært møte i representantskapet i X IKS 22. april 2026 i
    Storsalen, Brekke rådhus, kl. 10.00–12.30.": the room after the day is the place."""
    text = ("Protokoll Representantskapet 22. april 2026\n\n"
            "Det ble avholdt ordinært møte i representantskapet i Fjellvann IKS 22. april 2026 "
            "i Storsalen, Brekke rådhus, kl. 10.00-12.30.\n\n"
            "Følgende representanter møtte:\n\nFor Brekke kommune: Astrid Lunde og Kåre Midtbø\n\n"
            "Sak 1\t\tGodkjenning av innkalling\n\nInnkallingen ble enstemmig godkjent.\n")
    meeting = parse_bytes(text.encode(), "iks.txt").meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == (
        "2026-04-22", "10:00", "12:30", "Storsalen, Brekke rådhus")


@pytest.mark.parametrize(("head", "start", "location"), [
    ("Torsdag 6. oktober 2016 kl. 1800 blei det avholdt styremøte på Kyrkjestugu.",
     "18:00", "Kyrkjestugu"),
    ("Møtet var halde heime hos Grete Ringset den 10. september 2013. Møtestart kl 20.00.",
     "20:00", "heime hos Grete Ringset den 10"),
    ("Møtet ble avholdt som telefonmøte 4. oktober 2017 kl. 19.15.", "19:15", "telefonmøte"),
    ("Tysdag 25. april 2017 kl. 19.00.\n\nØrskoghallen", "19:00", "Ørskoghallen"),
])
def test_where_a_sentence_or_a_lone_line_says_the_meeting_was(head, start, location):
    text = (f"Styremøte\n\n{head}\n\nTil stades: Kari Holm, Ola Dahl\n\n"
            "Sak 1: Rekneskap\nRekneskapen vart godkjend.\n")
    meeting = parse_bytes(text.encode(), "styre.txt").meeting
    assert (meeting.start, meeting.location) == (start, location)


def test_the_day_without_a_year_takes_it_from_the_same_day_in_the_title():
    text = ("Styremøte 26. mars 2023\n\nTid: 26. mars kl. 10.30 til 11.00\n"
            "Til stades: Kari Holm, Ola Dahl\n\n1. Konstituering\nSom framlagt.\n\n"
            "2. varamann: Per Bø\n\n3. Kurs\nVedtak: Som framlegg.\n\n"
            "Møtet slutt kl. 1100\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert (record.meeting.date, record.meeting.end) == ("2023-03-26", "11:00")
    assert [i.number for i in record.items] == ["1", "3"]  # "2. varamann: …" is a seat


def test_a_weekday_gives_no_year_and_a_year_in_the_title_does():
    guessed = parse_bytes("Styremøte i Bygdelaget måndag 23.febr. kl. 19.30 på skulen.\n\n"
                          "Dei som møtte var: Arjen Stolk og Gerd Haugen.\n\n"
                          "Sak 1.Gjennomgang av rekneskapen\nGodkjend.\n".encode(), "b.txt")
    assert (guessed.title, guessed.body, guessed.organization) == (
        "Styremøte i Bygdelaget måndag 23.febr. kl. 19.30 på skulen.", "Styret", "Bygdelaget")
    assert guessed.meeting.date is None  # a Monday 23 February comes every few years
    assert [(i.number, i.title) for i in guessed.items] == [("1", "Gjennomgang av rekneskapen")]
    assert [p.name for p in guessed.participants] == ["Arjen Stolk", "Gerd Haugen"]
    dated = parse_bytes("Referat fra møte nr.2 om folkehelse 2026\n\n"
                        "Møtet var på Rådhuset onsdag 10.5 kl. 1400-1500.\n\n"
                        "Tilstede: Solveig, Linn M., Annie, Haavard og Jan Ingvar.\n"
                        "Frida hadde meldt forfall.\n\n1. Status\nVi gikk gjennom status.\n"
                        .encode(), "f.txt")
    assert (dated.meeting.date, dated.meeting.location) == ("2026-05-10", "Rådhuset")
    assert [(p.name, p.attendance) for p in dated.participants] == [
        ("Solveig", "present"), ("Linn M.", "present"), ("Annie", "present"),
        ("Haavard", "present"), ("Jan Ingvar", "present"), ("Frida", "absent")]


@pytest.mark.parametrize(("said", "date"), [
    ("Første møte i 2027 er 20. januar.", "2027-01-20"),
    ("Rådets møter høsten 2026 legges til:\n\n  • 17. oktober\n  • 14. november",
     "2026-10-17"),
    ("Forrige: 27. mai 2026 (Skype)\nNeste: 2. juli 2026 (Oslo)", "2026-07-02"),  # a list
    # a plan on one line: the first of its dates after this meeting, in whatever order
    ("Møteplan for høsten: 5.9., 10.10. og 14.11.", "2026-09-05"),
    ("Kommende møtedatoer: 14. november, 12. desember og 16. januar.", "2026-11-14"),
    ("Møteplan: 16.1.2027, 14.11.2026 og 12.12.2026.", "2026-11-14"),
    # "we meet again": the body's own next meeting (not another group's)
    ("Vi møtes igjen tirsdag 8. september kl. 10.", "2026-09-08"),
    ("Vi møtast att 8. september på Rådhuset.", "2026-09-08"),
    ("Arbeidsgruppa møtes igjen 8. september.", None),
])
def test_the_next_meeting_said_in_other_words(said, date):
    text = ("Referat fra møte i brukerrådet 13. juni 2026\n\nTil stede: Kari Holm, Ola Dahl\n\n"
            f"1. Godkjenning\nReferatet ble godkjent.\n\n2. Møter\n{said}\n")
    assert parse_bytes(text.encode(), "b.txt").next_meeting.date == date


@pytest.mark.parametrize(("said", "date"), [
    ("Neste: Styremøte tirsdag 23. april", "2024-04-23"),  # the meeting named after "Neste:"
    ("Neste: møte 23. april kl. 18", "2024-04-23"),
    ("Neste: torsdag 23. mai", "2024-05-23"),
])
def test_a_next_label_before_a_meeting_or_a_weekday_and_a_place_label_without_colon(
        said, date):
    text = ("Referat fra styremøte i Nordby Vel\n\nDato: 14.03.2024\nSted digitalt\n\n"
            "Til stede: Ola Nordmann (leder), Kari Holm\n\n"
            f"Sak 1 Godkjenning av innkalling\nInnkallingen ble godkjent.\n\n{said}\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert (record.meeting.location, record.next_meeting.date) == ("digitalt", date)
    if "møte" in said:  # a label's form, like "Neste møte:": the record's, not the item's
        assert record.items[0].text == "Innkallingen ble godkjent."


def test_the_next_meetings_place_after_a_label():
    text = ("Referat fra møte i AU 7. november 2023\n\nTil stede: Kari Holm, Ola Dahl\n\n"
            "Sak 1/23 Eventuelt\nNeste møte vert 9. januar, stad: Fylkeshuset.\n")
    upcoming = parse_bytes(text.encode(), "au.txt").next_meeting
    assert (upcoming.date, upcoming.location) == ("2024-01-09", "Fylkeshuset")


@pytest.mark.parametrize(("said", "location"), [
    ("Neste møte: 14. mai 2025 kl. 10.00, Lunde rådhus", "Lunde rådhus"),
    ("Neste møte blir 14. mai kl. 10 på Lunde kulturhus.", "Lunde kulturhus"),
    ("Neste møte 14. mai på Rådhuset i Dalen.", "Rådhuset i Dalen"),
    ("Neste møte: 14. mai, Dalen.", "Dalen"),
    ("Neste møte: 14. mai, Kari Holm kaller inn.", None),  # who calls it, not where
    ("Neste møte blir avholdt i Lunde 14. mai.", "Lunde"),  # the place before the day
    ("Neste møte i Regionrådet blir 14. mai.", None),  # the body, not a place
    ("Neste møte: 14. mai hos Lunde kommune", "hos Lunde kommune"),  # the host
    ("Neste møte: 14. mai hos Per.", "hos Per"),
    ("Neste styremøte: 14. mai hjå Per.", "hjå Per"),  # nynorsk
    ("Neste møte: 14. mai kl. 19 på lærerværelset.", "lærerværelset"),  # in lower case
    ("Neste møte 14. mai i forkant av årsmøtet.", None),
    ("Neste møte: 14. mai – fysisk møte i Lunde", "Lunde"),  # where the meeting in person is
    ("Neste møte: 14. mai, fysisk møte", "fysisk møte"),
    ("Neste møte vert 14. mai klokka 10 i kommunestyresalen.", "kommunestyresalen"),
    ("Neste møte: 14. mai kl. 10 i møterom Fjorden, rådhuset", "møterom Fjorden, rådhuset"),
    ("Neste møte vert 14. mai på rådhuset i Åsen.", "rådhuset i Åsen"),  # and its town
    ("Neste møte holdes 14. mai kl 12 i Storsalen, Rådhuset.", "Storsalen, Rådhuset"),
    # the town after the hotel, ending the sentence
    ("Neste møte: 14. mai kl. 10 på Scandic Sunnfjord Hotel, Førde.",
     "Scandic Sunnfjord Hotel, Førde"),
    # the hours from one time to the other before the place
    ("Neste møte er satt til 14. mai fra kl. 09.00 til 15.00 på Quality Hotel Alexandra, Molde.",
     "Quality Hotel Alexandra, Molde"),
    ("Neste møte: 14. mai kl. 10 til 12 i Rådhuset.", "Rådhuset"),
    # a building or room in lower case after the comma, with its town or floor
    ("Neste møte: 14. mai kl. 10, rådhuset i Nordby", "rådhuset i Nordby"),
    ("Neste møte blir 14. mai kl. 10, møterommet i 2. etg.", "møterommet i 2. etg."),
    ("Neste møte: 14. mai kl. 10, se innkalling.", None),
])
def test_the_next_meetings_place_after_a_comma_or_with_its_building(said, location):
    text = ("Referat fra styremøte 12. mars 2025\n\nTil stede: Kari Holm, Ola Dahl\n\n"
            f"Sak 1/25 Eventuelt\n{said}\n")
    assert parse_bytes(text.encode(), "s.txt").next_meeting.location == location


@pytest.mark.parametrize(("title", "location"), [
    ("Protokoll fra møte i Midtdalen regionråd 12. mars 2024 på Dalheim hotell", "Dalheim hotell"),
    ("Referat fra styremøte 12. mars 2024, Rådhuset i Dalheim", "Rådhuset i Dalheim"),
    ("Referat fra styremøte 12. mars 2024, kl. 10", None),
])
def test_the_place_after_the_year_in_the_title(title, location):
    text = f"{title}\n\nTil stede: Kari Holm, Ola Dahl\n\nSak 1/24 Godkjenning\nGodkjent.\n"
    assert parse_bytes(text.encode(), "t.txt").meeting.location == location


def test_the_place_under_a_title_in_capitals_is_no_part_of_it():
    text = ("PROTOKOLL FRA REGIONTING I NORDKYST REGIONRÅD\npå Fjordhotellet, Havvik\n"
            "fredag 6. desember 2024 kl. 09.30\nTil stede: Kari Holm, Ola Dahl\n\n"
            "Sak 1/24 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "regionting.txt")
    assert record.title == "PROTOKOLL FRA REGIONTING I NORDKYST REGIONRÅD"
    assert (record.body, record.organization) == ("Regionting", "Nordkyst regionråd")
    assert record.meeting.location == "Fjordhotellet, Havvik"


def test_an_agenda_under_who_came_is_part_of_minutes():
    text = ("Møte i næringsforum 2. september 2025\n\n"
            "Desse deltok i møtet: Kari Holm (møteleiar), Ola Dahl, Siv Lie (referent)\n\n"
            "Dagsorden:\n\n• Orientering om fiskeriet\n• Varamedlemmer\n\n"
            "Forumet drøfta saka.\n")
    assert parse_bytes(text.encode(), "forum.txt").kind == "minutes"


@pytest.mark.parametrize("head", [
    "Deltakere: Kari Holm, Ola Dahl\nDagsorden:",  # "Deltakere" is no word of who came
    "Kari Holm, Ola Dahl\nSaksliste",
    "Agenda:",
])
def test_minutes_under_an_agenda_word_whose_body_decides_keep_their_decisions(head):
    # the body deciding in the past tense ("vedtok", "godkjente", "slutta seg til") says
    # the meeting was held: minutes, not a summons (which would record no decisions)
    text = (f"Styremøte i Havvik vel 12.03.2024\n{head}\n\nSak 1/24 Budsjett\n"
            "Styret vedtok budsjettet.\n\nSak 2/24 Dugnad\nStyret godkjente planen.\n")
    record = parse_bytes(text.encode(), "styremote.txt")
    assert record.kind == "minutes"
    assert [i.decisions for i in record.items] == [["Styret vedtok budsjettet."],
                                                   ["Styret godkjente planen."]]


def test_a_summons_in_a_sentence_is_an_agenda_whatever_its_papers_hold():
    letter = ("Havvik, 24.10.07\n\nTil rådets medlemmer og varamedlemmer Innkalling til møtet i "
              "Kystrådet onsdag 24.10.2007, Havvik rådhus.\n\nProgram:\nKl. 09.45: Kaffe\n"
              "Kl. 10.00: Saksbehandling\nKl. 12.00 Lunsj\n\n"
              "– Sak 28/07 Godkjenning av protokoll\n– Sak 29/07 Orienteringer\n\n"
              "Sak 29/07 Orienteringer\nOppfølging av vedtak fra Kystrådet om samarbeid.\n")
    assert parse_bytes(letter.encode(), "innkalling.txt").kind == "agenda"
    papers = ("SAKSPAPIRER FELLES FORMANNSKAPSMØTE Det innkalles herved til felles "
              "formannskapsmøte torsdag 24. oktober 2013 i Havvik rådhus. Saksliste: 1. "
              "Godkjenning av referat fra møte 2. Status samarbeid\n")
    assert parse_bytes(papers.encode(), "papirer.txt").kind == "agenda"
    minutes = ("Møte i Kystrådet 3. mars 2024\n\nInnkalling til møtet ble godkjent.\n\n"
               "Sak 1/24 Budsjett\nBudsjettet ble vedtatt.\n")
    assert parse_bytes(minutes.encode(), "referat.txt").kind == "minutes"


@pytest.mark.parametrize("heading", ["Referat", "REFERAT", "Protokoll:", "Referat fra møtet"])
def test_a_summons_followed_by_its_minutes_in_one_file_is_minutes(heading):
    # the summons' agenda with its proposals, then the minutes with who came and the vedtak
    text = ("Innkalling til styremøte i Nordvik vel\n\nTid: 3. februar 2025 kl. 19.00\n"
            "Sted: Grendehuset\n\nSaksliste\n1. Godkjenning av innkalling\n"
            "2. Dugnad\nForslag til vedtak: Dugnaden holdes 4. mai.\n\n"
            f"{heading}\n\nTil stede: Ola Nes, Kari Bø, Per Li\nForfall: Nils Rud\n\n"
            "1. Godkjenning av innkalling\nInnkallingen ble godkjent.\n\n"
            "2. Dugnad\nVedtak: Dugnaden holdes 4. mai.\n")
    record = parse_bytes(text.encode(), "styremote.txt")
    assert record.kind == "minutes"
    assert [i.decisions for i in record.items] == [["Innkallingen ble godkjent."],
                                                   ["Dugnaden holdes 4. mai."]]


def test_a_summons_that_asks_for_the_minutes_of_the_last_meeting_stays_an_agenda():
    text = ("Innkalling til styremøte i Nordvik vel\n\nTid: 3. februar 2025 kl. 19.00\n\n"
            "Saksliste\n1. Godkjenning av referat\nReferat\nfra forrige møte ligger ved.\n"
            "2. Dugnad\nForslag til vedtak: Dugnaden holdes 4. mai.\n")
    assert parse_bytes(text.encode(), "innkalling.txt").kind == "agenda"


def test_a_compound_meeting_word_before_the_day():
    text = ("Møtereferat Ungdomsrådet\n\nUngdomsrådsmøte 18.08.09\n"
            "Tilstede: Kari Holm, Ola Dahl\n\n1. Logo\nVi fikk et forslag.\n")
    assert parse_bytes(text.encode(), "ur.txt").meeting.date == "2009-08-18"


def test_a_two_day_meeting_held_at_a_hotel():
    text = ("Protokoll fra møte nr. 3/15, mandag 9. og tirsdag 10. november 2015.\n"
            "Møtet ble holdt i Elva Hotell, Tana bru\nFølgende medlemmer møtte:\n"
            "Kari Holm, Ola Dahl\n\nSak 1/15 Kommunereformen\nTatt til orientering.\n")
    record = parse_bytes(text.encode(), "ofr.txt")
    assert record.meeting.date == "2015-11-09"
    assert record.meeting.location == "Elva Hotell, Tana bru"
    assert record.body is None  # the sentence says where, not who met


def test_a_misspelt_document_word_over_the_body_and_day():
    text = ("MØTREFERAT\nRådmannsutvalget 28. november 2024\nSted: Kirkegata 4\n"
            "Tilstede: Kari Holm, Ola Dahl\n\nSak 1/24 Budsjett\nVedtatt.\n")
    record = parse_bytes(text.encode(), "rmu.txt")
    assert record.title == "MØTREFERAT Rådmannsutvalget 28. november 2024"
    assert (record.body, record.meeting.date) == ("Rådmannsutvalget", "2024-11-28")


def test_a_host_municipalitys_letterhead_is_no_parent_of_a_cooperation():
    text = ("HEMNES KOMMUNE\nVår dato\n1.7.2025\nReferat telefonmøte med styringsgruppa "
            "interkommunalt barnevernsamarbeid 1.7.2025\nTil stede:\nStian Dahl – Grane "
            "kommune\n\nAgenda:\n• Gjennomgang av rapport\n")
    record = parse_bytes(text.encode(), "brv.txt")
    assert record.organization is None
    text = ("ÅS KOMMUNE\nPROTOKOLL\nUtvalg: Ås eldreråd\nMøtedato: 12.03.2024\n"
            "Til stede: Kari Holm\n")
    assert parse_bytes(text.encode(), "eldre.txt").organization == "Ås kommune"


def test_a_second_heading_names_the_parent_of_the_same_body():
    text = ("Styremøte 7. april 2016\n\nSTYREMØTE I NORDDAL HISTORIELAG.\n\n"
            "Tilstades: Arne Rud, Rita Lie og Per Bø.\n\n1. Konstituering. Per Bø held fram "
            "som kasserar.\n")
    record = parse_bytes(text.encode(), "historielag.txt")
    assert (record.body, record.organization) == ("Styret", "Norddal historielag")


def test_an_organisation_label_and_a_remark_after_the_place():
    text = ("Protokoll fra styremøte 4/23\n\nOrganisasjon: Agder Avfall IKS\nDato: 31. mai 2023\n"
            "Sted: Heftingsdalen – møterom Hove (OBS! Befaring av ny butikk etter møtet)\n\n"
            "Til stede\nErik Fløy, Styrets leder\n\nSak 33/23 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert (record.body, record.organization) == ("Styret", "Agder Avfall IKS")
    assert record.meeting.location == "Heftingsdalen – møterom Hove"


def test_a_bare_document_word_then_the_meeting_its_day_and_a_time_and_venue_line():
    text = ("REFERAT\nfra møte nr. 02/19 Trafikkutvalget i Nord-Fjella, onsdag 6. mars 2019\n\n"
            "kl 10.00 på fylkeshuset, Storgata 2 i møterom 4.135, 1. etasje.\n"
            "Til stede: Kari Holm (medlem)\n\nT-SAK 01/19 GODKJENNING AV REFERAT\n"
            "Referatet ble godkjent.\n")
    record = parse_bytes(text.encode(), "tsu.txt")
    assert record.title == ("REFERAT fra møte nr. 02/19 Trafikkutvalget i Nord-Fjella, "
                            "onsdag 6. mars 2019")
    assert (record.body, record.organization) == ("Trafikkutvalget", "Nord-Fjella")
    assert (record.meeting.date, record.meeting.start) == ("2019-03-06", "10:00")
    assert record.meeting.location == "fylkeshuset, Storgata 2 i møterom 4.135, 1. etasje"


def test_a_title_written_as_a_sentence_and_where_the_meeting_was_held_before_the_day():
    text = ("Møtereferat fra møte i Nordvik Løypelag.\n\nMøte avholdt på Gol vgs. torsdag "
            "24.2.2011\n\nDisse møtte:\nFra styret: Kari Holm og Ola Dahl.\n"
            "Ellers møtte: Per Lie.\n\n1. Bankkonto\nVedtak: Kari Holm disponerer kontoen.\n")
    record = parse_bytes(text.encode(), "loypelag.txt")
    assert (record.title, record.body) == ("Møtereferat fra møte i Nordvik Løypelag",
                                           "Nordvik Løypelag")
    assert (record.meeting.date, record.meeting.location) == ("2011-02-24", "Gol vgs.")
    assert [(p.name, p.role) for p in record.participants] == [
        ("Kari Holm", ParticipantRole.MEMBER), ("Ola Dahl", ParticipantRole.MEMBER),
        ("Per Lie", ParticipantRole.GUEST)]


def test_a_header_table_that_lost_its_cell_edges_over_a_two_day_meeting():
    text = ("Regionrådsmøter\n\nRegionrådet 8-9. oktober\n\nUtvalg Fjordregionens regionråd\n\n"
            "Møtested: Frøya Hotell\n\nDato: 8. - 9. oktober 2020\n\n"
            "Tidspunkt: 8. oktober 1100 – 2000\n\nFølgende medlemmer møtte:\n\nKari Holm\n\n"
            "Sak 15/20 Godkjenning av innkalling\n\nVedtak: Godkjent\n")
    record = parse_bytes(text.encode(), "rr.txt")
    assert (record.body, record.organization) == ("Fjordregionens regionråd", "Fjordregionen")
    assert (record.meeting.date, record.document_date) == ("2020-10-08", None)


def test_a_weekday_and_date_over_the_hours_is_the_meetings_day_not_the_documents():
    text = ("SAR-møte 26. september 2023\n\nReferat fra møte i SAR\n\nTirsdag 26. september "
            "2023\nKl. 12.30 til kl. 15.00 i formannskapssalen\n\nMøteleder:\t\tCecilie\n\n"
            "Sak 1: Ferie\nVi så lysbilder.\n")
    record = parse_bytes(text.encode(), "sar.txt")
    assert (record.meeting.date, record.document_date) == ("2023-09-26", None)


def test_notes_in_bullets_under_who_came_are_minutes_not_slides():
    text = ("# Prosjektmøte\n\nTil stades: Børre, Maja, Sjur, Tomi\n\nBorte: Inga\n\n"
            "# saker sidan sist\n\n* Børre\n    - korpus\n    - testing\n\n"
            "# status\n\n* Alt er klart\n\n# denne veka\n\n* Maja\n    - retting\n")
    record = parse_bytes(text.encode(), "mote.md")
    assert record.kind == "minutes"
    assert [p.name for p in record.participants][:4] == ["Børre", "Maja", "Sjur", "Tomi"]


def test_a_first_line_title_with_the_day_and_the_channel_and_a_full_stop():
    text = ("Referat styremøte 17.11.20 på Teams.\n\nTilstede: Kari Holm, Ola Dahl\n\n"
            "Punkt 1. Søknader\nGodkjent.\n\nNeste styremøte avtalt til 1 desember kl. 19:00.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert (record.body, record.meeting.date, record.meeting.location) == (
        "Styret", "2020-11-17", "Teams")
    assert (record.next_meeting.date, record.next_meeting.start) == ("2020-12-01", "19:00")


@pytest.mark.parametrize(("line", "meeting"), [
    ("Møtet ble satt 30. april 2018 klokken 10.00 og hevet klokken 10.45, møterom 921, "
     "9. etasje, Lucy Smiths hus, Blindern",
     ("2018-04-30", "10:00", "10:45", "møterom 921, 9. etasje, Lucy Smiths hus, Blindern")),
    ("Møtet ble satt 27. februar 2008, kl. 14.15, Styrerommet 221, Harriet Holters hus, og "
     "hevet kl. 16.00.", ("2008-02-27", "14:15", "16:00", "Styrerommet 221, Harriet Holters hus")),
])
def test_when_the_meeting_was_opened_and_closed(line, meeting):
    text = (f"Protokoll fra møte nr. 3/2018 i universitetsstyret - ekstraordinært møte\n\n{line}"
            "\n\nFra styret: Kari Holm, Ola Dahl\n\nV-SAK 1 Godkjenning av dagsorden\n\n"
            "Dagsorden godkjent.\n")
    record = parse_bytes(text.encode(), "us.txt")
    assert record.body == "Universitetsstyret"
    assert (record.meeting.date, record.meeting.start, record.meeting.end,
            record.meeting.location) == meeting


def test_a_first_line_that_pads_the_date_to_the_right_margin():
    text = ("Styremøte Lia Sau og Geit" + " " * 40 + "26.03.19\n\nSted / tid\n\n"
            "Lia grendehus. kl. 20.00\n\nmøtte\n\nKari Holm, Ola Dahl, Per Lie\n\n"
            "1. Konstituering\n\nPer Lie er kasserer.\n\n2. Kåring\n\nPer sender søknad.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert record.title == "Styremøte Lia Sau og Geit"
    assert (record.body, record.organization) == ("Styret", "Lia Sau og Geit")
    assert (record.meeting.date, record.meeting.start) == ("2019-03-26", "20:00")


def test_labels_over_their_values_make_short_lines_minutes_not_slides():
    """Short lines without full stops look like a slide deck; a "Sted / tid" and a
    "møtte" label over their values say it is a meeting's minutes."""
    lines = ["Styremøte Lia sau og geit", "Sted / tid", "Lia grendehus kl. 20.00", "møtte",
             "Kari Holm, Ola Dahl, Per Lie"]
    lines += [f"{n}. Sak nummer {n}\n\nKort om saka {n}" for n in range(1, 9)]
    record = parse_bytes("\n\n".join(lines).encode(), "styre.txt")
    assert record.kind == "minutes"
    assert [p.name for p in record.participants] == ["Kari Holm", "Ola Dahl", "Per Lie"]


@pytest.mark.parametrize("title", ["Årsmøteprotokollen 2024", "Årsmøte protokol Lia vel",
                                   "Styrereferat"])
def test_a_compound_or_misspelt_minutes_word_makes_minutes(title):
    lines = [title, "Dato: 19.08.2024"] + [f"{n}. Punkt {n}\nBle godkjent av medlemmene"
                                            for n in range(1, 9)]
    record = parse_bytes("\n\n".join(lines).encode(), "vel.md")
    assert record.kind == "minutes"


def test_where_the_meeting_took_place_in_nynorsk():
    record = parse_bytes("Referat frå styremøte 24. sept 2014\n\nMøtet fann stad på Fjordhotellet, "
                         "Førde.\n\nTil stades:\nKari Holm, Ola Dahl\n\n1) Økonomi\nGreitt.\n\n"
                         "2) Ymse\nIngenting.\n".encode(), "styre.txt")
    assert record.meeting.location == "Fjordhotellet, Førde"


def test_the_hours_on_a_long_title_line_that_starts_with_the_body():
    record = parse_bytes("Elvelaget Osen - Møteprotokoll for årsmøtet på Samlingsheimen "
                         "8. mai 2014 Kl. 19.00 – 20.30\n\nTil stades: Kari Holm, Ola Dahl\n\n"
                         "1. Fullmakter\n"
                         "Godkjent.\n\n2. Val\nKari Holm vart vald.\n".encode(), "lag.txt")
    assert (record.meeting.date, record.meeting.start, record.meeting.end) == (
        "2014-05-08", "19:00", "20:30")


def test_a_page_run_together_with_the_title_and_date_before_a_sentence():
    record = parse_bytes(
        ("1 Dyrevernplattformen Postboks 750 Sentrum 0106 Oslo REFERAT fra styremøte i "
         "Dyrevernplattformen, tirsdag 5. mai 2015 kl Møtet ble arrangert som videokonferanse. "
         "Tilstede: Kari Holm (KH, forvaltning, styreleder) Ola Dahl (OD, industri) Per Lie "
         "(PL, dyrevern), tilstede under sak 1-2 Siv Moe (SM, sekretær og referent) "
         "Saksliste: 1. Dato 2. Årsmøtet Sak 1: Dato for neste møte Vedtak: Neste styremøte "
         "blir torsdag 8. oktober 2015. Sak 2: Årsmøtet Sakslisten for årsmøtet ble diskutert "
         "og godkjent av styret.").encode(), "styre.txt")
    assert record.title == "REFERAT fra styremøte i Dyrevernplattformen"
    assert (record.body, record.organization) == ("Styret", "Dyrevernplattformen")
    assert (record.meeting.date, record.meeting.location) == ("2015-05-05", "videokonferanse")
    assert [(p.name, p.organization, p.role, p.attendance, p.note)
            for p in record.participants] == [
        ("Kari Holm", "forvaltning", "chair", "present", None),
        ("Ola Dahl", "industri", "member", "present", None),
        ("Per Lie", "dyrevern", "member", "partial", "tilstede under sak 1-2"),
        ("Siv Moe", None, "secretary", "present", None)]


def test_a_title_with_its_date_and_full_stop_under_a_letterhead():
    record = parse_bytes("VEGLAGET ØVRE SETERVEG\n\nReferat fra telefonstyremøte fredag 13.03.2020."
                         "\n\nTilstede: Kari Holm, Ola Dahl\n\n1. Brøyting\nAvtale fornyet.\n\n"
                         "2. Regnskap\nGodkjent.\n".encode(), "veg.txt")
    assert record.title == "Referat fra telefonstyremøte fredag 13.03.2020."  # as written


def test_a_page_named_by_month_the_referent_s_initials_and_date_and_planned_meetings():
    text = ("Referat August\n\nReferat fra styremøte i Vestfold bondelag onsdag 9. august 2023 "
            "kl 1900-2015\n\nSted: Digitalt via Teams\n\nDeltakere: Tom Ole Øren, Ellen Holtan "
            "Folkestad og Mats Foshaug. Forfall: Lise Berg.\n\nSaker:\n\n1.Innkommet sak. "
            "Saken skal tas opp på årsmøtet.\n\n2.Årsmøtet. Programmet er klart.\n\n"
            "Videre planlagte styremøter:\n\n  • 21. august kl 18 på Kontoret.\n"
            "  • Årsmøte 24.8. kl 18.\n\nReferent: Ellen HF, 13.08.23\n")
    record = parse_bytes(text.encode(), "bondelag.txt")
    assert record.title == "Referat August"  # the first heading naming the document
    assert (record.body, record.organization) == ("Styret", "Vestfold bondelag")
    assert record.document_date == "2023-08-13"
    assert (record.next_meeting.date, record.next_meeting.start) == ("2023-08-21", "18:00")
    assert [(p.name, p.role) for p in record.participants][1] == (
        "Ellen Holtan Folkestad", "secretary")


def test_a_meeting_at_someone_s_home_in_the_title_and_frammote():
    text = ("Protokoll fra styremøte torsdag 14. mai 2015 kl 1800\n\n"
            "Protokoll fra styremøte i Lia veglag hos Ove Straume torsdag 14. mai 2015 kl 1800\n\n"
            "Frammøte:\nHermann Frostad (på telefon)\nOve Straume\n\n"
            "  1. Til dugnaden som er planlagt til 6. juni er det bestilt fire lass grus, men det "
            "blir flyttet til kl 12 for å få nok tid til møtet på forhånd samt forberedelser til "
            "grusen kommer. Ett lass er tenkt lagt fra nederste grinda, resten øverst. Hermann "
            "vil kontakte noen personer som kan være grindvakter. Det er mulig vi får kjørt en "
            "krattknuser i veikanter og grøfter, Hermann undersøker dette nærmere før dugnaden.\n"
            "  2. Parkeringsplassen blir ikke utbedret i år.\n"
            "  3. Et forslag til vedtekter sendes ut før sommeren.\n")
    record = parse_bytes(text.encode(), "veglag.txt")
    assert (record.body, record.organization) == ("Styret", "Lia veglag")
    assert record.meeting.location == "hos Ove Straume"
    assert [p.name for p in record.participants] == ["Hermann Frostad", "Ove Straume"]
    assert [i.number for i in record.items] == ["1", "2", "3"]


def test_the_place_before_the_date_in_the_title():
    text = ("Referat styremøte Nordby skyttersamlag på Bodø Hotell, 23.04 2003  kl. 18.00\n"
            "Tilstede: Kari Holm, Per Dahl\n\nSak 11/03\tDiverse\nIngen saker.\n")
    record = parse_bytes(text.encode(), "skyttersamlag.txt")
    assert (record.organization, record.meeting.date, record.meeting.location) == (
        "Nordby skyttersamlag", "2003-04-23", "Bodø Hotell")


@pytest.mark.parametrize(("head", "organization", "location"), [
    ("Styremøte hos Marit 21.09.22\n", None, "hos Marit"),  # one name: a home, no body
    ("Bygdekvinnelaget\n\nStyremøte hos Marit 21.09.22\n\n"
     "Referat fra styremøte i Nordby Bygdekvinnelag\n\n"
     "Onsdag 21.09.2022 kl.19.00 -22.45 hos Marit Skiaker Lykseth.\n",
     "Nordby Bygdekvinnelag", "hos Marit Skiaker Lykseth"),  # the day's line names the home
])
def test_a_meeting_at_someone_s_home_named_by_first_name_or_on_the_day_s_line(
        head, organization, location):
    text = f"{head}\nTil stede: Kari Holm, Per Dahl\n\nSak 1/22 Referat\nGodkjent.\n"
    record = parse_bytes(text.encode(), "hjemme.txt")
    assert (record.organization, record.meeting.location) == (organization, location)


def test_the_place_then_the_hour_under_a_dated_title():
    text = ("REFERAT FRA STYREMØTE 26. FEBRUAR 2020\nSagavn. 20, Leknes kl. 18.30\n"
            "Til stede: Kolbjørn, Eldar og Anita\n\nSak 7/20 Innkalling\nGodkjent.\n\n"
            "Sak 8/20 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "lag.txt")
    assert (record.meeting.start, record.meeting.location) == ("18:30", "Sagavn. 20, Leknes")


def test_a_title_sentence_with_its_hour_names_no_place():
    text = ("Styremøte 14/04-08\n\nStyremøte i Levanger Historielag måndag 14. april 2008 klokka "
            "16.45.\n\nTilstades: Liv Kvam, Ola Berg.\n\n1. Årsmøtet\nGodkjent.\n\n"
            "2. Ymse\nIngen saker.\n")
    record = parse_bytes(text.encode(), "lag.txt")
    assert (record.meeting.start, record.meeting.location) == ("16:45", None)


def test_a_post_s_front_matter_and_a_sentence_saying_when_and_who():
    text = ("---\nauthor: Per Lie\ndate: 2025-04-09 20:30:00\ntitle: Styremøte 9. april 2025\n"
            "---\n\nDen 9. april 2025 ble det avholdt et styremøte for Studentlista fra kl. 18:35 "
            "til 19:48 med tilstedeværelse av Ludwig, Oskar, Nora og Peter.\n\n"
            "**Orientering:**\n- Lista er registrert.\n\n**Valgkamp:**\n- Stand i april.\n")
    record = parse_bytes(text.encode(), "styremote.md")
    assert record.kind == "minutes"
    assert (record.meeting.date, record.meeting.start, record.meeting.end) == (
        "2025-04-09", "18:35", "19:48")  # not the post's 20:30
    assert [p.name for p in record.participants] == ["Ludwig", "Oskar", "Nora", "Peter"]


def test_a_short_report_line_under_the_title_gives_day_and_place():
    text = ("Styremøte i Lillesand Venstre\n\nLillesand Venstre Kort referat fra styremøte 22. "
            "januar 2018 på ordførerkontoret, Lillesand Rådhus\n\nTil stede: Kari Holm, Ola Dahl."
            "\n\nSak 1: Godkjenning av referat fra møte 19.12.17\nGodkjent.\n\nSak 2: Eventuelt\n"
            "Info-epost sendes av Ola til alle medlemmer i løpet av ei ukes tid.\n")
    record = parse_bytes(text.encode(), "parti.txt")
    assert (record.meeting.date, record.meeting.location) == (
        "2018-01-22", "ordførerkontoret, Lillesand Rådhus")
    assert [(a.responsible) for a in record.items[1].actions] == ["Ola"]


@pytest.mark.parametrize(("value", "place"), [
    ("Lokalene til DND i Møllergata 24 Planen var at man skulle bruke Skype på styremøtene, "
     "da dette er et billigere alternativ.", "Lokalene til DND i Møllergata 24"),
    ("Norlandia Lyngengården. Mosjøen DELTAKAR FUNKSJ TLF.NR TIL STADES Kari Holm Medl",
     "Norlandia Lyngengården. Mosjøen"),
    ("På Biblioteket, Helleland", "Biblioteket, Helleland"),
    ("-Kantina", "Kantina"),
    ("– Rådhuset, 2. etg.", "Rådhuset, 2. etg."),
    ("-", None),
])
def test_a_labelled_place_without_what_runs_on_after_it(value, place):
    text = (f"Referat fra styremøte 5. mai 2015\n\nSted: {value}\n\nTil stede: Kari Holm, "
            "Ola Dahl\n\nSak 1 Økonomi\nGod.\n\nSak 2 Eventuelt\nIngen saker.\n")
    assert parse_bytes(text.encode(), "styre.txt").meeting.location == place


def test_the_place_after_the_hour_with_ved_and_an_english_location_label():
    first = parse_bytes("Møtereferat Styremøte DNT Nord-Dal 05.02.2018 kl 19.00 ved Dal "
                        "Videregående skole\n\nTil stede: Kari Holm, Ola Dahl\n\nSak 1-18 "
                        "Referat\nGodkjent.\n\nSak 2-18 Tur\nI mai.\n".encode(), "dnt.txt")
    assert first.meeting.location == "Dal Videregående skole"
    second = parse_bytes(b"Meeting Book: Grimstad kontrollutvalg\n\nLocation: Formannskapssalen\n\n"
                         b"Til stede: Kari Holm, Ola Dahl\n\nSak 27/18 Rapport\nTatt til "
                         b"orientering.\n\nSak 28/18 Eventuelt\nIngen.\n", "ku.txt")
    assert second.meeting.location == "Formannskapssalen"


@pytest.mark.parametrize(("first_line", "body", "organization"), [
    ("Styret i Reisa Elvelag avholdt styremøte mandag 7. desember 2009 kl på Sørkjosen",
     "Styret", "Reisa Elvelag"),
    ("Protokoll fra Levanger Viltnemnd Møte tirsdag 20.11.07", "Levanger Viltnemnd", None),
])
def test_a_body_s_name_without_what_runs_on_after_it(first_line, body, organization):
    text = (f"{first_line}\n\nTil stede: Kari Holm, Ola Dahl\n\nSak 34/09 Regnskap\nGodkjent.\n\n"
            "Sak 35/09 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "lag.txt")
    assert (record.body, record.organization) == (body, organization)


def test_when_the_minutes_were_approved_is_not_when_the_meeting_was():
    text = ("Protokoll fra LAMU-møte fredag 16. juni 2023\n\n"
            "Protokoll godkjent i møtet 22. september 2023.\n\n"
            "Til stede:\nKari Holm\nOla Dahl\n\nSak 1/2023 Dagsorden\nGodkjent.\n")
    assert parse_bytes(text.encode(), "lamu.txt").meeting.date == "2023-06-16"


def test_the_first_item_s_heading_is_no_title():
    text = ("Tidspunkt: 19.00 – 20.00\n\nStad: Klasserommet på Lia skule\n\n"
            "Frammøtte: Kari Holm, Ola Dahl og Per Lie (sekretær)\n\nSaksliste:\n\n"
            "Sak 1: Budsjett 2025\n\nBudsjettet vart gjennomgått.\n\n"
            "Sak 2: Eventuelt\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "fau.txt")
    assert (record.title, record.body) == (None, None)
    assert [item.title for item in record.items] == ["Budsjett 2025", "Eventuelt"]


def test_a_board_meeting_by_telephone():
    text = ("Referat Styremøte, 10.12.2024 på telefon\n\n"
            "På telefon: Kari Holm, Ola Dahl, Per Lie\n\n"
            "SAK 1 KURS\nKurset blir i mai.\n\nSAK 2 EVENTUELT\nIngen saker.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert (record.meeting.date, record.document_date) == ("2024-12-10", None)
    assert record.meeting.location == "telefon"
    assert [p.name for p in record.participants] == ["Kari Holm", "Ola Dahl", "Per Lie"]


def test_the_hours_after_a_labelled_place():
    text = ("Referat frå årsmøte i Lia sogelag 9. mars 2024\n\n"
            "Stad: Krona, Romsdalsmuseet, kl. 19.00\n\nTil stades: Kari Holm, Ola Dahl\n\n"
            "Sak 1 Opning\nLeiar opna møtet.\n\nSak 2 Val\nKari Holm vart vald.\n")
    meeting = parse_bytes(text.encode(), "sogelag.txt").meeting
    assert (meeting.location, meeting.start) == ("Krona, Romsdalsmuseet", "19:00")


def test_the_meeting_s_ordinal_in_the_title_is_no_item():
    text = ("1. styremøte 2024 i Lia grendeutval 02.03.2024\n\nMøte 01-24\n\n"
            "Dato: 02.03.2024\n\nKl: 1900-2100\n\nSted: Hjemme hos Eldbjørg\n\n"
            "Tilstede: Eldbjørg, Anders, Maren\n\nTilskudd\n\nVi søker om tilskudd for 2024.\n\n"
            "Neste møte\n\nNeste møte blir 6. april.\n")
    record = parse_bytes(text.encode(), "grendeutval.txt")
    assert (record.body, record.organization) == ("Styret", "Lia grendeutval")
    assert (record.meeting.date, record.meeting.start, record.meeting.end,
            record.meeting.location) == ("2024-03-02", "19:00", "21:00", "Hjemme hos Eldbjørg")
    assert [item.title for item in record.items] == ["Tilskudd", "Neste møte"]


def test_the_place_after_the_day_in_the_title():
    text = ("Referat fra styremøtet tirsdag 2. desember 2024 på Fridtjof Nansens Institutt, "
            "Polhøgda, Lysaker.\nTilstede: Kari Holm, Ola Dahl\n\n1. Budsjett\n"
            "Budsjettet ble godkjent.\n\n2. Eventuelt\nIngen saker.\n")
    meeting = parse_bytes(text.encode(), "forum.txt").meeting
    assert (meeting.date, meeting.location) == (
        "2024-12-02", "Fridtjof Nansens Institutt, Polhøgda, Lysaker")


@pytest.mark.parametrize(("title", "expected"), [
    ("Møte i Regionrådet for Nordby 7. november 2024, Litteraturhuset",
     ("Regionrådet for Nordby", None, "2024-11-07", None, None, "Litteraturhuset")),
    # the house and its room after a second comma
    ("Møte i Regionrådet for Nordby 7. november 2024, Nordby rådhus, møterom 2",
     ("Regionrådet for Nordby", None, "2024-11-07", None, None, "Nordby rådhus, møterom 2")),
    ("Møte i Regionrådet for Nordby 7. november 2024, kl. 10–14, Rådhuset",
     ("Regionrådet for Nordby", None, "2024-11-07", "10:00", "14:00", "Rådhuset")),
    # a person after the comma is who wrote or leads, no place; nor a weekday or the hours
    ("Møte i Regionrådet for Nordby 7. november 2024, Kari Holm",
     ("Regionrådet for Nordby", None, "2024-11-07", None, None, None)),
    ("Møte i Regionrådet for Nordby 7. november 2024, kl. 10, Kari Holm",
     ("Regionrådet for Nordby", None, "2024-11-07", "10:00", None, None)),
    ("Møte i Regionrådet for Nordby 7. november 2024, torsdag",
     ("Regionrådet for Nordby", None, "2024-11-07", None, None, None)),
])
def test_the_place_after_a_comma_behind_the_titles_day(title: str, expected: tuple):
    assert _head(title) == expected


def test_a_title_in_capitals_goes_on_with_the_body_and_day_below():
    text = ("REFERAT FRA STYREMØTE\ni Lia vel 21. oktober 2024\n\n"
            "Møtested: Hos Fredrik møtetid kl 19.30 – 21.30\n\n"
            "Til stede: Katja Bye, Fredrik Holm og Truls Dahl\n\n"
            " 1. Hjemmesider\n  Styret fortsetter med dagens praksis.\n\n"
            " 2. Eventuelt\n  Ingen saker.\n")
    record = parse_bytes(text.encode(), "vel.txt")
    assert record.title == "REFERAT FRA STYREMØTE i Lia vel 21. oktober 2024"
    assert (record.body, record.organization) == ("Styret", "Lia vel")
    assert (record.meeting.date, record.meeting.location, record.meeting.start,
            record.meeting.end) == ("2024-10-21", "Hos Fredrik", "19:30", "21:30")


def test_a_bare_document_word_then_a_blank_line_and_what_it_is_from():
    text = ("Referat\n\nfra digitalt styremøte i Lia pensjonistforening\n\n"
            "Tid: Tirsdag 20.04.21 kl. 1100\n\nSted: Teams\n\nTilstede: Kari Holm, Ola Dahl\n\n"
            "Sak 16/21: Godkjenning av referat\n\nVedtak:\n\nGodkjent uten merknader\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert record.title == "Referat fra digitalt styremøte i Lia pensjonistforening"
    assert (record.body, record.organization) == ("Styret", "Lia pensjonistforening")


def test_a_sentence_saying_how_the_meeting_was_held_is_no_title():
    text = ("Tilstede Nils Holm, Jonny Dahl og Morten Lie\n\n"
            "Styremøtet ble gjennomført som videokonferanse på Messenger\n\nSaker:\n\n"
            "Sak 1 Valgkomite\nLeder for valgkomiteen har fått oppdraget.\n\n"
            "Sak 2 Eventuelt\nIngen saker.\n")
    assert parse_bytes(text.encode(), "styre.txt").title is None


def test_where_a_dated_title_s_meeting_was_held_and_who_of_the_board_came():
    text = ("Styremøte 16 april 2024\n\nStyremøte avholdt i Lia Båtforenings lokale den "
            "16.04.24!\n\nFølgende styremedlemmer til stede: Styreleder Helge Oddøy, "
            "Sekretær Thore Holm, Styremedlem Frank Hansen.\n\nSAK 11/24 Vårslepp\n"
            "Janne vil ta ansvaret for arrangementet.\n\nSAK 12/24 Grillbua\n"
            "Styret vedtok enstemmig å godta tilbudet.\n")
    record = parse_bytes(text.encode(), "bf.txt")
    assert (record.meeting.date, record.meeting.location) == ("2024-04-16",
                                                              "Lia Båtforenings lokale")
    assert [(p.name, p.role) for p in record.participants] == [
        ("Helge Oddøy", ParticipantRole.CHAIR), ("Thore Holm", ParticipantRole.SECRETARY),
        ("Frank Hansen", ParticipantRole.MEMBER)]


@pytest.mark.parametrize(("title", "organization"), [
    ("Styremøte 12. Januar 2024", None),  # a month is no organisation
    ("Referat frå årsmøtet i Lia Mållag 2024", "Lia Mållag"),  # nor is the year its name's
])
def test_when_the_meeting_was_is_no_part_of_the_organisation(title, organization):
    text = f"{title}\n\nTil stede: Kari Holm, Ola Dahl\n\n1. Budsjett\nGodkjent.\n"
    assert parse_bytes(text.encode(), "lag.txt").organization == organization


@pytest.mark.parametrize(("text", "organization"), [
    ("MØTE I NORDBY UNGDOMSRÅD 3. mars 2024\n\nTil stede: Kari Holm (leiar), Ola Dahl\n"
     "Frå administrasjonen: Siv Lie, rådgjevar Nordby kommune\n\nSak 1/24 Referat\nGodkjent.\n",
     "Nordby kommune"),  # named once, in the attendance
    ("Eldrerådet 3. mars 2024\n\nTil stede: Kari Holm, Ola Dahl\n\nSak 1/24 Samarbeid\n"
     "Nordby kommune og Sørby kommune vil samarbeide om dagsenteret.\n", None),  # two named
    ("Referat fra styremøte 3. mars 2024\n\nTil stede: Kari Holm, Ola Dahl\n\n"
     "Sak 1/24 Søknad\nSøknad om støtte sendes Nordby kommune.\n", None),  # no council
])
def test_a_council_s_municipality_named_in_its_minutes(text, organization):
    assert parse_bytes(text.encode(), "rad.txt").organization == organization


def test_the_day_in_a_second_title_that_starts_with_the_meeting():
    text = ("Styremøte nr. 2-2016\n\nStyremøte Nordby folkemusikklag 11.05.16\n\n"
            "Frammøtte:\nKari Holm, Per Dahl\n\n1.    Konstitusjon\nTekst.\n\n"
            "2.    Økonomi\nTekst.\n")
    assert parse_bytes(text.encode(), "lag.txt").meeting.date == "2016-05-11"


@pytest.mark.parametrize(("head", "body", "organization", "meeting"), [
    ("Referat frå årsmøte 2024\n\nÅrsmøte i Nordby Sogelag (org.nr. 996 829 405) vart halde "
     "onsdag 13.04.2024 kl. 20.00 på Nordby  museum etter skriftleg innkalling.\n",
     "Årsmøtet", "Nordby Sogelag", ("2024-04-13", "20:00", "Nordby museum")),
    ("Styremøte i Nordby Bygdekvinnelag\n\nOnsdag 30. november hadde Nordby Bygdekvinnelag "
     "styremøte i Førde.\n", "Styret", "Nordby Bygdekvinnelag", ("2016-11-30", None, "Førde")),
])
def test_a_sentence_that_says_when_and_where_the_meeting_was_held(
        head, body, organization, meeting):
    text = f"{head}\nDesse møtte: Kari Holm, Per Dahl\n\nSak 24/16: Referat\nGodkjent.\n"
    record = parse_bytes(text.encode(), "lag.txt")
    assert (record.body, record.organization) == (body, organization)
    assert (record.meeting.date, record.meeting.start, record.meeting.location) == meeting


def test_a_labelled_place_stops_at_the_time_and_the_sentence_after_it():
    text = ("Generalforsamling 2023\n\nDato: 8. april 2023\n"
            "Sted: Nordvik skule kl 13.00. I et strålende vær møtte det 10 medlemmer.\n\n"
            "Sak 1 Regnskap\nGodkjent.\n")
    meeting = parse_bytes(text.encode(), "gf.txt").meeting
    assert (meeting.location, meeting.start) == ("Nordvik skule", "13:00")
    for place in ("St. Olavs plass 3, Oslo", "Kirkegt. 4 Kongsberg"):  # a stop inside a name
        text = f"Styremøte\n\nDato: 8. april 2023\nSted: {place}\n\nSak 1 Regnskap\nGodkjent.\n"
        assert parse_bytes(text.encode(), "s.txt").meeting.location == place


def test_a_place_copied_with_doubled_spaces_keeps_single_spaces():
    text = ("MØTEREFERAT\n\nDato:    14.  februar   2024\nSted:    Møterom  2\n\n"
            "Sak 1 Orientering\nRektor   orienterte  om  skolestart.\n")
    assert parse_bytes(text.encode(), "web.txt").meeting.location == "Møterom 2"


def test_a_web_pages_link_to_the_minutes_under_the_labels_is_no_title():
    text = ("Generalforsamling 2023\n\nSted: Nordvik skule kl 13.00.\n\n"
            "Økonomi: Regnskapet viser overskudd.\n\n"
            "Her finn de heile referatet. Nordvik vassverk Generalforsamling 2023\n")
    assert parse_bytes(text.encode(), "gf.txt").title == "Generalforsamling 2023"
    mail = ("Fra: Kari Holm\nSendt: 8. mars 2024\n"
            "Emne: Referat fra møte i faggruppe helse 7. mars\n\nHei alle,\n\nSak 1 Budsjett\n"
            "Godkjent.\n")
    assert parse_bytes(mail.encode(), "mail.txt").title == \
        "Referat fra møte i faggruppe helse 7. mars"  # a date's full stop is no sentence's


@pytest.mark.parametrize("prefix", ["SV: ", "Re: ", "VS: SV: ", "Fwd: ", "RE:"])
def test_a_reply_or_forward_marker_is_no_part_of_the_mails_title(prefix):
    mail = (f"Emne: {prefix}Referat fra møte i arbeidsgruppen 4. juni\n\nTakk!\n\n"
            "Sak 1 Status\nTatt til orientering.\n")
    minutes = parse_bytes(mail.encode(), "mail.txt")
    assert minutes.title == "Referat fra møte i arbeidsgruppen 4. juni"
    assert minutes.body == "Arbeidsgruppen"


@pytest.mark.parametrize(("title", "text", "body", "organization"), [
    ("REFERAT FRA MØTE I REGIONRÅDET FOR HALLINGDAL",
     "Regionrådet drøftet samarbeidet i Hallingdal.", "Regionrådet for Hallingdal", None),
    ("REFERAT FRA MØTE I KOMMUNEDIREKTØRUTVALGET I GRENLAND",
     "Saken gjelder kommunene i Grenland.", "Kommunedirektørutvalget i Grenland", None),
    ("REFERAT FRA STYREMØTE I VESTFOLD OG TELEMARK BONDELAG",
     "Medlemmer i Vestfold og i Telemark.", "Styret", "Vestfold og Telemark bondelag"),
    # "helse" also written in lower case: a common noun, not a name
    ("MØTEREFERAT – FAGGRUPPE HELSE OG OMSORG",
     "Vi snakket om Helse Bergen og om helse og omsorg.", "Faggruppe helse og omsorg", None),
    # only at the start of a sentence: no evidence either way, but a dale's name by its
    # ending ("-dal") after "for" is a place
    ("REFERAT FRA MØTE I REGIONRÅDET FOR HALLINGDAL",
     "Samarbeid er viktig. Hallingdal er stort.", "Regionrådet for Hallingdal", None),
])
def test_names_in_an_all_capitals_title_are_cased_as_the_text_writes_them(
        title, text, body, organization):
    minutes = f"{title}\n\nDato: 12.03.2024\n\nSak 1/24 Samarbeid\n{text}\nVedtak: Godkjent.\n"
    record = parse_bytes(minutes.encode(), "referat.txt")
    assert (record.body, record.organization) == (body, organization)


@pytest.mark.parametrize("top", ["Vestdal regionråd\n\nMØTEPROTOKOLL",
                                 "MØTEPROTOKOLL\n\nVestdal regionråd"])
def test_a_regionrad_by_a_bare_title_is_the_body_that_met(top):
    text = (f"{top}\n\nMøtedato: 3. september 2024\n\nTil stede: Kari Nes, Per Bø\n\n"
            "Sak 12/2024 Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "rr.txt")
    assert (record.body, record.organization) == ("Vestdal regionråd", None)


def test_a_regionrad_over_a_labelled_body_is_its_parent():
    text = ("Vestdal regionråd\n\nPROTOKOLL\n\nMøte i: Arbeidsutvalget\n"
            "Møtedato: 3. september 2024\n\nTil stede: Kari Nes, Per Bø\n\n"
            "Sak 12/2024 Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "rr.txt")
    assert (record.body, record.organization) == ("Arbeidsutvalget", "Vestdal regionråd")


@pytest.mark.parametrize("sentence", [
    "Møtet ble holdt på Vik rådhus tirsdag 3. september 2024 fra kl. 09.00 til kl. 11.30.",
    "Møtet vart halde på Vik rådhus tysdag 3. september 2024 frå kl. 09.00 til 11.30.",
    "Møtet ble holdt på Vik rådhus 3. september 2024 kl. 09.00-11.30."])
def test_a_held_sentence_with_the_venue_before_the_day_and_hours(sentence):
    text = (f"Referat fra styremøte i Vik næringsråd\n\n{sentence}\n\n"
            "Til stede: Ola Dale, Nils Lid\n\nSak 1/24 Godkjenning\nGodkjent.\n")
    meeting = parse_bytes(text.encode(), "styre.txt").meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == (
        "2024-09-03", "09:00", "11:30", "Vik rådhus")


@pytest.mark.parametrize(("sentence", "location"), [
    ("Møtet ble holdt 13. mars 2025 på Teams.", "Teams"),
    ("Møtet vart halde 13. mars 2025 i Rådhuset.", "Rådhuset"),
    ("Møtet ble holdt 13. mars 2025 i Lunde regionråd.", None),  # who met, not where
    ("Møtet ble holdt på Rådhuset, 3. etasje, 13. mars 2025.", "Rådhuset, 3. etasje"),
    ("Møtet ble satt kl. 18.00 torsdag 13. mars 2025 i Grendahuset.", "Grendahuset"),
    ("Møtet ble avholdt digitalt 13. mars 2025.", "digitalt"),  # the channel as written
    ("Møtet ble holdt 13. mars 2025 fra kl. 10.00 til 12.00 i Rådhuset.", "Rådhuset"),
    ("Møtet ble gjennomført digitalt torsdag 13. mars 2025.", "digitalt"),
])
def test_a_held_sentence_with_the_place_after_the_day(sentence, location):
    text = (f"Referat fra styremøte\n\n{sentence}\n\n"
            "Til stede: Ola Dale, Nils Lid\n\nSak 1/25 Godkjenning\nGodkjent.\n")
    meeting = parse_bytes(text.encode(), "styre.txt").meeting
    assert (meeting.date, meeting.location) == ("2025-03-13", location)


@pytest.mark.parametrize(("title", "location"), [
    ("Referat frå styremøte 13. mars 2025 i Lunde samfunnshus", "Lunde samfunnshus"),
    ("Referat fra styremøte 13. mars 2025 i Lunde Vel", None),  # the body, not a place
])
def test_a_building_after_the_year_in_the_title_is_the_place(title, location):
    text = f"{title}\n\nTil stede: Ola Dale, Nils Lid\n\nSak 1/25 Godkjenning\nGodkjent.\n"
    meeting = parse_bytes(text.encode(), "styre.txt").meeting
    assert (meeting.date, meeting.location) == ("2025-03-13", location)


def test_the_day_a_pasted_e_mail_was_sent_dates_the_document_and_gives_the_year():
    text = ("Fra: Line Vik <line.vik@example.no>\nSendt: fredag 13. september 2024 10:12\n"
            "Til: Kari Holm; Per Olsen\nEmne: Referat fra nettverksmøte 10.09.\n\n"
            "Referat fra møte i nettverk for folkehelse 10.09.\n\n"
            "Tilstede: Kari Holm (Lunde), Per Olsen (Berg)\n\n"
            "1. Erfaringsdeling\nDet var enighet om å lage en felles oversikt.\n")
    record = parse_bytes(text.encode(), "mail.txt")
    assert (record.document_date, record.meeting.date) == ("2024-09-13", "2024-09-10")
    assert [p.name for p in record.participants] == ["Kari Holm", "Per Olsen"]


@pytest.mark.parametrize(("times", "end"), [
    ("Møtestart: 18.00\nMøteslutt: 20.15\n", "20:15"),
    ("Start: 18:00\nSlutt: 20:15\n", "20:15"),
    ("Møtestart: 18.00\n", None),
])
def test_the_end_of_the_meeting_under_a_label_of_its_own(times, end):
    text = (f"Referat fra styremøte\n\nDato: 3.3.2024\n{times}\nTil stede: Kari Nes, Per Bø\n\n"
            "Sak 1/24 Brev\nGodkjent.\n")
    meeting = parse_bytes(text.encode(), "s.txt").meeting
    assert (meeting.start, meeting.end) == ("18:00", end)


def test_a_first_line_naming_the_meeting_by_initials_is_the_title():
    text = ("FAU-møte Solvik skole\nReferat 12.11.2024\n\nTilstede: Kari, Per, Anne\n\n"
            "Sak 1: Godkjenning av referat\nGodkjent.\n")
    record = parse_bytes(text.encode(), "fau.txt")
    assert (record.title, record.body, record.organization) == (
        "FAU-møte Solvik skole", "FAU", "Solvik skole")


def test_a_place_and_date_line_with_hours_is_the_meeting_not_the_letter():
    text = ("Referat fra styremøte i Bøvik Vel\nRådhuset, 3. mars 2024 kl. 10-12\n\n"
            "Til stede: Kari Nes, Per Bø\n\nSak 1/24 Plan\nGodkjent.\n")
    record = parse_bytes(text.encode(), "s.txt")
    assert record.document_date is None
    assert (record.meeting.date, record.meeting.start, record.meeting.end,
            record.meeting.location) == ("2024-03-03", "10:00", "12:00", "Rådhuset")


@pytest.mark.parametrize(("sentence", "start"), [
    ("Møtet ble holdt 13. mars 2025 på Teams.", None),
    ("Styremøtet ble holdt på Teams 13. mars 2025.", None),
    ("Årsmøtet ble holdt i klubbhuset torsdag 13. mars 2025 kl. 19.00. 24 stemmeberettigede "
     "medlemmer var til stede.", "19:00"),
])
def test_the_day_and_hours_of_a_sentence_saying_the_meeting_was_held(sentence, start):
    text = (f"Protokoll fra møte i Bøvik Idrettslag\n\n{sentence}\n\n"
            "Sak 1 Godkjenning\nGodkjent.\n")
    meeting = parse_bytes(text.encode(), "s.txt").meeting
    assert (meeting.date, meeting.start) == ("2025-03-13", start)


@pytest.mark.parametrize(("sentence", "location"), [
    ("Årsmøtet ble holdt i klubbhuset torsdag 13. mars 2025 kl. 19.00.", "klubbhuset"),
    ("Styremøtet ble holdt på Teams 13. mars 2025.", "Teams"),
    ("Møtet ble holdt i møterommet.", "møterommet"),
    ("Møtet ble holdt i forbindelse med årsmøtet.", None),
])
def test_where_a_sentence_says_the_meeting_was_held(sentence, location):
    text = (f"Protokoll fra møte i Bøvik Idrettslag 13. mars 2025\n\n{sentence}\n\n"
            "Sak 1 Godkjenning\nGodkjent.\n")
    assert parse_bytes(text.encode(), "s.txt").meeting.location == location


@pytest.mark.parametrize(("value", "location"), [
    ("Dato: 2.10.2024, kl. 09.00–11.00, Teams", "Teams"),
    ("Tid: 2.10.2024, kl. 09.00–11.00, Lunde rådhus", "Lunde rådhus"),
    ("Dato: 2.10.2024 kl. 09.00–11.00 på Teams", "Teams"),
    ("Dato: 02.10.2024 (uke 40)", None),  # a remark, no place
    ("Tid: 2.10.2024 09.00–11.00 (Teams)", "Teams"),  # a channel in brackets is the place
    ("Tid: 2.10.2024 kl. 9–11 (digitalt møte)", "digitalt møte"),
    ("Tid: 2.10.2024 09.00–11.00 (uke 40)", None),
    ("Tid: 2.10.2024, 12.00 - 15.00, lunsj fra 11.30", None),
])
def test_a_place_after_the_day_and_hours_in_a_time_label(value, location):
    text = (f"Referat fra styremøte\n\n{value}\n\nTil stede: Kari Nes, Per Bø\n\n"
            "Sak 1/24 Plan\nGodkjent.\n")
    meeting = parse_bytes(text.encode(), "s.txt").meeting
    assert (meeting.date, meeting.location) == ("2024-10-02", location)


@pytest.mark.parametrize(("when", "expected"), [
    ("Tid og sted: Onsdag 3. april 2024, kl. 10.00 (lunsj kl. 12), Rådhuset",
     ("10:00", None, "Rådhuset")),  # a break in brackets is neither the end nor the place
    ("Tid og sted: 3. april 2024 kl. 09.00–11.30 og 12.30–15.00, Rådhuset",
     ("09:00", "15:00", "Rådhuset")),  # two sessions: the second one's end
    ("Dato: 3. april 2024\nTid: 09.00–11.30 og 12.30–15.00\nSted: Rådhuset",
     ("09:00", "15:00", "Rådhuset")),
    ("Dato/tid: 03.04.2024 kl 1000-1400\nSted: Rådhuset", ("10:00", "14:00", "Rådhuset")),
])
def test_hours_with_a_break(when, expected):
    text = (f"Referat fra møte i kulturutvalget\n\n{when}\n\nTil stede: Kari Holm, Ola Dahl\n\n"
            "Sak 1/24 Referat\nGodkjent.\n\nSak 2/24 Budsjett\nTatt til orientering.\n")
    meeting = parse_bytes(text.encode(), "referat.txt").meeting
    assert meeting.date == "2024-04-03"
    assert (meeting.start, meeting.end, meeting.location) == expected


@pytest.mark.parametrize("when", [
    "3.4.24, 09:00 til 15:30, Rådhuset",  # a range with "til" and no "kl."
    "3.4.24, kl 09:00 til 15:30, Rådhuset",
    "3.4.24, fra 09.00 til ca. 15.30, Rådhuset",
    "3.4.24, 0900-1530, Rådhuset",  # four digits a side
    "3.4.24, 09.00 til 15.30 i Rådhuset",
])
def test_the_place_after_hours_written_with_til_or_four_digits(when):
    """A "Tid og sted:" value's place is what is left after the day and all of its hours,
    however the range is written."""
    text = (f"Referat fra møte i kulturutvalget\n\nTid og sted: {when}\n\n"
            "Til stede: Kari Holm, Ola Dahl\n\nSak 1/24 Referat\nGodkjent.\n")
    meeting = parse_bytes(text.encode(), "referat.txt").meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == \
        ("2024-04-03", "09:00", "15:30", "Rådhuset")


@pytest.mark.parametrize(("said", "expected"), [
    # a meeting over two days: the first, and the place after the last
    ("Neste møte: 14.–15. mai 2024 i Oslo", ("2024-05-14", None, "Oslo")),
    ("Neste møte: 14. og 15. mai, Dalen hotell", ("2024-05-14", None, "Dalen hotell")),
    # two sessions, a break in brackets: the place after them
    ("Neste møte: 4.5. kl. 09.00–11.30 og 12.30–15.00, Rådhuset",
     ("2024-05-04", "09:00", "Rådhuset")),
    ("Neste møte blir 4. mai 2024, kl. 10.00 (lunsj kl. 12) på Rådhuset.",
     ("2024-05-04", "10:00", "Rådhuset")),
    ("Neste møte: 2024-05-04 kl 1000", ("2024-05-04", "10:00", None)),
    ("Neste møte avholdes den 3. i 5. kl. 18.", ("2024-05-03", "18:00", None)),
])
def test_the_next_meeting_over_days_and_sessions(said, expected):
    text = ("Referat fra møte i kulturutvalget\n\nDato: 12. mars 2024\nSted: Rådhuset\n\n"
            f"Sak 1/24 Referat\nGodkjent.\n\nSak 2/24 Eventuelt\nIngen saker.\n\n{said}\n")
    found = parse_bytes(text.encode(), "referat.txt").next_meeting
    assert (found.date, found.start, found.location) == expected


@pytest.mark.parametrize(("when", "expected"), [
    ("Møtedato: Torsdag 4/4 kl. 10", ("2024-04-04", "10:00")),  # the label makes it a date
    ("Tid og sted: 4/4 kl. 10, Rådhuset", ("2024-04-04", "10:00")),
    ("Dato: 2024.04.04", ("2024-04-04", None)),
])
def test_a_labelled_day_and_month_with_a_slash(when, expected):
    text = (f"Referat fra møte i kulturutvalget\n\n{when}\n\nTil stede: Kari Holm, Ola Dahl\n\n"
            "Sak 1/24 Referat\nGodkjent.\n\nSak 2/24 Budsjett\nTatt til orientering.\n")
    meeting = parse_bytes(text.encode(), "referat.txt").meeting
    assert (meeting.date, meeting.start) == expected


def test_saksliste_on_the_first_line_names_a_summons_and_its_head_follows():
    summons = ("Saksliste\nStyremøte i Nordlys Næringshage AS\n\n"
               "Tid: onsdag 5. juni 2024 kl. 12.00–15.00\nSted: Næringshagen, møterom Aurora\n\n"
               "1. Godkjenning av innkalling og dagsorden\n2. Protokoll fra styremøte 18. april\n"
               "3. Økonomirapport per mai\n"
               "   Forslag til vedtak: Styret tar økonomirapporten til orientering.\n"
               "4. Eventuelt\n")
    record = parse_bytes(summons.encode(), "saksliste.txt")
    assert (record.kind, record.title) == ("agenda", "Saksliste")
    assert (record.meeting.date, record.meeting.start, record.meeting.location) == (
        "2024-06-05", "12:00", "Næringshagen, møterom Aurora")
    assert [i.title for i in record.items][:2] == [
        "Godkjenning av innkalling og dagsorden", "Protokoll fra styremøte 18. april"]
    assert record.items[2].decisions == []  # a proposal in a summons is not yet a decision
    # minutes that open with their agenda's word still say who came
    minutes = ("Dagsorden\nStyremøte i Nordlys Næringshage AS\n\nDato: 5. juni 2024\n"
               "Til stede: Trond Eide, Hilde Sand, Bjørn Aas\n\n"
               "1. Godkjenning av innkalling\nVedtak: Godkjent.\n2. Eventuelt\n")
    record = parse_bytes(minutes.encode(), "referat.txt")
    assert (record.kind, record.meeting.date) == ("minutes", "2024-06-05")


@pytest.mark.parametrize(("address", "body", "organization"), [
    ("Til medlemmene i Helsenettverket Lister", "Helsenettverket Lister", None),
    ("Til rådets medlemmer og varamedlemmer i Kystrådet", "Kystrådet", None),
    ("Til styret i Nordlys Næringshage AS", "Styret", "Nordlys Næringshage AS"),
])
def test_the_addressees_of_a_summons_name_the_body(address, body, organization):
    text = (f"Innkalling og saksliste\n\n{address}\n\nDato: 18. april 2024\n\n"
            "Saksliste\n1. Budsjett\n2. Eventuelt\n")
    record = parse_bytes(text.encode(), "innkalling.txt")
    assert (record.body, record.organization) == (body, organization)


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Saksdokumenter til møte i Regionrådet for Nord-Gudbrandsdal",
     "Regionrådet for Nord-Gudbrandsdal", None),
    ("Sakspapirer – styremøte i Nordlys AS", "Styret", "Nordlys AS"),
    ("Møtedokumenter Kontrollutvalget", "Kontrollutvalget", None),
    ("Sakskart til møte i Formannskapet", "Formannskapet", None),
])
def test_the_papers_of_a_summons_are_an_agenda(title, body, organization):
    # the papers quote each case's "Forslag til vedtak": still nothing decided
    text = (f"{title}\n\nMøtedato: 12.03.2024\nMøtestad: Otta\n\nSak 10/24 Budsjett 2024\n"
            "Saksbehandlar: Per Lie\n\nForslag til vedtak:\nRådet vedtek budsjettet.\n\n"
            "Sak 11/24 Eventuelt\n")
    record = parse_bytes(text.encode(), "saksdokumenter.txt")
    assert (record.kind, record.title) == ("agenda", title)
    assert (record.body, record.organization) == (body, organization)


def test_a_council_named_in_one_word_above_the_title_is_its_committee_s_parent():
    text = ("Vestlandsrådet\n\nINNKALLING TIL MØTE I ARBEIDSUTVALET\n\n"
            "Tid: Fredag 6. september 2024 kl. 10.00–13.00\n\nSaker til handsaming:\n\n"
            "AU 12/24 Godkjenning av innkalling og sakliste\nAU 13/24 Eventuelt\n")
    record = parse_bytes(text.encode(), "innkalling.txt")
    assert (record.body, record.organization) == ("Arbeidsutvalet", "Vestlandsrådet")
    own = text.replace("I ARBEIDSUTVALET", "I VESTLANDSRÅDET")  # the council itself met
    assert parse_bytes(own.encode(), "innkalling.txt").organization is None


@pytest.mark.parametrize("word", ["Dagsorden", "Saksliste", "SAKSLISTE:"])
def test_an_agenda_word_over_the_minutes_title_is_no_title(word):
    text = (f"{word}\nReferat fra styremøte i Nordby Vel 12. mars 2024\n\n"
            "Til stede: Kari Holm (leder), Per Olsen\n\n1. Godkjenning av innkalling\n"
            "Godkjent.\n\n2. Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.title, record.kind) == ("Referat fra styremøte i Nordby Vel 12. mars 2024",
                                           "minutes")


def test_a_saksliste_over_the_meeting_of_a_summons_stays_its_title():
    text = ("Saksliste\nStyremøte i Nordby Vel 12. mars 2024\n\n1. Budsjett\n\n2. Eventuelt\n")
    assert parse_bytes(text.encode(), "innkalling.txt").title == "Saksliste"


@pytest.mark.parametrize(("head", "title", "body"), [
    # a letterhead's contact lines over a bare title name no body
    ("Nordby Skolekorps\nOrg.nr. 912 345 678\n\nMØTEREFERAT", "MØTEREFERAT", None),
    ("Storgata 4, 7100 Sørdal\nMØTEREFERAT", "MØTEREFERAT", None),
    ("Tlf. 917 23 456\nReferat", "Referat", None),
    # and without a title neither they nor the name over them are one
    ("Sørdal Skiklubb\nPostboks 12\n7100 Sørdal", None, None),
    ("Org.nr. 912 345 678", None, None),
    ("Tlf. 917 23 456 – post@sordal.no", None, None),
])
def test_letterhead_contact_lines_are_no_title_or_body(head, title, body):
    text = (f"{head}\n\nDato: 14. mars 2023\nSted: Grendehuset\n\n"
            "Til stede: Kari Holm (leder), Per Lie\n\nSak 1/23 Regnskap\nGodkjent.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert (record.title, record.body, record.organization) == (title, body, None)


def test_a_web_pages_site_name_in_its_title_tag_is_no_parent():
    # "<title>… – Fjordbyen Idrettsråd</title>" names the site, which may host minutes of
    # others; only a parent the page's text names is the organisation
    page = ("<html><head><title>Referat styremøte 12. mars – Fjordbyen Idrettsråd</title>"
            "</head><body><h1>Referat styremøte 12. mars 2024</h1>"
            "<p>Til stede: Kari Holm, Per Lie</p><h2>Sak 1 Budsjett</h2>"
            "<p>Budsjettet ble godkjent.</p></body></html>")
    record = parse_bytes(page.encode(), "referat.html")
    assert (record.title, record.body, record.organization) == (
        "Referat styremøte 12. mars 2024", "Styret", None)


def test_a_clubs_meeting_line_over_a_bare_title_is_the_title():
    text = ("Fjordvik Vel – styremøte 14. mars 2023\nReferat\n\n"
            "Til stede: Kari Holm (leder), Per Lie\n\nSak 1/23 Regnskap\nGodkjent.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert (record.title, record.body, record.organization, record.meeting.date) == (
        "Fjordvik Vel – styremøte 14. mars 2023", "Styret", "Fjordvik Vel", "2023-03-14")


def test_a_letterhead_row_with_the_club_the_title_and_the_date():
    text = ("Fjordvik Vel        Referat styremøte        14.03.2023\n\n"
            "Til stede: Kari Holm (leder), Per Lie\n\nSak 1/23 Regnskap\nGodkjent.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert (record.title, record.body, record.organization, record.meeting.date) == (
        "Referat styremøte", "Styret", "Fjordvik Vel", "2023-03-14")


@pytest.mark.parametrize(("labels", "body", "organization"), [
    ("Møtetype: Styremøte", "Styret", None),  # the kind of meeting names the board
    ("Møte: Styremøte\nForening: Fjordvik Vel", "Styret", "Fjordvik Vel"),
    ("Møte: Styremøte\nKlubb: Havbygd IL", "Styret", "Havbygd IL"),
])
def test_a_header_tables_meeting_type_and_club_labels(labels, body, organization):
    text = (f"MØTEREFERAT\n\n{labels}\nDato: 14.03.2023\n\n"
            "Til stede: Kari Holm (leder), Per Lie\n\nSak 1/23 Regnskap\nGodkjent.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert (record.body, record.organization) == (body, organization)


def test_a_summons_word_over_the_body_and_its_day_is_one_title():
    text = ("MØTEINNKALLING\nRegionrådet 23. mars 2012\nSted: Kongsberg rådhus\n"
            "Tid: 09:00 – 15:00\n\nSakliste\nSak 015/12: Godkjenning av møtebok\n"
            "Sak 016/12: Eventuelt\n")
    record = parse_bytes(text.encode(), "innkalling.txt")
    assert (record.kind, record.body, record.meeting.date) == (
        "agenda", "Regionrådet", "2012-03-23")


@pytest.mark.parametrize(("below", "start", "location"), [
    ("Neste møte: tirsdag 1. oktober kl. 12.00 - 14.00\nSted: Rådhuset, formannskapssalen",
     "12:00", "Rådhuset, formannskapssalen"),
    ("Neste møte\nDato: 1. oktober 2024\nTid: 12.00\nSted: Teams", "12:00", "Teams"),
    ("Neste møte\nDato: 1. oktober 2024\nTid: 12.00", "12:00", None),
    # a sentence after the next meeting says nothing of its place
    ("Neste møte: 1. oktober 2024.\nReferent: Ola Dahl", None, None),
])
def test_the_next_meetings_hours_and_place_in_labels_under_it(below, start, location):
    text = ("Referat fra møte i eldrerådet\n\nDato: 4. september 2024\n\n"
            f"Til stede: Kari Holm, Ola Dahl\n\nSak 1/24 Eventuelt\nIngen saker.\n\n{below}\n")
    upcoming = parse_bytes(text.encode(), "e.txt").next_meeting
    assert (upcoming.date, upcoming.start, upcoming.location) == ("2024-10-01", start, location)


@pytest.mark.parametrize(("title", "body"), [
    ("Referat – styringsgruppen for Digital hjemmeoppfølging Midt-Agder",
     "Styringsgruppen for Digital hjemmeoppfølging Midt-Agder"),
    ("Referat fra møte i styringsgruppen", "Styringsgruppen"),
])
def test_a_numbered_meeting_of_the_titles_group_keeps_the_titles_name(title, body):
    # (s62e) "Møte | Styringsgruppemøte nr. 4/2025" in the head table only numbers the
    # meeting of the group the title names in full
    text = (f"{title}\n\nMøte\tStyringsgruppemøte nr. 4/2025\nDato\t18. november 2025\n"
            "Sted\tVennesla rådhus\n\nSak 19/25 Eventuelt\nIngen saker.\n")
    assert parse_bytes(text.encode(), "sg.txt").body == body


def test_a_project_line_under_a_bare_title_is_no_parent_of_the_labelled_body():
    text = ("Møtenotat\n\nProsjekt: Ny skole i Dalen\nMøte: Prosjektgruppemøte nr. 4\n"
            "Dato: 04.09.2024\n\nDeltakere: Kari Holm, Per Lie\n\n1. Status\nI rute.\n")
    record = parse_bytes(text.encode(), "notat.txt")
    assert (record.body, record.organization) == ("Prosjektgruppen", None)


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Referat fra møte i Kystsamarbeidet – Arbeidsutvalget", "Arbeidsutvalget",
     "Kystsamarbeidet"),
    ("Osloregionen – Faggruppe for samferdsel", "Faggruppe for samferdsel", "Osloregionen"),
    ("Høring – regional plan", "Høring – regional plan", None),  # no cooperation, no body
    # a network named by one word, after the dash
    ("Referat fra møte i Faggruppe oppvekst – Vestlandsnettverket", "Faggruppe oppvekst",
     "Vestlandsnettverket"),
    # a group named by its project before the dash: its meeting word is the group
    ("Referat styringsgruppemøte prosjekt Ny skole – Nordby kommune",
     "Styringsgruppen prosjekt Ny skole", "Nordby kommune"),
    ("Referat fra styringsgruppemøte for prosjekt Ny skole – Nordby kommune",
     "Styringsgruppen for prosjekt Ny skole", "Nordby kommune"),
    # a council named by a word of its own before the dash, whatever its first part
    ("Lofotrådet – prosjektgruppe for grønn omstilling",
     "Prosjektgruppe for grønn omstilling", "Lofotrådet"),
    # … not one named by its kind alone, nor a council before what the document is
    ("Eldrerådet – referat", "Eldrerådet", None),
    # (s75j) a cooperation by its one word and the place it serves, after the dash
    ("Referat fra møte i operativt utvalg – Havnesamarbeidet Ytre Vik", "Operativt utvalg",
     "Havnesamarbeidet Ytre Vik"),
    ("Operativt utvalg – Havnesamarbeidet og framtida",
     "Operativt utvalg – Havnesamarbeidet og framtida", None),
])
def test_a_cooperation_named_by_one_word_before_a_dash_is_the_parent(title, body,
                                                                     organization):
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize(("above", "organization"), [
    ("Styret i Fjordvik Vel", "Fjordvik Vel"),
    ("Styret for Nordby Energi AS", "Nordby Energi AS"),
    ("Rådet i Kystregionen", None),  # a region is no club: the cooperation's own rule
])
def test_the_board_and_its_club_in_a_heading_above_the_title(above, organization):
    text = (f"{above}\n\nReferat fra styremøte\n\nDato: 12.03.2024\n\n"
            "Til stede: Kari Holm, Per Lie\n\nSak 1/24 Regnskap\nGodkjent.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert (record.body, record.organization) == ("Styret", organization)


@pytest.mark.parametrize(("line", "document_date"), [
    ("Dato for referat: 18.03.2024", "2024-03-18"),  # in the head
    ("Protokolldato: 18.03.2024", "2024-03-18"),
    ("Protokoll datert: 18.03.2024", "2024-03-18"),  # the day it was written up
    ("Møtebok datert: 18.03.2024", "2024-03-18"),
])
def test_the_minutes_own_date_under_other_labels(line, document_date):
    text = ("Referat fra møte i regionrådet\n\nMøtedato: 12. mars 2024\n"
            f"{line}\n\nTil stede: Kari Holm, Per Lie\n\nSak 1/24 Regnskap\nGodkjent.\n")
    record = parse_bytes(text.encode(), "r.txt")
    assert (record.meeting.date, record.document_date) == ("2024-03-12", document_date)


@pytest.mark.parametrize(("end", "document_date"), [
    ("Utskriftsdato: 19.03.2024", "2024-03-19"),
    ("Sendt ut: 14.03.2024", "2024-03-14"),
    ("Referatdato: 15. mars 2024", "2024-03-15"),
    ("Referatet ble godkjent på e-post 20. mars 2024.", None),  # approved, not dated
])
def test_the_minutes_own_date_in_a_label_at_the_end(end, document_date):
    text = ("Referat fra møte i regionrådet\n\nMøtedato: 12. mars 2024\n\n"
            f"Til stede: Kari Holm, Per Lie\n\nSak 1/24 Regnskap\nGodkjent.\n\n{end}\n")
    assert parse_bytes(text.encode(), "r.txt").document_date == document_date


@pytest.mark.parametrize(("title", "body"), [
    ("Oppsummering fra samling i Kompetansenettverket", "Kompetansenettverket"),
    ("Referat frå samlinga i Ungdomsnettverket Sogn", "Ungdomsnettverket Sogn"),
    ("Nettverkssamling i Folkehelsenettverket", "Folkehelsenettverket"),
    ("Referat fra samling 12. mars 2024", None),  # a gathering alone names no body
])
def test_a_gathering_in_a_body_is_the_bodys_meeting(title, body):
    assert body_and_organization(title) == (body, None)


@pytest.mark.parametrize(("top", "kind"), [
    ("AGENDA", "agenda"),
    ("Agenda", "agenda"),
    # minutes that list their agenda first, then who came
    ("Agenda\n\nTil stede: Kari Holm, Per Lie, Ola Dahl", "minutes"),
])
def test_a_document_headed_agenda_is_a_summons_unless_it_says_who_came(top, kind):
    text = (f"{top}\n\nMøte i Samarbeidsutvalget\nTid: 12.03.2024 kl. 10-12\nSted: Teams\n\n"
            "1. Velkommen\n2. Status fra kommunene\n3. Eventuelt\n")
    assert parse_bytes(text.encode(), "a.txt").kind == kind


@pytest.mark.parametrize(("title", "body", "organization"), [
    # a meeting joined to its channel is a meeting all the same
    ("Referat fra telefonmøte i styret", "Styret", None),
    ("Referat fra Teams-møte i Faggruppe helse", "Faggruppe helse", None),
    ("Referat fra videomøte 12. mars 2024", None, None),
    ("Protokoll fra e-postmøte i styret for Nordby Havn IKS", "Styret", "Nordby Havn IKS"),
    # the day between the document word and the body
    ("Referat 12.03.2024 – Faggruppe for helse", "Faggruppe for helse", None),
    ("Referat 12. mars 2024: Faggruppe for helse", "Faggruppe for helse", None),
    # the document word and its number after the body
    ("Styringsgruppa Bredbånd Nord – møtereferat nr. 3", "Styringsgruppa Bredbånd Nord", None),
    # the year after the club is the meeting's
    ("Protokoll årsmøte Havbygd IL 2024", "Årsmøtet", "Havbygd IL"),
    # the day before the document word
    ("12.03.2024 Referat styremøte Fjordvik Vel", "Styret", "Fjordvik Vel"),
    ("12. mars 2024 – Referat fra møte i Ungdomsrådet", "Ungdomsrådet", None),
    ("12.03.2024 Ungdomsrådet", "12.03.2024 Ungdomsrådet", None),  # (no document word)
])
def test_the_body_around_channels_days_and_numbers_in_the_title(title, body, organization):
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize(("title", "body", "organization"), [
    # the parent named after a dash, as after a comma: a cooperation's or a municipality's
    # name (its form, or a region's "-regionen")
    ("Referat fra møte i faggruppe helse og omsorg – Sørlia samarbeidsråd",
     "Faggruppe helse og omsorg", "Sørlia samarbeidsråd"),
    ("Referat Næringsnettverket – Kystregionen", "Næringsnettverket", "Kystregionen"),
    ("Referat fra møte i arbeidsgruppe vei – Nordby kommune", "Arbeidsgruppe vei",
     "Nordby kommune"),
    # a topic after the dash is no parent
    ("Referat fra møte i Faggruppe helse – Plan for 2026", "Faggruppe helse – Plan for 2026",
     None),
])
def test_a_parent_after_a_dash_in_the_title(title, body, organization):
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize("letterhead", [
    "Åsdal regionråd\nVår ref.: 26/114",
    "Åsdal regionråd\tDato: 16.02.2026\nVår ref.: 26/114",
])
def test_a_letterheads_reference_names_no_body_over_a_bare_title(letterhead):
    # the reference line between the letterhead's name and "Protokoll" files the letter
    text = (f"{letterhead}\n\nProtokoll\n\nMøtedato: 12.02.2026 kl. 09.00–12.00\n"
            "Møtested: Åsdal rådhus\n\nSak 1/26 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert (record.body, record.organization) == ("Åsdal regionråd", None)


def test_what_when_and_where_labels_name_the_meeting():
    text = ("Møtereferat\n\nHva: Styremøte\nNår: 12.03.2024, 09.00 – 11.00\nHvor: Teams\n\n"
            "Til stede: Kari Holm, Per Lie\n\n1. Velkommen\nIngen merknader.\n")
    record = parse_bytes(text.encode(), "m.txt")
    assert (record.body, record.meeting.date, record.meeting.start, record.meeting.location) \
        == ("Styret", "2024-03-12", "09:00", "Teams")


@pytest.mark.parametrize(("end", "document_date"), [
    ("Referent: Kari Holm, 14.03.2024", "2024-03-14"),
    ("Referent: Kari Holm 14.3.2024", "2024-03-14"),  # without the comma
    ("Referent: Kari Holm (14.3.24)", "2024-03-14"),  # in brackets
    ("Referent: Kari Holm (sekretær), 14.03.2024", "2024-03-14"),
    ("Referat ført av Kari Holm 14.03.2024", "2024-03-14"),
    ("Referatet er godkjent av møteleder 20.03.2024.", None),  # approved, not written
])
def test_the_day_the_minutes_taker_signed_is_the_document_date(end, document_date):
    text = ("Referat fra møte i eldrerådet\n\nMøtedato: 12. mars 2024\n\n"
            f"Til stede: Ola Dahl, Per Lie\n\nSak 5/24 Eventuelt\nIngen saker.\n\n{end}\n")
    assert parse_bytes(text.encode(), "e.txt").document_date == document_date


@pytest.mark.parametrize(("end", "document_date"), [
    ("Rett utskrift, Sogndal 8. september 2025", "2025-09-08"),
    ("Rett utskrift bekreftast: Voss, 09.09.2025", "2025-09-09"),
    ("Rett utskrift stadfesta, Voss 11. september 2025", "2025-09-11"),
    ("Rett utskrift bekreftes, 10.09.2025", "2025-09-10"),  # the date right after the stamp
])
def test_the_true_copy_stamp_before_the_place_and_date_dates_the_minutes(end, document_date):
    text = ("Protokoll\n\nSogn regionråd\n\nMøtedato: 05.09.2025\n\n"
            "Til stades: Ola Dahl, Per Lie\n\nSak 29/25 Eventuelt\n\nIngen saker.\n\n"
            f"{end}\n\nKari Holm\n")
    assert parse_bytes(text.encode(), "p.txt").document_date == document_date


@pytest.mark.parametrize(("title", "organization"), [
    ("Referat prosjektgruppemøte – Nordfjord reiselivsløft", "Nordfjord reiselivsløft"),
    ("Referat styringsgruppemøte – Valdres bustadprosjekt", "Valdres bustadprosjekt"),
    # a topic after the dash, not a project's name
    ("Referat prosjektgruppemøte – Status prosjekt", None),
    ("Referat styringsgruppemøte – Økonomi og program", None),
    # a title's word in front of the project's kind ("Status", "Oppstart", "Evaluering")
    ("Referat prosjektgruppemøte – Status hovudprosjekt", None),
    ("Referat styringsgruppemøte – Oppstart forprosjekt", None),
    ("Referat prosjektgruppemøte – Evaluering delprosjekt", None),
    # (s73b) a project's name opened by its word, whatever small words close it
    ("Referat styringsgruppemøte – Interreg-prosjektet Grenseløs helse",
     "Interreg-prosjektet Grenseløs helse"),
    ("Referat prosjektgruppemøte – prosjekt Felles legevakt", "prosjekt Felles legevakt"),
    ("Referat prosjektgruppemøte – prosjekt status", None),
])
def test_a_project_named_after_the_dash_may_end_in_its_kind_of_work(title, organization):
    assert body_and_organization(title)[1] == organization


@pytest.mark.parametrize(("head", "body"), [
    ("Møtestad: Eid rådhus\n\nTil stades: Kari Nes, Ola Li", "Prosjektgruppa"),
    ("Sted: Eid rådhus\n\nTil stede: Kari Nes, Ola Li", "Prosjektgruppen"),
])
def test_a_group_named_by_its_meeting_word_takes_the_heads_language(head, body):
    text = (f"Referat prosjektgruppemøte – Nordfjord reiselivsløft\n\nDato: 12.11.2025\n\n"
            f"{head}\n\n1. Referat\n\nGodkjent.\n")
    assert parse_bytes(text.encode(), "r.txt").body == body


def test_the_place_and_date_over_signatures_and_a_copy_list_dates_the_minutes():
    text = ("Protokoll fra styremøte\n\nDato: 02.11.2023\n\nTilstede: Anders Ek (leder), "
            "Berit Holm\n\nSak 1 Banen\nStyret vedtok å innhente tilbud.\n\n"
            "Vestby, 3. november 2023\n\nAnders Ek (sign.)\nleder\n\nBerit Holm (sign.)\n"
            "styremedlem\n\nReferatet sendes til:\nMedlemmene\nKommunen v/ Eli Strand\n")
    record = parse_bytes(text.encode(), "s.txt")
    assert (record.document_date, record.meeting.date) == ("2023-11-03", "2023-11-02")
    assert record.items[-1].text == "Styret vedtok å innhente tilbud."
    assert [p.name for p in record.participants] == ["Anders Ek", "Berit Holm"]


@pytest.mark.parametrize(("closing", "start", "end"), [
    ("Møtet ble avsluttet ca. kl. 15.00.", "10:00", "15:00"),  # the header gives a start
    ("Møtet slutt ca. kl. 14.", "10:00", "14:00"),
])
def test_an_approximate_closing_time_ends_a_meeting_with_only_a_start(closing, start, end):
    text = ("Referat fra møte i eldrerådet\n\nMøtedato: 12. mars 2024 kl. 10.00\n\n"
            f"Til stede: Ola Dahl, Per Lie\n\nSak 5/24 Eventuelt\nIngen saker.\n\n{closing}\n")
    meeting = parse_bytes(text.encode(), "e.txt").meeting
    assert (meeting.start, meeting.end) == (start, end)


def test_an_approximate_closing_time_never_overrides_the_headers_end():
    text = ("Referat fra møte i eldrerådet\n\nMøtedato: 12. mars 2024 kl. 10.00–14.00\n\n"
            "Til stede: Ola Dahl, Per Lie\n\nSak 5/24 Eventuelt\nIngen saker.\n\n"
            "Møtet ble avsluttet ca. kl. 14.30.\n")
    assert parse_bytes(text.encode(), "e.txt").meeting.end == "14:00"


@pytest.mark.parametrize(("title", "location"), [
    ("Referat fra telefonmøte i styret", "telefonmøte"),
    ("Referat fra Teams-møte i faggruppa", "Teams-møte"),
    ("Protokoll fra e-postmøte i styret", "e-postmøte"),
    ("Referat fra styremøte", None),
])
def test_a_meeting_joined_to_its_channel_in_the_title_says_where(title, location):
    text = (f"{title}\n\nDato: 5. mars 2024\n\nTil stede: Kari Holm, Per Lie\n\n"
            "Sak 1/24 Regnskap\nGodkjent.\n")
    assert parse_bytes(text.encode(), "t.txt").meeting.location == location


@pytest.mark.parametrize(("form", "location"), [
    ("E-postmøte", "E-postmøte"), ("Per e-post", "Per e-post"), ("Fysisk", None)])
def test_a_meeting_held_by_email_has_the_email_as_its_channel(form, location):
    text = (f"Protokoll frå arbeidsutvalet\n\nMøtedato: 24.04.2026\nMøteform: {form}\n\n"
            "Til stades: Kari Holm, Per Lie\n\nSak 1/26 Uttale\nVedtak: Samrøystes vedteke.\n")
    assert parse_bytes(text.encode(), "t.txt").meeting.location == location


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Arbeidsutvalget (AU) i Kystregionen", "Arbeidsutvalget (AU)", "Kystregionen"),
    ("Referat fra møte i Arbeidsutvalget (AU) i Kystregionen", "Arbeidsutvalget (AU)",
     "Kystregionen"),
    ("Styringsgruppen (SG) for Vestby kommune", "Styringsgruppen (SG)", "Vestby kommune"),
    # no parent after the initials: the name stays whole
    ("Referat fra møte i Arbeidsutvalget (AU)", "Arbeidsutvalget (AU)", None),
])
def test_the_bodys_initials_between_it_and_its_parent(title, body, organization):
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize("title", [
    "Årsmelding 2023", "Handlingsplan for folkehelse 2024–2025", "Saksframlegg",
    "Saksutgreiing", "Høringsuttalelse fra regionrådet", "Vedtekter for Åsen Vel",
    "Møteplan 2024", "Statusrapport prosjekt Grønn Region", "Uttalelse om fylkesveg 57",
])
def test_a_report_plan_or_case_paper_records_no_meeting(title):
    # it tells of meetings and what was decided at them, dated by its own "Dato:"
    text = (f"{title}\n\nVestdalen regionråd\nDato: 15.02.2024\n\n"
            "Møter\nRegionrådet hadde møter 2. februar, 13. april og 7. desember med "
            "Kari Lund som leder.\n\n"
            "Viktige saker\nRegionrådet vedtok en ny næringsstrategi i juni. Sekretariatet "
            "sender strategien til kommunene innen 1. mars.\n\n"
            "Neste møte er 5. februar 2024.\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert record.kind == "other"
    assert record.document_date == "2024-02-15"
    assert (record.meeting.date, record.meeting.start, record.meeting.location) == \
        (None, None, None)
    assert (record.participants, record.items, record.next_meeting.date) == ([], [], None)
    assert record.body is None or not record.body.startswith(title.split()[0])


def test_a_case_papers_table_of_bodies_and_meeting_days_is_no_body():
    text = ("Storvik kommune\n\nSaksframlegg\n\nSaksbehandler: Per Hagen\nArkivsak: 24/118\n"
            "Dato: 28.05.2024\n\nUtvalg\tMøtedato\tSaksnr.\nFormannskapet\t12.06.2024\t45/24\n"
            "Kommunestyret\t20.06.2024\t61/24\n\nFelles lærlingkontor\n\n"
            "Kommunedirektørens innstilling:\nStorvik kommune slutter seg til forslaget.\n")
    record = parse_bytes(text.encode(), "s.txt")
    assert (record.kind, record.body, record.document_date, record.meeting.date) == \
        ("other", None, "2024-05-28", None)


@pytest.mark.parametrize("title", [
    "Referat fra styremøte – handlingsplan 2024", "Protokoll årsmøte 2024",
    "Innkalling til årsmøte",
])
def test_minutes_or_a_summons_about_a_report_or_plan_keep_their_kind(title):
    text = (f"{title}\n\nDato: 15.02.2024\n\nTil stede: Kari Lund, Per Hagen\n\n"
            "Sak 1/24 Årsmelding 2023\nÅrsmeldingen ble godkjent.\n")
    assert parse_bytes(text.encode(), "a.txt").kind in ("minutes", "agenda")


@pytest.mark.parametrize(("opening", "day", "place"), [
    ("Styringsgruppen møttes på Teams 12. mars 2024.", "2024-03-12", "Teams"),
    ("Styret var samlet i Rådhuset tirsdag 12. mars 2024.", "2024-03-12", "Rådhuset"),
    ("Styret møttest 12. mars 2024. Alle var til stades.", "2024-03-12", None),
    ("Styret møttes i fjor høst. I dag, 12. mars 2024, kom alle.", "2024-03-12", None),
])
def test_a_summary_opens_with_who_met_where_and_when(opening, day, place):
    text = (f"Oppsummering fra møtet i styringsgruppen\n\n{opening}\n\nStatus\n"
            "Prosjektleder orienterte. Det ble besluttet at kommunene rapporterer.\n")
    record = parse_bytes(text.encode(), "oppsummering.txt")
    assert (record.meeting.date, record.meeting.location) == (day, place)


def _deck(title_slide: str, closing: str = "Takk for meg!") -> str:
    """A slide deck exported to text: a title slide, numbered slides of bullets, a close."""
    return (f"{title_slide}\n\n1\n\nAgenda\n• Bakgrunn\n• Utfordringer\n\n2\n\n"
            "Bakgrunn\n• Vedtak i regionrådet 2022\n• Fire kommuner med\n"
            "• Finansiert av fylkeskommunen\n\n3\n\nUtfordringer\n• Rekruttering av lærlinger\n"
            "• Få praksisplasser i helse\n• Transport\n\n4\n\n"
            f"{closing}\ningrid.solberg@vestdalen.example\n5\n")


@pytest.mark.parametrize(("title_slide", "day", "body"), [
    # the body the deck was shown to, and the day, under a title that names a topic
    ("Kompetanseløftet i Vestdalen\nStatus og veien videre\nRegionrådet 14. mars 2024",
     "2024-03-14", "Regionrådet"),
    ("Kompetanseløftet i Vestdalen\nStyremøte 14.03.2024", "2024-03-14", "Styret"),
    ("Reiselivsstrategi 2025–2030\nInnspill fra næringen", None, None),
    # a title with a body word names the body
    ("Nettverk for folkehelse\nSamling 14. mars 2024", "2024-03-14", "Nettverk for folkehelse"),
])
def test_a_decks_title_slide_gives_its_day_and_body(title_slide, day, body):
    record = parse_bytes(_deck(title_slide).encode(), "deck.txt")
    assert record.kind == "presentation"
    assert (record.meeting.date, record.body, record.participants) == (day, body, [])


@pytest.mark.parametrize("closing", ["Takk for meg!", "Takk for oss", "Spørsmål?"])
def test_a_decks_closing_slide_is_no_part_of_its_last_item(closing):
    record = parse_bytes(_deck("Nettverk for folkehelse\n14. mars 2024", closing).encode(),
                         "deck.txt")
    assert [i.title for i in record.items] == ["Bakgrunn", "Utfordringer"]
    assert "Takk" not in record.items[-1].text and "example" not in record.items[-1].text


def _slides_pdf(slides: list[tuple[str, list[str]]], footer: str) -> bytes:
    """A deck as PowerPoint exports it: a landscape page a slide, a big bold title,
    bullets under it, and a small footer with the slide's number ("{n}")."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    for name, path in (("DejaVu", FONT), ("DejaVu-Bold", FONT_BOLD)):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=landscape(A4))
    for n, (title, lines) in enumerate(slides, 1):
        pdf.setFont("DejaVu-Bold", 30)
        pdf.drawString(60, 500, title)
        pdf.setFont("DejaVu", 18)
        for row, text in enumerate(lines):
            pdf.drawString(80, 430 - 34 * row, text)
        pdf.setFont("DejaVu", 9)
        pdf.drawString(60, 30, footer.format(n=n))
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_a_short_deck_without_an_agenda_slide_lists_no_items():
    # five slides and "Spørsmål?": a deck; its slide titles are a talk's topics, no saker
    data = _slides_pdf([("Kompetanseløftet i Vestdalen", ["Presentasjon for styret",
                                                           "12. april 2024"]),
                        ("Bakgrunn", ["• Behov for fagarbeidere", "• Tre kommuner med"]),
                        ("Resultater så langt", ["• 40 deltakere", "• 12 fullført"]),
                        ("Utfordringer", ["• Rekruttering", "• Finansiering etter 2025"]),
                        ("Spørsmål?", [])], "Vestdalen kompetansesenter   Side {n}")
    record = parse_bytes(data, "deck.pdf")
    assert (record.kind, record.meeting.date, record.items) == (
        "presentation", "2024-04-12", [])
    # the title names a topic and where; the deck says whom it was shown to
    assert (record.body, record.organization) == ("Styret", None)


@pytest.mark.parametrize(("shown", "day", "body"), [
    ("Presentasjon for formannskapet 14. mars 2024", "2024-03-14", "Formannskapet"),
    ("Orientering i kommunestyret\n14.03.2024", "2024-03-14", "Kommunestyret"),
    ("Innlegg for regionrådet", None, "Regionrådet"),
    ("Presentasjon for næringslivet 14. mars 2024", None, None),  # an audience, no body
])
def test_a_title_slide_names_the_body_the_deck_was_shown_to(shown, day, body):
    record = parse_bytes(_deck(f"Reiselivsstrategi 2025–2030\n{shown}").encode(), "deck.txt")
    assert (record.kind, record.meeting.date, record.body) == ("presentation", day, body)


def test_a_pdf_deck_with_an_agenda_slide_has_its_items_in_order():
    data = _slides_pdf([("Regionrådet for Fjellregionen", ["Møte 14. mars 2024"]),
                        ("Agenda", ["• Velkommen", "• Status i samferdselsprosjektet",
                                    "• Budsjett 2025"]),
                        ("Status i samferdselsprosjektet", ["• Anbud sendes ut i mai"]),
                        ("Budsjett 2025", ["• Rammen holdes"]),
                        ("Takk for meg!", ["kari@fjellregionen.example"])],
                       "Fjellregionen  |  14.03.2024  |  {n}")
    record = parse_bytes(data, "deck.pdf")
    assert (record.kind, record.title, record.body, record.meeting.date) == (
        "presentation", "Regionrådet for Fjellregionen", "Regionrådet", "2024-03-14")
    assert [(i.title, i.text) for i in record.items] == [
        ("Velkommen", ""), ("Status i samferdselsprosjektet", "Anbud sendes ut i mai"),
        ("Budsjett 2025", "Rammen holdes")]


@pytest.mark.parametrize("heading", ["Innhold", "Dagens agenda", "Agenda for dagen",
                                     "Tema i dag", "Agenda"])
def test_the_list_on_a_decks_agenda_slide_gives_its_items(heading):
    text = _deck("Nettverk for folkehelse\n14. mars 2024").replace("Agenda\n", heading + "\n")
    record = parse_bytes(text.encode(), "deck.txt")
    assert [(i.title, i.text.splitlines()[0]) for i in record.items] == [
        ("Bakgrunn", "Vedtak i regionrådet 2022"), ("Utfordringer", "Rekruttering av lærlinger")]


def test_a_footer_on_every_slide_is_no_part_of_an_item():
    # slides copied as text keep each page's footer: body, date and the slide's number
    slides = [("Agenda", ["Hvorfor ny strategi", "Innspill fra næringen", "Tidsplan"]),
              ("Hvorfor ny strategi", ["Gjeldende strategi går ut i 2025", "Nye krav"]),
              ("Innspill fra næringen", ["14 bedrifter har svart", "Felles markedsføring"]),
              ("Tidsplan", ["Høring i juni", "Vedtak i regionrådet i oktober"])]
    text = "Reiselivsstrategi 2025–2030\nRegionrådet 14. mars 2024\n\n"
    for n, (heading, bullets) in enumerate(slides, 1):
        text += heading + "\n" + "".join(f"• {b}\n" for b in bullets)
        text += f"\nVestdalen regionråd | 14.03.2024 | {n}\n\n"
    record = parse_bytes((text + "Takk for oppmerksomheten!\n").encode(), "deck.txt")
    assert [(i.title, i.text) for i in record.items] == [
        ("Hvorfor ny strategi", "Gjeldende strategi går ut i 2025\nNye krav"),
        ("Innspill fra næringen", "14 bedrifter har svart\nFelles markedsføring"),
        ("Tidsplan", "Høring i juni\nVedtak i regionrådet i oktober")]


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Hovedpunkter fra møtet i styringsgruppen for Digi Vestdalen 12. mars 2024",
     "Styringsgruppen for Digi Vestdalen", None),
    ("Hovudpunkt frå møtet i Ungdomsrådet", "Ungdomsrådet", None),
    ("Hovedpunkter fra samlingen", None, None),
])
def test_the_main_points_from_a_meeting_are_its_minutes(title, body, organization):
    text = (f"{title}\n\nDato: 12.03.2024\n\n1. Status\nProsjektet er i rute.\n\n"
            "2. Budsjett\nBudsjettet ble vedtatt.\n")
    record = parse_bytes(text.encode(), "h.txt")
    assert (record.kind, record.body, record.organization) == ("minutes", body, organization)


def test_main_points_of_a_strategy_are_no_minutes():
    assert body_and_organization("Hovedpunkter i strategien") == \
        ("Hovedpunkter i strategien", None)


def test_the_council_a_summons_letter_is_addressed_to_is_the_one_in_its_letterhead():
    # "Til medlemmene i regionrådet" under "Vestdalen regionråd": one council, no parent
    text = ("Vestdalen regionråd\n\nTil medlemmene i regionrådet\n\nMøteinnkalling\n\n"
            "Det innkalles herved til møte i Vestdalen regionråd.\n\nDato: 12. juni 2024\n"
            "Forfall meldes til sekretariatet. Vararepresentanter innkalles etter behov.\n\n"
            "Saksliste\n\nSak 20/24 Budsjett\nForslag til vedtak: Budsjettet vedtas.\n\n"
            "Sak 21/24 Eventuelt\n")
    record = parse_bytes(text.encode(), "i.txt")
    assert (record.kind, record.body, record.organization) == \
        ("agenda", "Vestdalen regionråd", None)
    assert (record.participants, record.items[0].decisions) == ([], [])


@pytest.mark.parametrize("stamp", [
    "Referatserie: Styret 2024", "Saksnr. 24/123", "Arkivsak: 2024/551",
    "Vår ref.: 24/123-4", "Deres ref.: 23/44", "Journalpostnr. 2024/881",
])
def test_a_filing_field_over_the_title_is_no_title(stamp):
    text = (f"{stamp}\n\nReferat fra møte i styret\n\nMøtedato: 14.03.2024\nSted: Teams\n\n"
            "Til stede: Kari Holm, Per Lie\n\nSak 01/24 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "s.txt")
    assert (record.title, record.body) == ("Referat fra møte i styret", "Styret")
    assert record.meeting.date == "2024-03-14"


@pytest.mark.parametrize("above", ["Dato: 20.03.2024", "Vår ref.: 24/12-4\nDato: 20.03.2024"])
def test_a_meeting_date_label_gives_the_day_and_a_bare_date_the_documents(above):
    text = (f"{above}\n\nReferat fra møte i styret\n\nMøtedato: 14.03.2024\nSted: Teams\n\n"
            "Til stede: Kari Holm, Per Lie\n\nSak 01/24 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "d.txt")
    assert (record.meeting.date, record.document_date) == ("2024-03-14", "2024-03-20")


@pytest.mark.parametrize(("place", "location"), [
    ("Se innkalling", None), ("Jf. invitasjon", None), ("Som i innkallingen", None),
    ("Se kalenderinvitasjon", None), ("Rådhuset, se kart", "Rådhuset, se kart"),
    ("Se Innkalling.", None),
    # a pointer after the place goes, the place stays
    ("Rådhuset, se innkalling", "Rådhuset"), ("Teams (se lenke i innkallingen)", "Teams"),
    ("Teams – lenke i innkallingen", "Teams"), ("Innkallingsrommet", "Innkallingsrommet"),
])
def test_a_place_that_points_to_the_summons_names_no_place(place, location):
    text = (f"Referat fra møte i styret\n\nDato: 14.03.2024\nSted: {place}\n\n"
            "Til stede: Kari Holm, Per Lie\n\nSak 01/24 Godkjenning\nGodkjent.\n")
    assert parse_bytes(text.encode(), "p.txt").meeting.location == location


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Referat fra arbeidsmøte i faggruppen for helse", "Faggruppen for helse", None),
    ("Arbeidsmøte i styringsgruppen", "Styringsgruppen", None),
    ("Referat fra temamøte i kommunestyret", "Kommunestyret", None),
    ("Referat fra budsjettmøte i formannskapet", "Formannskapet", None),
    ("Referat fra strategimøte i styret for Nordby IKS", "Styret", "Nordby IKS"),
    ("Referat frå arbeidsmøte i faggruppa for helse", "Faggruppa for helse", None),
    # a meeting word that names the body, and a meeting with no body after it, stay
    ("Referat fra styremøte i Nordby Vel", "Styret", "Nordby Vel"),
    ("Referat fra dialogmøte med næringslivet", "Dialogmøte med næringslivet", None),
])
def test_a_kind_of_meeting_in_a_body_is_that_bodys_meeting(title, body, organization):
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("REFERAT FRA MØTE I ARBEIDSUTVALGET (AU) I KYSTREGIONEN", "Arbeidsutvalget (AU)",
     "Kystregionen"),
    ("REFERAT FRA MØTE I ARBEIDSUTVALGET I KYSTREGIONEN", "Arbeidsutvalget", "Kystregionen"),
    ("REFERAT FRA MØTE I FAGGRUPPE HELSE I VESTREGIONEN", "Faggruppe helse", "Vestregionen"),
    # a topic after "for" and a phrase with "og" are no parent
    ("REFERAT FRA MØTE I FAGGRUPPEN FOR HELSE", "Faggruppen for helse", None),
    ("REFERAT FRA MØTE I UTVALGET I PLAN OG MILJØ", "Utvalget i plan og miljø", None),
])
def test_a_title_in_capitals_keeps_the_initials_and_names_the_parent(title, body, organization):
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize(("words", "meeting_date"), [
    ("Vedlagt følger referat fra styremøtet 12. mars.", "2024-03-12"),
    ("Her er referat fra møtet tirsdag 12. mars.", "2024-03-12"),
    # the mail says nothing of the day: its own day is no meeting's
    ("Her er referatet.", None),
])
def test_a_mailed_minutes_day_comes_from_the_mail_not_from_when_it_was_sent(words, meeting_date):
    text = ("Fra: Ola Dahl\nSendt: 15. mars 2024 10:12\nTil: Kari Holm; Per Lie\n"
            f"Emne: Referat styremøte\n\nHei alle,\n\n{words}\n\n"
            "Til stede: Kari Holm, Per Lie\n\n1. Regnskap\nGodkjent.\n")
    record = parse_bytes(text.encode(), "mail.txt")
    assert (record.document_date, record.meeting.date) == ("2024-03-15", meeting_date)


@pytest.mark.parametrize(("value", "date", "start", "location"), [
    ("Tirsdag 4/3 fra kl. 10, Rådhuset", "2025-03-04", "10:00", "Rådhuset"),
    ("4. mars 2025 fra kl. 10, Grendahuset", "2025-03-04", "10:00", "Grendahuset"),
])
def test_a_time_and_place_value_leaves_the_place_alone(value, date, start, location):
    text = (f"Referat fra møte i ungdomsrådet\n\nTid og sted: {value}\n\n"
            "Til stede: Kari Holm, Per Lie\n\nSak 5/25 Budsjett\nTatt til orientering.\n")
    meeting = parse_bytes(text.encode(), "u.txt").meeting
    assert (meeting.date, meeting.start, meeting.location) == (date, start, location)


@pytest.mark.parametrize(("sentence", "location"), [
    ("Møtet ble avholdt 4. mars 2024 på rådhuset.", "rådhuset"),
    ("Møtet ble avholdt 4. mars 2024 i klubbhuset, Nordby stadion.", "klubbhuset, Nordby stadion"),
    ("Møtet ble avholdt 4. mars 2024 på Teams.", "Teams"),
])
def test_a_held_sentence_names_a_building_in_lower_case(sentence, location):
    text = (f"Referat fra møte i styret\n\n{sentence}\n\nTil stede: Kari Holm, Per Lie\n\n"
            "Sak 1 Budsjett\nTatt til orientering.\n")
    meeting = parse_bytes(text.encode(), "s.txt").meeting
    assert (meeting.date, meeting.location) == ("2024-03-04", location)


def test_a_date_in_a_forwarded_mails_header_is_when_it_was_sent():
    text = ("---------- Videresendt melding ---------\nFra: Elin Toft <elin@kyst.no>\n"
            "Dato: tir. 19. mars 2024 kl. 14:02\nEmne: Referat fra styremøte\n"
            "Til: Ragnhild Sætre <r@kyst.no>\n\nHei,\n\nher er referat fra styremøtet 14. mars."
            "\n\nTil stede: Ragnhild Sætre, Tormod Helland\n\n1. Regnskap\nGodkjent.\n")
    record = parse_bytes(text.encode(), "mail.txt")
    assert (record.document_date, record.meeting.date, record.meeting.start) == \
        ("2024-03-19", "2024-03-14", None)


@pytest.mark.parametrize(("subject", "title"), [
    ("Referat", "Referat fra styremøte i Nordby Vel"),
    ("SV: Protokoll", "Referat fra styremøte i Nordby Vel"),
    ("Referat fra styremøtet 14. mars", "Referat fra styremøtet 14. mars"),
])
def test_a_mails_bare_subject_gives_way_to_the_minutes_own_heading(subject, title):
    text = (f"Fra: Elin Toft\nSendt: 19. mars 2024 14:02\nTil: Ragnhild Sætre\n"
            f"Emne: {subject}\n\nReferat fra styremøte i Nordby Vel\n\nDato: 14. mars 2024\n\n"
            "Til stede: Ragnhild Sætre, Tormod Helland\n\n1. Regnskap\nGodkjent.\n")
    assert parse_bytes(text.encode(), "mail.txt").title == title


def test_a_letterhead_that_names_the_body_in_the_organ_label_is_no_parent_of_it():
    text = ("Sogn regionråd\n\nMØTEBOK\n\nOrgan: Sogn regionråd\nStad: Sogndal kulturhus\n"
            "Tid: Måndag 4. mars 2024, kl. 10.00–13.00\n\nMøtte: Kari Holm, Ola Dahl\n\n"
            "PS 5/24 Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "mote.txt")
    assert (record.body, record.organization) == ("Sogn regionråd", None)


def test_a_political_council_named_with_its_region_right_after_is_the_parent():
    text = ("Interkommunalt politisk råd Nordhordland\nMøtebok frå representantskapet\n"
            "Møtedato: 19.11.2024\n\nMøtte: Kari Holm, Ola Dahl\n\n"
            "Sak 30/24 Årsbudsjett 2025\nVedteke.\n")
    record = parse_bytes(text.encode(), "mote.txt")
    assert (record.body, record.organization) == (
        "Representantskapet", "Interkommunalt politisk råd Nordhordland")


def test_a_clubs_line_above_its_boards_line_is_the_parent_and_the_board_as_named():
    text = ("Nordby idrettslag\nHovedstyret\n\nReferat fra styremøte 12. mars 2024\n\n"
            "Sted: Klubbhuset\n\nTil stede: Kari Holm (leder), Per Lie\n\n"
            "Sak 1/24 Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert (record.body, record.organization) == ("Hovedstyret", "Nordby idrettslag")


@pytest.mark.parametrize("letterhead", ["Hardangerrådet IKS", "Hardangerrådet"])
@pytest.mark.parametrize("title", ["Møtebok", "Protokoll"])
def test_a_council_on_the_letterhead_over_a_bare_title_is_the_body_also_with_iks(
        letterhead, title):
    text = (f"{letterhead}\n\n{title}\n\nDato: 14.02.2024\nStad: Kommunehuset i Ulvik\n\n"
            "Til stades: Kari Holm (leiar), Per Lie\n\n"
            "Sak 1/24 Godkjenning av innkalling\nGodkjend.\n")
    record = parse_bytes(text.encode(), "mote.txt")
    assert (record.body, record.organization) == (letterhead, None)


@pytest.mark.parametrize("title", ["Referat fra samlingen", "Hovedpunkter fra samlingen",
                                   "Referat"])
def test_the_line_under_a_title_that_names_no_body_gives_body_day_and_venue(title):
    text = (f"{title}\nNettverk for kulturskoler, 5. mars 2024, Storvik kulturhus\n\n"
            "Til stede: Kari Holm (Storvik kommune), Per Lie (Nordby kommune)\n\n"
            "1. Velkommen\nKari Holm ønsket velkommen.\n")
    record = parse_bytes(text.encode(), "samling.txt")
    assert (record.body, record.organization) == ("Nettverk for kulturskoler", None)
    assert (record.meeting.date, record.meeting.location) == ("2024-03-05", "Storvik kulturhus")
    assert record.document_date is None  # the body's day, not a letter's place and date


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Referat Faggruppemøte Helse", "Faggruppe Helse", None),
    ("Møtereferat Nettverksmøte Folkehelse", "Nettverk Folkehelse", None),
    ("Faggruppemøte Areal og transport", "Faggruppe Areal og transport", None),
    # a name that is an organisation stays the parent
    ("Referat faggruppemøte Osloregionen", "Faggruppen", "Osloregionen"),
    ("Referat nettverksmøte Nordby IL", "Nettverket", "Nordby IL"),
    ("Referat prosjektgruppemøte Kyststi Nord", "Prosjektgruppen", "Kyststi Nord"),
    # one field word in lower case names the group too, but not how it met
    ("Referat fra faggruppemøte helse, 12. mars 2025", "Faggruppe helse", None),
    ("Referat nettverksmøte oppvekst", "Nettverk oppvekst", None),
    ("Nettverksmøte digitalt 12. mars", "Nettverket", None),
    ("Referat faggruppemøte helse og omsorg", "Faggruppen", None),
])
def test_a_subject_groups_field_after_its_meeting_word_is_no_parent(title, body, organization):
    assert body_and_organization(title) == (body, organization)


def test_a_board_line_under_a_clubs_name_is_the_body_when_no_title_names_it():
    text = ("Nordby idrettslag\nHovedstyret\n\nDato: 12.03.2024\nSted: Klubbhuset\n\n"
            "Til stede: Kari Holm (leder), Per Lie\n\nSak 1 Godkjenning av innkalling\n"
            "Godkjent.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert (record.body, record.organization) == ("Hovedstyret", "Nordby idrettslag")


def test_a_summons_signed_between_its_list_and_its_case_papers_is_dated_there():
    text = ("Storvik regionråd\n\nInnkalling til møte i regionrådet\n\n"
            "Dato: 12. juni 2024\nSted: Rådhuset, Storvik\n\nSaksliste\n"
            "Sak 10/24 Godkjenning av innkalling\nSak 11/24 Regional plan\n\n"
            "Storvik, 30. mai 2024\n\nKari Holm\nleder\n\nSaksframlegg\n\n"
            "Sak 10/24 Godkjenning av innkalling\nForslag til vedtak: Innkallingen godkjennes.\n\n"
            "Sak 11/24 Regional plan\nPlanen legges fram for regionrådet. Sekretariatet har "
            "utarbeidet et utkast.\nForslag til vedtak: Regionrådet slutter seg til planen.\n")
    record = parse_bytes(text.encode(), "innkalling.txt")
    assert (record.document_date, record.meeting.date) == ("2024-05-30", "2024-06-12")


@pytest.mark.parametrize("title", ["Referat fra møte i regionrådet",
                                   "Innkalling til møte i regionrådet"])
def test_a_regional_council_over_a_meeting_of_the_council_is_the_body_not_its_parent(title):
    text = (f"Storvik regionråd\n\n{title}\n\nDato: 12. juni 2024\n\n"
            "Til stede: Kari Holm, Per Lie\n\nSak 10/24 Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "mote.txt")
    assert (record.body, record.organization) == ("Storvik regionråd", None)


@pytest.mark.parametrize(("head", "body", "organization"), [
    ("Nordby IL\nHovedstyret\nProtokoll", "Hovedstyret", "Nordby IL"),
    ("Nordby idrettslag – Hovedstyret\n\nReferat fra styremøte 12. mars 2024",
     "Hovedstyret", "Nordby idrettslag"),
    ("Nordby idrettslag - Styret\n\nReferat fra styremøte 12. mars 2024",
     "Styret", "Nordby idrettslag"),
])
def test_a_clubs_main_board_over_a_bare_title_or_after_a_dash_has_the_club_as_parent(
        head, body, organization):
    text = (f"{head}\n\nSted: Klubbhuset\nDato: 12.03.2024\n\n"
            "Til stede: Kari Holm (leder), Per Lie\n\nSak 1/24 Godkjenning av innkalling\n"
            "Godkjent.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert (record.body, record.organization) == (body, organization)


@pytest.mark.parametrize(("under", "location"), [
    ("Faggruppe helse, 5. mars 2024, Teams", "Teams"),
    ("Kompetansenettverket for barnehager – 5. mars 2024 – Storvik", "Storvik"),
])
def test_a_body_then_its_day_and_venue_after_commas_or_dashes_is_no_letters_date(
        under, location):
    text = (f"Oppsummering fra samlingen\n{under}\n\nTil stede: Kari Holm, Per Lie\n\n"
            "1. Velkommen\nKari Holm ønsket velkommen.\n")
    record = parse_bytes(text.encode(), "samling.txt")
    assert (record.meeting.date, record.meeting.location) == ("2024-03-05", location)
    assert record.document_date is None


def test_a_subject_groups_field_in_a_title_in_capitals_is_no_parent_either():
    assert body_and_organization("REFERAT FAGGRUPPEMØTE HELSE") == ("Faggruppe Helse", None)
    assert body_and_organization("REFERAT FAGGRUPPEMØTE OSLOREGIONEN") == (
        "Faggruppen", "Osloregionen")


def test_a_board_of_a_forum_in_capitals_keeps_the_forums_words_the_text_capitalises():
    text = ("REFERAT FRA MØTE I STYRET FOR NORDBY NÆRINGSFORUM\n\nDato: 15.03.2024\n\n"
            "Til stede: Kari Holm (leder), Per Lie\n\n"
            "Sak 1/24 Årsmelding\nStyret godkjente årsmeldingen for Nordby Næringsforum.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert (record.body, record.organization) == ("Styret", "Nordby Næringsforum")


def test_a_date_time_place_block_split_by_slashes_gives_the_place_alone():
    text = ("Referat fra møte i samarbeidsutvalget\n\nDato / Tid / Sted\n"
            "14.02.2024 / 18:00-20:00 / Bakkeby skole, personalrommet\n\n"
            "Til stede: Kari Holm (leder), Per Lie\n\nSak 1/24 Budsjett\nGodkjent.\n")
    meeting = parse_bytes(text.encode(), "su.txt").meeting
    assert (meeting.date, meeting.start, meeting.end) == ("2024-02-14", "18:00", "20:00")
    assert meeting.location == "Bakkeby skole, personalrommet"


def test_minutes_sent_by_mail_take_the_year_not_the_day_from_sent():
    text = ("From: Mona Berg <mona.berg@nordby.no>\nSent: Friday, March 15, 2024 10:12\n"
            "To: Kari Holm; Per Lie\nSubject: Referat fra møte i arbeidsutvalget 12. mars\n\n"
            "Hei alle,\n\nTil stede: Kari Holm, Per Lie\n\n"
            "1. Budsjett 2024\nArbeidsutvalget sluttet seg til forslaget.\n")
    record = parse_bytes(text.encode(), "mail.txt")
    assert record.title == "Referat fra møte i arbeidsutvalget 12. mars"
    assert record.document_date == "2024-03-15"
    assert record.meeting.date == "2024-03-12"


def test_a_forum_on_the_letterhead_owns_the_board_that_met():
    text = ("Nordby Næringsforum\n\nProtokoll fra styremøte\n\n"
            "Tid: Onsdag 6. november 2024, kl. 0900–1130\nSted: Teams\n\n"
            "Til stede: Kari Holm (styreleder), Per Lie\n\nSak 1 Budsjett\nGodkjent.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert (record.body, record.organization) == ("Styret", "Nordby Næringsforum")
    assert (record.meeting.start, record.meeting.end) == ("09:00", "11:30")


@pytest.mark.parametrize("label", ["Møtedato/Møtetid/Møtested:", "Møtedato/-tid/-sted:",
                                   "Møtedato, -tid og -stad:"])
def test_the_three_meeting_labels_joined_give_day_hours_and_place(label):
    text = (f"Referat fra møte i faggruppe for oppvekst\n\n{label} 22.10.2024, 09:00 - 11:30, "
            "Rådhuset\n\nTil stede: Kari Holm (leder), Per Lie\n\nSak 1 Budsjett\nGodkjent.\n")
    meeting = parse_bytes(text.encode(), "fg.txt").meeting
    assert (meeting.date, meeting.start, meeting.end) == ("2024-10-22", "09:00", "11:30")
    assert meeting.location == "Rådhuset"


@pytest.mark.parametrize(("head", "document", "day"), [
    # minutes mailed in January about a December meeting: the year before the mail's
    ("From: Kari Holm <kari@nordbyvel.no>\nSent: Wednesday, January 8, 2025 21:40\n"
     "Subject: Referat styremøte Nordby Vel\n\n"
     "Referat fra styremøte i Nordby Vel onsdag 18. desember", "2025-01-08", "2024-12-18"),
    # a summons dated in December for a January meeting: the year after its date
    ("Innkalling til styremøte i Nordby Vel\n\nDato: 12.12.2024\nMøtedato: 10. januar",
     "2024-12-12", "2025-01-10"),
    # the same side of New Year: the document's year
    ("Referat fra styremøte i Nordby Vel\n\nDato: 20.03.2024\nMøtedato: 12. mars",
     "2024-03-20", "2024-03-12"),
])
def test_a_meeting_day_without_a_year_takes_the_year_nearest_the_documents_date(
        head, document, day):
    text = (f"{head}\n\nTil stede: Kari Holm (leder), Per Lie\n\n"
            "1. Juletrefest\nStyret vedtok å holde juletrefest.\n")
    record = parse_bytes(text.encode(), "vel.txt")
    assert (record.document_date, record.meeting.date) == (document, day)


def test_a_room_in_lower_case_ending_in_lokalet_is_where_the_next_meeting_is():
    text = ("Sørbygda Skolekorps\nStyret\n\nReferat fra styremøte 14. februar 2024\n\n"
            "Tilstede: Kari Holm (leder), Per Lie\n\nSak 1 Konsert\n"
            "Styret vedtok å holde vårkonsert 20. april.\n\n"
            "Neste møte: mandag 11. mars kl. 18.00 i korpslokalet\n")
    record = parse_bytes(text.encode(), "korps.txt")
    assert (record.body, record.organization) == ("Styret", "Sørbygda Skolekorps")
    assert (record.next_meeting.date, record.next_meeting.start,
            record.next_meeting.location) == ("2024-03-11", "18:00", "korpslokalet")


def test_a_mails_words_on_the_minutes_give_the_meetings_hours_and_channel():
    text = ("Subject: Referat fra møte i Regionalt ledernettverk\nFrom: Mona Berg\n"
            "Sent: Tuesday, October 1, 2024 8:05 AM\n\nHei alle,\n"
            "Under følger referat fra møtet 26. september kl. 10.00–12.00 på Teams.\n\n"
            "Til stede: Kari Holm, Per Lie\n\n1. Status\n"
            "Nettverket tok statusen til orientering.\n")
    record = parse_bytes(text.encode(), "mail.txt")
    assert record.document_date == "2024-10-01"  # the day it was sent, not the meeting's
    meeting = record.meeting
    assert (meeting.date, meeting.start, meeting.end) == ("2024-09-26", "10:00", "12:00")
    assert meeting.location == "Teams"


def test_a_meeting_over_two_days_ends_at_the_second_days_time():
    text = ("Referat styreseminar i Nordby Vekst AS\n\nDato: 3.–4. mars 2024\n"
            "Tid: 3. mars kl. 12.00 – 4. mars kl. 14.00\nSted: Scandic Hotel, Bodø\n\n"
            "Til stede: Kari Holm, Per Dahl\n\nSak 1/24 Strategi\nTatt til orientering.\n")
    meeting = parse_bytes(text.encode(), "seminar.txt").meeting
    assert (meeting.date, meeting.start, meeting.end) == ("2024-03-03", "12:00", "14:00")
    assert meeting.location == "Scandic Hotel, Bodø"


def test_a_day_then_a_place_under_the_title_is_the_meetings():
    text = ("Referat frå møte i regionrådet for Hallingdal\n4. mars 2024, Geilo\n\n"
            "Til stades: Kari Holm, Per Dahl\n\nSak 1/24 Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "regionrad.txt")
    assert (record.meeting.date, record.meeting.location) == ("2024-03-04", "Geilo")
    assert record.document_date is None


def test_a_title_wrapped_after_the_first_of_two_days_goes_on():
    text = ("Referat frå møte i regionrådet for Hallingdal, 3. og\n4. mars 2024, Geilo\n\n"
            "Til stades: Kari Holm, Per Dahl\n\nSak 1/24 Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "regionrad.txt")
    assert record.title == ("Referat frå møte i regionrådet for Hallingdal, 3. og 4. mars 2024, "
                            "Geilo")
    assert (record.body, record.organization) == ("Regionrådet for Hallingdal", None)
    assert (record.meeting.date, record.meeting.location) == ("2024-03-03", "Geilo")


@pytest.mark.parametrize("when", [
    "Oppmøte kl. 09.30, møtestart kl. 10.00",
    "Tid: 5. mars 2024 kl. 09.30 (oppmøte og kaffe), møtestart kl. 10.00",
])
def test_the_meeting_starts_at_møtestart_not_when_people_gather(when):
    text = (f"Styremøte i Nordby Vekst AS\nDato: 5. mars 2024\n{when}\nSted: Nordby hotell\n\n"
            "Til stede: Kari Holm, Per Dahl\n\nSak 1/24 Budsjett\nGodkjent.\n")
    meeting = parse_bytes(text.encode(), "styre.txt").meeting
    assert (meeting.date, meeting.start, meeting.location) == ("2024-03-05", "10:00",
                                                               "Nordby hotell")


@pytest.mark.parametrize(("lines", "location"), [
    ("Møteform: Telefonmøte", "Telefonmøte"),  # the channel, when no place is labelled
    ("Møteform: Fysisk\nSted: Rådhuset", "Rådhuset"),  # a form that is no place
    ("Møteform: Teams\nSted: Rådhuset, møterom 2", "Rådhuset, møterom 2"),  # the place first
    ("Sted/form: Hybrid (Næringshagen og Teams)", "Hybrid (Næringshagen og Teams)"),
    ("Møteform: Fysisk møte på Rådhuset", "Rådhuset"),  # a physical meeting's place
    ("Møteform: fysisk, Kommunestyresalen", "Kommunestyresalen"),
    ("Møteform: Fysisk, personalrommet", "personalrommet"),  # a room in lower case
    ("Møteform: Fysisk møte i klubbhuset", "klubbhuset"),
    ("Møteform: Møte i styret", None),  # who met, not where
])
def test_the_meetings_form_is_its_place_only_when_it_names_a_channel(lines, location):
    text = (f"Protokoll fra møte i representantskapet for Nordby Renovasjon IKS\n"
            f"Dato: 12. mars 2024\nTid: kl. 13.00 – 13.45\n{lines}\n\n"
            "Til stede: Kari Holm, Per Dahl\n\nSak 1/24 Budsjett\nGodkjent.\n")
    assert parse_bytes(text.encode(), "protokoll.txt").meeting.location == location


def test_a_title_wrapped_before_its_year_goes_on():
    text = ("Referat fra styremøte i Nordby Vekst AS 3. mars\n2024\nSted: Scandic Hotel, Bodø\n\n"
            "Til stede: Kari Holm, Per Dahl\n\nSak 1/24 Budsjett\nGodkjent.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert record.title == "Referat fra styremøte i Nordby Vekst AS 3. mars 2024"
    assert (record.body, record.organization) == ("Styret", "Nordby Vekst AS")
    assert record.meeting.date == "2024-03-03"


@pytest.mark.parametrize(("when", "hours"), [
    ("Dato/tid: 06.03.24 / 10-15", ("10:00", "15:00")),  # the hours after the day
    ("Tid: 6. mars 2024, 09.00-11.30", ("09:00", "11:30")),
    ("Dato: 6. mars 2024\nTid: 10.00 –", ("10:00", None)),  # the end left blank
    ("Dato: 6. mars 2024\nTid: 09.00–lunsj", ("09:00", None)),  # an end in words
    ("Dato: 6. mars 2024\nTid: 10.00 – ca. middag", ("10:00", None)),
    ("Dato: 6. mars 2024\nTid: 10.00 – slutt ca. 15.00", ("10:00", "15:00")),
    ("Dato: 6. mars 2024\nTid: 12.00 – 15.30 (inkl. lunsj)", ("12:00", "15:30")),
])
def test_labelled_hours_after_the_day_or_with_a_blank_end(when, hours):
    text = (f"Referat fra møte i regionrådet\n{when}\nSted: Teams-møte\n\n"
            "Til stede: Kari Holm, Per Dahl\n\nSak 1/24 Budsjett\nGodkjent.\n")
    meeting = parse_bytes(text.encode(), "referat.txt").meeting
    assert meeting.date == "2024-03-06"
    assert (meeting.start, meeting.end) == hours


@pytest.mark.parametrize("signatures", [
    # every board member signs, each name over a title and a mark, in two columns
    ("Ingrid Vik                Olav Haugland\nstyreleiar                styremedlem\n"
     "sign.                     sign.\n\nSiri Nes                  Magnus Rød\n"
     "styremedlem               styremedlem\nsign.                     sign.\n\n"
     "Anne Berge\nvaramedlem\nsign.\n"),
    ("Ingrid Vik\nstyreleiar\n(sign.)\n\nOlav Haugland\nstyremedlem\n(sign.)\n\n"
     "Siri Nes\nstyremedlem\n(sign.)\n\nMagnus Rød\nnestleiar\n(sign.)\n"),
])
def test_a_board_signing_with_every_member_keeps_the_place_and_date_above(signatures):
    text = ("Vestfjord Hamn KF\n\nStyremøte nr. 3/2024\n\nDato: 6. mars 2024\n\n"
            "Til stades: Ingrid Vik, Olav Haugland, Siri Nes, Magnus Rød\n\n"
            "Sak 12/24 Eventuelt\nIngen saker.\n\nStord, 7. mars 2024\n\n" + signatures)
    assert parse_bytes(text.encode(), "s.txt").document_date == "2024-03-07"


@pytest.mark.parametrize(("above", "below", "body", "organization"), [
    ("Nettverk for kulturkontakter i Hardangerrådet\n", "", "Nettverk for kulturkontakter",
     "Hardangerrådet"),
    ("", "Barnehagenettverket i Midtfjord\n", "Barnehagenettverket", "Midtfjord"),
    ("", "Faggruppe for landbruk i Nordhordland\n", "Faggruppe for landbruk", "Nordhordland"),
    ("Vestdal kommune\n", "", "Nettverket", "Vestdal kommune"),  # no network named
])
def test_a_network_named_beside_a_title_that_names_it_generically(above, below, body,
                                                                   organization):
    meeting_word = "faggruppemøte" if "Faggruppe" in below else "nettverksmøte"
    text = (f"{above}Referat frå {meeting_word} 23. januar 2025\n{below}\nTid: 10:00–11:30\n"
            "Stad: Teams\n\nTil stades: Kari Holm, Per Bø\n\n1. Velkomen\nKari ønskte velkomen.\n")
    record = parse_bytes(text.encode(), "nettverk.txt")
    assert (record.body, record.organization) == (body, organization)


@pytest.mark.parametrize("title", ["Samandrag frå møte i faggruppa for samferdsel",
                                   "Faggruppa for samferdsel – samandrag"])
def test_a_nynorsk_summary_names_the_body_after_its_document_word(title):
    # "samandrag" is nynorsk for "sammendrag": a word for the document, not the body
    text = (f"{title}\n\nDato: 6. april 2024\nTil stades: Ola Nes, Kari Li\n\n"
            "Sak 1/24 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "samandrag.txt")
    assert (record.kind, record.title, record.body) == (
        "minutes", title, "Faggruppa for samferdsel")


@pytest.mark.parametrize(("title", "body"), [
    ("Referat_2024-03-12", None),  # a file's name: underscores for spaces
    ("Referat 2024-03-12 Regionrådet", "Regionrådet"),  # the ISO day between, no dash
    ("20240312 Referat styremøte", "Styret"),  # the day run together, year first
    ("Referat_Styret_2024-03-12", "Styret"),
])
def test_a_title_in_a_file_names_style_gives_the_day_and_the_body(title, body):
    text = (f"{title}\n\nSted: Rådhuset\n\n"
            "Til stede: Kari Holm, Per Dahl\n\nSak 1/24 Budsjett\nGodkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.title == title  # the title stays as written
    assert record.meeting.date == "2024-03-12"
    assert record.body == body


def test_a_run_together_number_that_is_no_day_stays_unread():
    text = ("Referat 20241399 Regionrådet\n\nSted: Rådhuset\n\n"
            "Til stede: Kari Holm, Per Dahl\n\nSak 1/24 Budsjett\nGodkjent.\n")
    assert parse_bytes(text.encode(), "referat.txt").meeting.date is None


@pytest.mark.parametrize(("when", "location"), [
    ("Møtedato: 12.03.2024 kl. 10 på rådhuset", "rådhuset"),  # a building in lower case
    ("Dato: 12. mars 2024 kl 12, møterommet i 2. etasje", "møterommet i 2. etasje"),
    ("Dato: 12. mars 2024 kl 12, rådhuset i Nordby", "rådhuset i Nordby"),
    ("Dato: 12. mars 2024 kl 12, styret møttes", None),  # no building: no place
])
def test_a_place_in_lower_case_after_the_labelled_day_and_hours(when, location):
    text = (f"Referat fra møte i Regionrådet\n\n{when}\n\n"
            "Til stede: Kari Holm, Per Dahl\n\nSak 1/24 Budsjett\nGodkjent.\n")
    meeting = parse_bytes(text.encode(), "referat.txt").meeting
    assert (meeting.date, meeting.location) == ("2024-03-12", location)


def test_the_end_named_slutt_in_a_held_sentence_before_the_place():
    text = ("Referat styremøte\n\nMøtet ble holdt 12. mars 2024 kl. 10.00 (slutt ca. 15) på "
            "rådhuset.\n\nTil stede: Kari Holm, Per Dahl\n\nSak 1/24 Budsjett\nGodkjent.\n")
    meeting = parse_bytes(text.encode(), "referat.txt").meeting
    assert (meeting.start, meeting.end, meeting.location) == ("10:00", "15:00", "rådhuset")


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("REFERAT FRA MØTE I FAGGRUPPE HELSE, VESTLANDSNETTVERKET", "Faggruppe helse",
     "Vestlandsnettverket"),  # in capitals: the network after the comma is the parent
    ("REFERAT FRA MØTE I ARBEIDSUTVALGET, KYSTSAMARBEIDET", "Arbeidsutvalget",
     "Kystsamarbeidet"),
])
def test_a_cooperation_after_a_comma_in_a_title_in_capitals_is_the_parent(title, body,
                                                                          organization):
    assert body_and_organization(title) == (body, organization)


def test_the_minutes_head_under_a_saksliste_with_page_numbers_at_the_top():
    # the saksliste page opens the file; the protocol's own labels follow it
    text = ("SAKLISTE\n\nSak 40/24 Godkjenning av protokoll ........ 2\n"
            "Sak 41/24 Økonomirapport ........ 3\nSak 42/24 Eventuelt ........ 4\n\n"
            "PROTOKOLL\n\nUtval: Eldrerådet\nMøtedato: 10.10.2024\n"
            "Møtestad: Kommunestyresalen\nTid: 10:00 – 12:30\n\n"
            "Møtande medlemer: Kari Holm (leiar), Per Bø\nForfall: Ola Dahl\n\n"
            "Sak 40/24 Godkjenning av protokoll\nVedtak: Protokollen vart godkjend.\n\n"
            "Sak 41/24 Økonomirapport\nTeke til orientering.\n\n"
            "Sak 42/24 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "eldrerad.txt")
    assert record.body == "Eldrerådet"
    assert (record.meeting.date, record.meeting.start, record.meeting.end,
            record.meeting.location) == ("2024-10-10", "10:00", "12:30", "Kommunestyresalen")
    assert [i.number for i in record.items] == ["40/24", "41/24", "42/24"]


def test_a_calendars_plassering_label_gives_the_place():
    text = ("Møtenotater\n\nFaggruppe oppvekst\n\nDato og tid: 20.03.2024 12:30 - 14:00\n"
            "Plassering: Microsoft Teams-møte\nDeltakere: Kari Holm; Per Lunde\n\n"
            "1. Skolestart\nTatt til orientering.\n")
    assert parse_bytes(text.encode(), "notater.txt").meeting.location == "Microsoft Teams-møte"


def _head(header: str) -> tuple:
    """The meeting fields for a header over a short attendance list and one item."""
    text = f"{header}\n\nTil stede: Kari Holm, Per Dahl\n\nSak 1/25 Eventuelt\nIngen saker.\n"
    record = parse_bytes(text.encode(), "referat.txt")
    meeting = record.meeting
    return (record.body, record.organization, meeting.date, meeting.start, meeting.end,
            meeting.location)


@pytest.mark.parametrize(("hours", "start", "end"), [
    ("Tid: fra 12.30", "12:30", None),  # "fra" makes it a start
    ("Tidspunkt: frå 10", "10:00", None),
    ("Tid: frå 10 til 14", "10:00", "14:00"),  # whole hours with "til"
    ("Tid: 12.30 - ca. 15", "12:30", "15:00"),  # an end "about"
    ("Tid: 4. mars 2025 fra 10 til 14", "10:00", "14:00"),  # the hours after the day
    ("Tidspunkt: frå 10 til 14, 4. mars 2025", "10:00", "14:00"),  # … or before it
    ("Dato: 4.3.2025, 10-12", "10:00", "12:00"),  # the meeting's day, then its hours
    ("Dato: 4.3.2025 fra 12.30", "12:30", None),
    ("Dato: 4.3.2025 2025", None, None),  # four digits alone may be a year
    ("Tid: 9–11.30 (lunsj kl. 11.30)", "09:00", "11:30"),  # the break's time is no start
    ("Tid: 10.00–12.00 (pause 11.00–11.15)", "10:00", "12:00"),
])
def test_hours_without_kl_after_a_time_or_date_label(hours, start, end):
    header = "Referat fra styremøte\n" + hours + (
        "" if "2025" in hours else "\nMøtedato: 4. mars 2025")
    assert _head(header)[2:5] == ("2025-03-04", start, end)


@pytest.mark.parametrize(("place", "location"), [
    ("Rådhuset, 2. etg.", "Rådhuset, 2. etg."),  # an abbreviation keeps its stop
    ("Vik skole, avd.", "Vik skole, avd."),
    ("Rådhuset, Storgt.", "Rådhuset, Storgt."),
    ("Kommunehuset i Vik.", "Kommunehuset i Vik"),  # a sentence's stop goes
    ("Rådhuset, 2. etasje.", "Rådhuset, 2. etasje"),
])
def test_a_labelled_place_keeps_the_stop_of_an_abbreviation(place, location):
    assert _head(f"Referat\nDato: 4. mars 2025\nSted: {place}")[5] == location


@pytest.mark.parametrize(("title", "body", "location"), [
    ("Referat fra møte i Regionrådet, Vik rådhus, 4. mars 2025", "Regionrådet", "Vik rådhus"),
    ("Referat fra møte i Kontrollutvalet, Rådhuset 4. mars 2025", "Kontrollutvalet",
     "Rådhuset"),
    ("Referat fra møte i Kontrollutvalet, Vik kulturhus, 4. mars 2025", "Kontrollutvalet",
     "Vik kulturhus"),
])
def test_a_building_between_the_body_and_the_day_in_the_title_is_the_place(
        title, body, location):
    assert _head(title)[:3] == (body, None, "2025-03-04")
    assert _head(title)[5] == location


@pytest.mark.parametrize(("header", "document_date", "meeting_date"), [
    # a letter's "Dato:" above the title, the meeting's weekday and day under it
    ("Dato: 10.03.25\nReferat fra styremøte\nOnsdag 5. mars", "2025-03-10", "2025-03-05"),
    # a lone "Dato:" is the meeting's day
    ("Referat fra styremøte\nDato: 10.03.25", None, "2025-03-10"),
    # written or sent out: the document's own day
    ("Referat fra styremøte\nMøtedato: 4. mars 2025\nSkrevet: 10.03.2025", "2025-03-10",
     "2025-03-04"),
    ("Referat fra styremøte\nMøtedato: 4. mars 2025\nDato sendt: 10.03.2025", "2025-03-10",
     "2025-03-04"),
])
def test_the_documents_own_date_beside_the_meetings_day(header, document_date, meeting_date):
    text = f"{header}\n\nTil stede: Kari Holm, Per Dahl\n\nSak 1 Eventuelt\nIngen saker.\n"
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.document_date, record.meeting.date) == (document_date, meeting_date)


@pytest.mark.parametrize("hours", ["Fra kl. 18.00 til kl. 20.00", "Kl. 18 til kl. 20"])
def test_a_line_of_hours_under_the_day_names_no_place(hours):
    assert _head(f"Referat fra styremøte\nDato: 4. mars 2025\n{hours}")[3:] == (
        "18:00", "20:00", None)


def test_a_place_then_the_hour_under_the_day_is_still_the_place():
    assert _head("Referat fra styremøte\nDato: 4. mars 2025\nSagavn. 20, Leknes kl. 18.30")[
        3:] == ("18:30", None, "Sagavn. 20, Leknes")


def _grid_docx(rows: list[list[str]]) -> bytes:
    """A DOCX whose head is a grid of label and value cells, two pairs a row."""
    import docx
    document = docx.Document()
    document.add_heading("Protokoll styremøte 4.3.2025", 1)
    table = document.add_table(rows=len(rows), cols=4)
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    document.add_heading("Sak 1/25 Godkjenning av innkalling", 2)
    document.add_paragraph("Innkallingen ble godkjent.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_GRID = [["Arkivsak:", "25/123", "Sekretær:", "Lise Berg"],
         ["Møteleder:", "Ola Nordmann", "Sted:", "Rådhuset"]]


@pytest.mark.parametrize("filename", ["protokoll.docx", "protokoll.txt"])
def test_a_label_in_the_third_cell_of_a_header_grid(filename):
    if filename.endswith(".docx"):
        data = _grid_docx(_GRID)
    else:  # the same grid typed with tabs
        data = ("Protokoll styremøte 4.3.2025\n\n" + "\n".join("\t".join(r) for r in _GRID) +
                "\n\nSak 1/25 Godkjenning av innkalling\nInnkallingen ble godkjent.\n").encode()
    record = parse_bytes(data, filename)
    assert [(p.name, p.role) for p in record.participants] == [
        ("Lise Berg", ParticipantRole.SECRETARY), ("Ola Nordmann", ParticipantRole.CHAIR)]
    assert record.meeting.location == "Rådhuset"


def test_an_attendance_table_s_name_columns_are_no_label_pairs():
    text = ("Referat styremøte 4.3.2025\n\nTil stede:\nKari Holm\tleder\tOla Dahl\tmedlem\n\n"
            "Sak 1/25 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    record = parse_bytes(text.encode(), "r.txt")
    assert "Kari Holm" in [p.name for p in record.participants]


def test_a_statement_under_a_letterhead_and_a_case_stamp_is_titled_by_its_own_heading():
    # the letterhead and "Arkivsak:" file the letter; its heading names it, a hearing reply
    text = ("Regionrådet Vest\nArkivsak: 25/211\n\n"
            "Høringsuttalelse – Regional plan for vannforvaltning\n\n"
            "Regionrådet Vest viser til høringsbrev datert 10. januar 2025.\n\n"
            "Regionrådet støtter hovedmålene i planen, men ber om at tiltakene finansieres.\n\n"
            "Vedtatt i Regionrådet Vest 7. mars 2025.\n")
    record = parse_bytes(text.encode(), "uttalelse.txt")
    assert (record.kind, record.title) == \
        ("other", "Høringsuttalelse – Regional plan for vannforvaltning")
    assert record.meeting.date is None


@pytest.mark.parametrize("file_name", [
    "referat_styremote_2025-03-03.docx", "Protokoll-AU-0325.pdf", "innkalling.odt",
])
def test_a_file_name_printed_on_top_is_no_title(file_name):
    text = (f"{file_name}\n\nReferat fra styremøte i Valdres Næringshage AS\n\n"
            "Dato: 3. mars 2025\nTil stede: Eva Li, Tom Ur\n\n"
            "Sak 1/25 Strategi\nVedtak: Strategien ble vedtatt.\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert record.title == "Referat fra styremøte i Valdres Næringshage AS"


@pytest.mark.parametrize("title", [
    "Referat (utkast)", "Protokoll (foreløpig)", "Referat [ikke godkjent]", "Referat – UTKAST",
])
def test_a_draft_mark_on_a_bare_title_leaves_the_body_to_the_line_below(title):
    text = (f"{title}\n\nFaggruppe oppvekst\nDato: 5. mai 2025\n\n"
            "Til stede: Hilde Bø, Arne Lid\n\nSak 1 Skolebruksplan\n"
            "Faggruppen tok saken til orientering.\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert (record.title, record.body) == (title, "Faggruppe oppvekst")


@pytest.mark.parametrize("word", ["Samandrag", "Oppsummering", "Minnesnotat", "Møtenotat"])
def test_a_bare_summary_word_over_the_meeting_and_its_day_takes_the_body_from_it(word):
    text = (f"{word}\n\nMøte i styringsgruppa for Fjordvegen, 14. mars 2025\n\n"
            "Til stades: Olav Rud, Siv Ål\n\n1. Status\n"
            "Styringsgruppa tok orienteringa til vitande.\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert (record.kind, record.title) == ("minutes", word)
    assert record.body is not None and record.body.casefold() == "styringsgruppa for fjordvegen"
    assert record.meeting.date == "2025-03-14"


@pytest.mark.parametrize("below", [
    "Tema: Felles innkjøp av IKT", "Gjelder: Felles innkjøp av IKT",
    "Møte mellom Regionrådet og fylkeskommunen om samferdsel",
])
def test_a_topic_or_a_meeting_between_parties_under_a_bare_title_names_no_body(below):
    # what was discussed, or two parties meeting: no one body met
    text = (f"Notat fra møte\n\n{below}\nDato: 3. mars 2025\n"
            "Til stede: Tor Haug, Mari Sund\n\n"
            "Det ble enighet om å lyse ut felles anskaffelse.\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert (record.kind, record.title, record.body) == ("minutes", "Notat fra møte", None)


@pytest.mark.parametrize("who", ["Styret i Fjellregionen Næringsforum",
                                 "Medlemmene i arbeidsutvalget og varamedlemmene"])
def test_a_long_summons_sentence_gives_the_meetings_day_hours_and_place(who):
    text = (f"Innkalling til styremøte\n\n{who} innkalles til styremøte tirsdag "
            "22. april 2025 kl. 18.00 på Tynset.\n\n"
            "1. Godkjenning av innkalling og dagsorden\n"
            "Forslag til vedtak: Innkalling og dagsorden godkjennes.\n\n2. Eventuelt\n")
    record = parse_bytes(text.encode(), "innkalling.txt")
    assert record.kind == "agenda"
    assert (record.meeting.date, record.meeting.start, record.meeting.location) == \
        ("2025-04-22", "18:00", "Tynset")


@pytest.mark.parametrize(("title", "body"), [
    ("Invitasjon til strategisamling", None),
    ("Invitasjon til møte i Regionrådet Vest", "Regionrådet Vest"),
    ("Invitasjon og program: Nettverkssamling for kommuneplanleggere", None),
])
def test_an_invitations_word_is_no_part_of_the_body(title, body):
    # "Invitasjon til …" is read as "Innkalling til …": the word names the document
    assert body_and_organization(title)[0] == body


def test_the_first_items_time_slot_is_not_the_meetings_hours():
    # minutes over the summons: "09.00–09.15 Sak 8/25 …" gives that item's slot, not
    # when the meeting began and ended; the head says nothing of the hours
    text = ("PROTOKOLL FRA MØTE I DALREGIONRÅDET\n\nMøtedato: Fredag 7. mars 2025\n"
            "Møtested: Nordal rådhus\n\nTil stede: Ingrid Solberg, Tor Hagen\n\n"
            "09.00–09.15 Sak 8/25 Godkjenning av innkalling\nGodkjent.\n\n"
            "09.15–10.00 Sak 9/25 Budsjett\nVedtatt.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert (record.meeting.date, record.meeting.start, record.meeting.end) == \
        ("2025-03-07", None, None)
    assert [i.number for i in record.items] == ["8/25", "9/25"]


def _minutes(head: str, tail: str = "") -> str:
    """Short minutes around a header block (and an optional closing under the items)."""
    return ("Referat fra styremøte i Nordvik Vel\n\n" + head +
            "\n\nTil stede: Ola Nordmann (leder), Kari Holm, Per Hansen\n\n"
            "Sak 1/25 Godkjenning av innkalling\nInnkallingen ble godkjent.\n\n"
            "Sak 2/25 Eventuelt\nIngen saker.\n" + tail)


@pytest.mark.parametrize(("hours", "start", "end"), [
    ("Fra kl: 18.00 Til kl: 20.00", "18:00", "20:00"),
    ("Tid: frå 09:30 til 15", "09:30", "15:00"),  # nynorsk, the end a whole hour
    ("Tid: kl. 10.00 (varte til 15.30)", "10:00", "15:30"),
    ("Tid 10–14", "10:00", "14:00"),  # a grid without colons
    ("Møtestart: 10.00\nMøteslutt: 14.00", "10:00", "14:00"),
    ("Tid: 10:00 - 15", "10:00", "15:00"),
    ("Fra: 18.00 Til: 20.00", "18:00", "20:00"),  # a form's, no mail's "Fra:"
    ("Frå: 18.00 Til: 20.00", "18:00", "20:00"),
])
def test_the_meetings_hours_in_the_ways_headers_write_them(hours, start, end):
    text = _minutes(f"Dato 4.3.2025\n{hours}\nSted Grendehuset")
    meeting = parse_bytes(text.encode(), "a.txt").meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == \
        ("2025-03-04", start, end, "Grendehuset")


@pytest.mark.parametrize(("label", "location"), [
    ("Møtetype: Digitalt", "Digitalt"),  # the channel, not the body ("Digitalt")
    ("Type møte: Teams", "Teams"),
    ("Møtetype: Styremøte", None),
])
def test_a_meeting_type_that_names_a_channel_is_the_place(label, location):
    record = parse_bytes(_minutes(f"Dato: 4.3.2025\n{label}").encode(), "a.txt")
    assert (record.meeting.location, record.body) == (location, "Styret")


@pytest.mark.parametrize("closing", [
    "\nSted og dato: Bodø, 6.3.2025\n\nOla Nordmann\nleder\n",
    "\nDato: 6.3.2025\n\nKari Holm\nreferent\n",
    "\nDato: 6.3.2025\nOla Nordmann, leder\nKari Holm, referent\n",
])
def test_a_closing_date_above_the_signature_is_the_documents(closing):
    record = parse_bytes(_minutes("Møtedato: 4.3.2025\nSted: Rådhuset", closing).encode(),
                         "a.txt")
    assert (record.meeting.date, record.document_date) == ("2025-03-04", "2025-03-06")


@pytest.mark.parametrize("closing", [
    "\nNeste møte\nDato: 6.5.2025\n\nKari Holm\nreferent\n",  # the next meeting's day
    "\nDato: 6.5.2025\nSted: Rådhuset\n",  # a day with its place: no signature under it
    "\nNeste møte\nTid: kl. 10\nStad: Rådhuset\nDato: 6.5.2025\nOla Nordmann\n",
])
def test_a_closing_date_that_is_no_signing_date(closing):
    record = parse_bytes(_minutes("Møtedato: 4.3.2025\nSted: Rådhuset", closing).encode(),
                         "a.txt")
    assert record.document_date is None


def test_a_meeting_plans_days_are_no_document_date():
    text = ("Møteplan 2025 for regionrådet\n\nRegionrådet har disse møtene i 2025:\n"
            "4. mars 2025\n6. mai 2025\n10. juni 2025\n16. september 2025\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert (record.document_date, record.meeting.date) == (None, None)


def test_bare_dates_in_an_item_are_no_document_date():
    # two planned meetings on lines of their own, within the dozen lines the head reads
    text = ("MØTEPROTOKOLL\nStyret i Vesterfjord regionråd\nMøtedato: 12.03.2026\n"
            "Møtested: Rådhuset i Lindvik\nTil stede: Kari Holm (leder), Per Strand\n\n"
            "Sak 6/26 Godkjenning av innkalling\nVedtak: Innkallinga er godkjent.\n\n"
            "Sak 7/26 Møteplan\nNeste møter:\n10.04.26\n17.05.26\n"
            "Vedtak: Møteplanen er vedtatt.\n\nKari Holm\nleder\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert (record.document_date, record.meeting.date) == (None, "2026-03-12")


def test_a_bare_sign_off_date_under_the_last_item_is_the_document_date():
    text = ("Styremøte i Lindvik grendalag\n\nTilstede: Kari Holm, Per Strand\n\n"
            "01 – 2026    Årsmelding.\n\nGjennomgått.\n\n02 – 2026    Eventuelt.\n\n"
            "Ingen saker.\n\n14.03.26\nKari Holm\n")
    assert parse_bytes(text.encode(), "a.txt").document_date == "2026-03-14"


def test_the_sign_off_date_under_an_item_is_still_the_document_date():
    text = ("MØTEPROTOKOLL\nStyret i Vesterfjord regionråd\nMøtedato: 12.03.2026\n"
            "Til stede: Kari Holm (leder), Per Strand\n\n"
            "Sak 6/26 Møteplan\nNeste møter:\n10.04.26\n17.05.26\n\n"
            "Lindvik, 14.03.2026\n\nKari Holm\nleder\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert record.document_date == "2026-03-14"


@pytest.mark.parametrize(("sentence", "day", "place"), [
    ("Nordvik regionråd inviterer til samling 4.–5. mars 2025 på Hotell Fjord.",
     "2025-03-04", "Hotell Fjord"),
    ("Du inviteres med dette til fagdag tirsdag 4. mars 2025.", "2025-03-04", None),
])
def test_an_invitation_gives_the_first_day_of_the_gathering(sentence, day, place):
    text = f"Invitasjon\n\n{sentence}\n\nProgram\nKl. 10.00 Velkommen\nKl. 12.00 Lunsj\n"
    record = parse_bytes(text.encode(), "a.txt")
    assert (record.meeting.date, record.meeting.location, record.document_date) == \
        (day, place, None)


@pytest.mark.parametrize(("said", "location"), [
    ("Neste møte vert måndag 8. desember kl. 18.00 på skulen.", "skulen"),
    ("Neste møte blir 8. desember kl. 18.00 på skolen", "skolen"),
    ("Neste møte blir 8. desember kl. 18.00 på skolen sammen med FAU.", None),  # more after it
])
def test_the_school_alone_is_where_the_next_meeting_is(said, location):
    text = ("Referat frå møte i samarbeidsutvalet 6. november 2025\n\n"
            f"Til stades: Kari Dal (leiar), Per Haugen\n\nSak 1/25 Eventuelt\n{said}\n")
    assert parse_bytes(text.encode(), "su.txt").next_meeting.location == location


@pytest.mark.parametrize(("hours", "start", "end"), [
    ("Tid: 17-19 (møtet slutta 19.40)", "17:00", "19:40"),  # when it did end
    ("Tid: kl. 12.00 – 15.00 (møtet ble hevet kl. 15.10)", "12:00", "15:10"),
    ("Tid: 10.00 – (lunsj 12–12.30) – 15.00", "10:00", "15:00"),  # the break is no end
    ("Tid: 10.00 – 15.00 (lunsj 12–12.30)", "10:00", "15:00"),
])
def test_asides_in_the_hours(hours, start, end):
    record = parse_bytes(_minutes(f"Dato: 4.3.2025\n{hours}\nSted: Rådhuset").encode(), "a.txt")
    assert (record.meeting.start, record.meeting.end) == (start, end)


@pytest.mark.parametrize("hours", ["Tid: kl. 10.00 (varighet 2 timer)", "Tid: 10.00 (ca. 1,5 t)",
                                   "Tid: kl. 10.00 (90 min.)"])
def test_a_duration_in_brackets_is_neither_the_end_nor_the_place(hours):
    record = parse_bytes(_minutes(f"Dato: 4.3.2025\n{hours}").encode(), "a.txt")
    assert (record.meeting.start, record.meeting.end, record.meeting.location) == (
        "10:00", None, None)


def test_a_meeting_label_that_gives_the_day_names_no_body():
    text = ("Innkalling til møte i Regionrådet for Nordfjord\n\n"
            "Møte: tirsdag 4. mars 2025 kl. 10.00\nSted: Rådhuset\n\n"
            "Saksliste\nSak 1/25 Godkjenning av innkalling\nSak 2/25 Eventuelt\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert (record.body, record.meeting.date, record.meeting.start) == \
        ("Regionrådet for Nordfjord", "2025-03-04", "10:00")


@pytest.mark.parametrize(("addressed", "body", "organization"), [
    ("Til: Medlemmene i Regionrådet for Nordfjord", "Regionrådet for Nordfjord", None),
    ("Til: Styret i Fjordvik Havn KF", "Styret", "Fjordvik Havn KF"),
    ("Til: Kommunedirektørene i Nordfjord", None, None),  # people, not a body
])
def test_a_summons_addressed_to_a_body_names_it(addressed, body, organization):
    text = (f"Innkalling\n\n{addressed}\nFra: Sekretariatet\n\n"
            "Dato: 4.3.2025\nSted: Rådhuset\n\n"
            "Saksliste\nSak 1/25 Godkjenning av innkalling\nSak 2/25 Eventuelt\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert (record.body, record.organization) == (body, organization)


def test_a_date_with_a_place_under_it_is_no_mails_sent_date():
    text = ("Protokoll\n\nTil: Styret i Fjordvik Havn KF\nFra: Daglig leder\n\n"
            "Dato: 4.3.2025\nSted: Havnekontoret\n\n"
            "Til stede: Kari Holm, Ole Dahl\n\nSak 1/25 Regnskap\nGodkjent.\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert (record.meeting.date, record.document_date) == ("2025-03-04", None)


@pytest.mark.parametrize(("title", "body"), [
    ("Referat fra fagsamling for faggruppe helse", "Faggruppe helse"),
    ("Referat fra samling for styret i Nordby Vel", "Styret"),
    ("Referat fra nettverkssamling for kulturskoler", None),  # (whom it is for: no body)
])
def test_a_gathering_for_a_body_is_the_bodys_meeting(title, body):
    assert body_and_organization(title)[0] == body


def _header_table_docx(rows: list[list[str]]) -> bytes:
    """A Word document whose head is a table (logo | title | date), then the minutes."""
    import docx
    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    for text in ("Til stede: Kari Holm, Ole Dahl", "Sak 1/25 Godkjenning av innkalling",
                 "Innkallingen ble godkjent."):
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize(("rows", "title", "location"), [
    ([["", "REFERAT", "Møtedato: 04.03.2025"]], "REFERAT", None),  # the logo an image
    ([["Fjordregionen", "Referat", "Dato: 04.03.2025"]], "Referat", None),
    ([["", "Protokoll", "Møtedato: 04.03.2025"], ["", "Styret i Vestkraft IKS", "Sted: Rådhuset"]],
     "Protokoll", "Rådhuset"),
])
def test_a_word_header_table_keeps_its_title_date_and_place(rows, title, location):
    record = parse_bytes(_header_table_docx(rows), "referat.docx")
    assert (record.title, record.meeting.date, record.meeting.location) == \
        (title, "2025-03-04", location)


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Protokoll – Regionrådet i Vestdalen, møte 3/2025", "Regionrådet i Vestdalen", None),
    ("Styret i Nordby Vel, møte nr. 4", "Styret", "Nordby Vel"),
    ("Faggruppe helse, møte 4. mars 2025", "Faggruppe helse", None),
    ("Referat Kulturnettverket – møte 12", "Kulturnettverket", None),
    ("Arbeidsutvalgets møte 3/2025", "Arbeidsutvalget", None),  # the genitive's owner
    # the number right after the name, with no comma or dash before it
    ("Regionrådet i Xdalen møte 3/2025", "Regionrådet i Xdalen", None),
    ("Referat fra møte i Regionrådet i Xdalen nr. 3/2025", "Regionrådet i Xdalen", None),
    ("Møte i Styret for Vestlandsvatn IKS nr. 4", "Styret", "Vestlandsvatn IKS"),
    ("Referat fra styremøte i Nordvik Vel nr. 3", "Styret", "Nordvik Vel"),
    ("Referat fra arbeidsgruppe nr. 2", "Arbeidsgruppe nr. 2", None),  # the group's name
    ("Styremøte i Nordvik Vel nr. 2/24", "Styret", "Nordvik Vel"),
    ("Referat – styremøte Nordvik Vel 3/2025", "Styret", "Nordvik Vel"),  # no "nr." either
    ("Referat fra 3. møte i arbeidsutvalget 2025", "Arbeidsutvalget", None),  # the year's
    ("Prosjekt Kultur 2030", "Prosjekt Kultur 2030", None),  # a name that holds a year
])
def test_the_meetings_number_after_the_body_is_no_part_of_it(title, body, organization):
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize(("place", "location"), [
    ("Sted: Nordby komm. adm.", "Nordby komm. adm."),  # the abbreviation keeps its stop
    ("Sted: Rådhuset, 2. etg.", "Rådhuset, 2. etg."),
    ("Sted: Rådhuset.", "Rådhuset"),
])
def test_a_place_ending_in_an_abbreviation(place, location):
    record = parse_bytes(_minutes(f"Dato: 4.3.2025\n{place}").encode(), "a.txt")
    assert record.meeting.location == location


@pytest.mark.parametrize(("addressed", "body"), [
    ("Til: Styrets medlemmer\nKopi: Revisor", "Styret"),
    ("Fra: Regionrådet for Nordfjord\nTil: Medlemmer og varamedlemmer",
     "Regionrådet for Nordfjord"),
    ("Fra: Styreleder\nTil: Medlemmer og varamedlemmer", None),  # a person's seat
    ("Fra: Regionrådet <post@nordfjord.no>\nTil: Kari Holm", None),  # a mailbox
])
def test_a_summons_sent_to_or_from_a_body_names_it(addressed, body):
    text = (f"MØTEINNKALLING\n\n{addressed}\n\nMøtedato: 4.3.2025\nMøtested: Rådhuset\n\n"
            "Saksliste\nSak 1/25 Godkjenning av innkalling\nSak 2/25 Eventuelt\n")
    assert parse_bytes(text.encode(), "a.txt").body == body


@pytest.mark.parametrize(("title", "body"), [
    ("Referat frå regionrådet sitt møte 4. mars 2025", "Regionrådet"),  # nynorsk's owner
    ("Kontrollutvalet sitt møte 4.3.2025", "Kontrollutvalet"),
    ("Regionrådets møte 4. mars 2025", "Regionrådet"),
])
def test_the_owner_of_the_meeting_is_the_body(title, body):
    assert body_and_organization(title) == (body, None)


@pytest.mark.parametrize("head", [
    "Tid og sted: 4.3.2025 kl. 17–19 (møtet slutta 19.40), Rådhuset",
    "Dato: 4.3.2025 kl. 17.00–19.00 (møtet ble hevet kl. 19.40)\nSted: Rådhuset",
])
def test_the_closing_aside_beside_the_day_and_place(head):
    meeting = parse_bytes(_minutes(head).encode(), "a.txt").meeting
    assert (meeting.start, meeting.end, meeting.location) == ("17:00", "19:40", "Rådhuset")


@pytest.mark.parametrize(("hours", "start", "end"), [
    # a case system's protocol gives the hours on two labelled lines
    ("Frå kl.: 10:00\nTil kl.: 12:30", "10:00", "12:30"),
    ("Fra kl: 10.00\nTil kl: 14.15", "10:00", "14:15"),
    ("Møtestart: 18.00\nMøteslutt: 20.30", "18:00", "20:30"),
    # an end with no start before it says nothing of when the meeting began
    ("Til kl.: 12:30", None, None),
    # a range already given is not stretched by a later end label
    ("Møtetid: 10:00-12:00\nTil kl.: 12:30", "10:00", "12:00"),
])
def test_start_and_end_labelled_on_lines_of_their_own(hours, start, end):
    text = ("MØTEPROTOKOLL\n\nEldrerådet\n\nMøtedato: 02.10.2025\nMøtested: Rosendal\n"
            f"{hours}\n\nMøtande medlemer:\nAstrid Kolbeinsvik\n\nPS 1/25 Sakliste\n\n"
            "Vedtak: Godkjent.\n")
    meeting = parse_bytes(text.encode(), "protokoll.txt").meeting
    assert (meeting.start, meeting.end, meeting.location) == (start, end, "Rosendal")


@pytest.mark.parametrize("head", [
    "Dato: 12.03.2025\nFra kl.: 10:00\nTil kl.: 12:30\nSted: Rådhuset",  # two lines
    "Dato: 12.03.2025\tFra kl.: 10:00\tTil kl.: 12:30\nSted: Rådhuset",  # cells of one row
    "| Dato | Fra kl. | Til kl. | Sted |\n|---|---|---|---|\n"
    "| 12.03.2025 | 10:00 | 12:30 | Rådhuset |",  # labels over values
    "Møtedato\tMøtestart\tMøteslutt\tMøtested\n12.03.2025\t10.00\t12.30\tRådhuset",
    "Dato: 12.03.2025\nMøtestart: 10.00\nMøteslutt: 12.30\nSted: Rådhuset",
])
def test_a_start_and_an_end_in_labels_of_their_own(head):
    # "Fra kl." / "Til kl." (or "Møtestart" / "Møteslutt") name the hours one by one
    meeting = parse_bytes(_minutes(head).encode(), "a.md").meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == (
        "2025-03-12", "10:00", "12:30", "Rådhuset")


def test_an_end_label_left_blank_gives_no_end():
    head = "Dato: 12.03.2025\nFra kl.: 18.00\nTil kl.:\nSted: Rådhuset"
    meeting = parse_bytes(_minutes(head).encode(), "a.txt").meeting
    assert (meeting.start, meeting.end, meeting.location) == ("18:00", None, "Rådhuset")


@pytest.mark.parametrize("title", [
    "Referat fra fellesmøte mellom regionrådet og AU",
    "Felles møte for styrene i Nordvik Energi AS og Sørvik Nett AS",
    "Fellesmøte med hovedutvalget for helse og eldrerådet",
    "Møte mellom Regionrådet og fylkeskommunen",
])
def test_a_joint_meeting_of_two_bodies_names_no_one_body(title):
    # two bodies (or parties) met together: neither alone is the body that met
    assert body_and_organization(title) == (None, None)


@pytest.mark.parametrize("title, read", [
    ("Drøftingsmøte mellom Nordvik Renovasjon IKS og de tillitsvalgte etter HTA § 1-4-2",
     ("Drøftingsmøte", "Nordvik Renovasjon IKS")),
    ("Informasjonsmøte mellom dei tillitsvalde og Sørvik kommune",
     ("Informasjonsmøte", "Sørvik kommune")),
    ("Referat fra drøftingsmøte mellom arbeidsgiver og hovedtillitsvalgte",
     ("Drøftingsmøte", None)),
])
def test_an_employers_meeting_with_its_staffs_side_is_read_as_one_in_the_employer(title, read):
    # (s70i) the employer and its own employees' representatives: no two bodies, the
    # meeting's kind is what met and the employer its organisation, as "Drøftingsmøte i
    # Solvik kommune" is read (a lower-case "arbeidsgiver" names no one)
    assert body_and_organization(title) == read


@pytest.mark.parametrize("title", [
    "PROTOKOLL FRA KONSULTASJON mellom Nordby kommune og reinbeitedistrikt 9 Várri",
    "Protokoll frå konsultasjon mellom Sørvik kommune og Sametinget",
    "Referat fra kontaktmøte mellom Lia kommune og Vika kommune",
    "Samråd mellom fylkeskommunen og siida Gávvir",
    "Referat fra forhandlinger mellom Lia kommune og Fagforbundet",
    # the subject, then the meeting with the other party after a dash
    "Kystsoneplan for Nordfjell – samråd med siida Gávvir",
    "Kommuneplanens arealdel – konsultasjon med reinbeitedistriktet",
    # (each noun of talks both ways: ``text.TALK_NOUNS``)
    "Protokoll frå drøftingar mellom Lia kommune og Fagforbundet",
    "Lønnsoppgjøret 2026 – forhandlingsmøte med Fagforbundet",
    # (s74i) each joint meeting's word after the dash (``header._JOINT_MEETING_WORDS``)
    "Regional transportplan – partnerskapsmøte med fylkeskommunen",
    "Kommuneplanens arealdel – fellesmøte med nabokommunene",
])
def test_a_consultation_between_parties_names_no_one_body(title):
    # (s73a) a consultation, samråd or talks "mellom" (or "med") two parties: the heading
    # names the kind of meeting and its parties, no body that met
    assert body_and_organization(title) == (None, None)


def test_a_samrad_meeting_names_no_council():
    # (s73a) "samrådsmøte": a consultation between two parties, not a meeting of a
    # "Samrådet" (as "foreldrerådsmøte" is the parents' council's)
    assert body_and_organization("Samrådsmøte – referat") == (None, None)
    assert body_and_organization("Referat fra foreldrerådsmøte") == ("Foreldrerådet", None)


def test_a_foundations_letterhead_in_capitals_is_the_boards_parent():
    # (s73a) "STIFTELSEN …" over the board's protocol: the foundation whose board met (in
    # normal case, s73q, as every shouted name of the body or its parent)
    text = ("STIFTELSEN VIKÅS KYSTMUSEUM\n\nPROTOKOLL FRA STYREMØTE 3/2026\n\n"
            "Møtedato: 4. mai 2026\nMøtested: Museet\n\nTil stede: Kari Holm (styreleder), "
            "Per Lie\n\nSak 10/2026 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert (record.body, record.organization) == ("Styret", "Stiftelsen Vikås Kystmuseum")


def test_a_joint_meeting_of_one_body_still_names_it():
    assert body_and_organization("Fellesmøte i regionrådet") == ("Regionrådet", None)


def test_a_weekday_that_contradicts_the_date_keeps_the_date_and_warns():
    # 5 March 2025 is a Wednesday: the date stays as written, a reader is told
    record = parse_bytes(_minutes("Dato: tirsdag 5. mars 2025\nSted: Rådhuset").encode(),
                         "a.txt")
    assert record.meeting.date == "2025-03-05"
    assert any("onsdag" in w and "tirsdag" in w for w in record.warnings)


def test_a_weekday_that_fits_the_date_gives_no_warning():
    record = parse_bytes(_minutes("Dato: onsdag 5. mars 2025\nSted: Rådhuset").encode(),
                         "a.txt")
    assert record.meeting.date == "2025-03-05" and record.warnings == []


def test_english_labels_of_the_day_time_and_place():
    head = "Date: 4 March 2025\nTime: 09:00–11:00\nPlace: Teams"
    meeting = parse_bytes(_minutes(head).encode(), "a.txt").meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == (
        "2025-03-04", "09:00", "11:00", "Teams")


@pytest.mark.parametrize("top", [
    "Vestdalen regionråd" + " " * 30 + "Vestby, 20.02.2025\n\n",  # name | place, date
    "Dato for utsending: 20.02.2025\n\n",  # the day the summons was sent
])
def test_a_summons_letter_date_is_the_documents_and_the_meeting_day_its_own(top):
    text = (f"{top}Innkalling til møte i Regionrådet i Vestdalen\n\n"
            "Møtedato: 4. mars 2025\nTid: kl. 10.00–14.00\nSted: Rådhuset\n\n"
            "Saksliste\nSak 1/25 Godkjenning av innkalling\nSak 2/25 Budsjett\n")
    record = parse_bytes(text.encode(), "innkalling.txt")
    assert (record.kind, record.document_date, record.meeting.date) == (
        "agenda", "2025-02-20", "2025-03-04")


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Referat fra felles styremøte", "Styret", None),  # how the board met, not a name
    ("REFERAT FRA FELLES STYREMØTE", "Styret", None),
    ("Referat fra utvidet styremøte i Nordvik Vel", "Styret", "Nordvik Vel"),
])
def test_a_word_for_the_kind_of_meeting_before_the_meeting_word_is_no_body(title, body,
                                                                           organization):
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize("channel", ["Teams", "Digitalt møte", "Zoom"])
def test_a_channel_alone_under_the_day_and_hours_is_the_place(channel):
    text = ("Referat fra møte i Regionrådet i Vestdalen\n5. mars 2025 kl. 10–13.30\n"
            f"{channel}\n\nTil stede: Kari Holm, Ola Berg\n\nSak 1/25 Budsjett\nGodkjent.\n")
    meeting = parse_bytes(text.encode(), "a.txt").meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == (
        "2025-03-05", "10:00", "13:30", channel)


@pytest.mark.parametrize("head", [
    "Dato: 04.03.2025\nFra: 19.00\nTil: 21.15\nSted: Grendehuset",  # a form's lines
    "Dato: 04.03.2025, fra kl. 19.00\nSlutt kl.: 21.15\nSted: Grendehuset",
])
def test_a_forms_from_and_to_with_clock_times_are_the_hours(head):
    # "Fra:" / "Til:" with a time alone are no mail's sender and addressee
    meeting = parse_bytes(_minutes(head).encode(), "a.txt").meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == (
        "2025-03-04", "19:00", "21:15", "Grendehuset")


@pytest.mark.parametrize("head", [
    "Frå kl.: ca. 19.00\nTil kl.: ca. 21.15",  # each time "about"
    "Møtestart: ca. 19.00\nMøteslutt: ca. 21.15",
    "Tid: ca. 19.00–21.15",
])
def test_hours_said_to_be_about_are_still_the_hours(head):
    meeting = parse_bytes(_minutes("Dato: 04.03.2025\n" + head).encode(), "a.txt").meeting
    assert (meeting.date, meeting.start, meeting.end) == ("2025-03-04", "19:00", "21:15")


@pytest.mark.parametrize(("name", "head"), [
    ("a.txt", "Dato\tStart\tSlutt\tSted\n04.03.2025\t19:00\t21:15\tGrendehuset"),
    ("a.md", "| Dato | Start | Slutt | Sted |\n|---|---|---|---|\n"
             "| 04.03.2025 | 19:00 | 21:15 | Grendehuset |"),
])
def test_a_row_of_labels_with_start_and_end_over_a_row_of_values(name, head):
    meeting = parse_bytes(_minutes(head).encode(), name).meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == (
        "2025-03-04", "19:00", "21:15", "Grendehuset")


@pytest.mark.parametrize("channel", ["Digitalt møte (Teams)", "Videomøte (Zoom)"])
def test_a_channel_with_its_service_in_brackets_under_the_day_is_the_place(channel):
    meeting = parse_bytes(_minutes(f"Dato: 04.03.2025, 19:00 til 21:15\n{channel}").encode(),
                          "a.txt").meeting
    assert (meeting.start, meeting.end, meeting.location) == ("19:00", "21:15", channel)


@pytest.mark.parametrize("label", ["Godkjent dato", "Dato godkjent", "Godkjend dato"])
def test_the_day_the_minutes_were_approved_at_the_end_is_the_documents_date(label):
    record = parse_bytes(_minutes("Dato: 04.03.2025", f"\n{label}: 11.03.2025\n").encode(),
                         "a.txt")
    assert (record.meeting.date, record.document_date) == ("2025-03-04", "2025-03-11")


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Utskrift av møtebok for kommunestyret i Nordby kommune", "Kommunestyret",
     "Nordby kommune"),
    ("Utdrag frå møtebok for levekårsutvalet", "Levekårsutvalet", None),
])
def test_a_case_systems_copy_of_the_minutes_names_the_body_after_the_words(title, body,
                                                                            organization):
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize("sentence", [
    "Møtet ble holdt 14. og 15. mars 2025 på Hotell Fjordly.",
    "Møtet vart halde 14.–15. mars 2025 på Hotell Fjordly.",
    "14. og 15. mars 2025 på Hotell Fjordly",
])
def test_a_meeting_over_two_days_has_its_place_after_the_last_day(sentence):
    text = ("Referat fra samling i nettverket\n" + sentence +
            "\n\nTil stede: Kari Holm, Ola Berg\n\nSak 1/25 Budsjett\nGodkjent.\n")
    meeting = parse_bytes(text.encode(), "a.txt").meeting
    assert (meeting.date, meeting.location) == ("2025-03-14", "Hotell Fjordly")


@pytest.mark.parametrize(("sentence", "meeting", "document_date"), [
    ("Møtet ble holdt tirsdag 4. mars på Rådhuset.", "2025-03-04", "2025-03-06"),
    ("Møtet vart halde 4.3.2025 på Rådhuset.", "2025-03-04", "2025-03-06"),
    ("Møtet ble holdt 6. mars på Rådhuset.", "2025-03-06", None),  # the same day
])
def test_a_lone_date_label_after_the_day_the_meeting_was_held_dates_the_minutes(
        sentence, meeting, document_date):
    text = (f"Referat fra styremøte\nDato: 6. mars 2025\n\n{sentence}\n\n"
            "Til stede: Kari Holm, Per Dahl\n\nSak 1/25 Budsjett\nGodkjent.\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert (record.meeting.date, record.meeting.location, record.document_date) == (
        meeting, "Rådhuset", document_date)


@pytest.mark.parametrize("end_label", ["Slutt", "Møteslutt", "Til kl."])
def test_a_table_of_labels_in_the_first_column_gives_the_end_in_its_own_row(end_label):
    rows = [["Møte", "Styremøte i Nordvik Vel"], ["Dato", "04.03.2025"], ["Start", "19.00"],
            [end_label, "21.15"], ["Sted", "Grendehuset"]]
    data = to_docx([("heading", "Protokoll", 1), ("table", rows),
                    ("para", "Til stede: Ola Nordmann, Kari Holm"),
                    ("heading", "Sak 1/25 Budsjett", 2), ("para", "Godkjent.")])
    meeting = parse_bytes(data, "a.docx").meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == (
        "2025-03-04", "19:00", "21:15", "Grendehuset")


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Referat fra styremøtet i går", "Styret", None),  # a mail's subject
    ("Referat frå møte i styringsgruppa i dag", "Styringsgruppa", None),
    ("Referat fra møte i styret i Nordby IL forrige uke", "Styret", "Nordby IL"),
    ("Referat fra møte i styret i Dagsavisen", "Styret", "Dagsavisen"),  # no "dag" alone
])
def test_a_day_named_relative_to_the_writing_is_no_part_of_the_body(title, body,
                                                                    organization):
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize(("title", "body"), [
    ("Minutes – Steering Group meeting", "Steering Group"),
    ("Minutes of the Board meeting 12 May 2025", "Board"),
])
def test_an_english_minutes_title_names_the_body_before_meeting(title, body):
    assert body_and_organization(title) == (body, None)


def test_an_english_minutes_title_names_the_organisation_after_a_comma():
    assert body_and_organization("Minutes of the Board meeting, Nordic Youth Network") == (
        "Board", "Nordic Youth Network")


@pytest.mark.parametrize("title", ["Referat frå fagsamling for kulturarv i Sunnhordland",
                                   "Referat fra samling om folkehelse"])
def test_a_gathering_on_a_theme_names_no_body(title):
    assert body_and_organization(title) == (None, None)


def test_a_gathering_names_the_body_from_the_letterhead_instead():
    text = ("Vestland fylkeskommune\nFaggruppe for kulturarv\n\n"
            "Referat frå fagsamling for kulturarv i Sunnhordland\n"
            "Tid: Måndag 2. juni 2025, 09:00 - 15:00\n\nDeltakarar:\nSynnøve Bjelland\n"
            "Reidar Tysnes\n\nPunkt 1 Velkomen\nSaklista vart godkjend.\n")
    record = parse_bytes(text.encode(), "fagsamling.txt")
    assert (record.body, record.organization) == ("Faggruppe for kulturarv",
                                                  "Vestland fylkeskommune")


def test_a_cooperation_described_under_its_committee_s_title_is_the_organization():
    text = ("Protokoll fra møte i arbeidsutvalget\n"
            "Innlandsrådet – interkommunalt politisk råd\n\nDato: 12. mai 2025\n\n"
            "Til stede: Eirik Hagen, Solveig Brenna\n\nSak 14/25 Saksliste\nGodkjent.\n")
    record = parse_bytes(text.encode(), "au.txt")
    assert (record.body, record.organization) == ("Arbeidsutvalget", "Innlandsrådet")


def test_a_nynorsk_summary_s_where_and_who_bullets():
    # "• Når:" / "• Kvar:" / "• Kven:": the place and those present
    text = ("Oppsummering frå møte i arbeidsgruppa for friluftsliv\n\n"
            "• Når: 12. mars 2025 kl. 18–20\n• Kvar: Grendehuset\n"
            "• Kven: Liv Aasen (leiar), Tor Bakke\n\n1. Turkart\nTurkartet vart godkjent.\n")
    record = parse_bytes(text.encode(), "oppsummering.txt")
    assert record.meeting.location == "Grendehuset"
    assert [(p.name, p.role) for p in record.participants] == [
        ("Liv Aasen", ParticipantRole.CHAIR), ("Tor Bakke", ParticipantRole.MEMBER)]


def test_a_bare_english_title_over_a_meeting_label_names_the_body_there():
    # "MINUTES" names no body; "Meeting:" (as "Møte:") does, and "Venue:" gives the place
    text = ("MINUTES\n\nMeeting: Nordic Council of Regional Planners – Working Group\n"
            "Date: 14 November 2025\nVenue: Hotel Bristol, Oslo\n\nParticipants:\n"
            "Kari Nordmann, Viken (chair)\nErik Svensson, Region Skåne\n\n"
            "Item 1: Approval of the agenda\nApproved.\n")
    record = parse_bytes(text.encode(), "minutes.txt")
    assert record.body == "Nordic Council of Regional Planners – Working Group"
    assert record.meeting.location == "Hotel Bristol, Oslo"
    assert record.items[0].decisions == ["Approved."]


@pytest.mark.parametrize("title", ["Agenda – Steering Group meeting", "Agenda for styremøte"])
def test_a_title_opening_with_agenda_for_a_meeting_is_a_summons(title):
    text = (f"{title}\n\nDate: 12 June 2025\nVenue: Teams\n\nParticipants: Lars Dahl, "
            "Anna Berg\n\n1. Approval of the agenda\n2. Annual conference\n")
    assert parse_bytes(text.encode(), "agenda.txt").kind == "agenda"


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Steering Group meeting – Nordic Coastal Network", "Steering Group",
     "Nordic Coastal Network"),
    ("Agenda: Board meeting", "Board", None),
    ("Minutes – Working Group meeting", "Working Group", None),
])
def test_an_english_title_names_the_body_before_meeting(title, body, organization):
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize(("title", "body"), [
    ("Oppsummering fra nettverksmøte – Kommunenettverk for digital samhandling",
     "Kommunenettverk for digital samhandling"),
    ("Referat fra faggruppemøte – Faggruppe for helse", "Faggruppe for helse"),
])
def test_the_name_after_a_kind_of_meeting_and_a_dash_is_the_body(title, body):
    assert body_and_organization(title) == (body, None)
    # (a club after the dash owns the board: "styremøte – Åsen Vel")
    assert body_and_organization("Referat fra styremøte – Åsen Vel") == ("Styret", "Åsen Vel")


def test_a_mail_subject_naming_the_meeting_is_the_title():
    text = ("Fra: Tove Rasmussen\nSendt: fredag 7. november 2025 21:14\nTil: styret\n"
            "Emne: SV: Styremøte onsdag\n\nHei alle!\n\n"
            "Her er et kort referat fra styremøtet i Solbakken Vel onsdag 5. november kl. "
            "19.00.\n\n1. Brøyting\nVi fortsetter med samme firma.\n")
    record = parse_bytes(text.encode(), "mail.txt")
    assert (record.title, record.body, record.organization) == (
        "Styremøte onsdag", "Styret", "Solbakken Vel")
    assert (record.meeting.date, record.meeting.start) == ("2025-11-05", "19:00")


@pytest.mark.parametrize(("title", "organization"), [
    ("Protokoll fra ordinær generalforsamling i Solhaugen borettslag", "Solhaugen borettslag"),
    ("Protokoll fra generalforsamling i Nordby Energi AS", "Nordby Energi AS"),
    ("Protokoll fra ekstraordinær generalforsamling", None),
])
def test_a_general_meeting_is_the_owners_body(title, organization):
    assert body_and_organization(title) == ("Generalforsamlingen", organization)


def test_the_general_meeting_held_on_a_day_gives_the_meeting():
    text = ("Protokoll fra generalforsamling i Solhaugen borettslag\n\n"
            "Generalforsamlingen ble holdt onsdag 23. april 2025 kl. 19.00 i fellesrommet.\n\n"
            "1. Konstituering\nGodkjent.\n")
    meeting = parse_bytes(text.encode(), "p.txt").meeting
    assert (meeting.date, meeting.start) == ("2025-04-23", "19:00")


@pytest.mark.parametrize("line", [
    "Hei, her er referatet. Møtet ble holdt 4. mars 2025 på Rådhuset i Vestby.",
    "Vedlagt følgjer referatet. Møtet vart halde 4. mars 2025 på Rådhuset i Vestby.",
])
def test_a_held_sentence_after_a_greeting_on_its_line_gives_the_day_and_place(line):
    text = (f"{line}\n\nTil stede: Kari Holm, Ola Dahl\n\n"
            "Sak 1 Budsjett\nBudsjettet ble godkjent.\n")
    meeting = parse_bytes(text.encode(), "mail.txt").meeting
    assert (meeting.date, meeting.location) == ("2025-03-04", "Rådhuset i Vestby")


@pytest.mark.parametrize(("title", "body"), [
    ("Oppsummering fra nettverkssamling 4. mars 2025", "Nettverket"),
    ("Referat frå styresamling 4. mars 2025", "Styret"),
    ("NETTVERKSSAMLING 4. MARS 2025", "Nettverket"),
])
def test_a_gathering_of_a_body_word_names_that_body(title, body):
    # as "nettverksmøte" names the network; "fagsamling" names a theme and no body
    assert body_and_organization(title) == (body, None)


@pytest.mark.parametrize("letterhead", ["NORDIC ARCTIC TRANSPORT FORUM",
                                        "Nordic Rail Association"])
def test_an_english_letterhead_over_a_board_s_minutes_is_its_organisation(letterhead):
    text = (f"{letterhead}\n\nMinutes of the Board meeting, 4 March 2025\n\n"
            "Present: Kari Holm, Ola Dahl\n\n1. Budget\nThe budget was approved.\n")
    record = parse_bytes(text.encode(), "minutes.txt")
    # (a shouted name in normal case, s73q)
    assert (record.body, record.organization) == ("Board", letterhead.title())


@pytest.mark.parametrize("stamp", ["Godkjent: 11.03.2025", "Godkjend: 11. mars 2025"])
def test_the_approval_stamp_with_its_date_at_the_end_dates_the_minutes(stamp):
    # as "Godkjent dato: 11.03.2025": the day these minutes were approved
    record = parse_bytes(_minutes("Dato: 04.03.2025", f"\n{stamp}\n").encode(), "a.txt")
    assert (record.meeting.date, record.document_date) == ("2025-03-04", "2025-03-11")


@pytest.mark.parametrize("closing", ["Møtet vart heve kl. 21.10.", "Møtet vart heva kl. 21.10."])
def test_the_meeting_raised_in_nynorsk_gives_the_end(closing):
    record = parse_bytes(_minutes("Dato: 04.03.2025 kl. 19.00", f"\n{closing}\n").encode(),
                         "a.txt")
    assert (record.meeting.start, record.meeting.end) == ("19:00", "21:10")
    assert record.items[-1].text == "Ingen saker."


def test_a_farmyard_and_its_village_under_the_day_is_the_place():
    record = parse_bytes(_minutes("måndag 3. mars 2025 kl. 19.00\nBygdetunet, Fjellbygda")
                         .encode(), "a.txt")
    assert (record.meeting.date, record.meeting.location) == ("2025-03-03",
                                                              "Bygdetunet, Fjellbygda")


@pytest.mark.parametrize("line", ["Onsdag 5.3.2025 kl 1800-2000 på Klubbhuset",
                                  "5. mars 2025 kl. 1800–2000 på Klubbhuset"])
def test_hours_in_four_digits_after_kl_are_followed_by_the_place(line):
    meeting = parse_bytes(_minutes(line).encode(), "a.txt").meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == (
        "2025-03-05", "18:00", "20:00", "Klubbhuset")


@pytest.mark.parametrize("sentence", [
    "Møtet ble åpnet kl. 10.05 mandag 3. mars 2025 på Rådhuset.",
    "Møtet vart opna kl. 10.05 måndag 3. mars 2025 på Rådhuset.",
])
def test_the_meeting_opened_on_a_day_at_a_place_gives_both(sentence):
    meeting = parse_bytes(_minutes(sentence).encode(), "a.txt").meeting
    assert (meeting.date, meeting.start, meeting.location) == ("2025-03-03", "10:05",
                                                               "Rådhuset")


def test_who_opened_the_meeting_after_its_place_is_no_part_of_the_place():
    sentence = ("Møtet ble åpnet kl. 18.05 tirsdag 11. mars 2025 på Klubbhuset av styreleder "
                "Ola Dahl.")
    meeting = parse_bytes(_minutes(sentence).encode(), "a.txt").meeting
    assert (meeting.date, meeting.location) == ("2025-03-11", "Klubbhuset")


@pytest.mark.parametrize(("line", "place"), [
    ("Dato: 4. mars 2025 kl. 10.00 – 14.00, Rådhuset, 2. etasje", "Rådhuset, 2. etasje"),
    ("Tid: 4. mars 2025 kl. 10.00 – 14.00, Rådhuset 2. etg.", "Rådhuset 2. etg."),
    ("Tirsdag 4. mars 2025 kl. 10.00 – 14.00, Rådhuset 2. etg.", "Rådhuset 2. etg."),
])
def test_a_floor_after_the_building_in_the_day_and_hours_is_part_of_the_place(line, place):
    meeting = parse_bytes(_minutes(line).encode(), "a.txt").meeting
    assert (meeting.start, meeting.end, meeting.location) == ("10:00", "14:00", place)


def test_a_date_label_under_the_writer_at_the_end_dates_the_minutes():
    record = parse_bytes(_minutes("Møtedato: 4. mars 2025",
                                  "\nReferent: Kari Holm\nDato: 6. mars 2025\n").encode(),
                         "a.txt")
    assert (record.meeting.date, record.document_date) == ("2025-03-04", "2025-03-06")


@pytest.mark.parametrize("closing", ["Skrevet av Kari Holm 6. mars 2025",
                                     "Referent: Kari Holm, 6. mars 2025"])
def test_the_writer_with_the_day_in_words_at_the_end_dates_the_minutes(closing):
    record = parse_bytes(_minutes("Møtedato: 4. mars 2025", f"\n{closing}\n").encode(),
                         "a.txt")
    assert (record.meeting.date, record.document_date) == ("2025-03-04", "2025-03-06")


@pytest.mark.parametrize("meeting", ["Styremøte 3/2025", "Styremøte 4. mars 2025"])
def test_a_club_under_the_meeting_line_under_a_bare_title_is_the_parent(meeting):
    text = (f"Referat\n{meeting}\nFjordvik Vel\nDato: 4. mars 2025\n\n"
            "Til stede: Kari Holm, Per Dahl\n\nSak 1/25 Budsjett\nGodkjent.\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert (record.body, record.organization) == ("Styret", "Fjordvik Vel")


@pytest.mark.parametrize(("title", "place"), [
    ("Referat fra digitalt styremøte 4. mars 2025", "digitalt"),
    ("Digitalt årsmøte i Fjordvik Vel 4. mars 2025", "Digitalt"),
])
def test_digitalt_before_a_meeting_word_in_the_title_is_how_it_met(title, place):
    # as "Møtet ble holdt digitalt": the word as written
    text = f"{title}\n\nTil stede: Kari Holm, Per Dahl\n\nSak 1/25 Budsjett\nGodkjent.\n"
    assert parse_bytes(text.encode(), "a.txt").meeting.location == place


def test_digitalt_in_the_meeting_line_under_a_bare_title_is_how_it_met():
    text = ("REFERAT\nDigitalt styremøte 4/2025\nDato: 8. april 2025\n\n"
            "Til stede: Kari Holm, Per Dahl\n\nSak 1/25 Budsjett\nGodkjent.\n")
    assert parse_bytes(text.encode(), "a.txt").meeting.location == "Digitalt"


@pytest.mark.parametrize(("stamp", "document_date"), [
    ("2025-04-08", None),  # the meeting's day said twice: no date of the document's own
    ("2025-04-10", "2025-04-10"),  # another day: the post's
])
def test_a_front_matters_date_on_the_meeting_day_is_no_document_date(stamp, document_date):
    text = (f"---\ntitle: Styremøte\ndate: {stamp}\n---\n\n# Referat fra styremøte\n\n"
            "Møtedato: 8. april 2025\n\nTil stede: Kari Holm, Ola Dahl\n\n"
            "## 1. Budsjett\nBudsjettet ble godkjent.\n")
    record = parse_bytes(text.encode(), "styremote.md")
    assert (record.meeting.date, record.document_date) == ("2025-04-08", document_date)


@pytest.mark.parametrize(("title", "body"), [
    # a day told from when the mail was written names no body ("i dag" is no "Dag")
    ("Oppsummering fra Teams-møtet i dag", None),
    ("Referat fra styremøtet i dag", "Styret"),
    # a meeting named by its channel alone names no body either
    ("Notat fra Zoom-møte", None),
    ("Skate-møte", "Skate"),
])
def test_a_relative_day_or_a_channel_in_the_title_names_no_body(title, body):
    assert body_and_organization(title)[0] == body


def test_a_mail_subject_over_a_greeting_takes_the_body_from_the_meeting_line():
    text = ("Fra: Kari Holm\nSendt: torsdag 6. november 2025 15:12\nTil: Gruppen\n"
            "Emne: Oppsummering fra Teams-møtet i dag\n\nHei alle,\n\n"
            "takk for sist. Her er en kort oppsummering.\n\n"
            "Møte i arbeidsgruppen for digitalisering, Havlandet regionråd\n"
            "Dato: 6. november 2025, kl. 13.00–14.00 på Teams\n\n"
            "Deltakere: Kari Holm (leder), Per Lie og Anne Moe.\n\n"
            "1. Opplæring\nAnne Moe lager en plan.\n")
    record = parse_bytes(text.encode(), "oppsummering.txt")
    assert (record.body, record.organization) == ("Arbeidsgruppen for digitalisering",
                                                  "Havlandet regionråd")


@pytest.mark.parametrize(("title", "body"), [
    ("Saksprotokollar frå Hovudutval for oppvekst", "Hovudutval for oppvekst"),
    ("SAKSPROTOKOLLER FRA FORMANNSKAPET", "Formannskapet"),
])
def test_a_case_systems_plural_protocols_word_is_no_part_of_the_body(title, body):
    # as "Saksprotokoll fra …": the document word, then the body that met
    assert body_and_organization(title)[0] == body


@pytest.mark.parametrize(("place", "location"), [
    ("Rådhuset 2. etg", "Rådhuset 2. etg"),  # no stop written, none added
    ("Rådhuset, 2. etg.", "Rådhuset, 2. etg."),  # the abbreviation's stop kept
])
def test_a_floor_abbreviation_after_the_time_keeps_its_stop_as_written(place, location):
    text = (f"Referat styremøte\n\nTid og sted: 6. mars 2025 kl. 18.00, {place}\n"
            "Til stede: Kari Holm, Ola Nordmann\n\nSak 1/25 Budsjett\nGodkjent.\n")
    assert parse_bytes(text.encode(), "a.txt").meeting.location == location


@pytest.mark.parametrize("writer", ["Ref.: Kari Holm, 07.03.25",
                                    "Referent: Kari Holm 7. mars 2025"])
def test_the_writers_line_with_a_day_in_the_head_dates_the_minutes(writer):
    text = (f"Referat fra styremøte\nMøtedato: 6. mars 2025\n{writer}\n"
            "Til stede: Kari Holm, Ola Nordmann\n\nSak 1/25 Budsjett\nGodkjent.\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert (record.meeting.date, record.document_date) == ("2025-03-06", "2025-03-07")


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Oppsummering fra nettverkssamlingen i Bergen", "Nettverket", None),  # a town
    ("Referat frå nettverkssamlinga på Voss 12. mai 2025", "Nettverket", None),
    ("Referat fra styresamling i Fjordvik Vel", "Styret", "Fjordvik Vel"),  # a club
    ("Referat fra nettverkssamlingen i Helsenettverket Vest", "Helsenettverket Vest", None),
    ("NETTVERKSSAMLING I BERGEN", "Nettverket", None),  # a title in capitals
    ("REFERAT FRÅ STYRESAMLINGA PÅ VOSS", "Styret", None),
    ("NETTVERKSSAMLING I HELSENETTVERKET VEST", "Helsenettverket Vest", None),
])
def test_a_gathering_in_a_town_is_the_networks_meeting_and_the_town_no_body(
        title, body, organization):
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize("closing", [
    "Kari Holm (referent), 07.03.2025",
    "Kari Holm (ref.) 7. mars 2025",
    "Kari Holm – referent – 7.3.2025",
    "Referatet er skrive av Kari Holm 7. mars 2025.",  # nynorsk, with "er"
    "Vestby den 7. mars 2025\nKari Holm",  # "den" without the comma
    "Kari Holm\nreferent\n7. mars 2025",  # name, title and day on lines of their own
    "Kari Holm\nReferent\n07.03.2025",
])
def test_the_writers_or_the_places_day_at_the_end_dates_the_minutes(closing):
    text = ("Referat fra styremøte\n\nMøtedato: 6. mars 2025\nTil stede: Kari Holm, Ola Dahl"
            f"\n\nSak 1/25 Regnskap\nRegnskapet ble tatt til orientering.\n\n{closing}\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert (record.meeting.date, record.document_date) == ("2025-03-06", "2025-03-07")


def test_the_writers_name_title_and_day_on_three_lines_are_no_text_of_the_last_item():
    text = ("Referat fra styremøte\n\nMøtedato: 6. mars 2025\nTil stede: Kari Holm, Ola Dahl"
            "\n\nSak 1/25 Regnskap\nRegnskapet ble tatt til orientering.\n\n"
            "Kari Holm\nreferent\n7. mars 2025\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert record.items[-1].text == "Regnskapet ble tatt til orientering."


@pytest.mark.parametrize(("title", "organization"), [
    ("NETTVERKSSAMLINGA I FJORDVIK VEL", "Fjordvik vel"),  # the club keeps "Vel"
    ("REFERAT FRÅ STYRESAMLINGA I NORDBY KOMMUNE", "Nordby kommune"),
    ("NETTVERKSSAMLING I VOSS", None),  # a town alone is no parent
])
def test_a_gathering_in_a_club_in_capitals_keeps_the_clubs_last_word(title, organization):
    assert body_and_organization(title)[1] == organization


def test_a_gathering_line_over_referat_is_the_title():
    text = ("Nettverkssamling i Fjordvik Vel\n\nReferat\n\nDato: 12. mars 2026\n\n"
            "Til stede: Kari Nes, Per Dal\n\nSak 1 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert (record.title, record.body) == ("Nettverkssamling i Fjordvik Vel", "Nettverket")


@pytest.mark.parametrize(("top", "body"), [
    ("Hovedutvalg for teknikk og miljø", "Hovedutvalg for teknikk og miljø"),
    ("HOVUDUTVAL FOR OPPVEKST", "Hovudutval for oppvekst"),  # capitals: capitalised
    ("Kontrollutvalget", "Kontrollutvalget"),  # one word, as before
])
def test_a_bodys_full_name_over_the_municipality_is_the_body(top, body):
    text = (f"{top}\nNordfjell kommune\n\nMØTEPROTOKOLL\n\nMøtedato: 03.02.26\n"
            "Til stede: Kari Nes, Per Dal\n\nSak 1/26 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "a.txt")
    assert (record.body, record.organization) == (body, "Nordfjell kommune")


@pytest.mark.parametrize(("top", "title", "body"), [
    ("Vestlandsnettverket for folkehelse", "Referat frå nettverksmøte",
     "Vestlandsnettverket for folkehelse"),
    # (s73b) "… i <place>": the body, its place the parent (as over "Møtebok")
    ("Helseutvalget i Nordfjell", "Referat fra utvalgsmøte", "Helseutvalget"),
    ("Ola Nordmann", "Referat fra nettverksmøte", "Nettverket"),  # a person: no name of it
])
def test_a_letterhead_naming_the_generic_body_in_full_is_the_body(top, title, body):
    text = (f"{top}\n\n{title}\n\nDato: 3. februar 2026\nTil stede: Kari Nes, Per Dal\n\n"
            "Sak 1/26 Godkjenning\nGodkjent.\n")
    assert parse_bytes(text.encode(), "a.txt").body == body


@pytest.mark.parametrize("value", ["February 3, 2026", "Tuesday, February 3, 2026",
                                   "februar 3, 2026"])
def test_a_date_labels_value_written_month_first_is_the_meeting_day(value):
    text = (f"Referat fra styremøte\n\nDato: {value}\nSted: Teams\n\n"
            "Til stede: Kari Nes, Per Dal\n\nSak 1/26 Godkjenning\nGodkjent.\n")
    assert parse_bytes(text.encode(), "a.txt").meeting.date == "2026-02-03"


def test_a_letterhead_in_capitals_keeps_its_company_form_in_capitals():
    # "SUNNHORDLAND INTERKOMMUNALE SELSKAP IKS": the place in normal case, the form "IKS"
    text = ("SUNNFJORD VATN IKS\n\nProtokoll frå styremøte\n\nDato: 14. mars 2026\n\n"
            "Til stades: Ragnhild Vik (leiar), Øystein Bø\n\n"
            "Sak 1/26 Godkjenning av innkalling\nGodkjent.\n")
    assert parse_bytes(text.encode(), "styre.txt").organization == "Sunnfjord Vatn IKS"


@pytest.mark.parametrize("said", [
    "Vi møtest att 8. september kl. 19 i grendahuset.",  # nynorsk present passive in -st
    "Vi treffast att tysdag 8. september.",
    "Vi treffest att 8. september.",
])
def test_we_meet_again_in_nynorsk_names_the_next_meeting(said):
    text = ("Referat frå møte i brukarrådet 13. juni 2026\n\nTil stades: Kari Holm, Ola Dahl\n\n"
            f"1. Godkjenning\nReferatet vart godkjent.\n\n2. Møte\n{said}\n")
    assert parse_bytes(text.encode(), "b.txt").next_meeting.date == "2026-09-08"


@pytest.mark.parametrize(("line", "body", "organization"), [
    ("Regionrådet for Hadeland – arbeidsutvalet", "Arbeidsutvalet", "Regionrådet for Hadeland"),
    ("Arbeidsutvalget - Regionrådet i Nord-Gudbrandsdal", "Arbeidsutvalget",
     "Regionrådet i Nord-Gudbrandsdal"),
    ("Interkommunalt politisk råd for Sunnhordland – styringsgruppa", "Styringsgruppa",
     "Interkommunalt politisk råd for Sunnhordland"),
])
def test_a_regional_council_named_before_its_region_is_the_parent_of_the_body_after_a_dash(
        line, body, organization):
    assert body_and_organization(line) == (body, organization)


@pytest.mark.parametrize(("title", "body"), [
    # a year after a project's name is the project's: "Kystkultur 2030" is a plan
    ("Referat fra møte i styringsgruppen for Kystkultur 2030",
     "Styringsgruppen for Kystkultur 2030"),
    ("Referat fra møte i arbeidsgruppa for Grønn Region 2040",
     "Arbeidsgruppa for Grønn Region 2040"),
    # (s72i) so after a programme or an event in its definite form
    ("Referat frå møte i planleggingsgruppa for folkevaltprogrammet 2027",
     "Planleggingsgruppa for folkevaltprogrammet 2027"),
])
def test_a_year_in_the_name_of_a_groups_project_stays(title, body):
    text = (f"{title}\n\nDato: 4. mars 2025\nTil stede: Ola Nes, Kari Li\n\n"
            "Sak 1/25 Eventuelt\nIngen.\n")
    assert parse_bytes(text.encode(), "r.txt").body == body


@pytest.mark.parametrize(("under", "location"), [
    # title / lone date / the place: the title block's day, then where the meeting was
    ("Teams", "Teams"),
    ("Rådhuset, møterom 3", "Rådhuset, møterom 3"),
    ("Kari Holm", None),  # a person's name there is no venue
])
def test_a_venue_under_a_lone_date_under_the_title(under, location):
    text = (f"Referat styremøte\n12. mars 2026\n{under}\n\nTil stede: Ola Nes, Kari Li\n\n"
            "Sak 1/26 Budsjett\nStyret tok saken til orientering.\n")
    record = parse_bytes(text.encode(), "r.txt")
    assert (record.meeting.date, record.meeting.location) == ("2026-03-12", location)


@pytest.mark.parametrize(("head", "year"), [
    ("Møte 3-2026", "2026"),     # the meeting's number and year with a dash
    ("Møte nr. 4 – 2025", "2025"),
])
def test_a_meeting_number_with_a_dashed_year_gives_the_year(head, year):
    text = (f"Referat fra styremøte i Lien Vel\n\n{head}\nDato: 10. mars kl. 19.00\n\n"
            "Til stede: Ola Nes, Kari Li\n\n1. Regnskap\nRegnskapet ble godkjent.\n")
    assert parse_bytes(text.encode(), "r.txt").meeting.date == f"{year}-03-10"


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Nettverksmøte for folkehelsekoordinatorer i Vestland",
     "Nettverk for folkehelsekoordinatorer", "Vestland"),
    ("Referat fra faggruppemøte for samferdsel", "Faggruppe for samferdsel", None),
    # the definite meeting word names the body in the definite form
    ("Referat fra nettverksmøtet for næringsutviklere i Setesdal",
     "Nettverket for næringsutviklere", "Setesdal"),
])
def test_a_topic_groups_name_keeps_the_meeting_words_form(title, body, organization):
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("REFERAT FRA MØTE I REGIONRÅDET FOR HALLINGDAL", "Regionrådet for Hallingdal", None),
    ("PROTOKOLL FRÅ STYREMØTE I REGIONRÅDET I NORDFJORD", "Styret", "Regionrådet i Nordfjord"),
    # a field of work is no place
    ("REFERAT FRA MØTE I NETTVERK FOR NÆRINGSUTVIKLING", "Nettverk for næringsutvikling", None),
])
def test_an_all_capitals_title_names_a_region_by_its_ending(title, body, organization):
    text = f"{title}\n\nDato: 5. februar 2026\n\nSak 1 Referat\nGodkjent.\n"
    record = parse_bytes(text.encode(), "rr.txt")
    assert (record.body, record.organization) == (body, organization)


@pytest.mark.parametrize(("place", "body"), [
    # (s76a) the meeting place's label gives the name it opens with its capital, as a
    # name inside a sentence does ("Stad: Nordbygda skule")
    ("Stad: Nordbygda skule", "Styringsgruppa for Nordbygda"),
    ("Møtested: Nordbygda samfunnshus", "Styringsgruppa for Nordbygda"),
    # another place says nothing of the word's case
    ("Stad: Lia skule", "Styringsgruppa for nordbygda"),
])
def test_the_meeting_place_gives_a_name_in_a_title_in_capitals_its_case(place, body):
    minutes = (f"REFERAT FRÅ MØTE I STYRINGSGRUPPA FOR NORDBYGDA\n\nDato: 12.03.2026\n{place}\n\n"
               "Sak 1/26 Godkjenning\nGodkjent.\n")
    record = parse_bytes(minutes.encode(), "referat.txt")
    assert (record.body, record.organization) == (body, None)


def test_a_name_only_at_a_sentence_start_is_no_evidence_of_its_case():
    minutes = ("REFERAT FRA MØTE I REGIONRÅDET FOR VALDRES\n\nDato: 12.03.2024\n\n"
               "Sak 1/24 Samarbeid\nSamarbeid er viktig. Valdres er stort.\nVedtak: Godkjent.\n")
    record = parse_bytes(minutes.encode(), "referat.txt")
    assert (record.body, record.organization) == ("Regionrådet for valdres", None)


def test_place_and_date_under_a_minutes_title_stays_the_documents_date() -> None:
    """A place-and-date line under "Referat fra …" is the letter's date, not a title
    slide's event (only a title naming the event, over "Program", names where it met)."""
    record = parse_bytes(("Referat fra styremøte i Nordby Vel\nSandnes, 3. mai 2021\n\n"
                          "Program\nTil stede: Kari Holm, Ola Dahl\n\n1. Budsjett\n"
                          "Budsjettet ble godkjent.\n").encode(), "referat.txt")
    assert record.document_date == "2021-05-03"
    assert record.meeting.location != "Sandnes"


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Referat fra arbeidsmøte", None, None),
    ("Oppsummering fra fagmøte", None, None),
    ("Referat frå dialogmøte", None, None),
    ("Prosjekt Ny brannstasjon – referat fra prosjektmøte nr. 7", None,
     "Prosjekt Ny brannstasjon"),
    ("Referat fra styremøte", "Styret", None),
])
def test_a_kind_of_meeting_alone_names_no_body(title, body, organization):
    """"Arbeidsmøte", "fagmøte": a kind of meeting is no body (a compound built on a body
    noun, "styremøte", still names one); a project named before it owns the meeting."""
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize(("when", "hours"), [
    # an end in words after "til": no time, but the start stands
    ("Tid: 10.00 til lunsj", ("10:00", None)),
    ("Tid: fra kl. 18 til møtet er ferdig", ("18:00", None)),
    ("Tid: 10.00 til 12.00", ("10:00", "12:00")),
])
def test_labelled_start_before_an_end_in_words_after_til(when, hours):
    text = (f"Referat fra møte i regionrådet\nDato: 6. mars 2024\n{when}\nSted: Teams\n\n"
            "Til stede: Kari Holm, Per Dahl\n\nSak 1/24 Budsjett\nGodkjent.\n")
    meeting = parse_bytes(text.encode(), "referat.txt").meeting
    assert (meeting.start, meeting.end) == hours


@pytest.mark.parametrize(("when", "following", "day"), [
    # a meeting day without a year and nothing else dated: the next meeting's full date
    # gives the year, the year before when the next one falls earlier in the year
    ("Tidspunkt: 3. mars, kl. 18.00", "Neste møte: 14. april 2026", "2026-03-03"),
    ("Tidspunkt: 18. november, kl. 18.00", "Neste møte: 14.01.2027 kl. 18", "2026-11-18"),
    ("Tidspunkt: 3. mars, kl. 18.00", "Neste møte: 14. april", None),  # no year anywhere
])
def test_meeting_year_from_the_next_meetings_full_date(when, following, day):
    text = (f"Referat fra møte i Eldrerådet\n\n{when}\nSted: Rådhuset\n\n"
            f"Til stede: Kari Holm, Per Dahl\n\nSak 1 Velkommen\nIngen.\n\n{following}\n")
    assert parse_bytes(text.encode(), "referat.txt").meeting.date == day


@pytest.mark.parametrize("title", ["Referat fra møtet i går", "Referat fra møte i dag"])
def test_the_day_of_a_mail_subject_names_no_body(title):
    """"Referat fra møtet i går" (a mail's subject the day after): "i går" is when,
    no body that met."""
    assert body_and_organization(title) == (None, None)


@pytest.mark.parametrize("greeting", ["Hei alle,", "Hei alle sammen!", "Hallo!", "Kjære alle,"])
def test_a_greeting_is_no_title(greeting):
    """A post or mail that opens by greeting its readers starts with text: no title."""
    text = (f"{greeting}\n\nVi hadde et godt møte. Her er notatene.\n\n"
            "Til stede: Kari Holm, Per Dahl\n\nBudsjett\nBudsjettet ble godkjent.\n\n"
            "Eventuelt\nIngen saker.\n")
    assert parse_bytes(text.encode(), "post.txt").title is None


def test_a_programme_of_slots_gives_the_day_from_first_start_to_last_end():
    """With no "Tid:", minutes over the day's programme run from the first slot's start
    to the last slot's end (not to the first slot's end)."""
    text = ("Referat fra nettverkssamling\n\nDato: 3. mars 2025\nSted: Rådhuset\n\n"
            "09.00–09.30 Velkommen\nKari ønsket velkommen.\n\n"
            "09.30–11.00 Nytt regelverk\nPer orienterte om endringene.\n\n"
            "11.00–11.30 Oppsummering\nAlle var fornøyde.\n")
    meeting = parse_bytes(text.encode(), "samling.txt").meeting
    assert (meeting.start, meeting.end) == ("09:00", "11:30")


@pytest.mark.parametrize("lunch", ["12.00–12.45 Lunsj", "Lunsj 12.00–12.45"])
def test_a_lunch_after_the_last_talk_ends_no_meeting(lunch):
    """(s65f) A day that closes with its lunch: the last talk's slot gives the end."""
    text = ("Referat frå fagdag i nettverket\n\nDato: 12. november 2025\nStad: Kinsarvik\n\n"
            "09.30–09.45 Velkomen\nKari ønskte velkomen.\n\n"
            "11.00–12.00 Erfaringar med søknadene\nRunde rundt bordet.\n\n"
            f"{lunch}\n")
    meeting = parse_bytes(text.encode(), "fagdag.txt").meeting
    assert (meeting.start, meeting.end) == ("09:30", "12:00")


@pytest.mark.parametrize(("place", "location"), [
    ("Stad: Olav Myklebust", None),  # a name under a misplaced label, no place
    ("Sted: Liv Haugen, Kviteseid kommune", None),
    ("Sted: Karl Johans gate 22, Oslo", "Karl Johans gate 22, Oslo"),  # a street's name
    ("Stad: Sandane, Gloppen rådhus", "Sandane, Gloppen rådhus"),
])
def test_a_place_label_over_one_persons_name_gives_no_place(place, location):
    # (s65f) "Stad:" / "Sted:" before a person's first and last name only
    text = (f"Referat fra møte i faggruppa\n\nDato: 14. januar 2026\n{place}\n\n"
            "Til stede: Kari Holm, Ola Berg\n\nSak 1/26 Godkjenning\nGodkjent.\n")
    assert parse_bytes(text.encode(), "referat.txt").meeting.location == location


@pytest.mark.parametrize(("title", "body"), [
    ("Nettverkssamling for helsesykepleiere 2026", None),
    ("Referat fra nettverkssamling for kommunale planleggere", None),
    ("Nettverkssamlinga for jordmødre i Nordland", None),
    ("Nettverkssamling for Helsenettverket Vest", "Helsenettverket Vest"),
    ("Referat fra nettverkssamling i Bergen", "Nettverket"),
])
def test_a_gathering_for_a_trade_names_no_body(title, body):
    # whom a gathering is for is its audience, not a body; a body's word after "for"
    # names one, and a network's gathering held in a town is the network's meeting
    assert body_and_organization(title)[0] == body


@pytest.mark.parametrize(("deck", "body"), [
    ("Velkommen\nPlanleggernettverket i Agder møtes hvert halvår\n",
     "Planleggernettverket i Agder"),
    ("Velkommen\nNettverket møtes hvert halvår\n", None),
])
def test_a_gatherings_deck_takes_the_network_it_names_else_no_body(deck, body):
    text = ("Nettverkssamling for kommunale planleggere\nKristiansand, 3. april 2025\n\n"
            f"{deck}\nArealregnskap\nTre kommuner har tatt i bruk verktøyet\n")
    assert parse_bytes(text.encode(), "deck.txt").body == body


@pytest.mark.parametrize(("line", "hours"), [
    # an aside on when the meeting did start: the record holds it, as it holds the end
    # an aside "(møtet ble hevet …)" reports, not the planned hours
    ("Tid: 12:00–15:00 (møtet startet 12.15)", ("12:15", "15:00")),
    ("Tid: kl. 18–21 (møtet starta kl. 18.10) (møtet slutta 21.20)", ("18:10", "21:20")),
    ("Dato: 4.3.2026 kl. 17–19 (møtet startet 17.15)", ("17:15", "19:00")),
    # a "start" after the end is no start of this meeting
    ("Tid: 12:00–15:00 (oppstart 16.00)", ("12:00", "15:00")),
])
def test_actual_start_in_an_aside_wins_over_the_planned_start(line, hours) -> None:
    dated = "" if line.startswith("Dato") else "Dato: 4. mars 2026\n"
    text = (f"Referat fra møte i Styret\n{dated}{line}\nSted: Teams\n\n"
            "Til stede: Berit Lund, Tor Moe\n\nSak 1/26 Velkommen\nIngen.\n")
    meeting = parse_bytes(text.encode(), "t.txt").meeting
    assert (meeting.date, meeting.start, meeting.end) == ("2026-03-04", *hours)


@pytest.mark.parametrize("title", ["SV: Referat fra styremøte 5. mars 2026",
                                   "[Styret] Referat fra styremøte 5. mars 2026",
                                   "Re: [Styret] Referat fra styremøte 5. mars 2026"])
def test_a_reply_marker_or_list_tag_before_the_title_names_no_body(title: str) -> None:
    # a forwarded mail's or a list archive's subject heads the minutes as written; its
    # "SV:" and its "[Styret]" tag are no part of the body's name
    text = f"{title}\n\nTil stede: Kari Nordby (leder), Jon Vik\n\n1. Økonomi\nGodkjent.\n"
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.title, record.body) == (title, "Styret")


@pytest.mark.parametrize(("title", "body", "organization", "place"), [
    # "på" after the meeting's word names where it was held, not a parent
    ("Referat fra styremøte på Scandic Havet i Bodø lørdag 12. april 2026", "Styret", None,
     "Scandic Havet i Bodø"),
    ("Referat fra nettverkssamling på Quality Hotel Straand, 12. april 2026", "Nettverket",
     None, "Quality Hotel Straand"),
    # a room in lower case after the body: the venue, not part of the body's name
    ("Referat fra møte i styret på rådhuset i Bodø 12. april 2026", "Styret", None,
     "rådhuset i Bodø"),
    ("Referat fra styremøte i Lia IL på klubbhuset 12. april 2026", "Styret", "Lia IL",
     "klubbhuset"),
    # the school a council belongs to is no venue: its parent, as after "ved"
    ("Referat fra møte i samarbeidsutvalget på Lia skole 12.04.2026",
     "Samarbeidsutvalget", "Lia skole", None),
])
def test_a_venue_after_pa_in_the_title(title, body, organization, place) -> None:
    text = f"{title}\n\nTil stede: Kari Holm, Per Dahl\n\nSak 1 Budsjett\nGodkjent.\n"
    record = parse_bytes(text.encode(), "v.txt")
    assert (record.body, record.organization, record.meeting.location) == (
        body, organization, place)


@pytest.mark.parametrize(("line", "day", "place"), [
    # a line under the title: the meeting or gathering "på" a place, then its day
    ("Samlingen på Scandic Havet i Bodø lørdag 12. april 2026", "2026-04-12",
     "Scandic Havet i Bodø"),
    ("Møte på Rådhuset 12. april 2026", "2026-04-12", "Rådhuset"),
    # "i" after the meeting's word names the body, not where
    ("Møte i styret 12. april 2026", None, None),
])
def test_a_meeting_at_a_place_then_its_day_under_the_title(line, day, place) -> None:
    text = (f"Referat fra nettverkssamling\n{line}\n\nTil stede: Kari Holm, Per Dahl\n\n"
            "Sak 1 Budsjett\nBudsjettet ble godkjent.\n")
    meeting = parse_bytes(text.encode(), "m.txt").meeting
    assert (meeting.date, meeting.location) == (day, place)


@pytest.mark.parametrize(("letterhead", "body", "organization"), [
    # a cooperation named by its field and its region over a board of its own: the parent
    ("Interkommunalt samarbeid om PPT i Indre Sogn", "Styringsgruppa",
     "Interkommunalt samarbeid om PPT i Indre Sogn"),
    ("Regionsamarbeidet for helse på Helgeland", "Styringsgruppa",
     "Regionsamarbeidet for helse på Helgeland"),
    # a sentence is no letterhead
    ("Samarbeidet om PPT i Indre Sogn går godt", "Styringsgruppa", None),
])
def test_a_cooperation_named_by_field_and_region_is_the_boards_parent(
        letterhead, body, organization) -> None:
    text = (f"{letterhead}\n\nProtokoll frå møte i styringsgruppa\n\nDato: 11.03.2026\n"
            "Stad: Sogndal\n\nSak 9/26 Årsmelding 2025\nSamrøystes godkjent.\n")
    record = parse_bytes(text.encode(), "t.txt")
    assert (record.body, record.organization) == (body, organization)


@pytest.mark.parametrize(("title", "expected"), [
    # the nynorsk possessive names the owner as the bokmål genitive does
    ("Referat frå møte i Vestlandsrådet sitt arbeidsutval",
     ("Vestlandsrådet sitt arbeidsutval", "Vestlandsrådet")),
    ("Referat fra møte i Vestlandsrådets arbeidsutvalg",
     ("Vestlandsrådets arbeidsutvalg", "Vestlandsrådet")),
    ("Referat frå møte i Fjellregionen si styringsgruppe",
     ("Fjellregionen si styringsgruppe", "Fjellregionen")),
    # a plural owner is no parent, in either language
    ("Referat frå møte i Foreldra sitt arbeidsutval", ("Foreldra sitt arbeidsutval", None)),
    ("Referat fra møte i Foreldrenes arbeidsutvalg", ("Foreldrenes arbeidsutvalg", None)),
])
def test_a_nynorsk_possessive_owner_is_the_bodys_parent(title, expected) -> None:
    assert body_and_organization(title) == expected


@pytest.mark.parametrize(("title", "body", "organization", "place"), [
    # a named building after the body in the title: where it met, no part of its name
    ("Møte i regionrådet på Bodø rådhus 5. februar 2024", "Regionrådet", None, "Bodø rådhus"),
    ("Referat fra møte i arbeidsutvalget på Lillehammer kulturhus", "Arbeidsutvalget", None,
     "Lillehammer kulturhus"),
    ("Referat fra møte i styret på Scandic Hotell Bodø", "Styret", None, "Scandic Hotell Bodø"),
    # a kindergarten or school after "på" is the council's parent, as after "ved"
    ("Referat fra møte i FAU på Lia barnehage", "FAU", "Lia barnehage", None),
])
def test_a_building_after_the_body_in_the_title_is_the_venue(title, body, organization,
                                                             place) -> None:
    text = f"{title}\n\nTil stede: Kari Holm, Per Dahl\n\nSak 1 Budsjett\nGodkjent.\n"
    record = parse_bytes(text.encode(), "v.txt")
    assert (record.body, record.organization, record.meeting.location) == (
        body, organization, place)


@pytest.mark.parametrize(("title", "body", "organization"), [
    # the year an annual meeting is named by is no part of the club's or council's name
    ("Årsmøte i Nordby idrettslag 2026", "Årsmøtet", "Nordby idrettslag"),
    ("ÅRSMØTE I NORDBY IDRETTSLAG 2026", "Årsmøtet", "Nordby idrettslag"),
    ("Årsmøte i Regionrådet for Fjordsida 2026", "Regionrådet for Fjordsida", None),
    ("Referat fra styremøte i Nordby IL 2026", "Styret", "Nordby IL"),
    # the meeting first, then the club after a dash
    ("ÅRSMØTE 2026 – NORDLI VELFORENING", "Årsmøtet", "Nordli velforening"),
    ("Generalforsamling 2026 – Lia borettslag", "Generalforsamlingen", "Lia borettslag"),
    # a year inside a project's name stays
    ("Referat fra møte i styringsgruppen for Agenda 2030", "Styringsgruppen for Agenda 2030",
     None),
])
def test_the_year_of_an_annual_meeting_is_no_part_of_a_name(title, body, organization):
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize(("title", "expected"), [
    ("Regionrådet for Fjellregionen 2026", ("Regionrådet", "Fjellregionen")),
    ("Referat fra møte i Regionrådet i Hallingdal 2026", ("Regionrådet", "Hallingdal")),
    ("Referat fra møte i Regionrådet for Kystregionen, februar 2026",
     ("Regionrådet", "Kystregionen")),
    ("Referat fra møte i Regionrådet for Midtfjorden – 2026", ("Regionrådet", "Midtfjorden")),
])
def test_meeting_year_is_no_part_of_the_parent(title: str, expected: tuple) -> None:
    """The meeting's year (and month) after a council's parent is no part of its name,
    as an årsmøte title already drops it."""
    assert body_and_organization(title) == expected


def test_year_span_stays_in_a_project_body() -> None:
    """A programme's period ("2021-2027") is part of the name, not the meeting's year."""
    assert body_and_organization("Styringsgruppa for Interreg Nordsjø 2021-2027") == \
        ("Styringsgruppa for Interreg Nordsjø 2021-2027", None)


@pytest.mark.parametrize(("title", "body"), [
    ("Regionrådet for Hallingdal – møte 2026", "Regionrådet for Hallingdal"),
    ("Regionrådet for Hallingdal, møte 2026", "Regionrådet for Hallingdal"),
    ("Hallingdal regionråd – referat 2026", "Hallingdal regionråd"),
    ("Faggruppe helse – møte nr. 4", "Faggruppe helse"),
    # (s69k) the meeting by its number in the year
    ("Regionrådet for Hallingdal – møte 4/2026", "Regionrådet for Hallingdal"),
])
def test_the_meeting_after_a_dash_is_no_part_of_the_body(title, body):
    from motebok.extract.header import body_and_organization
    assert body_and_organization(title) == (body, None)


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Møtereferat brukerrådet Solbakken sykehjem", "Brukerrådet", "Solbakken sykehjem"),
    ("Referat fra møte i styret Fjordvik Vel", "Styret", "Fjordvik Vel"),
    ("Referat brukerrådsmøte ved Solbakken sykehjem", "Brukerrådet", "Solbakken sykehjem"),
    ("Referat fra brukarrådsmøte Lindeli sjukeheim", "Brukarrådet", "Lindeli sjukeheim"),
    ("REFERAT FRA MØTE I SAMARBEIDSUTVALGET VED LIA SKOLE", "Samarbeidsutvalget", "Lia skole"),
    ("Referat fra møte i gruppen Vest", "Gruppen Vest", None),  # a name, no owner
])
def test_a_council_at_an_institution_is_the_body_and_the_institution_its_parent(
        title, body, organization):
    from motebok.extract.header import body_and_organization
    assert body_and_organization(title) == (body, organization)


def test_bare_doc_word_beside_the_senders_name_in_the_first_row() -> None:
    """"Nordby kommune | Møtebok" as the first row: the word is the title, the name beside
    it whom the protocol comes from; a fuller heading under such a row stays the title."""
    text = ("Nordby kommune\tMøtebok\n\nUtvalg:\tFormannskapet\nMøtedato:\t12.03.2026\n\n"
            "Sak 12/26 Godkjenning av innkalling\n\nInnkallingen ble godkjent.\n")
    record = parse_bytes(text.encode(), "m.txt")
    assert (record.title, record.body, record.organization) == \
        ("Møtebok", "Formannskapet", "Nordby kommune")
    text = ("Nordby regionråd\tReferat\n\nREFERAT FRA MØTE I NORDBY REGIONRÅD\n\n"
            "Tid: 12.03.2026 kl. 09.00\n\nSak 12/26 Godkjenning av innkalling\n\n"
            "Innkallingen ble godkjent.\n")
    assert parse_bytes(text.encode(), "m.txt").title == "REFERAT FRA MØTE I NORDBY REGIONRÅD"


@pytest.mark.parametrize(("title", "expected"), [
    ("Nettverkssamling Folkehelsenettverket i Innlandet", ("Folkehelsenettverket", "Innlandet")),
    ("Nettverksmøte – Helsenettverket Vest", ("Helsenettverket Vest", None)),
    ("Samling: Klimanettverket Vestland", ("Klimanettverket Vestland", None)),
    ("Oppsummering fagsamling Kommunepsykolognettverket Nord",
     ("Kommunepsykolognettverket Nord", None)),
    ("Nettverkssamling Faggruppe folkehelse", ("Faggruppe folkehelse", None)),
    # a club after a body's meeting word is the parent; an annual meeting keeps its body
    ("Styremøte Fjordvik Vel", ("Styret", "Fjordvik Vel")),
    ("Årsmøte Regionrådet Vest", ("Årsmøtet", "Regionrådet Vest")),
])
def test_a_body_named_right_after_the_gathering_word_is_the_body(title: str,
                                                                 expected: tuple) -> None:
    """"Nettverkssamling" over "Folkehelsenettverket i Innlandet" on a title slide reads
    as one title: the network's own name after the gathering's word is the body that
    met, as after "nettverkssamling i"; the gathering word is no part of it."""
    assert body_and_organization(title) == expected


@pytest.mark.parametrize("hotel", ["Scandic Hamar", "Quality Hotel Edvard Grieg, Bergen",
                                   "Bø Hotell", "Radisson Blu Royal Hotel, Bergen",
                                   "Hotell Fjellstua, Nordvang"])
def test_a_hotel_alone_under_the_meetings_day_is_the_place(hotel: str) -> None:
    """A hotel's name on its own line under the day and hours ("Scandic Hamar") is where
    the network met, though two capitalised words read as a person's name otherwise."""
    text = (f"Referat fra møte i Folkehelsenettverket Innlandet\n\n12. mars 2026 kl. 10.00–14.00\n"
            f"{hotel}\n\nSak 1 Velkommen\nLeder ønsket velkommen.\n\nSak 2 Status\n"
            f"Tatt til orientering.\n")
    assert parse_bytes(text.encode(), "nettverk.txt").meeting.location == hotel


def test_a_person_alone_under_the_meetings_day_is_no_place() -> None:
    text = ("Referat fra møte i Folkehelsenettverket Innlandet\n\n12. mars 2026 kl. 10.00–14.00\n"
            "Kari Holm\n\nSak 1 Velkommen\nLeder ønsket velkommen.\n")
    assert parse_bytes(text.encode(), "nettverk.txt").meeting.location is None


@pytest.mark.parametrize(("title", "expected"), [
    ("REFERAT FRA MØTE I FAU VED NORDBY SKOLE", ("FAU", "Nordby skole")),
    ("PROTOKOLL FRA MØTE I SU", ("SU", None)),
    ("REFERAT FRA SMU-MØTE", ("SMU", None)),
    ("REFERAT FRA STYREMØTE I NORDBY IL", ("Styret", "Nordby IL")),
    ("REFERAT FRA MØTE I LAGET", ("Laget", None)),
    ("REFERAT FRA MØTE I RÅDET", ("Rådet", None)),
])
def test_initials_keep_their_capitals_in_a_capitals_title(
        title: str, expected: tuple[str, str | None]) -> None:
    """A body's initials (2–5 capitals) stay in capitals when an all-capitals title is
    put in normal case; a short noun ("LAGET", "RÅDET") is a word and is not."""
    from motebok.extract.header import body_and_organization
    assert body_and_organization(title) == expected


def test_a_short_body_word_in_a_capitals_title_is_no_initials() -> None:
    """"BYRÅD" ends in a body noun ("råd"): a word, put in normal case, not initials."""
    from motebok.extract.header import body_and_organization
    assert body_and_organization("PROTOKOLL FRA MØTE I BYRÅD")[0] != "BYRÅD"


@pytest.mark.parametrize(("title", "body"), [
    ("REFERAT FRA MØTE I SU/SMU", "SU/SMU"),
    ("REFERAT FRA MØTE I SU OG SMU VED BERG SKOLE", "SU og SMU"),
])
def test_two_bodies_of_initials_keep_their_capitals(title: str, body: str) -> None:
    """Two bodies of initials meeting together ("SU/SMU", "SU og SMU") keep their
    capitals in a capitals title, each as one alone does."""
    from motebok.extract.header import body_and_organization
    assert body_and_organization(title)[0] == body


@pytest.mark.parametrize(("title", "body"), [
    ("Styre-møte 4/2026", "Styret"),
    ("STYRE-MØTE I NORDBY VEL", "Styret"),
    ("Referat fra års-møte i Nordby vel", "Årsmøtet"),
    ("LAMU-møte 1/2023", "LAMU"),
    ("Referat fra Skate-møte", "Skate"),
])
def test_hyphenated_body_meeting_word_is_the_compound(title: str, body: str) -> None:
    """"Styre-møte" is "styremøte" written with a hyphen: the board meets ("Styret"); a
    first part with no body noun ("LAMU-", "Skate-") is still the body's own name."""
    text = f"{title}\n\nDato: 12. mars 2026\nTil stede: Kari Olsen, Per Hansen\n\n" \
           "Sak 1/26 Godkjenning av innkalling\nVedtak: Godkjent.\n"
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.body == body


def test_a_dialogue_meeting_on_a_topic_is_held_by_the_body_under_the_title() -> None:
    """"Referat frå verkstad om kystsoneplan" over "Friluftsrådet Vest": the workshop is
    what was held, the body named alone under the title held it."""
    text = ("Referat frå verkstad om kystsoneplan\nFriluftsrådet Vest\n\n"
            "Dato: 4. mai 2026\nStad: Fjordstova\n\nVelkomen\nLeiar ønskte velkomen.\n")
    assert parse_bytes(text.encode(), "v.txt").body == "Friluftsrådet Vest"


@pytest.mark.parametrize(("under", "body", "organization"), [
    ("Arbeidsutvalet (AU)", "Arbeidsutvalet (AU)", "Sunnfjord regionråd"),
    ("Arbeidsutvalget", "Arbeidsutvalget", "Sunnfjord regionråd"),
    # a group label over the members' names, no heading of the body
    ("Styret\nKari Holm, leiar\nPer Dahl", "Sunnfjord regionråd", None),
])
def test_a_board_alone_under_a_title_naming_its_council_is_the_body(
        under: str, body: str, organization: str | None) -> None:
    """"Referat frå møte i Sunnfjord regionråd" / "Arbeidsutvalet (AU)": the board under
    the title met, the council the title names is its parent."""
    text = (f"Referat frå møte i Sunnfjord regionråd\n{under}\n\nDato: 20.05.2025\n\n"
            "Sak 1/25 Økonomi\nTatt til orientering.\n")
    record = parse_bytes(text.encode(), "au.txt")
    assert (record.body, record.organization) == (body, organization)


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Referat Strategisk samarbeidsutval Helsefellesskapet Helse Førde",
     "Strategisk samarbeidsutval", "Helsefellesskapet Helse Førde"),
    ("Referat frå møte i Overordna samarbeidsutval (OSU) Helse Førde og kommunane",
     "Overordna samarbeidsutval (OSU)", "Helse Førde og kommunane"),
    ("Protokoll – Strategisk samarbeidsutval i helsefellesskapet Sykehuset Innlandet",
     "Strategisk samarbeidsutval", "helsefellesskapet Sykehuset Innlandet"),
    ("Referat fra Strategisk samarbeidsutvalg i Helsefellesskapet for Sykehuset Telemark og "
     "kommunene", "Strategisk samarbeidsutvalg",
     "Helsefellesskapet for Sykehuset Telemark og kommunene"),
    ("Referat fagråd legevakt Helsefellesskapet Innlandet", "Fagråd legevakt",
     "Helsefellesskapet Innlandet"),
    ("Referat fra møte i fagrådet for legevakt (Helsefellesskapet Vestre Viken)",
     "Fagrådet for legevakt", "Helsefellesskapet Vestre Viken"),
    ("Referat partnarskapsmøte 12.03.2026 – Helsefellesskapet Helse Førde", "Partnarskapet",
     "Helsefellesskapet Helse Førde"),
    ("Referat fra Samhandlingsutvalget Sykehuset Innlandet HF", "Samhandlingsutvalget",
     "Sykehuset Innlandet HF"),
    # a forum between both sides is named whole; a group "for" a task stays whole
    ("Referat fra samhandlingsutvalget mellom Sykehuset Østfold og kommunene",
     "Samhandlingsutvalget mellom Sykehuset Østfold og kommunene", None),
    ("Referat fra styringsgruppen for Helsefellesskapet Nord",
     "Styringsgruppen for Helsefellesskapet Nord", None),
    # a topic in capitals is no trust
    ("Referat fra faggruppe Helse og omsorg", "Faggruppe Helse og omsorg", None),
])
def test_a_forum_then_its_health_cooperation_or_hospital_trust(
        title: str, body: str, organization: str | None) -> None:
    """A forum of a helsefellesskap named with the cooperation or the hospital trust after
    it: the forum met, the cooperation or trust after it is its parent."""
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize(("title", "expected"), [
    ("REFERAT FRA MØTE I PARTNERSKAPSUTVALGET I HELSEFELLESSKAPET TELEMARK",
     ("Partnerskapsutvalget", "Helsefellesskapet Telemark")),
    ("REFERAT FRÅ FAGRÅD I HELSEFELLESSKAPET INNLANDET",
     ("Fagråd", "Helsefellesskapet Innlandet")),
    ("REFERAT FRA ARBEIDSUTVALGET I REGIONRÅDET VALDRES",
     ("Arbeidsutvalget", "Regionrådet Valdres")),
])
def test_shouted_cooperation_keeps_the_capital_of_its_region(title, expected):
    """A title in capitals is put in normal case; the region in a cooperation's name
    ("HELSEFELLESSKAPET INNLANDET") is a place and keeps its capital."""
    assert body_and_organization(title) == expected


def test_a_capitals_title_names_the_parent_after_i_as_normal_case_does():
    text = ("REFERAT – MØTE I REFERANSEGRUPPEN FOR KULTURSKOLEPLAN I SØRÅS\n\n"
            "Møtedato: 11. februar 2026\n\nTil stede: Heidi Bråthen, Magnus Aakre\n\n"
            "1. Innspill\nGruppen drøftet tilbudet i distriktene i Sørås.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == ("Referansegruppen for kulturskoleplan",
                                                  "Sørås")


def test_a_quality_system_s_document_field_is_no_title():
    # "Dokument: Protokoll Regionrådet      Side: 1 av 2" heads every page of the protocol
    text = ("Vestbotn Regionråd\nDokument: Protokoll Regionrådet      Side: 1 av 2\n\n"
            "PROTOKOLL FRA MØTE I VESTBOTN REGIONRÅD 23. APRIL 2026\n\nSted: Havnøy\n\n"
            "Sak 1/26 Referat\nGodkjent.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert record.title == "PROTOKOLL FRA MØTE I VESTBOTN REGIONRÅD 23. APRIL 2026"


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("REFERAT FRÅ MØTE I REGIONRÅDET DIGITALT", "Regionrådet", None),
    ("Referat møte i Regionrådet på Teams", "Regionrådet", None),
    ("Referat fra styremøte i Nordby Vel, digitalt", "Styret", "Nordby Vel"),
    ("REFERAT STYRINGSGRUPPA FYSISK MØTE", "Styringsgruppa", None),
    ("Referat fra møte i arbeidsutvalget (digitalt)", "Arbeidsutvalget", None),
    ("Referat fra Regionrådet, Teams", "Regionrådet", None),
    ("Referat fra møte i Nettverk for digitalt", "Nettverk for digitalt", None),
])
def test_the_form_the_meeting_took_is_no_part_of_the_bodys_name(title, body, organization):
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize("second", ["Nr. 41 – referat frå 24. februar 2026",
                                    "Nr 41: Referat frå 24. februar 2026"])
def test_a_numbered_second_title_under_the_title_gives_the_meeting_s_day(second):
    text = (f"Referat frå møte i Nordfjella regionråd\n{second}\n\nTil stades: Harald Vik, "
            "Siri Moen\n\nSak 5/26 Regional plan\nVedtak: Planen vert send på høyring.\n")
    assert parse_bytes(text.encode(), "regionrad.txt").meeting.date == "2026-02-24"


@pytest.mark.parametrize(("title", "body", "organization"), [
    # a title in capitals reads as the same title in mixed case: the body that met, then
    # the council it belongs to after the comma (not the other way round)
    ("PROTOKOLL FRÅ MØTE I ARBEIDSUTVALET, MIDTFJORD REGIONRÅD", "Arbeidsutvalet",
     "Midtfjord regionråd"),
    ("Protokoll frå møte i arbeidsutvalet, Midtfjord regionråd", "Arbeidsutvalet",
     "Midtfjord regionråd"),
    ("REFERAT FRA MØTE I STYRINGSGRUPPA, NORDDAL KOMMUNE", "Styringsgruppa",
     "Norddal kommune"),
    # a council named in one word ("…rådet") or a community ("…fellesskapet") after it
    ("OPPSUMMERING FRA MØTE I ADMINISTRATIV GRUPPE, VESTDALSRÅDET", "Administrativ gruppe",
     "Vestdalsrådet"),
    ("REFERAT FRÅ MØTE I FAGGRUPPE HELSE, HELSEFELLESSKAPET", "Faggruppe helse",
     "Helsefellesskapet"),
])
def test_a_parent_council_after_a_comma_in_a_title_in_capitals(title, body, organization):
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize(("title", "body", "organization"), [
    # (s74o) a school's council, then the school after the comma: its parent, as "… ved
    # Lia skule" is, with or without the council's initials
    ("Referat frå møte i samarbeidsutvalget (SU), Lia skule", "Samarbeidsutvalget (SU)",
     "Lia skule"),
    ("Referat fra møte i driftsstyret, Haugen barnehage", "Driftsstyret", "Haugen barnehage"),
    # any other body at a school after the comma met there
    ("Referat fra møte i regionrådet, Vik skole", "Regionrådet", None),
])
def test_a_school_after_a_comma_is_the_parent_of_its_own_council(title, body, organization):
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize(("line", "start"), [
    # a deadline for those summoned gives no hours of the meeting
    ("Svarfrist for forfall: 5. mai kl. 12.00", None),
    ("Påmelding til middagen innan 8. mai kl. 15.", None),
    ("Meld forfall seinast 8. mai kl. 12.", None),
    # the meeting's own hours before the deadline still count
    ("Møtet startar kl. 10.00, svarfrist 8. mai kl. 12.", "10:00"),
])
def test_a_deadline_in_the_head_is_no_start_of_the_meeting(line, start):
    text = ("Innkalling til møte i regionrådet\n\nMøtedato: 12. mai 2026\n"
            f"{line}\nMøtestad: Bygdetunet, Åsli\n\nSak 5/26 Budsjett\n")
    meeting = parse_bytes(text.encode(), "innkalling.txt").meeting
    assert (meeting.date, meeting.start) == ("2026-05-12", start)


def test_a_registration_deadline_gives_no_day_over_the_title_s_day():
    text = ("Referat frå styremøte på Rådhuset i Vik 3. mars 2026\n\n"
            "Til stades: Anne Vik, Bjørn Lid\n\n"
            "Påmelding til samlinga innan 10. mars kl. 15.00.\n\n"
            "Sak 1/26 Godkjenning av innkalling\nGodkjend.\n")
    meeting = parse_bytes(text.encode(), "styre.txt").meeting
    assert (meeting.date, meeting.start, meeting.location) == ("2026-03-03", None,
                                                               "Rådhuset i Vik")


@pytest.mark.parametrize(("title", "body", "location"), [
    # a building named in one word and its town after a comma: where it met, no body's name
    ("Referat frå møte i regionrådet på Fjordhotellet, Vik 3. mars 2026", "Regionrådet",
     "Fjordhotellet, Vik"),
    ("Protokoll fra møte i arbeidsutvalget på Bygdetunet, Åsli, 3. mars 2026",
     "Arbeidsutvalget", "Bygdetunet, Åsli"),
    # a school after a council is the parent it belongs to, no venue
    ("Referat fra møte i FAU på Lia skole 3. mars 2026", "FAU", None),
])
def test_a_venue_in_one_word_in_the_title(title, body, location):
    text = (f"{title}\n\nTil stede: Anne Vik, Bjørn Lid\n\n"
            "Sak 1/26 Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "t.txt")
    assert (record.body, record.meeting.location) == (body, location)


@pytest.mark.parametrize(("title", "body", "organization"), [
    # a town between commas before the day places and dates the meeting, as a letter is
    ("Protokoll fra styremøte, Havnvik, torsdag 8. oktober 2026 kl. 10.00", "Styret", None),
    ("Referat fra styremøte, Havnvik, 8. oktober 2026", "Styret", None),
    # a club or a cooperation's one-word name there is still the parent or the body
    ("Referat fra styremøte, Nordby Vel, 3. mars 2026", "Styret", "Nordby Vel"),
    ("Referat fra nettverksmøte, Kystnettverket, 3. mars 2026", "Kystnettverket", None),
])
def test_a_town_before_the_day_in_the_title_is_no_parent(title, body, organization):
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize(("title", "location"), [
    # a town after the whole date ends the title: where the meeting was held
    ("Referat fra styremøte 3. mars 2026 i Leirvåg", "Leirvåg"),
    ("Referat fra møte i arbeidsutvalget 3. mars 2026 i Leirvåg", "Leirvåg"),
    # a club after "i" is the board's parent; a regional council's may be its region
    ("Referat fra styremøte 3. mars 2026 i Leirvåg IL", None),
    ("Referat fra regionrådsmøte 3. mars 2026 i Valdres", None),
])
def test_a_town_after_the_title_s_date(title, location):
    text = (f"{title}\n\nTil stede: Anne Vik, Bjørn Lid\n\n"
            "Sak 1/26 Godkjenning av innkalling\nGodkjent.\n")
    assert parse_bytes(text.encode(), "t.txt").meeting.location == location


@pytest.mark.parametrize(("title", "deadline", "date"), [
    # an e-mail meeting's members decide by answering: the deadline is the day it decided
    ("Protokoll fra e-postmøte i styret for Lågdal Vannverk IKS",
     "Svarfrist: 13. februar 2026 kl. 12.00", "2026-02-13"),
    ("PROTOKOLL – STYREBEHANDLING PER E-POST", "Frist for svar: 4. mars 2026", "2026-03-04"),
    # a meeting held in a room has no day from a deadline for answers
    ("Protokoll fra styremøte i Lågdal Vannverk IKS", "Svarfrist: 13. februar 2026", None),
])
def test_an_e_mail_meeting_is_dated_by_its_deadline_for_answers(title, deadline, date):
    text = (f"{title}\n\nSendt styret: 9. februar 2026\n{deadline}\n\n"
            "Sak 1/26 Budsjett 2026\nVedtak: Budsjettet ble godkjent.\n")
    meeting = parse_bytes(text.encode(), "epost.txt").meeting
    assert (meeting.date, meeting.start) == (date, None)


@pytest.mark.parametrize("title", [
    "PROTOKOLL – STYREBEHANDLING PER E-POST",
    "Protokoll fra styrebehandling på e-post",
])
def test_a_board_s_handling_by_e_mail_names_the_board(title):
    assert body_and_organization(title)[0] == "Styret"


@pytest.mark.parametrize("form", ["Møteform: E-postmøte", "Møteform: Per e-post",
                                  "Sted: E-post"])
def test_an_e_mail_meeting_by_its_form_is_held_on_its_reply_deadline(form):
    # the members decide by answering: the deadline is the meeting's day, the day the
    # papers went out is not
    text = (f"Protokoll fra styret i Lia vel\n\n{form}\n"
            "Saksdokumenter sendt ut: 7. mars 2025\nFrist for svar: 14. mars 2025\n\n"
            "Til stede: Kari Holm, Per Berg\n\nSak 4/25 Dugnad\nVedtatt.\n")
    meeting = parse_bytes(text.encode(), "epost.txt").meeting
    assert meeting.date == "2025-03-14"


def test_a_reply_deadline_gives_no_day_to_a_meeting_not_held_by_e_mail():
    text = ("Protokoll fra styret i Lia vel\n\nMøteform: Teams\n"
            "Frist for svar: 14. mars 2025\n\n"
            "Til stede: Kari Holm, Per Berg\n\nSak 4/25 Dugnad\nVedtatt.\n")
    assert parse_bytes(text.encode(), "teams.txt").meeting.date is None


@pytest.mark.parametrize(("line", "body", "location"), [
    # a body, the town where it met and the day, over a bare "Referat"
    ("Hallingdal regionråd, Mo i Rana, 3. mars 2025", "Hallingdal regionråd", "Mo i Rana"),
    ("Faggruppe for helse, Sør-Fron, 3. mars 2025", "Faggruppe for helse", "Sør-Fron"),
])
def test_a_body_town_and_day_line_names_the_meeting_s_place(line, body, location):
    text = (f"{line}\n\nReferat\n\nTil stede: Kari Holm, Per Berg\n\n"
            "Sak 1/25 Budsjett\nVedtatt.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.meeting.date, record.meeting.location) == (
        body, "2025-03-03", location)


def test_a_signing_line_closing_a_short_text_dates_the_document_not_the_meeting():
    text = ("Referat – styremøte 3/2025\n\nTil stede: Lars Brun, Eva Holt\n\n"
            "Sak 12/25 Regnskap\nVedtak: Styret godkjente regnskapet.\n\n"
            "Vestby, 14.03.2025, Kari Nes, referent\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.document_date, record.meeting.date) == ("2025-03-14", None)


@pytest.mark.parametrize(("labels", "expected"), [
    ("Dato for møtet: 12.3.2025\nTid for møtet: 0900 - 1130\nSted for møtet: Rådhuset",
     ("09:00", "11:30", "Rådhuset")),
    ("Digitalt møte (Teams)\nDato: 12.03.2025, 09:00–11:30",
     ("09:00", "11:30", "Digitalt møte (Teams)")),
])
def test_labels_for_the_meeting_and_a_channel_line_over_the_day(labels, expected):
    text = (f"Referat fra møte i styringsgruppen\n\n{labels}\n\n"
            "Til stede: Kari Holm, Per Berg\n\nSak 1/25 Budsjett\nVedtatt.\n")
    meeting = parse_bytes(text.encode(), "referat.txt").meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == (
        "2025-03-12", *expected)


@pytest.mark.parametrize("signature", [
    "Kari Nes, referent, Vestby 14.03.2025", "Kari Nes (referent), Vestby, 14.03.2025",
    "14.03.2025, Kari Nes, referent", "14.03.2025 – Kari Nes (ref.)",
    # the place and day under the signature
    "Kari Nes, referent\nVestby 14.03.2025", "Kari Nes, referent\nVestby, 14. mars 2025"])
def test_a_writer_s_signature_with_its_place_or_its_day_first_dates_the_minutes(signature):
    text = ("Referat fra styremøte i Lia vel\n\nDato: 10.03.2025\n\n"
            "Til stede: Lars Brun (leder), Eva Holt og Kari Nes\n\n"
            "Sak 12/25 Regnskap\nVedtak: Styret godkjente regnskapet.\n\n"
            "Sak 13/25 Eventuelt\nIngen saker.\n\n"
            f"{signature}\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.document_date, record.meeting.date) == ("2025-03-14", "2025-03-10")
    assert [(p.name, p.role) for p in record.participants][-1] == (
        "Kari Nes", ParticipantRole.SECRETARY)
    assert record.items[-1].text == "Ingen saker."


@pytest.mark.parametrize("deadline", [
    "Svar innen 14. mars 2025", "Svarfristen var 14. mars 2025.",
    "Frist for å svare: 14. mars 2025", "Tilbakemeldingsfrist: 14. mars 2025",
    "Frist: 14. mars 2025"])
def test_the_words_of_an_e_mail_meeting_s_reply_deadline(deadline):
    text = (f"Protokoll fra styret i Lia vel\n\nMøteform: E-postmøte\n{deadline}\n\n"
            "Til stede: Kari Holm, Per Berg\n\nSak 4/25 Dugnad\nVedtatt.\n")
    assert parse_bytes(text.encode(), "epost.txt").meeting.date == "2025-03-14"


def test_a_meeting_label_whose_value_is_a_day_with_a_slash_gives_the_day_and_hours():
    # "Møte: onsdag 3/4 kl. 13.00–14.30" is when, not who ("Onsdag" is no body); its year
    # from the place-and-date line at the end
    text = ("Referat – nettverk for folkehelsekoordinatorar i Nordfjord\n\n"
            "Møte: onsdag 3/4 kl. 13.00–14.30\nStad: Teams\n\n"
            "1. Saksliste\nSaklista vart godkjend.\n\n2. Eventuelt\nIngen saker.\n\n"
            "Nordfjordeid, 4. april 2024\nÅsmund Hjelle\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.meeting.date, record.meeting.start, record.meeting.end) == (
        "2024-04-03", "13:00", "14:30")
    assert record.body != "Onsdag"


def test_a_mail_s_thanks_for_the_meeting_names_where_it_was_and_its_hours():
    text = ("Emne: Oppsummering frå møtet i næringsnettverket 5. september\n\n"
            "Hei alle,\n\ntakk for eit godt møte på Kommunehuset i Odda i går (kl. 12–15).\n\n"
            "Dette vart bestemt:\n- Referat frå førre møte vart godkjent.\n")
    meeting = parse_bytes(text.encode(), "epost.txt").meeting
    assert (meeting.location, meeting.start, meeting.end) == (
        "Kommunehuset i Odda", "12:00", "15:00")


def test_a_mail_s_summary_sentence_names_who_met_when_the_subject_does_not():
    text = ("Fra: Trine Sæther\nSendt: 21. november 2024 15:02\n"
            "Emne: Oppsummering fra møtet 20.11.\n\nHei,\n\n"
            "Kort oppsummering fra møtet i samarbeidsforumet i går, 20. november kl. "
            "09.00–11.00 på Teams.\n\nOppsummering:\n• Forumet stiller seg bak forslaget.\n")
    record = parse_bytes(text.encode(), "epost.txt")
    assert (record.body, record.meeting.date) == ("Samarbeidsforumet", "2024-11-20")


def test_a_listed_link_with_a_day_is_no_place_and_date_line():
    # "* [Innkalling 30. august 2024](…)" under "Relaterte saker" on a saved web page: the
    # page's "Publisert" day is the document's
    text = ("# Referat fra møte i regionrådet 7. juni 2024\n\nPublisert 11.06.2024\n\n"
            "**Tid:** 7. juni 2024 kl. 10.00\n\n## Sak 1/24 Referat\n\nReferatet godkjennes.\n\n"
            "## Relaterte saker\n\n* [Innkalling 30. august 2024](/moter/innkalling)\n")
    assert parse_bytes(text.encode(), "side.md").document_date == "2024-06-11"


def test_a_mail_s_sentence_on_where_the_body_gathered_gives_place_and_hours():
    # after another sentence on the line, and without a day of its own (the subject has it)
    text = ("Emne: Oppsummering frå møtet i kulturnettverket – laurdag 26. oktober 2024\n\n"
            "Hei alle saman!\n\n"
            "Takk for sist. Vi var samla på Sunndal kulturhus frå kl. 10 til 14.\n\n"
            "Til stades: Jorunn Stavik (leiar) og Trond Sagen.\n\nKort oppsummert:\n"
            "– Kulturnettverket går inn for ein felles kulturkalender.\n")
    meeting = parse_bytes(text.encode(), "epost.txt").meeting
    assert (meeting.date, meeting.location, meeting.start, meeting.end) == (
        "2024-10-26", "Sunndal kulturhus", "10:00", "14:00")


def test_a_forwarded_summary_s_sentence_gives_place_and_hours_the_subject_does_not():
    # "… torsdag 7. november på Teams (kl. 13–14.30).": the hours in brackets after the place
    text = ("Frå: Geir Tenden\nSendt: fredag 8. november 2024 14:30\n"
            "Emne: Oppsummering frå møtet i leiargruppa 7.11.\n\nHei alle,\n\n"
            "her er ei kort oppsummering frå møtet i leiargruppa torsdag 7. november på Teams "
            "(kl. 13–14.30).\n\nVedtak:\n1. Referatet vart godkjent.\n")
    meeting = parse_bytes(text.encode(), "epost.txt").meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == (
        "2024-11-07", "13:00", "14:30", "Teams")


@pytest.mark.parametrize(("title", "body", "organization"), [
    # a body's gathering is its meeting, as with "møte"
    ("Referat fra regionrådets samling", "Regionrådet", None),
    ("Referat frå nettverket si samling", "Nettverket", None),
    ("Protokoll fra styresamling i Vestre Fjord Friluftsråd", "Styret", "Vestre Fjord Friluftsråd"),
    ("Referat fra styresamlingen i Vestdal regionråd", "Styret", "Vestdal regionråd"),
    # (a network's gathering in a named network keeps the network as the body)
    ("Referat fra nettverkssamling i Folkehelsenettverket Helgeland",
     "Folkehelsenettverket Helgeland", None),
    # the owners' meeting of an IKS is a body of its own, as the årsmøte is
    ("Referat fra eiermøte i Vestlandet Avfall IKS", "Eiermøtet", "Vestlandet Avfall IKS"),
    ("Protokoll frå eigarmøte i Sogn Brann og Redning IKS", "Eigarmøtet",
     "Sogn Brann og Redning IKS"),
])
def test_a_gathering_or_an_owners_meeting_names_its_body(title, body, organization):
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize("said", [
    "Dato: 4.–5. mars 2024", "Dato: 4. og 5. mars 2024",
    "Dato: mandag 4. mars – tirsdag 5. mars 2024", "Dato: 04.–05.03.2024"])
def test_a_meeting_over_two_days_is_dated_by_its_first(said):
    text = f"Referat fra styremøte\n\n{said}\nSted: Lia hotell\n\nSak 1 Budsjett\nVedtatt.\n"
    assert parse_bytes(text.encode(), "referat.txt").meeting.date == "2024-03-04"


@pytest.mark.parametrize("signed", [
    "Referent: Per Dahl, 5.3.2024", "5.3.2024 Per Dahl, referent", "5.3.2024 Per Dahl (ref.)"])
def test_the_writer_s_signature_dates_the_document(signed):
    text = ("Referat fra styremøte\n\nDato: 4.3.2024\n\nTil stede: Kari Holm, Per Dahl\n\n"
            f"Sak 1 Budsjett\nVedtatt.\n\n{signed}\n")
    assert parse_bytes(text.encode(), "referat.txt").document_date == "2024-03-05"


@pytest.mark.parametrize("title", [
    "Notat frå møte med Vestland fylkeskommune om busstilbodet",
    "Referat fra møte med Statens vegvesen",
])
def test_a_meeting_with_an_outside_party_names_no_body(title):
    # "møte med X": X is whom the body met; the body is named elsewhere (a memo's "Til:")
    assert body_and_organization(title) == (None, None)


def test_a_meeting_with_a_body_still_names_that_body():
    assert body_and_organization("Referat fra møte med styret i Nordby IL") == (
        "Styret", "Nordby IL")


def test_a_memo_on_a_meeting_with_an_outside_party_is_the_addressed_body_s():
    text = ("NOTAT\n\nTil:   Arbeidsutvalet i Nordhordland IKS\nFrå:   Terje Aasebø\n"
            "Dato:  3. mars 2025\n\nNotat frå møte med Vestland fylkeskommune om busstilbodet\n\n"
            "Møtet vart halde 27. februar på Knarvik.\n\n1. Rutetilbodet\n"
            "Fylkeskommunen orienterte om kutt.\n\n2. Vidare prosess\nDet vart semje om innspel.\n")
    record = parse_bytes(text.encode(), "notat.txt")
    assert (record.body, record.organization) == ("Arbeidsutvalet", "Nordhordland IKS")


@pytest.mark.parametrize("label", ["Arrangør:", "Arrangert av"])
def test_a_webinar_on_a_topic_is_the_meeting_of_the_body_that_arranged_it(label):
    # the topic is no body; the network named as the organiser held the webinar
    text = ("Oppsummering etter webinar om ny regional transportplan\n\n"
            f"{label} Nettverk for arealplanleggere i Trøndelag\n"
            "Dato: 28. august 2024, kl. 14.00–15.30\nSted: Zoom\n\n"
            "Hovedpunkter\n- Fylkeskommunen presenterte tidsplanen for planen.\n")
    record = parse_bytes(text.encode(), "webinar.txt")
    assert (record.body, record.organization) == ("Nettverk for arealplanleggere", "Trøndelag")


def test_a_note_after_a_seminar_is_the_meeting_of_the_network_that_sent_it():
    # a memo's "Fra:" names the sender, the seminar named by its topic in one word is no
    # body; the heading under the memo's fields is the title, and "Tid og sted:" under it
    # still the head's
    html = ("<table><tr><td>Til:</td><td>Kommunene i Sørdal</td></tr>"
            "<tr><td>Fra:</td><td>Klimanettverket i Sørdal</td></tr>"
            "<tr><td>Dato:</td><td>14.10.2025</td></tr></table>"
            "<h1>Oppsummering etter klimaseminaret 2. oktober</h1>"
            "<p>Tid og sted: 2. oktober 2025, kl. 10.00–15.00, Rådhuset</p>"
            "<p>Om lag 40 deltakere fra kommunene og fylkeskommunen var med på seminaret, "
            "som handlet om flom og overvann.</p>"
            "<p>Nettverksleder Eva Lund ledet seminaret.</p>")
    record = parse_bytes(html.encode(), "notat.html")
    assert record.title == "Oppsummering etter klimaseminaret 2. oktober"
    assert (record.body, record.organization) == ("Klimanettverket", "Sørdal")
    assert (record.meeting.date, record.meeting.location) == ("2025-10-02", "Rådhuset")
    assert record.items == []
    assert [(p.name, p.role) for p in record.participants] == [("Eva Lund", "chair")]


@pytest.mark.parametrize("title", ["Orientering og oppsummering etter fagdagen",
                                   "Oppsummering etter fagdagen"])
def test_orientering_og_oppsummering_names_a_summary(title):
    assert body_and_organization(title)[0] == "Fagdagen"


def test_a_webinar_arranged_by_a_municipality_keeps_no_body_of_it():
    text = ("Oppsummering etter webinar om ny regional transportplan\n\n"
            "Arrangør: Orkland kommune\nDato: 28. august 2024\n\n"
            "Hovedpunkter\n- Fylkeskommunen presenterte tidsplanen for planen.\n")
    assert parse_bytes(text.encode(), "webinar.txt").body != "Orkland kommune"


@pytest.mark.parametrize("line", ["Arrangør: Nordvik fylkeskommune",
                                  "Nettverk for kulturminnevern. Arrangør: Nordvik fylkeskommune"])
def test_a_county_arranging_a_networks_meeting_is_its_organization(line):
    # a county's networks are run by its administration, the parent the network serves
    text = (f"Referat – Kulturminnenettverket Nordvik\n\n{line}\n\n"
            "Dato: 23. oktober 2025\nSted: Teams\n\nTil stede: Jorunn Hagen, Martin Skog\n\n"
            "1. Velkommen\nDagsorden ble godkjent.\n")
    record = parse_bytes(text.encode(), "nettverk.txt")
    assert (record.body, record.organization) == (
        "Kulturminnenettverket Nordvik", "Nordvik fylkeskommune")


@pytest.mark.parametrize(("line", "parent"), [
    ("Arrangør: Vestlandsrådet", "Vestlandsrådet"),
    ("Arrangert av Hallingdal regionråd", "Hallingdal regionråd"),
    ("Arrangør: Regionrådet for Hallingdal", "Regionrådet for Hallingdal"),
    ("Arrangør: Valdres interkommunale politiske råd", "Valdres interkommunale politiske råd"),
])
def test_a_regional_council_arranging_a_networks_meeting_is_its_organization(line, parent):
    # a region's networks are run by its council of municipalities, as a county's by its
    # administration; "Arrangert av …" under the title is no letterhead either
    text = (f"Referat – Folkehelsenettverket Hallingdal\n{line}\n\n"
            "Dato: 14. mai 2025\nSted: Gol rådhus\n\nTil stede: Siri Haugen, Tore Lien\n\n"
            "1. Velkommen\nDagsorden ble godkjent.\n")
    record = parse_bytes(text.encode(), "nettverk.txt")
    assert (record.body, record.organization) == ("Folkehelsenettverket Hallingdal", parent)


def test_a_regional_council_arranging_its_own_meeting_is_no_parent_of_itself():
    text = ("Referat fra møte i Hallingdal regionråd\nArrangør: Hallingdal regionråd\n\n"
            "Dato: 14. mai 2025\nSted: Gol rådhus\n\nTil stede: Siri Haugen, Tore Lien\n\n"
            "1. Velkommen\nDagsorden ble godkjent.\n")
    record = parse_bytes(text.encode(), "regionrad.txt")
    assert (record.body, record.organization) == ("Hallingdal regionråd", None)


def test_a_council_named_under_a_council_meeting_title_is_the_body():
    # "Protokoll frå rådsmøte" names the council by its short form only
    text = ("Protokoll frå rådsmøte\nSunnhordland interkommunale politiske råd\n\n"
            "Dato: 4. april 2025\nStad: Stord rådhus\n\nTil stades: Gunnar Eide, Marit Hovda\n\n"
            "Sak 1/25 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "rad.txt")
    assert (record.body, record.organization) == ("Sunnhordland interkommunale politiske råd", None)


def test_a_municipality_hosting_a_networks_meeting_is_no_parent_of_it():
    # regional networks meet at each member in turn: the host is no parent
    text = ("Referat – Kulturminnenettverket Nordvik\n\nArrangør: Elvdal kommune\n\n"
            "Dato: 23. oktober 2025\nSted: Elvdal rådhus\n\n1. Velkommen\n"
            "Dagsorden ble godkjent.\n")
    assert parse_bytes(text.encode(), "nettverk.txt").organization is None


@pytest.mark.parametrize("title", ["REFERAT FRA NETTVERKSMØTE", "Referat frå nettverksmøte"])
def test_a_group_of_the_network_under_a_generic_network_meeting_is_the_body(title):
    # "Faggruppe helse – Vestlandsnettverket for folkehelse" under the meeting word: the
    # network's faggruppe met, the network named after the dash is its parent
    text = (f"{title}\nFaggruppe helse – Vestlandsnettverket for folkehelse\n\n"
            "Dato: 22.05.2024\nSted: Teams\n\nTil stede: Solfrid Rasmussen, Kåre Vik\n\n"
            "1. Runde rundt bordet\nAskøy har startet arbeid med ny folkehelseoversikt.\n")
    record = parse_bytes(text.encode(), "nettverk.txt")
    assert (record.body, record.organization) == (
        "Faggruppe helse", "Vestlandsnettverket for folkehelse")


@pytest.mark.parametrize(("sentence", "hours"), [
    ("Møtet ble holdt på Fjordvik rådhus kl. 09.00–11.30.", ("09:00", "11:30")),
    ("Møtet vart halde i kommunestyresalen kl. 18–20.", ("18:00", "20:00")),
])
def test_the_hours_in_the_sentence_that_says_where_the_meeting_was_held(sentence, hours):
    text = (f"Referat fra styremøte 13. mars 2025\n\n{sentence}\n\n"
            "Til stede: Kari Holm, Per Dahl\n\nSak 1/25 Eventuelt\nIngen saker.\n")
    meeting = parse_bytes(text.encode(), "s.txt").meeting
    assert (meeting.start, meeting.end) == hours


def test_where_a_mail_says_the_meeting_was_held_yesterday_with_no_date():
    # "i går" with no date written after it: the subject gives the day, the mail's
    # sentence the place
    text = ("Fra: Kari Nyhus\nSendt: torsdag 6. februar 2025 10:17\nTil: Næringsforum "
            "Hadeland\nEmne: Referat næringsforum 5. februar\n\nHei,\nher er referatet fra "
            "møtet i går på Gran rådhus.\n\nDeltakere: Knut Hval, Randi Lunner\n\n"
            "1. Næringsplan\nDrøftet.\n")
    meeting = parse_bytes(text.encode(), "s.txt").meeting
    assert (meeting.date, meeting.location) == ("2025-02-05", "Gran rådhus")


def test_a_venue_under_a_title_slides_meeting_line():
    # "Møte 27. august 2025" on a title slide, the venue on the line under it
    text = ("Styringsgruppa for Helsefellesskapet Telemark\nMøte 27. august 2025\n"
            "Skien, Sykehuset Telemark\n\nAgenda\nSak 1: Godkjenning av innkalling\n"
            "Sak 2: Status\n\nSak 2: Status\n• Avtalen er signert\n")
    meeting = parse_bytes(text.encode(), "s.txt").meeting
    assert (meeting.date, meeting.location) == ("2025-08-27", "Skien, Sykehuset Telemark")


@pytest.mark.parametrize(("to", "organization"), [
    ("To: Arbeidsutvalget Midtfjord regionråd <au@midtfjord.no>", "Midtfjord regionråd"),
    ("Til: Arbeidsutvalget Fjordvik kommune", "Fjordvik kommune"),
    ("Til: Arbeidsutvalget Kari Holm", None),  # a person after it is no parent
    ("Til: Styret", None),
])
def test_the_parent_a_mails_addressee_names_after_the_body(to, organization):
    text = (f"Fra: Hege Solbakken\nSendt: 14. oktober 2025 15:42\n{to}\n"
            "Emne: Referat AU-møte 13.10.2025\n\nTil stede: Kari Holm, Per Dahl\n\n"
            "1. Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "s.txt")
    assert (record.body, record.organization) == ("Arbeidsutvalget", organization)


@pytest.mark.parametrize(("title", "expected"), [
    ("REFERAT FRÅ MØTE I FAGNETTVERK FOR LANDBRUK, INDRE SOGN",
     ("Fagnettverk for landbruk", "Indre Sogn")),
    # the parent first and the body after the comma stays so read
    ("HALLINGDAL BARNEVERNSTENESTE, TILSYNSUTVALET",
     ("Tilsynsutvalet", "Hallingdal barnevernsteneste")),
])
def test_a_parent_after_a_comma_in_an_all_capitals_title(title, expected):
    assert body_and_organization(title) == expected


def test_approving_the_last_meetings_motebok_makes_no_minutes_of_a_deck():
    # "Sak 5/25 – Godkjenning av møtebok" on the agenda slide names the last meeting's
    # minutes: the deck stays a deck
    text = ("Regionrådet Vest-Telemark\nRådsmøte 14. mars 2025\nKviteseid, Kommunehuset\n\n"
            "Dagsorden\nSak 5/25 – Godkjenning av møtebok\nSak 6/25 – Regional næringsplan\n"
            "Sak 7/25 – Eventuelt\n\nSak 6/25 – Regional næringsplan\n• Høringsutkast sendt ut"
            "\n• 14 innspill mottatt\n• Endelig plan i juni\n\nTakk for oppmerksomheten!\n")
    record = parse_bytes(text.encode(), "deck.txt")
    assert record.kind == "presentation"
    assert record.meeting.location == "Kviteseid, Kommunehuset"  # under "Rådsmøte 14. mars"
    assert [(i.number, i.text) for i in record.items] == [
        ("5/25", ""), ("6/25", "Høringsutkast sendt ut\n14 innspill mottatt\nEndelig plan i juni"),
        ("7/25", "")]


@pytest.mark.parametrize(("title", "expected"), [
    ("Referat – møte i Samarbeidsutvalget Hov skole", ("Samarbeidsutvalget", "Hov skole")),
    ("Referat fra møte i Elevrådet Nordby ungdomsskole", ("Elevrådet", "Nordby ungdomsskole")),
    # a project group is named by what it builds, which is no parent
    ("Referat fra møte i Prosjektgruppa Nye Solvang barnehage",
     ("Prosjektgruppa Nye Solvang barnehage", None)),
])
def test_a_schools_council_named_before_the_school_without_ved(title, expected):
    assert body_and_organization(title) == expected


def test_the_body_named_under_the_municipality_letterhead_over_the_labels():
    # a template's text box: "Åsbygda kommune" / "Ungdomsrådet i Åsbygda" / labels, then a
    # bare "Møtebok": the body with its place, the letterhead its parent
    text = ("Åsbygda kommune\n\nUngdomsrådet i Åsbygda\n\nMøtedato: 05.02.2025\n"
            "Møtestad: Ungdomshuset\n\nMøtebok\n\nDesse møtte:\nMia Rønneberg, leiar\n\n"
            "PS 1/25 Godkjenning av innkalling\nVedtak: Godkjend.\n")
    record = parse_bytes(text.encode(), "ur.txt")
    assert (record.body, record.organization) == ("Ungdomsrådet", "Åsbygda kommune")


@pytest.mark.parametrize("verb", ["hadde møte", "hadde rådsmøte"])
def test_a_council_the_ingress_names_in_full_is_the_body_of_a_rad_meeting(verb):
    # "Referat frå rådsmøte" names the body by its kind; the sentence under it names it
    text = ("Referat frå rådsmøte 6. juni 2025\n\n"
            f"Fjordkysten regionråd {verb} i Kystvik rådhus fredag 6. juni 2025 kl. 10.00.\n\n"
            "Til stades: Ragnhild Sæle, Håkon Grov\n\n"
            "Sak 21/25: Godkjenning av innkalling\nGodkjend.\n")
    assert parse_bytes(text.encode(), "rad.txt").body == "Fjordkysten regionråd"


def test_a_later_meeting_in_a_case_route_table_is_no_document_date():
    # "Saksgang" / "Utvalg | Møtedato | Saksnr" / "Kommunestyret | 13.11.2025": the case
    # goes on to the council; that is no place-and-date line signing the minutes
    text = ("Møteprotokoll\n\nUtvalg:\tEldrerådet\nDato:\t21.10.2025\n\n"
            "Følgende faste medlemmer møtte:\nNavn\tFunksjon\nÅse Nygård\tLeder\n\n"
            "PS 19/25 Budsjett 2026\nSaksgang\nUtvalg\tMøtedato\tSaksnr\n"
            "Eldrerådet\t21.10.2025\t19/25\nKommunestyret\t13.11.2025\t\n\n"
            "Vedtak i Eldrerådet - 21.10.2025\nEldrerådet tar budsjettet til orientering.\n")
    record = parse_bytes(text.encode(), "eldre.txt")
    assert (record.meeting.date, record.document_date) == ("2025-10-21", None)


@pytest.mark.parametrize("hours", [
    "Tid: 10.00, varighet 2 t",  # the start bare after "Tid:", the length after a comma
    "Tid: 10.00 – varighet ca. 2 timer",  # … after a dash, "about" in it
    "Tidspunkt: 10.00, ca. 2 timer",  # without the word, the unit says it
    "Tid: kl. 10.00, varigheit 90 min",  # nynorsk, in minutes
])
def test_a_duration_after_the_start_gives_the_start_and_no_end(hours):
    # how long the meeting was to last is no time of the day: the start is read, and no
    # end is computed from the length (the reading guide names no such sum)
    record = parse_bytes(_minutes(f"Dato: 4.3.2025\n{hours}\nSted: Rådhuset").encode(), "a.txt")
    assert (record.meeting.start, record.meeting.end, record.meeting.location) == (
        "10:00", None, "Rådhuset")


def test_a_duration_between_the_start_and_the_place_is_no_part_of_the_place():
    record = parse_bytes(_minutes(
        "Tid og stad: 4.3.2025 kl. 10.00, varigheit 90 min, Rådhuset").encode(), "a.txt")
    assert (record.meeting.date, record.meeting.start, record.meeting.end,
            record.meeting.location) == ("2025-03-04", "10:00", None, "Rådhuset")


@pytest.mark.parametrize("hours", [
    "Møtetid: 10.00 i ca. 2 timar",  # "i" before the length: for how long
    "Tid: 10.00 (varighet: 2 timer), Rådhuset",  # the length in brackets before a place
    "Tid: 10.00 (ca. 1,5 time)",  # a decimal comma inside the length is no separator
    "Tid: 10.00, Rådhuset",  # a bare start, then the place after a comma
])
def test_the_start_is_read_beside_a_length_or_a_place(hours):
    record = parse_bytes(_minutes(f"Dato: 4.3.2025\n{hours}").encode(), "a.txt")
    assert (record.meeting.start, record.meeting.end) == ("10:00", None)


@pytest.mark.parametrize(("title", "body"), [
    # a kind of meeting that names no body, a dash, then the body (as "arbeidsmøte i X")
    ("Notat frå arbeidsmøte – faggruppa for kultur", "Faggruppa for kultur"),
    # a web post's heading: the body after "Fra møtet i"
    ("Fra møtet i regionrådet", "Regionrådet"),
])
def test_the_body_after_a_kind_of_meeting_or_a_news_heading(title, body):
    assert body_and_organization(title)[0] == body


def test_parties_after_a_dash_are_no_one_body():
    """ "samarbeidsmøte – X og Y": the two parties met, neither is the body alone."""
    assert body_and_organization("Referat frå samarbeidsmøte – Hardangerrådet og Vestland "
                                 "fylkeskommune")[0] != "Hardangerrådet og Vestland fylkeskommune"


def test_a_title_slide_parts_the_day_and_the_channel_with_a_middle_dot():
    text = ("# Styringsgruppemøte – Prosjekt Ny skole\n\n4. mars 2025 · Teams\n\n---\n\n"
            "## Agenda\n\n1. Status\n2. Budsjett\n\n---\n\n## 1. Status\n\n- Arbeidet går etter "
            "planen\n\n---\n\n## 2. Budsjett\n\n- Styringsgruppen godkjente budsjettet\n")
    meeting = parse_bytes(text.encode(), "lysark.md").meeting
    assert (meeting.date, meeting.location) == ("2025-03-04", "Teams")


def test_a_web_post_s_ingress_gives_the_place_up_to_its_sentence_s_end():
    text = ("<html><body><article><h1>Fra møtet i regionrådet</h1>"
            "<p>Regionrådet møttes fredag 7. mars 2025 på Gol rådhus. Her er et sammendrag av "
            "sakene.</p><h2>Sak 3/25 Næringsfond</h2><p>Søknadene ble innvilget.</p>"
            "</article></body></html>")
    meeting = parse_bytes(text.encode(), "nyhet.html").meeting
    assert (meeting.date, meeting.location) == ("2025-03-07", "Gol rådhus")


def test_a_body_s_initials_in_brackets_do_not_hide_its_parent_under_the_title():
    text = ("Møtereferat – administrativt kontaktutvalg\n"
            "Referat fra møte i administrativt kontaktutvalg (AKU) for Gjøvikregionen.\n\n"
            "Dato: 14.01.2025\n\nSak 1/25 Referat\nReferatet ble godkjent.\n")
    record = parse_bytes(text.encode(), "aku.txt")
    assert (record.body, record.organization) == ("Administrativt kontaktutvalg",
                                                   "Gjøvikregionen")


def test_a_header_row_of_organisation_and_group_over_the_title_gives_both():
    html = ("<table><tr><td>Kristiansandregionen</td>"
            "<td>Prosjektgruppe Digital hjemmeoppfølging</td></tr></table>"
            "<h1>Referat – prosjektgruppemøte nr. 4</h1><p>Dato: 9. april 2025</p>"
            "<h2>1. Referat fra forrige møte</h2><p>Referatet ble godkjent.</p>")
    record = parse_bytes(html.encode(), "referat.html")
    assert (record.body, record.organization) == ("Prosjektgruppe Digital hjemmeoppfølging",
                                                  "Kristiansandregionen")


@pytest.mark.parametrize(("title", "date"), [
    ("Regionrådsmøte 2/25", "2025-05-13"),
    ("Protokoll fra møte 2/25 i kontrollutvalget", "2025-05-13"),
    ("Referat møte 14/05", None),  # (a day and month, no meeting's number)
    ("Styremøte 18-20 i Grendehuset", None)])  # (its hours)
def test_a_meeting_number_with_two_digits_of_the_year_gives_the_day_its_year(title, date):
    text = (f"{title}\n\nTid: tirsdag 13. mai kl. 10.00–12.00\n\n"
            "Til stede: Anne Dahl, Jon Vik\n\n1. Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.meeting.date == date
    assert [i.title for i in record.items] == ["Eventuelt"]


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Møte i styringsgruppa nr. 4/2025", "Styringsgruppa", None),
    ("Referat styremøte | Lia vel", "Styret", "Lia vel"),
    ("Referat | Styremøte | Lia vel | 12.03.2025", "Styret", "Lia vel")])
def test_a_meeting_number_or_a_web_title_s_bars_are_no_part_of_the_body(
        title, body, organization):
    assert body_and_organization(title) == (body, organization)
_MAIL_DAY_AFTER = ("Fra: Kari Holm <kari.holm@nordby.kommune.no>\n"
                   "Sendt: torsdag 6. mars 2025 09:12\nTil: {to}\n"
                   "Emne: Referat fra møtet i går\n\n{greeting}\n\n{said}\n\n"
                   "Til stede: Kari Holm, Per Dahl, Lise Moe\n\n1. Status\nTatt til orientering.\n")


@pytest.mark.parametrize(("said", "start", "end", "place"), [
    ("Referat fra møtet i går kl. 12.00–14.00.", "12:00", "14:00", None),
    ("Referat fra møtet i går på rådhuset kl. 12.00–14.00.", "12:00", "14:00", "rådhuset"),
    ("Referat frå møtet i går på Teams kl. 09.00–10.30.", "09:00", "10:30", "Teams"),
])
def test_a_mail_summary_of_yesterdays_meeting_gives_its_hours_not_its_day(said, start, end,
                                                                          place):
    # (the subject "Referat fra møtet i går" says the same words and gives no hours; the
    # day the mail was sent less one is a guess the reading guide does not make)
    text = _MAIL_DAY_AFTER.format(to="Per Dahl; Lise Moe", greeting="Hei alle,", said=said)
    record = parse_bytes(text.encode(), "mail.txt")
    meeting = record.meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == \
        (None, start, end, place)
    assert record.document_date == "2025-03-06"
    assert record.body is None  # ("går på rådhuset" names no body)


@pytest.mark.parametrize(("to", "body", "organization"), [
    ("Styringsgruppa skolebruksplan", "Styringsgruppa skolebruksplan", None),
    ("Styret i Løvåsen borettslag <styret@lovasen.no>", "Styret", "Løvåsen borettslag"),
    ("Per Dahl; Lise Moe", None, None),  # people, no body
])
def test_a_mail_naming_no_body_met_as_its_one_addressee(to, body, organization):
    text = _MAIL_DAY_AFTER.format(to=to, greeting="Hei alle!",
                                  said="Referat fra møtet i går kl. 12.00–14.00.")
    record = parse_bytes(text.encode(), "mail.txt")
    assert (record.body, record.organization) == (body, organization)


def _pasted_under_subject(subject: str, heading: str, greeting: str = "Hei,") -> str:
    """A mail whose body is the minutes pasted below a greeting, as secretariats send them."""
    return (f"Fra: Kari Sandvik\nSendt: fredag 7. mars 2025 14:22\nTil: Utvalget\n"
            f"Emne: {subject}\n\n{greeting}\n\nMvh\nKari\n\n{heading}\n\n"
            "Dato: 05.03.2025\nSted: Rådhuset\n\nTil stede:\nArne Lunde\nHilde Ørnes\n\n"
            "Sak 8/25 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")


@pytest.mark.parametrize(("subject", "heading", "body", "organization"), [
    # the subject names the body by its initials, the pasted heading in full with its parent
    ("Referat AU 24.10", "REFERAT FRÅ MØTE I ARBEIDSUTVALET I NORDFJORD FRILUFTSRÅD",
     "Arbeidsutvalet", "Nordfjord friluftsråd"),
    # … or by the other name the heading gives in brackets, the heading wrapped at 72 columns
    ("Referat rådmannsutvalget 5. mars",
     "Referat fra møte i administrativt kontaktutvalg (rådmannsutvalget) i\nMidtdal regionråd",
     "Administrativt kontaktutvalg (rådmannsutvalget)", "Midtdal regionråd"),
    # another body's heading is no parent of the subject's body
    ("Referat styremøte 5. mars", "Referat fra møte i arbeidsutvalget i Midtdal regionråd",
     "Styret", None),
    # (s70e) the subject's kind and field as two words, the heading's one compound of them
    ("Referat nettverksmøte barnevern 05.03.25", "Referat – Barnevernsnettverket i Sørdal",
     "Barnevernsnettverket", "Sørdal"),
    # (s70t) the subject's group, the heading's the same group's name with its region after
    # it: the whole name is the body's (as "Nettverk barnehagemyndighet Indre Østfold")
    ("Referat faggruppemøte kart 5. mars", "REFERAT – FAGGRUPPE KART YTRE SJØREGION",
     "Faggruppe kart Ytre Sjøregion", None),
    ("Referat faggruppemøte kart 5. mars", "Referat – Faggruppe kart Nordre Lågdal",
     "Faggruppe kart Nordre Lågdal", None),
])
def test_a_pasted_heading_names_the_subjects_body_in_full(subject, heading, body, organization):
    record = parse_bytes(_pasted_under_subject(subject, heading).encode(), "mail.txt")
    assert record.title == subject
    assert (record.body, record.organization) == (body, organization)


def test_a_greeting_wrapped_at_72_columns_is_no_pasted_heading():
    greeting = ("Hei alle,\n\nReferatet fra møtet onsdag limer jeg inn under. Gi beskjed innen "
                "fredag\nneste uke dersom noe må rettes.")
    text = _pasted_under_subject("Referat rådmannsutvalget 5. mars",
                                 "Referat fra møte i rådmannsutvalget i Midtdal regionråd",
                                 greeting)
    record = parse_bytes(text.encode(), "mail.txt")
    assert (record.body, record.organization) == ("Rådmannsutvalget", "Midtdal regionråd")


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Oppsummering frå samling i faggruppa for oppvekst i Sogn regionråd",
     "Faggruppa for oppvekst", "Sogn regionråd"),
    ("Referat fra møte i administrativt kontaktutvalg i Midtdal regionråd",
     "Administrativt kontaktutvalg", "Midtdal regionråd"),
    ("Referat fra styremøte i Nordfjord friluftsråd", "Styret", "Nordfjord friluftsråd"),
])
def test_a_cooperation_named_by_its_place_and_kind_is_the_parent(title, body, organization):
    assert body_and_organization(title) == (body, organization)


def test_a_summary_that_puts_the_day_first_gives_day_place_and_wrapped_hours():
    text = ("Oppsummering frå samling i faggruppa for oppvekst\n\n"
            "Tysdag 3. juni 2025 var faggruppa samla på Sogndal kulturhus frå kl.\n"
            "10.00 til 15.00. Til stades var Anne Sæle og Per Hauge.\n\n"
            "1) Godkjenning av innkalling\nInnkallinga vart godkjend.\n")
    meeting = parse_bytes(text.encode(), "samling.txt").meeting
    assert (meeting.date, meeting.start, meeting.end) == ("2025-06-03", "10:00", "15:00")
    assert meeting.location == "Sogndal kulturhus"


def test_a_venue_line_with_a_comma_and_the_hours_gives_place_and_time():
    text = ("Regionalt nettverk for inkludering\n\n8. februar 2024\n\n"
            "Fylkeshuset, Kristiansand kl. 09.30-12.00\n\nAgenda\n\n1. Velkommen\n")
    meeting = parse_bytes(text.encode(), "nettverk.txt").meeting
    assert (meeting.start, meeting.end, meeting.location) == (
        "09:30", "12:00", "Fylkeshuset, Kristiansand")


@pytest.mark.parametrize(("venue_line", "place"), [
    ("Hybrid: Fylkeshuset i Bodø og Teams, kl. 10.00–13.30", "Fylkeshuset i Bodø og Teams"),
    ("Fysisk møte: Thon Hotel Nyfjord, Mo i Rana kl. 10.00–13.30",
     "Thon Hotel Nyfjord, Mo i Rana"),
])
def test_a_deck_title_slide_with_a_weekday_and_the_meeting_form_on_the_venue_line(
        venue_line, place):
    # "Onsdag 23. oktober 2024" over the venue and hours still dates the deck, and the
    # venue line may name the meeting's form first ("Hybrid: …", "Fysisk møte: …")
    text = ("Partnerskap for grønn omstilling\n\nOnsdag 23. oktober 2024\n\n"
            f"{venue_line}\n\nDagsorden\n\n1. Velkommen\n2. Eventuelt\n\nTakk for i dag!\n")
    record = parse_bytes(text.encode(), "partnerskap.txt")
    assert record.document_date == "2024-10-23"
    assert (record.meeting.date, record.meeting.start, record.meeting.end,
            record.meeting.location) == ("2024-10-23", "10:00", "13:30", place)


@pytest.mark.parametrize(("subtitle", "title"), [
    ("Nettverksmøte", "Folkehelsenettverket i Nordfjord"),
    ("Arbeidsmøte", "Folkehelsenettverket i Nordfjord"),
])
def test_a_meeting_word_alone_under_a_body_heading_is_no_title(subtitle, title):
    """A deck's title slide: the body's name as the heading over "Nettverksmøte" alone
    (what met, no title of its own) over the place and day: the heading is the title."""
    text = (f"# Folkehelsenettverket i Nordfjord\n\n{subtitle}\n\nStryn, 4. mars 2026\n\n"
            "## Agenda\n\n1. Velkommen\n2. Ungdata\n")
    assert parse_bytes(text.encode(), "deck.md").title == title


def test_a_decks_follow_up_slide_after_a_talks_slide_gives_tasks_and_the_venue_under_day():
    """A title slide's "Arbeidsmøte <day> kl. <hours>" over "Molde kulturskole" (a town's
    building): the day, the hours and the place. A "Videre arbeid" slide after the last
    item's talk slide: its bullets are that item's tasks as they stand, without a date."""
    data = _slides_pdf([("Kulturskoleforum i Romsdal",
                         ["Arbeidsmøte 3. februar 2027 kl. 12.00–15.00", "Molde kulturskole"]),
                        ("Agenda", ["• Felles talentprogram", "• Digital musikkteori"]),
                        ("Felles talentprogram", ["• Oppstart høsten 2027"]),
                        ("Digital musikkteori", ["• Felles nettkurs for nivå 2"]),
                        ("Videre arbeid", ["• Rektorene avklarer budsjett med egen kommune."])],
                       "Kulturskoleforum  |  {n}")
    record = parse_bytes(data, "deck.pdf")
    assert (record.meeting.date, record.meeting.start, record.meeting.location) == (
        "2027-02-03", "12:00", "Molde kulturskole")
    assert [(a.text, a.responsible) for a in record.items[-1].actions] == [
        ("Rektorene avklarer budsjett med egen kommune.", "Rektorene")]
CHANNEL_POST = """Arbeidsgruppe digital skole – Hallingdal

[10.03.2025 14:32] Siri Moen
Referat fra møtet i dag kl. 13.00–14.15 på Teams

Til stede: Siri Moen (Gol, leder), Arne Lie (Nes)

1. Elevlisenser
Siri sender bestillingen innen 14.03.

[10.03.2025 14:40] Arne Lie
Takk for referatet! Jeg sjekker tallene for Nes.
"""


def test_minutes_posted_in_a_chat_channel_read_as_minutes_sent_by_mail():
    # the post's head is a mail's "Fra:" / "Sendt:": its day dates the minutes and its
    # time is no meeting's; the reply is a later message, no text of the last item; the
    # channel's name over the first post is the body
    record = parse_bytes(CHANNEL_POST.encode(), "kanal.txt")
    # (the region after the dash is the group's organisation, as "… i Hallingdal")
    assert (record.body, record.organization, record.document_date) == (
        "Arbeidsgruppe digital skole", "Hallingdal", "2025-03-10")
    assert (record.meeting.start, record.meeting.end) == ("13:00", "14:15")
    assert record.items[-1].text == "Siri sender bestillingen innen 14.03."


def test_a_person_over_a_mails_head_names_no_body():
    text = CHANNEL_POST.replace("Arbeidsgruppe digital skole – Hallingdal", "Kari Holm")
    assert parse_bytes(text.encode(), "kanal.txt").body is None


def test_a_mail_subject_shortens_the_body_its_pasted_heading_names_in_full():
    # "Emne: Referat frå kontaktutvalet …" over the pasted minutes' own heading: the
    # heading's whole name, "mellom" and all
    text = (
        "Fra: Solveig Tveit <st@example.no>\nSendt: fredag 6. juni 2025 13:45\n"
        "Til: Kontaktutvalet\nEmne: Referat frå kontaktutvalet 4. juni\n\nHei alle,\n\n"
        "Referat frå møte i kontaktutvalet mellom Helse Fonna og kommunane\n\n"
        "Dato: 4. juni 2025\nTil stades: Olav Eide (leiar), Kari Li\n\n"
        "1. Godkjenning av innkalling\nGodkjent.\n"
    )
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.body == "Kontaktutvalet mellom Helse Fonna og kommunane"


def test_a_banner_over_a_title_that_names_the_body_by_its_kind():
    # a newsletter's banner above "Referat fra nettverksmøtet …" names which network
    text = (
        "Nettverk for kommuneoverleger – Vestvikregionen\n\n"
        "# Referat fra nettverksmøtet 6. mai 2025\n\n"
        "Til stede: Trine Aas (leder), Lars Holm\n\n"
        "## 1. Smittevern\nTatt til orientering.\n"
    )
    record = parse_bytes(text.encode(), "nyhetsbrev.md")
    assert (record.body, record.organization) == ("Nettverk for kommuneoverleger",
                                                  "Vestvikregionen")


def test_a_banner_over_a_header_block_over_the_title_names_the_body():
    # a template's text box with the date, time and place is anchored in the banner's
    # paragraph and read after it: its labelled lines stand between banner and title
    text = (
        "Nettverk for bibliotek i Valdres\n"
        "Møtedato: 6. mai 2025\nTid: 10.00–12.00\nStad: Fagernes bibliotek\n\n"
        "# Referat frå nettverksmøte\n\n"
        "Til stades: Trine Aas (leiar), Lars Holm\n\n"
        "## 1. Utlånstal\nNettverket tok saka til orientering.\n"
    )
    record = parse_bytes(text.encode(), "referat.md")
    assert (record.body, record.organization) == ("Nettverk for bibliotek", "Valdres")


def test_chat_post_heads_with_their_time_alone_read_as_mail_heads():
    # Teams copies a post of the same day as "[14:32] Name": the head of a post all the
    # same, without a day to date the minutes by
    text = CHANNEL_POST.replace("[10.03.2025 ", "[")
    record = parse_bytes(text.encode(), "kanal.txt")
    assert (record.body, record.organization, record.document_date) == (
        "Arbeidsgruppe digital skole", "Hallingdal", None)
    assert record.items[-1].text == "Siri sender bestillingen innen 14.03."


def test_a_programme_line_with_a_time_in_brackets_is_no_chat_post():
    from motebok.extract.text import _chat_post_heads

    assert _chat_post_heads(["[09.00] Registrering og kaffe", "[10:00] Velkommen"]) is None
    assert _chat_post_heads(["[14:32] Kari Holm"]) == ["Fra: Kari Holm", "Sendt: 14:32"]


@pytest.mark.parametrize(("project", "organization"), [
    ("Barnevernsamarbeidet Sør-Helgeland – hovedprosjekt", "Barnevernsamarbeidet Sør-Helgeland"),
    ("Fjellregionsamarbeidet", "Fjellregionsamarbeidet"),
    ("Ny brannstasjon Elvedal", None),  # a project named by its task names no organisation
    ("Helhetlig pasientforløp Namdal – fase 2", None),
])
def test_a_project_line_naming_a_cooperation_gives_the_parent(project, organization):
    text = (f"# Referat fra styringsgruppemøte\n\n**Prosjekt:** {project}\n"
            "**Dato:** 14.04.2026 kl. 09.00–11.00\n**Sted:** Teams\n\n"
            "**Til stede:** Anne Berg (leder), Per Nilsen\n\n## Sak 1/26 Status\n"
            "Prosjektleder orienterte.\n")
    record = parse_bytes(text.encode(), "referat.md")
    assert (record.body, record.organization) == ("Styringsgruppen", organization)


def test_a_subtitle_naming_an_association_under_a_titled_body_is_its_parent() -> None:
    """Google Docs minutes: "Referat frå samarbeidsforum for Nordfjord" in the Title style,
    "Nordfjord Næringsforum" in the Subtitle style under it: the association behind the
    forum. A sentence ending in such a name is none ("Arrangert av Hallingdal regionråd")."""
    text = ("Referat frå samarbeidsforum for Nordfjord\nNordfjord Næringsforum\n\n"
            "Dato: 10. februar 2026\n\nSak 1 Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "forum.txt")
    assert record.body == "Samarbeidsforum for Nordfjord"
    assert record.organization == "Nordfjord Næringsforum"
    sentence = text.replace("Nordfjord Næringsforum", "Arrangert av Nordfjord Næringsforum")
    assert parse_bytes(sentence.encode(), "forum.txt").organization is None


@pytest.mark.parametrize(("text", "body", "organization"), [
    # the document word in Sami and in Norwegian: neither half is a body
    ("NORD-TROMS REGIONRÅD / DAVVI-ROMSSA REGIONRÁĐĐI\n\nČoahkkinbeavdegirji / Møteprotokoll\n",
     "Nord-Troms regionråd", None),
    ("Čoahkkinčálus / Referat frå møte i helsenettverket\n", "Helsenettverket", None),
    # a body named in Kven and in Norwegian: the Norwegian name, as the text uses it
    ("Pöytäkirja / Møtebok\n\nKainun kielen verkosto / Kvensk språknettverk Troms\n",
     "Kvensk språknettverk Troms", None),
    # the parent's letterhead in both languages
    ("Øst-Finnmark regionråd / Nuorta-Finnmárkku regionráđđi\n\n"
     "Referat frå møte i helsenettverket\n", "Helsenettverket", "Øst-Finnmark regionråd"),
])
def test_names_in_sami_or_kven_beside_norwegian(text, body, organization):
    record = parse_bytes((text + "\nTid: 14.03.2025 kl. 10.00\n\nSak 1/25 Godkjenning\n"
                          "Godkjent.\n").encode(), "referat.txt")
    assert (record.body, record.organization) == (body, organization)


def test_a_place_and_date_line_with_the_place_in_two_languages():
    record = parse_bytes("Referat fra styremøte\n\nTid: 20.05.2025 kl. 09.00\n\n"
                         "Sak 1/25 Godkjenning\nGodkjent.\n\nÁltá/Alta, 22.05.2025\n"
                         "Inger Marit Buljo\n".encode(), "referat.txt")
    assert record.document_date == "2025-05-22"


@pytest.mark.parametrize("letterhead", ["Vest-Finnmark Rådet", "VEST-FINNMARK RÅDET"])
def test_a_council_named_rådet_over_its_working_committee(letterhead):
    record = parse_bytes(f"{letterhead}\n\nMøteprotokoll – Arbeidsutvalget\n\nTid: 20.05.2025\n\n"
                         "Sak 14/25 Godkjenning\nGodkjent.\n".encode(), "au.txt")
    assert (record.body, record.organization) == ("Arbeidsutvalget", "Vest-Finnmark Rådet")


@pytest.mark.parametrize(("sentence", "place"), [
    ("Styret møttes hjemme hos Bjørn Sæther, Åsenveien 14, mandag 10. november 2025 kl. 19.00.",
     "hjemme hos Bjørn Sæther, Åsenveien 14"),
    ("Eldrerådet hadde møte i kommunestyresalen mandag 10. november 2025 kl. 19.00.",
     "kommunestyresalen"),
])
def test_a_prose_opening_gives_a_home_or_a_room_in_lower_case_as_the_place(sentence, place):
    text = f"Referat\n\n{sentence}\n\nSak 1 Budsjett\nGodkjent.\n"
    meeting = parse_bytes(text.encode(), "referat.txt").meeting
    assert (meeting.date, meeting.start, meeting.location) == ("2025-11-10", "19:00", place)


def test_a_surname_holding_neste_is_no_line_about_the_next_meeting():
    text = ("Referat\n\nMøtet vart halde på Gol kulturhus tysdag 4. februar 2025 frå kl. 09.30 "
            "til 12.00. Til stades var Sigrid Nestegard (Gol) og Halvor Rust (Ål).\n\n"
            "Sak 1 Budsjett\nGodkjent.\n")
    meeting = parse_bytes(text.encode(), "referat.txt").meeting
    assert (meeting.date, meeting.start, meeting.end) == ("2025-02-04", "09:30", "12:00")


def test_a_place_and_day_without_a_year_above_the_signature_dates_the_document():
    # "Strandvik, 14.3.": the day the minutes were signed, in the meeting's year
    text = ("Eldrerådet i Strandvik kommune\n\nMØTEBOK\n\nDato: onsdag 12.3.2025\n\n"
            "Til stede: Berit Hovland, Olav Kvalvik\n\nSak 05/25 Budsjett\nGodkjent.\n\n"
            "Strandvik, 14.3.\nKjersti Bjørdal\n")
    record = parse_bytes(text.encode(), "e.txt")
    assert (record.meeting.date, record.document_date) == ("2025-03-12", "2025-03-14")


def test_a_day_heading_of_a_gathering_hides_no_signed_date():
    # "Onsdag 12. mars" heading the first day's cases is the meeting's day again; the
    # place and date above the signatures date the minutes
    text = ("Protokoll frå samling i Breidvik regionråd 12.–13. mars 2025\n\nStad: Bø hotell\n"
            "Til stades: Gro Lunde, Halvor Nes\n\nOnsdag 12. mars\n\nPS 11/25 Sakliste\n"
            "Godkjend.\n\nTorsdag 13. mars\n\nPS 12/25 Eventuelt\nIngen saker.\n\n"
            "Bø, 14.03.2025\nGro Lunde\n")
    record = parse_bytes(text.encode(), "b.txt")
    assert (record.meeting.date, record.document_date) == ("2025-03-12", "2025-03-14")


def test_a_year_alone_in_the_banner_over_the_title_dates_a_day_without_one():
    text = ("# Fagnettverk for landbruk i Nordfjella · 2025\n\n## Referat frå nettverksmøte\n\n"
            "**Dato:** onsdag 12/3\n**Stad:** Teams\n\n**Til stades:** Sjur Hope, Oddny Sætre\n\n"
            "### 1. Godkjenning av innkalling\n\nGodkjend.\n\n### 2. Eventuelt\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "f.md")
    assert record.meeting.date == "2025-03-12"
    # the banner names the body over the title's bare kind, also as a compound
    assert (record.body, record.organization) == ("Fagnettverk for landbruk", "Nordfjella")


def test_the_next_meeting_s_own_slash_day_before_the_signing_day_below_it():
    # "Neste møte: 9/4 kl. 10.00." ends on the hour's dot; the line under it signs the
    # minutes ("Østby, 14.3."): the next meeting's day is the line's own 9/4
    text = ("Referat fra møte i Faggruppe helse\n\nDato: 12.03.2025\nSted: Rådhuset\n\n"
            "Til stede: Kari Holm, Ola Dahl\n\nSak 1/25 Godkjenning\nGodkjent.\n\n"
            "Neste møte: 9/4 kl. 10.00.\n\nØstby, 14.3.\nKari Holm\n")
    record = parse_bytes(text.encode(), "n.txt")
    assert (record.next_meeting.date, record.document_date) == ("2025-04-09", "2025-03-14")


def test_gathering_in_a_town_on_a_title_slide_gives_day_and_place():
    # "Samling i Førde 3. oktober 2023": the gathering's town and day, as with a comma
    text = (
        "Nettverk for kompetanse\nSamling i Førde 3. oktober 2023\n\nProgram\n1. Velkomen\n"
        "2. Status\n3. Vegen vidare\n\nStatus\nTo nye tiltak\n\nTakk for i dag\n"
    )
    meeting = parse_bytes(text.encode(), "samling.txt").meeting
    assert (meeting.date, meeting.location) == ("2023-10-03", "Førde")


@pytest.mark.parametrize(("line", "place"), [
    ("Gjøvik 12. mars 2025", "Gjøvik"), ("Gjøvik | 12. mars 2025", "Gjøvik"),
    ("Gjøvik – 12. mars 2025", "Gjøvik"), ("12. mars 2025 – Gjøvik", "Gjøvik"),
    ("12. mars 2025 | Gjøvik", "Gjøvik"), ("Onsdag 12. mars 2025 Gjøvik", "Gjøvik"),
    ("Quality Hotel Strand 12.03.2025", "Quality Hotel Strand"),
])
def test_a_title_slides_place_and_day_without_comma_or_hours(line, place):
    # a deck's cover joins the town and the day by a space, a dash or a bar: the meeting's
    # day and place, as "Gjøvik, 12. mars 2025" gives them
    text = (f"\n\nHadeland kompetanseforum\n\nSamling for skoleledere\n\n{line}\n\nAgenda\n\n"
            "1. Velkommen\n2. Lesing i alle fag\n\nLesing i alle fag\n\nLesekurs for alle\n\n"
            "Takk for i dag\n")
    meeting = parse_bytes(text.encode(), "deck.txt").meeting
    assert (meeting.date, meeting.location) == ("2025-03-12", place)


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Referat fra møte i Næringsnettverket i Nord-Østerdal", "Næringsnettverket", "Nord-Østerdal"),
    ("Referat fra møte i Næringsnettverket i Hallingdal", "Næringsnettverket", "Hallingdal"),
    ("Nettverksmøte i Nord-Fjella", "Nettverket", "Nord-Fjella"),
    ("Referat fra Regionrådet i Nord-Gudbrandsdal", "Regionrådet i Nord-Gudbrandsdal", None),
    ("Referat fra Regionrådet i Hallingdal", "Regionrådet i Hallingdal", None),
    ("Vannområdeutvalget for Indre Fjordane", "Vannområdeutvalget for Indre Fjordane", None),
    ("Referat – Vekst i Nordby", "Vekst i Nordby", None),  # a cooperation named by a noun
    ("Møteprotokoll – Formannskapet i Nordvik", "Formannskapet", "Nordvik"),
])
def test_a_region_after_i_is_read_alike_hyphenated_or_not(title, body, organization):
    # the guide's body and organisation: a body "i <region>" serves the region, whether its
    # name has a hyphen; the regional council is the cooperation itself either way
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize(("name", "place"), [("Vekst i Nordby", "Nordby"),
                                             ("Nordby natur- og kulturpark", "Nordby")])
def test_a_topic_line_between_a_bare_title_and_the_cooperations_name(name, place):
    # "Referat" / the meeting's topic / the cooperation: the topic names no body
    text = (f"\n\nReferat\n\nFelles reiselivsstrategi og sommerkampanje\n\n{name}\n\n"
            f"Dato: 4. april 2025 kl. 09.00–11.00\nSted: {place} rådhus\n\n"
            "Til stede: Ola Haug, Kari Ness\n\nSak 1 Godkjenning av innkalling\n"
            f"Innkallingen ble godkjent. Turistkontoret i {place} deltar i kampanjen.\n")
    record = parse_bytes(text.encode(), "r.txt")
    assert (record.body, record.organization) == (name, None)


@pytest.mark.parametrize("venue", ["Quality Hotel Alexandra, Loen", "Loen, Quality Hotel Alexandra",
                                   "Rådhuset i Stryn", "Fylkeshuset i Leikanger",
                                   "Kommunestyresalen i Stryn rådhus", "Kulturhuset, Stryn"])
def test_a_venue_under_a_title_slides_lone_date(venue):
    # "12. mars 2025" alone under the deck's title, the venue on the next line: the
    # gathering's day and place; the lone date stays the document's date
    text = (f"Fagsamling for barnevernstenesta\n12. mars 2025\n{venue}\n\nProgram\nVelkomen\n"
            "Nytt frå Bufdir\nVegen vidare\n\nNytt frå Bufdir\nNy rettleiar\nHøyringsfrist"
            " 1. april\n\nVegen vidare\nNeste samling i Førde til hausten\n")
    record = parse_bytes(text.encode(), "s.txt")
    assert (record.meeting.date, record.meeting.location, record.document_date) == (
        "2025-03-12", venue, "2025-03-12")


def test_a_meeting_word_in_a_town_under_a_lone_date_is_no_venue():
    text = ("Fagsamling for barnevernstenesta\n12. mars 2025\nMøtet i Stryn\n\nProgram\n"
            "Velkomen\nVegen vidare\n\nVegen vidare\nNeste samling i Førde\n")
    assert parse_bytes(text.encode(), "s.txt").meeting.location is None


def test_a_presenter_named_on_a_slide_does_not_make_a_deck_minutes():
    # "Innleder: …" over a slide names who talks, no attendance; with a "vedtatt" in a
    # bullet the short lines are still a deck
    text = ("Nettverk for energi\n\n3. april 2025\n\nDagens tema\n\n• Solceller på skolene\n"
            "• Eventuelt\n\nSolceller på skolene\n\nInnleder: Mari Lunde, Enova\n\n"
            "- Tre anlegg er vedtatt\n- Ett i drift\n- Nytt anbud i mai\n\nEventuelt\n\n"
            "Spørsmål?\n")
    record = parse_bytes(text.encode(), "deck.txt")
    assert (record.kind, record.participants) == ("presentation", [])
    assert [i.title for i in record.items] == ["Solceller på skolene", "Eventuelt"]


@pytest.mark.parametrize(("meeting_line", "body"), [
    ("Møte i styringsgruppen 20. mars 2025", "Styringsgruppen"),
    ("Styringsgruppemøte 20.03.2025", "Styringsgruppen"),
])
def test_a_reports_slides_for_a_meeting_are_a_deck_of_it(meeting_line, body):
    # "Statusrapport – …" names a report, but a title slide that names the meeting and
    # its day makes the slides the deck shown at it
    text = (f"Statusrapport – Trygg skoleveg\n\n{meeting_line}\n\nTeams kl. 13.00–14.00\n\n"
            "Agenda\n\n1. Status\n2. Økonomi\n\nStatus\n\n- To strekninger ferdige\n"
            "- Én på anbud\n\nØkonomi\n\n- Forbruk 40 %\n- Ingen avvik\n\nSpørsmål?\n")
    record = parse_bytes(text.encode(), "deck.txt")
    assert (record.kind, record.body) == ("presentation", body)
    assert (record.meeting.date, record.meeting.start) == ("2025-03-20", "13:00")
    assert [i.title for i in record.items] == ["Status", "Økonomi"]


def test_hours_alone_under_a_title_slides_day_and_venue_are_the_meetings():
    text = ("Nettverk for kulturarv\n\n12. mai 2025\n\nFylkeshuset, Leikanger\n\n"
            "Kl. 10–14.30\n\nProgram\n\n1. Velkomen\n2. Nye fredingar\n\n"
            "Nye fredingar\n\n- Tre kyrkjer\n- Eitt naust\n\nTakk for i dag!\n")
    record = parse_bytes(text.encode(), "deck.txt")
    assert (record.meeting.start, record.meeting.end, record.meeting.location) == \
        ("10:00", "14:30", "Fylkeshuset, Leikanger")


@pytest.mark.parametrize(("second", "title"), [
    # a deck's network over the lone word for the meeting: the network's line is the title
    ("Nettverksmøte", "Kystnettverket i Nordfjord"),
    # a document's word under it is the title ("Møteinnkalling" names the document)
    ("Møteinnkalling", "Møteinnkalling"),
])
def test_the_line_under_a_body_names_the_meeting_or_the_document(second, title):
    text = (f"Kystnettverket i Nordfjord\n\n{second}\n\nMåløy, 3. juni 2025\n\n"
            "Agenda\n\n1. Velkommen\n2. Havneplan\n\nHavneplan\n\n- Høring i juni\n"
            "- Vedtak i haust\n\nTakk for oppmerksomheten!\n")
    assert parse_bytes(text.encode(), "deck.txt").title == title


def test_a_venue_with_hours_under_the_place_and_day_names_the_place_more_closely():
    text = ("Kystnettverket i Nordfjord\n\nNettverksmøte\n\nMåløy, 3. juni 2025\n\n"
            "Måløy Hotell kl. 10.00–14.00\n\nAgenda\n\n1. Velkommen\n2. Havneplan\n\n"
            "Havneplan\n\n- Høring i juni\n- Vedtak i haust\n\nTakk for oppmerksomheten!\n")
    record = parse_bytes(text.encode(), "deck.txt")
    assert (record.meeting.location, record.meeting.start) == ("Måløy Hotell", "10:00")


def test_a_nynorsk_partnarskap_names_a_body():
    assert body_and_organization("Partnarskap for sjømat")[0] == "Partnarskap for sjømat"


def test_a_water_area_under_a_title_over_two_lines_is_the_group_s_parent():
    # PyMuPDF's line per span: "Referat" / "frå møte i …" is one title, and the line
    # under both names the water management area the group serves
    text = ("Referat\nfrå møte i faggruppa for vassforvaltning\nVassområde Nordre Dal\n"
            "Dato:\n8. mai 2025\nStad:\nTeams\n\nSak 1/25 Referat\nReferatet vart godkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.title == "Referat frå møte i faggruppa for vassforvaltning"
    assert record.organization == "Vassområde Nordre Dal"


def test_bare_memo_proposing_a_vedtak_is_a_case_paper():
    # "NOTAT" / "Til: Regionrådet for X" / "Fra: Daglig leder" … "Forslag til vedtak": a
    # case memo to the council, no minutes (its background's "vedtok" is an earlier meeting)
    text = ("NOTAT\n\nTil: Regionrådet for Sørfjell\nFra: Daglig leder\nDato: 03.03.2025\n"
            "Sak: 06/25 Felles innkjøp\n\nBakgrunn\n\nRegionrådet vedtok i desember å utrede "
            "et felles innkjøpskontor.\n\nForslag til vedtak\n\n"
            "Regionrådet tar orienteringen til etterretning.\n")
    record = parse_bytes(text.encode(), "notat.txt")
    assert (record.kind, record.body, record.document_date) == \
        ("other", "Regionrådet for Sørfjell", "2025-03-03")
    assert not any(item.decisions for item in record.items)


def test_memo_of_a_meeting_with_attendance_stays_minutes():
    text = ("NOTAT\n\nTil: Styringsgruppen\nFra: Arbeidsgruppen for arkiv\nDato: 12.02.2025\n\n"
            "Til stede: Randi Fossum, Erik Hoel\n\n1. Bevaringsplan\n"
            "Gruppen gikk gjennom utkastet. Konklusjon: Utkastet sendes styringsgruppen.\n\n"
            "2. Innstilling til styringsgruppen\nGruppen ble enige om teksten.\n")
    assert parse_bytes(text.encode(), "notat.txt").kind == "minutes"


@pytest.mark.parametrize(("line", "place"), [
    ("13. mai 2025, Eid kulturhus, møterom Loftet", "Eid kulturhus, møterom Loftet"),
    ("4. mars 2024, Geilo", "Geilo"),
])
def test_day_then_place_after_a_comma_keeps_a_room_after_a_second_comma(line, place):
    from motebok.extract.header import _date_comma_venue

    assert _date_comma_venue(line, line.index(",")).group("place") == place


def test_signature_line_after_the_day_is_no_place():
    from motebok.extract.header import _date_comma_venue

    line = "Vestby, 14.03.2025, Kari Nes, referent"
    assert _date_comma_venue(line, line.index(", Kari")) is None


@pytest.mark.parametrize(("cover", "organization"), [
    ("Hallingdal", "Hallingdal"), ("Indre Østfold", "Indre Østfold"),
    ("Midt-Troms", "Midt-Troms"), ("Kari Dal", None), ("Velkommen", None)])
def test_a_region_alone_over_a_deck_s_network_title_is_its_organisation(cover, organization):
    text = (f"{cover}\n\n# Nettverk for barnevernsledere\n\nNettverkssamling, Gol 12. mars 2025\n\n"
            "---\n\n## Agenda\n\n1. Velkommen\n2. Status\n\n---\n\n## Takk for i dag!\n")
    record = parse_bytes(text.encode(), "samling.md")
    assert (record.body, record.organization) == ("Nettverk for barnevernsledere", organization)


@pytest.mark.parametrize(("title", "expected"), [
    # the kind of meeting after a dash is no part of the body's name
    ("IKT-ledernettverket i Vestfold – faggruppemøte", ("IKT-ledernettverket", "Vestfold")),
    # two regions after a dash are whom the body serves
    ("Faggruppe for økonomisjefer – Hadeland og Land",
     ("Faggruppe for økonomisjefer", "Hadeland og Land")),
    ("Nettverk for kultur – Vestfold og Telemark", ("Nettverk for kultur", "Vestfold og Telemark")),
])
def test_body_and_organization_around_a_dash(title, expected):
    assert body_and_organization(title) == expected


def test_a_meeting_number_under_a_bare_title_names_no_body():
    # "Grenlandsrådet" / "Protokoll" / "Møte nr. 5/2025": the number says which meeting,
    # the council's name above the title says whose
    text = ("Grenlandsrådet\n\nProtokoll\n\nMøte nr. 5/2025\n\nMøtedato: 14. november 2025\n\n"
            "Sak 1/25 Eventuelt\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert (record.title, record.body, record.organization) == ("Protokoll", "Grenlandsrådet",
                                                                None)


@pytest.mark.parametrize("sender", ["Fra: Daglig leder", "Frå: Dagleg leiar"])
def test_a_memos_date_under_its_sender_dates_the_memo_in_both_written_forms(sender):
    # "Til / Fra (Frå) / Dato": the memo's own date, no meeting's day
    text = (f"NOTAT\n\nTil: Styret i Sogn næringsutvikling\n{sender}\nDato: 11.04.2025\n\n"
            "Sak 09/25 Rekruttering av ny rådgjevar\n\nStillinga vert lyst ut att i mai.\n")
    record = parse_bytes(text.encode(), "notat.txt")
    assert (record.document_date, record.meeting.date) == ("2025-04-11", None)


def _region_deck(first: str, point: str) -> str:
    return (f"{first}\n\nNettverk for barnevernsleiarar\n\nNettverkssamling, Stord 12. mars 2025"
            "\n\nAgenda\n\n1. Velkomen\n2. Status i kommunane\n3. Vegen vidare\n\n"
            f"Status i kommunane\n\n{point}\n\nFleire manglar fosterheimar\n\n"
            "Vegen vidare\n\nNeste samling i juni\n\nTakk for i dag!\n")


@pytest.mark.parametrize(("point", "organization", "title"), [
    # the slides use the cover's lone name as a region's: the network's region
    ("Alle Valdres kommunane har tiltaksplan", "Valdres", "Nettverk for barnevernsleiarar"),
    ("Regionrådet i Valdres får rapport i mai", "Valdres", "Nettverk for barnevernsleiarar"),
    # nothing says "Valdres" is a region: left as it was read
    ("Alle kommunane har tiltaksplan", None, "Valdres"),
])
def test_a_decks_lone_first_line_is_a_region_when_its_slides_use_it_so(point, organization,
                                                                        title):
    record = parse_bytes(_region_deck("Valdres", point).encode(), "foilar.txt")
    assert (record.title, record.organization) == (title, organization)


@pytest.mark.parametrize("cover", ["Statusmøte 14. januar 2025", "Samling 14. januar 2025"])
def test_a_short_status_deck_for_a_meeting_day_is_slides_without_a_closing_slide(cover):
    text = ("Indre Østfold\n\nStyringsgruppen for Helsefellesskapet\n\n" + cover +
            "\n\nStatus i delprosjektene\nFelles legevakt åpnet 1. desember\n"
            "Ventetid på rehabilitering halvert\n\nØkonomi\nForbruk 2024: 3,1 mill. kr\n"
            "Mindreforbruk overføres til 2025\n\nRisiko\nRekruttering av sykepleiere\n")
    record = parse_bytes(text.encode(), "status.txt")
    assert (record.kind, record.title, record.organization, record.meeting.date) == (
        "presentation", "Styringsgruppen for Helsefellesskapet", "Indre Østfold", "2025-01-14")


@pytest.mark.parametrize("word", ["Statusmøte", "Dialogmøte", "Oppstartsmøte", "Arbeidsmøte",
                                  "Nettverksmøte", "Nettverkssamling", "Regionsamling"])
def test_a_decks_cover_line_of_meeting_word_day_and_place_gives_the_place_not_the_title(word):
    # "Region" / "Network" / "<meeting word> 11. mars 2025, Place": the place after the day
    # is where it met, and the line two down under the name is no title
    text = (f"\nSørheia\n\nMiljønettverket\n\n{word} 11. mars 2025, Strandvik\n\nStatus\n\n"
            "Tre kommunar har ny plan\n\nSak til regionrådet i Sørheia i mai\n")
    record = parse_bytes(text.encode(), "foiler.txt")
    assert (record.title, record.meeting.date, record.meeting.location) == (
        "Miljønettverket", "2025-03-11", "Strandvik")


@pytest.mark.parametrize(("text", "organization"), [
    # the region written as part of others' names: the body's parent
    ("Orientering fra Visit Fjellby og NAV Fjellby.", "Fjellby"),
    ("Møtet var hos Fjellby Næringshage.", "Fjellby"),
    # only where things are, or opening a sentence: no evidence
    ("Saken gjelder kommunene i Fjellby.", None),
    ("I Fjellby er det mange hytter.", None),
])
def test_a_region_after_a_one_word_body_in_capitals_is_the_parent_by_the_texts_names(
        text, organization):
    minutes = ("REFERAT FRA MØTE I REISELIVSNETTVERKET I FJELLBY\n\nDato: 12.03.2024\n\n"
               f"Sak 1/24 Sesongen\n{text}\nVedtak: Tatt til orientering.\n")
    record = parse_bytes(minutes.encode(), "referat.txt")
    assert record.organization == organization


@pytest.mark.parametrize("second", ["Digitaliseringsprogrammet i Hallingdal",
                                    "Styringsgruppe for Bredbånd Valdres"])
def test_a_bold_title_broken_over_two_lines_is_one_title(second):
    text = (f"\n\n**Referat arbeidsgruppe \n{second}**\n\n"
            "Tid: 27. januar 2026 kl. 09.00-11.00\n\n1. Referat\n\nGodkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.title == f"Referat arbeidsgruppe {second}"


def test_a_bold_title_over_a_bold_date_line_keeps_its_own_words():
    text = ("**Referat arbeidsgruppe**\n**27. januar 2026**\n\n1. Referat\n\nGodkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.title == "Referat arbeidsgruppe"


def test_a_decks_summary_slide_is_no_title_and_makes_no_minutes():
    """A deck's cover (the region, the network, the day and venue) over a slide headed
    "Oppsummering": the cover names the deck, which stays a presentation; a bullet with
    "Program" in it further down is no title either. A text that opens with the bare word
    is titled by it."""
    from motebok.parse import parse_bytes

    deck = ("\n\nHallingdal\n\nNæringsnettverket i Hallingdal\n\nSamling 22. april 2025\n\n"
            "Gol kulturhus\n\nOppsummering\n\nFelles søknad om omstillingsmidler er sendt\n\n"
            "Status\n\nSøknad til Program for folkehelse er sendt\n\nVegen videre\n\n"
            "Neste samling 10. juni på Nesbyen\n\nTakk for i dag!\n")
    record = parse_bytes(deck.encode(), "samling.txt")
    assert (record.kind, record.title) == ("presentation", "Næringsnettverket i Hallingdal")
    text = ("Oppsummering\n\nHelsenettverket Sør\n\nMøte 5. februar 2025 på Teams\n\n"
            "Saker\n\nFelles rutine for utskrivning\n")
    assert parse_bytes(text.encode(), "o.txt").title == "Oppsummering"


@pytest.mark.parametrize(("head", "body", "organization"), [
    # a network's gathering on its field over the network's own line
    ("Oppsummering nettverkssamling klima\n\nKlimanettverket i Sørdal", "Klimanettverket",
     "Sørdal"),
    # a bare "Referat" over the workshop's line, then the council that held it: the region
    # the workshop's line names is in the council's name, no parent
    ("Referat\n\nWorkshop om sentrumsutvikling i Sørdal\n\nRegionrådet for Sørdal",
     "Regionrådet for Sørdal", None),
])
def test_the_body_under_a_gathering_s_title(head: str, body: str, organization) -> None:
    text = (f"\n\n{head}\n\nDato: 3. april 2025\n\nSted: Sørdal rådhus\n\n"
            "Velkommen\n\nAlle ble ønsket velkommen til samlingen av lederen.\n\n"
            "Eventuelt\n\nIngen saker ble meldt under eventuelt.\n")
    record = parse_bytes(text.encode(), "samling.txt")
    assert (record.body, record.organization) == (body, organization)


def test_a_deck_s_network_named_over_a_bare_gathering_line() -> None:
    record = parse_bytes(_deck("Sørdal fylkeskommune\nBarnehagenettverket\nNettverkssamling\n"
                               "14. mars 2024").encode(), "deck.txt")
    assert (record.kind, record.body) == ("presentation", "Barnehagenettverket")


def test_a_title_slide_s_town_day_and_hours_without_a_comma() -> None:
    record = parse_bytes(_deck("Kollektivforum Sørdal\nDialogmøte om busstilbudet\n"
                               "Brekkvik 14. mars 2024 kl. 12.00–15.00").encode(), "deck.txt")
    meeting = record.meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == \
        ("2024-03-14", "12:00", "15:00", "Brekkvik")


@pytest.mark.parametrize(("below", "body", "organization"), [
    # a council under the title of a network's gathering for an audience: the network met
    ("Sørdal regionråd", "Nettverket", "Sørdal regionråd"),
    ("Nordvikrådet", "Nettverket", "Nordvikrådet"),
    # a network under it is the body itself
    ("Helsesykepleiernettverket Sørdal", "Helsesykepleiernettverket Sørdal", None),
])
def test_a_network_gathering_for_an_audience_over_a_council(below, body, organization):
    text = (f"\n\nOppsummering frå nettverkssamling for helsesjukepleiarar\n\n{below}\n\n"
            "Tid: 12. november 2025 kl. 10.00–14.00\nStad: Sørdal samfunnshus\n\n"
            "1. Nytt frå kommunane\n\nKommunane fortalde om status.\n")
    record = parse_bytes(text.encode(), "n.txt")
    assert (record.body, record.organization) == (body, organization)


def test_a_running_page_header_over_the_heading_is_no_title() -> None:
    # a PDF's header line comes back on the next page: the heading under it is the title
    text = ("Eldrerådet – Referat 3.4.2025\n\nREFERAT\n\nDato: 3. april 2025\n\n"
            "Sak 1/25 Godkjenning\n\nGodkjent.\n\nSak 2/25 Budsjett\n"
            "Side 1 av 2\nEldrerådet – Referat 3.4.2025\n\nTatt til orientering.\n")
    assert parse_bytes(text.encode(), "r.txt").title == "REFERAT"


def test_a_title_line_written_once_stays_the_title() -> None:
    text = ("Eldrerådet – Referat 3.4.2025\n\nREFERAT\n\nDato: 3. april 2025\n\n"
            "Sak 1/25 Godkjenning\n\nGodkjent.\n")
    assert parse_bytes(text.encode(), "r.txt").title == "Eldrerådet – Referat 3.4.2025"


@pytest.mark.parametrize(("meeting", "body"), [
    # the numbered meeting of a kind the title's compound names: the title's body
    ("Nettverksmøte nr. 2/2025", "Landbruksnettverket"),
    # a kind that is another body's stays the body ("Styringsgruppemøte" under the title)
    ("Styringsgruppemøte nr. 3", "Styringsgruppen"),
])
def test_a_numbered_meeting_of_the_titles_kind_names_no_other_body(meeting, body):
    text = (f"# Referat – Landbruksnettverket i Innlandet\n\n**Møte:** {meeting}  \n"
            "**Dato:** 13. mai 2025\n\n## Sak 6/25 Godkjenning\n\nGodkjent.\n")
    assert parse_bytes(text.encode(), "n.md").body == body


@pytest.mark.parametrize(("heading", "date"), [
    ("Møte i faggruppe helse, tirsdag 14.1.", "2025-01-14"),  # the stop closes the day
    ("Møte i faggruppe helse, 4. mars 2025", "2025-03-04"),
])
def test_a_meeting_of_a_named_group_under_a_councils_letterhead_is_the_title(heading, date):
    # a regional council's letterhead, a place-and-date line, then the group's meeting: the
    # meeting's line is the title, the letterhead the parent, the place and date the
    # document's own date
    text = (f"\n\nSørdal regionråd\n\nLia, 17.01.2025\n\n{heading}\n\nTid: kl. 09.00–11.00\n\n"
            "Til stede: Kari Holm (Lia), Per Moe (Ås)\n\nSak 1: Referat\n\nGodkjent.\n")
    record = parse_bytes(text.encode(), "f.txt")
    assert (record.title, record.body, record.organization) == (
        heading, "Faggruppe helse", "Sørdal regionråd")
    assert (record.document_date, record.meeting.date) == ("2025-01-17", date)


def test_the_meeting_line_under_the_groups_own_name_leaves_the_name_the_title() -> None:
    text = ("Nettverk for lesing i Sørdal\n\nMøte i Nettverk for lesing i Sørdal\n\n"
            "Tid: 3. mars 2025 kl. 10.00–12.00\n\nTil stede: Kari Holm, Per Moe\n\n"
            "1. Referat\n\nGodkjent.\n")
    assert parse_bytes(text.encode(), "n.txt").title == "Nettverk for lesing i Sørdal"


def test_a_groups_meeting_line_with_a_weekday_under_the_title_dates_the_meeting() -> None:
    # "Møte i faggruppe for X, onsdag 7. mai 2025" under "Referat – Faggruppe for X": the
    # day (and the year of "3. september" and "innen 20.5." below)
    text = ("Referat – Faggruppe for landbruk\n\nSørdal regionråd\n\n"
            "Møte i faggruppe for landbruk, onsdag 7. mai 2025\n\nTid: 09.30-12.00\n\n"
            "Til stede: Kari Holm (Lia), Per Moe (Ås)\n\nGodkjenning av referat\n\n"
            "Referatet ble godkjent.\n\nNeste møte: 3. september, Teams\n")
    record = parse_bytes(text.encode(), "l.txt")
    assert (record.meeting.date, record.next_meeting.date) == ("2025-05-07", "2025-09-03")


@pytest.mark.parametrize(("title", "expected"), [
    ("Rådmannsutvalget i Midt-Solør", ("Rådmannsutvalget", "Midt-Solør")),
    ("Kommunedirektørutvalet i Nord-Fron", ("Kommunedirektørutvalet", "Nord-Fron")),
    # "for" a region: the region's own body, unless a chief executives' group serves it
    ("Rådmannsutvalget for Midt-Solør", ("Rådmannsutvalget", "Midt-Solør")),
    ("Trafikksikkerhetsutvalget for Sør-Trøndelag",
     ("Trafikksikkerhetsutvalget for Sør-Trøndelag", None)),
])
def test_a_chief_executives_group_in_a_hyphenated_region_serves_it(title, expected):
    assert body_and_organization(title) == expected


def test_a_day_in_the_sentence_after_the_held_sentence_is_no_meeting_day() -> None:
    # "Møtet ble holdt som fysisk møte." names no day; the summons' day in the next
    # sentence is another event's, so the labelled meeting day stays the meeting's and
    # the place and date over the signature dates the minutes
    text = ("PROTOKOLL FRA MØTE I ÅSDAL REGIONRÅD\n\n"
            "Møtedato:\t12. mars 2025\nSted:\tÅsdal rådhus\n\n"
            "Møtet ble holdt som fysisk møte. Sakspapirene ble sendt ut 5. mars.\n\n"
            "Sak 4/25 Budsjett\nVedtak: Budsjettet godkjennes.\n\n"
            "Åsdal, 14. mars 2025\n\nKari Lien, referent\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert record.meeting.date == "2025-03-12"
    assert record.document_date == "2025-03-14"


def test_a_place_whose_bracket_closes_on_the_next_line_goes_on() -> None:
    # a narrow header cell wrapped "Sted: Kulturhuset (rom" over "Glommen)": one place
    text = ("Referat fra møte i Kulturnettverket\n\nDato: 3. april 2025\nTid: 10:00–12:00\n"
            "Sted: Nordvik, Kulturhuset (rom\nSkarven)\n\n"
            "1. Velkommen\nIngen merknader.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.meeting.location == "Nordvik, Kulturhuset (rom Skarven)"


def test_a_place_with_its_bracket_closed_takes_no_line_below() -> None:
    text = ("Referat fra møte i Kulturnettverket\n\nDato: 3. april 2025\n"
            "Sted: Kulturhuset (rom Skarven)\nSaker til behandling)\n\n"
            "1. Velkommen\nIngen merknader.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.meeting.location == "Kulturhuset (rom Skarven)"


def test_a_closing_signature_table_s_date_column_dates_the_minutes() -> None:
    # "Referent | Dato" in bold over "Kari Marie Lien | 14.03.2025": the template signs in a
    # table (its bold heading row read as a label and its value, "Referent: Dato")
    import docx

    from fixtures.builders import docx_bytes
    document = docx.Document()
    document.add_heading("Referat fra møte i arbeidsutvalget", 1)
    document.add_paragraph("Møtedato: 12.03.2025")
    document.add_heading("Sak 4/25 Budsjett", 2)
    document.add_paragraph("Vedtak: Budsjettet godkjennes.")
    table = document.add_table(rows=2, cols=2)
    for c, (head, value) in enumerate((("Referent", "Kari Marie Lien"),
                                       ("Dato", "14.03.2025"))):
        table.cell(0, c).paragraphs[0].add_run(head).bold = True
        table.cell(1, c).text = value
    record = parse_bytes(docx_bytes(document), "referat.docx")
    assert (record.meeting.date, record.document_date) == ("2025-03-12", "2025-03-14")


def test_a_task_table_s_date_column_at_the_end_dates_nothing() -> None:
    doc = [("heading", "Referat fra møte i arbeidsutvalget"), ("para", "Møtedato: 12.03.2025"),
           ("heading", "Sak 4/25 Budsjett", 2), ("para", "Vedtak: Budsjettet godkjennes."),
           ("table", [("Tiltak", "Ansvar", "Dato"),
                      ("Sende budsjettet til kommunene", "Kari Lien", "14.03.2025")])]
    assert parse_bytes(to_docx(doc), "referat.docx").document_date is None


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Kommunalsjefmøte oppvekst – Sørmarka", "Kommunalsjefmøte oppvekst", "Sørmarka"),
    ("Rektormøte grunnskole – Vestdalen", "Rektormøte grunnskole", "Vestdalen"),
    ("Kommunalsjefmøte helse – Indre Fjordane", "Kommunalsjefmøte helse", "Indre Fjordane"),
    ("Kommunalsjefmøte oppvekst – budsjett", "Kommunalsjefmøte oppvekst – budsjett", None),
    ("Rektormøte grunnskole – Kari Holm", "Rektormøte grunnskole – Kari Holm", None),
])
def test_a_meeting_kind_and_field_then_a_dash_and_a_region(title, body, organization):
    # the region after the dash is whom the meeting serves, its organisation, as "… i
    # Vestdalen" is; a topic or a name after the dash is no region
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize("line", ["Otta, 12. mars 2025", "12. mars 2025"])
def test_a_deck_covers_place_and_day_date_the_deck_as_a_day_alone_does(line):
    text = (f"\n\nKulturnettverket i Vestdalen\n\nFagsamling for kulturskolerektorer\n\n{line}"
            "\n\nProgram\n\n1. Velkommen\n2. Rammeplan\n\nRammeplan\n\nNy rammeplan fra 2025\n\n"
            "Felles kursdag\n\nTakk for i dag!\n")
    record = parse_bytes(text.encode(), "deck.txt")
    assert (record.kind, record.document_date, record.meeting.date) == \
        ("presentation", "2025-03-12", "2025-03-12")


@pytest.mark.parametrize("title", ["Minnepunkt frå møte i faggruppe kultur",
                                   "Minnepunkter fra møte i faggruppe kultur"])
def test_points_to_remember_from_a_meeting_are_minutes_of_a_group_under_its_council(title):
    # the faggruppe met; the council named in one word under the title is its parent (a
    # working group is never the organisation above a council's board)
    text = (f"\n\n{title}\n\nVest-Telemarkrådet\n\nTid: 18. mars 2025 kl. 10.00–12.30\n\n"
            "Til stades: Åsne Heggtveit (Kviteseid), Gro Nordbø (Seljord)\n\n"
            "Sak 1 Kulturminneplan\n\nFaggruppa slutta seg til planen.\n")
    record = parse_bytes(text.encode(), "minnepunkt.txt")
    assert (record.kind, record.title, record.body, record.organization) == \
        ("minutes", title, "Faggruppe kultur", "Vest-Telemarkrådet")


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Faggruppe helse – Midt-Telemarkrådet", "Faggruppe helse", "Midt-Telemarkrådet"),
    ("Faggruppe helse – Nordfjordrådet", "Faggruppe helse", "Nordfjordrådet"),
    ("Faggruppe helse – Eldrerådet", "Faggruppe helse – Eldrerådet", None),
])
def test_a_council_named_in_one_word_by_its_region_is_the_parent(title, body, organization):
    assert body_and_organization(title) == (body, organization)


def test_a_county_under_the_networks_name_under_the_title_is_its_parent():
    text = ("\n\nOppsummering fra nettverksmøte\n\nFagnettverk for stedsutvikling\n\n"
            "Buskerud fylkeskommune\n\nDato: 23. oktober 2025\n\nHovedpunkter\n\n"
            "- Husbanken presenterte veilederen.\n- Modum delte erfaringer.\n")
    record = parse_bytes(text.encode(), "oppsummering.txt")
    assert (record.body, record.organization) == \
        ("Fagnettverk for stedsutvikling", "Buskerud fylkeskommune")


def test_a_programme_of_lone_start_times_runs_from_its_first_slot_to_slutt():
    text = ("\n\nOppsummering fra seminar om inkludering\n\nKompetansenettverket i Vestdal\n\n"
            "Tid og sted: 27. november 2025, Hamar kulturhus\n\nProgram\n\n"
            "09.00 Velkommen\n09.15 Kompetansebehov fram mot 2030 v/ Håvard Tangen, NAV Vestdal\n"
            "10.15 Pause\n10.30 Erfaringer fra Elverum: Jobbsjansen v/ Mona Fossum, Elverum "
            "kommune\n14.00 Slutt\n\nVelkommen\n\nLeder ønsket velkommen.\n\n"
            "Kompetansebehov fram mot 2030\n\nDet mangler fagarbeidere.\n\n"
            "Erfaringer fra Elverum: Jobbsjansen\n\nTett oppfølging virker.\n\n"
            "[Les mer her](#)\n")
    record = parse_bytes(text.encode(), "seminar.txt")
    assert (record.meeting.start, record.meeting.end) == ("09:00", "14:00")
    # the day's end is no item and takes no closing line; the speakers after "v/" came
    assert [item.title for item in record.items][-1] == "Erfaringer fra Elverum: Jobbsjansen"
    assert [(p.name, p.organization, p.role) for p in record.participants] == [
        ("Håvard Tangen", "NAV Vestdal", "guest"), ("Mona Fossum", "Elverum kommune", "guest")]


def test_a_capitals_title_parts_the_group_from_its_council_at_the_dash():
    # "MØTE I ADMINISTRATIV GRUPPE – REGIONRÅDET FOR X OG Y": the names get their capitals
    # back from the text ("(Lia k.)" too), then the dash parts body and parent; the
    # unlabelled "Onsdag 9/4 kl 0830-1000, Rådhuset" under it gives day, hours and place,
    # the year from the place-and-date line that closes the minutes
    text = ("\n\nMØTE I ADMINISTRATIV GRUPPE – REGIONRÅDET FOR LIA OG BERG\n"
            "Onsdag 9/4 kl 0830-1000, Lia rådhus\n\n"
            "Tilstede: Tone Ask (Lia k.), Bjørn Lien (Berg k.), Espen Moe (sekretariatet)\n\n"
            "SAK 1: REFERAT\nGodkjent.\n\nSAK 2: ØKONOMI\nRegnskapet ble lagt fram.\n\n"
            "Lia 11.04.2025\nRef: EM\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == ("Administrativ gruppe",
                                                  "Regionrådet for Lia og Berg")
    assert (record.meeting.date, record.meeting.start, record.meeting.end,
            record.meeting.location) == ("2025-04-09", "08:30", "10:00", "Lia rådhus")
    assert record.participants[2].role == ParticipantRole.SECRETARY.value  # "Ref: EM"


def test_a_council_of_two_regions_is_the_parent_after_a_dash():
    assert body_and_organization("Administrativ gruppe – Regionrådet for Lia og Berg") == (
        "Administrativ gruppe", "Regionrådet for Lia og Berg")


def test_the_day_this_year_with_hours_about_an_end_and_the_place_in_a_sentence():
    text = ("\n\n**Referat – Klimanettverket i Vestdal**\n\nDato: 18.03.25\n\n"
            "Møtet ble holdt den 12. mars d.å. fra kl. 12 til ca. 15 på Vestdal fylkeshus, "
            "Lia.\n\nTil stede: Hege Lund, Per Moe\n\n**Velkommen**\nAgenda ble godkjent.\n\n"
            "**Eventuelt**\nIngen saker.\n")
    meeting = parse_bytes(text.encode(), "referat.txt").meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == (
        "2025-03-12", "12:00", "15:00", "Vestdal fylkeshus, Lia")


def test_a_mail_s_pasted_saksliste_leaves_the_head_to_the_minutes_under_it():
    # "Fra:" / "Sendt:" / "Emne:" over the saksliste, then "REFERAT" and the body's line,
    # the labelled day and hours: the meeting's head is under the list; the bare document
    # word's next line names the body and its parent (the list's "1. Referat …" is no
    # heading of the minutes)
    text = ("\n\nFra: Tor Aas\nSendt: 12. september 2024 14:02\nTil: AU\n"
            "Emne: Referat fra møte i arbeidsutvalget 10/9\n\nHei alle,\n\nSAKSLISTE\n"
            "1. Referat fra forrige møte\n2. Budsjett\n3. Eventuelt\n\nREFERAT\n"
            "Arbeidsutvalget i Dalen regionråd\nDato: 10/9-24\nTid: 09:00 - 11:30\nSted: Teams\n"
            "Tilstede: Eva Lie (leder), Ole Nes, Tor Aas (sekretariatet)\n\n"
            "1. Referat fra forrige møte\nGodkjent.\n\n2. Budsjett\nVedtatt.\n\n"
            "3. Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization, record.document_date) == (
        "Arbeidsutvalget", "Dalen regionråd", "2024-09-12")
    assert (record.meeting.date, record.meeting.start, record.meeting.location) == (
        "2024-09-10", "09:00", "Teams")


def test_a_held_sentence_under_a_saksliste_dates_the_meeting():
    text = ("\n\nVestdal\n\nINNKALLING OG REFERAT\nFagpolitisk utvalg for kultur\n\n"
            "Saksliste:\n1.\tGodkjenning\n2.\tKulturplan\n3.\tEventuelt\n\n"
            "Møtet ble holdt 04.03.25 kl. 10.00–12.00 på Teams.\n\n"
            "Tilstede: Liv Eik (leder), Per Ås, sekretariat: Ida Berg\n\n"
            "1. Godkjenning\nGodkjent.\n\n2. Kulturplan\nUtvalget vedtok innspillet.\n\n"
            "3. Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.meeting.date, record.meeting.start, record.meeting.end,
            record.meeting.location) == ("2025-03-04", "10:00", "12:00", "Teams")
    assert [(p.name, p.role) for p in record.participants][-1] == (
        "Ida Berg", ParticipantRole.SECRETARY.value)


def test_a_held_sentence_with_a_weekday_and_a_slash_day_dates_the_meeting():
    # "Møtet ble holdt tirsdag 4/3 på Teams.": the weekday makes "4/3" a day, the year
    # from the place-and-date line under the minutes
    text = ("\n\nReferat fra møte i faggruppe helse\n\nMøtet ble holdt tirsdag 4/3 kl 0900-1130 "
            "på Teams.\n\nTilstede: Kari Lund, Per Moe\n\nSak 1 Referat\nGodkjent.\n\n"
            "Sak 2 Eventuelt\nIngen saker.\n\nLia, 6. mars 2025\n")
    meeting = parse_bytes(text.encode(), "referat.txt").meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == (
        "2025-03-04", "09:00", "11:30", "Teams")


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Regionrådet – Valdres", "Regionrådet", "Valdres"),
    ("Kommunalsjefmøte helse – Salten", "Kommunalsjefmøte helse", "Salten"),
    ("Faggruppe helse – Hallingdal", "Faggruppe helse", "Hallingdal"),
    ("Nettverk for folkehelse – Solør", "Nettverk for folkehelse", "Solør"),
    # a title's own words after a dash are no region
    ("Møte – Oppfølging", "Møte – Oppfølging", None),
    ("Styret – Konstituering", "Styret – Konstituering", None),
    ("Regionrådet – Vedtaksprotokoll", "Regionrådet – Vedtaksprotokoll", None),
    ("Arbeidsutvalget – Budsjett", "Arbeidsutvalget – Budsjett", None),
])
def test_one_region_name_after_a_bodys_dash_is_its_organisation(title, body, organization):
    # "Regionrådet – Valdres" as "… i Valdres": the region is the body's organisation,
    # though the name has no region ending
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize(("title", "body", "organization"), [
    # (s73l) a group of municipalities named by their kind is the network itself
    ("Referat frå nettverksmøte i Kraftkommunane i Nordfjella", "Kraftkommunane i Nordfjella",
     None),
    ("Referat fra nettverksmøte i Kystkommunene", "Kystkommunene", None),
    ("Referat fra nettverksmøte i Fjellregionen", "Nettverket", "Fjellregionen"),  # a region's
])
def test_a_network_meeting_in_a_group_of_municipalities_is_the_groups_own(title, body,
                                                                          organization):
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize(("title", "body", "organization"), [
    # (the region, no longer the organisation, stays in the name as the title writes it)
    ("Referat fra nettverksmøte i kulturnettverket i Innlandet", "Kulturnettverket i Innlandet",
     "Innlandet fylkeskommune"),
    ("Referat fra nettverksmøte i kulturnettverket i Hadeland", "Kulturnettverket",
     "Hadeland"),  # another region
])
def test_a_county_letterhead_over_its_regions_network_is_its_organisation(title, body,
                                                                          organization):
    text = (f"\nInnlandet fylkeskommune\n\n{title}\n\nDato: 6. mai 2025\nSted: Teams\n\n"
            "Deltakere:\nSiri Lund, Gjøvik kommune\nArne Bakke, Vang kommune\n\n"
            "1. Velkommen\nKort runde rundt bordet.\n")
    record = parse_bytes(text.encode(), "nettverk.txt")
    assert (record.body, record.organization) == (body, organization)


@pytest.mark.parametrize(("letterhead", "organization"), [
    ("Glåmdal regionråd", "Glåmdal regionråd"),  # the region's council: the parent
    ("Regionrådet Glåmdalen", "Regionrådet Glåmdalen"),
    ("Hadeland regionråd", "Glåmdalen"),  # another region's council: the name's region
])
def test_a_regional_council_letterhead_over_its_regions_group_is_its_organisation(
        letterhead, organization):
    text = (f"\n{letterhead}\n\nReferat styringsgruppemøte\n\nStyringsgruppe for felles "
            "legevakt i Glåmdalen\n\nDato: 6. mai 2025\nSted: Teams\n\n"
            "Til stede:\nSiri Lund, Eidskog kommune\nArne Bakke, Grue kommune\n\n"
            "1. Velkommen\nKort runde rundt bordet.\n")
    record = parse_bytes(text.encode(), "styringsgruppe.txt")
    assert (record.body, record.organization) == ("Styringsgruppe for felles legevakt",
                                                  organization)


def test_a_deck_covers_place_bar_day_dates_the_deck_as_the_comma_does():
    text = ("\n\nKulturnettverket i Vestdalen\n\nFagsamling for kulturskolerektorer\n\n"
            "Otta | 12. mars 2025\n\nProgram\n\n1. Velkommen\n2. Rammeplan\n\nRammeplan\n\n"
            "Ny rammeplan fra 2025\n\nFelles kursdag\n\nTakk for i dag!\n")
    record = parse_bytes(text.encode(), "deck.txt")
    assert (record.kind, record.document_date, record.meeting.date, record.meeting.location) \
        == ("presentation", "2025-03-12", "2025-03-12", "Otta")


@pytest.mark.parametrize(("head", "organization"), [
    # a county's cooperation of municipalities on the line above the group's name
    ("Vestfold kommunesamarbeid\nArbeidsgruppe for felles anskaffelse av velferdsteknologi\n\n"
     "Referat – møte 2/2025\n", "Vestfold kommunesamarbeid"),
    # an organisation's name line over the title of one of its project groups
    ("Numedal næringsforum\n\nREFERAT\n\nProsjektgruppe Grønn omstilling Numedal\n",
     "Numedal næringsforum"),
])
def test_a_name_line_at_the_top_is_the_parent_of_a_project_or_working_group(head,
                                                                             organization):
    text = (f"{head}\nDato: 18.02.2025\n\nTil stede: Kari Holm, Per Dahl\n\n"
            "Sak 1/25 Referat\nGodkjent.\n")
    assert parse_bytes(text.encode(), "ref.txt").organization == organization


def test_a_cooperations_one_word_name_over_a_council_meeting_is_its_parent():
    # "Gjøvikregionen" on the letterhead over "Protokoll regionrådsmøte": the council of
    # the cooperation, as "Regionrådet for Fjellregionen" is read
    text = ("Gjøvikregionen\n\nProtokoll regionrådsmøte\n\n"
            "Dato: onsdag 22. oktober 2025, kl. 12.00–15.30\nSted: Raufoss\n\n"
            "Deltakere:\nOrdfører Gjøvik kommune: Anne Bakken (leder)\n\n"
            "PS 44/25 Godkjenning av innkalling\n\nInnkallingen ble godkjent.\n")
    record = parse_bytes(text.encode(), "gr.txt")
    assert (record.body, record.organization) == ("Regionrådet", "Gjøvikregionen")


@pytest.mark.parametrize("signed", [
    "Referent\nPer Dahl\nDato: 12.03.2025",  # the writer's title, the name, the day
    "Med hilsen\nPer Dahl\nDato: 12.03.2025",  # a sign-off over the name
    "Referent: Per Dahl\nDato: 12.03.2025",
])
def test_a_date_line_after_the_closing_signature_dates_the_minutes(signed):
    # the day the minutes were written; the meeting's "Tirsdag 4/3" takes its year
    text = ("Referat fra møte i faggruppe helse\n\nTirsdag 4/3 kl 1200-1400, Teams\n\n"
            f"Til stede: Kari Holm, Per Dahl\n\n1. Budsjett\nGodkjent.\n\n{signed}\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.document_date, record.meeting.date) == ("2025-03-12", "2025-03-04")


def test_a_pdf_running_header_naming_the_county_is_its_letterhead():
    # "Østfold fylkeskommune ⇥ Referat nettverksmøte ⇥ Side 1" over "… i Østfold": the
    # county municipality is the network's parent, as a letterhead line of its own makes it
    header = "Østfold fylkeskommune            Referat nettverksmøte            Side {}\n\n"
    text = (header.format(1) + "Referat fra nettverksmøte i rusnettverket i Østfold\n\n"
            "Dato: 12. mars 2025\n\nTil stede: Kari Holm, Per Dahl\n\n1. Velkommen\n"
            "Godkjent.\n\n" + header.format(2) + "2. Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == ("Rusnettverket i Østfold",
                                                  "Østfold fylkeskommune")
    assert [item.text for item in record.items] == ["Godkjent.", "Ingen saker."]  # (the
    # header repeated with the next page's number is no text of the item above it)


def test_a_two_party_meeting_named_first_is_the_title_over_referat():
    text = ("Samarbeidsmøte kommunene – NAV Nordvik\n\nReferat\n\nDato: 02.12.2025\n\n"
            "Til stede: Kari Holm, Per Berg\n\n1. Godkjenning\nReferatet ble godkjent.\n")
    record = parse_bytes(text.encode(), "s.txt")
    assert record.title == "Samarbeidsmøte kommunene – NAV Nordvik"


@pytest.mark.parametrize("title", ["Referat fra kontaktmøte med Statsforvalteren i Nordvik",
                                   "Dialogmøte med fylkeskommunen om kollektivtilbudet"])
def test_a_kind_of_meeting_with_another_party_names_no_body(title):
    assert body_and_organization(title) == (None, None)


@pytest.mark.parametrize(("title", "body", "org"), [
    ("Referat fra møte i Salten regionråds arbeidsutvalg", "Salten regionråds arbeidsutvalg",
     "Salten regionråd"),
    ("Møtereferat Hallingdal regionråd sitt arbeidsutval", "Hallingdal regionråd sitt arbeidsutval",
     "Hallingdal regionråd"),
    ("Referat fra Midt-Troms regionråd", "Midt-Troms regionråd", None),  # the council itself
    # a cooperation's definite name with its place word, in the genitive
    ("Referat fra møte i Kystregionen Sørs faggruppe for reiseliv",
     "Kystregionen Sørs faggruppe for reiseliv", "Kystregionen Sør"),
])
def test_a_council_named_by_place_and_kind_in_the_genitive_is_the_parent(title, body, org):
    text = (f"\n\n{title}\n\nDato: 3. mars 2025\n\nTil stede:\nKari Holm, Dal\n\n"
            "Sak 1/25 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == (body, org)


def test_the_municipalities_in_a_county_are_a_party_of_the_name_not_its_parent():
    text = ("\n\nOPPSUMMERING SAMARBEIDSUTVALGET KOMMUNENE I VESTFOLD OG NAV\n\n"
            "Tidspunkt: 13. mars 2025 kl. 9-11\n\nSted: NAV Vestfold, Tønsberg\n\n"
            "Til stede: Kari Holm (Larvik), Per Berg (NAV)\n\n"
            "Sak 04/25 Orienteringer\n\nNAV orienterte om tallene.\n")
    record = parse_bytes(text.encode(), "x.txt")
    assert (record.body, record.organization) == (
        "Samarbeidsutvalget kommunene i Vestfold og NAV", None)


def test_a_cooperations_one_word_name_under_the_title_is_the_parent():
    # (below a "Dato:" line, so not at the very top where a letterhead stands)
    text = ("\n\nDato: 3.4.25\n\nReferat fra møte i Fagpolitisk utvalg for samferdsel\n\n"
            "Valdresregionen\n\nTid: Torsdag 27. mars kl. 09.00-11.30\n\n"
            "Til stede: Kari Holm, Per Berg\n\n1. Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "x.txt")
    assert (record.body, record.organization) == ("Fagpolitisk utvalg for samferdsel",
                                                  "Valdresregionen")


def test_a_joint_service_over_its_host_municipality_is_the_letterhead():
    text = ("\nNord-Dal barnevern\nVertskommune Storvik\n\nPROTOKOLL\n"
            "Samarbeidsutvalg for barnevernsamarbeidet\n\nMøtedato: 16.10.2025\n"
            "Møtested: Storvik rådhus\n\nMøtende medlemmer:\nKari Holm\nPer Berg\n\n"
            "Sak 1/25 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "x.txt")
    assert (record.body, record.organization) == ("Samarbeidsutvalg for barnevernsamarbeidet",
                                                  "Nord-Dal barnevern")


def test_a_joint_service_over_its_host_is_the_parent_of_a_council_named_for_cooperation():
    # (s64h) "Barnevernet i Dalen" / "Vertskommune: Nordby kommune" over "Møtebok –
    # samarbeidsutvalet": the service's own letterhead, though the title names a
    # "samarbeid" body (a municipality's letterhead over such a title is the host's)
    text = ("Barnevernet i Dalen\nVertskommune: Nordby kommune\n\nMØTEBOK – SAMARBEIDSUTVALET"
            "\n\nMøtedato: 14.10.2025\n\nMøtande medlemer:\nKari Holm\nPer Berg\n\n"
            "Sak 1/25 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "x.txt")
    assert (record.body, record.organization) == ("Samarbeidsutvalet", "Barnevernet i Dalen")


def test_a_regional_development_company_after_its_short_name_on_the_letterhead():
    record = parse_bytes("ØRU – Øvre Romerike utvikling\n\nReferat faggruppe plan\n\n"
                         "Dato: 10.04.2025\n\nTil stede: Kari Bjerke, Anders Holm\n\n"
                         "**Kartlegging**\n\nGruppa drøftet kartleggingen av arealene.\n\n"
                         "**Eventuelt**\n\nIngen saker.\n".encode(), "referat.txt")
    assert record.organization == "ØRU – Øvre Romerike utvikling"
    assert record.title == "Referat faggruppe plan"

def test_a_county_letterhead_over_its_network_in_the_region_keeps_the_region_in_the_name():
    """"Buskerud fylkeskommune" over "… klimanettverket i Buskerud": the county is the
    parent, and the region, no longer told apart as the organisation, stays in the name."""
    text = ("Buskerud fylkeskommune\n\nReferat fra samling i Klimanettverket i Buskerud\n\n"
            "Dato: 4. juni 2025\n\nSak 1/25 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "klima.txt")
    assert (record.body, record.organization) == \
        ("Klimanettverket i Buskerud", "Buskerud fylkeskommune")


def test_a_programme_s_first_slot_under_its_day_starts_the_meeting():
    """"Program" / "Onsdag 12. mars" / "11.30 Registrering og lunsj": the programme's
    first slot, under the day's line, starts the day; a participant's "(fra kl. 13.00 dag
    1)" in the list above is no start."""
    text = ("Referat\n\nNettverkssamling 12.–13. mars 2025\n\nDeltakere:\n"
            "Nordby kommune: Kari Holm (fra kl. 13.00 dag 1)\n"
            "Sørvik kommune: Per Dahl\n\nProgram\n\nOnsdag 12. mars\n"
            "11.30 Registrering og lunsj\n12.30 Velkommen\n13.00 Status\n\n"
            "1. Status\n\nKari orienterte.\n\n2. Eventuelt\n\nIngen saker.\n")
    assert parse_bytes(text.encode(), "samling.txt").meeting.start == "11:30"

@pytest.mark.parametrize(("title", "read"), [
    ("FELLESMØTE FOR REGIONRÅDA I VALDRES OG NORD-GUDBRANDSDAL",
     ("Regionråda", "Valdres og Nord-Gudbrandsdal")),
    ("Fellesmøte mellom regionrådene i Hadeland og Ringerike",
     ("Regionrådene", "Hadeland og Ringerike")),
    ("Referat fra fellesmøte for formannskapene i Gran og Lunner",
     ("Formannskapene", "Gran og Lunner")),
])
def test_a_joint_meeting_of_councils_of_two_regions_names_them_together(title, read):
    # the councils together met (as the title names them), the regions they serve are
    # their organisation, as "Felles formannskapsmøte Gran og Lunner" is read
    assert body_and_organization(title) == read

@pytest.mark.parametrize(("title", "sentence", "body"), [
    ("Referat fra nettverksmøte barnevern 14. oktober",
     "Barnevernnettverket består av barnevernlederne i fem kommuner.", "Barnevernnettverket"),
    ("Referat fra nettverksmøte barnevern 14. oktober",
     "Barnevernsnettverket møtes fire ganger i året.", "Barnevernsnettverket"),
    ("Referat fra nettverksmøte barnevern 14. oktober",
     "Nettverket møtes fire ganger i året.", "Nettverk barnevern"),
])
def test_a_group_named_by_kind_and_field_takes_its_compound_name_from_the_text(title, sentence,
                                                                                body):
    # "nettverksmøte barnevern" gives "Nettverk barnevern", a name the page never writes;
    # the text under the title calls the group "Barnevernnettverket"
    text = f"{title}\n\n{sentence}\n\nTid: 14.10.2025 kl. 09.00\n\n1. Eventuelt\n\nIngen saker.\n"
    assert parse_bytes(text.encode(), "r.txt").body == body

def test_a_council_named_by_a_two_word_region_over_the_title_is_the_parent():
    """"Midt-Telemark-rådet" over "Referat" / "Faggruppe oppvekst": one word with a capital
    after the hyphen names the council as "Vestlandsrådet" does."""
    for name in ("Midt-Telemark-rådet", "Midt-Telemarkrådet"):
        text = (f"{name}\n\nReferat\n\nFaggruppe oppvekst\n\nMøtedato: 18.11.2025\n\n"
                "Til stades: Ola Lie, Kari Berg\n\nSak 1/25 Eventuelt\n\nIngen saker.\n")
        record = parse_bytes(text.encode(), "fo.txt")
        assert (record.body, record.organization) == ("Faggruppe oppvekst", name)


@pytest.mark.parametrize(("letterhead", "organization"), [
    ("VEST-TELEMARKRÅDET", "Vest-Telemarkrådet"),
    ("VESTLANDSRÅDET", "Vestlandsrådet"),
    ("MIDT-TELEMARK-RÅDET", "Midt-Telemark-rådet"),
])
def test_a_councils_one_word_letterhead_in_capitals_is_the_parent(letterhead, organization):
    """A council's one-word name in capitals over "REFERAT FRÅ ARBEIDSUTVALET": the parent,
    in normal case (each part after a hyphen a place's capital, "rådet" small)."""
    text = (f"{letterhead}\n\nREFERAT FRÅ ARBEIDSUTVALET\n\nDato: 3. november 2025\n\n"
            "Til stades: Ola Lie, Kari Berg\n\nSak 1/25 Eventuelt\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "au.txt")
    assert (record.body, record.organization) == ("Arbeidsutvalet", organization)


@pytest.mark.parametrize("between", [
    "",
    "Til medlemmer og varamedlemmer i regionrådet\nKopi: rådmennene i kommunene\n\n",
])
def test_a_council_letterhead_over_an_address_block_names_the_council_the_title_calls_so(
        between):
    # "Innkalling til møte i regionrådet" names the council by its kind: the council on
    # the letterhead is the body, also with the addressees between them
    text = (f"Austmo regionråd\n\n{between}Innkalling til møte i regionrådet\n\n"
            "Møtedato: 17. april 2026\nTid: 09.00–13.00\n\nSaksliste\n\n"
            "Sak 12/26 Godkjenning av innkalling\nSak 13/26 Eventuelt\n")
    record = parse_bytes(text.encode(), "innkalling.txt")
    assert (record.body, record.organization) == ("Austmo regionråd", None)


@pytest.mark.parametrize(("header", "body", "organization"), [
    # a region's business council's letterhead is the forum's parent
    ("Midt-Dal Næringsråd\n\nReferat fra møte i Næringsforum Midt-Dal\n\n"
     "Dato: 11. september 2025", "Næringsforum Midt-Dal", "Midt-Dal Næringsråd"),
])
def test_a_business_council_letterhead_is_the_forums_parent(header, body, organization):
    assert _head(header)[:2] == (body, organization)


@pytest.mark.parametrize(("title", "under", "body", "organization"), [
    # a workshop's summary names no body: the network on the line under it, its county
    # on the line under that one
    ("Oppsummering frå arbeidsverkstad", "**Nettverk for kystkultur**\n\nVestfold fylkeskommune",
     "Nettverk for kystkultur", "Vestfold fylkeskommune"),
    ("Kort referat fra workshop", "Sølvkysten regionråd – workshop om vannforsyning",
     "Sølvkysten regionråd", None),
    # a dialogue meeting of the council and the county: the council met, the county is its
    # partner, no parent
    ("Oppsummering fra dialogmøte", "Sølvkysten regionråd og Vestfold fylkeskommune",
     "Sølvkysten regionråd", None),
])
def test_a_gathering_s_summary_takes_the_body_from_the_line_under_it(title, under, body,
                                                                       organization):
    text = (f"\n\n{title}\n\n{under}\n\nDato: 4. mars 2026\n\nSted: Rådhuset\n\n"
            "Innledning\n\nKari Holm ønsket velkommen.\n\nVeien videre\n\n"
            "Sekretariatet sender ut referatet.\n")
    record = parse_bytes(text.encode(), "oppsummering.txt")
    assert (record.body, record.organization) == (body, organization)


def test_a_markdown_line_break_sets_the_county_under_the_network():
    text = ("# Kort referat fra workshop\n\n**Nettverk for kystkultur**  \nVestfold "
            "fylkeskommune\n\n**Dato:** 4. mars 2026  \n**Sted:** Rådhuset\n\n"
            "## 1. Innledning\n\nKari Holm ønsket velkommen.\n\n## 2. Veien videre\n\n"
            "- Sekretariatet sender ut referatet.\n")
    record = parse_bytes(text.encode(), "workshop.md")
    assert (record.body, record.organization) == ("Nettverk for kystkultur",
                                                  "Vestfold fylkeskommune")


def test_a_deck_cover_with_its_region_between_the_name_and_the_meeting_word():
    """"Prosjektgruppa X" / "Kystregionen" / "Prosjektgruppemøte" / "Tønsberg, 9. mars 2026
    kl. 10.00–12.00": the group's name is the title, the cooperation's one word its parent,
    and the cover's day dates the deck though the hours share its line."""
    text = ("\n\n\nProsjektgruppa Trygg havn\n\nKystregionen\n\nProsjektgruppemøte\n\n"
            "Tønsberg, 9. mars 2026 kl. 10.00–12.00\n\nAgenda\n\n1. Status\n2. Budsjett\n\n"
            "Status\n\nTo av tre kaier er ferdige\n\n2\n\nBudsjett\n\nRamme 2 mill. kr\n\n3\n\n"
            "Neste møte\n\nTirsdag 14. april 2026\n\n4\n")
    record = parse_bytes(text.encode(), "foiler.txt")
    assert (record.title, record.organization, record.document_date, record.meeting.location) \
        == ("Prosjektgruppa Trygg havn", "Kystregionen", "2026-03-09", "Tønsberg")


@pytest.mark.parametrize("title, body, organization", [
    ("Næringsnettverket på Romerike", "Næringsnettverket", "Romerike"),
    ("Faggruppe for helse på Hadeland", "Faggruppe for helse", "Hadeland"),
    ("Styret på Gran rådhus", "Styret", None),  # where it met, no region
])
def test_a_district_after_pa_is_the_region_the_body_serves(title, body, organization):
    # (s59d) "… på Hadeland" as "… i Hallingdal": the body, and the district it serves
    assert body_and_organization(title) == (body, organization)


def test_a_district_in_a_title_in_capitals_keeps_its_capital():
    # (s59d) the body cased from a title in capitals: "… FOR HADELAND" → "… for Hadeland"
    record = parse_bytes(("REFERAT FRA MØTE I REGIONRÅDET FOR HADELAND\n\nDato: 6. februar 2026\n\n"
                          "Til stede: Kari Holm, Ola Dahl\n\nSAK 1/26 ÅRSMELDING 2025\n"
                          "Vedtak: Årsmeldingen godkjennes.\n").encode(), "referat.txt")
    assert record.body == "Regionrådet for Hadeland"
    assert record.items[0].title == "ÅRSMELDING 2025"  # the title as written


@pytest.mark.parametrize(("title", "body", "organization"), [
    ("REFERAT FRA MØTE I NÆRINGSFORUMET PÅ HADELAND", "Næringsforumet", "Hadeland"),
    ("REFERAT FRÅ MØTE I PLANNETTVERKET I VEST-TELEMARK", "Plannettverket", "Vest-Telemark"),
])
def test_a_region_in_a_title_in_capitals_is_the_parent_as_in_normal_case(title, body,
                                                                          organization):
    # (s59j) "… PÅ HADELAND" as "… på Hadeland": the district the body serves, its capital
    # kept
    record = parse_bytes((f"{title}\n\nDato: 6. februar 2026\n\n"
                          "Til stede: Kari Holm, Ola Dahl\n\nSak 1/26 Eventuelt\n"
                          "Ingen saker.\n").encode(), "referat.txt")
    assert (record.body, record.organization) == (body, organization)


@pytest.mark.parametrize(("text", "organization"), [
    # the region's own council and firm named by it, their kind in lower case: its name
    ("Budsjett for Fjellby regionråd.", "Fjellby"),
    ("Møtet var i Fjellby næringshage.", "Fjellby"),
    ("Saken gjelder regionrådet i Fjellby.", None),
])
def test_a_regions_council_or_firm_named_by_it_makes_it_the_parent(text, organization):
    minutes = ("REFERAT KOMMUNEDIREKTØRUTVALGET I FJELLBY\n\nDato: 12.03.2024\n\n"
               f"Sak 1/24 Sesongen\n{text}\nVedtak: Tatt til orientering.\n")
    record = parse_bytes(minutes.encode(), "referat.txt")
    assert record.organization == organization


@pytest.mark.parametrize("head, organization", [
    # a plan's period closes the name after the title's dash
    ("Referat frå styringsgruppemøte – Regional reiselivsplan for Numedal 2026–2030",
     "Regional reiselivsplan for Numedal 2026–2030"),
    # the programme on its own line under a project group's title (a PDF's line break)
    ("Referat styringsgruppemøte\nKompetanseløft Midt-Telemark", "Kompetanseløft Midt-Telemark"),
    # the project named whole after the meeting word, no dash
    ("Referat prosjektgruppemøte Felles legevakt Numedal", "Felles legevakt Numedal"),
])
def test_a_project_group_s_programme_named_whole_is_its_parent(head, organization):
    text = f"{head}\nDato: 12.03.2025\n\n1. Status\n\nIngen merknader.\n"
    record = parse_bytes(text.encode(), "prosjekt.txt")
    assert record.organization == organization

def test_a_control_committee_of_a_political_council_in_capitals():
    # (s59a) the council by the name the law gives it is the committee's parent
    text = ("KONTROLLUTVALGET FOR NORDDAL INTERKOMMUNALE POLITISKE RÅD\n\nMØTEPROTOKOLL\n\n"
            "Møtedato: 11.02.2025\n\nPS 1/25 Godkjenning av innkalling\n\nVedtak:\n"
            "Innkallingen godkjennes.\n")
    record = parse_bytes(text.encode(), "ku.txt")
    assert (record.body.casefold(), record.organization) == (
        "kontrollutvalget", "Norddal interkommunale politiske råd")

@pytest.mark.parametrize("gap", ["\t", "                              "])
def test_a_labelled_day_beside_the_meeting_line_is_no_part_of_the_title_or_body(gap):
    # (s59l) a Word tab stop or a PDF's padding: "Møte i Helgelandsrådet ⇥ Dato: 05.02.2025"
    for blank in ("\n", ""):
        text = (f"MØTEPROTOKOLL\n{blank}Møte i Helgelandsrådet{gap}Dato: 05.02.2025\n{blank}"
                "Sted: Mosjøen\n{blank}Til stede: Kari Holm (leder), Per Dahl\n{blank}"
                "Sak 01/25 Godkjenning av innkalling\nGodkjent.\n").replace("{blank}", blank)
        record = parse_bytes(text.encode(), "protokoll.txt")
        assert (record.title, record.body, record.meeting.date) == \
            ("MØTEPROTOKOLL", "Helgelandsrådet", "2025-02-05")


def test_a_committee_named_beside_its_day_under_a_bare_title_has_the_letterhead_parent():
    # (s59l) the cooperation by its short and full name over "REFERAT" / "Møte i
    # arbeidsutvalget ⇥ Dato: …": the committee met, the cooperation is its parent
    text = ("ORKidé – Nordmøre interkommunale politiske råd\n\nREFERAT\n\n"
            "Møte i arbeidsutvalget\tDato: 14.10.2025\n\nTil stede: Kari Holm (leder), "
            "Per Dahl\n\n1. Godkjenning av dagsorden\nGodkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == \
        ("Arbeidsutvalget", "ORKidé – Nordmøre interkommunale politiske råd")

@pytest.mark.parametrize(("line", "location"), [
    ("Møte i Fjordby kulturnettverk torsdag 7. november 2024 kl. 10.00–14.00 på "
     "Litteraturhuset i Fjordby.", "Litteraturhuset i Fjordby"),
    ("Møte i Fjordby kulturnettverk 7. november 2024 kl. 10–14.", None)])
def test_a_pages_opening_sentence_gives_the_meetings_day_hours_and_place(line, location):
    # a web page's title that names no day ("Referat fra nettverksmøte"), then one
    # sentence with the body that met, the day, the hours and (maybe) the place
    record = parse_bytes((f"Referat fra nettverksmøte\n\n{line}\n\nTil stede: Kari Holm, "
                          "Per Dahl\n\nSak 1/24 Eventuelt\nIngen saker.\n").encode(),
                         "referat.txt")
    meeting = record.meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == (
        "2024-11-07", "10:00", "14:00", location)

def test_a_mail_on_todays_meeting_dates_it_by_the_day_it_was_sent():
    from motebok.parse import parse_bytes
    text = ("Fra: Hilde Berg <hilde@region.no>\nSendt: 2. oktober 2025 15:40\n"
            "Til: Fagnettverk barnehage\nEmne: Kort referat fra dagens møte\n\nHei alle,\n\n"
            "Takk for et nyttig møte i dag!\n\nTilstede: Hilde, Ronny og Sara.\n\n"
            "Kompetanseplan\n\nNettverket gikk gjennom innspillene.\n")
    record = parse_bytes(text.encode(), "dagens.txt")
    assert (record.meeting.date, record.document_date) == ("2025-10-02", "2025-10-02")
    assert record.body != "Dagen"


def test_a_day_in_the_genitive_before_the_meeting_names_no_body():
    from motebok.extract.header import body_and_organization
    assert body_and_organization("Kort referat fra dagens møte") == (None, None)


def test_the_mail_names_the_bodys_parent_beside_it():
    from motebok.parse import parse_bytes
    text = ("Frå: Astrid Moe <astrid@vt.no>\nSendt: tysdag 3. juni 2025 14:27\n"
            "Til: Olav Haugen; Gunhild Nordbø\n"
            "Emne: Referat frå møte i faggruppa for landbruk 2. juni\n\nHei og takk for sist!\n\n"
            "Her kjem referatet frå møtet i faggruppa for landbruk i Vest-Telemarkrådet.\n\n"
            "Til stades: Olav, Gunhild og Astrid (referent).\n\nBeitebruksplan\n\n"
            "Gunhild orienterte.\n")
    record = parse_bytes(text.encode(), "nynorsk.txt")
    assert (record.body, record.organization) == ("Faggruppa for landbruk", "Vest-Telemarkrådet")


def test_a_memos_addressee_names_the_body_then_its_parent():
    from motebok.parse import parse_bytes
    text = ("NOTAT\n\nTil:\tFaggruppe næring, Nord-Østerdal regionråd\nFra:\tSekretariatet\n"
            "Dato:\t27.01.2025\nEmne:\tReferat fra møte 22. januar\n\n"
            "Referat fra møte i faggruppe næring\n\nTid: Onsdag 22. januar kl. 12.30–15.00\n\n"
            "Tilstede: Guro, Håvard og Eirik\n\nNæringsarealer\n\nHåvard orienterte.\n")
    record = parse_bytes(text.encode(), "notat.txt")
    assert (record.body, record.organization) == ("Faggruppe næring", "Nord-Østerdal regionråd")


def test_a_mail_names_the_body_its_subject_called_by_its_kind_alone():
    from motebok.parse import parse_bytes
    text = ("Fra: Ingrid Lie <ingrid@region.no>\nSendt: 14. mars 2025 10:12\n"
            "Til: Per Dahl; Kari Holm\nEmne: Referat fra nettverksmøte 12.3\n\nHei alle,\n\n"
            "Her kommer referatet fra nettverksmøtet i Kulturnettverket.\n\n"
            "Tilstede: Per Dahl (Sigdal) og Kari Holm (Flå)\n\n1. Kalender\n\nPer orienterte.\n")
    assert parse_bytes(text.encode(), "epost.txt").body == "Kulturnettverket"


def test_a_friluftsrad_named_under_a_bare_board_title_is_the_organisation():
    text = ("\n\nPROTOKOLL FRA STYREMØTE\n\nFriluftsrådet for Midtre Dal\n\nStyremøte nr. "
            "4/2025\n\nDato: 9. september 2025\n\nSak 20/25 Godkjenning\n\nGodkjent.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert (record.body, record.organization) == ("Styret", "Friluftsrådet for Midtre Dal")


def test_a_place_and_date_signing_the_minutes_dates_them_on_the_meeting_day_too():
    text = ("Protokoll fra styremøte nr. 5/2025\n\nTid: Torsdag 20. november 2025, kl. 12:00\n"
            "Sted: Rådhuset\n\nSak 1/25 Godkjenning\nVedtak: Innkallingen godkjennes.\n\n"
            "Nordby, 20. november 2025\n\nKari Holm     Ola Berg\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert (record.meeting.date, record.document_date) == ("2025-11-20", "2025-11-20")


def test_a_wiki_heading_opening_with_the_day_dates_the_meeting():
    text = ("# Klimanettverket i Nordvik – møtereferat\n\n## 15.10.2024 – Nettverksmøte på Lia\n\n"
            "**Tid:** kl. 10.00–14.00\n**Til stades:** Åse Rud (Lia), Ivar Moen (Nes)\n\n"
            "### Sak 1/24 Referat\nReferatet vart godkjent.\n")
    meeting = parse_bytes(text.encode(), "wiki.md").meeting
    assert (meeting.date, meeting.start) == ("2024-10-15", "10:00")


@pytest.mark.parametrize(("title", "body", "organization"), [
    # how often it meets, after a dash: no part of the body's name
    ("Faggruppe oppvekst Nordbyregionen – månedlig møte", "Faggruppe oppvekst Nordbyregionen",
     "Nordbyregionen"),
    ("Styringsgruppen – fast møte", "Styringsgruppen", None),
    # the cooperation's one word closing the name is its parent; after "for" it is what
    # the group serves, its own name
    ("Referat fra Nettverk for IKT Midt-Dalsrådet", "Nettverk for IKT Midt-Dalsrådet",
     "Midt-Dalsrådet"),
    ("Referat fra møte i styringsgruppen for Kystsamarbeidet",
     "Styringsgruppen for Kystsamarbeidet", None),
    # a regional park is a parent
    ("Faggruppe reiseliv – Nordal natur- og kulturpark", "Faggruppe reiseliv",
     "Nordal natur- og kulturpark"),
])
def test_meeting_apps_titles_name_body_and_parent(title, body, organization):
    assert body_and_organization(title) == (body, organization)


def test_a_heading_naming_the_meeting_is_the_title_over_an_apps_label():
    text = ("# Faggruppe oppvekst Nordbyregionen – månedlig møte\n\n**Møtenotater**  \n"
            "Tirsdag 14. januar 2025, 09:00–10:30  \nMicrosoft Teams-møte\n\n"
            "**Deltakere**  \nKari Holm (Lia kommune), Per Dahl (Nes kommune)\n\n"
            "### 1. Referat\nReferatet ble godkjent.\n")
    record = parse_bytes(text.encode(), "teams.md")
    assert record.title == "Faggruppe oppvekst Nordbyregionen – månedlig møte"
    assert (record.body, record.organization) == ("Faggruppe oppvekst Nordbyregionen",
                                                  "Nordbyregionen")


def test_a_meeting_room_after_the_hours_is_part_of_the_place():
    text = ("# Referat fra nettverksmøte\n\n## Dato\n12. mars 2025 kl. 12:30–15:00, Lia rådhus, "
            "møterom Fjøra\n\n## Deltakere\n- Kari Holm\n- Per Dahl\n\n## Sak 1\n"
            "Referatet ble godkjent.\n")
    assert parse_bytes(text.encode(), "wiki.md").meeting.location == "Lia rådhus, møterom Fjøra"


def test_a_sentence_on_who_owns_the_project_names_the_parent():
    text = ("# Prosjektgruppe lading – møtenotater 3. april 2025\n\n"
            "Prosjektet eies av Samarbeidsrådet for Nordby.\n\n## Deltakere\n"
            "Kari Holm (Lia), Per Dahl (Nes)\n\n## 1. Status\n"
            "Gruppen tok statusen til orientering.\n")
    record = parse_bytes(text.encode(), "loop.md")
    assert record.organization == "Samarbeidsrådet for Nordby"


@pytest.mark.parametrize(("letterhead", "title"), [
    ("Glåmdal friluftsråd", "PROTOKOLL ÅRSMØTE 2025"),
    ("Folkehelsenettverket i Østfold", "Referat fra årsmøtet 2025")])
def test_a_council_or_network_over_an_annual_meeting_is_its_parent(letterhead, title):
    # (s60d) an årsmøte belongs to the association named above the title, also when the
    # name is a council's or a network's and not a club's
    text = (f"\n\n{letterhead}\n\n{title}\n\nDato: 23. april 2025\n\nTil stede: Kari Holm, "
            "Per Lunde\n\nSak 1 Årsmelding\n\nÅrsmeldingen ble godkjent.\n")
    record = parse_bytes(text.encode(), "arsmote.txt")
    assert (record.body, record.organization) == ("Årsmøtet", letterhead)


def test_a_representantskap_meeting_in_a_named_council_is_its_owners_assembly():
    # (s60d) as "styremøte i Språkrådet": the council is the parent, not the body that met
    assert body_and_organization(
        "Protokoll fra representantskapsmøte i Friluftsrådet Vestfoldkysten") == (
        "Representantskapet", "Friluftsrådet Vestfoldkysten")


def test_a_constituting_meeting_before_a_dash_names_the_council_after_it():
    # (s60d) "KONSTITUERENDE MØTE – REGIONRÅDET FOR X": the kind of meeting is no name
    assert body_and_organization("Konstituerende møte – Regionrådet for Hadeland") == (
        "Regionrådet for Hadeland", None)


def test_a_letterhead_with_the_bodys_full_name_is_no_parent():
    # "Interkommunalt beredskapsråd for X" over "… møte i beredskapsrådet": one body
    text = ("Interkommunalt beredskapsråd for Nordås\n\nPROTOKOLL FRA MØTE I BEREDSKAPSRÅDET\n\n"
            "Møtedato: 18.09.2025\n\nSak 1/25 Eventuelt\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "beredskap.txt")
    assert (record.body, record.organization) == (
        "Interkommunalt beredskapsråd for Nordås", None)


@pytest.mark.parametrize(("line", "location"), [
    # the meeting's form as the label of its place: "Hybrid:" names room and channel
    ("Hybrid: Rådhuset i Gjøvik, møterom Hunn og Teams",
     "Rådhuset i Gjøvik, møterom Hunn og Teams"),
    # the form alone on its line of the head, as written
    ("Digitalt møte", "Digitalt møte"),
    ("Teams-møte", "Teams-møte"),
    ("Digitalt møte på Zoom", "Digitalt møte på Zoom"),
    ("Videomøte (Zoom)", "Videomøte (Zoom)"),
])
def test_where_a_digital_or_hybrid_meeting_is_held(line, location):
    text = ("Referat fra møte i folkehelsenettverket\n\nDato: 9. september 2021\n"
            f"Tid: 12.30–15.00\n{line}\n\nTil stede: Randi Svendsrud, Per Kolbu\n\n"
            "1. Saksliste\n\nGodkjent.\n")
    assert parse_bytes(text.encode(), "nettverk.txt").meeting.location == location


@pytest.mark.parametrize(("title", "body", "organization"), [
    # a body's initials before its compound stay in capitals
    ("HR-NETTVERKET I MIDT-BUSKERUD", "HR-nettverket", "Midt-Buskerud"),
    ("KD-UTVALGET", "KD-utvalget", None),
    # a point of the compass is a place's, a topic no body
    ("SØR-ODAL KOMMUNESTYRE", "Sør-Odal kommunestyre", None),
])
def test_a_bodys_initials_in_a_title_in_capitals_stay_capitals(title, body, organization):
    assert body_and_organization(title) == (body, organization)


def test_a_networks_name_in_capitals_over_the_title_is_read_with_its_region():
    text = ("\n\nIKT-LEDERNETTVERKET I GUDBRANDSDALEN\n\nReferat fra møte 2. desember 2025\n\n"
            "Tid: 10.00–14.00\nSted: Otta\n\n1. Lisenser\nIngen merknader.\n")
    record = parse_bytes(text.encode(), "ikt.txt")
    assert (record.title, record.body, record.organization) == (
        "Referat fra møte 2. desember 2025", "IKT-ledernettverket", "Gudbrandsdalen")


def test_a_mails_bracket_after_yesterday_gives_the_place_and_hours():
    text = ("Fra: Kari Holm\nSendt: fredag 7. november 2025 14:12\nTil: Per Dal\n"
            "Emne: Kort referat – nettverket 6.11\n\n"
            "Hei alle, her er kort referat fra nettverket i går (torsdag 6. november, Teams, "
            "kl. 13.00–14.30).\n\n1. Sykefravær\nIngen merknader.\n")
    meeting = parse_bytes(text.encode(), "mail.txt").meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == (
        "2025-11-06", "13:00", "14:30", "Teams")


@pytest.mark.parametrize("name", ["Regionrådet for Numedal og Hallingdal sør",
                                  "Regionrådet for Hadeland og Land"])
def test_a_regional_council_of_two_regions_is_the_cooperation_itself(name):
    # (s61c) as "Regionrådet for Hallingdal": the regions joined by "og" (the last with its
    # part of the compass) are no parent of the council
    text = (f"Møteprotokoll\n\nUtvalg:\t{name}\nMøtested:\tRådhuset\nDato:\t19.09.2024\n\n"
            "PS 1/24 Eventuelt\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "regionrad.txt")
    assert (record.body, record.organization) == (name, None)

@pytest.mark.parametrize("kind_word", ["Nettverkssamling", "Nettverksmøte", "Fagsamling"])
def test_a_deck_cover_with_its_region_over_the_name_and_the_meeting_word(kind_word):
    """"Hallingdal" / "Faggruppe for reiseliv" / "Nettverkssamling" / "Gol, 14. mai 2025":
    the region's one word above the group's name (the other order from "Prosjektgruppa X"
    / "Kystregionen"): the name is the title and the body, the region its parent, and the
    gathering's word ("Nettverkssamling") names no network of its own."""
    text = ("\n\nHallingdal\n\nFaggruppe for reiseliv\n\n" + kind_word + "\n\n"
            "Gol, 14. mai 2025\n\nDagsorden\n\n- Status for planen\n- Sommarsesongen\n\n"
            "Status for planen\n\n12 tiltak\n\nSommarsesongen\n\nFleire gjester\n")
    record = parse_bytes(text.encode(), "lysark.txt")
    assert (record.title, record.body, record.organization) == (
        "Faggruppe for reiseliv", "Faggruppe for reiseliv", "Hallingdal")

@pytest.mark.parametrize("region, county", [("Vest-Telemark", "Vestfold og Telemark"),
                                            ("Nord-Troms", "Troms")])
def test_a_county_s_letterhead_over_a_network_in_a_part_of_the_county(region, county):
    # (s61b) "Vestfold og Telemark fylkeskommune" over "… kulturnettverket i Vest-Telemark":
    # a part of the county by its quarter; the county is the parent, the region stays in
    # the body's name
    record = parse_bytes((f"{county} fylkeskommune\n\n"
                          f"Referat fra samling i kulturnettverket i {region}\n\n"
                          "Dato: 21. oktober 2025\n\nTil stede: Kari Holm, Per Dahl\n\n"
                          "Sak 1 Velkommen\n\nIngen merknader.\n").encode(), "samling.txt")
    assert (record.body, record.organization) == (f"Kulturnettverket i {region}",
                                                  f"{county} fylkeskommune")


def test_a_county_s_letterhead_over_another_county_s_part_is_no_parent():
    record = parse_bytes((b"Innlandet fylkeskommune\n\n"
                          b"Referat fra samling i kulturnettverket i Vest-Telemark\n\n"
                          b"Dato: 21. oktober 2025\n\nTil stede: Kari Holm, Per Dahl\n\n"
                          b"Sak 1 Velkommen\n\nIngen merknader.\n"), "samling.txt")
    assert (record.body, record.organization) == ("Kulturnettverket", "Vest-Telemark")


_COVER_DECK = ("\n\n\n{owner}\n\n{name}\n\n{kind_day}\n\n{place}\n\nAgenda\n\n1. Velkommen\n"
               "2. Status\n3. Veien videre\n\nStatus\n\n- Planen er klar\n- Høring i mars\n\n"
               "Veien videre\n\nSekretariatet sender ut presentasjonene.\n\n"
               "Takk for i dag!\n\npost@vest-dal.no\n")


def test_a_decks_meeting_line_of_kind_and_day_set_apart_titles_nothing():
    # (s61k) "Folkehelsenettverket i Vestdal" / "Nettverkssamling 14. november 2024" /
    # "Rådhuset, Vestby kl. 09.30–14.00": the cover's text boxes, the network's name the title
    record = parse_bytes(_COVER_DECK.format(
        owner="Vestdal\n\nFYLKESKOMMUNE", name="Folkehelsenettverket i Vestdal",
        kind_day="Nettverkssamling 14. november 2024",
        place="Rådhuset, Vestby kl. 09.30–14.00").encode(), "deck.txt")
    assert record.kind == "presentation"
    assert record.title == "Folkehelsenettverket i Vestdal"
    assert record.meeting.date == "2024-11-14"


def test_a_decks_regional_council_over_the_network_of_its_region_is_the_parent():
    # (s61k) "Vest-Dalrådet" over "Kulturnettverket i Vest-Dal": the council the deck
    # names is the parent, the network keeps its region in its name; the middle dot that
    # parted the venue from the hours goes
    record = parse_bytes(_COVER_DECK.format(
        owner="Vest-Dalrådet", name="Kulturnettverket i Vest-Dal",
        kind_day="Samling 22. januar 2025", place="Dalen hotell, Vestby · kl. 10.00–14.30",
    ).encode(), "deck.txt")
    assert (record.body, record.organization) == ("Kulturnettverket i Vest-Dal", "Vest-Dalrådet")
    assert record.meeting.location == "Dalen hotell, Vestby"


_MAIL = ("Fra: Kari Holt\nSendt: fredag 15. november 2024 14:12\nTil: Faggruppe plan\n"
         "Emne: {subject}\n\nHei alle,\n\n{said}\n\nTilstede: Kari Holt (Vestrådet), "
         "Ola Dal (Seljord)\n\nArealplan\nKari orienterte om planen. Tatt til orientering.\n\n"
         "Eventuelt\nIngen saker.\n\nMvh\nKari\n")


@pytest.mark.parametrize("said", [
    "Under følger referat fra Teams-møtet i faggruppa for plan, kl. 09.00–10.30.",
    "Kort referat fra dagens møte i faggruppa for plan (kl. 09–10.30).",
    "Her er en oppsummering fra møtet i faggruppe for plan i Vestrådet, torsdag 14. "
    "november kl. 09.00–10.30.",
])
def test_a_mails_sentence_on_the_minutes_gives_the_hours_beside_the_subjects_day(said):
    # (s62d) the day from the subject ("… 14.11"), the hours from the mail's own words on
    # the minutes it carries, with no day or the meeting's own beside them
    record = parse_bytes(_MAIL.format(subject="Referat fra møte i faggruppe for plan 14.11",
                                      said=said).encode(), "mail.txt")
    assert record.meeting.date == "2024-11-14"
    assert (record.meeting.start, record.meeting.end) == ("09:00", "10:30")


def test_a_subjects_channel_before_the_meeting_word_is_no_part_of_the_body():
    # (s62d) "Referat fra Teams-møte nettverk barnehagemyndighet Indre Østfold 5. februar":
    # the network that met, without how it met
    record = parse_bytes(_MAIL.format(
        subject="Referat fra Teams-møte nettverk barnehagemyndighet Indre Østfold 14. november",
        said="Her er referatet.").encode(), "mail.txt")
    assert record.body == "Nettverk barnehagemyndighet Indre Østfold"
def test_a_copied_pages_menu_word_over_the_protocol_is_no_title():
    # "Møtekalender" among the site's menu lines named a document of no meeting (kind
    # other), and the protocol under it lost its meeting, people and items
    text = ("Hopp til hovudinnhald\nNordby kommune\nMeny\nMøtekalender\nPostliste\n\n"
            "Møteprotokoll\n\nUtval:\tVestdal regionråd\nMøtedato:\t14.02.2025\n\n"
            "Faste medlemer som møtte:\nKari Holm\tLeiar\tNordby kommune\n\n"
            "PS 1/25 Godkjenning av innkalling\nSamrøystes vedteke.\n")
    record = parse_bytes(text.encode(), "side.txt")
    assert (record.kind, record.title, record.meeting.date) == (
        "minutes", "Møteprotokoll", "2025-02-14")


def _council_under_letterhead(members: str):
    return parse_bytes(("Nordby kommune\n\nMøteprotokoll\n\nUtval: Fjordrådet\n"
                        f"Møtedato: 14.02.2025\n\nFaste medlemer som møtte:\n{members}\n\n"
                        "PS 1/25 Godkjenning av innkalling\nSamrøystes vedteke.\n").encode(),
                       "protokoll.txt")


def test_a_municipality_over_a_council_seating_several_is_the_host_no_parent():
    record = _council_under_letterhead("Kari Holm\tLeiar\tNordby kommune\n"
                                       "Per Lie\tMedlem\tSørby herad\n"
                                       "Eva Dahl\tMedlem\tVestby kommune")
    assert (record.body, record.organization) == ("Fjordrådet", None)


def test_a_municipality_over_its_own_council_stays_its_parent():
    record = _council_under_letterhead("Kari Holm\tLeiar\tNordby kommune\n"
                                       "Per Lie\tMedlem\tNordby kommune")
    assert record.organization == "Nordby kommune"


def test_a_head_tables_value_that_repeats_the_site_banner_is_the_body():
    # the banner's "Vestdal regionråd" again in the head table set out one cell a line
    # ("Utvalg:" over it) was dropped as a running header, and the slogan became the body
    page = ("<html><body><div><span>Vestdal regionråd</span><br><span>Samarbeid for vekst</span>"
            "</div><table><tr><td colspan=4><h1>Møteprotokoll</h1></td></tr>"
            "<tr><td><b>Utvalg:</b></td><td>Vestdal regionråd</td><td><b>Møtedato:</b></td>"
            "<td>18.06.2024</td></tr></table>"
            "<p><b>Faste medlemmer som møtte:</b><br>Kari Holm (Nordby) og Per Lie (Sørby)</p>"
            "<h3>PS 1/24 Godkjenning av innkalling</h3><p>Enstemmig vedtatt.</p></body></html>")
    record = parse_bytes(page.encode(), "protokoll.html")
    assert (record.body, record.meeting.date) == ("Vestdal regionråd", "2024-06-18")


def test_a_joint_council_of_two_municipalities_serves_them():
    # "… for X og Y kommuner" names the organisation as "… i X kommune" does
    assert body_and_organization(
        "Felles råd for personer med funksjonsnedsettelse for Frosta og Levanger kommuner") == (
        "Felles råd for personer med funksjonsnedsettelse", "Frosta og Levanger kommuner")


@pytest.mark.parametrize(("title", "body", "organization"), [
    # a place before the kind's word: the name is the network's own, not its parent's
    ("Referat frå nettverksmøte i Sunnfjord folkehelsenettverk",
     "Sunnfjord folkehelsenettverk", None),
    ("Referat fra faggruppemøte i Indre Agder faggruppe for helse",
     "Indre Agder faggruppe for helse", None),
    # (a council the network belongs to stays its parent; a board's meeting in a club too)
    ("Referat fra nettverksmøte i Sunnhordland regionråd", "Nettverket", "Sunnhordland regionråd"),
    ("Referat fra styremøte i Lia vel", "Styret", "Lia vel"),
])
def test_a_meeting_in_a_body_of_its_own_kind_names_that_body(title, body, organization):
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize(("title", "body", "organization"), [
    # (s63f) a parent's name in brackets after the group's, and a meeting app's "– notater
    # fra nettverksmøte" after the body's name
    ("Prosjektgruppe felles arkiv (Hallingdal IKT) – møtenotater",
     "Prosjektgruppe felles arkiv", "Hallingdal IKT"),
    ("Folkehelsenettverket Vesterålen – notater fra nettverksmøte",
     "Folkehelsenettverket Vesterålen", None),
    # the group's own initials in brackets stay with its name
    ("Referat fra Arbeidsutvalget (AU)", "Arbeidsutvalget (AU)", None),
])
def test_a_bracketed_parent_and_an_apps_notes_words_after_the_body(title, body, organization):
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize(("line", "place"), [
    # (s63f) a meeting app's head line parts day, hours and place by middle dots: the place
    # is the whole last part, a room and a channel alike
    ("Torsdag 15. mai 2025 · 13:00 – 14:30 · Kongsvinger rådhus, møterom Vinger / Teams",
     "Kongsvinger rådhus, møterom Vinger / Teams"),
    ("torsdag 3. april 2025 · 14:00–15:30 · Teams", "Teams"),
])
def test_the_place_after_a_head_lines_middle_dot(line, place):
    text = f"# Prosjektgruppe Ung i jobb\n\n{line}\n\n## 1. Referat\nGodkjent.\n\n## 2. Eventuelt\n"
    record = parse_bytes(text.encode(), "ung.md")
    assert record.meeting.location == place
    assert (record.meeting.start, record.meeting.end) in (("13:00", "14:30"), ("14:00", "15:30"))
def test_a_head_grid_of_two_when_and_where_labels_over_their_values():
    # (s63e) "Dato og tid | Sted" over one row of values: the labels of that row, not
    # "Dato og tid: Sted"; the letterhead's own "Dato:" then dates the document
    text = ("Nordby Revisjon IKS\nDato: 16.06.2025\n\nProtokoll fra representantskapet\n\n"
            "Dato og tid\tSted\n12. juni 2025 kl. 12.00–14.15\tNordby rådhus, møterom Grip\n\n"
            "Til stede: Kari Holm, Per Dahl\n\nSak 1/25 Godkjenning av innkalling\n"
            "Innkallingen ble godkjent.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert (record.meeting.date, record.meeting.start, record.meeting.location,
            record.document_date) == ("2025-06-12", "12:00", "Nordby rådhus, møterom Grip",
                                      "2025-06-16")
def test_a_page_header_naming_the_body_gives_its_parent_in_the_first_field():
    # pdftotext -layout: "Regionrådet for X ⇥ Faggruppe landbruk" over the heading
    text = ("Regionrådet for Vestdalen                         Faggruppe landbruk\n\n"
            "REFERAT FRÅ MØTE I FAGGRUPPE LANDBRUK\n\nDato: 12.03.2025\nStad: Rådhuset\n\n"
            "1. Godkjenning av innkalling\nInnkalling vart godkjend.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == ("Faggruppe landbruk",
                                                  "Regionrådet for Vestdalen")


def test_a_lone_document_word_over_its_spelled_out_heading_is_no_title():
    # "SAMANDRAG" at the letterhead's right is the page's label; the heading is below
    text = ("Vestdalsrådet\n                                        SAMANDRAG\n\n"
            "      Samandrag frå møte i administrativ gruppe i Vestdalsrådet\n\n"
            "Dato: 6. mai 2025\nStad: Teams\n\nSak 12/25 Godkjenning\nGodkjend.\n")
    record = parse_bytes(text.encode(), "samandrag.txt")
    assert record.title == "Samandrag frå møte i administrativ gruppe i Vestdalsrådet"


def test_a_banner_with_region_and_cooperation_names_the_network_of_the_title():
    # "Referat frå nettverksmøte" names the kind; the line above it names the network
    text = ("Vestdalen interkommunale nettverk for barnevern\nReferat frå nettverksmøte\n"
            "Møtedato:\n25.09.2025\nSak 14/25 Godkjenning\nGodkjend.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.body == "Vestdalen interkommunale nettverk for barnevern"


def test_the_cooperation_a_municipality_keeps_the_secretariat_of_is_the_parent():
    # (s63i) "Nordby kommune" / "Sekretariat for Helsefellesskapet Vest" over a forum's
    # title: the forum belongs to the health cooperation, not to the municipality
    text = ("Nordby kommune\nSekretariat for Helsefellesskapet Vest\n\n"
            "Referat – Faglig samarbeidsutvalg for rus og psykisk helse\n\n"
            "Dato: 3. juni 2025\nSted: Teams\n\nTil stede: Kari Holm, Per Dahl\n\n"
            "Sak 1/25 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    record = parse_bytes(text.encode(), "fsu.txt")
    assert (record.body, record.organization) == (
        "Faglig samarbeidsutvalg for rus og psykisk helse", "Helsefellesskapet Vest")


def test_initials_in_the_title_spelled_out_on_the_letterhead():
    # (s63i) the letterhead line names the body in full with its initials in brackets and
    # the trust it belongs to; the title calls it by the initials alone
    text = ("Sykehuset Vestby HF\nPraksiskonsulentordningen (PKO) ved Sykehuset Vestby HF\n\n"
            "Referat fra PKO-møte\n\nDato: 14. januar 2026\n\n"
            "Deltakere: Anders Wik, Ragnhild Sætre\n\n1. Godkjenning av referat\n"
            "Referatet ble godkjent.\n")
    record = parse_bytes(text.encode(), "pko.txt")
    assert (record.body, record.organization) == (
        "Praksiskonsulentordningen (PKO)", "Sykehuset Vestby HF")


def test_a_partnership_meeting_the_text_calls_by_its_meetings_name():
    # (s63i) "Partnerskapsmøte" in the title, "Partnerskapsmøtet vedtar …" in the text: the
    # health cooperation's top forum, as the minutes name it
    text = ("REFERAT PARTNERSKAPSMØTE\n\nDato: 12. desember 2025\n\n"
            "Til stede: Kari Holm, Per Dahl\n\nSak 8/25 Handlingsplan\n"
            "Vedtak: Partnerskapsmøtet vedtar handlingsplanen.\n")
    record = parse_bytes(text.encode(), "partnerskap.txt")
    assert record.body == "Partnerskapsmøtet"
@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Referat fra møte i Nettverk for folkehelse i Kongsvingerregionen",
     "Nettverk for folkehelse", "Kongsvingerregionen"),
    ("Referat frå møte i nettverk for kulturskular i Sunnfjord",
     "Nettverk for kulturskular", "Sunnfjord"),  # (the body's name capitalised)
])
def test_the_region_a_network_is_named_for_is_its_organization(title, body, organization):
    # (s63n) the corpus's reading (as "Nettverk for folkehelse i Østdalen"): the network
    # as the text names it up to "i", the region (its cooperation) the parent it serves
    text = (f"{title}\n\nDato: 5. februar 2026\nSted: Teams\n\n"
            "Til stede: Hilde Brenden (Eidskog kommune), Arne Lier (Grue kommune)\n\n"
            "1. Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == (body, organization)


@pytest.mark.parametrize(("line", "served"), [
    ("Sekretariat for Helsefellesskapet Vest", "Helsefellesskapet Vest"),
    ("Sekretariatet i Kinnarådet, 12. mai 2025", "Kinnarådet"),
    ("For sekretariatet, Fjellregionen interkommunale politiske råd",
     "Fjellregionen interkommunale politiske råd"),
    ("Vestlandsrådet – sekretariatet", "Vestlandsrådet"),
    ("Sekretariatet orienterte om budsjettet for neste år.", None),
    ("Nordby kommune", None),
])
def test_a_secretariats_line_names_the_cooperation_it_serves(line, served):
    """One reading of "Sekretariat(et) for/i X" and "X – sekretariatet" serves the
    letterhead, the page's edges, the date line and the signature alike."""
    assert secretariat_served(line) == served


def test_a_letterhead_naming_the_cooperation_a_title_ends_in_with_its_region_is_the_parent():
    # (s68f) "… for museumssamarbeidet i Tindvik" under the letterhead "Museumssamarbeidet
    # i Tindvik": the group's cooperation is the parent, not the region alone; without
    # the letterhead the region after the cooperation is
    title = "Referat frå møte i styringsgruppa for museumssamarbeidet i Tindvik"
    tail = "\n\nDato: 18.06.2025\n\n1. Eventuelt\nIngen saker.\n"
    record = parse_bytes(f"Museumssamarbeidet i Tindvik\n\n{title}{tail}".encode(), "m.txt")
    assert (record.body, record.organization) == (
        "Styringsgruppa for museumssamarbeidet", "Museumssamarbeidet i Tindvik")
    record = parse_bytes(f"{title}{tail}".encode(), "m.txt")
    assert record.organization == "Tindvik"


def test_a_letterhead_over_a_group_of_the_cooperation_is_its_parent():
    # (s64c) "Styringsgruppa for innkjøpssamarbeidet" is the cooperation's group, not the
    # cooperation itself: the letterhead naming it in full is the parent; so is a name
    # before its address on one line parted by middle dots
    text = ("Innkjøpssamarbeidet i Valdres\n\n"
            "Referat fra møte i Styringsgruppa for innkjøpssamarbeidet\n\n"
            "Dato: 23.01.2025\n\n1. Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "styringsgruppe.txt")
    assert (record.body, record.organization) == (
        "Styringsgruppa for innkjøpssamarbeidet", "Innkjøpssamarbeidet i Valdres")
    text = ("Møtereferat 3/2025\n"
            "Midt-Agder innkjøpssamarbeid · Rådhusgata 4, 4500 Mandal\n\n"
            "Referat fra møte i arbeidsgruppa for IKT\n\n"
            "Dato: 23.01.2025\n\n1. Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "arbeidsgruppe.txt")
    assert record.organization == "Midt-Agder innkjøpssamarbeid"


def test_a_mails_thanks_for_the_meeting_without_an_article_names_where():
    # (s64c) "Takk for godt møte på Teams i går": the praise without "et" before it
    text = ("Fra: Nina Solberg <nina@example.no>\nSendt: torsdag 9. oktober 2025 14:12\n"
            "Emne: Oppsummering fra innkjøpsforum 8. oktober\n\nHei alle,\n\n"
            "Takk for godt møte på Teams i går. Her er en kort oppsummering.\n\n"
            "1) Skolemelk\nAvtalen forlenges.\n")
    record = parse_bytes(text.encode(), "epost.txt")
    assert (record.meeting.date, record.meeting.location) == ("2025-10-08", "Teams")
def test_a_network_named_only_in_the_page_header_is_the_body_that_met():
    # (s64e) a Word header "Nettverk for kulturskulane i Sunnhordland" over the title
    # "Referat frå nettverksmøte": the network up to "i", its region the organisation
    import docx
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Nettverk for kulturskulane i Sunnhordland"
    document.add_heading("Referat frå nettverksmøte", level=1)
    document.add_paragraph("Møtedato: 12.02.2026")
    document.add_paragraph("Til stades: Solveig Ådland (leiar), Magnus Vikanes")
    out = io.BytesIO()
    document.save(out)
    record = parse_bytes(out.getvalue(), "referat.docx")
    assert (record.title, record.body, record.organization) == (
        "Referat frå nettverksmøte", "Nettverk for kulturskulane", "Sunnhordland")


def test_the_kind_of_document_beside_the_sender_yields_to_the_meetings_heading():
    # (s64e) a letterhead table "Faggruppe kultur – Vest-Telemarkrådet | Referat" over the
    # heading "Møte i faggruppe kultur 4. mars 2026": the cell is the kind of document, the
    # heading the title; the row pairs the group with its council (the parent)
    html = ("<table><tr><td>Faggruppe kultur – Vest-Telemarkrådet</td><td>Referat</td></tr>"
            "</table><p>Dato: 10.03.2026</p><h1>Møte i faggruppe kultur 4. mars 2026</h1>"
            "<p>Til stede: Anne Bøen (Kviteseid kommune), Lars Dalen (Tokke kommune)</p>"
            "<h2>Sak 05/26 Godkjenning</h2><p>Godkjent.</p>")
    record = parse_bytes(html.encode(), "referat.html")
    assert (record.title, record.body, record.organization) == (
        "Møte i faggruppe kultur 4. mars 2026", "Faggruppe kultur", "Vest-Telemarkrådet")


@pytest.mark.parametrize("council", ["Ungdomsrådet", "Eldrerådet", "ELDRERÅDET"])
def test_a_council_of_a_kind_over_a_working_groups_title_is_no_parent(council):
    # (s64e) every municipality has its eldreråd and ungdomsråd: named by the kind alone it
    # is a body, no region, county or cooperation (the spec's organisation)
    text = (f"{council}\n\nReferat fra arbeidsgruppe for kulturmønstring\n\n"
            "Tid: 20.01.2026 kl. 17.00\n\nTil stede: Emma Lie (leder), Jonas Øien\n\n"
            "1. Dato\nGruppen ble enig om dato.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == (
        "Arbeidsgruppe for kulturmønstring", None)


def test_a_regional_councils_one_word_name_over_a_working_group_is_its_parent():
    # (s64e) the same place held by "Vestlandsrådet": a cooperation, the group's parent
    text = ("Vestlandsrådet\n\nReferat fra arbeidsgruppe for kulturmønstring\n\n"
            "Tid: 20.01.2026 kl. 17.00\n\nTil stede: Emma Lie (leder), Jonas Øien\n\n"
            "1. Dato\nGruppen ble enig om dato.\n")
    assert parse_bytes(text.encode(), "referat.txt").organization == "Vestlandsrådet"


@pytest.mark.parametrize(("head", "body", "org"), [
    ("Samarbeidsrådet for Midt-Agder – arbeidsutvalget\n\nReferat",
     "Arbeidsutvalget", "Samarbeidsrådet for Midt-Agder"),
    ("Referat fra møte i Samarbeidsrådet for Midt-Agder – arbeidsutvalget",
     "Arbeidsutvalget", "Samarbeidsrådet for Midt-Agder"),
    ("Referat fra Samarbeidsrådet for Midt-Agder sitt arbeidsutval",
     "Samarbeidsrådet for Midt-Agder sitt arbeidsutval", "Samarbeidsrådet for Midt-Agder"),
    ("Referat fra Regionrådet for Hadelands arbeidsutvalg",
     "Regionrådet for Hadelands arbeidsutvalg", "Regionrådet for Hadeland"),
    ("Referat fra møte i Samarbeidsrådet for Midt-Agder", "Samarbeidsrådet for Midt-Agder", None),
    ("Samarbeidsrådet for Midt-Agder\n\nReferat fra møte i arbeidsutvalget",
     "Arbeidsutvalget", "Samarbeidsrådet for Midt-Agder")])
def test_a_council_named_for_its_region_stays_whole(head, body, org):
    # (s64e) "Samarbeidsrådet for Midt-Agder" is one name, the council of that region: the
    # parent of a committee a dash or a possessive pairs it with, never cut at "for"
    text = (f"{head}\n\nTid: 20.01.2026 kl. 17.00\n\nTil stede: Emma Lie, Jonas Øien\n\n"
            "1. Dato\nGruppen ble enig om dato.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == (body, org)
@pytest.mark.parametrize(("title", "body", "organization"), [
    ("Referat frå møte i arbeidsutvalet til fellesnemnda for nye Sunnfjord kommune",
     "Arbeidsutvalet til fellesnemnda", "nye Sunnfjord kommune"),
    ("Protokoll fra fellesnemnda for nye Dalby kommune", "Fellesnemnda", "nye Dalby kommune"),
    # a project to build something new keeps its name whole
    ("Referat fra prosjektgruppa for nye Solvang barnehage",
     "Prosjektgruppa for nye Solvang barnehage", None),
])
def test_the_new_municipality_a_merger_makes_is_its_bodies_parent(title, body, organization):
    assert body_and_organization(title) == (body, organization)


def test_a_new_municipality_s_letterhead_over_members_from_the_old_ones():
    # the old municipalities seat the fellesnemnd, and the new one it prepares is its parent
    # (a municipality's letterhead over three others' members is only the host's)
    text = ("Nye Dalby kommune\n\nPROTOKOLL FRA MØTE I FELLESNEMNDA\n\n"
            "Møtedato: 13.06.2018\n\nTil stede:\nFra Nordby kommune: Kari Holm, leder\n"
            "Fra Sørby kommune: Per Berg\nFra Vestby kommune: Liv Dahl\n\n"
            "FN-sak 1/18 Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "fn.txt")
    assert (record.body, record.organization) == ("Fellesnemnda", "Nye Dalby kommune")


def test_a_company_under_founding_on_the_letterhead_is_the_interim_board_s_parent():
    text = ("ØSTVIK VANN OG AVLØP IKS (under stiftelse)\n"
            "Protokoll fra møte i interimsstyret\n\nMøtedato: 27. november 2019\n\n"
            "Til stede: Kari Holm (styreleder), Per Berg\n\n"
            "Sak 1/19 Selskapsavtale\nGodkjent.\n")
    record = parse_bytes(text.encode(), "is.txt")
    assert (record.body, record.organization) == ("Interimsstyret", "Østvik Vann og Avløp IKS")


def test_a_fagdag_in_a_network_names_the_network_as_the_body():
    # (s64l) "Referat fra fagdag i nettverk for …": the day is the network's meeting
    text = ("Referat fra fagdag i nettverk for innkjøp i Salten\n\nDato: 3. mars 2026\n\n"
            "Til stede: Kari Holm, Ola Berg\n\nSak 1 Rammeavtaler\nAvtalene ble gjennomgått.\n")
    record = parse_bytes(text.encode(), "fagdag.txt")
    assert (record.body.casefold(), record.organization) == ("nettverk for innkjøp", "Salten")


def test_a_service_its_members_lead_in_definite_form_stays_in_the_networks_name():
    # (s64k) "… i PP-tenesta" names whom the network gathers, no parent's proper name;
    # "… i Kystregionen" is still the parent
    assert body_and_organization("Referat frå samling i nettverk for leiarar i PP-tenesta") == (
        "Nettverk for leiarar i PP-tenesta", None)
    assert body_and_organization("Referat fra møte i arbeidsutvalget i Kystregionen") == (
        "Arbeidsutvalget", "Kystregionen")


@pytest.mark.parametrize("letterhead", ["KOMPETANSESENTERET VEST", "**Regionkontoret Hallingdal**"])
def test_a_services_letterhead_is_no_body_that_met(letterhead: str) -> None:
    # (s64k) the guide's body is the one that met: a centre or an office whose letterhead
    # stands over a network's or a programme's gathering did not (whether it is the
    # parent the guide does not say, so that is left unasserted)
    text = (f"{letterhead}\nPostboks 214, 6801 Førde\n\nOppsummering – samling 2 i "
            "Lederprogrammet for oppvekst\n\nTid: 4. februar 2026, kl. 09.00–15.30\n\n"
            "1. Erfaringer\nDeltakerne delte erfaringer.\n")
    record = parse_bytes(text.encode(), "referat.md")
    assert record.body is None or not any(
        word in record.body.casefold() for word in ("senter", "kontor"))
    assert record.meeting.date == "2026-02-04"


@pytest.mark.parametrize(("above", "title", "organization"), [
    # (s65d) the region of the school and kindergarten competence schemes (DEKOMP,
    # REKOMP), by its place first or by its word first, over its forum's minutes
    ("Vestdal kompetanseregion", "Referat frå møte i samarbeidsforumet",
     "Vestdal kompetanseregion"),
    ("Kompetanseregion Indre Vestdal", "Referat frå møte i samarbeidsforumet",
     "Kompetanseregion Indre Vestdal"),
    # a council's letterhead with its programme after a middle dot: the council alone,
    # preferred to the region the network's name ends in
    ("Vestdal regionråd · Kompetanseløftet",
     "Referat frå kompetansenettverket for spesialpedagogikk i Vestdal", "Vestdal regionråd"),
])
def test_a_competence_region_over_the_title_is_the_parent_of_its_forum(above, title,
                                                                       organization):
    text = (f"{above}\n\n{title}\n\nDato: 5. september 2024\n\nTil stades: Kari Holm, "
            "Ola Berg\n\nSak 12/24 Tildeling av midlar\nFordelinga vart vedteken.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.organization == organization
@pytest.mark.parametrize(("title", "body", "organization"), [
    # (s65c) "beredskap" is a state, no body "Beredskapet" as "representantskap" is one
    ("Referat – beredskapsmøte kommunedirektørar og kommuneoverlegar i Nordhordland",
     "Beredskapsmøte kommunedirektørar og kommuneoverlegar", "Nordhordland"),
    ("Protokoll fra representantskapsmøte", "Representantskapet", None),
    # the week a weekly forum numbers its minutes by is no body "Veke 3"
    ("Referat veke 3 – møte 19.01.2021", None, None),
    ("Referat uke 12 - møte 23.03.2021", None, None),
])
def test_a_meeting_on_preparedness_names_no_body_beredskapet(title, body, organization):
    text = f"{title}\n\nDato: 03.12.2021\n\n1. Situasjonsbilde\nStabilt.\n"
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == (body, organization)


@pytest.mark.parametrize("top", ["Lillehammer-regionen – kommuneoverlegeforum\nDato: 02.02.2022",
                                 "Sunnfjord og Ytre Sogn – kommuneoverlegeforum"])
def test_a_region_paired_with_the_body_in_a_running_header_is_its_organisation(top):
    # (s65c) the region on one side of the dash, the body's word on the other
    text = (f"{top}\nREFERAT KOMMUNEOVERLEGEFORUM\nMøtetid: 1. februar 2022 kl. 08.30–09.00\n\n"
            "1. Situasjonsbilde\nStabilt.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.body == "Kommuneoverlegeforum"
    assert record.organization == top.split(" – ")[0]


def test_a_mail_s_summary_of_today_s_teams_meeting_gives_hours_and_channel():
    # (s65c) "fra dagens Teams-møte i … (kl. 08.00–08.45)": the day's genitive before the
    # compound; the channel joined to the meeting word is its place
    text = ("Fra: Eirik Hovland\nSendt: fredag 20. november 2020 09:14\nTil: Forumet\n"
            "Emne: Oppsummering kommuneoverlegeforum 20.11.2020\n\nHei alle,\n\n"
            "her er en kort oppsummering fra dagens Teams-møte i kommuneoverlegeforum "
            "Haugalandet (kl. 08.00–08.45).\n\n1. Situasjonsbilde\nStabilt.\n")
    meeting = parse_bytes(text.encode(), "epost.txt").meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == (
        "2020-11-20", "08:00", "08:45", "Teams-møte")
@pytest.mark.parametrize("title", [
    "Referat – Beiteforum Heibygda, vårmøte 2025", "Referat – Beiteforum Heibygda, haustmøtet",
    "Referat – Beiteforum Heibygda – høstmøte"])
def test_the_season_s_meeting_after_the_body_names_no_body(title):
    # (s65b) "vårmøte", "haustmøtet" say which of the year's meetings it was, as
    # "arbeidsmøte" does; the forum before it is the body
    assert body_and_organization(title) == ("Beiteforum Heibygda", None)


def test_the_organisation_a_head_sentence_says_the_body_governs():
    # (s65b) "X er styringsorgan for Y." under the title: Y is the parent the text names
    text = ("Referat frå møte i landbruksutvalet\nDato: 12.03.2025\n\n"
            "Landbruksutvalet er styringsorgan for Heidal landbrukskontor.\n\n"
            "Til stades: Kari Holm (møteleiar), Ola Dahl\n\nSak 1/25 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == ("Landbruksutvalet",
                                                  "Heidal landbrukskontor")
def test_a_swedish_protocol_dates_its_sitting_and_names_its_notes():
    # "Sammanträde den 14 mars 2024" under the body dates the meeting as "Møte den …"
    # does; "Minnesanteckningar från möte i styrgruppen för X" is minutes of that group
    protocol = ("PROTOKOLL\n\nGränskommittén Ed–Halden\nSammanträde den 14 mars 2024\n\n"
                "Tid: kl. 10.00–12.00\nPlats: Stadshuset\n\nNärvarande: Eva Lind, Ola Berg\n\n"
                "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n")
    record = parse_bytes(protocol.encode(), "protokoll.txt")
    assert (record.body, record.meeting.date) == ("Gränskommittén Ed–Halden", "2024-03-14")
    notes = ("Minnesanteckningar från möte i styrgruppen för Gröna gränser\n\n"
             "Datum: 2024-05-21\nTid: 13.00–15.00\n\nDeltagare: Eva Lind, Ola Berg\n\n"
             "1. Lägesrapport\nStyrgruppen noterade informationen.\n")
    record = parse_bytes(notes.encode(), "anteckningar.txt")
    assert (record.kind, record.body, record.meeting.date) == (
        "minutes", "Styrgruppen för Gröna gränser", "2024-05-21")
@pytest.mark.parametrize("title, body", [
    ("Møtebok – Nasjonalparkstyret for Fjellvidda nasjonalpark",
     "Nasjonalparkstyret for Fjellvidda nasjonalpark"),
    ("Protokoll fra møte i verneområdestyret for Blåheia verneområder",
     "Verneområdestyret for Blåheia verneområder"),
    ("Forvaltningsstyret for Dalsbygda landskapsvernområde",
     "Forvaltningsstyret for Dalsbygda landskapsvernområde"),
])
def test_a_protected_area_board_keeps_its_area_in_its_name(title, body):
    # (s65i) the area after "for" is what the board manages, no parent organisation
    assert body_and_organization(title) == (body, None)


def test_a_swedish_sitting_protocol_names_its_body_and_the_working_committee():
    # (s76d) "Sammanträdesprotokoll" is the document's word, no body: the name under it
    # is (a page count "Sida 1 (4)" between them no line of the text); "Protokoll fört vid
    # sammanträde med arbetsutskottet för Gränsrådet X" is the committee of that council
    record = parse_bytes("SAMMANTRÄDESPROTOKOLL\nSida 1 (4)\n\nGränskommittén Eda–Vik\n\n"
                         "Datum: 2024-03-03\n\n§ 1 Dagordning\nDagordningen godkändes.\n"
                         .encode(), "p.txt")
    assert (record.title, record.body) == ("SAMMANTRÄDESPROTOKOLL", "Gränskommittén Eda–Vik")
    assert body_and_organization("Protokoll fört vid sammanträde med arbetsutskottet för "
                                 "Gränsrådet Åre–Meråker") == ("Arbetsutskottet",
                                                               "Gränsrådet Åre–Meråker")
    assert body_and_organization("Sammanträdesprotokoll – Gränskommittén Dals-Ed–Marker") \
        == ("Gränskommittén Dals-Ed–Marker", None)


@pytest.mark.parametrize(("stage", "body"), [
    ("Vedtak i regionrådet - 12.09.2025", "Regionrådet"),
    ("Behandling i Arbeidsutvalet - 12.09.2025", "Arbeidsutvalet"),
])
def test_a_case_stage_before_its_day_names_the_body_when_the_head_does_not(stage, body):
    # a case system's protocol whose head names no body: "Vedtak i regionrådet - date" is
    # the body that dealt with the case that day, not a body called "Vedtak i regionrådet"
    text = ("Møteprotokoll\n\nMøtedato: 12.09.2025\n\nPS 23/25 Høring\n\n"
            "Forslag til vedtak\nRegionrådet ber om at kveldsavgangene opprettholdes.\n\n"
            f"Votering\nEnstemmig vedtatt.\n\n{stage}\nSaken utsettes til neste møte.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert (record.body, record.organization) == (body, None)


@pytest.mark.parametrize(("above", "title", "body", "organization"), [
    # (s66e) a board named for what it governs, then its working committee after a dash,
    # over the committee's title: the board is the committee's parent (7303, 7390)
    ("Nasjonalparkstyret for Lyngheia – arbeidsutvalget", "PROTOKOLL FRA ARBEIDSUTVALGET (AU)",
     "Arbeidsutvalget (AU)", "Nasjonalparkstyret for Lyngheia"),
    ("Verneområdestyret for Kvitfjell – arbeidsutvalet", "Protokoll frå møte i arbeidsutvalet",
     "arbeidsutvalet", "Verneområdestyret for Kvitfjell"),
    # the board over a title of its own meeting names the body itself, no parent
    ("Verneområdestyret for Kvitfjell", "Protokoll frå styremøte",
     "Verneområdestyret for Kvitfjell", None),
])
def test_a_named_board_over_its_working_committee_is_the_committee_s_parent(above, title, body,
                                                                            organization):
    text = (f"{above}\n\n{title}\n\nMøtedato: 12.03.2025\nStad: Teams\n\n"
            "Til stades: Kari Holm, leiar, Per Lie\n\nSak 1/25 Godkjenning av innkalling\n"
            "Innkallinga vart godkjend.\n")
    record = parse_bytes(text.encode(), "au.txt")
    assert (record.body, record.organization) == (body, organization)


def test_a_board_in_the_docx_page_header_over_its_committee_s_title_is_the_parent():
    # (s66e) the board's name only in the Word page header ("… – arbeidsutvalget"); the
    # body's title names the committee alone (7303)
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = (
        "Nasjonalparkstyret for Lyngheia – arbeidsutvalget")
    document.add_heading("PROTOKOLL FRA ARBEIDSUTVALGET (AU)", 1)
    document.add_paragraph("Møtedato: 12.03.2025")
    document.add_paragraph("Til stede: Kari Holm (leder), Per Lie")
    document.add_paragraph("Sak 1/25 Godkjenning av innkalling")
    document.add_paragraph("Innkallingen ble godkjent.")
    buffer = io.BytesIO()
    document.save(buffer)
    record = parse_bytes(buffer.getvalue(), "au.docx")
    assert (record.title, record.body, record.organization) == (
        "PROTOKOLL FRA ARBEIDSUTVALGET (AU)", "Arbeidsutvalget (AU)",
        "Nasjonalparkstyret for Lyngheia")
def test_a_letterhead_with_its_department_after_a_dash_names_the_organisation():
    # (s66c) "Rogaland fylkeskommune – Regional- og kulturavdelinga": the county
    text = ("Rogaland fylkeskommune – Regional- og kulturavdelinga\n\n"
            "Referat frå regionalt planforum 22. januar 2026\n\nSak 1 Referat\nGodkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == ("Regionalt planforum", "Rogaland fylkeskommune")


def test_a_name_under_a_bare_title_wrapped_after_og_goes_on():
    # (s66c) "REFERAT" / "Møte i nettverket for Gjøvik-, Hadeland- og" / "Valdresregionen":
    # the last of several regions is no parent
    text = ("REFERAT\nMøte i kollektivnettverket for Gjøvik-, Hadeland- og\nValdresregionen\n\n"
            "Dato: 21.01.2026\n\n1. Referat\nGodkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.body == "Kollektivnettverket for Gjøvik-, Hadeland- og Valdresregionen"
    assert record.organization is None
    assert body_and_organization("Nettverket for Gjøvik-, Hadeland- og Valdresregionen")[1] \
        is None
@pytest.mark.parametrize(("above", "organization"), [
    ("Sunnfjord barnevernteneste – vertskommunesamarbeid", "Sunnfjord barnevernteneste"),
    ("Barnevernet Nordfjell – interkommunalt samarbeid", "Barnevernet Nordfjell"),
    ("Partnarskapet Kinn kommune og NAV Vestland", "Partnarskapet Kinn kommune og NAV Vestland"),
])
def test_the_line_above_the_title_names_the_cooperation_the_group_serves(above, organization):
    # (s66k) a host-municipality service names itself in small letters before its kind;
    # a NAV samarbeidsutval's letterhead names the partnership of the kommune and NAV
    text = (f"{above}\n\nReferat frå styringsgruppa\n\nDato: 7. oktober 2026\n\n"
            "Sak 1/26 Budsjett\nGodkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == ("Styringsgruppa", organization)


@pytest.mark.parametrize(("title", "body"), [
    ("Referat fra nettverksmøte – Rus og psykisk helse nettverk Indre Østfold",
     "Rus og psykisk helse nettverk Indre Østfold"),
    ("Referat fra nettverksmøte – Kommunenettverk for digital samhandling",
     "Kommunenettverk for digital samhandling"),
])
def test_a_network_named_after_the_meeting_word_and_a_dash_is_the_body(title, body):
    # (s66k) the kind's word may stand inside the name, between the field and the region
    text = f"{title}\n\nDato: 3. november 2026\n\nSak 1/26 Status\nGodkjent.\n"
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == (body, None)


def test_a_topic_after_a_board_meeting_and_a_dash_names_no_body():
    text = "Styremøte – valg av nytt styre\n\nDato: 3. mars 2026\n\nSak 1/26 Valg\nGodkjent.\n"
    assert parse_bytes(text.encode(), "referat.txt").body != "valg av nytt styre"
def test_a_kick_off_names_the_network_it_starts():
    # (s66b) "Kick-off Startup-nettverk X": the gathering's word, then the network in its
    # indefinite form, which is the body that met
    text = ("# Referat: Kick-off Startup-nettverk Vestdal\n\n**Dato:** 9. januar 2025\n\n"
            "## 1. Velkommen\n\nLeder ønsket velkommen.\n")
    assert parse_bytes(text.encode(), "referat.md").body == "Startup-nettverk Vestdal"


def test_a_covers_hotel_under_its_town_and_day_is_the_venue():
    # (s66b) a deck's cover: "Svolvær, 27. august 2024, kl. 12.00–16.00" over "Thon Hotel
    # Lofoten, møterom Vågan": the hotel and its room, where in the town it was
    text = ("Reiselivsforum Nordkyst\n\nWorkshop: Bærekraftig reisemål\n\n"
            "Svolvær, 27. august 2024, kl. 12.00–16.00\n\nThon Hotel Lofoten, møterom Vågan\n\n"
            "Agenda\n\n1. Velkommen\n2. Status\n")
    meeting = parse_bytes(text.encode(), "deck.txt").meeting
    assert (meeting.date, meeting.start, meeting.location) == (
        "2024-08-27", "12:00", "Thon Hotel Lofoten, møterom Vågan")


def test_a_firms_letterhead_over_its_forum_is_the_parent():
    # (s66b) a destination company's name at the top ("Destinasjon Nordkyst AS", as a
    # county's or an IKS's letterhead) over the forum it runs: the forum's parent
    text = ("# Destinasjon Nordkyst AS\n\n# Referat fra møte i Reiselivsforum Nordkyst\n\n"
            "**Dato:** 3. mars 2025\n\n## 1. Velkommen\n\nLeder ønsket velkommen.\n")
    record = parse_bytes(text.encode(), "referat.md")
    assert (record.body, record.organization) == ("Reiselivsforum Nordkyst",
                                                  "Destinasjon Nordkyst AS")
def test_a_letterhead_with_the_sami_name_first_names_the_council():
    # "Čoahkkin / Møte i regionrådet": the meeting word in both languages, then the council
    # the letterhead names in Sami and in Norwegian (the Norwegian half is its name)
    record = parse_bytes("OARJE-VUOVDDI REGIONRÁĐĐI / VEST-VIDDA REGIONRÅD\n\n"
                         "Čoahkkin / Møte i regionrådet – referat\n\n"
                         "Áigi / Tid: 12.3.2025 kl. 10–14\n\nSak 1/25 Godkjenning\n"
                         "Godkjent.\n".encode(), "referat.txt")
    assert record.title == "Čoahkkin / Møte i regionrådet – referat"
    assert record.body.casefold() == "vest-vidda regionråd"
    assert record.organization is None


def test_a_web_page_whose_title_names_no_body_is_its_councils():
    # "Čoahkkin / Møte 3/2025 – referat" names no body; the page's <title> names the
    # council that published the minutes of its own meeting
    page = ("<html><head><title>Møte 3/2025 – Midt-Vidda regionråd</title></head><body>"
            "<h1>Čoahkkin / Møte 3/2025 – referat</h1>"
            "<p><strong>Áigi / Tid:</strong> 26.8.2025 kl. 10.00–14.30</p>"
            "<h3>Sak 17/25 Godkjenning av innkalling</h3><p>Godkjent.</p></body></html>")
    record = parse_bytes(page.encode(), "mote.html")
    assert (record.body, record.organization) == ("Midt-Vidda regionråd", None)


@pytest.mark.parametrize("place", ["Teams (Vardø, Kirkenes og Unjárga / Nesseby)",
                                   "Teams (Alta, Hammerfest, Kautokeino og Loppa)"])
def test_a_bracket_listing_the_towns_of_a_digital_meeting_is_part_of_its_place(place):
    # however many towns, names and their joins are no remark in brackets
    record = parse_bytes(f"Referat\n\nTid: 5.6.2025 kl. 09.00\nSted: {place}\n\n"
                         "Sak 1/25 Godkjenning\nGodkjent.\n".encode(), "referat.txt")
    assert record.meeting.location == place


def test_a_sentence_in_brackets_after_the_place_is_still_a_remark():
    record = parse_bytes("Referat\n\nTid: 5.6.2025 kl. 09.00\nSted: Teams (lenke sendes ut "
                         "til alle på e-post)\n\nSak 1/25 Godkjenning\nGodkjent.\n".encode(),
                         "referat.txt")
    assert record.meeting.location == "Teams"


@pytest.mark.parametrize("top", ["DRIFTSASSISTANSEN FOR VA I NORDFJORD",
                                 "Driftsassistansen for vann og avløp i Innherred"])
def test_a_driftsassistanse_letterhead_names_the_organisation(top):
    # (s67c) the municipalities' joint operating support for water and sewage is named by
    # its field and region, no company word after it, over its steering group's minutes
    text = (f"{top}\n\nMøtereferat – styringsgruppa\n\nMøtedag: 10. februar 2026\n\n"
            "Til stades: Gunn Sandvik (leiar), Arild Hjelle\n\n"
            "1/26 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "r.txt")
    # (a shouted name in normal case, s73q)
    assert (record.body, record.organization) == (
        "Styringsgruppa", "Driftsassistansen for VA i Nordfjord" if top.isupper() else top)


def test_a_driftsassistanse_named_only_in_the_running_header_is_the_organisation():
    # (s67c) a PDF's text copy: "Driftsassistansen … (DIVA-I)   Side 1 av 2" on every page,
    # left out as page furniture, names the cooperation whose annual meeting met
    header = "Driftsassistansen for vann og avløp i Innherred (DIVA-I)                Side {} av 2"
    text = (f"{header.format(1)}\n\nREFERAT FRA ÅRSMØTE 2026\n\n"
            "Tid og sted: 19.03.26 kl 10.00 – 14.30, Levanger rådhus\n\n"
            "Deltakere: Knut Skjervold (Levanger), Berit Aune (Verdal)\n\n"
            "Sak 1   Årsmelding 2025\n\nÅrsmeldingen ble godkjent.\n\n"
            f"{header.format(2)}\n\nSak 2   Eventuelt\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "r.txt")
    assert record.organization == "Driftsassistansen for vann og avløp i Innherred (DIVA-I)"
def test_a_mountain_boards_letterhead_over_a_bare_title_is_the_body_that_met():
    # (s67d) "VINJE FJELLSTYRE" over "MØTEBOK": a fjellstyre meets itself, no parent
    record = parse_bytes("VESTDAL FJELLSTYRE\nStorvegen 1, 3890 Vestdal\n\nMØTEBOK\n\n"
                         "Dato: 21.08.2025\n\nSak 1/25 Godkjenning\nGodkjent.\n".encode(),
                         "m.txt")
    assert (record.body, record.organization) == ("Vestdal fjellstyre", None)


def test_a_body_in_a_herad_is_split_as_in_a_kommune():
    # (s67d) nynorsk's other word for a municipality
    assert body_and_organization("Viltnemnda i Voss herad") == ("Viltnemnda", "Voss herad")
@pytest.mark.parametrize("title, body", [
    ("Referat oppvekstsjefmøtet", "Oppvekstsjefmøtet"),
    ("Referat frå rektormøte", "Rektormøte"),
    ("Referat fra bibliotekledermøtet", "Bibliotekledermøtet"),
])
def test_a_meeting_of_one_posts_holders_is_the_body(title, body):
    # (s67b) the region's heads of a service meet as a standing forum named by their post
    assert body_and_organization(title)[0] == body


@pytest.mark.parametrize("title", ["Referat fra arbeidsmøte", "Referat ledermøte"])
def test_a_kind_of_meeting_or_a_leaders_meeting_names_no_body(title):
    # a kind of meeting names no body, nor does a firm's meeting of its leaders
    assert body_and_organization(title) == (None, None)


def test_the_council_over_a_post_holders_forum_is_its_parent():
    text = ("Namdal regionråd\n\nReferat oppvekstsjefmøtet\n\nMøtedato: 27.01.2026\n\n"
            "Til stede: Heidi Brandtzæg (Namsos), Ola Skogmo (Overhalla).\n\n"
            "Sak 1/26 Referat\nReferatet ble godkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == ("Oppvekstsjefmøtet", "Namdal regionråd")


def test_a_network_over_a_post_holders_meeting_is_the_body():
    # the network on the letterhead met; its meeting is called by its members' post
    text = ("Vestby bibliotekleiarnettverk\n\nREFERAT FRÅ BIBLIOTEKLEIARMØTE\n\n"
            "Dato: 11.03.2025\n\nTil stades: Ingrid Moe (Vestby), Per Lie (Austby).\n\n"
            "Sak 1 Referat\nReferatet vart godkjent.\n")
    assert parse_bytes(text.encode(), "referat.txt").body == "Vestby bibliotekleiarnettverk"


@pytest.mark.parametrize("region, parent", [
    ("Region Hallingdal", "Region Hallingdal"),
    ("Region Nord-Gudbrandsdal", "Region Nord-Gudbrandsdal"),
    ("Region Øst", None),  # a state agency's district, no cooperation
])
def test_a_region_under_the_forums_title_is_its_parent(region, parent):
    # (s67b) the competence schemes' forums name the municipalities' region "Region X"
    text = (f"REFERAT – SAMARBEIDSFORUM FOR KOMPETANSELØFTET\n{region}\n\n"
            "Tid: 18.09.2025 kl. 13.00–15.30\nStad: Teams\n\n"
            "Deltakarar:\nGro Thorset – PP-leiar – Hallingdal PPT\n\n"
            "1. Godkjenning av innkalling\n\nInnkallinga vart godkjend.\n")
    assert parse_bytes(text.encode(), "referat.txt").organization == parent
@pytest.mark.parametrize(("head", "organization"), [
    ("HELSEFELLESSKAPET VESTKYST\nReferat frå møte i overordna samarbeidsutval (OSU)",
     "Helsefellesskapet Vestkyst"),
    ("HELSE SOGNAFJORD HF                HELSEFELLESSKAPET SOGN\n\n"
     "OPPSUMMERING FRÅ STRATEGISK SAMARBEIDSUTVAL", "Helsefellesskapet Sogn")])
def test_a_health_cooperation_in_capitals_over_the_title_is_its_parent(head, organization):
    # (s67a) the cooperation on its own line in capitals, or as the letterhead's right-hand
    # column beside the trust, is the forum's parent in normal case
    record = parse_bytes(f"{head}\n\nDato: 20.10.2025\n\nSak 1/25 Godkjenning\n"
                         "Godkjent.\n".encode(), "r.txt")
    assert record.organization == organization


def test_a_summarys_own_date_label():
    # (s67a) "Dato for oppsummering:" dates the summary apart from the meeting
    record = parse_bytes("Oppsummering frå møte i strategisk samarbeidsutval\n\n"
                         "Dato og tid: 20.10.2025, kl. 09.30 - 14.00\n"
                         "Dato for oppsummering: 24.10.2025\n\nSak 1/25 Godkjenning\n"
                         "Godkjent.\n".encode(), "r.txt")
    assert (record.document_date, record.meeting.date) == ("2025-10-24", "2025-10-20")
def test_a_host_municipality_as_organiser_is_no_place_of_the_meeting_either():
    # (s67g) "Arrangør: Elvdal kommune" without a "Sted:": the host says whose turn it
    # was, not where the meeting sat (never guessed), and it is no parent (as above)
    text = ("Referat fra samling i oppvekstnettverket\n\nDato: 14. mars 2025, kl. 09.00–14.00\n"
            "Arrangør: Elvdal kommune\n\nTil stede: Kari Lie (Elvdal), Per Berg (Åsen)\n\n"
            "1. Velkommen\nKari Lie ønsket velkommen.\n")
    record = parse_bytes(text.encode(), "nettverk.txt")
    assert (record.organization, record.meeting.location) == (None, None)


@pytest.mark.parametrize(("tagline"), ["Interkommunalt samarbeid", "interkommunalt samarbeid"])
def test_a_word_mark_over_what_the_cooperation_is_names_the_parent(tagline):
    # (s67g) a logo's text at the top, "HALLINGDAL" over "Interkommunalt samarbeid": the
    # cooperation by its name, the line under it only says what kind of thing it is
    text = (f"HALLINGDAL\n{tagline}\nStasjonsvegen 2, 3570 Ål\n\n"
            "Referat frå møte i prosjektgruppa\n\nDato: 21. oktober 2025\nStad: Gol rådhus\n\n"
            "Til stades: Ingrid Hefte, Sverre Rust\n\n1. Status\nProsjektleiar orienterte.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == ("Prosjektgruppa", "Hallingdal")


@pytest.mark.parametrize(("line", "body", "date"), [
    ("Möte: Gränskommittén Fjällmark–Namdal", "Gränskommittén Fjällmark–Namdal", None),
    ("Möte: 12 mars 2024", None, "2024-03-12"),
])
def test_a_swedish_meeting_label_gives_the_body_by_a_name_and_the_day_by_a_date(
        line, body, date):
    # (s67g) "Möte:" labels the sitting: a date is its day, a name the body that met
    text = (f"Minnesanteckningar\n\n{line}\nPlats: Storlien\n\n"
            "Närvarande: Anna Berg (Åre kommun), Ola Haugen (Meråker kommune)\n\n"
            "1. Mötets öppnande\nAnna Berg öppnade mötet.\n")
    record = parse_bytes(text.encode(), "anteckningar.txt")
    assert (record.body, record.meeting.date) == (body, date)


def test_a_letterhead_padding_its_filing_reference_to_the_right_names_the_parent():
    # (s67l) "Interkommunalt arkiv Nord IKS ⇥ Arkivsak 25/014": the reference files the
    # letter; the name before it is the IKS whose representantskap met
    text = ("Interkommunalt arkiv Nordfjell IKS                      Arkivsak 25/014\n\n"
            "PROTOKOLL FRÅ MØTE I REPRESENTANTSKAPET\n\nMøtedato: 22.04.2025\n\n"
            "Sak 04/25 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "h.txt")
    assert (record.body, record.organization) == (
        "Representantskapet", "Interkommunalt arkiv Nordfjell IKS")


@pytest.mark.parametrize("title, body, organization", [
    ("Referat frå fagleg forum – IKT Sogn", "Fagleg forum", "IKT Sogn"),
    ("Referat fra faggruppe – Hallingdal IKT", "Faggruppe", "Hallingdal IKT"),
    ("Referat fra arbeidsgruppe – Digi Vestfold", "Arbeidsgruppe", "Digi Vestfold"),
    ("Referat fra styringsgruppen – DigiØst", "Styringsgruppen", "DigiØst"),
    # (a topic after the dash is no parent, though it speaks of IT)
    ("Referat fra faggruppe – IKT-strategi", "Faggruppe – IKT-strategi", None),
])
def test_an_it_cooperation_after_the_dash_is_the_bodys_parent(title, body, organization):
    # (s67k) the municipalities' shared IT service or digitalisation cooperation owns the
    # forum or the steering group the title names before the dash
    assert body_and_organization(title) == (body, organization)


def test_a_digitalisation_cooperation_in_capitals_over_the_title_is_the_organisation():
    # (s67k) "DIGI HALLINGDAL" as a letterhead over its chief executives' group
    text = ("DIGI HALLINGDAL\nRegionalt samarbeid om digitalisering\n\n"
            "Referat fra møte i kommunedirektørgruppen\n\nMøtedato: 4. desember 2025\n\n"
            "Til stede: Anne Lise Rustand, Gol (leder), Kristin Myhre, Hemsedal\n\n"
            "Sak 25/2025 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "r.txt")
    assert (record.body, record.organization) == ("Kommunedirektørgruppen", "Digi Hallingdal")


@pytest.mark.parametrize("line", ["Versjon 1.1, godkjend 16.10.2025",
                                  "Dokumentversjon 1.2 – 16. oktober 2025"])
def test_a_version_line_dates_the_document(line):
    # (s67k) the version's number is no day; the date after it is this version's own
    text = (f"Referat frå møte i styringsgruppa\n\n{line}\n\n"
            "Dato: 2. oktober 2025\nTid: kl. 09.00–11.30\nStad: Teams\n\n"
            "Sak 18/25 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "r.txt")
    assert (record.document_date, record.meeting.date) == ("2025-10-16", "2025-10-02")


def test_a_pointer_to_the_link_sent_with_the_summons_is_no_part_of_the_place():
    text = ("Referat fra styringsgruppemøte\n\nDato: 17.06.2025\nTid: 12.00–14.30\n"
            "Sted: Teams (lenke sendt i innkallingen)\n\n1. Eventuelt\nIngen saker.\n")
    assert parse_bytes(text.encode(), "r.txt").meeting.location == "Teams"


@pytest.mark.parametrize("company", ["Krisesenteret i Vestmark IKS", "Renovasjonen i Nordfjell AS"])
def test_a_company_named_by_its_service_and_region_over_the_title_is_the_parent(company):
    # (s68c) "X i Region IKS": the "i" of its name is no phrase that addresses someone
    text = (f"{company}\n\nPROTOKOLL FRA REPRESENTANTSKAPETS MØTE\n\n"
            "Møtetid: 6. mars 2025 kl. 10.00–12.00\n\n"
            "Til stede: Kari Holm (Nordby kommune, leder), Per Dahl (Sørby kommune)\n\n"
            "Sak 1/25 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "r.txt")
    assert (record.body, record.organization) == ("Representantskapet", company)


def test_a_network_of_two_fields_sharing_the_word_over_a_generic_title_is_the_body():
    # (s68c) "Rus- og psykiatrinettverket i Vestdal" over "Referat frå nettverksmøte": the
    # two compounds share "nettverket", so the line names the network and its region
    text = ("Rus- og psykiatrinettverket i Vestdal\n\nReferat frå nettverksmøte\n\n"
            "Dato: 2. april 2025\n\nTil stades: Kari Holm, Per Dahl\n\n"
            "Sak 1/25 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "r.txt")
    assert (record.body, record.organization) == ("Rus- og psykiatrinettverket", "Vestdal")

@pytest.mark.parametrize(("sentence", "expected"), [
    # (s68h) the company named between the meeting and the verb, nynorsk "vart halden"
    ("Ordinær generalforsamling i Elvekraft AS ble avholdt tirsdag 12. mai 2026 kl. 10.00 "
     "i selskapets lokaler, Elvegata 4, Vik.",
     ("2026-05-12", "10:00", "selskapets lokaler, Elvegata 4, Vik")),
    ("Ordinær generalforsamling vart halden onsdag 3. juni 2026 kl. 13.00 på Vik "
     "kulturhus, møterom Fjøra.", ("2026-06-03", "13:00", "Vik kulturhus, møterom Fjøra")),
])
def test_a_general_meeting_held_sentence_gives_day_hour_and_place(sentence, expected):
    text = f"Protokoll fra generalforsamling\n\n{sentence}\n\n1. Åpning\nMøtet ble åpnet.\n"
    meeting = parse_bytes(text.encode(), "gf.txt").meeting
    assert (meeting.date, meeting.start, meeting.location) == expected
def test_a_cooperations_name_before_its_group_after_a_dash_is_the_parent():
    # (s68a) "Byvekstavtale Nordby – administrativ koordineringsgruppe": the group met, the
    # agreement's cooperation is its parent; the body keeps the whole name as written
    text = "Byvekstavtale Nordby – administrativ koordineringsgruppe\n\n" \
        "Referat fra møte 6. november 2025\n\nSted: Rådhuset\n\n1. Referat\nGodkjent.\n"
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == (
        "Byvekstavtale Nordby – administrativ koordineringsgruppe", "Byvekstavtale Nordby")
@pytest.mark.parametrize(("title", "body"), [
    ("Klimanettverk Vesterålen – referat fra nettverksmøte", "Klimanettverk Vesterålen"),
    ("Plannettverket i Sogn – referat frå nettverksmøte", "Plannettverket"),
])
def test_the_body_named_before_the_dash_is_the_one_its_meeting_word_means(title, body):
    # (s68b) the name before the dash is the network itself, not the parent of the
    # "Nettverket" its meeting word gives
    text = f"{title}\n\nDato: 4. desember 2025\n\nSak 1 Godkjenning\nGodkjent.\n"
    assert parse_bytes(text.encode(), "referat.txt").body == body


def test_a_water_area_s_letterhead_in_capitals_is_the_committee_s_parent():
    # (s68b) read as the same line in normal case is
    text = ("VASSOMRÅDE SUNNFJORD\n\nProtokoll frå møte i vassområdeutvalet\n\n"
            "Dato: 3. november 2026\n\nSak 1 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert (record.body, record.organization) == ("Vassområdeutvalet", "Vassområde Sunnfjord")


@pytest.mark.parametrize(("letterhead", "parent"), [
    # (s68n) any cooperation's letterhead in capitals, read as the same line in normal case
    # is: the little words and the body's kind small, a company form in capitals
    ("REGIONRÅDET FOR NORDFJORD", "Regionrådet for Nordfjord"),
    ("SUNNHORDLAND INTERKOMMUNALE SAMARBEID", "Sunnhordland interkommunale samarbeid"),
    ("INDRE SOGN INNKJØPSSAMARBEID", "Indre Sogn innkjøpssamarbeid"),
    ("INTERKOMMUNALT POLITISK RÅD NORDHORDLAND", "Interkommunalt politisk råd Nordhordland"),
    # a region's network of a field, in capitals or not
    ("KYSTNETTVERKET I HARDANGER", "Kystnettverket i Hardanger"),
    ("Folkehelsenettverket for Sunnfjord", "Folkehelsenettverket for Sunnfjord"),
    # (s69e) the joint committee of the municipalities and the hospital over its groups
    ("SAMHANDLINGSUTVALET I SUNNHORDLAND", "Samhandlingsutvalet i Sunnhordland"),
    ("Samhandlingsutvalget for Helgeland", "Samhandlingsutvalget for Helgeland"),
])
def test_a_cooperation_s_letterhead_in_capitals_is_the_group_s_parent(letterhead, parent):
    text = (f"{letterhead}\n\nReferat frå møte i arbeidsutvalet\n\n"
            "Dato: 12. februar 2026\n\nSak 1/26 Budsjett\nVedtak: Godkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == ("Arbeidsutvalet", parent)


@pytest.mark.parametrize(("letterhead", "parent"), [
    # (s73t) a network named for its field, "for" in its name, over a group's title: the
    # group's parent, the field in small letters, a place after "i" with its capital
    ("NORDISK NETTVERK FOR KYSTKULTUR", "Nordisk nettverk for kystkultur"),
    ("NORDISK NETTVERK FOR KYSTKULTUR / NORDIC NETWORK FOR COASTAL CULTURE",
     "Nordisk nettverk for kystkultur"),
    ("Regionalt nettverk for folkehelse", "Regionalt nettverk for folkehelse"),
    ("NETTVERK FOR BIBLIOTEKA I INDRE SOGN", "Nettverk for biblioteka i Indre Sogn"),
])
def test_a_network_for_a_field_on_the_letterhead_is_the_group_s_parent(letterhead, parent):
    text = (f"{letterhead}\n\nReferat fra styringsgruppemøte\n\n"
            "Dato: 5. februar 2026\n\nSak 1/26 Budsjett\nVedtak: Godkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == ("Styringsgruppen", parent)


@pytest.mark.parametrize(("title", "body"), [
    ("KLIMANETTVERK GLÅMDALEN", "Klimanettverk Glåmdalen"),
    ("FAGNETTVERK HELSE", "Fagnettverk helse"),
])
def test_a_region_after_the_body_s_word_in_capitals_keeps_its_capital(title, body):
    # (s68b) the region's name, as "HELSEFELLESSKAPET INNLANDET" keeps it; a field does not
    assert body_and_organization(title) == (body, None)
@pytest.mark.parametrize(("title", "body", "organization"), [
    # (s68j) a fund's or forum's kind, then the place it serves, before its meeting: the
    # board of it, as "Sunnhordland næringsfond – styremøte" is
    ("Regionalt næringsfond for Sunnhordland – styremøte", "Styret",
     "Regionalt næringsfond for Sunnhordland"),
    ("Kommunalt næringsfond for Gran – styremøte", "Styret", "Kommunalt næringsfond for Gran"),
    # a council alone before the place is the body itself, as before
    ("Regionrådet for Hallingdal – styremøte", "Regionrådet for Hallingdal", None),
])
def test_a_fund_for_a_place_before_its_board_meeting_is_the_parent(title, body, organization):
    assert body_and_organization(title) == (body, organization)


@pytest.mark.parametrize(("title", "organization"), [
    # (s69j) a Nordic cross-border committee is named kind first, its regions after it
    # (a dash without spaces between two regions is inside the name): it has a board
    ("Grensekomiteen Ofoten–Torne – styremøte", "Grensekomiteen Ofoten–Torne"),
    ("Gränskommittén Østfold-Bohuslän – styremøte", "Gränskommittén Østfold-Bohuslän"),
])
def test_a_committee_named_kind_first_before_its_board_meeting_is_the_parent(
        title: str, organization: str) -> None:
    assert body_and_organization(title) == ("Styret", organization)


def test_an_iso_day_and_hours_after_the_meeting_word_name_no_body():
    """ "Referat fra møte 2026-02-05, kl. 13.00": the day as ISO writes it, across the
    border, with the hours after it, is when the meeting was, as "05.02.2026, kl." is."""
    text = ("Grenseprosjektet Fjellmat – styringsgruppe\n\n"
            "Referat fra møte 2026-02-05, kl. 13.00–15.00, Teams\n\n"
            "Til stede: Ola Nord (leder), Kari Sør\n\n1. Budsjett\nBudsjettet ble godkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == (
        "Grenseprosjektet Fjellmat – styringsgruppe", "Grenseprosjektet Fjellmat")
    assert (record.meeting.date, record.meeting.start) == ("2026-02-05", "13:00")


def test_a_banner_giving_the_title_s_body_in_several_languages_adds_nothing():
    """A Nordic council's banner names it in each of its languages ("VIDDERÅDET ·
    TUNTURINEUVOSTO · DUOTTARRÁĐĐI"): the title's body is the name, not the whole line."""
    text = ("VIDDERÅDET · TUNTURINEUVOSTO · DUOTTARRÁĐĐI\n\n"
            "Protokoll fra rådsmøte i Vidderådet\n\nDato: 12.03.2026\n\n"
            "Sak 1/26 Budsjett\nBudsjettet ble godkjent.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert (record.body, record.organization) == ("Vidderådet", None)


@pytest.mark.parametrize(("title", "organization"), [
    # (s70l) a fund's kind, then the region it serves with no "for"
    ("Regionalt forskingsfond Vestfjord – styremøte 2/2026", "Regionalt forskingsfond Vestfjord"),
    ("Kompetansefondet Indre Sogn – styremøte", "Kompetansefondet Indre Sogn"),
])
def test_a_fund_then_its_region_before_its_board_meeting_is_the_parent(title, organization):
    assert body_and_organization(title) == ("Styret", organization)


@pytest.mark.parametrize("title", [
    "Referat – samling 2/2026 i Kommunenettverk for innovasjon",
    "Referat fra nettverkssamling nr. 3 i Kommunenettverk for innovasjon",
])
def test_a_numbered_gathering_in_a_network_names_the_network(title):
    # (s70l) the year's number after the gathering's word, as "møte 2/2026 i …" has it
    text = f"{title}\n\nDato: 24.02.2026\n\n1. Velkommen\nLinda ønsket velkommen.\n"
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == ("Kommunenettverk for innovasjon", None)


def test_a_fund_for_a_place_with_its_board_meeting_is_the_title_over_the_document_word():
    text = ("Regionalt næringsfond for Vesterøy – styremøte\n\nPROTOKOLL\n\n"
            "Møtedato: 14. oktober 2025\nStad: Rådhuset\n\nSak 1/25 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "fond.txt")
    assert (record.title, record.body, record.organization) == (
        "Regionalt næringsfond for Vesterøy – styremøte", "Styret",
        "Regionalt næringsfond for Vesterøy")


@pytest.mark.parametrize(("title", "body", "organization"), [
    # an IKS's owners' body after a dash: the company is its parent
    ("Protokoll – Nordheia brann og redning IKS – representantskapet", "Representantskapet",
     "Nordheia brann og redning IKS"),
    # a forum of the emergency call centre the municipalities own together
    ("Nordvest 110-sentral – brukarforum", "Brukarforum", "Nordvest 110-sentral"),
    # a municipality's crisis management, met to evaluate an incident
    ("Referat fra evalueringsmøte i kriseledelsen", "Kriseledelsen", None),
    ("Kriseleiinga – evalueringsmøte", "Kriseleiinga", None),
])
def test_emergency_bodies_in_a_title(title, body, organization):
    assert body_and_organization(title) == (body, organization)


def test_a_health_cooperation_over_its_partnership_meeting_is_the_parent():
    # (s69a) "Helsefellesskapet X – partnerskapsmøte": the trust's and the municipalities'
    # cooperation owns the forum after the dash, as "Vest 110-sentral – brukarforum" does
    text = ("Helsefellesskapet Nordfjell – partnerskapsmøte\n\n"
            "Referat fra møte 5. mars 2026\n\n"
            "Til stede: Kari Holm (Nordby kommune), Per Lid (Nordfjell sykehus HF)\n\n"
            "Sak 7/26 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    record = parse_bytes(text.encode(), "partnerskap.txt")
    assert (record.title, record.organization) == (
        "Referat fra møte 5. mars 2026", "Helsefellesskapet Nordfjell")
def test_a_competence_region_before_its_forum_and_a_dash_is_the_parent():
    # "Kompetanseregion X – samarbeidsforum (DEKOM)": the region of the teachers' competence
    # scheme, whose forum met
    record = parse_bytes(("Kompetanseregion Sunnhordland – samarbeidsforum (DEKOM)\n\n"
                          "Protokoll frå møte i samarbeidsforumet\n\nMøtedato: 10.11.2026\n\n"
                          "Til stades: Kari Holm, Ola Dahl\n\n"
                          "Sak 1/26 Godkjenning av protokoll\nGodkjend.\n").encode(), "p.txt")
    assert (record.body, record.organization) == ("Samarbeidsforum (DEKOM)",
                                                  "Kompetanseregion Sunnhordland")


def test_a_joint_meetings_heading_is_the_title_over_its_dated_line_with_hours_and_place():
    # <h1>"X og Y – samarbeidsmøte"</h1> over a paragraph "Referat frå møte <day> kl. …,
    # <place>": the heading names the meeting, the line below gives its day, hours and place
    page = ("<html><body><h1>Oppfølgingstenesta og NAV – samarbeidsmøte</h1>"
            "<p>Referat frå møte måndag 26. oktober 2026 kl. 13.00–15.00, NAV Sogndal</p>"
            "<p>Til stades: Kari Holm, Ola Dahl</p><h2>Sak 1 Referat</h2>"
            "<p>Referatet vart godkjent.</p></body></html>")
    record = parse_bytes(page.encode(), "referat.html")
    meeting = record.meeting
    assert record.title == "Oppfølgingstenesta og NAV – samarbeidsmøte"
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == (
        "2026-10-26", "13:00", "15:00", "NAV Sogndal")
def test_a_group_s_banner_over_its_host_municipality_names_the_body():
    # (s69c) "VA-samarbeidet i X – faggruppe" / "Vertskommune: Y kommune" over a title
    # naming no body: the banner is the group's whole name, its part before the dash the
    # parent; the host's line is neither
    text = ("Avløpssamarbeidet i Nordfjell – faggruppe\nVertskommune: Sørby kommune\n\n"
            "Referat frå møte 3. mars 2026\n\nMøtestad: Sørby rådhus\n\n"
            "Sak 1/26 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "x.txt")
    assert (record.body, record.organization) == (
        "Avløpssamarbeidet i Nordfjell – faggruppe", "Avløpssamarbeidet i Nordfjell")


def test_a_host_municipality_line_above_the_title_is_no_body():
    text = ("Nordfjell legevakt\nVertskommune: Sørby kommune\n\nReferat frå møte 3. mars 2026"
            "\n\nMøtestad: Sørby rådhus\n\nSak 1/26 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "x.txt")
    assert record.body != "Vertskommune: Sørby kommune"


@pytest.mark.parametrize(("banner", "host", "named"), [
    ("Legevakta i Nordfjell", "Sørby kommune", ("Legevakta", "Nordfjell")),
    ("Legevakta i Nordfjell", "Vertskommune: Sørby kommune", ("Legevakta", "Nordfjell")),
    ("Nordfjell legevakt", "Vertskommune: Sørby kommune", ("Nordfjell legevakt", None)),
    ("Barnevernstenesta i Midtdal", "Sørby kommune", ("Barnevernstenesta", "Midtdal")),
])
def test_a_hosted_service_s_banner_over_a_bare_title_names_the_body(banner, host, named):
    # (s69m) a service's own banner over its host municipality's line and a title that
    # names no body ("Referat frå møte 3. mars 2026"): the service met, read as its
    # banner alone is ("Legevakta i X": the service, the region after "i" its parent);
    # the host's line is no part of it
    text = (f"{banner}\n{host}\n\nReferat frå møte 3. mars 2026"
            "\n\nMøtestad: Sørby rådhus\n\nSak 1/26 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "x.txt")
    assert (record.body, record.organization) == named


def test_a_cooperation_s_council_heading_over_a_bare_document_word_names_the_body():
    # (s69c) "Vertskommunesamarbeid om X – administrativt samarbeidsorgan" over a bare
    # "MØTEREFERAT": the heading names the council, the part before the dash its parent
    text = ("Vertskommunesamarbeid om legevakt – administrativt samarbeidsorgan\n\n"
            "MØTEREFERAT\n\nMøtedato: 5. februar 2026\n\nSak 1/26 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "x.txt")
    assert (record.title, record.body, record.organization) == (
        "MØTEREFERAT", "Vertskommunesamarbeid om legevakt – administrativt samarbeidsorgan",
        "Vertskommunesamarbeid om legevakt")
def test_a_bold_kind_word_in_capitals_is_a_whole_title_over_the_body_line() -> None:
    # (s69h) "PROTOKOLL" over "Partssammensatt utvalg (PSU) i …", both bold: two headings,
    # not one title broken over two lines ("Referat arbeidsgruppe" / "Digitalisering …" is)
    from fixtures.builders import to_pdf
    doc = [("heading", "PROTOKOLL", 1),
           ("heading", "Partssammensatt utvalg (PSU) i Nordby PPT IKS", 2),
           ("para", "Møtedato: 28.05.2026"), ("para", "Til stede: Kari Holm, Per Lunde"),
           ("heading", "PS 07/26 Godkjenning av protokoll", 2),
           ("para", "Vedtak: Protokollen godkjennes.")]
    record = parse_bytes(to_pdf(doc), "psu.pdf")
    assert (record.title, record.body, record.organization) == (
        "PROTOKOLL", "Partssammensatt utvalg (PSU)", "Nordby PPT IKS")
def test_a_club_named_by_its_kind_first_then_its_annual_meeting():
    # (s69i) "Beitelaget X – årsmøte 2026": the annual meeting of the grazing association
    text = ("Beitelaget Fjellbygd Nord – årsmøte 2026\n\nTid: 14. mars 2026 kl. 12.00\n"
            "Stad: Grendahuset\n\n1. Godkjenning av innkalling\nInnkallinga vart godkjend.\n")
    record = parse_bytes(text.encode(), "beitelag.txt")
    assert (record.title, record.body, record.organization) == (
        "Beitelaget Fjellbygd Nord – årsmøte 2026", "Årsmøtet", "Beitelaget Fjellbygd Nord")


def test_a_first_line_naming_the_numbered_meeting_is_the_title_over_the_document_word():
    # (s69k) "Kirkelig fellesråd i X – møte 4/2026" first, "PROTOKOLL" under it: the first
    # line already names the meeting
    record = parse_bytes(("Kirkelig fellesråd i Nordby – møte 4/2026\n\nPROTOKOLL\n\n"
                          "Møtedato: 10.09.2026\n\nTil stede: Kari Holm (leder), Ola Dahl\n\n"
                          "Sak 22/26 Godkjenning av innkalling\nGodkjent.\n").encode(), "p.txt")
    assert record.title == "Kirkelig fellesråd i Nordby – møte 4/2026"
    assert (record.body, record.organization) == ("Kirkelig fellesråd", "Nordby")


def test_a_joint_meeting_on_a_topic_was_held_by_the_group_for_that_topic():
    # (s69k) "Gravplassforvaltning – samarbeidsmøte": the topic is no body; the line under
    # it names the group for the topic, with the places it serves
    page = ("<html><body><h1>Gravplassforvaltning – samarbeidsmøte</h1>"
            "<p>Referat fra møte i samarbeidsgruppen for gravplassforvaltning i Nordby, Sørby "
            "og Vestby, tirsdag 17. november 2026 kl. 12.00–14.30, Nordby kirkekontor.</p>"
            "<p>Til stede: Kari Holm, Ola Dahl</p><h2>1. Festeavgift</h2>"
            "<p>Saken ble drøftet.</p></body></html>")
    record = parse_bytes(page.encode(), "referat.html")
    assert (record.body, record.organization) == (
        "Samarbeidsgruppen for gravplassforvaltning i Nordby, Sørby og Vestby", None)


@pytest.mark.parametrize("body", ["Regionrådet for Nordvik", "Regionrådet Nordvik"])
def test_a_council_named_under_its_own_letterhead_has_no_parent(body):
    # a case system's "Utval: Regionrådet Nordvik" under the letterhead "NORDVIK
    # REGIONRÅD": one council named twice, the cooperation itself
    text = (f"NORDVIK REGIONRÅD\nMøteprotokoll\n\nUtval: {body}\nMøtestad: Rådhuset\n"
            "Møtedato: 12.02.2026\n\nPS 01/26 Godkjenning av innkalling\n\nVedtak:\n"
            "Innkallinga vert godkjend.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert (record.body, record.organization) == (body, None)


def test_a_heading_naming_the_body_and_the_meetings_subject_titles_over_a_bare_referat():
    # (s70i) a Word heading "Network in Region – subject" over the plain line "Referat fra
    # nettverksmøte": the heading names the meeting, the line only the document and the
    # meeting's kind; the body and its region are read from the name before the dash
    text = ("# Innkjøpsnettverket i Nordfjord – felles anskaffelser av hjelpemidler 2026\n\n"
            "Referat fra nettverksmøte\n\nDato: 4. mars 2026\n\nSted: Rådhuset\n\n"
            "Til stede: Kari Holm, Ole Dahl\n\n## Sak 1 Avtaler\n\nOrientering.\n")
    record = parse_bytes(text.encode(), "r.md")
    assert record.title == ("Innkjøpsnettverket i Nordfjord – felles anskaffelser av "
                            "hjelpemidler 2026")
    assert (record.body, record.organization) == ("Innkjøpsnettverket", "Nordfjord")


@pytest.mark.parametrize("title, read", [
    ("Lønnsnettverket i Salten – forberedelse til lokale forhandlinger 2026",
     ("Lønnsnettverket", "Salten")),
    ("Arbeidsutvalget – budsjett for neste år", ("Arbeidsutvalget", None)),
    # one word after the dash is the name's own, no subject
    ("Regionalt planforum – administrativt", ("Regionalt planforum – administrativt", None)),
])
def test_a_body_named_before_a_dash_and_its_meetings_subject(title, read):
    assert body_and_organization(title) == read


@pytest.mark.parametrize("title, read", [
    ("Referat fra samarbeidsmøte i Kompetansesenter for velferdsteknologi Nordland",
     ("Kompetansesenter for velferdsteknologi Nordland", None)),
    ("Referat frå arbeidsmøte i Fjellsamarbeidet", ("Fjellsamarbeidet", None)),
    ("Referat fra samarbeidsmøte i Nordland", ("Samarbeidsmøte", "Nordland")),
])
def test_a_kind_of_meeting_held_in_a_named_centre_or_cooperation(title, read):
    # (s70i) the centre or the cooperation named after "i" held the meeting: it met, no
    # parent (a region after "i" is where the meeting's kind belongs, as before)
    assert body_and_organization(title) == read


@pytest.mark.parametrize("value", ["Møte 3/2026", "Møte nr. 3/2026", "3/2026"])
def test_a_meeting_label_with_the_sittings_number_names_no_body(value):
    # (s70c) "Møte: Møte 3/2026" in a head table: the body is the title's
    text = (f"Referat – Rutesamarbeidet Midt-Telemark\n\nMøte: {value}\nDato: 27.08.2026\n"
            "Sted: Teams\n\nSak 1 Godkjenning av referat\nGodkjent.\n")
    assert parse_bytes(text.encode(), "referat.txt").body == "Rutesamarbeidet Midt-Telemark"


def test_the_municipalities_a_county_meets_make_its_letterhead_no_host():
    # (s70c) "møte med kommunene": the county of the letterhead held it, its parent; the
    # municipalities are the other party, no cooperation the county hosts
    text = ("Vestland fylkeskommune\n\nReferat fra møte med kommunene i Sunnhordland om "
            "fylkesvegprioriteringer\n\nDato: 14.10.2026\n\n1. Velkommen\nHilde Storebø "
            "ønsket velkommen.\n")
    assert parse_bytes(text.encode(), "referat.txt").organization == "Vestland fylkeskommune"


@pytest.mark.parametrize(("banner", "organization"), [
    ("POLITIRÅDET FOR SOLVANG OG BERGLI", "Solvang og Bergli"),
    ("Politirådet i Solvang og Bergli", "Solvang og Bergli"),
])
def test_a_banner_naming_the_title_s_body_and_its_places_gives_the_parent(banner, organization):
    # (s70a) the banner names the body the title calls by its word, and whose it is: the
    # capitals read as in normal case (the places as the text writes them), not
    # "Politirådet for solvang og bergli" as the body
    text = (f"{banner}\n\nReferat fra møte i politirådet\n\nMøtedato: 12.02.2026\n\n"
            "Til stede: Kari Nyhus (leder), Solvang kommune; Jon Aasen, Bergli kommune\n\n"
            "Sak 1/26 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == ("Politirådet", organization)


@pytest.mark.parametrize(("title", "body"), [
    ("REFERAT FRÅ MØTE I SLT-STYRINGSGRUPPA", "SLT-styringsgruppa"),
    ("REFERAT FRA MØTE I PPT-NETTVERKET", "PPT-nettverket"),
])
def test_initials_before_a_hyphen_keep_their_capitals(title, body):
    # (s70a) an all-capitals title put in normal case: initials joined by a hyphen to the
    # body's word stay initials ("SLT", not "Slt")
    text = (f"Fjellby kommune\n\n{title}\n\nDato: 10.03.2026\n\n"
            "Til stades: Liv Torvund (leiar), Marit Nes (referent)\n\n"
            "Sak 1/26 Eventuelt\nIngen saker.\n")
    assert parse_bytes(text.encode(), "referat.txt").body == body


def test_a_meeting_number_column_in_a_header_table_hides_no_place():
    # (s70d) "Møte nr. | Dato | Tid | Sted" over its values: the number is no field of the
    # record, and the other columns are the head's labels as without it
    text = ("# Referat – prosjektgruppe ny brannstasjon\n\n"
            "| Møte nr. | Dato | Tid | Sted |\n|---|---|---|---|\n"
            "| 4/2026 | 28.05.2026 | 08:30–11:00 | Brannstasjonen på Evje, møterom 1 |\n\n"
            "Deltakere: Kari Holm, Per Berg\n\n1. Eventuelt\nIngen saker.\n")
    meeting = parse_bytes(text.encode(), "referat.md").meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == (
        "2026-05-28", "08:30", "11:00", "Brannstasjonen på Evje, møterom 1")


def test_a_meeting_with_the_owners_of_a_company_is_its_owners_meeting():
    # (s70h) "møte med eigarane av X AS" names X's owners' meeting, as "eigarmøte i X" does
    assert body_and_organization("Protokoll frå møte med eigarane av Nordfjella Vekst AS") == \
        ("Eigarmøtet", "Nordfjella Vekst AS")
    assert body_and_organization("Referat fra møte med eierne i Vestby Utvikling AS") == \
        ("Eiermøtet", "Vestby Utvikling AS")


@pytest.mark.parametrize(("title", "organization"), [
    # (s70n) an association of clubs named by its kind first, definite, then the place it
    # serves: its board met, as "Brekkestad idrettsråd – styremøte" names it
    ("Idrettsrådet i Brekkestad – styremøte", "Idrettsrådet i Brekkestad"),
    ("Næringsrådet for Vikøy – styremøte", "Næringsrådet for Vikøy"),
])
def test_a_council_of_clubs_named_kind_first_before_its_board_meeting_is_the_parent(
        title: str, organization: str) -> None:
    assert body_and_organization(title) == ("Styret", organization)


def test_a_council_of_clubs_with_its_board_meeting_is_the_title_over_the_document_word():
    """ "Idrettsrådet i Nordby – styremøte" over "REFERAT": the first line names the
    meeting, the bare document word under it is no title."""
    text = ("Idrettsrådet i Nordby – styremøte\n\nREFERAT\n\nDato: 20. januar 2026\n"
            "Sted: Nordbyhallen\n\nSak 01/26 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "idrettsrad.txt")
    assert (record.title, record.body, record.organization) == (
        "Idrettsrådet i Nordby – styremøte", "Styret", "Idrettsrådet i Nordby")


def test_a_joint_meeting_between_two_sides_set_as_the_heading_under_a_letterhead_is_the_title():
    """ "Samarbeidsmøte mellom Lia kommune og lag og foreiningar" as Word's heading under
    the municipality's letterhead, a bold "Referat" under it: the heading names the
    meeting and is the title."""
    doc = docx.Document()
    doc.add_paragraph("Lia kommune")
    doc.add_heading("Samarbeidsmøte mellom Lia kommune og lag og foreiningar", level=1)
    doc.add_paragraph().add_run("Referat").bold = True
    doc.add_paragraph("Tid: 5. februar 2026 kl. 19.00–21.00")
    doc.add_heading("1. Tilskot", level=2)
    doc.add_paragraph("Teke til vitande.")
    buffer = io.BytesIO()
    doc.save(buffer)
    record = parse_bytes(buffer.getvalue(), "samarbeidsmote.docx")
    assert record.title == "Samarbeidsmøte mellom Lia kommune og lag og foreiningar"


def test_a_venue_cut_after_its_comma_goes_on_into_the_next_line():
    """A PDF wraps the sentence that says where the meeting was ("… kl. 19.00 i
    kommunestyresalen," / "Nordby rådhus."): the short rest on the next line is the
    venue's second part."""
    text = ("Protokoll fra årsmøte i Nordby idrettsråd 2026\n"
            "Årsmøtet ble holdt onsdag 18. mars 2026 kl. 19.00 i kommunestyresalen,\n"
            "Nordby rådhus.\n\nSak 1 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "arsmote.txt")
    assert (record.meeting.start, record.meeting.location) == (
        "19:00", "kommunestyresalen, Nordby rådhus")


@pytest.mark.parametrize("heading", [
    "Introduksjonsprogrammet – fagnettverk",
    "Folkehelsearbeidet – kommunenettverk",
])
def test_a_field_before_the_dash_over_a_network_meeting_names_the_group_not_a_parent(heading):
    # (s70k) a heading "<field> – <kind of network>" over "Referat fra nettverksmøte …": the
    # network the meeting word means, by its whole name; a field is no parent
    text = f"{heading}\n\nReferat fra nettverksmøte 3. november 2026, Rådhuset\n\n" \
        "Til stede: Hege Vik (leder), Omar Said\n\n1. Referat\nGodkjent.\n"
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == (heading, None)

def test_an_agency_s_banner_word_before_its_unit_is_no_part_of_the_body():
    # (s70m) the agency's banner word before the dash is the logo's, no part of the name
    text = ("POLITIET – Nordby politidistrikt\nReferat fra samarbeidsmøte med kommunene\n"
            "Dato: 19. januar 2026\nSted: Teams\n"
            "Til stede: Kari Holm, Per Berg\n\n1. Eventuelt\nIngen saker.\n")
    assert parse_bytes(text.encode(), "referat.txt").body == "Nordby politidistrikt"
    # a word in capitals that is a name of its own stays
    assert _without_banner_word("HALLINGDAL – Regionrådet") == "HALLINGDAL – Regionrådet"


def test_a_department_under_a_county_s_letterhead_is_no_body_that_met():
    # (s70m) "Avdeling for …" under "X fylkeskommune" names the unit that writes, and a
    # county's meeting with the municipalities names no body
    text = ("Nordby fylkeskommune\nAvdeling for mobilitet og infrastruktur\n\n"
            "Referat fra møte med kommunene om fylkesvegprioriteringer\n\n"
            "Dato: 14. oktober 2026\nSted: Fylkeshuset\n"
            "Til stede: Kari Holm, Per Berg\n\n1. Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == (None, "Nordby fylkeskommune")


def test_a_review_of_an_event_in_the_title_names_no_body():
    # (s70q) "Referat – evaluering av øvelse Flom 2026" under the forum's name
    assert body_and_organization("Referat – evaluering av øvelse Flom 2026") == (None, None)
    text = ("Interkommunalt beredskapsforum Midt-Dalen\n"
            "Referat – evaluering av øvelse Flom 2026\n\nDato: 9. juni 2026\n\n"
            "1. Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "p.txt")
    assert (record.body, record.organization) == ("Interkommunalt beredskapsforum Midt-Dalen",
                                                  None)


def test_an_emergency_service_on_the_letterhead_is_the_councils_parent():
    # (s70q) "Vestkyst 110-sentral" over "Referat frå møte i brukarrådet"
    text = ("Vestkyst 110-sentral\nReferat frå møte i brukarrådet\nMøtedato: 22.10.2026\n\n"
            "Sak 1/26 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "p.txt")
    assert (record.body, record.organization) == ("Brukarrådet", "Vestkyst 110-sentral")


def test_the_municipalitys_letterhead_names_the_place_a_council_is_of():
    # (s70q) "Fjordvik kommune" over "Beredskapsrådet i Fjordvik": the full name
    text = ("Fjordvik kommune\nBeredskapsrådet i Fjordvik\n\n"
            "PROTOKOLL FRÅ MØTE I BEREDSKAPSRÅDET\n\nDato: 14. april 2026\n\n"
            "Sak 1/26 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "p.txt")
    assert (record.body, record.organization) == ("Beredskapsrådet", "Fjordvik kommune")


def test_a_network_named_only_in_the_running_header_met_at_its_gathering():
    # (s70s) "Referat fra nettverkssamling for SLT-koordinatorer i …" names its audience,
    # no body; the page header left out as furniture names the network and its region
    header = "ROP-nettverket i Nordfjell – referat 05.03.2026                Side {} av 2"
    text = (f"{header.format(1)}\n\n"
            "Referat fra nettverkssamling for ROP-koordinatorer i Nordfjell\n\n"
            "Dato: 5. mars 2026, kl. 10.00–14.00\n\n"
            "Deltakere: Knut Skjervold (Nordby), Berit Aune (Sørby)\n\n"
            "Sak 1   Runde rundt bordet\n\nKoordinatorene orienterte.\n\n"
            f"{header.format(2)}\n\nSak 2   Eventuelt\n\nIngen saker.\n")
    record = parse_bytes(text.encode(), "r.txt")
    assert (record.body, record.organization) == ("ROP-nettverket", "Nordfjell")


@pytest.mark.parametrize("line", [
    "Fellesnemnda for nye Vestby kommune",
    "**Fellesnemnda for nye Vestby kommune**",
])
def test_a_fellesnemnds_line_by_a_committees_title_names_the_new_municipality(line):
    # over or under the title: the municipality the merger makes is the parent of the
    # bodies preparing it (the partssammensatt utvalg, the arbeidsutval)
    for text in (f"{line}\n\nProtokoll – Partssammensatt utvalg (PSU)\n\n",
                 f"# Protokoll – Partssammensatt utvalg (PSU)\n\n{line}\n\n"):
        text += "Møtedato: 24.09.2025\n\nSak 1/25 Godkjenning av innkalling\nGodkjent.\n"
        record = parse_bytes(text.encode(), "psu.md")
        assert (record.body, record.organization) == (
            "Partssammensatt utvalg (PSU)", "nye Vestby kommune")


def test_a_letterhead_with_its_work_after_a_dash_names_the_municipality():
    text = ("Dalby kommune – kommunedelinga\n\nMøtereferat – Prosjektstyre for kommunedelinga\n\n"
            "Dato: 2. oktober 2025\n\nSak 1/25 Referat\nReferatet vart godkjent.\n")
    record = parse_bytes(text.encode(), "prosjektstyre.txt")
    assert (record.body, record.organization) == ("Prosjektstyre for kommunedelinga",
                                                  "Dalby kommune")


def test_a_publication_stamp_dates_nothing_when_its_day_is_the_last_edit():
    # "Publisert av …" names who published; the day on the line is the last edit's
    text = ("Referat fra møte i Boligsosialt nettverk Nordby\n\nDato: 27.05.2025\n\n"
            "Sak 1/25 Referat\nReferatet ble godkjent.\n\n"
            "Publisert av Nordby regionråd | Sist endret 02.06.2025\n")
    assert parse_bytes(text.encode(), "side.txt").document_date is None
    stamp = text.replace("av Nordby regionråd | Sist endret", "28.05.2025 | Sist endret")
    assert parse_bytes(stamp.encode(), "side.txt").document_date == "2025-05-28"

@pytest.mark.parametrize(("title", "body"), [
    # (s70t) a region's direction word and its name in a title in capitals, by the name's
    # ending, get their capitals again; a direction word before a topic stays lower case
    ("REFERAT FRA MØTE I FAGGRUPPE PLAN NEDRE ÅSDAL", "Faggruppe plan Nedre Åsdal"),
    ("REFERAT FRA MØTE I FAGGRUPPE KART INDRE KYSTREGION", "Faggruppe kart Indre Kystregion"),
    ("REFERAT FRA MØTE I FAGGRUPPE INDRE KONTROLL", "Faggruppe indre kontroll"),
])
def test_a_region_in_a_group_name_in_capitals_is_recased(title, body):
    text = f"{title}\n\nDato: 05.03.2025\nSted: Rådhuset\n\nSak 1 Referat\nGodkjent.\n"
    assert parse_bytes(text.encode(), "referat.txt").body == body


@pytest.mark.parametrize(("said", "organization"), [
    # (s70t) a company's name in a title in capitals: its words capitalised, as companies
    # write their names, the small words inside it kept small …
    ("Dagleg leiar orienterte om drifta.", "Lidvik Vind og Sol AS"),
    # … unless the text spells the name in normal case itself
    ("Dagleg leiar i Lidvik vind og sol AS orienterte.", "Lidvik vind og sol AS"),
])
def test_a_company_named_in_capitals_is_spelled_as_written_or_capitalised(said, organization):
    text = ("PROTOKOLL FRÅ EIGARMØTE I LIDVIK VIND OG SOL AS\n\nTid: 4. mai 2026 kl. 10.00\n"
            "Stad: Lidvik rådhus\n\nSAK 1/26 OPNING\n" + said + "\n")
    record = parse_bytes(text.encode(), "eigarmote.txt")
    assert (record.body, record.organization) == ("Eigarmøtet", organization)


def test_a_letterhead_with_a_section_for_a_field_names_the_county():
    # (s71d) "Fjellfylket fylkeskommune – Seksjon for kultur" at the top: the county, then
    # the section of it that writes; the county is the parent of the group that met
    text = ("Fjellfylket fylkeskommune – Seksjon for kultur\n\n"
            "Referat frå møte i styringsgruppa for UKM-fylkesfestivalen 2027\n\n"
            "Dato: 11. juni 2026\n\nTil stades: Kari Li (leiar), Per Bø\n\n"
            "20/26 Godkjenning av sakliste\nGodkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.organization == "Fjellfylket fylkeskommune"


def test_a_plan_table_under_its_heading_dates_no_document():
    # (s71d) "Møteplan hausten 2026" over "Dato | Stad" and two dated rows at the end of a
    # Word file: the coming meetings' days, no place-and-date the minutes were signed at
    from fixtures.builders import docx_bytes
    document = docx.Document()
    document.add_paragraph("Referat frå møte i styringsgruppa for UKM")
    document.add_paragraph("Dato: 11. juni 2026")
    document.add_paragraph("Til stades: Kari Li (leiar), Per Bø")
    document.add_paragraph("Sak 1/26 Eventuelt").runs[0].bold = True
    document.add_paragraph("Ingen saker.")
    document.add_paragraph("Møteplan hausten 2026").runs[0].bold = True
    table = document.add_table(rows=3, cols=2)
    for row, cells in zip(table.rows, [("Dato", "Stad"), ("3. september 2026", "Nesvik"),
                                       ("12. november 2026", "Teams")], strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    record = parse_bytes(docx_bytes(document), "referat.docx")
    assert record.document_date is None
    assert record.next_meeting.date == "2026-09-03"
    assert record.items[-1].text == "Ingen saker."


@pytest.mark.parametrize(("fund", "title"), [
    ("Kraftfondet for Vassdal og Fjellgard", "MØTEBOK – STYREMØTE 10. MARS 2026"),
    ("Regionalt næringsfond for Storelvdalen", "Protokoll fra styremøte i næringsfondet"),
])
def test_a_fund_named_over_its_boards_minutes_is_the_parent(fund, title):
    # the fund alone on the top line; the title names the board, or the fund by its noun
    text = (f"{fund}\n\n{title}\n\nDato: 10.03.2026\n\n"
            "Til stede: Kari Holm (leder), Per Dahl\n\nSak 1/26 Budsjett\nGodkjent.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert (record.body, record.organization) == ("Styret", fund)


def test_a_board_over_its_minutes_title_is_no_fund():
    # "Styret i X" over the title names the body with its parent, read as before
    text = ("Styret i Strandvik Båtforening\n\nReferat fra styremøte\n\nDato: 10.03.2026\n\n"
            "Til stede: Kari Holm (leder), Per Dahl\n\nSak 1/26 Budsjett\nGodkjent.\n")
    assert parse_bytes(text.encode(), "styre.txt").organization == "Strandvik Båtforening"


def test_a_meeting_portals_heading_of_body_and_day_is_the_title():
    # the page's sections under it ("Møtedokumenter", "Møteprotokoll") are no title
    html = ("<html><body><main><h1>Storelv regionråd 12.03.2026</h1>"
            "<table><tr><th>Møtedato</th><td>12.03.2026</td></tr></table>"
            "<h2>Møtedokumenter</h2><ul><li><a href='/a.pdf'>Innkalling (PDF)</a></li></ul>"
            "<h2>Møteprotokoll</h2><p>Til stede: Kari Holm (leder), Per Dahl</p>"
            "<h4>PS 7/26 Budsjett</h4><p>Vedtak: Budsjettet godkjennes.</p>"
            "</main></body></html>")
    record = parse_bytes(html.encode(), "mote.html")
    assert (record.title, record.body) == ("Storelv regionråd 12.03.2026", "Storelv regionråd")


@pytest.mark.parametrize(("under", "organization"), [
    # (s71a) the line under the title names the service and says what it is: the parent,
    # also with the municipalities it serves or its host after it
    ("Fjordnett IKT – interkommunalt IKT-samarbeid for Bølstad, Nordvik og Åsen kommuner",
     "Fjordnett IKT"),
    ("Nedre Dal interkommunale legevakt – vertskommune Dalby kommune",
     "Nedre Dal interkommunale legevakt"),
])
def test_a_described_service_under_the_title_is_the_parent(under, organization):
    text = (f"Protokoll – Hovedarbeidsmiljøutvalget (HAMU)\n{under}\n\nDato: 4.11.2026\n\n"
            "Sak 1/26 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "hamu.txt")
    assert (record.body, record.organization) == ("Hovedarbeidsmiljøutvalget (HAMU)", organization)


def test_a_parties_meeting_over_a_described_cooperation_is_the_body():
    # (s71a) "Protokoll frå drøftingsmøte" names no body but the meeting's kind; the
    # cooperation under it is whose employer and employees met
    text = ("Protokoll frå drøftingsmøte\nHardangernett IKT – interkommunalt IKT-samarbeid\n\n"
            "Dato: 2. mars 2026\n\nSak 1: Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "d.txt")
    assert (record.body, record.organization) == ("Drøftingsmøte", "Hardangernett IKT")


def test_a_room_named_by_whose_it_is_then_the_building_is_the_place():
    # (s71a) after the day and hours of a "Møte:" line, a room in lower case, then the house
    text = ("Protokoll fra partssammensatt utvalg\n"
            "Møte: 24.02.2026 kl. 14.00–15.45, legevaktens møterom, Dalby helsehus\n\n"
            "Sak 1/26 Eventuelt\nIngen saker.\n")
    meeting = parse_bytes(text.encode(), "psu.txt").meeting
    assert (meeting.date, meeting.start, meeting.end, meeting.location) == (
        "2026-02-24", "14:00", "15:45", "legevaktens møterom, Dalby helsehus")


@pytest.mark.parametrize(("title", "body", "organization"), [
    # (s71i) two municipalities joined by "og" after a shared body's word and "i", in a
    # title in capitals, get their capitals back and are the body's parent
    ("MØTEBOK – VILTNEMNDA I AURVIK OG HOVDAL", "Viltnemnda", "Aurvik og Hovdal"),
    ("PROTOKOLL FRÅ MØTE I HJORTEVILTNEMNDA I NES OG BØVRE", "Hjorteviltnemnda", "Nes og Bøvre"),
])
def test_two_places_after_a_body_in_capitals_are_its_parent(title, body, organization):
    text = f"{title}\n\nMøtedato: 28.04.2026\nMøtestad: Rådhuset\n\nSak 1/26 Opning\nGodkjent.\n"
    record = parse_bytes(text.encode(), "mote.txt")
    assert (record.body, record.organization) == (body, organization)


@pytest.mark.parametrize(("said", "document_date"), [
    # (s71i) a sentence that says all it knows of the next meeting is no heading over
    # the next meeting's day: the place and date under it is where the minutes were signed
    ("Neste møte vert i juni, dato kjem.", "2026-03-11"),
    # (a short "Neste møte" heading still makes the line under it the next meeting's)
    ("Neste møte:", None),
])
def test_a_sentence_on_the_next_meeting_is_no_heading_over_a_signed_date(said, document_date):
    text = ("Referat frå møte i viltnemnda\n\nTid: 9. mars 2026 kl. 19.00\nStad: Samfunnshuset\n\n"
            "Sak 1/26 Eventuelt\nIngen saker.\n\n" + said + "\nSæbø, 11. mars 2026\n\n"
            "Ingvild Rosseland\n")
    assert parse_bytes(text.encode(), "referat.txt").document_date == document_date


def test_a_place_label_wrapped_after_its_comma_goes_on_on_the_next_line():
    # (s71i) a PDF head line broken after the place's comma: the short rest of the place
    # on the next line, no blank line between, is the place's second part
    text = ("PROTOKOLL\nStyringsgruppen for landbrukskontoret\n\n"
            "Møtedato: 03.06.2026     Kl.: 09:00–11:45     Møtested: Bøvre rådhus,\n"
            "formannskapssalen\n\nMøtende medlemmer:\nKjell Arne Rud, Nes kommune\n\n"
            "Sak 09/26 Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert record.meeting.location == "Bøvre rådhus, formannskapssalen"


@pytest.mark.parametrize(("first", "title", "body", "organization"), [
    # (s71n) a destination company's partner meeting is a body of its own, as an eiermøte is
    ("Visit Hallingfjell AS", "REFERAT FRA PARTNERMØTE", "Partnermøtet", "Visit Hallingfjell AS"),
    # … but a partnership named by its partners is the body its partners meet as
    ("Klimapartnere Nordvest", "Referat fra partnermøte", "Klimapartnere Nordvest", None),
    # a regional park or a destination on a line of its own over the title: its parent
    ("Regionalparken Vassdalen", "MØTEBOK – REGIONPARKRÅDET", "Regionparkrådet",
     "Regionalparken Vassdalen"),
])
def test_a_destination_or_regional_park_over_the_title_is_the_parent(first, title, body,
                                                                       organization):
    text = (f"{first}\n\n{title}\n\nDato: 14. april 2026\n\nTil stede: Kari Ness, Odd Bø\n\n"
            "1. Velkommen\nGodkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == (body, organization)


def test_a_destination_under_the_title_is_the_parent_of_its_working_group():
    text = ("Referat frå møte i arbeidsgruppa for berekraftig reisemål\n\nReisemål Indre Sogndal"
            "\n\nTid: 27. august 2026 kl. 09.00\n\nTil stades: Kari Ness, Odd Bø\n\n"
            "1 Status\nTeke til vitande.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.organization == "Reisemål Indre Sogndal"


def test_an_associations_region_on_the_letterhead_is_the_boards_parent():
    # (s71k) a national association's region of its member municipalities, by the
    # association's initials and the region's name, over a board's minutes
    text = ("KS-regionen Nordvik\nKommunene Elvdal og Sandnes\n\nPROTOKOLL FRA STYREMØTE\n\n"
            "Møtedato: 12.03.2026\nMøtested: Elvdal rådhus\n\nTil stede:\nOla Brekke, Elvdal\n\n"
            "1/26 Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert (record.body, record.organization) == ("Styret", "KS-regionen Nordvik")


def test_a_second_region_after_og_in_a_title_in_capitals_keeps_its_capital():
    # (s71k) "… SETESDAL OG MANDALEN": two regions the forum serves, the second a name as
    # the first is (which the text writes in normal case below)
    text = ("REFERAT – REGIONALT NÆRINGSFORUM SETESDAL OG MANDALEN\n\n"
            "Tid: 4. mai 2026 kl. 10.00–12.00\nSted: Rådhuset\n\n"
            "Til stede:\nKari Li, Næringsrådet i Setesdal (leder)\n\n"
            "Sak 1/26 Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.body == "Regionalt næringsforum Setesdal og Mandalen"


def test_a_world_heritage_council_named_after_its_site_is_the_body_whole():
    # (s71m) "Verdensarvrådet for X helleristningsfelt": named after the site it looks
    # after, as a national park board is, no parent organisation
    assert body_and_organization("Verdensarvrådet for Skjærvika helleristningsfelt") == \
        ("Verdensarvrådet for Skjærvika helleristningsfelt", None)


def test_a_cover_s_day_and_hours_then_a_pipe_and_the_venue():
    # (s71o) a deck's cover writes its day, hours and venue on one line parted by a pipe
    # (a PDF reads the two sides as two cells): the venue after the pipe is the place
    text = ("Samling i Nettverk for landbruk\n\nNamdal regionråd\n\n"
            "22. april 2026 kl. 10.00–15.00 | Namsos samfunnshus\n\nAgenda\n\n"
            "1. Velkommen\n2. Status\n\nVelkommen\n\n- Runde rundt bordet\n\n"
            "Status\n\n- 612 aktive gårdsbruk\n")
    record = parse_bytes(text.encode(), "foiler.txt")
    assert (record.meeting.date, record.meeting.start, record.meeting.location) == \
        ("2026-04-22", "10:00", "Namsos samfunnshus")


def test_a_gathering_of_the_year_on_a_cover_is_no_body_the_name_under_it_is():
    # (s71o) "Vårsamling 2026" over the network's name: the network met
    text = ("Vårsamling 2026\n\nBarnehagenettverket Nordfjord\n\nStryn, 5. mars 2026\n\n"
            "Program\n\n10.00 Velkomen\n11.30 Lunsj\n12.15 Gruppearbeid\n\n"
            "Velkomen\n\n- 32 deltakarar\n\nGruppearbeid\n\n- Kva fungerer godt i dag?\n")
    record = parse_bytes(text.encode(), "foilsett.txt")
    assert (record.title, record.body) == ("Vårsamling 2026", "Barnehagenettverket Nordfjord")


def test_a_group_s_line_with_its_day_under_a_summary_s_date_label():
    # (s71o) "Dato:" over "Oppvekstnettverket, 19. november 2025 kl. …, Mysen kulturhus":
    # the label dates the summary written a week after; the line under the seminar's
    # title names the network that held it, its day, hours and venue
    text = ("Dato: 26.11.2025\n\nOppsummering fra seminar om tidlig innsats\n\n"
            "Oppvekstnettverket, 19. november 2025 kl. 09.00–14.30, Mysen kulturhus\n\n"
            "1. Tidlig innsats i praksis\n\nKoRus Øst la fram ny forskning.\n")
    record = parse_bytes(text.encode(), "oppsummering.txt")
    assert (record.body, record.document_date, record.meeting.date, record.meeting.start,
            record.meeting.location) == ("Oppvekstnettverket", "2025-11-26", "2025-11-19",
                                         "09:00", "Mysen kulturhus")


@pytest.mark.parametrize(("title", "sentence", "body", "organization"), [
    # (s71o) the summary's sentence on whom the network gathered names it in full, where
    # the title names it by its kind ...
    ("Oppsummering frå samling i folkehelsenettverket 12. mars 2026",
     "Folkehelsenettverket for Sunnhordland og Haugalandet samla 19 deltakarar frå ni "
     "kommunar.", "Folkehelsenettverket for Sunnhordland og Haugalandet", None),
    # ... or not at all
    ("Oppsummering frå fagsamling om velferdsteknologi",
     "Nettverk for velferdsteknologi i Nordhordland samla einingsleiarar frå heile regionen.",
     "Nettverk for velferdsteknologi", "Nordhordland"),
])
def test_a_summary_s_sentence_on_whom_a_network_gathered_names_it(title, sentence, body,
                                                                  organization):
    text = (f"{title}\n\nTid: 12. mars 2026 kl. 10.00–14.00\nStad: Etne kulturhus\n\n"
            f"{sentence}\n\n1. Velkomen\n\nKvar kommune fortalde kort om status.\n")
    record = parse_bytes(text.encode(), "oppsummering.txt")
    assert (record.body, record.organization) == (body, organization)


@pytest.mark.parametrize(("title", "body"), [
    # (s72e) a common noun in the genitive names no parent of its own: which county or
    # municipality, a letterhead says ("Nordland fylkeskommune" over the title)
    ("Protokoll – Fylkets trafikksikkerhetsutvalg", "Fylkets trafikksikkerhetsutvalg"),
    ("Kommunens eldreråd", "Kommunens eldreråd"),
    ("Fylket sitt trafikktryggingsutval", "Fylket sitt trafikktryggingsutval"),
    # (s77a) nor a board's bare noun: its working committee, the parent named in full apart
    # if at all ("Arbeidsutvalget i Vestdal regionråd" names it)
    ("Referat fra møte i Styrets arbeidsutvalg", "Styrets arbeidsutvalg"),
    ("Protokoll fra møte i styrets arbeidsutvalg", "Styrets arbeidsutvalg"),
])
def test_a_generic_genitive_names_no_parent(title, body):
    assert body_and_organization(title) == (body, None)
    # (a named owner still is one)
    assert body_and_organization("Osloregionens faggruppe") == (
        "Osloregionens faggruppe", "Osloregionen")
    assert body_and_organization("Referat fra møte i Arbeidsutvalget i Vestdal regionråd") \
        == ("Arbeidsutvalget", "Vestdal regionråd")


def test_the_letterhead_gives_the_county_of_the_generic_genitive():
    # (s72e) "Fylkets trafikksikkerhetsutvalg" under "Nordland fylkeskommune"
    text = ("Nordland fylkeskommune\n\nProtokoll – Fylkets trafikksikkerhetsutvalg\n\n"
            "Møtedato: 12.03.2026\n\nMøtende medlemmer: Kari Holm (leder), Per Berg\n\n"
            "Sak 5/26 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert (record.body, record.organization) == (
        "Fylkets trafikksikkerhetsutvalg", "Nordland fylkeskommune")


def test_a_bilingual_letterhead_across_a_bar_names_the_body_in_norwegian():
    # (s72d) a cross-border committee's letterhead in both languages: the Norwegian half;
    # a web page's bar between a title and its site is read as before
    assert body_and_organization(
        "Grensekomiteen Nordfjell–Idre | Gränskommittén Nordfjäll–Idre")[0] == \
        "Grensekomiteen Nordfjell–Idre"
    assert body_and_organization("Referat styremøte | Lia vel") == \
        body_and_organization("Referat styremøte – Lia vel")


def test_a_group_meeting_under_a_network_s_title_and_a_host_beside_the_place():
    # (s72d) "Møte i koordinatorgruppen" under the network's title: the group met, the
    # network is its parent, and its "Neste møte i koordinatorgruppen" the next meeting;
    # "(vertskommune: …)" after the place says who hosts, no part of the place
    text = ("# Referat – Nordisk vennskapsnettverk\n\n**Møte i koordinatorgruppen**\n"
            "**Dato:** 3. mars 2026, kl. 13.00–15.00\n"
            "**Sted:** Teams (vertskommune: Söderhamns kommun)\n\n"
            "## 1. Godkjenning av dagsorden\n\nDagsordenen ble godkjent.\n\n"
            "Neste møte i koordinatorgruppen: 5. mai 2026 kl. 13.00 på Teams.\n")
    record = parse_bytes(text.encode(), "referat.md")
    assert (record.body, record.organization) == ("Koordinatorgruppen", "Nordisk vennskapsnettverk")
    assert record.meeting.location == "Teams"
    assert record.next_meeting.date == "2026-05-05"


@pytest.mark.parametrize(("banner", "title", "body", "organization"), [
    # (s72f) a network named by its region and a compound of its kind over a title naming
    # it by the kind alone: the banner's whole name
    ("Nordfjord integreringsnettverk", "Referat frå nettverksmøte 19. november 2026",
     "Nordfjord integreringsnettverk", None),
    # an inter-municipal company named by its service and region ("… i … IKS") over a
    # meeting of post holders: the company is the parent
    ("Vaksenopplæringa i Indre Sogn IKS", "REFERAT FRÅ REKTORMØTE", "Rektormøte",
     "Vaksenopplæringa i Indre Sogn IKS"),
    # but the board "i" a company is a body that met, the company its parent
    ("Styret i Vestvatn IKS", "Referat", "Styret", "Vestvatn IKS"),
])
def test_a_banner_over_the_title_names_the_body_or_its_company(banner, title, body,
                                                              organization):
    text = (f"{banner}\n\n{title}\n\nDato: 20.10.2026\n\nMøtte:\nKari Nes, rektor\n\n"
            "Sak 1/26 Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == (body, organization)


def test_a_body_named_in_norwegian_and_in_sami_by_the_same_word_is_its_norwegian_half():
    # (s72m) both halves end in the body's word ("-forum"); the Sami half is the one with
    # Sami words ("boazodoallo" is reindeer herding)
    assert body_and_organization("Reindriftsforum Troms / Romssa boazodoalloforum")[0] == \
        "Reindriftsforum Troms"

@pytest.mark.parametrize(("top", "title", "body", "organization"), [
    # (s72i) KS's regional office on the letterhead (a date beside it at the right) over its
    # network for a part of the county: the office is the parent, the region stays named
    ("KS Agder\tDato: 13.02.2026", "REFERAT\nKS-nettverk for kommunedirektører i Midt-Agder",
     "KS-nettverk for kommunedirektører i Midt-Agder", "KS Agder"),
    ("KS Troms og Finnmark", "Referat fra møte i personalsjefnettverket i Vest-Finnmark",
     "Personalsjefnettverket i Vest-Finnmark", "KS Troms og Finnmark"),
    # over a group with no region in its name, the office is its organisation
    ("KS Møre og Romsdal", "Referat frå møte i planleggingsgruppa for folkevaltopplæringa",
     "Planleggingsgruppa for folkevaltopplæringa", "KS Møre og Romsdal"),
])
def test_a_ks_regional_office_on_the_letterhead_is_the_networks_parent(top, title, body,
                                                                         organization):
    text = (f"{top}\n\n{title}\n\nMøtedato: 12. februar 2026\nMøtested: Teams\n\n"
            "Til stede: Kari Lund, Ola Dahl\n\nSak 1/26 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "r.txt")
    assert (record.body, record.organization) == (body, organization)


@pytest.mark.parametrize("banner", [
    # (s72p) a council of two regions joined by "og", its kind's word last, over a title
    # naming it by the kind alone: the banner's whole name, no parent
    "Sunnfjord og Ytre Sogn beredskapsråd",
    "Hadeland og Land beredskapsråd",
])
def test_a_banner_of_two_regions_and_the_kind_names_the_body(banner):
    text = (f"{banner}\n\nReferat frå møte i beredskapsrådet\n\nDato: 3. mars 2026\n\n"
            "Sak 1/26 Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert (record.body, record.organization) == (banner, None)


def test_an_evaluation_heading_over_the_referat_line_is_the_title():
    # (s72p) Word: the heading names the meeting held to evaluate an event; the
    # "Referat fra …" paragraph under it says what the document is
    doc = [("para", "Nordby kommune"),
           ("heading", "Evaluering av flomhendelsen i mai", 1),
           ("para", "Referat fra ekstraordinært møte i beredskapsrådet"),
           ("para", "Møtedato: 11.06.2026"),
           ("heading", "Sak 14/26 Hendelsesforløpet", 2),
           ("para", "Tatt til orientering.")]
    record = parse_bytes(to_docx(doc), "evaluering.docx")
    assert record.title == "Evaluering av flomhendelsen i mai"


@pytest.mark.parametrize("writer", ["Skrevet av Eli Vik 7. mars 2025",
                                    "Ført av Eli Vik, 7.3.2025",
                                    "Protokollført av Eli Vik 7. mars 2025",
                                    # (s73a) her job before the name or after it
                                    "Protokollført av daglig leder Eli Vik 7. mars 2025",
                                    # (s74i) any job the participants' lists know
                                    "Protokollført av sokneprest Eli Vik 7. mars 2025",
                                    "Skrevet av Eli Vik, rådgiver, 7.3.2025"])
@pytest.mark.parametrize("at_end", [False, True])
def test_a_writers_label_in_av_gives_the_secretary_and_the_day_in_head_and_tail(writer, at_end):
    # (s72q) the writer's labels in "av" are one list, read alike at the top and the end
    head, tail = ("", f"\n{writer}\n") if at_end else (f"{writer}\n", "")
    text = (f"Referat fra styremøte\nMøtedato: 6. mars 2025\n{head}"
            "Til stede: Kari Holm (leder), Ola Nordmann\n\nSak 1/25 Budsjett\nGodkjent.\n"
            f"{tail}")
    record = parse_bytes(text.encode(), "a.txt")
    assert (record.meeting.date, record.document_date) == ("2025-03-06", "2025-03-07")
    writers = [p for p in record.participants if p.role == ParticipantRole.SECRETARY]
    assert [p.name for p in writers] == ["Eli Vik"]
    assert record.items[0].text == "Godkjent."


def test_a_written_board_handling_is_the_boards_and_dated_by_the_deadline_in_a_sentence():
    # (s73e) "Protokoll fra skriftlig styrebehandling": the board decided by answering;
    # the deadline said inside a sentence ("… med svarfrist fredag 14. mars kl. 12.00")
    # is the day it decided, not the day the papers were sent
    text = ("Protokoll fra skriftlig styrebehandling\n\nSelskap: Nordvik Vann IKS\n\n"
            "Saken ble sendt styret på e-post tirsdag 10. mars 2026 med svarfrist fredag "
            "14. mars kl. 12.00.\n\nSvar: Kari Holm (styreleder), Per Dahl\n\n"
            "Sak 04/26 Låneramme\nVedtak: Forslaget er vedtatt.\n")
    record = parse_bytes(text.encode(), "skriftlig.txt")
    assert (record.body, record.organization) == ("Styret", "Nordvik Vann IKS")
    assert (record.meeting.date, record.meeting.start) == ("2026-03-14", None)


def test_a_cancelled_meetings_hours_and_place_are_read_from_the_sentence_that_cancels_it():
    # (s73e) no head lines: the sentence that cancels the meeting says when and where it
    # was to be held
    text = ("Arbeidsutvalet – møtet 5. mai 2026 er avlyst\n\n"
            "Møtet i arbeidsutvalet tysdag 5. mai 2026 kl. 10.00 på Kommunehuset i Vikøy "
            "vart avlyst fordi utvalet ikkje var vedtaksført.\n\n"
            "Sak 14/26 Uttale\nSaka vert flytta til neste møte.\n")
    meeting = parse_bytes(text.encode(), "avlyst.txt").meeting
    assert (meeting.date, meeting.start, meeting.location) == (
        "2026-05-05", "10:00", "Kommunehuset i Vikøy")


@pytest.mark.parametrize("top, org", [
    ("Universitetet i Vestfjord – Fakultet for helsevitskap\n\n"
     "Referat frå møte i praksisutvalet for sjukepleieutdanninga\n", "Universitetet i Vestfjord"),
    ("Protokoll fra møte i Partnerskapsrådet for helsefag\nFagskolen Nordland\n",
     "Fagskolen Nordland"),
    ("Høgskulen på Vestlandet\n\nReferat frå møte i praksisutvalet\n", "Høgskulen på Vestlandet"),
    # (s74i) any unit's word before "for" after the dash (``participants.UNIT_WORDS``)
    ("Høgskolen i Nordvik – Kontor for internasjonalisering\n\n"
     "Referat fra møte i praksisutvalget\n", "Høgskolen i Nordvik"),
])
def test_a_university_or_college_over_or_under_the_title_owns_its_partnership(top, org):
    text = f"{top}\nDato: 12. november 2026\n\nSak 1/26 Eventuelt\nIngen saker.\n"
    assert parse_bytes(text.encode(), "praksis.txt").organization == org


def test_initials_without_a_vowel_stay_in_capitals_in_a_capitals_title():
    text = ("Regionalt kompetansekontor Valdres\nPostboks 114, 2900 Fagernes\n\n"
            "PROTOKOLL FRA STYREMØTE I RKK VALDRES\n\nMøtedato: 10. september 2026\n\n"
            "Sak 12/26 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "rkk.txt")
    assert (record.body, record.organization) == ("Styret", "RKK Valdres")


@pytest.mark.parametrize(("letterhead", "title", "body", "organization"), [
    # (s73b) a board of a place on the letterhead, over a title naming its meeting by the
    # generic word: the board and its place, as over "Møtebok"
    ("Fjellstyret i Nordlia", "Protokoll fra styremøte", "Fjellstyret", "Nordlia"),
    ("Fjellstyret i Nordlia", "Møtebok", "Fjellstyret", "Nordlia"),
    # the region's own council is the cooperation itself: its name keeps the region
    ("Regionrådet i Sørdal", "Protokoll fra rådsmøte", "Regionrådet i Sørdal", None),
])
def test_a_board_of_a_place_on_the_letterhead_has_its_place_as_parent(letterhead, title, body,
                                                                     organization):
    text = (f"{letterhead}\n\n{title}\n\nDato: 4. mars 2026\n\n"
            "Til stede: Kari Holm (leder), Ole Dahl\n\nSak 1/26 Beitesesongen\nGodkjent.\n")
    record = parse_bytes(text.encode(), "fjellstyre.txt")
    assert (record.body, record.organization) == (body, organization)


@pytest.mark.parametrize("opening", [
    # (s73g) a company's formal opening with the year and the day first, then the
    # company and the room: read as "Ordinær generalforsamling i X AS ble avholdt …"
    "År 2026, den 27. mai kl. 14.00, ble det avholdt ordinær generalforsamling i Vestkyst "
    "Bredbånd AS i formannskapssalen i Kinn rådhus, Florø.",
    "Den 27. mai 2026 kl. 14.00 ble det avholdt ordinær generalforsamling i Vestkyst "
    "Bredbånd AS i formannskapssalen i Kinn rådhus, Florø.",
])
def test_a_general_meeting_opened_with_its_day_first_gives_day_hour_and_room(opening):
    text = ("PROTOKOLL FRA ORDINÆR GENERALFORSAMLING I VESTKYST BREDBÅND AS\n\n"
            f"{opening}\n\n1. Åpning\nMøtet ble åpnet.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert (record.meeting.date, record.meeting.start, record.meeting.location) == (
        "2026-05-27", "14:00", "formannskapssalen i Kinn rådhus, Florø")


@pytest.mark.parametrize("title, expected", [
    # (s73g) the meeting's number in the body's series ends the title: no part of the
    # body's name, nor of its parent's
    ("Protokoll frå eigarforum 2/2026", ("Eigarforum", None)),
    ("Referat fra styremøte i Nordby IL 3/2025", ("Styret", "Nordby IL")),
    ("Referat fra møte i Regionrådet for Hadeland 3/2025", ("Regionrådet for Hadeland", None)),
    ("Referat fra arbeidsutvalget 3/2025", ("Arbeidsutvalget", None)),
])
def test_a_meetings_number_at_the_titles_end_is_no_part_of_the_name(title, expected):
    assert body_and_organization(title) == expected


@pytest.mark.parametrize("title", ["Referat fra møte i styringsgruppen",
                                   "Møteprotokoll fra styringsgruppen"])
def test_a_cooperation_named_over_the_title_is_the_groups_parent(title):
    # (s73j) "Veterinærvaktsamarbeidet i vaktområde Nordre Dal" right over "Referat fra møte
    # i styringsgruppen": the cooperation's letterhead, though its name has no "kommune"
    text = ("Veterinærvaktsamarbeidet i vaktområde Nordre Dal\n"
            f"{title}\n\nDato: 3. mars 2026\nSted: Teams\n\n"
            "Til stede: Hege Rønningen (leder)\n\n1. Referat fra forrige møte\nGodkjent.\n")
    record = parse_bytes(text.encode(), "vakt.txt")
    assert (record.body, record.organization) == (
        "Styringsgruppen", "Veterinærvaktsamarbeidet i vaktområde Nordre Dal")


def test_a_networks_banner_over_its_host_gives_the_region_as_parent():
    # (s73i) "Personvernombudsnettverket i Fjordby" / "Vertskommune: Nordby kommune" over
    # "REFERAT FRA NETTVERKSMØTE 2/2026": the network met, its region the parent
    text = ("Personvernombudsnettverket i Fjordby\nVertskommune: Nordby kommune\n\n"
            "REFERAT FRA NETTVERKSMØTE 2/2026\n\nDato: 12.03.2026\nSted: Teams\n\n"
            "Sak 4/26 Saksliste\nGodkjent.\n")
    record = parse_bytes(text.encode(), "nettverk.txt")
    assert (record.body, record.organization) == ("Personvernombudsnettverket", "Fjordby")


def test_a_letters_date_above_the_title_and_the_meetings_day_under_it():
    # (s73i) "Dato: 03.06.2026" above the title, "Møte nr. 3/2026, torsdag 28. mai 2026
    # kl. …" under it: the label dates the minutes, the line the meeting
    text = ("Nordvest IKT\n\nDato: 03.06.2026\n\nMøtereferat – Informasjonssikkerhetsforumet\n"
            "Møte nr. 3/2026, torsdag 28. mai 2026 kl. 09:00–11:30, Rådhuset\n\n"
            "Sak 15/26 Saksliste\nGodkjent.\n")
    record = parse_bytes(text.encode(), "forum.txt")
    assert (record.document_date, record.meeting.date) == ("2026-06-03", "2026-05-28")


def test_a_room_wrapped_to_the_next_line_alone_belongs_to_the_venue():
    # (s73i) a PDF's wrap after the comma: "…, Skarvøy rådhus," / "kommunestyresalen"
    text = ("Møtereferat – Forumet\n"
            "Torsdag 28. mai 2026 kl. 09:00–11:30, Skarvøy rådhus,\nkommunestyresalen\n\n"
            "Sak 15/26 Saksliste\nGodkjent.\n")
    record = parse_bytes(text.encode(), "forum.txt")
    assert record.meeting.location == "Skarvøy rådhus, kommunestyresalen"


@pytest.mark.parametrize(("under", "body"), [
    ("Regional plan for kystsonen i Nordvik", None),
    ("Kystsoneforum for Nordvik", "Kystsoneforum for Nordvik")])
def test_a_topic_under_a_consultations_title_names_no_body(under, body):
    # (s73m) "Referat – samråd med X" names whom the meeting was held with; the line under
    # it is the body only when it names one (a body's word), not the plan it was about
    text = (f"Referat – samråd med Fiskeridirektoratet\n{under}\n\nDato: 12. mars 2026\n\n"
            "Til stede: Kari Holm, Per Dahl\n\nSak 1 Orientering\nPlanen ble lagt fram.\n")
    assert parse_bytes(text.encode(), "referat.txt").body == body


@pytest.mark.parametrize(("title", "body"), [
    # (s73k) the meeting named before the body: the body is what follows "meeting of"
    ("Minutes of the meeting of the Joint Working Group on Health",
     "Joint Working Group on Health"),
    ("Minutes of the 3rd meeting of the Programme Committee", "Programme Committee"),
    ("Minutes of the meeting of the Joint Partnership Committee Eidsvang – Lipowo",
     "Joint Partnership Committee Eidsvang – Lipowo"),
    ("Minutes of the meeting of the Board, 12 May 2025", "Board"),
])
def test_an_english_title_names_the_body_after_meeting_of(title, body):
    text = f"{title}\n\nDate: 12 March 2026\n\n1. Approval of the agenda\nThe agenda was adopted.\n"
    assert parse_bytes(text.encode(), "minutes.txt").body == body


def test_a_regional_council_in_english_capitals_over_the_title_is_the_parent():
    # (s73k) a cross-border council's letterhead over its working group's minutes
    text = ("BARENTS REGIONAL COUNCIL\n\nMinutes of the meeting of the Joint Working Group on "
            "Health\n\nDate: 12 March 2026\n\n1. Opening\nThe agenda was adopted.\n")
    record = parse_bytes(text.encode(), "jwg.txt")
    assert (record.body, record.organization) == ("Joint Working Group on Health",
                                                  "Barents Regional council")


@pytest.mark.parametrize(("title", "body"), [
    # (s73k) a meeting named for those who come, no body of its own: the meeting is the
    # body, as "Partnermøtet" is; a board's meeting names the board
    ("Partner meeting no. 4 – Minutes", "Partner meeting"),
    ("Minutes – Members meeting", "Members meeting"),
    ("Minutes – Steering Group meeting", "Steering Group"),
])
def test_an_english_meeting_named_for_who_come_is_the_body(title, body):
    text = f"{title}\n\nDate: 12 March 2026\n\n1. Approval of the agenda\nThe agenda was adopted.\n"
    assert parse_bytes(text.encode(), "minutes.txt").body == body


def test_a_joint_meeting_of_councils_with_others_in_small_letters_keeps_the_region():
    # (s73n) "… og brukerorganisasjonene": those who met with the councils, no place
    assert body_and_organization(
        "Referat fra fellesmøte for eldrerådene i Fjellregionen og brukerorganisasjonene") == (
        "Eldrerådene", "Fjellregionen")
    assert body_and_organization("Fellesmøte for regionråda i Valdres og Hallingdal") == (
        "Regionråda", "Valdres og Hallingdal")


def test_a_council_for_a_shared_service_in_capitals_gives_the_district_its_capitals():
    # (s73n) "BRUKERRÅDET FOR INDRE SALTEN INTERKOMMUNALE LEGEVAKT": the legevakt is the parent
    assert body_and_organization(
        "REFERAT – BRUKERRÅDET FOR INDRE SALTEN INTERKOMMUNALE LEGEVAKT") == (
        "Brukerrådet", "Indre Salten interkommunale legevakt")
    assert body_and_organization("STYRINGSGRUPPEN FOR FELLES LEGEVAKT")[1] is None


def test_meeting_label_naming_the_kind_for_its_members_keeps_the_titles_network() -> None:
    # "Møte: Nettverksmøte for frivilligsentralene" under a title that names the network:
    # the kind of meeting and who meets, not another body
    text = ("# Referat – Frivillighetsnettverket i Sjøbygda\n\n"
            "**Møte:** Nettverksmøte for frivilligsentralene  \n**Dato:** 21.09.2026  \n\n"
            "### 1. Velkommen\nInnkallingen ble godkjent.\n")
    record = parse_bytes(text.encode(), "f.md")
    assert (record.body, record.organization) == ("Frivillighetsnettverket", "Sjøbygda")


def test_a_health_partnership_named_by_its_parties_over_a_forums_title():
    # (s73p) "Helse X HF og kommunane i …" over "Referat frå … samarbeidsutval": the parent
    text = ("Helse Nordby HF og kommunane i opptaksområdet\n\nReferat frå Fagleg "
            "samarbeidsutval for psykisk helse og rus\n\nDato: 24. november 2026\n\n"
            "Sak 21/26 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "fsu.txt")
    assert (record.body, record.organization) == (
        "Fagleg samarbeidsutval for psykisk helse og rus",
        "Helse Nordby HF og kommunane i opptaksområdet")


def test_a_place_keeps_a_departments_abbreviation():
    # (s73p) "Sted: Sjukehuset HF, avd. Mo i Rana, møterom 2": "avd." ends no sentence
    text = ("Referat\n\nTid: 17. november 2026 kl. 09.00–11.30\n"
            "Sted: Nordby sykehus HF, avd. Mo i Rana, møterom Lovund\n\n1. Referat\nGodkjent.\n")
    record = parse_bytes(text.encode(), "nettverk.txt")
    assert record.meeting.location == "Nordby sykehus HF, avd. Mo i Rana, møterom Lovund"

def test_a_projects_name_keeps_its_target_year():
    # (s73q) "… – Reiselivsprosjektet Indre Sogn 2030": the project's word, its name and
    # the year it aims at, one name; the year after a club's name is the meeting's
    assert body_and_organization(
        "Referat frå styringsgruppemøte – Reiselivsprosjektet Indre Sogn 2030") == (
        "Styringsgruppa", "Reiselivsprosjektet Indre Sogn 2030")
    assert body_and_organization("Styremøte i Nordby IL 2026") == ("Styret", "Nordby IL")


def test_a_shouted_letterhead_name_is_read_in_normal_case():
    # (s73q) "STIFTELSEN LIABU MUSEUM" over the title: the board's parent in normal case,
    # as a shouted body is; short capitals ("KS") stay an acronym
    text = ("STIFTELSEN LIABU MUSEUM\n\nPROTOKOLL FRA STYREMØTE 2/2026\n\n"
            "Møtedato: 22. april 2026\n\nTil stede:\nKari Holm, styreleder\n\n"
            "Sak 1/26 Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "styre.txt")
    assert record.organization == "Stiftelsen Liabu Museum"


def test_a_projects_name_over_its_programme_line_is_the_parent():
    # (s74a) "# CoShip – Short Sea Hubs" / "*Interreg North Sea project 2024–2027 · …*" over
    # the minutes' own heading: the project whose partners met
    text = ("# CoShip – Short Sea Hubs\n*Interreg North Sea project 2024–2027 · Lead Partner: "
            "Agder fylkeskommune*\n\n## Partner meeting no. 2 – Minutes\n\n"
            "**Date:** 2026-03-12\n\n### 1. Welcome\nThe agenda was approved.\n")
    record = parse_bytes(text.encode(), "partners.md")
    assert (record.body, record.organization) == ("Partner meeting", "CoShip – Short Sea Hubs")


def test_a_committees_programme_in_the_subtitle_is_the_parent():
    # (s74a) an English programme committee's subtitle: the funding, the programme's name
    # ending in "Programme", the country; the programme is whom the committee serves
    text = ("Minutes of the 2nd meeting of the Programme Committee\n"
            "EEA Grants 2021–2028 – Blue Coast Programme, Portugal\n\n"
            "Date: 12 March 2026\n\nItem 1: Opening\nThe agenda was adopted.\n")
    record = parse_bytes(text.encode(), "committee.txt")
    assert (record.body, record.organization) == ("Programme Committee", "Blue Coast Programme")


@pytest.mark.parametrize("line", [
    # (s74e) a shared service under its committee's title: its name, a dash, what it is in
    # words and its host in brackets
    "Økonomiservice Vest – sammenslått økonomi- og lønnstjeneste for Eikvoll og Nesbygd "
    "(vertskommune Eikvoll)",
    "Midtdal barneverntjeneste – vertskommunesamarbeid mellom Nordlia og Sørlia "
    "(vertskommune Nordlia)"])
def test_a_described_service_with_its_host_in_brackets_is_the_parent(line):
    text = (f"Protokoll fra partssammensatt utvalg\n{line}\n\nMøtedato: 10.12.2026\n\n"
            "Sak 1/26 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "psu.txt")
    assert record.organization == line.split(" – ")[0]


def test_the_company_under_a_projects_name_is_the_steering_groups_parent():
    # (s74f) "Nytt reinseanlegg på Storøyra" / "Fjordvik vatn og avlaup IKS" under the title:
    # the project, then the company that owns it; the project alone stays the parent
    text = ("REFERAT FRÅ STYRINGSGRUPPEMØTE\nNytt reinseanlegg på Storøyra\n\n"
            "Fjordvik vatn og avlaup IKS\n\nMøtedato: 24.11.2026\n\n1. Innkalling\nGodkjend.\n")
    assert parse_bytes(text.encode(), "sg.txt").organization == "Fjordvik vatn og avlaup IKS"


def test_a_project_line_under_a_site_meetings_title_names_no_body():
    # (s74f) "Byggemøte nr. 14" / "Prosjekt: Nytt helsehus Elvebakken – …": the project built
    text = ("Byggemøte nr. 14\nProsjekt: Nytt helsehus Elvebakken – felles helsehus for to "
            "kommuner\nDato: 19.11.2026\n\n1. Fremdrift\nTett bygg i uke 45.\n\n"
            "2. Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "byggemote.txt")
    assert (record.body, record.organization) == (None, None)


def test_an_emergency_centre_is_named_by_its_number_and_region():
    # (s74f) "… – flytting av 110 Sør-Vest": the centre the project group serves, whole
    assert body_and_organization("Referat prosjektgruppemøte 9 – flytting av 110 Sør-Vest") == (
        "Prosjektgruppen", "110 Sør-Vest")


def test_a_summary_opening_with_the_day_and_who_gathered_where():
    # (s74g) "Tysdag 21. oktober samla 34 kulturarbeidarar … seg på Sjøvik kulturhus": the
    # day put first, then who gathered and where; the year from the post's stamp
    text = ("Dette skjedde på nettverkssamlinga\n\n"
            "Tysdag 21. oktober samla 34 kulturarbeidarar frå seks kommunar seg på Sjøvik "
            "kulturhus til haustsamlinga.\n\nKulturskulen\n\n"
            "Kari Holm fortalde om kulturskulen.\n\n"
            "Kalender\n\nNettverket slutta seg til forslaget om ein felles kalender.\n\n"
            "Publisert 28.10.2025\n")
    record = parse_bytes(text.encode(), "nyheitsbrev.txt")
    assert (record.meeting.date, record.meeting.location) == ("2025-10-21", "Sjøvik kulturhus")
    assert record.document_date == "2025-10-28"


def test_a_summary_opening_with_the_day_then_who_met_where():
    # (s74o) "Onsdag 15. april møttest koordinatorane … på Løvåsen samfunnshus": the day
    # put first, then the verb "met", who, and where
    text = ("Frå nettverksmøtet\n\n"
            "Onsdag 15. april møttest koordinatorane frå fem kommunar på Løvåsen "
            "samfunnshus.\n\nUngdata\n\nKari Holm la fram tala.\n\n"
            "Kalender\n\nNettverket slutta seg til forslaget.\n\nPublisert 22.04.2026\n")
    record = parse_bytes(text.encode(), "nyheitsbrev.txt")
    assert (record.meeting.date, record.meeting.location) == ("2026-04-15",
                                                              "Løvåsen samfunnshus")


@pytest.mark.parametrize(("title", "body"), [
    # (s74o) a news post's heading on a meeting: the month after "i" says when, no parent
    ("Frå nettverksmøtet i april", ("Nettverket", None)),
    ("Fra styremøtet", ("Styret", None)),
    ("Referat fra møte i regionrådet i desember", ("Regionrådet", None)),
    # a place after "i" is the parent still
    ("Frå nettverksmøtet i Nordre Vangsbygd", ("Nettverket", "Nordre Vangsbygd")),
])
def test_a_month_closing_a_title_is_no_parent(title, body):
    assert body_and_organization(title) == body


def test_a_newsletters_network_named_above_with_a_place_of_two_words():
    # (s74g) "Nyheitsbrev frå Kulturnettverket i Ytre Fjordsida" over "Dette skjedde på
    # nettverkssamlinga": the network in full, its place of two words the parent
    page = ("<html><body><p>Nyheitsbrev frå Kulturnettverket i Ytre Fjordsida · nr. 4/2025</p>"
            "<h1>Dette skjedde på nettverkssamlinga</h1>"
            "<p>Tysdag 21. oktober samla 30 deltakarar seg på Sjøvik kulturhus. Samlinga vart "
            "leia av Randi Hope.</p><h2>Kulturskulen</h2><p>Kari Holm fortalde om kulturskulen."
            "</p><p>Innleiarar: Kari Holm (Dal kommune)</p><h2>Kalender</h2><p>Nettverket "
            "slutta seg til forslaget om ein felles kalender.</p><p>Publisert 28.10.2025</p>"
            "</body></html>")
    record = parse_bytes(page.encode(), "nyheitsbrev.html")
    assert (record.body, record.organization) == ("Kulturnettverket", "Ytre Fjordsida")
    assert body_and_organization("Dette skjedde på styremøtet") == ("Styret", None)
    # (s74p) "Innleiarar:" closing the first topic's summary is its speaker, no label of
    # the head: the topic's heading stays an item, and she represents Dal kommune
    assert [(item.title, item.decisions) for item in record.items] == [
        ("Kulturskulen", []),
        ("Kalender", ["Nettverket slutta seg til forslaget om ein felles kalender."])]
    assert [(p.name, p.organization, p.role) for p in record.participants] == [
        ("Randi Hope", None, "chair"), ("Kari Holm", "Dal kommune", "guest")]


def test_a_decks_region_of_two_words_named_with_its_council_on_the_cover():
    # (s74g) the title's "… i Indre Fjord" and "Indre Fjord regionråd" on a line of the
    # cover: the council is the parent, the network keeps its region (as a county's cover)
    text = ("Nettverk for stadutvikling i Indre Fjord\n\nNettverkssamling, Nesøyri 14. november "
            "2025\n\nIndre Fjord regionråd\n\nProgram\n\n1. Velkomen\n2. Sentrumsplanar\n"
            "3. Vegen vidare\n\nSentrumsplanar\n\n- Handelen flyttar ut\n\nVegen vidare\n\n"
            "- Kommunane sender idear\n\nTakk for i dag!\n")
    record = parse_bytes(text.encode(), "foilsett.txt")
    assert (record.body, record.organization) == (
        "Nettverk for stadutvikling i Indre Fjord", "Indre Fjord regionråd")


def test_a_board_named_over_its_secretariats_label_and_a_bare_title():
    # (s75e) "Verneområdestyret for X" / "Sekretariat: Statsforvaltaren i Y" / "MØTEPROTOKOLL":
    # the label line between the board's name and the title does not hide the board
    text = ("Verneområdestyret for Kvitfjell nasjonalpark\nSekretariat: Statsforvaltaren i "
            "Vestland\n\nMØTEPROTOKOLL\n\nMøtedato: 22. april 2026\n\nSak 1/26 Godkjenning\n"
            "Godkjent.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert (record.title, record.body) == (
        "MØTEPROTOKOLL", "Verneområdestyret for Kvitfjell nasjonalpark")


def test_a_board_of_a_park_and_a_landscape_area_named_in_full_over_a_board_meeting():
    # (s75e) the long name of a board for two protected areas over "Protokoll fra styremøte"
    text = ("Verneområdestyret for Lauvhø nasjonalpark og Bjønnli landskapsvernområde\n\n"
            "Protokoll fra styremøte 3/2025\n\nDato: 16. oktober 2025\n\nSak 20/25 Godkjenning\n"
            "Godkjent.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert record.body == "Verneområdestyret for Lauvhø nasjonalpark og Bjønnli landskapsvernområde"


def test_an_iua_letterhead_is_the_parent_of_its_council():
    # (s75k) "IUA Sunnfjord og Ytre Sogn" over "PROTOKOLL FRÅ MØTE I IUA-RÅDET": the
    # committee by its short name and region is the council's parent; "IUA-" keeps its
    # capitals when the title is put in normal case
    text = ("IUA Sunnfjord og Ytre Sogn\n\nPROTOKOLL FRÅ MØTE I IUA-RÅDET\n\n"
            "Dato: 10. mars 2026\n\nSak 1/26 Godkjenning\nGodkjend.\n")
    record = parse_bytes(text.encode(), "iua.txt")
    assert (record.body, record.organization) == ("IUA-rådet", "IUA Sunnfjord og Ytre Sogn")


def test_an_english_cluster_letterhead_is_the_boards_parent():
    # (s75k) "Arctic Ocean Tech Cluster" over "Minutes of the Board Meeting 3/2026"
    text = ("Arctic Ocean Tech Cluster\n\nMinutes of the Board Meeting 3/2026\n\n"
            "Date: 15 September 2026\n\n1. Approval of agenda\nThe agenda was approved.\n")
    record = parse_bytes(text.encode(), "board.txt")
    assert (record.body, record.organization) == ("Board", "Arctic Ocean Tech Cluster")


@pytest.mark.parametrize("title", [
    # (s76b) a company organ in the genitive names no parent: the committee of whose
    # assembly, the letterhead says
    "Protokoll fra møte i representantskapets valgnemnd",
    "Protokoll frå møte i generalforsamlingens valgkomité",
])
def test_a_company_organs_genitive_leaves_the_parent_to_the_letterhead(title):
    text = (f"Midtdal brann og redning IKS\n\n{title}\n\nDato: 11.02.2027\n\n"
            "Møtende: Hilde Rønningen (leder), Jan Bruun\n\n"
            "Sak 1: Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert record.organization == "Midtdal brann og redning IKS"


def test_key_words_after_the_kind_are_no_body():
    # (s76c) "Referat – stikkord frå nettverksmøte" under the network's name: the key words
    # are the notes' kind, the line above names the body and its region
    text = ("Kulturskulenettverket i Sunnvik-regionen\nReferat – stikkord frå nettverksmøte\n\n"
            "Dato: 10. mars 2026\nStad: Teams\n\n1. Godkjenning\n- Godkjend.\n")
    record = parse_bytes(text.encode(), "stikkord.txt")
    assert (record.body, record.organization) == ("Kulturskulenettverket", "Sunnvik-regionen")


def test_a_letterhead_with_the_networks_full_name_is_the_body():
    # (s76c) "Regionalt oppvekstnettverk X" over "Referat fra møte i oppvekstnettverket": one
    # network named twice, as a council's letterhead over "… i rådet" is
    text = ("Regionalt oppvekstnettverk Salten og Ytre Nord\n\nReferat fra møte i "
            "oppvekstnettverket\nDato: 24. november 2026\n\n14/26 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "oppvekst.txt")
    assert (record.body, record.organization) == (
        "Regionalt oppvekstnettverk Salten og Ytre Nord", None)


def test_a_shared_service_described_over_the_title_is_the_parent():
    # (s76j) "X – felles lønns- og regnskapskontor for A, B og C kommuner" above an AMU's
    # title: the service the municipalities share, whose AMU met
    text = ("Lønn og regnskap Midt – felles lønns- og regnskapskontor for Nesby, Brudal og "
            "Åsli kommuner\n\nReferat fra arbeidsmiljøutvalget (AMU)\n\n"
            "Tid: 26. januar 2027 kl. 09.00–11.00\n\nSak 1/27 Godkjenning\n\nGodkjent.\n")
    record = parse_bytes(text.encode(), "amu.txt")
    assert (record.body, record.organization) == ("Arbeidsmiljøutvalget (AMU)",
                                                  "Lønn og regnskap Midt")


def test_a_mail_subject_names_the_kind_its_pasted_heading_names_in_full():
    # "Emne: Referat nettverksmøte …" (read as "Nettverket") over the pasted heading
    # "Referat – Nettverk for … Nordvik": the heading's whole name is the body
    text = (
        "Fra: Eli Moe <em@example.no>\nSendt: tirsdag 4. mai 2027 09:40\n"
        "Til: Nettverket\nEmne: Referat nettverksmøte arbeid og inkludering 28. april\n\n"
        "Hei alle,\n\nReferat – Nettverk for arbeid og inkludering Nordvik\n\n"
        "Dato: 28.04.2027\nTil stede: Eli Moe (leder), Kari Li\n\n"
        "1) Godkjenning av innkalling\nGodkjent.\n"
    )
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.body == "Nettverk for arbeid og inkludering Nordvik"


def test_two_places_joined_by_a_dash_in_a_shouted_letterhead_keep_their_capitals():
    # (s76o) a border council spanning two regions over a title naming it by its kind
    text = ("GRENSERÅDET HEDMARK–DALSLAND\n\nREFERAT FRA RÅDSMØTE 2/2027\n\n"
            "Dato: 4. mai 2027\n\nTil stede: Ola Nes, Lise Berg\n\n"
            "Sak 1/27 Godkjenning\n\nGodkjent.\n")
    record = parse_bytes(text.encode(), "gr.txt")
    assert record.body == "Grenserådet Hedmark–Dalsland"


@pytest.mark.parametrize(("head", "body"), [
    # (s77l) two places joined by a hyphen in a shouted letterhead or title keep their
    # capitals, as with an en dash
    ("REGIONRÅDET SOLØR-ODAL\n\nREFERAT FRA RÅDSMØTE 2/2027", "Regionrådet Solør-Odal"),
    ("REFERAT FRA MØTE I REGIONRÅDET FOR SOLØR-ODAL", "Regionrådet for Solør-Odal"),
    ("REFERAT FRA MØTE I GRENSERÅDET HEDMARK-DALSLAND", "Grenserådet Hedmark-Dalsland"),
    # … not a name or initials compounded with a noun
    ("BOSETTINGSFORUM FOR FJELLBYGD-REGIONEN\n\nREFERAT", "Bosettingsforum for fjellbygd-regionen"),
    # (s77k) … whose initials keep their capitals, later in the name as first
    ("STYRINGSGRUPPEN FOR IKT-TJENESTER\n\nREFERAT", "Styringsgruppen for IKT-tjenester"),
    ("REFERAT FRA MØTE I ARBEIDSGRUPPA FOR SLT-ARBEID", "Arbeidsgruppa for SLT-arbeid"),
    # (s77k) the service and the municipalities after a dash are common nouns, no name
    ("SAMARBEIDSUTVALET TANNHELSE – KOMMUNANE\n\nREFERAT",
     "Samarbeidsutvalet tannhelse – kommunane"),
])
def test_two_places_joined_by_a_hyphen_in_capitals_keep_their_capitals(head, body):
    text = (f"{head}\n\nDato: 4. mai 2027\n\nTil stede: Ola Nes, Lise Berg\n\n"
            "Sak 1/27 Godkjenning\n\nGodkjent.\n")
    assert parse_bytes(text.encode(), "rr.txt").body == body


@pytest.mark.parametrize(("header", "said", "day"), [
    # (s77l) the meeting's day only in the page header beside the minutes' word: read last
    ("Sammanträdesprotokoll 2027-01-28", None, "2027-01-28"),
    ("Møteprotokoll – styringsgruppen 12.03.2027", None, "2027-03-12"),
    # … never over a day the text gives, nor from a print's date
    ("Møteprotokoll – styringsgruppen 12.03.2027", "Dato: 3.4.2027", "2027-04-03"),
    ("Utskrift 12.03.2027", None, None),
])
def test_the_meeting_s_day_from_the_running_header_only_as_a_last_resort(header, said, day):
    import docx

    from fixtures.builders import docx_bytes
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = header
    document.add_heading("Referat fra møte i styringsgruppen", 1)
    if said:
        document.add_paragraph(said)
    document.add_paragraph("Til stede: Kari Holm, Per Dahl")
    document.add_heading("Sak 1/27 Godkjenning", 2)
    document.add_paragraph("Godkjent.")
    assert parse_bytes(docx_bytes(document), "referat.docx").meeting.date == day


@pytest.mark.parametrize("head", [
    # (s77l) a Swedish label that names the sitting gives its day; the bare "Dato:" or
    # "Datum:" beside it is the document's, in either order and either way of writing days
    "Dato: 2027-02-02\nSammanträdesdatum: 2027-01-28\nTid: kl. 13.00–16.00\nPlats: Ed",
    "Datum: 02.02.2027\nMötesdatum: 28.01.2027\nTid: kl. 13.00–16.00\nPlats: Ed",
    "Sammanträdesdatum: 28.01.2027\nTid: kl. 13.00–16.00\nPlats: Ed\nDatum: 2027-02-02",
])
def test_a_swedish_sitting_s_date_label_beside_the_document_s_date(head):
    text = (f"Protokoll\n\n{head}\n\nNärvarande: Eva Berg, Per Dahl\n\n"
            "§ 1 Val av justerare\n\nPer Dahl valdes.\n")
    record = parse_bytes(text.encode(), "gk.txt")
    assert (record.document_date, record.meeting.date, record.meeting.start,
            record.meeting.location) == ("2027-02-02", "2027-01-28", "13:00", "Ed")


@pytest.mark.parametrize(("title", "want"), [
    # (s77l) a Swedish sitting's word, with its number or alone, names no body; the body
    # after "från sammanträde i/med" is read as after "fört vid sammanträde med"
    ("PROTOKOLL FRÅN SAMMANTRÄDE 1/2027", (None, None)),
    ("Protokoll från sammanträde", (None, None)),
    ("Protokoll från möte 2/2027", (None, None)),
    ("Protokoll från sammanträde i Gränsrådet Ås–Fjellby", ("Gränsrådet Ås–Fjellby", None)),
    ("Protokoll från sammanträde med arbetsutskottet", ("Arbetsutskottet", None)),
])
def test_a_swedish_sitting_s_word_in_the_title_names_no_body(title, want):
    from motebok.extract.header import _body_and_organization
    assert _body_and_organization(title) == want


@pytest.mark.parametrize(("title", "want"), [
    # (s77k) the definite "sammanträdet", "mötet" too, with the sitting's number before
    # "i", a comma or nothing; "fört vid" alone; a number in the series is never a body
    ("Protokoll från sammanträdet 1/2027", (None, None)),
    ("Protokoll fört vid sammanträdet 1/2027", (None, None)),
    ("Sammanträdesprotokoll 1/2027", (None, None)),
    ("Protokoll från sammanträdet 1/2027 i Gränsrådet Ås–Fjellby", ("Gränsrådet Ås–Fjellby", None)),
    ("Protokoll från mötet 2/2027, Gränsrådet Ås–Fjellby", ("Gränsrådet Ås–Fjellby", None)),
    ("Sammanträdesprotokoll 1/2027 – Gränsrådet Ås–Fjellby", ("Gränsrådet Ås–Fjellby", None)),
    ("Møteprotokoll 3/2027 – Regionrådet for Vestdal", ("Regionrådet for Vestdal", None)),
    ("Referat fra møte 3/2027, Regionrådet for Vestdal", ("Regionrådet for Vestdal", None)),
    # … but after the comma only a body: where or how it met is none
    ("Referat fra møte 3/2027, Teams", (None, None)),
    ("Referat fra møte 3/2027, Fjordby", (None, None)),
    ("Protokoll fra møte nr. 3/15, mandag 9. og tirsdag 10. november 2015", (None, None)),
])
def test_a_swedish_sitting_s_number_before_the_body_is_no_part_of_it(title, want):
    assert body_and_organization(title) == want


def test_a_shouted_swedish_committee_letterhead_keeps_its_places_capitals():
    # (s77l) the letterhead names the body the title's sitting does not
    text = ("GRÄNSKOMMITTÉN FJELLBY-ÅSMARK\n\nPROTOKOLL FRÅN SAMMANTRÄDE 1/2027\n\n"
            "Datum: 2027-02-02\nSammanträdesdatum: 2027-01-28\n\n"
            "Beslutande: Eva Berg, Per Dahl\n\n§ 1 Val av justerare\n\nPer Dahl valdes.\n")
    assert parse_bytes(text.encode(), "gk.txt").body == "Gränskommittén Fjellby-Åsmark"


@pytest.mark.parametrize(("title", "expected"), [
    # (s77c) the municipalities after a dash are the other side of a joint body, no region
    # it serves nor a subject: the body keeps its whole name, no parent
    ("Samarbeidsutvalet tannhelse – Kommunane",
     ("Samarbeidsutvalet tannhelse – Kommunane", None)),
    ("Samarbeidsutvalget for tannhelse – kommunene i Sørdal",
     ("Samarbeidsutvalget for tannhelse – kommunene i Sørdal", None)),
])
def test_the_municipalities_after_a_dash_are_a_joint_body_s_other_side(title, expected):
    assert body_and_organization(title) == expected


@pytest.mark.parametrize("service", ["Tannhelsetenesta i Vestfjord",
                                     "Den offentlege tannhelsetenesta"])
def test_a_service_over_its_post_holders_meeting_is_their_parent(service):
    # (s77c) the clinic heads of the county's dental service meet as its own forum
    text = (f"{service}\n\nREFERAT FRÅ KLINIKKSJEFMØTET\n\nDato: 19. januar 2027\n\n"
            "Sak 1 – Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "ks.txt")
    assert (record.body, record.organization) == ("Klinikksjefmøtet", service)


def test_a_county_letterhead_over_its_joint_body_with_the_municipalities_is_the_host():
    # (s77c) "Vestfjord fylkeskommune" over "PROTOKOLL" and the body "… – kommunene i …":
    # the county is one side of the body, no parent (as over "Samarbeidsmøte … og
    # kommunane" in the title)
    text = ("Vestfjord fylkeskommune\n\nPROTOKOLL\n"
            "Samarbeidsutvalget for tannhelse – kommunene i Sørdal\n\n"
            "Møte 24. november 2026 kl. 13.00–15.30\n\nSak 19/26 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "su.txt")
    assert record.body == "Samarbeidsutvalget for tannhelse – kommunene i Sørdal"
    assert record.organization is None


def test_a_word_opening_an_item_s_title_is_no_name_for_a_shouted_body():
    # (s77k) "Sak 2/27 Tannhelse for eldre": the title's first word has its capital as
    # any first word, so the shouted body's "TANNHELSE" stays a common noun
    text = ("REFERAT FRÅ MØTE I SAMARBEIDSUTVALET TANNHELSE – KOMMUNANE\n\n"
            "Dato: 4. mai 2027\n\nTil stades: Ola Nes, Lise Berg\n\n"
            "Sak 1/27 Godkjenning\nGodkjend.\n\nSak 2/27 Tannhelse for eldre\nDrøfta.\n")
    assert parse_bytes(text.encode(), "su.txt").body == "Samarbeidsutvalet tannhelse – kommunane"


def test_a_board_in_a_capitals_title_of_the_letterhead_s_service_is_its_board():
    # (s77p) "STYRET FOR PPT FOR INDRE VESTDAL" under the letterhead "PPT for Indre
    # Vestdal": the board, and the service the head writes as a name its parent
    text = ("PPT for Indre Vestdal\n\nMØTEBOK – STYRET FOR PPT FOR INDRE VESTDAL\n\n"
            "Møtedato: 11.02.2027\n\nSak 1/27 Godkjenning av innkalling\nGodkjend.\n")
    record = parse_bytes(text.encode(), "ppt.txt")
    assert (record.body, record.organization) == ("Styret", "PPT for Indre Vestdal")


@pytest.mark.parametrize("banner", ["Frivilligsentralen i Eikvåg", "Idrettsrådet i Nordby"])
def test_an_association_named_kind_first_over_a_board_s_title_is_its_parent(banner):
    # (s77p) the volunteer centre's or the sports council's name over "Protokoll frå
    # styremøte": the association whose board met
    text = (f"{banner}\n\nProtokoll frå styremøte\n\nMøtedato: 20. april 2027\n\n"
            "Sak 11/27 Godkjenning av innkalling\nGodkjend.\n")
    record = parse_bytes(text.encode(), "fs.txt")
    assert (record.body, record.organization) == ("Styret", banner)


def test_a_shared_service_described_in_words_over_the_title_is_the_parent():
    # (s77p) "PPT Sørdalen – interkommunal pedagogisk-psykologisk tjeneste" over a
    # council's minutes: the service, as "… – interkommunalt samarbeid" is read
    text = ("PPT Sørdalen – interkommunal pedagogisk-psykologisk tjeneste\n\n"
            "Referat fra møte i samarbeidsutvalget\n\nDato: 25. november 2027\n\n"
            "1. Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "su.txt")
    assert (record.body, record.organization) == ("Samarbeidsutvalget", "PPT Sørdalen")


@pytest.mark.parametrize(("service", "parent"), [
    ("PP-tjenesten i Dal og Fjord", "PP-tjenesten i Dal og Fjord"),
    ("TANNHELSETENESTA I VESTFJORD", "Tannhelsetenesta i Vestfjord"),
    ("Tannhelsetenesta i regionen", None),
    ("Tannhelsetenesta i vestfjord og Dal", None),
    ("PP-tjenesten i Dal og fjord", None),
])
def test_a_service_over_its_post_holders_meeting_names_its_region_capitalised(service, parent):
    # (s78h) the service's region after "i" is a name, capitalised (the service's words in
    # any case, as a letterhead in capitals writes them): "… i regionen" names none
    text = (f"{service}\n\nREFERAT FRÅ KLINIKKSJEFMØTET\n\nDato: 19. januar 2027\n\n"
            "Sak 1 – Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "ks.txt")
    assert (record.body, record.organization) == ("Klinikksjefmøtet", parent)


def test_hurried_notes_titled_stikkordsreferat_name_the_body_after_the_dash():
    # (s78d) "Stikkordsreferat – ledergruppa for …, Kystregionen": the document's word, as
    # "Referat – …", then the group and its region
    text = ("Stikkordsreferat – ledergruppa for helsestasjon og skolehelsetjeneste, "
            "Kystregionen\nDato: 26.02.2026\n\n1. Eventuelt\n- ingen saker\n")
    record = parse_bytes(text.encode(), "sr.txt")
    assert (record.body, record.organization) == (
        "Ledergruppa for helsestasjon og skolehelsetjeneste", "Kystregionen")


def test_a_subtitle_wrapped_after_its_dash_goes_on_in_the_region_below():
    # (s78d) a PDF's "REFERAT" / "Fagnettverk for … –" / "Kystregionen": no name ends on a
    # dash, the line under it is the region the network serves
    text = ("REFERAT\nFagnettverk for helsesykepleiere i helsestasjon og skolehelsetjenesten –\n"
            "Kystregionen\nTid: 12. mars 2026 kl. 09.00–14.00\n\n1. Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "fn.txt")
    assert (record.body, record.organization) == (
        "Fagnettverk for helsesykepleiere i helsestasjon og skolehelsetjenesten", "Kystregionen")


@pytest.mark.parametrize(("wrapped", "region"), [
    ("Fagnettverk for helsesykepleiere i Sør-\nTrøndelag", "Sør-Trøndelag"),
    ("Fagnettverk for jordmødre i Nord-\nGudbrandsdalen", "Nord-Gudbrandsdalen"),
])
def test_a_subtitle_wrapped_after_a_hyphen_close_to_its_word_keeps_the_name_whole(
        wrapped, region):
    # (s78k) "… i Sør-" / "Trøndelag": the hyphen is the name's own, nothing comes between
    # (as the unbroken line reads), unlike a dash set apart ("… –" / "Kystregionen")
    text = (f"REFERAT\n{wrapped}\nTid: 12. mars 2026 kl. 09.00–14.00\n\n"
            "1. Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "fn.txt")
    assert record.organization == region


@pytest.mark.parametrize(("banner", "title", "body"), [
    # (s78c) a research fund's name over its board's minutes ("fondsstyret"), and a
    # career centre's over the minutes of the forum it runs
    ("Regionalt forskningsfond Nordfjella", "Protokoll fra møte i fondsstyret", "Fondsstyret"),
    ("Regionalt forskingsfond Vestfjord", "Protokoll frå styremøte", "Styret"),
    ("Karrieresenteret i Sørvika", "Referat – Samarbeidsforum for karriereveiledning",
     "Samarbeidsforum for karriereveiledning"),
])
def test_a_fund_or_a_career_centre_over_the_title_is_the_parent(banner, title, body):
    text = (f"{banner}\n\n{title}\n\nMøtedato: 11. mars 2027\n\n"
            "Sak 1/27 Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "f.txt")
    assert (record.body, record.organization) == (body, banner)


@pytest.mark.parametrize("title", ["Protokoll från sammanträdet den 11 februari 2027",
                                   "Referat fra møtet den 11 februar 2027"])
def test_a_title_s_day_without_its_dot_before_a_month_s_word_names_no_body(title):
    # (s78a) Swedish writes a day without its dot ("den 11 februari 2027"), a Norwegian
    # title now and then too: the day, not part of a body, so the letterhead's body stands
    text = (f"{title}\n\nGränskommittén Eda–Eidskog\n\nPlats: Kommunhuset\n\n"
            "§ 1 Öppnande\nOrdföranden öppnade mötet.\n")
    record = parse_bytes(text.encode(), "gk.txt")
    assert (record.body, record.meeting.date) == ("Gränskommittén Eda–Eidskog", "2027-02-11")


@pytest.mark.parametrize(("shouted", "body"), [
    ("SAMARBEIDSUTVALET TANNHELSE", "Samarbeidsutvalet tannhelse"),
    ("FAGGRUPPA HELSE OG OMSORG", "Faggruppa helse og omsorg"),
    ("REGIONRÅDET NORDHORDLAND", "Regionrådet Nordhordland"),
])
def test_a_shouted_body_s_noun_and_its_service_s_field_keep_the_field_small(shouted, body):
    # (s78a) a body's noun and the field it works for only ("tannhelse", "helse og omsorg"):
    # common nouns, as "Samarbeidsutvalget for tannhelse" reads; a place keeps its capital
    text = (f"{shouted}\n\nReferat frå møte\n\nDato: 4. mai 2027\nStad: Kommunehuset\n\n"
            "Til stades: Ola Nes, Lise Berg\n\nSak 1/27 Godkjenning\nGodkjend.\n")
    assert parse_bytes(text.encode(), "su.txt").body == body


@pytest.mark.parametrize("title", ["Referat fra Styringsgruppa E39 mai",
                                   "Referat fra Styringsgruppa E39 12 mai 2027"])
def test_a_number_glued_to_a_word_before_a_month_is_no_day(title):
    # (s78a) the day without its dot stands alone: "E39" is a road's name, not a 39th
    assert body_and_organization(title)[0].startswith("Styringsgruppa E39")


@pytest.mark.parametrize(("banner", "title", "body"), [
    ("Krisesenteret i Vesterdal", "Referat fra styremøte", "Styret"),
    ("Overgrepssenteret Søndre Dal", "Referat fra styremøte", "Styret"),
    ("Støttesenter mot incest og seksuelle overgrep Nordfjell", "Referat fra styremøte",
     "Styret"),
    # (its samarbeidsråd too, as "Samarbeidsrådet for Krisesenteret i Vestfold" is read)
    ("Krisesenteret i Vesterdal", "Referat fra samarbeidsrådet", "Samarbeidsrådet"),
])
def test_a_crisis_centre_named_over_the_title_is_the_parent(banner, title, body):
    # (s78b) the centre the kommuner run together, whose board, council or staff met
    text = (f"{banner}\nInterkommunalt krisesentertilbud for Elvdal og Åsmark\n\n{title}\n"
            "Møtedato: 16.09.2027\n\n1. Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "ks.txt")
    assert (record.body, record.organization) == (body, banner)


def test_a_company_of_a_place_in_capitals_over_a_description_is_the_letterhead():
    # (s78b) "KRISESENTERET I NORDVIK IKS" over what it is: its "I" small again
    text = ("KRISESENTERET I NORDVIK IKS\nInterkommunalt krisesenter for Nordvik og Alstad\n\n"
            "PROTOKOLL FRA STYREMØTE\n\nDato: 9. mars 2027\n\n"
            "Sak 11/27 Godkjenning av innkalling\nGodkjent.\n")
    record = parse_bytes(text.encode(), "ks.txt")
    assert (record.body, record.organization) == ("Styret", "Krisesenteret i Nordvik IKS")


def test_a_meeting_word_then_a_crisis_centre_in_the_title_is_body_and_parent():
    # (s78b) "Referat – kontaktpersonmøte Krisesenteret i Østmark"
    assert body_and_organization("Referat – kontaktpersonmøte Krisesenteret i Østmark") == \
        ("Kontaktpersonmøte", "Krisesenteret i Østmark")


@pytest.mark.parametrize(("title", "body"), [
    ("Referat fra samarbeidsrådet – møte med kommunenes kontaktpersoner", "Samarbeidsrådet"),
    ("Referat fra styret – møte med eierkommunene", "Styret"),
])
def test_those_a_body_met_with_after_a_dash_are_no_part_of_its_name(title, body):
    # (s78b) the body met; "– møte med …" says with whom
    assert body_and_organization(title)[0] == body


def test_the_kind_of_cases_a_meeting_took_is_no_part_of_the_body():
    # (s78b) "Referat fra personalmøte med AMU-saker": the staff meeting met
    assert body_and_organization("Referat fra personalmøte med AMU-saker")[0] == "Personalmøte"


@pytest.mark.parametrize(("title", "body", "organization"), [
    # (s78e) a gathering's word, a dash, then the network named by its region's genitive
    # or an adjective: the network met (the genitive "-regionens" its cooperation, as
    # "Osloregionens faggruppe" is read)
    ("Oppsummering fra nettverkssamling – Kystregionens nettverk for rus og psykisk helse",
     "Kystregionens nettverk for rus og psykisk helse", "Kystregionen"),
    ("Referat frå fagsamling – Regionalt nettverk for psykisk helse i Sogn",
     "Regionalt nettverk for psykisk helse", "Sogn"),
    # a network's meeting word as its gathering's; a board's names the parent after it
    ("Referat fra nettverksmøte – Regionalt nettverk for rus og psykisk helse",
     "Regionalt nettverk for rus og psykisk helse", None),
    ("Referat fra styremøte – Regionalt næringsforum Sunnfjord",
     "Styret", "Regionalt næringsforum Sunnfjord"),
    ("Referat fra nettverksmøte – Regionalt ROP-nettverk Sørdal",
     "Regionalt ROP-nettverk Sørdal", None),
    # a gathering with a municipality after the dash names no body
    ("Referat fra samling – Nordvik kommune", None, None),
])
def test_a_gathering_then_a_network_named_after_a_qualifier_is_the_network(
        title, body, organization):
    assert body_and_organization(title) == (body, organization)


def test_what_the_steered_team_is_after_a_dash_is_no_part_of_the_body():
    # (s78e) "Styringsgruppen for FACT Vestdalen – interkommunalt ROP-team": the words
    # after the dash say what the team is
    assert body_and_organization("Styringsgruppen for FACT Vestdalen – interkommunalt "
                                 "ROP-team") == ("Styringsgruppen for FACT Vestdalen", None)


def test_a_mail_subject_s_network_word_gives_way_to_the_pasted_heading_s_name():
    # (s78e) "Emne: Referat fra nettverksmøtet 15. april" over a pasted "REFERAT" and
    # "Nettverk for ledere innen rus og psykisk helse, Østre Dal": the network's whole
    # name and its region, which the subject's "Nettverket" shortens
    text = ("Fra: Siri Holte\nSendt: fredag 16. april 2027 08:41\nTil: Nettverket\n"
            "Emne: Referat fra nettverksmøtet 15. april\n\nHei alle,\n\nHer er referatet.\n\n"
            "REFERAT\nNettverk for ledere innen rus og psykisk helse, Østre Dal\n\n"
            "Møtedato: 15.04.2027\n\n1) Referat fra forrige møte\nGodkjent.\n")
    record = parse_bytes(text.encode(), "mail.txt")
    assert (record.body, record.organization) == \
        ("Nettverk for ledere innen rus og psykisk helse", "Østre Dal")


@pytest.mark.parametrize(("title", "body"), [
    # (s78l) the month and year closing a title are the meeting's time after a name's own
    # digits too (a road's number): not part of the body
    ("Referat fra Styringsgruppa E39 mai 2027", "Styringsgruppa E39"),
    ("Referat fra Styringsgruppa E39, mai 2027", "Styringsgruppa E39"),
    ("Referat fra Styringsgruppa mai 2027", "Styringsgruppa"),
    # (a year alone after the digits stays unless an annual meeting's: the name's own)
    ("Årsmøte i Foreningen E18 2026", "Årsmøtet"),
])
def test_a_month_and_year_after_a_road_number_close_the_title_as_its_date(title, body):
    assert body_and_organization(title)[0] == body


@pytest.mark.parametrize(("title", "body"), [
    # (s78l) a sitting's day without its dot before the month's word is no number of the
    # sitting: "sammanträdet 11 februari 2027" names no body ("Februari" was read)
    ("Protokoll från sammanträdet 11 februari 2027", None),
    ("Referat fra møtet 11 februar 2027", None),
    ("Protokoll från mötet 11 februari 2027 i Gränskommittén Nord", "Gränskommittén Nord"),
    # (the sitting's number stays one: "sammanträdet 3 i X")
    ("Protokoll från sammanträdet 3 i Gränsrådet Nord", "Gränsrådet Nord"),
])
def test_a_sitting_s_day_without_its_dot_is_its_date_not_its_number(title, body):
    assert body_and_organization(title)[0] == body


def test_a_sitting_s_day_without_den_leaves_the_letterhead_s_body():
    text = ("Protokoll från sammanträdet 11 februari 2027\n\nGränskommittén Eda–Eidskog\n\n"
            "Plats: Kommunhuset\n\n§ 1 Öppnande\nOrdföranden öppnade mötet.\n")
    record = parse_bytes(text.encode(), "gk.txt")
    assert (record.body, record.meeting.date) == ("Gränskommittén Eda–Eidskog", "2027-02-11")


@pytest.mark.parametrize(("title", "expected"), [
    # (s79c) a region's part after its name ("Nordmark sør", "Trøndelag nord") is the
    # region the network serves, as "i Nordmark" is
    ("Referat fra møte i kompetansenettverket i Nordmark sør",
     ("Kompetansenettverket", "Nordmark sør")),
    ("Referat fra møte i Helsenettverket i Namdalen nord", ("Helsenettverket", "Namdalen nord")),
    ("Referat fra møte i kompetansenettverket i Nordmark", ("Kompetansenettverket", "Nordmark")),
])
def test_a_region_with_its_compass_part_after_i_is_the_parent(title, expected):
    assert body_and_organization(title) == expected


def test_a_heading_naming_the_body_s_meeting_with_another_party_is_the_title():
    # (s79c) "# Body – møte med Statsforvalteren …" names the meeting: the title, not
    # the bare "Referat" set under it
    text = ("# Oppvekstforum Sørfjord – møte med Statsforvalteren i Nordmark\n\n**Referat**\n\n"
            "- **Møtedato:** 6. april 2027\n\n## Punkt 1 Velkommen\n\nDagsorden ble godkjent.\n")
    record = parse_bytes(text.encode(), "forum.md")
    assert (record.title, record.body) == \
        ("Oppvekstforum Sørfjord – møte med Statsforvalteren i Nordmark", "Oppvekstforum Sørfjord")


@pytest.mark.parametrize(("letterhead", "body"), [
    # (s79e) a body's name in capitals with the region after a dash, over the minutes line:
    # the region a position word opens keeps both its capitals, as such names are written
    ("BRUKARRÅDET FOR HELSETENESTER – VESTRE FJORD",
     "Brukarrådet for helsetenester – Vestre Fjord"),
    ("ELDRERÅDET – NORDRE LAND", "Eldrerådet – Nordre Land"),
    # (an em dash parts the name from the region as an en dash does)
    ("BRUKARRÅDET FOR HELSETENESTER — VESTRE FJORD",
     "Brukarrådet for helsetenester — Vestre Fjord"),
    # ("indre" and "ytre" open topics too: the word after them keeps its small letter)
    ("ARBEIDSGRUPPE – INDRE KONTROLL", "Arbeidsgruppe – Indre kontroll"),
])
def test_a_region_after_a_dash_in_a_capitals_letterhead_keeps_its_position_word_s_name(
        letterhead, body):
    text = (f"{letterhead}\nProtokoll frå møte 3. mars 2027\n\nTid: kl. 10.00–13.00\n"
            "Stad: Kommunehuset\n\nSak 1/27 Godkjenning av innkalling\nGodkjend.\n")
    record = parse_bytes(text.encode(), "br.txt")
    assert (record.title, record.body, record.organization) == (
        "Protokoll frå møte 3. mars 2027", body, None)


def test_a_group_for_a_municipal_programme_keeps_it_in_its_name():
    # (s79a) "arbeidsgruppen for Trafikksikker kommune" works for a programme a
    # municipality is certified by (an adjective, no municipality's name): the group's
    # name, the letterhead's municipality its parent
    text = ("Sørbø kommune\n\nReferat fra arbeidsgruppen for Trafikksikker kommune\n\n"
            "Dato: 11.01.2027\n\nTil stede: Kari Holm, Per Dahl\n\nSak 1/27 Status\nTekst.\n")
    record = parse_bytes(text.encode(), "tk.txt")
    assert (record.body, record.organization) == (
        "Arbeidsgruppen for Trafikksikker kommune", "Sørbø kommune")


def test_a_letterhead_s_organisation_and_date_joined_by_a_middle_dot_date_the_document():
    # (s79a) "**Sørbø kommune** · 2. februar 2027" under the title: the letterhead's
    # organisation and the document's own date, apart from the meeting's "Dato:"
    text = ("# Referat fra arbeidsgruppen for trafikksikkerhet\n\n"
            "**Sørbø kommune** · 2. februar 2027\n\n**Dato:** 11.01.2027\n\n"
            "**Til stede:** Kari Holm, Per Dahl\n\n### Sak 1/27 Status\n\nTekst.\n")
    record = parse_bytes(text.encode(), "tk.md")
    assert (record.organization, record.document_date, record.meeting.date) == (
        "Sørbø kommune", "2027-02-02", "2027-01-11")


def test_a_subtitle_describing_the_network_names_the_region_it_serves():
    # (s79a) "Referat fra møte i TS-koordinatornettverket" over "Regionalt nettverk for
    # trafikksikkerhetskoordinatorer i Dalaregionen": the same network in words, its region
    # the parent
    text = ("Referat fra møte i TS-koordinatornettverket\n\n"
            "Regionalt nettverk for trafikksikkerhetskoordinatorer i Dalaregionen\n\n"
            "Dato: 3. mars 2027\nSted: Teams\n\nDeltakere:\nKari Holm, Bergdal kommune\n\n"
            "1. Velkommen\nAgendaen ble godkjent.\n")
    record = parse_bytes(text.encode(), "ts.txt")
    assert (record.body, record.organization) == ("TS-koordinatornettverket", "Dalaregionen")


@pytest.mark.parametrize(("shouted", "body"), [
    ("FAGGRUPPA KULTURARV", "Faggruppa kulturarv"),
    ("SAMARBEIDSUTVALET HELSE OG VELFERD", "Samarbeidsutvalet helse og velferd"),
    ("FAGRÅDET KOLLEKTIVTRANSPORT", "Fagrådet kollektivtransport"),
])
def test_a_person_s_unit_field_is_a_service_s_field_in_a_shouted_body_too(shouted, body):
    # (s79h) the fields a person's unit is named by (participants.FIELD_UNITS) are one
    # list with the service fields a shouted body's name ends in: common nouns, small
    text = (f"{shouted}\n\nReferat frå møte\n\nDato: 4. mai 2027\nStad: Kommunehuset\n\n"
            "Til stades: Ola Nes, Lise Berg\n\nSak 1/27 Godkjenning\nGodkjend.\n")
    assert parse_bytes(text.encode(), "su.txt").body == body
def test_a_world_heritage_council_named_after_its_site_and_place_stays_whole() -> None:
    # (s79d) "for helleristningene i Hjortevik": the place is the site's, as in "… for
    # Skjærvika helleristningsfelt", no parent of the council
    assert body_and_organization("Verdensarvrådet for helleristningene i Hjortevik") == (
        "Verdensarvrådet for helleristningene i Hjortevik", None)
    assert body_and_organization("Arbeidsutvalget i Kystregionen") == (
        "Arbeidsutvalget", "Kystregionen")
def test_a_body_named_under_the_utvalg_column_of_a_header_table() -> None:
    # (s79i) "Utvalg | Møtedato | Møtested | Tid" over "Styret | …": the body's own name is
    # a label word elsewhere ("Styret: Kari Holm"), under the body's column it is the value
    text = ("# Møteprotokoll\n\n| Utvalg | Møtedato | Møtested | Tid |\n|---|---|---|---|\n"
            "| Styret | 09.03.2027 | Halden rådhus | 13:00–15:30 |\n\n"
            "## Sak 1/27 Godkjenning\n\nGodkjent.\n")
    record = parse_bytes(text.encode(), "protokoll.md")
    assert record.body == "Styret"
    assert (record.meeting.date, record.meeting.start, record.meeting.end,
            record.meeting.location) == ("2027-03-09", "13:00", "15:30", "Halden rådhus")


def test_a_group_for_a_municipality_by_its_name_has_it_as_parent():
    # (s79m) the negative of the programme's rule: "for Nordby kommune" names a
    # municipality (no adjective), the group's parent, as before
    text = ("Sørbø kommune\n\nReferat fra arbeidsgruppen for Nordby kommune\n\n"
            "Dato: 11.01.2027\n\nTil stede: Kari Holm, Per Dahl\n\nSak 1/27 Status\nTekst.\n")
    record = parse_bytes(text.encode(), "tk.txt")
    assert (record.body, record.organization) == ("Arbeidsgruppen", "Nordby kommune")


@pytest.mark.parametrize("dotted", [
    "**Sørbø kommune** · Teknisk etat",  # no date after the dot
    "**Sørbø kommune** · 2. februar 2027 kl. 10.00",  # the hours after it: the meeting's
])
def test_a_middle_dot_line_without_a_date_alone_after_it_dates_no_document(dotted):
    # (s79m) the negative of the middle dot's rule: only a date alone after the dot is
    # the document's own
    text = (f"# Referat fra arbeidsgruppen for trafikksikkerhet\n\n{dotted}\n\n"
            "**Til stede:** Kari Holm, Per Dahl\n\n### Sak 1/27 Status\n\nTekst.\n")
    assert parse_bytes(text.encode(), "tk.md").document_date is None


def test_a_heading_with_a_meeting_with_another_party_but_no_body_is_no_title():
    # (s79m) the negative of the party's rule: "Innspill fra foreldrene" names no body, so
    # the heading is not read as the meeting's title over "Referat"
    text = ("# Innspill fra foreldrene – møte med rektor\n\n**Referat**\n\n"
            "- **Møtedato:** 6. april 2027\n\n## Punkt 1 Velkommen\n\nDagsorden ble godkjent.\n")
    assert parse_bytes(text.encode(), "f.md").title == "Referat"


def test_a_subtitle_describing_another_kind_of_body_names_no_parent():
    # (s79m) the negative of the described network's rule: a forum under a network's title
    # is not the network described in words, so its region is no parent
    text = ("Referat fra møte i TS-koordinatornettverket\n\n"
            "Regionalt forum for trafikksikkerhet i Dalaregionen\n\n"
            "Dato: 3. mars 2027\nSted: Teams\n\nDeltakere:\nKari Holm, Bergdal kommune\n\n"
            "1. Velkommen\nAgendaen ble godkjent.\n")
    record = parse_bytes(text.encode(), "ts.txt")
    assert (record.body, record.organization) == ("TS-koordinatornettverket", None)
@pytest.mark.parametrize(("letterhead", "body"), [
    # (s79l) after a council named in its definite form, "indre"/"ytre" open its region
    ("REGIONRÅDET – INDRE SOGN", "Regionrådet – Indre Sogn"),
    ("BRUKARRÅDET FOR HELSETENESTER – YTRE FJORD", "Brukarrådet for helsetenester – Ytre Fjord"),
    # two places after the dash, the first a name of two capitalised parts
    ("REGIONRÅDET – NORD-FRON OG SEL", "Regionrådet – Nord-Fron og Sel"),
    # (an indefinite kind takes its topic after the dash: the noun stays small)
    ("ARBEIDSGRUPPE – YTRE MILJØ", "Arbeidsgruppe – Ytre miljø"),
])
def test_a_region_after_a_dash_keeps_its_capitals_after_a_named_council(letterhead, body):
    text = (f"{letterhead}\nProtokoll frå møte 3. mars 2027\n\nTid: kl. 10.00–13.00\n"
            "Stad: Kommunehuset\n\nSak 1/27 Godkjenning av innkalling\nGodkjend.\n")
    record = parse_bytes(text.encode(), "rr.txt")
    assert (record.title, record.body, record.organization) == (
        "Protokoll frå møte 3. mars 2027", body, None)
@pytest.mark.parametrize("text", [
    # (s79j) a vocational training office named over the title: the parent of its board
    ("Opplæringskontoret for bygg og anlegg i Vestmark SA\n\nPROTOKOLL FRA STYREMØTE\n\n"
     "Dato: 11. mars 2027\n\nSak 1/27 Godkjenning\nGodkjent.\n"),
    # … or under it, as the line after a web page's heading
    ("# Protokoll fra styremøte\n\n**Opplæringskontoret for bygg og anlegg i Vestmark SA**\n\n"
     "Dato: 11. mars 2027\n\n## Sak 1/27 Godkjenning\n\nGodkjent.\n"),
])
def test_a_training_office_named_beside_the_title_is_the_parent(text):
    record = parse_bytes(text.encode(), "ok.md" if text[0] == "#" else "ok.txt")
    assert (record.body, record.organization) == \
        ("Styret", "Opplæringskontoret for bygg og anlegg i Vestmark SA")


def test_a_county_letterhead_before_its_vocational_training_unit_is_the_parent():
    # (s79j) "Vestmark fylkeskommune – Fagopplæringen": the county, then the unit that
    # writes for its yrkesopplæringsnemnd
    text = ("Vestmark fylkeskommune – Fagopplæringen\n\n"
            "Referat fra møte i yrkesopplæringsnemnda\n\nMøtedato: 3. februar 2027\n\n"
            "Sak 1/27 Godkjenning\nGodkjent.\n")
    record = parse_bytes(text.encode(), "ynemnd.txt")
    assert record.organization == "Vestmark fylkeskommune"
