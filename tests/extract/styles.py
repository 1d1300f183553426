"""Invented minutes in many house styles, used by the extractor tests.

Each style is a plain-text document (as a secretariat would paste it) written for these
tests: bokmål and nynorsk, different header labels, attendee shapes and item numbering.
"""

from __future__ import annotations

STYLES: dict[str, str] = {}

STYLES["case_numbers_with_toc"] = """\
REFERAT FRA MØTE I NÆRINGSGRUPPA I FJORDREGIONEN

Tidspunkt: 7. februar 2024 kl. 10-12

Sted: Rådhuset, Fjordvik

Til stede: Kari Nordvik (Fjordvik), Per Olav Lunde og Sigrid Haug (Strandby),
Anders Berg og Ingrid Sæther (Vestbygd).

Ola Dahl og Mette Rø (sekretariatet).

Saksliste

Sak 01/24 Godkjenning av innkalling\t1
Sak 02/24 Reiselivsstrategi for regionen.....\t2
Sak 03/24 Eventuelt\t3

Sak 01/24 Godkjenning av innkalling

Innkallingen ble godkjent.

Sak 02/24 Reiselivsstrategi for regionen

Sekretariatet orienterte om arbeidet med strategien. Gruppa sluttet seg til forslaget.

Sekretariatet sender utkastet til kommunene innen 1. mars.

Sak 03/24 Eventuelt

Ingen saker.
"""

STYLES["table_attendance_numbered_items"] = """\
Dato: 20.9.23

Referat møte i Innlandsnettverket for kompetanse

Tid: Onsdag 13. september kl. 0900-1130

Frammøtte:

NAVN\tORGANISASJON
Liv Brekke (møteleder)\tElvdal kommune/Elvregionen
Tor Aasen\tSkogby kommune
Hanne Lie\tNAV Innlandet

Fra sekretariatet møtte:

Jon Moen, Eva Strand

Saksliste

1. Godkjenning av innkalling

Innkallingen ble godkjent

2. Kompetanseløftet – status

Jon Moen orienterte om status.

- Tre kurs er gjennomført
- Evaluering kommer i høst

Nettverket tok saken til orientering.

3. Eventuelt

Ingen saker.
"""

STYLES["nynorsk"] = """\
Møtebok frå styremøte i Vestdalen regionråd

Møtedato: 12.04.2023
Møtestad: Kommunehuset i Vestdal
Til stades: Ragnhild Hovland (leiar), Sindre Myklebust, Åse Tveit
Forfall: Lars Nesheim

Sak 7/23 Godkjenning av innkalling og sakliste

Vedtak: Innkalling og sakliste vart godkjend.

Sak 8/23 Budsjett for 2024

Dagleg leiar la fram forslag til budsjett.

Vedtak: Styret vedtek budsjettet slik det ligg føre. Samrøystes vedteke.

Sak 9/23 Eventuelt

Neste møte vert 14. juni.
"""

STYLES["time_and_place_one_per_line"] = """\
Referat styringsgruppe Bredbånd Nord

Tid og sted: 30.01.21 kl 08.30 – 09.30, Rådhuset

Til stede;
Marit Solberg
Geir Vold
Tone Eik

Møteleder: Marit Solberg
Referent: Tone Eik

1) Status utbygging

Geir Vold orienterte. Styringsgruppa tok orienteringen til etterretning.

2) Videre framdrift

Prosjektleder utarbeider ny framdriftsplan. Ansvar: Geir Vold. Frist: 15.02.21

3) Neste møte

Neste møte: 5. mars 2021 kl. 09.00 på Teams.
"""

STYLES["ps_numbers_with_innstilling"] = """\
PROTOKOLL

Formannskapets møte i Strandby kommune

Møtedato: 03.11.2022
Møtetid: kl. 18.00 – 20.15
Møtested: Kommunestyresalen

Møtende medlemmer: Knut Rise (ordfører), Berit Holm, Einar Fjeld
Forfall: Solveig Ask
Møtende vara: Arne Vik for Solveig Ask

PS 45/22 Referatsaker

Tatt til orientering.

PS 46/22 Reguleringsplan for Sjøgata

Innstilling: Formannskapet vedtar reguleringsplanen.

Innstillingen ble enstemmig vedtatt.

PS 47/22 Kjøp av tomt

Saken utsettes til neste møte.
"""

