"""Pages a copy ran into one line each: broken back into their lines, then read."""

from __future__ import annotations

import pytest

from motebok.extract.flat import may_hold_glued_case, split_glued_cases, unflatten
from motebok.extract.text import to_lines
from motebok.parse import parse_bytes
from motebok.read.blocks import Block, BlockKind


def test_a_page_a_copy_ran_into_one_line():
    page = ("Fjellnemnda MØTEPROTOKOLL Tid: 10.00 Sted: Villreinsenteret, Hjerkinn "
            "Til stede: Marit Rolstad, Lesja kommune, Odd Angård, Dovre kommune "
            "Forfall: Arnt Gulaker, Oppdal kommune Saker til behandling 13/1 Årsmelding 2012 "
            "for nemnda 13/2 Budsjett 2013 for nemnda, vedtatt i møtet i fjor etter "
            "lang debatt og med stort flertall blant medlemmene")
    assert unflatten(page) == [
        "Fjellnemnda MØTEPROTOKOLL", "Tid: 10.00", "Sted: Villreinsenteret, Hjerkinn",
        "Til stede: Marit Rolstad, Lesja kommune, Odd Angård, Dovre kommune",
        "Forfall: Arnt Gulaker, Oppdal kommune", "Saker til behandling",
        "13/1 Årsmelding 2012 for nemnda",
        "13/2 Budsjett 2013 for nemnda, vedtatt i møtet i fjor etter lang debatt og med "
        "stort flertall blant medlemmene"]
    agenda = ("Dagsorden Sak 1 Referat fra forrige møte Sak 2 Via Nordica 2016 fremdrift og "
              "status v/ny prosjektleder Sak 3 Nytt fra forbundsstyret v/nvf-sekretær Sak 4 "
              "Årsmøtet 2015 foredragsholder? Sak 5 Styremedlemmer orienterer fra virksomheten "
              "Sak 6 Eventuelt Sak 7 Neste møte Kontoradresse Brynsengfaret 6A Postadresse")
    assert unflatten(agenda)[:3] == [
        "Dagsorden", "Sak 1 Referat fra forrige møte",
        "Sak 2 Via Nordica 2016 fremdrift og status v/ny prosjektleder"]
    sentence = "Vi drøftet saken. " * 30  # long, but no labels: one paragraph
    assert unflatten(sentence) == [sentence]
    record = parse_bytes(page.encode(), "flat.txt")
    assert record.meeting.location == "Villreinsenteret, Hjerkinn"
    assert [i.number for i in record.items] == ["13/1", "13/2"]


def test_a_case_systems_pages_run_into_one_line_each():
    # each page begins with its number; the case letters ("SR", "FR") stay with the
    # number, a number cited in the text ("vedtak i sak 2/2019:", "Vedtak SR 4/2019:")
    # breaks nothing, and the parts of a case in capitals stand on lines of their own
    first = ("1 KYRKJELYDEN I NORDVIK Møteprotokoll for Tid: kl. 18:00-20:30 Stad: NORDVIK "
             "Frammøtte: Kari Holm Leiar Per Dahl Saker handsama på møtet: "
             "Saksnr Tittel SR 2019/4 Godkjenning av innkalling "
             "SR 2019/5 Skriv og meldingar FR 2019/6 Budsjett for kyrkjegardane "
             "FR 2019/7 Nytt gjerde rundt kyrkjegarden på Nordvik")
    assert unflatten(first) == [
        "KYRKJELYDEN I NORDVIK", "Møteprotokoll for", "Tid: kl. 18:00-20:30", "Stad: NORDVIK",
        "Frammøtte: Kari Holm Leiar Per Dahl", "Saker handsama på møtet: Saksnr Tittel",
        "SR 2019/4 Godkjenning av innkalling", "SR 2019/5 Skriv og meldingar",
        "FR 2019/6 Budsjett for kyrkjegardane",
        "FR 2019/7 Nytt gjerde rundt kyrkjegarden på Nordvik"]
    second = ("2 SR 2019/4 Godkjenning av innkalling UTGREIING Innkallinga vart sendt ut "
              "i god tid, jf. vedtak i sak 2/2019: Frist for innkalling. INNSTILLING "
              "1. godkjenner innkallinga. MØTEHANDSAMING SAMRØYSTES VEDTAK 1. godkjenner "
              "innkallinga. Vedtak SR 4/2019: Innkallinga vart godkjend. "
              "SR 2019/5 BEHANDLING AV SKRIV Skriva vart lagde fram for rådet")
    assert unflatten(second) == [
        "SR 2019/4 Godkjenning av innkalling", "UTGREIING",
        "Innkallinga vart sendt ut i god tid, jf. vedtak i sak 2/2019: Frist for innkalling.",
        "INNSTILLING", "1. godkjenner innkallinga.", "MØTEHANDSAMING", "SAMRØYSTES VEDTAK",
        "1. godkjenner innkallinga. Vedtak SR 4/2019: Innkallinga vart godkjend.",
        "SR 2019/5 BEHANDLING AV SKRIV", "Skriva vart lagde fram for rådet"]
    record = parse_bytes(f"{first}\n\n{second}\n".encode(), "protokoll.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("2019/4", "Godkjenning av innkalling"), ("2019/5", "BEHANDLING AV SKRIV"),
        ("2019/6", "Budsjett for kyrkjegardane"),
        ("2019/7", "Nytt gjerde rundt kyrkjegarden på Nordvik")]
    assert record.items[0].decisions[0] == "godkjenner innkallinga."


def test_the_documents_heading_and_a_seat_tables_heading_in_a_page_run_together():
    page = ("Møtedato: 12.03.2024 Møtestad: Rådhuset, Manger Møtetid: 12:00-15:00 Møtebok for "
            "Fellesnemnda Møtedeltakarar Parti Rolle Kari Holm Radøy SP Medlem Per Dahl Meland "
            "AP Leiar Sakliste 019/24 Godkjenning av innkalling 020/24 Møteprotokoll frå "
            "førre møte 021/24 Budsjett for fellesnemnda 022/24 Eventuelt og neste møte")
    assert unflatten(page) == [
        "Møtedato: 12.03.2024", "Møtestad: Rådhuset, Manger", "Møtetid: 12:00-15:00",
        "Møtebok for Fellesnemnda",
        "Møtedeltakarar Parti Rolle Kari Holm Radøy SP Medlem Per Dahl Meland AP Leiar",
        "Sakliste", "019/24 Godkjenning av innkalling", "020/24 Møteprotokoll frå førre møte",
        "021/24 Budsjett for fellesnemnda", "022/24 Eventuelt og neste møte"]


def test_pages_run_together_whose_cases_run_on_into_their_text():
    agenda = ("REFERAT Møte i Fagrådet for sau Tidspunkt: Tirsdag 30. oktober 2007 kl. 10:00 "
              "Deltakere: Kari Holm (leder), Ola Dahl og Per Lie (sekr.). Saker: "
              "Sak 20/07 Innkalling og sakliste Sak 21/07 Referat fra forrige møte "
              "Sak 22/07 Mandat for fagrådet Sak 23/07 Budsjett for 2008 Sak 24/07 Møteplan "
              "for 2008 Sak 25/07 Eventuelt")
    body = ("Sak 20/07 Innkalling og sakliste Innkalling og sakliste godkjennes. Sak 21/07 "
            "Referat fra forrige møte Referatet fra møtet 15. juni godkjennes. Sak 22/07 Mandat "
            "for fagrådet Fagrådet drøftet forslaget til mandat, som ble sendt styret i august "
            "for endelig behandling, og som fagrådet vil ta opp igjen på neste møte.")
    record = parse_bytes(f"{agenda}\n\n{body}\n".encode(), "fagrad.txt")
    assert [(i.number, i.title, i.decisions) for i in record.items] == [
        ("20/07", "Innkalling og sakliste", ["Innkalling og sakliste godkjennes."]),
        ("21/07", "Referat fra forrige møte", ["Referatet fra møtet 15. juni godkjennes."]),
        ("22/07", "Mandat for fagrådet", []), ("23/07", "Budsjett for 2008", []),
        ("24/07", "Møteplan for 2008", []), ("25/07", "Eventuelt", [])]