STYLES["labels_on_their_own_line"] = """\
Innkalling og referat – Prosjektgruppe Grønn Mobilitet

Dato
14.03.2024
Tid
kl. 13-15
Sted
Teams

Deltakere
Nina Berg, Oslo kommune
Tore Lund, Akershus fylkeskommune
Sara Holt, Ruter

Sak 1: Velkommen

Nina Berg ønsket velkommen.

Sak 2: Kartlegging av ladepunkter

Sara Holt presenterte kartleggingen. Prosjektgruppen var enig om å gå videre med alternativ B.

Sak 3: Eventuelt

Ingen saker.
"""

STYLES["actions_with_responsible_and_due"] = """\
Referat – Arbeidsutvalget for samferdsel

Tid: 5. oktober 2023 kl. 12.00–13.00
Sted: Digitalt møte

Til stede: Ida Vang (leder), Rune Ødegård, Siv Kristiansen
Referent: Siv Kristiansen

1. Høringsuttalelse NTP

Arbeidsutvalget drøftet utkastet til uttalelse.

Oppfølging:
- Sekretariatet ferdigstiller uttalelsen og sender den innen 20. oktober. Ansvar: Siv Kristiansen
- Rune Ødegård kontakter fylkeskommunen om fergetilbudet.

2. Eventuelt

Ingen saker.
"""

STYLES["substitutes_and_partial"] = """\
Referat fra møte i Kystrådet

Tid: 11.05.2022 kl. 09.00–14.00
Sted: Havnehuset

Til stede: Egil Strand, Marte Holm (fra sak 3), Lise Aune, Stian Lie for Kåre Bø
Forfall: Kåre Bø
Andre: Heidi Sand (Kystverket)

Egil Strand forlot møtet etter sak 4.

Sak 1/22 Godkjenning av referat

Referatet ble godkjent.

Sak 2/22 Havneplan

Heidi Sand fra Kystverket orienterte om havneplanen. Rådet tok saken til orientering.
"""

STYLES["seat_table_with_spaces"] = """\
Protokoll fra årsmøte i Åsen Vel

Dato: 2. april 2022
Sted: Grendehuset

Til stede:
Leder      Ola Brenna
Kasserer   Mari Fosse
Sekretær   Hege Lid

Sak 1. Godkjenning av innkalling
Innkallingen ble godkjent.

Sak 2. Regnskap
Regnskapet ble godkjent.
"""

STYLES["dash_lines_and_groups"] = """\
Referat

Møte i Regionrådet for Dalbygda

Tid: tirsdag 6. juni 2023 kl. 10.00-15.00
Sted: Dalbygda hotell

Fra styret:
Anne Li – leder – Dal kommune
Bjørn Foss – medlem – Fjellbygd kommune

Fra administrasjonen:
Carl Nygård – daglig leder

Observatører:
Dina Rud – Dalbygda næringsforening

Sak 12/23 Årsmelding

Årsmeldingen ble godkjent.
"""

STYLES["sak_nr_and_place_date"] = """\
Sandnes, 3. mai 2021

Referat fra møte i Jærnettverket

Møtet ble holdt 28. april 2021 kl. 14.00 – 16.00.

Til stede: Vidar Tjelta (Sandnes), Ragnhild Bø (Klepp)

Sak nr. 20.2021 Regional plan

Nettverket støttet forslaget.

Sak nr. 21.2021 Eventuelt

Ingen saker.
"""

STYLES["web_artefacts"] = """\
Referat&nbsp;fra møte i Fjellregionens ungdomsråd<br />

Tid: 18.10.2023 kl. 17.00-19.00

Sted: Ungdomshuset

Til stede: Emma Lie, Jonas Fjell og Sara Moen (ungdomsrådet)

Side 1 av 2

Sak 5/23 **Ungdomskortet**

Rådet ba sekretariatet undersøke prisene.

Sak 6/23 Eventuelt

Ingen saker.
"""

STYLES["inner_numbered_list"] = """\
Referat møte i Faggruppe Kultur

Tid: Torsdag 31.08.2023 kl. 09.00 – 10.30

Til stede: Lars Kvam (Nordby), Elin Høy (Sørby)

1. Godkjenning av innkalling

Innkalling ble godkjent

2. Arbeidsgrupper

Gruppen foreslo å starte tre arbeidsgrupper:

1. Festivalsamarbeid
2. Bibliotek
3. Kulturskole

3. Eventuelt

Ingen saker.
"""