def test_an_agenda_of_case_numbers_run_into_a_line_with_sak_nr():
    page = ("Dagsorden : Sak nr.: 40/21 GODKJENNING AV SAKSLISTE... 2 Sak nr.: 41/21 REFERAT "
            "FRA STYREMØTE Sak nr.: 42/21 ORIENTERING FRA SEKRETARIATET... 3 Sak nr.: 43/21 "
            "HØRINGSUTTALELSE OM REGIONAL PLAN FOR KYSTSONEN... 3 Sak nr.: 44/21 "
            "BEHANDLING AV AKTUELLE HØRINGER... 4 Sak nr.: 45/21 MØTEPLAN FOR VÅREN... 4 "
            "Sak nr.: 46/21 EVENTUELT... 4")
    assert unflatten(page) == [
        "Dagsorden :", "Sak nr.: 40/21 GODKJENNING AV SAKSLISTE... 2",
        "Sak nr.: 41/21 REFERAT FRA STYREMØTE",
        "Sak nr.: 42/21 ORIENTERING FRA SEKRETARIATET... 3",
        "Sak nr.: 43/21 HØRINGSUTTALELSE OM REGIONAL PLAN FOR KYSTSONEN... 3",
        "Sak nr.: 44/21 BEHANDLING AV AKTUELLE HØRINGER... 4",
        "Sak nr.: 45/21 MØTEPLAN FOR VÅREN... 4", "Sak nr.: 46/21 EVENTUELT... 4"]