STYLES["municipal_protocol"] = """\
Nordvik kommune

Møteprotokoll

Utvalg: Formannskapet
Møtested: Kommunestyresalen, Rådhuset
Dato: 12.03.2024
Tidspunkt: 09:00 - 14:30

Følgende faste medlemmer møtte:
Navn\tFunksjon\tRepresenterer
Kari Nordmann\tLeder\tAP
Per Hansen\tNestleder\tH
Liv Berg\tMedlem\tSP

Følgende medlemmer hadde forfall:
Navn\tFunksjon\tRepresenterer
Ola Vik\tMedlem\tFRP

Følgende varamedlemmer møtte:
Navn\tMøtte for\tRepresenterer
Siri Dahl\tOla Vik\tFRP

Fra administrasjonen møtte:
Navn\tStilling
Anne Moe\tKommunedirektør

PS 12/24 Godkjenning av protokoll

Kommunedirektørens innstilling:
Protokollen godkjennes.

Behandling:
Ingen merknader.

FSK-012/24 Vedtak:
Protokollen godkjennes.

PS 13/24 Tilskudd til lag og foreninger

Kommunedirektørens innstilling:
Formannskapet tildeler tilskudd som vist i vedlegget.

Behandling:
Enstemmig vedtatt.

FSK-013/24 Vedtak:
Formannskapet tildeler tilskudd som vist i vedlegget.
"""

STYLES["agenda_summons"] = """\
Innkalling til møte i Vassdragsrådet

Tid: 14. november 2024 kl. 10.00–12.00
Sted: Teams

Saksliste

Sak 21/24 Godkjenning av innkalling og saksliste
Sak 22/24 Godkjenning av referat fra forrige møte
Sak 23/24 Vannforvaltningsplan 2028
Sak 24/24 Eventuelt

Vel møtt!
"""

STYLES["mojibake_and_ascii"] = """\
Referat fra mÃ¸te i Ã…sen nÃ¦ringsforum

Tid: 4. mai 2023 kl. 08.30 - 09.30

Til stede: BjÃ¸rn Ã˜deg\u00e5rd, Kari Aas

Sak 1/23 Ã…rsplan

Ã…rsplanen ble godkjent.
"""

# A county register's "møtebok": labels in capitals without colons, names surname
# first, sections in capitals before the numbered cases.
STYLES["register_moteboka"] = """\
SOGNEFJORD FYLKESKOMMUNE
MØTEBOK
Ungdomsrådet i Sognefjord
Dato: 12. mai 2022
Kl.: 10.00-15.00
Stad: Fylkeshuset, møterom Fjorden
MØTELEIAR
Kari Nesheim
DESSE MØTTE
Nesheim, Kari (SP)
Lid, Ola Andreas (H)
Brekkestad, Synnøve (AP)
FORFALL
Dale, Per (V)
DESSUTAN MØTTE
Rådgjevar Eva Strand
Møtesekretær Olav Berge
MERKNADER TIL INNKALLINGA
Det var ingen merknader til innkallinga.
GODKJENNING AV SAKLISTA
Saklista vart godkjend.
YMSE
Open post
Eva Strand orienterte om ungdomskortet.
"""

# A regional council's protocol: representatives municipality by municipality, each
# with a party's capitals after the name, forfall and substitutes inside each group.
STYLES["council_groups_with_parties"] = """\
PROTOKOLL FRA REGIONTING I NORDKYST REGIONRÅD
fredag 6. desember 2024 kl. 09.30
Følgende valgte representanter møtte:
Havvik kommune:
Geir Ove Brekke AP
Hilde Sørli AP måtte senere forlate møtet grunnet sykdom
Grethe E. Jonsen SV møtte for Berit Hågvik
Forfall fra: Arne Dag Isaksen AP, Ann H. Jonsen AP. Vararepr. var forsøkt innkalt.
Loppvik kommune:
Jan Eirik Jensen KP
Tore Fossli SV
Renate Kilen FRP og Randi Elvestad møtte ikke.
Fjellnes kommune:
Elin Olsrud SP

Sak 1/24 Godkjenning av innkalling
Innkallingen ble godkjent.
"""

# A municipal system's protocol: a letterhead in capitals, a header table of labels over
# a row of values, "Forfall var meldt fra …", and the signatures under "Godkjent av:".
STYLES["municipal_system_protocol"] = """\
NORDVIK KOMMUNE
PROTOKOLL

STYRE/RÅD/UTVALG\tMØTESTED\tMØTEDATO
Nordvik eldreråd\tNordvik rådhus, Store salong\t12.03.2024
FRA SAKSNR:\t8/24\tFRA KL:
TIL SAKSNR:\t10/24\tTIL KL:

Forfall var meldt fra følgende medlemmer:
Bjørg Skjelstad

Møtende medlemmer:
Arne Ellingsen, leder
Irene Pytt

Diverse merknader:

Godkjent av:
Leder Arne Ellingsen og nestleder Irene Pytt

SAKSLISTE
Sak 8/24 Kommuneplan
Eldrerådet tok saken til orientering.
"""