def test_case_headings_a_copy_glued_on_to_the_sentence_before():
    text = ("Referat frå Ungdomsrådsmøte 11. desember 2006\n\nTil Stades: Kari Holm, Ola Dahl.\n\n"
            "Sak 01: Ungdomspanelet: Det blir arbeidd med billigare ungdomskort.Sak 02: Økonomi. "
            "U-rådet vedtok å søke kommunen om hundre tusen kroner til drift.Sak 03: Nestun. "
            "Kari avtaler med Stine kva som skal kjøpast inn.\n")
    record = parse_bytes(text.encode(), "urad.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("01", "Ungdomspanelet"), ("02", "Økonomi"), ("03", "Nestun")]


@pytest.mark.parametrize(("text", "glued"), [
    ("Sak 3/25 Budsjett", False), ("Vi tok opp Sak 3/25 på nytt.", False),
    ("Det blir billigare ungdomskort.Sak 02: Økonomi.", True),
    ("Rapporten er sendt (se vedlegg)Sak 4: Eventuelt", True)])
def test_only_a_case_heading_glued_on_to_a_stop_may_be_cut(text, glued):
    # ``to_lines`` makes a line that opens with its case heading at once, as written
    assert may_hold_glued_case(text) is glued
    assert (len(split_glued_cases(text)) > 1) is glued


def test_a_case_headings_own_line_stays_and_a_glued_one_is_cut():
    blocks = [Block(BlockKind.PARAGRAPH, text) for text in (
        "Referat", "Sak 3/25 Budsjett", "Styret tok saka til orientering.Sak 4: Eventuelt")]
    assert [line.text for line in to_lines(blocks)] == [
        "Referat", "Sak 3/25 Budsjett", "Styret tok saka til orientering.", "Sak 4: Eventuelt"]


def test_a_label_word_that_ends_a_title_in_capitals_is_no_break():
    raw = ("MØTEBOK FOR Tid: Fredag 4. april 2014, kl 10:00 Sted: Sanglagets kontor "
           "Tilstede: Kari Holm, Ola Dahl, Per Lie Forfall: Siv Moe. "
           "SAK 29/14 GODKJENNING AV INNKALLING OG SAKLISTE Kari Holm orienterte om "
           "innkallingen. Innkalling og saksliste godkjent. SAK 30/14 REGNSKAP Regnskapet "
           "ble lagt fram og godkjent av styret etter en lang og god diskusjon.")
    lines = unflatten(raw)
    assert lines[:2] == ["MØTEBOK FOR", "Tid: Fredag 4. april 2014, kl 10:00"]  # a label
    assert "SAK 29/14 GODKJENNING AV INNKALLING OG SAKLISTE" in lines


def test_a_party_board_s_page_run_together_with_its_voters_and_meeting_number():
    record = parse_bytes(
        ("1 Referat: Fylkesstyremøte i Miljølaget Vestland Møte nr. 7/ 2016 Tid: Mandag 12. "
         "september kl Stad: Wigandgården, Bergen Tilstade med stemmerett: Kari Holm, Ola "
         "Dahl, Per Lie. Uten stemmerett: Siv Moe Forfall: Nils Berg Referent: Siv Moe "
         "Sak 60/16: Godkjenning av innkalling Vedtak: Innkallingen godkjent. Sak 61/ 16: "
         "Orienteringer Kari Holm orienterte om årsmøtet og om valgkomiteens arbeid.")
        .encode(), "fylke.txt")
    assert record.organization == "Miljølaget Vestland"
    assert [(p.name, p.role, p.attendance) for p in record.participants] == [
        ("Kari Holm", "member", "present"), ("Ola Dahl", "member", "present"),
        ("Per Lie", "member", "present"), ("Siv Moe", "secretary", "present"),
        ("Nils Berg", "member", "absent")]
    assert [i.number for i in record.items] == ["60/16", "61/16"]


def test_a_referent_label_after_a_case_number_still_breaks():
    raw = ("MØTEINNKALLING MØTETIDSPUNKT: Torsdag 18. november 2010 MØTESTED: Lyngengården "
           "TIL STADES Kari Holm Medl Ola Dahl Leder Per Lie Sak 66/10 Siv Moe Sak 79/10 "
           "REFERENT: Nils Berg SAKLISTE: 64/10 Godkjenning av innkalling og sakliste "
           "65/10 Referatsaker og orienteringssaker 66/10 Statskog, forslag til ny "
           "organisering v/ Siv Moe 67/10 Kultursatsinger i fylket v/ Kari Holm")
    assert "REFERENT: Nils Berg" in unflatten(raw)


def test_an_outcome_run_onto_its_title_in_a_page_run_together():
    from motebok.extract.items import split_heading
    assert split_heading("Godkjenning av innkalling og dagsorden Godkjent uten merknader.") == (
        "Godkjenning av innkalling og dagsorden", "Godkjent uten merknader.")
    assert split_heading("Godkjent") == ("Godkjent", None)


def test_groups_inside_an_attendance_line_of_a_page_run_together():
    from motebok.extract.flat import split_groups
    line = ("Sekretariatet: Liv Berg, Tor Moen Nordvik kommune: rådmann Siv Lie "
            "Koordineringsgruppen: Per Hauge og Anne Vik Prosjekt Kyst og fjord: Jon Ask")
    assert split_groups(line) == [
        "Sekretariatet: Liv Berg, Tor Moen", "Nordvik kommune: rådmann Siv Lie",
        "Koordineringsgruppen: Per Hauge og Anne Vik", "Prosjekt Kyst og fjord: Jon Ask"]
    # no known first name before a group: that colon is no cut, the others still are
    assert split_groups("Fra kommunene: Tage Gam Oslo kommune: Siv Lie") == [
        "Fra kommunene: Tage Gam Oslo kommune: Siv Lie"]
    assert split_groups("Kari Holm orienterte: budsjett") == ["Kari Holm orienterte: budsjett"]


def test_people_of_each_group_in_a_page_run_together():
    page = ("1 Referat fra møte i styret for Fjordregionen Tid: onsdag 14. mars 2012 Sted: "
            "Rådhuset, Nordvik Til stede: Kari Holm, Nordvik kommune Ola Dahl, Sørvik kommune "
            "Dessuten møtte: Sekretariatet: Liv Berg, Tor Moen Nordvik kommune: rådmann Siv "
            "Lie Koordineringsgruppen: Per Hauge, Anne Vik Forfall: Nils Bakke, Austvik kommune "
            "Sak 5/12: Godkjenning av innkalling Innkallingen godkjennes.")
    record = parse_bytes(page.encode(), "side.txt")
    assert [(p.name, p.organization, p.role) for p in record.participants
            if p.role in ("secretary", "guest")] == [
        ("Liv Berg", "sekretariatet", "secretary"), ("Tor Moen", "sekretariatet", "secretary"),
        ("Siv Lie", "Nordvik kommune", "guest"), ("Per Hauge", "Koordineringsgruppen", "guest"),
        ("Anne Vik", "Koordineringsgruppen", "guest")]


def test_a_page_whose_case_titles_run_on_into_their_text():
    page = ("1 Referat fra møte i styret for Fjordregionen Tid: onsdag 14. mars 2012 Sted: "
            "Rådhuset, Nordvik Til stede: Kari Holm, Nordvik kommune Ola Dahl, Sørvik kommune "
            "Forfall: Per Lie, Austvik kommune Sak 5/12: Godkjenning av innkalling til møtet "
            "Innkallingen til møtet godkjennes. Sak 6/12: Godkjenning av referat fra forrige "
            "møte Utkast til referat ble sendt ut med innkallingen. Referatet godkjennes. "
            "Sak 7/12: Budsjett 2013 Sekretariatet orienterte om budsjettet. Styret vedtok "
            "budsjettet slik det ble lagt fram.")
    record = parse_bytes(page.encode(), "side.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("5/12", "Godkjenning av innkalling til møtet"),
        ("6/12", "Godkjenning av referat fra forrige møte"), ("7/12", "Budsjett 2013")]
    assert [i.decisions for i in record.items] == [
        ["Innkallingen til møtet godkjennes."], ["Referatet godkjennes."],
        ["Styret vedtok budsjettet slik det ble lagt fram."]]


def test_a_council_protocol_page_in_nynorsk_with_its_seat_tables_run_together():
    page = ("1 Nordvik kommune Møteprotokoll Kommunestyret Utval: Møtestad: Nordvik kommunehus "
            "Møtedato: Møtetid: 12:00 Møteslutt: 17:30 Fylgjande faste medlemmer var til "
            "stades: Navn Funksjon Representerer Olav Urbø Medlem SP Kjell Grave Varaordførar "
            "AP Hilde Vågslid Ordførar AP Ellen O Jakobsen Medlem KRF Fylgjande medlemmer "
            "hadde meldt forfall: Navn Funksjon Representerer Tone Skaalen MEDL TH Birger "
            "Nygård MEDL SP\n\n2 Saksliste PS 14/75 Etablering av næringshage PS 14/76 "
            "Møteplan 2015\n")
    record = parse_bytes(page.encode(), "protokoll.txt")
    assert [(p.name, p.role, p.organization, p.attendance) for p in record.participants] == [
        ("Olav Urbø", "member", "SP", "present"), ("Kjell Grave", "member", "AP", "present"),
        ("Hilde Vågslid", "chair", "AP", "present"),
        ("Ellen O Jakobsen", "member", "KRF", "present"),
        ("Tone Skaalen", "member", "TH", "absent"), ("Birger Nygård", "member", "SP", "absent")]


def test_a_page_that_starts_with_its_number_then_a_label():
    page = ("Møteprotokoll\nProtokoll fra møte i Hovedutvalg for samferdsel Møtested: Rådhuset\n\n"
            "2 Faste medlemmer som møtte: Navn Funksjon Representerer Tim Holm Leder H Finn "
            "Tønnessen Nestleder Frp Lars Salvesen Medlem KrF Ole-Erik Yrvin Medlem Ap Tove "
            "Steen Medlem Ap Kjell Moe Medlem Ap Siri Eggen Medlem Ap Katrine Behsert Medlem "
            "Frp Ruth Birkeland Medlem SV Inge Solli Medlem V Trine Blime Medlem H\n\n"
            "3 Saksliste Saksnr Tittel 58/13 Bussterminalen 59/13 Årsmelding\n")
    assert unflatten(page.split("\n\n")[1])[0].startswith("Faste medlemmer som møtte:")
    people = parse_bytes(page.encode(), "protokoll.txt").participants
    assert len(people) == 11 and (people[0].name, people[0].role) == ("Tim Holm", "chair")


def test_a_standing_section_run_on_into_its_text_in_a_page_run_together():
    page = ("Dato: 4. april 2024 kl. 19.00 Sted: Klubbhuset Til stede: Kari Nes (leder), Ole By, "
            "Siv Dahl Forfall: Mona Ruud Sak 1/24 Godkjenning av innkalling og saksliste "
            "Innkalling og saksliste ble godkjent. Sak 2/24 Dugnad på banen Styret diskuterte "
            "dato for vårdugnaden. Sak 3/24 Eventuelt Ingen saker. Referent: Siv Dahl")
    record = parse_bytes(f"Referat fra styremøte i Løvås IL\n{page}\n".encode(), "flat.txt")
    assert [(i.number, i.title, i.text) for i in record.items][-1] == (
        "3/24", "Eventuelt", "Ingen saker.")


def test_items_numbered_one_two_three_in_a_page_run_together():
    page = ("Dato: 12. mars 2024 kl. 19.00 Sted: Grendehuset Til stede: Per Moen (leder), "
            "Kari Rud, Ole Lien, Siri Dahl Referent: Siri Dahl 1. Godkjenning av innkalling "
            "Innkallingen ble godkjent. 2. Veilys langs fylkesveien Kari Rud orienterte om "
            "kontakt med kommunen. 3. Bygdedagen 2024 Bygdedagen blir 8. juni. Ole Lien lager "
            "program. 4. Eventuelt Ingen saker.")
    record = parse_bytes(f"Referat fra møte i Elvdalen grendeutvalg\n{page}\n".encode(),
                         "flat.txt")
    assert [(i.number, i.title) for i in record.items] == [
        ("1", "Godkjenning av innkalling"), ("2", "Veilys langs fylkesveien"),
        ("3", "Bygdedagen 2024"), ("4", "Eventuelt")]
    assert record.items[2].text == "Bygdedagen blir 8. juni. Ole Lien lager program."


def test_numbers_out_of_order_in_a_long_line_break_nothing():
    line = ("Kommunen har 3. Trinn og 5. Trinn på skolen, og i 2. Omgang kommer flere. " * 5)
    assert unflatten(line) == [line]


def test_one_letter_of_a_cases_kind_stays_with_its_number_in_a_page_run_together():
    # "O 8/25" (orientering), "V 9/25" (vedtak): the letter goes to the case's line, not
    # to the end of the item above
    page = ("MØTEPROTOKOLL Formannskapet Møtedato: 11.03.2025 Møtestad: Rådhuset "
            "Til stede: Ingrid Vågen, Tormod Hauge Sekretær: Oda Rønning "
            "O 8/25 Økonomirapport Kommunedirektøren orienterte om rekneskapen og om "
            "prognosen for resten av året, med meirforbruk innan helse og omsorg. "
            "V 9/25 Tilskot til lag Vedtak: Tilskota vert fordelte slik tabellen viser. "
            "Samrøystes vedteke.")
    assert unflatten(page)[-4:] == [
        "Sekretær: Oda Rønning", "O 8/25 Økonomirapport Kommunedirektøren orienterte om "
        "rekneskapen og om prognosen for resten av året, med meirforbruk innan helse og "
        "omsorg.", "V 9/25 Tilskot til lag", "Vedtak: Tilskota vert fordelte slik "
        "tabellen viser. Samrøystes vedteke."]
    record = parse_bytes(page.encode(), "flat.txt")
    assert [i.number for i in record.items] == ["8/25", "9/25"]
    assert record.items[1].decisions == ["Tilskota vert fordelte slik tabellen viser.",
                                         "Samrøystes vedteke."]
