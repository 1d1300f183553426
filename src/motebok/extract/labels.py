"""Header labels of Norwegian minutes ("Tid:", "Sted:", "Til stede:" …), bokmål and nynorsk.

One table maps every spelling to what it introduces, so the header and participant
steps agree on what a label is and new spellings are added in one place.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from enum import StrEnum

from motebok.lazy_pattern import lazy_regex


class Field(StrEnum):
    """What the value after a header label holds."""

    TIME = "time"              # date and/or clock time of the meeting
    DATE = "date"              # "Dato:": the meeting's or the document's date
    DOCUMENT_DATE = "document_date"  # "Vår dato:": the letter's own date
    TIME_PLACE = "time_place"  # "Tid og sted:"
    PLACE = "place"
    END = "end"                # "Til kl.:", "Møteslutt:": the meeting's end alone
    PRESENT = "present"        # the body's attendance list
    ABSENT = "absent"          # forfall
    CHAIR = "chair"
    SECRETARY = "secretary"    # referent / sekretær
    SECRETARIAT = "secretariat"  # "Fra sekretariatet møtte:" (people, role secretary)
    MEMBERS = "members"        # groups of the body's own people (tillitsvalgte, vara)
    GUESTS = "guests"          # administration, observers, others
    COPY = "copy"              # kopi til: not participants
    BODY = "body"              # "Utvalg:", "Organ:"
    ORGANIZATION = "organization"  # "Organisasjon:": the body's parent
    AGENDA = "agenda"          # "Saksliste", "Agenda", "Dagsorden": start of the items


LABELS: dict[str, Field] = {}


def _add(field: Field, *spellings: str) -> None:
    for spelling in spellings:
        LABELS[spelling] = field


_add(Field.TIME, "tid", "tidspunkt", "møtetid", "møtetidspunkt", "klokkeslett", "tidsrom",
     "kl", "kl.", "klokka", "klokken",  # "Sted: Tunet Kl: 09.00 – 12.00"
     "dato og tid", "dato/tid", "dato / tid", "tid/dato", "når", "møtetidspunkt",
     # the day and the hour by "kl.": "Dato/kl.: 14.03.2026 kl. 18.00", "Dato og kl.:"
     "dato/kl", "dato/kl.", "dato / kl", "dato / kl.", "dato og kl", "dato og kl.",
     "dato, kl.", "dato og klokkeslett", "dato/klokkeslett", "dato / klokkeslett",
     "dato og tidspunkt", "dato/tidspunkt",
     # the meeting's own hours beside "Dato for møtet:": "Tid for møtet: 0900 - 1130"
     "tid for møtet", "tidspunkt for møtet",
     # a gathering's day and hours under a letterhead dated apart: "Samling: 20. november
     # 2025, kl. 09.30–15.00"
     "samling", "samlinga", "samlingen")
_add(Field.DATE, "dato", "møtedato", "dato for møtet", "møtedag")
_add(Field.DOCUMENT_DATE, "vår dato", "vår dato/ref", "dokumentdato", "referatdato",
     "dato for referatet", "utskriftsdato", "dato for referat", "protokolldato",
     "dato for protokollen", "dato for protokoll", "referat dato", "referat skrevet",
     "dato referat", "sendt ut", "utsendt",
     # a note's own day: "Notatdato: 14.05.2025" ("Notat fra møte i prosjektgruppen …")
     "notatdato", "dato for notatet", "dato for notat", "notat dato",
     # a summary's: "Dato for oppsummering: 24.10.2025" ("Oppsummering frå møte i …")
     "dato for oppsummering", "dato for oppsummeringa", "dato for oppsummeringen",
     "oppsummeringsdato",
     # the day it was written or sent out: "Skrevet: 10.03.2025", "Dato sendt: …"
     # (nynorsk "Skrive 9.2.2026 av …")
     "skrevet", "skriven", "skrive", "dato skrevet", "referatet skrevet", "dato sendt",
     "sendt dato",
     "dato utsendt", "utsendelsesdato", "utsendingsdato", "referat sendt", "referatet sendt",
     # minutes pasted from an e-mail: the day it was sent is the document's own
     "sendt", "sent",
     # the day the minutes were approved and signed: "Godkjent dato: 20.03.2025"
     "godkjent dato", "dato godkjent", "godkjend dato", "dato godkjend", "godkjenningsdato",
     # a report's own day: "Rapportdato: 6.3.2025"
     "rapportdato", "dato for rapport", "dato for rapporten",
     # a summons' day of sending: "Dato for utsending: 20.02.2025"
     "dato for utsending", "dato for utsendelse", "utsendt dato", "dato for innkalling",
     "dato for innkallingen", "innkallingsdato",
     # the day the minutes were written up, apart from the meeting's: "Protokoll datert:
     # 26.05.2025" (nynorsk "Protokoll datert", "Møtebok datert")
     "protokoll datert", "protokollen datert", "referat datert", "referatet datert",
     "møtebok datert", "møteboka datert")
_add(Field.TIME_PLACE, "tid og sted", "tid/sted", "tid / sted", "tid og stad", "dato og sted",
     "dato/sted", "sted og tid", "stad og tid", "tid, sted", "dato, tid og sted",
     "dato, tid, sted", "tid og møtested", "sted/tid", "stad/tid", "tid/stad", "sted / tid",
     "stad / tid", "dato/tid/sted", "dato/sted/tid", "dato / tid / sted", "dato / sted / tid",
     "dato/tid/stad", "dato / tid / stad",
     # the place's own label with the slash: "Møtestad/tid:", "Møtested/dato:"
     "møtestad/tid", "møtested/tid", "møtestad / tid", "møtested / tid", "møtestad/dato",
     "møtested/dato", "tid/møtestad", "tid/møtested",
     # the words joined otherwise: "Møtedato og -stad:", "Tid og møtestad:", "Tid, stad:"
     "dato og stad", "dato/stad", "tid, stad", "tid og møtestad", "dato, tid og stad",
     "dato, tid, stad", "møtedato og -stad", "møtedato og -sted", "møtedato og stad",
     "møtedato og sted", "møtetid og -stad", "møtetid og -sted", "møtetid og stad",
     "møtetid og sted", "møtestad og tid", "møtested og tid", "møtedato/-stad",
     "møtedato/-sted", "møtedato/stad", "møtedato/sted",
     # the three "møte-" labels joined: "Møtedato/Møtetid/Møtested:", "Møtedato/-tid/-sted:"
     "møtedato/møtetid/møtested", "møtedato / møtetid / møtested", "møtedato/møtetid/møtestad",
     "møtedato / møtetid / møtestad", "møtedato/-tid/-sted", "møtedato/-tid/-stad",
     "møtedato, møtetid og møtested", "møtedato, -tid og -sted", "møtedato, -tid og -stad",
     # the place first: "Sted og dato: Grendahuset, 13. mars 2025"
     "sted og dato", "stad og dato", "sted/dato", "stad/dato", "sted, dato", "stad, dato")
_add(Field.TIME, "møtedato/tid", "møtedato/-tid", "møtedato og tid", "møtedato og -tid",
     # a protocol's hours: "Fra - til: 10:00 - 12:00"
     "fra - til", "fra – til", "frå - til", "frå – til", "fra-til", "frå-til", "fra/til")
# The start and the end in labels of their own, on two lines or in two cells of a form:
# "Fra kl.: 10:00" / "Til kl.: 12:30", "Møtestart | Møteslutt" over "09.00 | 14.30".
_add(Field.TIME, "fra kl", "fra kl.", "frå kl", "frå kl.", "fra klokka", "frå klokka",
     "fra klokken", "møtestart", "starttid", "starttidspunkt",
     # the pair "Start | Slutt" over "09:00 | 11:30", beside "Dato" and "Sted"
     "start", "start kl", "start kl.")
_add(Field.END, "til kl", "til kl.", "til klokka", "til klokken", "møteslutt", "sluttid",
     "sluttidspunkt", "slutt", "slutt kl", "slutt kl.")
# English labels in minutes of an international project: "Date: 4 March 2025", "Time:".
_add(Field.DATE, "date", "meeting date")
_add(Field.TIME, "time", "date and time", "date/time")
_add(Field.PLACE, "place")
_add(Field.BODY, "meeting")  # "Meeting: Nordic Council of Planners – Working Group"
_add(Field.TIME_PLACE, "time and place", "date and place")
# and their attendance: "Present:", "Apologies:", "Minutes taken by:" (a Nordic
# cooperation's minutes are often written in English)
_add(Field.PRESENT, "present", "attendees", "participants", "attended",
     # a company's or a cluster's board: "Board members present:", "Directors present:"
     "members present", "board members present", "board members", "directors present")
_add(Field.ABSENT, "apologies", "absent", "apologies received", "not present",
     "unable to attend")
_add(Field.CHAIR, "chair", "chairperson", "chaired by", "meeting chair")
_add(Field.SECRETARY, "minutes taken by", "minutes by", "minute taker", "note taker",
     "secretary",
     "minutes")  # "Minutes: Kari Holm" names who wrote them, as "Referent:" does
# ("In attendance:" after "Present:" in British usage names those who serve or visit
# the body, no members: its officers, presenters, observers; "Interpreter: Eva Li")
_add(Field.GUESTS, "also present", "observers", "guests", "invited guests", "in attendance",
     "interpreter", "interpreters", "observer",
     # those who run the body's office ("Cluster management:", "Administration:"), as "Fra
     # administrasjonen:" names them
     "management", "cluster management", "administration", "staff")
# Swedish labels in a cross-border body's minutes (gränskommitté, Interreg styrgrupp),
# read as the Norwegian ones they mean: "Plats:", "Datum:", "Närvarande:", "Frånvarande:",
# "Förhinder:" (forfall), "Ordförande:", "Sekreterare:", "Övriga närvarande:" (guests)
_add(Field.DATE, "datum", "mötesdatum", "sammanträdesdatum")
# the sitting itself as the label of its day and hours, as "Samling:" is ("Sammanträde:
# tisdag 8 april 2025 kl. 13.00–15.00", "Möte: 12 mars 2024" – Swedish "möte" is no body's
# name, as the Norwegian "Møte: Styremøte" is), and the hours alone, as "Møtetid:" gives them
_add(Field.TIME, "sammanträde", "sammanträdestid", "mötestid", "möte")
_add(Field.TIME_PLACE, "tid och plats", "datum och plats", "plats och tid")
_add(Field.PLACE, "plats", "mötesplats", "sammanträdesplats")
_add(Field.PRESENT, "närvarande", "närvarande ledamöter", "ledamöter", "deltagare",
     "beslutande", "närvarande ledamöter och ersättare", "tjänstgörande ledamöter")
_add(Field.ABSENT, "frånvarande", "frånvarande ledamöter", "förhinder", "anmält förhinder",
     "ej närvarande")
_add(Field.CHAIR, "ordförande", "mötesordförande")
_add(Field.SECRETARY, "sekreterare", "mötessekreterare", "protokollförare")
_add(Field.MEMBERS, "ersättare", "tjänstgörande ersättare", "närvarande ersättare")
_add(Field.GUESTS, "övriga närvarande", "övriga deltagare", "adjungerade", "övriga")
_add(Field.PLACE, "sted", "møtested", "møtestad", "stad", "møterom", "lokale", "lokasjon",
     "adresse", "hvor", "kanal", "plattform", "location", "venue",
     "kvar",  # (nynorsk "Kvar:" beside "Kven:" and "Når:" in a summary)
     "plassering",  # a Norwegian calendar's word for the place ("Plassering: Teams-møte")
     "sted/form", "stad/form", "sted/møteform", "stad/møteform",
     "sted for møtet", "stad for møtet",  # beside "Dato for møtet:"
     "møteform",  # a place only when it names a channel (see header.collect_values)
     # a meeting both in a room and on a channel, the label its form: "Hybrid møte:
     # Fylkeshuset, møterom Simoa / Teams" (the value names both places), also the bare
     # form: "Hybrid: Rådhuset i Gjøvik og Teams"
     "hybrid møte", "hybridmøte", "hybrid")
_add(Field.PRESENT, "til stede", "tilstede", "til stades", "tilstades", "tilstade", "til stade",
     "frammøtte", "fremmøtte", "frammøte", "fremmøte", "oppmøte", "oppmøtte", "oppmøtt",
     "innkalt", "innkalte",  # the members called in, those with forfall marked on them
     "innkalte medlemmer", "innkalte medlemer", "innkalla medlemer", "innkalla",
     "innkalte representanter", "innkalte representantar",
     # the board's members called in, with "Forfall:" after them ("Innkalte fra styret:")
     "innkalte fra styret", "innkalla frå styret", "innkalte frå styret",
     "medlemer", "faste medlemer",  # nynorsk: a summons' or a protocol's members
     "frammøtt", "fremmøtt", "møtt", "møtte", "deltakere", "deltagere", "deltakarar",
     "deltakerliste", "deltagerliste", "deltakarliste",  # (a list bound after the items)
     "deltakeroversikt", "deltakaroversikt", "oversikt over deltakere",
     "oversikt over deltakarar", "liste over deltakere", "liste over deltakarar",
     "deltakere på møtet", "deltakarar på møtet", "deltakere i møtet", "deltakarar i møtet",
     "deltok", "til stede var", "tilstede var", "møtende", "møtande", "møtande medlemer",
     "møtende medlemmer", "møtande medlemmer", "møtte medlemmer", "medlemmer",
     "medlemmer til stede", "faste medlemmer",
     # the nynorsk plural "-ar" as in "Styremedlemar:" ("Møtande medlemar: A (leiar), B")
     "møtande medlemar", "medlemar", "faste medlemar", "møtande faste medlemar",
     "representanter", "til stede fra styret", "frå styret", "fra styret", "styret",
     "styret var representert ved", "styret var representert med",  # an annual meeting's
     "styret var representert av", "styret var representert",  # board among the members
     # a company's general meeting: the shareholders (the owning municipalities) who came,
     # each by whom it sent ("Følgende aksjeeiere var representert:")
     "følgende aksjeeiere var representert", "følgende aksjonærer var representert",
     "følgjande aksjeeigarar var representerte", "følgjande aksjeeigarar var representert",
     "møtende aksjeeiere", "møtande aksjeeigarar", "representerte aksjeeiere",
     "representerte aksjeeigarar",
     # an owners' meeting's sentence on who spoke for each owner ("Eierkommunene var
     # representert ved ordfører Kari Holm (Nordby), …"), the names after "ved"
     "eierkommunene var representert ved", "eigarkommunane var representerte ved",
     "eigarkommunane var representert ved", "eierne var representert ved",
     "eigarane var representerte ved", "eigarane var representert ved",
     "aksjeeierne var representert ved", "aksjeeigarane var representerte ved",
     "deltakarar frå", "deltakere fra", "tilstede fra", "til stede fra",
     "følgende faste medlemmer møtte", "følgjande faste medlemer møtte",
     # (nynorsk spelt "fylgjande", and "var til stades")
     "fylgjande faste medlemmer var til stades", "fylgjande faste medlemer var til stades",
     "følgjande faste medlemer var til stades", "følgende faste medlemmer var til stede",
     "fylgjande faste medlemmer møtte", "fylgjande faste medlemer møtte",
     "følgende styremedlemmer til stede", "følgende medlemmer til stede",
     "følgjande styremedlemer til stades", "følgjande medlemer til stades",
     "følgende styremedlemmer møtte", "følgjande styremedlemer møtte",
     "styremedlemmer", "styremedlemmer til stede", "møtende styremedlemmer",
     "styremedlemer", "styremedlemer til stades", "styremedlemmer tilstede",
     "styremedlemer tilstades", "styremedlemmer til stades",
     "tilstede", "til stede på møtet", "til stede, medlemmer",
     # the body's own members by the possessive ("Styrets medlemmer:", "Utvalet sine
     # medlemer:"), and the nynorsk plural "Styremedlemar:"
     "styrets medlemmer", "styret sine medlemmer", "styret sine medlemer", "styremedlemar",
     "utvalgets medlemmer", "utvalet sine medlemer", "rådets medlemmer",
     "rådet sine medlemer", "rådet sine medlemmer",
     "tilstede, medlemmer", "til stades, medlemer", "desse møtte", "desse var med",
     "disse var med", "desse deltok", "disse deltok", "med på møtet", "til stades var",
     "til stede var",
     # "Alle styremedlemmene var til stede: A, B og C" (a list after the words that say
     # everyone came)
     "alle var til stede", "alle var til stades", "alle medlemmene var til stede",
     "alle medlemene var til stades", "alle styremedlemmene var til stede",
     "alle styremedlemene var til stades",
     "følgende medlemmer møtte", "faste medlemmer som møtte", "møtende faste medlemmer",
     "følgende møtte", "følgjande møtte", "disse møtte", "følgende var til stede",
     "følgjande var til stades", "følgende deltok", "følgjande deltok", "til stede i møtet",
     "følgende deltok i møtet", "dei som møtte var", "de som møtte var", "dei som møtte",
     "de som møtte", "tilstede på møtet", "tilstede i møtet", "til stades på møtet",
     "deltakelse", "deltaking", "møtedeltakere", "møtedeltagere", "møtedeltakarar",
     # an e-mail meeting's members, who took part by answering: "Disse svarte:"
     "svarte", "disse svarte", "desse svara", "følgende svarte", "følgjande svara",
     "styremedlemmer som svarte", "styremedlemer som svara", "medlemmer som svarte",
     "medlemer som svara",
     # a regionråd's members are its mayors
     "ordførere", "ordførerne", "ordførarar", "ordførarane", "ordførar", "ordfører",
     # a meeting by telephone or video: "På telefon: Kari Holm, Ola Dahl"
     "på telefon", "per telefon", "på teams", "via teams", "deltok på teams",
     "deltok digitalt", "digitalt til stede", "til stede digitalt",
     # an e-mail meeting's attendance is who answered: "Følgende styremedlemmer har svart:"
     "følgende har svart", "følgende medlemmer har svart", "følgende styremedlemmer har svart",
     "følgjande har svart", "følgjande medlemer har svart", "svar mottatt fra",
     "svar motteke frå",
     # the answers listed under who gave them: "Svar fra styremedlemmene:", "Mottatte svar:"
     "svar fra styremedlemmene", "svar fra medlemmene", "svar frå styremedlemene",
     "svar frå styremedlemmane", "svar frå medlemane", "svar frå medlemmane",
     "mottatte svar", "mottekne svar")
_add(Field.ABSENT, "forfall var meldt fra følgende medlemmer", "forfall var meldt fra",
     "forfall", "fravær", "fråvær", "fraværende", "fråverande", "ikke møtt",
     "ikkje møtt", "meldt forfall", "forfall meldt", "meldte forfall", "meldt fråvær",
     # (nynorsk's plural participle: "Melde forfall: Olav Brekke (Møsstrond beitelag)")
     "melde forfall",
     # (and its singular imperative form, as nynorsk lists set it: "Meld forfall: …")
     "meld forfall", "meld fråfall",
     "meldt fravær", "fråvær meldt", "meldte fråvær", "ikke til stede",
     "ikkje til stades", "ikkje tilstades", "fravær/forfall", "forfall fra", "frafall",
     "meldt frafall", "frafall meldt", "meldte frafall",
     "ikke tilstede",
     # who "had" it: "Forfall hadde: Nora Dahl og Olav Strand" (nynorsk "fråvær hadde")
     "forfall hadde", "fravær hadde", "fråvær hadde", "meldt forfall hadde",
     # the count's own word negated: "Ikkje frammøtt:", "Ikke fremmøtt:"
     "ikkje frammøtt", "ikkje frammøtte", "ikke fremmøtt", "ikke fremmøtte", "ikke frammøtt",
     # (and nynorsk "fråver", the older spelling of "fråvær")
     "fråver", "meldt fråver",
     "følgende medlemmer hadde forfall", "møtte ikkje", "møtte ikke", "ikkje møtte",
     "ikke møtte", "fråværande", "desse hadde meldt forfall", "fraværende med forfall",
     "fråverande med forfall", "forfall uten vara", "fravær med forfall", "desse hadde forfall",
     "følgende hadde meldt forfall", "følgende hadde forfall", "følgjande medlemer hadde forfall",
     "følgende faste medlemmer hadde forfall", "medlemmer med forfall", "hadde forfall",
     "følgende medlemmer hadde meldt forfall", "følgjande medlemer hadde meldt forfall",
     "fylgjande medlemmer hadde meldt forfall", "fylgjande medlemer hadde meldt forfall",
     "meldt avbud", "avbud", "meldte avbud",
     # given notice of it: "Varslet forfall:", nynorsk "Varsla forfall:"
     "varslet forfall", "varsla forfall", "varslet fravær", "varsla fråvær", "forfall varslet",
     "varslet avbud",
     # an e-mail meeting's members who did not answer by the deadline
     "ikke svart", "ikkje svart", "har ikke svart", "har ikkje svart",
     # a case system's members who did not come, also with "medl." cut short
     "faste medlemmer som ikke møtte", "faste medlemer som ikkje møtte",
     "faste medlemmer som ikkje møtte", "medlemmer som ikke møtte", "medlemer som ikkje møtte",
     "faste medl. som ikke møtte", "faste medl. som ikkje møtte", "medl. som ikke møtte",
     "faste medl. med forfall", "medl. med forfall",
     # "Medlemmer som hadde forfall:", nynorsk "Medlemer som hadde forfall/fråfall:"
     "medlemmer som hadde forfall", "medlemer som hadde forfall", "medlemer som hadde fråfall",
     "faste medlemmer som hadde forfall", "faste medlemer som hadde forfall",
     "faste medlemer som hadde fråfall", "medlemmer med forfall", "medlemer med forfall",
     "faste medlemmer med forfall", "faste medlemer med forfall",
     # a Teams or Outlook invitation's answers copied into the notes: "Deltok: A, B" and
     # "Avslo: C" (those who turned the invitation down did not come)
     "avslo", "avslått", "har avslått", "takket nei", "takka nei", "avslåtte")
# the same protocols' present members and deputies with "medl." cut short
_add(Field.PRESENT, "faste medl. som møtte", "medl. som møtte", "møtende medl.",
     "møtande medl.", "faste medl. til stede", "faste medl. til stades")
_add(Field.MEMBERS, "varamedl. som møtte", "møtende varamedl.", "møtande varamedl.",
     "varamedl.")
_add(Field.CHAIR, "møteleder", "møteleiar", "ordstyrer", "møteledar", "møte-leder", "møte-leiar",
     "leder av møtet", "leiar av møtet", "leder for møtet", "leiar for møtet",
     # the chair of a network's gathering (samling), named for it: "Leiar for samlinga: X"
     "leder for samlingen", "leiar for samlinga", "leder av samlingen", "leiar av samlinga",
     "møtet ledet av", "møtet ble ledet av", "leiar", "leder", "styreleder", "styreleiar",
     "fasilitator", "ordstyrar", "dirigent",
     # two who lead a partnership together: "Ledere: Kari Li (leder, ordfører Dal kommune)
     # og Ola Vik (nestleder, direktør Sykehuset Dal HF)"
     "ledere", "leiarar", "møteledere", "møteleiarar")
# the leader of the body that met, named by the body's kind: "Nettverksleder: Line Tveit"
_add(Field.CHAIR, "nettverksleder", "nettverksleiar", "gruppeleder", "gruppeleiar",
     "faggruppeleder", "faggruppeleiar", "utvalgsleder", "utvalsleiar", "rådsleder",
     "rådsleiar", "regionrådsleder", "regionrådsleiar", "komiteleder", "komiteleiar")
_add(Field.SECRETARY, "referent", "sekretær", "skrivar", "referering", "referatskriver",
     "referat ved", "protokollfører", "protokollførar", "møtesekretær",
     "referatfører", "ref", "ref.", "referent/sekretær", "ref. på møtet", "ref på møtet",
     "referent på møtet",
     # who keeps the log of a crisis team's meeting: "Loggfører: Geir Ås", "Loggførar: …"
     "loggfører", "loggførar",
     # who kept the protocol, as signed under it: "For protokollen: Kari Holm" (and the
     # minutes: "For referatet: Kari Holm")
     "for protokollen", "for referatet",
     # a summary's writer: "Oppsummering ved: Jonas Bakke", "Oppsummert av: …"
     "oppsummering ved", "oppsummert av", "oppsummering skrevet av", "oppsummering skrive av",
     # a note's writer: "Notat ved: Eirik Moen", "Notatskriver: …" (a bare "Notat" is
     # the memo's own heading: "NOTAT" over "Til:" / "Fra:")
     "notat ved", "notatskriver", "notat skrevet av", "notat skrive av",
     # a council's standing secretary from the municipality: "Sekretær for rådet: X, Y
     # kommune" (the council he serves, not this meeting alone)
     "sekretær for rådet", "sekretær for utvalget", "sekretær for utvalet", "rådets sekretær",
     "utvalgets sekretær", "sekretær for ungdomsrådet", "sekretær for eldrerådet",
     # an appeals board's or a committee's: "Sekretær for nemnda: X, juridisk rådgiver, Y
     # IKS" (the company that serves it)
     "sekretær for nemnda", "nemndas sekretær", "sekretær for nemda",
     "sekretær for klagenemnda", "sekretær for komiteen", "sekretær for komitéen")
_add(Field.SECRETARIAT, "fra sekretariatet møtte", "frå sekretariatet møtte", "fra sekretariatet",
     "frå sekretariatet", "sekretariat", "sekretariatet", "fra sekretariat",
     "sekretariatet møtte", "fra sekretariatet deltok", "sekretariat for møtet",
     "sekretær for møtet",
     # abbreviated as the administration's "Fra adm.:" is
     "fra sekr.", "frå sekr.", "fra sekr", "frå sekr")
# ePhorte and Acos protocols in nynorsk and bokmål
_add(Field.PRESENT, "faste medlemer til stades", "faste medlemmer til stede",
     "medlemer til stades", "medlemmer til stede", "faste medlemer som møtte",
     # nynorsk also spells the members with a double m ("Til stades, medlemmer:")
     "faste medlemmer til stades", "medlemmer til stades", "til stades, medlemmer")
_add(Field.ABSENT, "forfall til møtet", "forfall til møte", "meldt forfall til møtet",
     "mangler", "manglet", "fravær meldt", "deltok ikke", "deltok ikkje", "permisjon")
# a representantskap's members: "Møtende representanter:" (the owners' delegates)
_add(Field.PRESENT, "møtende representanter", "møtande representantar", "møtende representantar",
     "møtande representanter", "representantar", "følgende representanter møtte",
     "følgjande representantar møtte", "fremmøtte representanter", "frammøtte representantar",
     "representanter til stede", "representantar til stades",
     # the owners' delegates named by their seat ("Møtande eigarrepresentantar:")
     "eierrepresentanter", "eigarrepresentantar", "møtende eierrepresentanter",
     "møtande eigarrepresentantar", "eierrepresentanter til stede",
     "eigarrepresentantar til stades")
# "Frammøtte medlemmer:" as "Møtande medlemmer:", and those who did not come by group
_add(Field.PRESENT, "frammøtte medlemmer", "frammøtte medlemer", "fremmøtte medlemmer",
     "frammøtte styremedlemmer", "frammøtte styremedlemer", "fremmøtte styremedlemmer",
     "frammøtte faste medlemmer", "frammøtte faste medlemer", "fremmøtte faste medlemmer",
     "møtande faste medlemmer", "møtande faste medlemer", "medlemmer som møtte",
     "medlemer som møtte", "styremedlemmer som møtte", "styremedlemer som møtte")
# a case system's protocol: "Ikke møtende medlemmer:" beside "Møtende medlemmer:"
_add(Field.ABSENT, "ikke møtende medlemmer", "ikkje møtande medlemer", "ikkje møtande medlemmer",
     "ikke møtende", "ikkje møtande", "ikke møtende varamedlemmer", "ikkje møtande varamedlemer",
     "ikke møtende representanter", "ikkje møtande representantar", "forfall meldt fra",
     "forfall meldt frå", "ikke møtende styremedlemmer", "ikkje møtande styremedlemer")
_add(Field.ABSENT, "fraværende medlemmer", "fråverande medlemer", "fråverande medlemmer",
     "forfall frå", "forfall med vara", "forfall utan vara", "meldt fråfall", "fråfall",
     "fraværende styremedlemmer", "fråverande styremedlemer", "forfall m/vara",
     "forfall u/vara", "forfall uten vara")
_add(Field.GUESTS, "andre deltakarar", "andre deltakere til stede", "øvrige")
_add(Field.MEMBERS, "frammøtte varamedlemmer", "frammøtte varamedlemer",
     "fremmøtte varamedlemmer", "frammøtte vararepresentantar", "fremmøtte vararepresentanter",
     "møtande varamedlem", "møtende varamedlem")
_add(Field.GUESTS, "andre frammøtte", "andre fremmøtte", "andre som møtte",
     "i tillegg", "i tillegg til stede", "i tillegg til stades", "i tillegg tilstede")
# present over a channel: "Til stede på Teams:", "Deltok digitalt:"
_add(Field.PRESENT, "tilstede digitalt", "til stede digitalt", "til stades digitalt",
     "deltok digitalt", "til stede på teams", "tilstede på teams", "til stades på teams",
     "deltok på teams",
     "til stede på zoom", "tilstede på zoom", "til stades på zoom", "deltok på zoom",
     "deltok via teams", "deltok via zoom", "deltok på telefon", "deltok per telefon",
     "til stede på telefon", "til stades på telefon", "med på teams",
     "møtte digitalt", "møtte på teams")
# … and those in the room beside them: "Til stede i møterommet:", "Fysisk til stede:"
_add(Field.PRESENT, "til stede fysisk", "tilstede fysisk", "til stades fysisk",
     "tilstades fysisk", "fysisk til stede", "fysisk tilstede", "fysisk til stades",
     "deltok fysisk", "møtte fysisk", "fysisk oppmøte", "fysisk frammøte", "fysisk fremmøte",
     "til stede i møterommet", "tilstede i møterommet", "til stades i møterommet",
     "til stede i møtelokalet", "til stades i møtelokalet")
_add(Field.MEMBERS, "varamedlem som møtte", "varamedlemmer som møtte",
     "varamedlemer som møtte", "vara som møtte",
     # the verb last or first: "Som vara møtte: …", "Møtte som vara: …"
     "som vara møtte", "som varamedlem møtte", "som varamedlemmer møtte",
     "som varamedlemer møtte", "som vararepresentant møtte", "som vararepresentanter møtte",
     "som vararepresentantar møtte", "møtte som vara", "møtt som vara", "møtte som varamedlem",
     "møtt som varamedlem", "møtte som varamedlemmer", "møtte som varamedlemer",
     # the deputy's line named for whom they sit in: "Møtar for: Siri Lunde for Per Dyrkolbotn"
     "møtar for", "møter for", "møtte for", "møtt for",
     # who came instead, under those who did not: "Møtte i staden: Ola Moe (Stryn k.)"
     "møtte i staden", "møtte i stedet", "i staden møtte", "i stedet møtte")
# the deputies a summons calls in for members who have sent forfall: "Innkalt vara: Jon Aas
# for Per Dahl", "Følgende varamedlemmer er innkalt:" (no one present yet; see minutes.py)
_add(Field.MEMBERS, "innkalt vara", "innkalte vara", "innkalla vara", "innkalt varamedlem",
     "innkalte varamedlemmer", "innkalte varamedlemer", "innkalla varamedlemer",
     "innkalte vararepresentanter", "innkalla vararepresentantar", "vara innkalt",
     "varamedlemmer innkalt", "varamedlem innkalt", "vararepresentanter innkalt",
     "følgende varamedlemmer er innkalt", "følgende vararepresentanter er innkalt",
     "følgjande varamedlemer er innkalla", "følgjande varamedlemer er kalla inn",
     "følgende varamedlemmer er kalt inn")
# nynorsk forms of "Andre til stede:", "Også til stede:", and who wrote the protocol
_add(Field.GUESTS, "andre til stades", "andre tilstades", "andre møtande", "elles til stades",
     "også til stades", "dessutan til stades", "dessuten til stede",
     # nynorsk "òg" for "også": "Òg til stades:"
     "òg til stades", "òg tilstades", "òg møtte")
_add(Field.SECRETARIAT, "møtande frå sekretariatet", "møtende fra sekretariatet")
# a company's board and owners' meeting: "Møtande styremedlemer:", "Forfall frå styret:",
# "Representantar som møtte:", and the managers who report to the board "Fra ledelsen:"
_add(Field.PRESENT, "møtande styremedlemer", "møtande styremedlemmer", "tilstades frå styret",
     "representantar som møtte", "representanter som møtte")
_add(Field.ABSENT, "forfall fra styret", "forfall frå styret", "fravær fra styret",
     "fråvær frå styret")
_add(Field.GUESTS, "fra ledelsen", "frå leiinga", "fra selskapets ledelse",
     "frå selskapet si leiing")
_add(Field.SECRETARY, "protokollen er ført av", "protokollen ført av", "protokoll ført av")
# The writer's labels that end in "av", the name right after them with or without a colon
# ("Oppsummert av Kari Holm, 6.6.2026", "Skrevet av Kari Holm 6. juni 2026", "Ført av Eli
# Vik"): one list, read as the secretary's label in the head and at the end alike, and by
# the header's writer's date (``header._SIGNED_BY``) and the label's tail below.
WRITER_LABELS_AV = ("oppsummert av", "skrevet av", "skrive av", "skriven av", "ført av",
                    "førd av", "protokollført av", "protokollert av", "referat ført av",
                    "referat skrevet av", "referatet er skrevet av", "referatet er skrive av",
                    "referatet er ført av", "referatet ble skrevet av", "referatet vart skrive av",
                    "protokollen er ført av", "protokollen ført av", "protokoll ført av")
_add(Field.SECRETARY, *WRITER_LABELS_AV)
# The verbs of those labels that stand first ("Ført av …", "Protokollført av …"), as a
# pattern's alternatives for the writer's line under the minutes (items' and minutes' end
# marks), longest first.
WRITER_VERBS_AV = "|".join(sorted({spelling.split()[0] for spelling in WRITER_LABELS_AV
                                   if len(spelling.split()) == 2},
                                  key=lambda verb: (-len(verb), verb)))
# a partite body's sides as the first heading of its attendance, with no "Til stede:" above
# them (a drøftingsmøte's protocol: "Arbeidsgiversiden:" over its people, then
# "Arbeidstakersiden:"); the people under them came
_add(Field.PRESENT, "arbeidsgiversiden", "arbeidsgiversida", "arbeidsgjevarsida",
     "arbeidstakersiden", "arbeidstakersida", "arbeidstakarsida", "arbeidstakarsiden")
# … and "Til stede for arbeidsgiver:" / "Til stades for arbeidstakarane:" over the side's
# people (the side whom they meet for, not an organisation)
_add(Field.PRESENT, *(f"{present} for {side}"
                      for present in ("til stede", "tilstede", "til stades", "tilstades",
                                      "møtte", "møtt")
                      for side in ("arbeidsgiver", "arbeidsgiversiden", "arbeidsgjevar",
                                   "arbeidsgjevarsida", "arbeidstakerne", "arbeidstakersiden",
                                   "arbeidstakarane", "arbeidstakarsida", "arbeidstaker",
                                   "arbeidstakar")))
# … and "Fra arbeidsgiver:" / "Frå arbeidstakarane:" over (or before) the side's people:
# the side they meet for, read as "Arbeidsgiversiden:" is (no organisation)
_add(Field.PRESENT, *(f"{prep} {side}" for prep in ("fra", "frå")
                      for side in ("arbeidsgiver", "arbeidsgiversiden", "arbeidsgjevar",
                                   "arbeidsgjevarsida", "arbeidstakerne", "arbeidstakersiden",
                                   "arbeidstakarane", "arbeidstakarsida")))
# a partite body's elected side named by their mandate, as the first heading of its
# attendance: "Folkevalgte medlemmer:", "Politisk representert:", "Frå politisk side:"
_add(Field.PRESENT, "folkevalgte", "folkevalgte medlemmer", "folkevalgte representanter",
     "folkevalde", "folkevalde medlemer", "folkevalde medlemmer", "folkevalde representantar",
     "politisk representert", "politisk representerte", "politiske representanter",
     "politiske representantar", "politiske medlemmer", "politiske medlemer",
     "fra politisk side", "frå politisk side")
# Who gives a talk: "Innleder: Kari Holm, KS", nynorsk "Innleiar:", "Foredragsholder:",
# and several ("Innledere:", "Innleiarar:"): guests in a head, and on the line under a
# section's topic the talk's speaker (``items``).
SPEAKER_LABELS = ("innleder", "innleiar", "foredragsholder", "foredragshaldar",
                  "innledere", "innleiarar", "foredragsholdere", "foredragshaldarar")
_add(Field.GUESTS, "inviterte gjester", *SPEAKER_LABELS)
# the staff who help a user council or self-advocates' group run its meeting:
# "Tilrettelegger: Liv Berg", nynorsk "Tilretteleggjar:" (not members of the council)
_add(Field.GUESTS, "tilrettelegger", "tilretteleggere", "tilretteleggjar", "tilretteleggjarar")
# the consultant a plan's owners hired, over the firm and its person ("Konsulent: Rambøll
# Norge AS v/ Therese Lien"): no member of the body that met
_add(Field.GUESTS, "konsulent", "konsulenter", "konsulentar", "plankonsulent")
# the project group's planners at its steering group's meeting ("Prosjektgruppa:" over
# "Ragnar Lid, Havsund kommune"): they prepare its cases, no members of it (at the project
# group's own meeting its members: ``PROJECT_GROUP_LABELS`` in ``minutes``)
PROJECT_GROUP_LABELS = frozenset({"prosjektgruppa", "prosjektgruppen", "frå prosjektgruppa",
                                  "fra prosjektgruppen", "fra prosjektgruppa"})
_add(Field.GUESTS, *PROJECT_GROUP_LABELS)
# the public who listened: "Tilhørere:", nynorsk "Tilhøyrarar:"
_add(Field.GUESTS, "tilhørere", "tilhører", "tilhørarar", "tilhøyrarar", "tilhøyrar",
     "gjestar", "gjester til stede")
_add(Field.GUESTS, "til stades med møte- og talerett", "til stede med møte- og talerett",
     "med møte- og talerett", "møte- og talerett",
     # the advisers of a road safety committee (roads authority, police) who speak
     # without a vote: "Møtte med talerett: Gro Hestnes (Statens vegvesen) og …"
     "møtte med talerett", "møter med talerett", "til stede med talerett",
     "til stades med talerett", "møtte med tale- og forslagsrett",
     # those at a party's or union's board who have no vote
     "uten stemmerett", "utan stemmerett", "uten stemmerett til stede",
     "utan stemmerett til stades",
     # (the words the other way round: "Til stede uten stemmerett: styreleder X og …",
     # those an owners' meeting hears without their vote)
     "til stede uten stemmerett", "tilstede uten stemmerett", "til stades utan stemmerett",
     "til stades utan røysterett", "tilstades utan røysterett", "utan røysterett",
     # an AMU's occupational health service and others who always attend without a vote:
     # "Fast møtende uten stemmerett:", "Bedriftshelseteneste (fast møtande …): Per Sandvik"
     "fast møtende uten stemmerett", "faste møtende uten stemmerett",
     "fast møtande utan røysterett", "faste møtande utan røysterett",
     "fast møtande utan stemmerett", "faste møtande utan stemmerett",
     "bedriftshelsetjenesten", "bedriftshelsetjeneste", "bedriftshelsetenesta",
     "bedriftshelseteneste")
# the board's own voters: "Tilstede med stemmerett:", "Tilstade med stemmerett:"
_add(Field.PRESENT, "tilstede med stemmerett", "til stede med stemmerett",
     "tilstade med stemmerett", "til stades med stemmerett", "tilstades med stemmerett",
     "med stemmerett",
     "tilstedeværende", "tilstedeværende medlemmer", "tilstedeværende utvalgsmedlemmer",
     "tilstedeværende styremedlemmer", "tilstedeværende rådsmedlemmer")
_add(Field.GUESTS, "faste observatører til stede", "observatører til stede",
     "faste observatører", "observatører til stades", "faste observatørar")
_add(Field.MEMBERS, "varamedlemer til stades", "varamedlemmer til stede",
     "varamedlemer som møtte")
# The hospital trust's side of a health cooperation with its municipalities, as a group
# label ("Frå helseføretaket:", "Fra sykehuset: …"): members, whose organisation the
# label names as written ("sjukehuset"), as "Fra ViG:" names its group's.
TRUST_SIDE_LABELS = ("fra helseforetaket", "frå helseføretaket", "frå helseforetaket",
                     "fra sykehuset", "frå sjukehuset", "fra spesialisthelsetjenesten",
                     "frå spesialisthelsetenesta")
_add(Field.MEMBERS, "tillitsvalgte", "tillitsvalde", "varamedlemmer", "vara", "varamedlem",
     "varamedlemer",
     "vararepresentanter", "vararepresentant", "vararepr.", "vararepr", "møtende vara",
     "møtande vara", "representanter for kommunene",
     "kommunene", "fra kommunene", "frå kommunane",
     # a culture cooperation's member institutions as their group, as the municipalities
     # are a regionråd's: "Frå musea:", "Fra bibliotekene:", "Frå kulturskulane:"
     "fra museene", "frå musea", "fra bibliotekene", "frå biblioteka",
     "fra kulturskolene", "frå kulturskulane", "frå kulturskolane",
     # the other side of a health cooperation of a trust and its municipalities, which
     # may head the list before "Fra kommunene:" ("Frå helseføretaket:" over its people)
     *TRUST_SIDE_LABELS,
     # a partnership's seats for a sector: "*Fra næringen:* Torleif Røn (Matprodusentlaget)"
     "fra næringen", "frå næringa", "fra næringslivet", "frå næringslivet",
     "representanter for næringen", "representantar for næringa",
     # (and a kompetanseforum's or -råd's sides: "Fra arbeidslivet: A (NHO), B (LO)",
     # "Fra utdanning: …", "Frå offentleg sektor: …")
     "fra arbeidslivet", "frå arbeidslivet", "fra partene i arbeidslivet",
     "frå partane i arbeidslivet", "fra utdanning", "frå utdanning", "fra utdanningssektoren",
     "frå utdanningssektoren", "fra utdanningsinstitusjonene", "frå utdanningsinstitusjonane",
     "fra offentlig sektor", "frå offentleg sektor", "fra det offentlige", "frå det offentlege",
     # a cross-border committee's two (or three) national sides: "Fra svensk side:",
     # "Frå finsk side:", each over its own members
     *(f"{prep} {land} side" for prep in ("fra", "frå")
       for land in ("norsk", "svensk", "finsk", "dansk", "russisk")),
     # (in the Swedish of a cross-border body's minutes: "Från svensk sida:")
     *(f"från {land} sida" for land in ("norsk", "svensk", "finsk", "finländsk", "dansk")),
     # the owners' representatives at an inter-municipal company's representantskap
     "eierkommunenes representanter", "eierkommunene", "fra eierkommunene",
     "representanter for eierkommunene", "representanter fra eierkommunene",
     "eigarkommunane", "frå eigarkommunane", "eigarkommunane sine representantar",
     "representantar for eigarkommunane", "representantar frå eigarkommunane",
     "medlemskommunenes representanter", "medlemskommunane sine representantar",
     "representanter for medlemskommunene", "representantar for medlemskommunane",
     "representanter fra medlemskommunene", "representantar frå medlemskommunane",
     "følgende varamedlemmer møtte",
     "følgjande varamedlemer møtte", "fylgjande varamedlemmer møtte",
     "fylgjande varamedlemer møtte", "møtende varamedlemmer", "møtande varamedlemmer",
     # the staff's elected seats on a company's board, as a group ("Ansattes
     # representanter: Tom Li (Brannforbundet), verneombud Eva Dal"): members, as the
     # one seat "Ansattes representant" is, not the staff beside the administration
     "ansattes representanter", "de ansattes representanter", "ansatterepresentanter",
     "tilsette sine representantar", "dei tilsette sine representantar",
     "tilsetterepresentantar", "tilsettrepresentantar",
     # … and at a partssammensatt utvalg, the unions' seats beside the elected ones:
     # "Arbeidstakernes representanter:", "Arbeidstakarane sine representantar:"
     "arbeidstakernes representanter", "arbeidstakarane sine representantar",
     "arbeidstakarane sine representantar", "representanter for arbeidstakerne",
     "representantar for arbeidstakarane",
     "møtande varamedlemer", "møtte varamedlemmer", "nestleder", "nestleiar",
     # nynorsk plurals, and the deputies who came: "Vararepresentantar:", "Varamedlemar:"
     "vararepresentantar", "varamedlemar", "møtende vararepresentanter",
     "møtande vararepresentantar", "møtande varamedlemar",
     "styremedlem",
     # in minutes, the deputies called in for the meeting ("Innkalt vara: Per Dahl")
     "innkalt vara", "innkalte vara", "innkalla vara", "innkalt varamedlem",
     "innkalte varamedlemmer", "innkalte varamedlemer", "innkalla varamedlemer",
     "innkalla varamedlem", "innkalt varamedlemmer",
     "frammøtt vara", "frammøtte vara", "fremmøtt vara", "fremmøtte vara")
# interpreters for deaf or hard-of-hearing members attend, but are none of the body
_add(Field.GUESTS, "tolk", "tolker", "tolkar", "tegnspråktolk", "tegnspråktolker",
     "teiknspråktolk", "teiknspråktolkar", "skrivetolk", "skrivetolker", "skrivetolkar")
_add(Field.GUESTS, "observatør i møtet", "observatører i møtet", "observatørar i møtet",
     "deltakelse på saker", "deltaking på saker", "deltakelse i enkeltsaker",
     "til stede under enkeltsaker",
     # (s76a) guests there for single cases only: "Gjester til enkeltsaker: Per Dahl (sak 3)"
     "gjester til enkeltsaker", "gjester i enkeltsaker", "gjester under enkeltsaker",
     "gjest til enkeltsaker", "gjestar til enkeltsaker", "gjestar i enkeltsaker",
     "fra administrasjonen", "frå administrasjonen",
     "administrasjonen",
     "administrasjon", "adm.", "adm",
     # a church council's or an institution's staff ("Frå staben: kyrkjeverje Ingrid
     # Moen"): those who serve the body, as the administration does
     "fra staben", "frå staben", "staben", "fra staben møtte", "frå staben møtte",
     "fra administrasjonen møtte", "frå administrasjonen møtte", "andre", "andre til stede",
     "andre tilstedeværende", "øvrige tilstedeværende",
     "andre møtende", "gjester", "gjest", "observatører", "observatør", "observatørar",
     "inviterte", "i tillegg møtte", "dessuten møtte",
     "dessutan møtte", "i tillegg møtte også", "elles møtte", "ellers møtte",
     "ellers til stede",
     "også til stede", "også tilstede", "andre deltakere", "fra administrasjon",
     "andre møtedeltagere", "andre møtedeltakere", "andre deltagere", "andre møtedeltakarar",
     "øvrige møtedeltakere", "øvrige møtedeltagere", "øvrige deltakere", "øvrige deltagere",
     "øvrige til stede", "øvrige tilstede", "eksterne deltakere", "eksterne deltagere",
     "eksterne",
     "i tillegg deltok", "presentasjon ved", "innledning ved",
     "følgende fra administrasjonen møtte", "fra adm.", "fra adm", "frå adm.",
     "møtende fra administrasjonen", "møtande frå administrasjonen",
     "fra revisjonen", "frå revisjonen", "revisjonen", "revisor", "fra revisjon",
     "revisjon", "frå revisjon",
     "fra kommunen", "frå kommunen", "fra kommunen møtte", "frå kommunen møtte",
     # the company's staff at its representantskap or board: its administration
     "fra selskapet", "frå selskapet", "fra selskapet møtte", "frå selskapet møtte",
     "fra daglig ledelse", "frå dagleg leiing",
     # a project's staff at its steering group (the project manager, advisers)
     "fra prosjektet", "frå prosjektet", "fra prosjektet møtte", "frå prosjektet møtte",
     # (a merger's project organisation at its fellesnemnd or PSU: the prosjektrådmann)
     "fra prosjektorganisasjonen", "frå prosjektorganisasjonen",
     "fra prosjektorganisasjonen møtte", "frå prosjektorganisasjonen møtte",
     "besøk", "besøkende", "besøkande", "tilrettelegger", "tilretteleggere",
     # the municipalities' chief executives advise a regionråd
     "rådmenn", "rådmennene", "kommunedirektører", "kommunedirektørene", "kommunedirektørar",
     "rådmenn/kommunedirektører", "kommunedirektørane", "rådmennene/kommunedirektørene",
     # (also as their group: "Rådmannsgruppa: A, B" among a regionråd's attendance lists)
     "rådmannsgruppa", "rådmannsgruppen", "kommunedirektørgruppa", "kommunedirektørgruppen",
     "tilretteleggarar")
# the partners a regionråd invites, as a group heading of their own ("Frå fylkeskommunen:"
# / "Astrid Lunde, fylkesvaraordførar"): guests, also under the list of who sent forfall
# (the partner, as the heading writes it, is the organisation of those under it)
PARTNER_GROUP_LABELS = frozenset({
    "fra fylkeskommunen", "frå fylkeskommunen", "fra statsforvalteren", "frå statsforvaltaren",
    "fra ks", "frå ks", "fra nav", "frå nav", "fra innovasjon norge", "frå innovasjon norge"})
_add(Field.GUESTS, *PARTNER_GROUP_LABELS)
# the agencies' group below the members' own list ("Medlemmer til stede:" / … / "Fra
# etatene:"): the road agency's, the police's and the transport company's people visit
# the body, as "Andre:" below the members do (``minutes``: only once members are named;
# without such a list the agencies may be the forum's own sides)
AGENCIES_GROUP_LABELS = frozenset({
    "fra etatene", "frå etatane", "fra etatane", "frå etatene", "fra etatene møtte",
    "frå etatane møtte", "fra etatane møtte", "etatene", "etatane"})
_add(Field.COPY, "kopi", "kopi til", "til orientering", "distribusjon", "mottakere",
     "orientert/invitert", "orientert", "til informasjon", "kopimottakere",
     "kopimottakere av referat", "referat sendes til", "referat sendt", "referat sendt til",
     # with the article, as a steering group's or a board's secretary writes it
     # ("Referatet sendes til: …", "Protokoll sendes til: …", nynorsk "Referatet vert sendt
     # til: …"): who gets the minutes, not who came
     "referatet sendes til", "protokoll sendes til", "protokollen sendes til",
     "referatet sendt til", "referatet vert sendt til", "referatet blir sendt til",
     "protokollen vert sendt til", "utskrift sendes til",
     "mottakarar", "til", "cc", "vedlegg", "vedlegg:",
     # e-mail headers of minutes pasted from a mail
     "emne", "subject", "from", "fra", "to", "bcc", "kopi:",
     # a nynorsk memo's sender ("Frå: Dagleg leiar"), as "Fra:" is the bokmål one
     "frå",
     # people who sign or approve the minutes are named again, not listed
     "protokollen godkjennes av", "protokollen signeres av", "protokollen underskrives av",
     # (nynorsk "Protokollen vert godkjend av:", "Møteboka vert underteikna av:")
     "protokollen vert godkjend av", "protokollen vert godkjent av",
     "protokollen blir godkjent av", "protokollen godkjennast av", "protokollen godkjenast av",
     "protokollen vert signert av", "protokollen vert underteikna av",
     "protokollen underteiknast av", "møteboka vert godkjend av", "møteboka vert godkjent av",
     "møteboka vert underteikna av", "møteboka godkjennes av", "møteboka godkjennast av",
     "møteboken godkjennes av", "referatet godkjennes av", "referatet vert godkjent av",
     "referatet vert godkjend av",
     # (a case system's cover in the past tense: "Protokollen er godkjent av:" over the
     # signers' names, nynorsk "Møteboka er godkjend av:")
     "protokollen er godkjent av", "protokollen er godkjend av", "møteboka er godkjent av",
     "møteboka er godkjend av", "møteboken er godkjent av",
     "til å signere protokollen", "valg av to til å signere protokollen",
     # who the meeting chose to sign ("Til å signere protokollen ble valgt: A og B"),
     # nynorsk "Til å underteikne protokollen vart valt:" (members listed already)
     "til å signere protokollen ble valgt", "til å signere protokollen vart valt",
     "til å underskrive protokollen ble valgt", "til å underteikne protokollen vart valt",
     "til å underteikne protokollen vart valde", "til å signere protokollen vart valde",
     "til å godkjenne protokollen ble valgt", "til å godkjenne protokollen vart valt",
     "valgt til å signere protokollen", "valt til å signere protokollen",
     "valgt til å underskrive protokollen", "valde til å underteikne protokollen",
     "protokollunderskrivere", "protokollunderskrivarar", "protokollunderskriver",
     "underskrivere", "underskrivarar", "underteiknarar",
     "underskrift", "underskrifter", "protokollen godkjent av", "godkjent av", "godkjend av",
     "signatur", "signert av",
     # a Swedish protocol's checker of the minutes, named in the list already
     # ("Utses att justera: Eva Lind", "Justerare ......" over her name)
     "justerare", "utses att justera", "justeras av",
     # remarks on the meeting, not a group of people
     "merknader", "diverse merknader")
_add(Field.ORGANIZATION, "organisasjon", "selskap", "virksomhet", "verksemd", "eier", "eigar",
     "forening", "lag/forening", "lag/organisasjon", "klubb")  # a club's header table
_add(Field.BODY, "utvalg", "organ", "møte i", "forum", "styre", "gruppe", "nettverk",
     "utval", "møte", "møtenavn", "møtets navn", "styre/råd/utvalg", "styre/organ",
     "styre, råd, utvalg", "utvalg/styre", "styre/råd/utval", "møtetype", "type møte",
     "hva", "kva",  # "Hva: Styremøte" / "Når: …" / "Hvor: …"
     # a council's kind as the label: "Sokneråd: Heddal sokneråd", "Nemnd: Klagenemnda"
     "råd", "sokneråd", "menighetsråd", "kyrkjelydsråd", "fellesråd", "nemnd", "komité",
     "komite")
# and the people in the same summary: "• Hvem: Kari Holm (leder), Ola Dahl"
_add(Field.PRESENT, "hvem", "kven")
_add(Field.AGENDA, "saksliste", "sakliste", "saker", "saker til behandling", "agenda",
     "dagsorden", "saker på agendaen", "saksliste og referat", "behandlede saker",
     "dagordning",  # (a Swedish body's "Dagordning")
     "sakskart", "saksliste:", "program", "saker behandlet på møtet",
     "saker behandla på møtet", "saker handsama på møtet", "handsama saker")

# Column headings that say who does a task and by when: in follow-up tables ("Hva | Hvem |
# Frist") and in minutes written as a table ("Sak | Tema | Konklusjon | Ansvar | Frist").
TASK_COLUMN_WORDS: dict[str, str] = {
    "hvem": "who", "kven": "who", "ansvar": "who", "ansvarlig": "who", "ansvarleg": "who",
    "frist": "when", "når": "when", "når?": "when", "tidsfrist": "when", "innen": "when",
    "dato": "when",
    # "Aksjon | Eier | Frist": who owns the task; "Hvem?", "Ansv.", "Ansvarlige"
    "eier": "who", "eigar": "who", "hvem?": "who", "kven?": "who", "ansv.": "who",
    "ansv": "who", "ansvarlige": "who", "ansvarlege": "who", "innan": "when",
    # "Hvem | Gjør hva | Innen når", nynorsk "Kven | Gjer kva | Innan når"
    "innen når": "when", "innan når": "when",
    # a task app's export (Planner, Loop, Teams): "Oppgave | Tilordnet til |
    # Forfallsdato | Status", and its English "Assigned to | Due date"
    "tilordnet": "who", "tilordnet til": "who", "tildelt": "who", "tildelt til": "who",
    "forfallsdato": "when", "assigned to": "who", "due date": "when", "deadline": "when",
    # an English action-points table: "Action | Responsible | Deadline", "Task | Owner | Due"
    "responsible": "who", "owner": "who", "who": "who", "due": "when", "by when": "when",
}
# Column headings of a follow-up table that name the task itself ("Hva | Hvem | Frist",
# "Tiltak | Ansvar | Frist"; a register's plural or compound heading: "Oppfølgingspunkt |
# Ansvarlig | Frist", "Aksjoner | Ansvar | Dato", nynorsk "Oppgåver | Kven | Når").
TASK_WHAT_COLUMN_WORDS = frozenset({
    "hva", "kva", "tiltak", "oppgave", "oppgåve", "aksjon", "aksjonspunkt", "oppfølging",
    "aktivitet", "beskrivelse", "gjøremål", "oppgaver", "oppgåver", "aksjoner", "aksjonar",
    "aksjonspunkter", "oppfølgingspunkt", "oppfølgingspunkter", "oppfylgingspunkt",
    "oppfylging",
    # (English: "Action | Responsible | Deadline", "Action point | Owner | Due")
    "action", "actions", "action point", "action points", "task", "tasks", "what"})


# Column headings of a table of money or counts beside a task column ("Tiltak | Beløp
# (kr)", "Post | Kostnad", "Tiltak | Tal dyr"): a budget's or a count's table, whose
# "Tiltak" heads the lines the money is for, no follow-up.
AMOUNT_COLUMN_WORDS = frozenset({
    "beløp", "kostnad", "kostnader", "sum", "kr", "nok", "budsjett", "ramme", "tilskudd",
    "tilskot", "tal", "antall", "tal dyr", "antall dyr", "beløp (kr)", "beløp i kr",
    "kostnad (kr)", "sum (kr)", "budsjett (kr)", "beløp (nok)", "kr.", "beløp kr"})


def is_amount_column_heading(cell: str) -> bool:
    """Whether a table cell heads a column of money or counts ("Beløp (kr)", "Sum")."""
    return cell.strip(":* ").casefold() in AMOUNT_COLUMN_WORDS


def is_task_column_heading(cell: str) -> bool:
    """Whether a table cell is a follow-up table's column heading: what is to be done
    ("Tiltak", "Hva"), who or by when ("Ansvar", "Frist"), or who and by when joined
    ("Ansvar/frist", "Ansvar og frist")."""
    key = cell.strip(":?* ").casefold()
    if key in TASK_COLUMN_WORDS or key in TASK_WHAT_COLUMN_WORDS:
        return True
    if "/" not in key and " og " not in key:
        return False  # (most cells: one word of no follow-up column)
    parts = key.split("/") if "/" in key else key.split(" og ")
    return len(parts) == 2 and all(part.strip() in TASK_COLUMN_WORDS for part in parts)


# How a follow-up table written as plain lines separates its columns: "Hva – hvem – når",
# "Tiltak - ansvar - frist", "Oppgave / Ansvarlig / Frist" (its rows use the same).
_COLUMN_SEPARATORS = (re.compile(r"\s+[–—]\s+"), re.compile(r"\s+-\s+"),
                      re.compile(r"\s*/\s*"))


#: The longest line ``task_column_line`` reads as a follow-up table's typed heading or row.
TASK_COLUMN_LINE_MAX = 60


def task_column_line(text: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """The separator and cells of a line that only names a follow-up table's columns
    ("Tiltak – ansvarlig – frist", "Hva / Hvem / Når"), or None.

    Minutes typed without a table write its heading row so, and each line under it is a
    row ("Oppdatere risikolisten – PL – 30. januar"): neither is a wrapped sentence. Every
    cell must be a column's name and one must name the task, so "Ansvar – Kari Holm" (an
    owner line) and "Hva – hvorfor" are none.
    """
    if len(text) > TASK_COLUMN_LINE_MAX or \
            not ("–" in text or "—" in text or " - " in text or "/" in text):
        return None  # (most lines: a cheap test first)
    for separator in _COLUMN_SEPARATORS:
        cells = tuple(separator.split(text.strip().rstrip(":")))
        if len(cells) < 2:
            continue
        keys = [cell.strip(":?* ").casefold() for cell in cells]
        if any(key in TASK_WHAT_COLUMN_WORDS for key in keys) and \
                all(key in TASK_WHAT_COLUMN_WORDS or key in TASK_COLUMN_WORDS or
                    key in ("sak", "status") for key in keys):
            return separator, cells
    return None
# Column headings for what an item decided ("Vedtak | Ansvar", "Tema | Konklusjon"): read
# by minutes written as a table and by a decision table with an owner column.
# (one heading naming both, either way round, and nynorsk plurals: "Konklusjon/Vedtak",
# "Konklusjonar")
DECISION_COLUMN_WORDS = frozenset({"vedtak", "konklusjon", "beslutning", "vedtak/konklusjon",
                                   "konklusjon/vedtak", "vedtak / konklusjon",
                                   "konklusjon / vedtak", "konklusjoner", "konklusjonar"})

# The nouns a list of who came writes for a member who was away ("Tor Aas (forfall)",
# "Forfall: …", nynorsk "fråvær", "meldt fråfall"): the one list every reader of an
# absence draws on (the labels themselves, with their verbs, are ``Field.ABSENT``'s;
# participants._ABSENCE_NOUNS_AS_READ leaves out "fråfall" on purpose, saying why).
ABSENCE_NOUNS = ("forfall", "fravær", "fråvær", "fråfall")
# The seats a cell or a list names a person by ("Medlem | Vara | Møtt" cells, "Vara møtte"):
# a member's, and a deputy's (of which outcomes._SEATS takes only "varamedlem", on purpose:
# "Vara: Kari Holm" is who came; it says why).
MEMBER_SEAT_WORDS = ("medlem", "fast medlem", "representant")
DEPUTY_SEAT_WORDS = ("vara", "varamedlem", "vararepresentant")

# Column headings of attendance tables and what each column holds ("Navn | Funksjon |
# Representerer", "Medlem | Møtt | Vara som møtte").
ATTENDANCE_COLUMN_WORDS: dict[str, str] = {
    "navn": "name", "name": "name", "namn": "name", "deltaker": "name", "deltakar": "name",
    "representant": "name", "medlem": "name", "medlemmer": "name",
    # the plural over a cell of several people ("KOMMUNE | DELTAKARAR": "Hol | Aslak
    # Myhre, Guro Flaten")
    "deltakere": "name", "deltakarar": "name", "deltagere": "name",
    # an association's annual meeting by the delegates each member sent ("Medlemskommune |
    # Delegater | Stemmer": "Vega | Eva Solli, Ole Vik | 2")
    "delegat": "name", "delegater": "name", "delegatar": "name", "delegert": "name",
    "delegerte": "name",
    # a partite body's side, the union in brackets ("Namn | Part | Rolle": "Arbeidstakar
    # (Fagforbundet)")
    "part": "org",
    # a site meeting's parties by their firms ("Part | Firma | Navn": "Entreprenør |
    # Nordbygg AS | Per Vik"): the firm, the later column, is whom they represent
    "firma": "org", "firmanavn": "org", "bedrift": "org",
    # an apprentices' council by each one's training company ("Namn | Lærebedrift |
    # Merknad"), a training office's members by theirs ("Medlemsbedrift")
    "lærebedrift": "org", "lærebedrifter": "org", "medlemsbedrift": "org",
    "organisasjon": "org", "kommune": "org", "region": "org", "kommune / region": "org",
    "kommune/region": "org", "representerer": "org", "parti": "org", "virksomhet": "org",
    "org": "org", "organisasjon/kommune": "org", "arbeidsgiver": "org", "etat": "org",
    "skole": "org", "enhet": "org", "avdeling": "org", "sektor": "org", "arbeidssted": "org",
    "kommune/fylke": "org", "parti/gruppe": "org", "representerer kommune": "org",
    "fra": "org", "frå": "org", "kommune/organisasjon": "org", "institusjon": "org",
    # a county network's table by county ("Fylke | Navn | Funksjon"), a workplace's
    "fylke": "org", "fylkeskommune": "org", "kommune/virksomhet": "org",
    # the county first, spaced like the seeds' "KOMMUNE / REGION" ("NAMN | FYLKE / KOMMUNE")
    "fylke/kommune": "org", "fylke / kommune": "org", "kommune / fylke": "org",
    "virksomhet/kommune": "org", "arbeidsplass": "org",
    # an inter-municipal company's owners, each with its representative ("Namn |
    # Eigarkommune | Møtt")
    "eierkommune": "org", "eigarkommune": "org", "eierkommune/region": "org",
    "medlemskommune": "org",
    # … or each owner, a municipality or a company, by whom it sent ("Eigar | Eigardel |
    # Representert ved")
    "eier": "org", "eigar": "org",
    # a general meeting's shareholders, each by whom it sent and the shares it voted
    # ("Aksjeeigar | Representert ved | Aksjar/røyster")
    "aksjeeier": "org", "aksjeeigar": "org", "aksjonær": "org", "aksjonær/eier": "org",
    "representert ved": "name", "møtt ved": "name", "fullmektig": "name",
    "aksjer": "shares", "aksjar": "shares", "aksjer/stemmer": "shares",
    "aksjar/røyster": "shares", "antall aksjer": "shares", "tal aksjar": "shares",
    "stemmer": "shares", "røyster": "shares", "eierandel": "shares", "eigardel": "shares",
    "eigarandel": "shares",
    # a library or museum network's table by member institution ("Namn | Bibliotek",
    # "NAMN | MUSEUM / INSTITUSJON")
    "bibliotek": "org", "museum": "org", "museum / institusjon": "org",
    "museum/institusjon": "org", "bibliotek/kommune": "org", "kommune/bibliotek": "org",
    # a network of volunteer centres or cultural schools by member ("Navn | Rolle |
    # Sentral/kommune", "Kulturskole")
    "sentral": "org", "sentral/kommune": "org", "frivilligsentral": "org",
    "kulturskole": "org", "kulturskule": "org",
    # the office of a service run from many places ("Navn | Funksjon | Kontor": NAV
    # Elvbakken), and where the person serves
    "kontor": "org", "nav-kontor": "org", "tjenestested": "org", "tenestestad": "org",
    # … also by the plain word beside the job, as a county's services write it ("Namn |
    # Stilling | Stad": "Klinikk Nordby", "Distrikt sør"), or by the clinic
    "stad": "org", "sted": "org", "klinikk": "org",
    # party or organisation in one column, shortened: "Navn | Rolle | Parti/org."
    "parti/org.": "org", "parti/org": "org", "parti / org.": "org", "org.": "org",
    # a protected-area board's seats, by the council or body that appointed each member
    # ("Namn | Kommune / organ | Funksjon", "Oppnemnd av | Namn")
    "organ": "org", "kommune/organ": "org", "oppnevnt av": "org", "oppnemnd av": "org",
    "parti/organisasjon": "org", "organisasjon/parti": "org",
    # a network's members by municipality, its partners by their institution ("Kommune /
    # instans | Navn | Stilling": "Høgskolen i Innlandet | Petter Brenna | dosent")
    "instans": "org", "kommune/instans": "org", "instans/kommune": "org",
    # the nynorsk headings of the same columns ("Namn | Verksemd | Møtt")
    "verksemd": "org", "arbeidsgjevar": "org", "skule": "org", "eining": "org",
    "arbeidsstad": "org", "kommune/verksemd": "org", "verksemd/kommune": "org",
    # the service each comes from in a network of municipal services ("Navn | Tjeneste /
    # kommune": "Flyktningtjenesten Aukra", "NAV Hustadvika")
    "tjeneste": "org", "teneste": "org", "tjeneste/kommune": "org", "teneste/kommune": "org",
    "tjeneste / kommune": "org", "teneste / kommune": "org", "kommune/tjeneste": "org",
    "kommune/teneste": "org", "kommune / tjeneste": "org", "kommune / teneste": "org",
    # an IT cooperation's table, where its shared service company sits beside the member
    # municipalities ("NAMN | KOMMUNE / SELSKAP | ROLLE": "IKT Sogn")
    "selskap": "org", "kommune/selskap": "org", "kommune / selskap": "org",
    "selskap/kommune": "org", "selskap / kommune": "org",
    # a health cooperation's table, where the hospital trust sits beside the municipalities
    # ("NAMN | KOMMUNE / HF | FUNKSJON": "Helse Fonna HF")
    "kommune / hf": "org", "kommune/hf": "org", "hf / kommune": "org", "hf/kommune": "org",
    "kommune / helseforetak": "org", "kommune/helseforetak": "org", "helseforetak": "org",
    "kommune / foretak": "org", "kommune/foretak": "org",
    # a church cooperation's table by the parish council or parish each sits for
    # ("Namn | Sokneråd / funksjon": "Nes sokneråd"; "Navn | Sokn / fellesråd")
    "sokneråd": "org", "menighetsråd": "org", "sokn": "org", "sogn": "org",
    "kyrkjelyd": "org", "menighet": "org", "fellesråd": "org",
    # the mountain boards of a regional association, each by the board it came from
    # ("Namn | Fjellstyre | Funksjon": "Tronvik fjellstyre"), a club's by its club
    "fjellstyre": "org", "fjellstyre/organisasjon": "org", "lag": "org",
    "lag/organisasjon": "org", "lag / organisasjon": "org",
    # a protected-area board's seats by who appointed them ("Medlem | Vara | Oppnemnt
    # av": "Hovdal kommune", "Sametinget")
    "oppnemnt av": "org", "utnemnt av": "org", "utnevnt av": "org",
    "medlemer": "name",
    "funksjon": "role", "rolle": "role", "verv": "role", "role": "role",
    "møtte for": "for", "for": "for", "vara for": "for", "møter for": "for",
    "møtt for": "for", "møtt som vara for": "for", "møtar for": "for", "møtte som vara for": "for",
    **dict.fromkeys(DEPUTY_SEAT_WORDS, "deputy"),
    "merknad": "note", "merknader": "note", "kommentar": "note", "oppmøte": "present",
    # the cases each came for, at a forum where a municipality comes for its plan ("Namn |
    # Organisasjon | Sak": "sak 31/25" beside the planners, "alle" beside the agencies)
    "sak": "note", "saker": "note",
    # why a member was away, beside the absent list's names ("Forfallsgrunn: Sjukdom")
    "forfallsgrunn": "note", "forfallsårsak": "note", "fråværsgrunn": "note",
    "fråversgrunn": "note", "fraværsgrunn": "note", "årsak": "note", "grunn": "note",
    "til stede": "present", "tilstede": "present", "til stades": "present", "møtt": "present",
    "møtte": "present", "frammøte": "present", "fremmøte": "present", "deltok": "present",
    "forfall": "absent", "fravær": "absent", "fråvær": "absent", "meldt forfall": "absent",
    "ikke møtt": "absent", "ikkje møtt": "absent", "møtestatus": "present",
    # one column for both, each row saying which ("Navn | Kommune | Til stede/Forfall":
    # "Til stede", "Forfall")
    "til stede/forfall": "present", "tilstede/forfall": "present", "møtt/forfall": "present",
    "til stades/forfall": "present", "møtt/fråvær": "present", "møtt/fravær": "present",
    # the deputy who came in the member's place, as the heading says: "Medlem | Møtt |
    # Vara som møtte" (a plain "Vara" column may list each seat's deputy: "deputy")
    "vara som møtte": "stand-in", "møtende vara": "stand-in", "møtande vara": "stand-in",
    "vara møtte": "stand-in", "møtt vara": "stand-in", "møtte vara": "stand-in",
    "møtende varamedlem": "stand-in", "møtande varamedlem": "stand-in",
    "stilling": "job", "tittel": "job", "e-post": "skip", "epost": "skip",
    "telefon": "skip", "tlf": "skip", "tlf.": "skip",
    # a Swedish body's table in a cross-border body's minutes ("Namn | Organisation | Roll",
    # "Namn | Kommun | Närvarande")
    "organisation": "org", "kommun": "org", "roll": "role", "deltagare": "name",
    "ledamot": "name", "närvarande": "present", "närvaro": "present",
    "frånvarande": "absent", "ersättare": "deputy", "anmärkning": "note",
    # (the seat's duty as a Swedish template heads it: "Namn | Organisation | Uppdrag";
    # a Norwegian–Finnish or –Swedish council's municipality in both languages:
    # "Navn | Kommune / kunta | Rolle", "Kommune / kommun")
    "uppdrag": "role", "funktion": "role", "kunta": "org",
    "kommune / kunta": "org", "kommune/kunta": "org", "kommune / kommun": "org",
    "kommune/kommun": "org", "kommun / kommune": "org", "kommun/kommune": "org",
}

ATTENDANCE_FIELDS = {Field.PRESENT, Field.ABSENT, Field.CHAIR, Field.SECRETARY,
                     Field.SECRETARIAT, Field.MEMBERS, Field.GUESTS}

# The endings that make a word a job title ("kommunalsjef", "seniorrådgiver",
# "prosjektkoordinator", "sokneprest"): one list for a job written next to a name
# (``participants``) and for a writer's job before her name (``_JOB_WORDS``).
JOB_TITLE_ENDINGS = ("sjef", "leder", "leiar", "rådgiver", "rådgjevar",
                     "rådgivar",  # (nynorsk's other form: "seniorrådgivar")
                     "direktør",
                     "konsulent", "koordinator", "sekretær", "ordfører", "ordførar",
                     "rådmann", "rektor", "inspektør", "lærer", "lærar", "sykepleier",
                     "medarbeider", "medarbeidar",  # "fylkesrådmann", "assisterende rektor"
                     "lege",  # a municipality's doctors: "kommuneoverlege", "smittevernlege"
                     # the health professions in a health cooperation's fora:
                     # "kommunepsykolog", "fysioterapeut", "vernepleiar", "jordmor"
                     "psykolog", "terapeut", "pleiar", "jordmor",
                     # a project's people: "(prosjekteier)", "(saksbehandler)" (not
                     # "-ansvarlig": "Økonomiansvarlig" is a seat on a board)
                     "eier", "eigar", "saksbehandler",
                     "sakshandsamar", "planlegger", "planleggar", "planleggjar",
                     # a municipality's youth and field workers: "Ungdomskontakt Siv Li"
                     "kontakt", "arbeider", "arbeidar",
                     "revisor",  # a kontrollutval's "forvaltningsrevisor", "revisor"
                     # the church's staff in a sokneråd / menighetsråd: "Sokneprest Kari
                     # Li", "kyrkjeverje Ola Dal", "kirkeverge", "kapellan", "diakon"
                     "prest", "prost", "verge", "verje", "kapellan", "diakon", "kantor",
                     # a kindergarten's head: "Styrer Anette Bjerke", "barnehagestyrar"
                     "styrer", "styrar",
                     # the safety and union seats at a workplace: "Verneombud Kari Li",
                     # "hovudverneombod", "hovedtillitsvalgt", "tillitsvald"
                     "ombud", "ombod", "tillitsvalgt", "tillitsvald",
                     # a company's finance staff beside the manager: "Controller Kine
                     # Vatne", "økonomicontroller"
                     "controller",
                     # a lawyer who advises a procurement cooperation on a complaint:
                     # "Advokat Arne Rød orienterte …", "kommuneadvokat"
                     "advokat",
                     # a water and waste company's technical staff: "VA-ingeniør Marte
                     # Bu", "avdelingsingeniør", "driftsoperatør"
                     "ingeniør", "operatør",
                     # the outfield's staff at a game or mountain board: "viltforvaltar",
                     # "Fjelloppsynsmann Gaute Rysstad var til stades under sak 3"
                     "forvalter", "forvaltar", "oppsynsmann",
                     # the staff of libraries, archives and museums: "fylkesbibliotekar",
                     # "byarkivar", "konservator", "museumsformidlar", "fylkesantikvar"
                     "bibliotekar", "arkivar", "konservator", "formidler", "formidlar",
                     "antikvar", "løytnant",
                     # a port's harbour master: "Havnefogd Kjell Jakobsen", "hamnefogd"
                     "fogd",
                     # an emergency-vet cooperation's vets: "distriktsveterinær",
                     # "vaktveterinær", "Veterinær Eli Moe"
                     "veterinær",
                     # the municipality's officer who runs the elections for the valgstyre
                     # ("Kristin Aune (valgansvarlig, protokollfører)"), not a board's seat
                     "valgansvarlig", "valansvarleg", "valgansvarleg")

# "Label: value" and "Label;" (a semicolon is a common typo); the longest label wins.
_SORTED = sorted(LABELS, key=len, reverse=True)
# One pattern of every spelling would be _LABEL_HEAD + "|".join(spellings) + ")" +
# _LABEL_TAIL; match_label runs it in two parts (``_label_match``): the spellings that the
# line's first word allows (_label_start), then the tail, compiled once for them all.
_LABEL_HEAD = r"^(?:[-*•]\s*)?(?P<label>"
# A job title in small letters before a writer's name: "daglig leder", "rådgiver",
# "seniorrådgjevar", "prosjektkoordinator" (one or two words, the last a job's ending).
_JOB_WORDS = (r"(?:[a-zæøå][\w-]*\s+)?(?:[a-zæøå][\w-]*)?(?:" + "|".join(JOB_TITLE_ENDINGS)
              + r")\s+")
_JOB_BEFORE_NAME = _JOB_WORDS + "[A-ZÆØÅ]"
_LABEL_TAIL = (r"\s*(?:\([^()]{1,40}\)\s*)?(?:[:;]|\s[-–](?:\s|$)|$|(?<=\svar)\s|(?<=\smøtte)\s|"
               # a dash stuck to its value: "Sted -Kantina", "Dato -12.03.2026"
               r"\s[-–](?=(?-i:[A-ZÆØÅ])|\d)|"
               # a table row whose first cell is the label alone ("Til stede | Kari Holm")
               r"(?<=\t)|"
               r"(?<=\sdeltok)\s|"
               # "Eierkommunene var representert ved ordfører Kari Holm (Nordby), …"
               r"(?<=representert\sved)\s|(?<=representerte\sved)\s|"
               # who "had" the absence, a name after it: "Forfall hadde Emma Lothe."
               r"(?<=\shadde)\s(?=(?-i:[A-ZÆØÅ]))|"
               # "Møtested Trædal turistsenter", "Møtedato 7. mars": a label a capital or a day
               # ("Sted Skype", "Dato 11. juni 2014" in a header block too)
               r"(?<=sted)\s(?=(?-i:[A-ZÆØÅ]))|(?<=møtestad)\s(?=(?-i:[A-ZÆØÅ]))|"
               # "Sted digitalt", "Møtestad videomøte": a channel, which is written small
               r"(?<=sted|stad)\s(?=(?:digitalt|digital|videomøte|nettmøte|telefonmøte|"
               r"teams|zoom|skype|hybrid)\b)|"
               r"(?<=dato)\s(?=\d)|"
               # "Referatet skrevet 6.3.2025", "Utsendt 10. mars 2025": a day written or
               # sent (a full date alone, see _dated_without_colon)
               r"(?<=skrevet)\s(?=\d)|(?<=sendt)\s(?=\d)|(?<=skriven)\s(?=\d)|(?<=skrive)\s(?=\d)|"
               # the writer's name after "av": "Oppsummert av Marte Lien, …", "Protokollen er
               # ført av Kari Holm" (a writer's label only, see _writer_without_colon)
               # (each verb of ``WRITER_LABELS_AV`` once)
               # (her job in small letters first: "Protokollført av daglig leder Kari Holm",
               # "Skrevet av rådgiver Eli Vik")
               + "".join(rf"(?<={verb}\sav)\s(?=(?-i:[A-ZÆØÅ]|{_JOB_BEFORE_NAME}))|"
                         for verb in sorted(
                   {spelling.split()[-2] for spelling in WRITER_LABELS_AV})) +
               # a grid's "Tid 10–14", "Møtetid kl. 18": hours after a time label
               r"(?<=tid)\s(?=\d{1,2}(?:[.:]\d{2})?\s*[-–]\s*\d|kl\.?\s*\d))\s*(?P<value>.*)$")


@dataclass(frozen=True, slots=True)
class Label:
    """A header label found at the start of a line, with the value after it."""

    field: Field
    label: str
    value: str


_NEW = object.__new__
_SET_LABEL_FIELDS = tuple(Label.__dict__[name].__set__ for name in ("field", "label", "value"))


def _new_label(field: Field, label: str, value: str) -> Label:
    """``Label(field=field, label=label, value=value)``, made for the label every header
    line found by ``_match_label`` gives: a frozen dataclass's ``__init__`` sets each
    field through ``object.__setattr__`` (about 7,000 instructions with keywords), where
    the slots' own setters, called here, set the same fields for half that (as
    ``dates._date_match`` does). The object is the same in every way (fields, equality,
    hash, still frozen)."""
    found = _NEW(Label)
    set_field, set_label, set_value = _SET_LABEL_FIELDS
    set_field(found, field)
    set_label(found, label)
    set_value(found, value)
    return found


_FIRST_WORDS = frozenset(re.split(r"[\s/,]", spelling)[0] for spelling in LABELS)
# Their first four characters (a shorter word whole): ``_match_label`` tells by them that
# a line's first word of four letters or more is none of them without reading the word.
_FIRST_WORD_STARTS = frozenset(word[:4] for word in _FIRST_WORDS)
# (the bullet's group as a branch with an empty side, not "?": ``re`` runs an optional
# group through a counted repeat, a tenth of the pattern's cost on every line asked)
_FIRST_WORD = re.compile(r"^(?:[-*•]\s*|)([^\s:;/,]+)")

# The spellings by their first word as _FIRST_WORD reads it ("dato" → "dato", "dato og
# tid", "dato, tid og sted" …). A line can only start with a spelling whose first word
# is the line's first word, so matching against that group alone finds the same label
# as the pattern of all spellings (same order, longest first) without trying some 300
# alternatives, and each group is compiled only when a line first needs it.
_BY_FIRST_WORD: dict[str, list[str]] = {}
for _spelling in _SORTED:
    _BY_FIRST_WORD.setdefault(_FIRST_WORD.match(_spelling).group(1), []).append(_spelling)


# The label's tail, compiled once: the same for every group of spellings, and by far the
# costlier part to compile (about 6.5 M instructions, more than a group's spellings).
# Its look-behinds ("(?<=sted)\s") see the label before the position it is matched from.
# (the one choice the head leaves besides the spelling is the optional bullet, which no
# spelling can take back: none starts with a bullet or a space, see tests/extract/
# test_labels.py)
_LABEL_END = re.compile(_LABEL_TAIL, re.I)


@functools.cache
def _label_start(first_word: str, shorter_than: int | None = None) -> re.Pattern[str] | None:
    """The label's spellings that start with ``first_word`` (those shorter than
    ``shorter_than`` characters only, when given), longest first, after an optional bullet;
    None when no such spelling is left (an empty alternation would match any line)."""
    spellings = _BY_FIRST_WORD.get(first_word, _SORTED)
    if shorter_than is not None:
        spellings = [s for s in spellings if len(s) < shorter_than]
    if not spellings:
        return None
    return re.compile(_LABEL_HEAD + "|".join(re.escape(s) for s in spellings) + ")", re.I)


# The cases an attendance label's people came for, between the label and its colon
# ("Gjest under sak 2:", "Til stede i sak 4 og 5:", "Gjester fra sak 3:").
CASES_BEFORE_COLON = lazy_regex(r"(?P<label>[^:()]{3,30}?)\s+(?P<note>(?:under|i|fra|frå|til)"
                                r"\s+sak(?:ene|ane|er)?\s+[\d/]+(?:\s*(?:,|og|-|–)\s*[\d/]+)*)"
                                r"\s*:")


def _label_for_cases(text: str) -> Label | None:
    """An attendance label with the cases its people came for before the colon ("Gjest
    under sak 2: Hilde Sand"): the label, read as "Gjest (under sak 2):" is; the cases
    are its note (``cases_before_colon``)."""
    found = CASES_BEFORE_COLON.match(text)
    if found is None:
        return None
    label = _match_label(f"{found.group('label')}:{text[found.end():]}")
    return label if label is not None and label.field in _ATTENDANCE_FIELDS else None


def cases_before_colon(head: str) -> str | None:
    """The cases an attendance label names before its colon ("Gjest under sak 2" gives
    "under sak 2"), or None."""
    found = CASES_BEFORE_COLON.match(head + ":") if " sak" in head else None
    return found.group("note") if found else None


def _label_match(first_word: str, text: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """The label a line starts with and its tail (up to the value), as the one pattern of
    the spellings and the tail would match them: the longest spelling whose tail fits,
    else the next shorter one. None when no spelling has its tail here."""
    shorter_than = None
    while (pattern := _label_start(first_word, shorter_than)) is not None and \
            (start := pattern.match(text)) is not None:
        if (end := _LABEL_END.match(text, start.end())) is not None:
            return start, end
        # ("Tid og stedet …": not "tid og sted", maybe "tid" with its own tail)
        shorter_than = len(start.group("label"))
    return None


@functools.lru_cache(maxsize=8192)
def match_label(text: str) -> Label | None:
    """The header label a line starts with, or None (see ``_match_label``).

    A label typed without Norwegian letters ("Moetedato:", "Fravaer:") is read as its
    spelling with them; only the label is respelled, the value stays as written.
    """
    found = _match_label(text)
    if found is not None:
        return found
    head40 = text[:40]
    lowered = head40.lower()
    # Most texts asked are no label (a name, an attendance table's row, a sentence): one
    # test of what each reading below needs (".:", a lettered "A. ", a slipped label
    # word, a form's leader, "medlemmar", an ASCII stand-in for "ø", "å" or "æ") before
    # any of them is tried, so such a miss costs a few substring searches rather than
    # each reading's own calls and tests (lower-casing keeps ".", ":", "…" and "_")
    if not (("." in lowered and (".:" in lowered or ".." in lowered)) or "…" in lowered or
            "__" in lowered or "oe" in lowered or "aa" in lowered or "ae" in lowered or
            ("m" in lowered and ("mot" in lowered or "medlemmar" in lowered or
                                 "m?t" in lowered)) or "\ufffd" in lowered) and \
            text[1:3] != ". " and _misspelt_label(text) is None:
        return None
    if ".:" in head40:  # "Fraværende.:"
        found = _match_label(text.replace(".:", ":", 1))
    if found is None and text[1:3] == ". " and "A" <= text[:1] <= "F":
        found = _lettered_attendance(text)
    if found is not None:
        return found
    if (slip := _misspelt_label(text)) is not None:
        return slip
    if ("…" in head40 or ".." in head40 or "__" in head40) and \
            (led := _LABEL_LEADER.match(text)) is not None and \
            not text[led.end():].strip().isdecimal():
        # "Sted…… Fellesrommet", "Dato........ 12.03.2026": a form's leader in the
        # colon's place (a page number after the dots is a table of contents' line)
        return _match_label(led.group("label") + ": " + text[led.end():])
    if "medlemmar" in lowered:  # "Frammøtte varamedlemmar:", "Faste medlemmar som møtte"
        return _match_label(_with_nynorsk_plural(text))
    if not _has_ascii_stand_in(lowered) and "mot" not in lowered and "\ufffd" not in lowered \
            and "m?t" not in lowered:
        return None
    head, colon, rest = text.partition(":")
    if not colon:
        head = text
    if len(head) > 40:
        return None
    # (respelled, the label's part may read as a label; unchanged, it is the text that
    # ``_match_label`` found none in above: "Vedtak: … mot to stemmer." has its "mot"
    # after the colon)
    respelled = _respelled(head)
    return _match_label(respelled + colon + rest) if respelled != head else None


# An absence label with how they stayed away: "Fråverande utan melding:", "Ikke møtt, uten
# forfall:", "Fravær uten gyldig grunn:", and its pair "Fraværende med melding:",
# "Fravær med gyldig forfall:".
_QUALIFIED_ABSENCE = lazy_regex(r"(?P<label>[^:,]{3,40}?),?\s+(?:uten|utan|med)\s+"
                                r"(?:gyldig\s+)?(?:melding|forfall|varsel|grunn)\s*:")


def _qualified_absence(text: str) -> Label | None:
    """The absence label of a heading that says how they stayed away ("Fråverande utan
    melding:", "Fraværende med melding:"): the label without those words; away all the
    same, whether they sent word or not."""
    found = _QUALIFIED_ABSENCE.match(text)
    if found is None:
        return None
    label = _match_label(f"{found.group('label')}:{text[found.end():]}")
    return label if label is not None and label.field is Field.ABSENT else None


# The fields an attendance section's lettered heading may hold ("A. Desse møtte:")
_ATTENDANCE_FIELDS = frozenset({Field.PRESENT, Field.ABSENT, Field.MEMBERS, Field.GUESTS,
                                Field.SECRETARY, Field.SECRETARIAT})


def _lettered_attendance(text: str) -> Label | None:
    """The label of an attendance heading lettered as a protocol template sets them out
    ("A. Desse møtte:", "B. Forfall:", "C. Andre:"): the label after the letter. Only
    attendance fields: a lettered sub-point ("B. Eventuelt:") stays a point of its item."""
    found = _match_label(text[3:])
    return found if found is not None and found.field in _ATTENDANCE_FIELDS else None


# A label followed by a form's leader and no colon: "Sted……", "Til stede ....", "Tid___".
_LABEL_LEADER = lazy_regex(r"(?P<label>[^\W\d_][\w/ -]{1,30}?)\s*(?:…+|\.{2,}|_{2,})[.…_\s]*")


def typing_slips(word: str) -> set[str]:
    """The spellings one slip of the keys makes of ``word``: a letter left out ("forfal"),
    two letters swapped ("vedtka"), a letter doubled ("referrent"), a vowel typed for
    another ("referant", "møteledar" is a real form and stays). Busy secretaries' labels
    carry such slips; the callers keep only slips that are no word of their own."""
    slips: set[str] = set()
    for n, letter in enumerate(word):
        slips.add(word[:n] + word[n + 1:])
        slips.add(word[:n] + letter + word[n:])
        if n + 1 < len(word):
            slips.add(word[:n] + word[n + 1] + letter + word[n + 2:])
        if letter in _VOWELS:
            slips.update(word[:n] + other + word[n + 1:] for other in _VOWELS)
    slips.discard(word)
    return slips


_VOWELS = "aeiouyæøå"
# Single-word attendance labels long enough that one slip of the keys cannot make
# another word of a header: "Forfal:", "Referant:", "Tilstde:", "Møtelder:".
_SLIPPED_LABELS = ("forfall", "fraværende", "fråverande", "referent", "tilstede", "tilstades",
                   "møteleder", "møteleiar", "sekretær", "deltakere", "deltakarar", "fremmøtte",
                   "frammøtte", "møtested", "møtedato", "styreleder")
_MISSPELT: dict[str, str] = {}
for _word in _SLIPPED_LABELS:
    for _slip in typing_slips(_word):
        if _slip not in LABELS and _slip not in _FIRST_WORDS:
            _MISSPELT.setdefault(_slip, _word)


def _misspelt_label(text: str) -> Label | None:
    """A one-word attendance label typed with a slip of the keys, right before its colon
    or semicolon ("Forfal: Dag Olsen", "Referant: Kari Holm", "Tilstde;"), or alone on its
    line ("FORFAL" over the names): read as the label it misspells. Never with running
    text after it, where a slip may be any word."""
    head = text[:16]
    if ":" not in head and ";" not in head:
        if len(text) > 16 or (word := _MISSPELT.get(text.strip(" -–…").casefold())) is None:
            return None  # (most lines: no colon near the start, and longer than a label)
        return _match_label(word)  # "FORFAL" alone over the names: a label's own line
    if ";" not in head:
        # (a colon alone, as on every name line "Kari Holm:" asked: split at it by
        # ``partition``, one call without ``find``'s argument parsing, some 1,000
        # instructions under the two finds; the same first colon, the same text after)
        before, colon, after = text.partition(":")
        word = _MISSPELT.get(before.strip().casefold())
        return _match_label(word + colon + after) if word is not None else None
    # (the first of the two: a conditional, not ``min`` over a generator, which cost
    # some 4,000 instructions on every name line "Kari Holm:" asked)
    colon, semicolon = head.find(":"), head.find(";")
    end = colon if semicolon < 0 or 0 <= colon < semicolon else semicolon
    word = _MISSPELT.get(text[:end].strip().casefold())
    return _match_label(word + text[end:]) if word is not None else None


# The nynorsk plural "medlemmar" beside the "medlemer" the labels are listed in (both are
# written: "Frammøtte varamedlemmar", "Faste medlemmar som ikkje møtte").
_MEMBERS_PLURAL = lazy_regex(r"(?<=[Mm]edlem)mar\b")


def _with_nynorsk_plural(text: str) -> str:
    """The text with a label's "medlemmar" spelt "medlemer", the form the labels list;
    only the label's part (up to a colon) is respelled, the value stays as written."""
    head, colon, rest = text.partition(":")
    return _MEMBERS_PLURAL.sub("er", head) + colon + rest


def _paired_label(text: str) -> Label | None:
    """Two spellings of one label joined by a slash ("Forfall/fråvær:", "Forfall / ikkje
    møtt:"): the secretariat could not choose a word, and both say the same. The second
    may be the label in Sami or Kven ("Tid/Áigi:", "Til stede/Oassálastit:"), which only
    repeats the first."""
    head, _slash, after = text.partition("/")
    first = _match_label(head.rstrip() + ":")
    second = _match_label(after.lstrip()) if first is not None else None
    if first is not None and second is None and \
            (translated := _other_language_head(after)) is not None:
        return Label(field=first.field, label=first.label, value=translated)
    if first is None or second is None or second.field is not first.field:
        return None
    return Label(field=first.field, label=f"{first.label}/{second.label}", value=second.value)


# A label's words in another language beside the Norwegian across a slash, up to its
# colon: one to three words of letters ("Áigi", "Oassálastit", "Eai boahtán", "Läsnä").
_OTHER_LANGUAGE_WORDS = lazy_regex(r"[^\W\d_]+(?:[ -][^\W\d_]+){0,2}")


def _other_language_head(after: str) -> str | None:
    """The value after ``after``'s colon when the words before it are a label's words
    in another language (see ``_OTHER_LANGUAGE_WORDS``), else None."""
    words, colon, value = after.partition(":")
    if not colon or not _OTHER_LANGUAGE_WORDS.fullmatch(words.strip()):
        return None
    return value.strip()


def _bilingual_label(text: str) -> Label | None:
    """A label written in Sami or Kven and in Norwegian across a slash, as the
    administrative languages of Sápmi head minutes: "Áigi/Tid:", "Báiki/Sted:",
    "Oassálastit/Til stede:", "Eai boahtán/Forfall:", "Aika/Tid:", "Läsnä/Til stades:".
    The Norwegian half is the label; the other half, a few words of letters, only says
    the same. The Norwegian half must be a whole label before its colon (or stand alone),
    so a line that only has a slash in its first words ("Lyngen/Storfjord: …") is none.
    A body's label counts before its colon ("Čoahkkin / Møte: Arbeidsutvalget"), never as a
    heading alone ("Čoahkkin / Møte" heads the page as its title does)."""
    other, slash, after = text.partition("/")
    if not slash or not _OTHER_LANGUAGE_WORDS.fullmatch(other.strip()):
        return None
    after = after.lstrip()
    key, colon, _value = after.partition(":")
    key = key.rstrip().casefold()
    if key not in LABELS or (field := LABELS[key]) is _FIELD_COPY or \
            (field is Field.BODY and not colon):
        return None
    found = _match_label(after)
    return found if found is not None and found.field is field else None


# Deputies a summons names to be called in only if a member cannot come: "Varamedlemer
# innkallast ved forfall:", "Vara (innkalles ved behov):". (Past "innkalt" in minutes says
# they were called, and is no such label.)
_CALLED_IF_NEEDED = lazy_regex(r"^(?:[-*•]\s*)?(?P<label>vara[\w.]*(?:\s+\(?[^:;()]*)"
                               r"(?:innkalles|innkallast|kalles\s+inn|kallast\s+inn|"
                               r"ved\s+forfall|ved\s+fråvær|ved\s+fravær|ved\s+behov)"
                               r"[^:;()]*\)?)\s*[:;]\s*(?P<value>.*)$", re.I)


def _called_if_needed(text: str) -> Label | None:
    """A label over deputies who come only if called (see ``_CALLED_IF_NEEDED``): as a
    copy list, it names no participant of the meeting."""
    found = _CALLED_IF_NEEDED.match(text)
    if found is None:
        return None
    return Label(field=Field.COPY, label=found.group("label").casefold(),
                 value=found.group("value").strip())


# "oe", "aa", "ae" for "ø", "å", "æ"; and "mot" for "møt" where the letter was dropped
# ("Motested:", "Frammotte:", "Ikke motte:"; the word "mot" is no label's).
# A lost letter's U+FFFD in "M\ufffdtested:", or the "?" an export without ø puts in
# its place ("M?tested:"), is the same "ø".
_ASCII_STAND_IN = lazy_regex(r"oe|aa|ae|(?<=m)[o\ufffd?](?=t)", re.I)


def _has_ascii_stand_in(lowered: str) -> bool:
    """``_ASCII_STAND_IN.search`` as substring tests on the lower-cased text (IGNORECASE
    matches "o", "e" and "a" with their capitals only, as ``lower`` does)."""
    return "oe" in lowered or "aa" in lowered or "ae" in lowered
_STAND_INS = {"oe": "ø", "Oe": "Ø", "OE": "Ø", "aa": "å", "Aa": "Å", "AA": "Å", "ae": "æ",
              "o": "ø", "O": "Ø", "\ufffd": "ø", "?": "ø",
              "Ae": "Æ", "AE": "Æ"}


def _respelled(text: str) -> str:
    """ "Moetedato" → "Møtedato": the ASCII stand-ins for ø, å and æ replaced."""
    return _ASCII_STAND_IN.sub(lambda m: _STAND_INS.get(m.group(0), m.group(0)), text)


# A group heading that names whose secretariat the people under it are: "Regionrådets
# sekretariat:", "FRA REGIONRÅDETS SEKRETARIAT", "Sekretariat for regionrådet:" (alone on
# its line or with a colon); the same of its administration ("REGIONRÅDETS
# ADMINISTRASJON", "Administrasjonen i rådet:"); a secretariat named in one compound word
# ("Fra KU-sekretariatet:", "Kontrollutvalssekretariatet:").
_OWNED_SECRETARIAT = lazy_regex(r"^(?P<label>(?:(?:fra|frå)\s+)?(?:[A-ZÆØÅa-zæøå][\w-]*s\s+"
                                r"(?:sekretariat(?:et)?|administrasjon(?:en)?)|"
                                r"[A-ZÆØÅa-zæøå][\w]*-?sekretariat(?:et)?|"
                                r"(?:sekretariat(?:et)?|administrasjon(?:en)?)\s+(?:for|i|til)"
                                r"\s+[\wæøå-]+))\s*(?:[:;]\s*(?P<value>.*))?$", re.I)


def _owned_secretariat(text: str) -> Label | None:
    """The people a body's own secretariat sent (role secretary, as "Sekretariatet:"), or
    its administration (guests, as "Fra administrasjonen:"): staff, not the members."""
    found = _OWNED_SECRETARIAT.match(text.strip())
    if found is None:
        return None
    label = found.group("label").casefold()
    field = Field.GUESTS if "administrasjon" in label else Field.SECRETARIAT
    return Label(field=field, label=label, value=(found.group("value") or "").strip())


def owned_secretariat(text: str) -> str | None:
    """Whose secretariat a heading names, as written without "Fra": "Regionrådets
    sekretariat" (whom the people under it represent), or None for any other line."""
    found = _OWNED_SECRETARIAT.match(text.strip())
    if found is None:
        return None
    label = found.group("label")
    return label.split(None, 1)[1] if label[:3].casefold() in {"fra", "frå"} else label


# (enum members read on each label found, bound once: ``Field.COPY`` is a look-up through
# ``EnumType.__getattr__``'s hook in Python 3.11, about ten times a global's cost)
_FIELD_MEMBERS, _FIELD_COPY = Field.MEMBERS, Field.COPY
_COPY_OR_BODY = frozenset({Field.COPY, Field.BODY})


# A note's writer after a bare "Notat:": a person's name alone, or with a role in small
# letters after a comma ("Notat: Eirik Moen", "Notat: Eirik Moen, prosjektleder").
_MEMO_WRITER = lazy_regex(r"^(?:[-*•]\s*)?notat\s*:\s*(?P<name>(?-i:[A-ZÆØÅ][a-zæøåé]+"
                          r"(?:-[A-ZÆØÅ][a-zæøåé]+)?(?:\s+[A-ZÆØÅ]\.)?"
                          r"(?:\s+[A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?){1,3})"
                          r"(?:,\s*[a-zæøå][\wæøå ]*)?)\s*$", re.I)


def _memo_writer(text: str) -> Label | None:
    """The writer a bare "Notat:" labels when its value is a person's name ("Notat: Eirik
    Moen"): the note's writer, the meeting's secretary as a "Referent:" is. A memo's own
    heading "NOTAT" has no value, and a subject after the colon ("Notat: Budsjett 2025",
    "Notat: Ny skole i Dalen") is no name of a person, so neither is read so."""
    found = _MEMO_WRITER.match(text) if len(text) < 80 else None
    if found is None:
        return None
    return Label(field=Field.SECRETARY, label="notat", value=found.group("name").strip())


# The state's agencies, which a cooperation of municipalities meets as visitors who come
# to present their case: "Frå NVE: Øystein Li (sak 4)", "Fra Miljødirektoratet: …",
# "Frå Statsforvaltaren i Oslo og Viken: …" (the county office with its region's name),
# any directorate or inspectorate by its name's end ("Helsedirektoratet", "Arbeidstilsynet"),
# any "Statens …" by its first word ("Statens vegvesen", "Statens naturoppsyn", "Statens
# kartverk"): partners as ``PARTNER_GROUP_LABELS`` are, each heading whom its people come from
_STATE_AGENCY = (
    r"(?:(?:statsforvalteren|statsforvaltaren)(?:\s+i\s+\w[\w-]*"
    r"(?:\s+(?:og\s+)?\w[\w-]*){0,3})?|nve|[\w-]*direktoratet|statens\s+[a-zæøå][\w-]*|"
    r"[\w-]*tilsynet|kystverket|husbanken|riksantikvaren|dsb)"
    # (an agency's regional office after its name: "Frå Fiskeridirektoratet, region Sør:",
    # "Fra Kystverket region Nordland:")
    r"(?:,?\s+region\s+\w[\w-]*)?")
_AGENCY_GROUP = lazy_regex(r"(?:fra|frå)\s+" + _STATE_AGENCY)
_AGENCY = lazy_regex(_STATE_AGENCY)


def is_state_agency(org: str) -> bool:
    """Whether an organisation (lower-cased) is one of the state's agencies (``_STATE_AGENCY``:
    "statsforvalteren i innlandet", "helsedirektoratet"), whose people a cooperation of
    municipalities has as visitors, not as its members."""
    return ("stat" in org or "direktorat" in org or "tilsyn" in org or org in _SHORT_AGENCIES) \
        and _AGENCY.fullmatch(org) is not None


_SHORT_AGENCIES = frozenset(("nve", "husbanken", "kystverket", "riksantikvaren", "dsb"))


def is_partner_group(label: str) -> bool:
    """Whether a group label (lower-cased, without its colon) names a partner or a state
    agency whose people come as its guests (``PARTNER_GROUP_LABELS``, ``_AGENCY_GROUP``)."""
    return label in PARTNER_GROUP_LABELS or (
        label[:4] in ("fra ", "frå ") and _AGENCY_GROUP.fullmatch(label) is not None)


def _agency_group(text: str) -> Label | None:
    """A state agency's group label with its people after the colon ("Frå NVE: Øystein Li
    (sak 4)"), read as the partners' labels are (``is_partner_group``), or None; also the
    label alone on its line without a colon ("Fra Helsedirektoratet" over the names), as
    "Fra sekretariatet" heads its group."""
    head, _, value = text.partition(":")
    label = head.strip(" *_").casefold()
    if label.endswith((" møtte", " deltok")) and \
            _AGENCY_GROUP.fullmatch(agency := label.rsplit(" ", 1)[0]) is not None:
        label = agency  # "Frå Kystverket møtte:": the agency's guests, as "Frå Kystverket:"
    if len(label) > 60 or label in PARTNER_GROUP_LABELS or not is_partner_group(label):
        return None
    return Label(field=Field.GUESTS, label=label, value=value.strip())


# The body's own people under its name in the definite form, as "Fra styret:" heads them:
# "Frå styringsgruppa:", "Fra byggekomiteen:", "Fra arbeidsutvalget:" (a compound, the
# group's kind at its end, and nothing between the name and the colon).
_OWN_BODY_GROUP = lazy_regex(r"^(?:[Ff]ra|[Ff]rå)\s+(?P<body>[a-zæøå]{3,}(?:gruppen|gruppa|"
                             r"komiteen|komitéen|utvalget|utvalet|nemnda))\s*:\s*(?P<value>.*)$")


def _own_body_group(text: str) -> Label | None:
    """The label over a body's own members that names the body ("Frå styringsgruppa:" →
    present, as "Fra styret:"), or None."""
    match = _OWN_BODY_GROUP.match(text.strip(" *_"))
    if match is None:
        return None
    return Label(field=Field.PRESENT, label=text.split(":", 1)[0].strip(" *_").casefold(),
                 value=match.group("value").strip())


def _match_label(text: str) -> Label | None:
    """The header label a line starts with, or None.

    A label must be followed by ":" (or ";" / a dash), or stand alone on its line, so
    that running text starting with "Tid" or "Andre" is not mistaken for a label.
    Agenda headings ("Saksliste") count only when they stand alone or end in ":".
    Several steps ask about the same lines, so answers are cached by text.
    """
    head = text[:50]
    if ("ekretaria" in head or "EKRETARIA" in head or "dministrasjon" in head
            or "DMINISTRASJON" in head) and \
            (owned := _owned_secretariat(text)) is not None:
        return owned
    # (a line whose first four characters are letters starts with a word of four letters
    # or more, those four first, as ``_FIRST_WORD`` reads it: when no label's first word
    # starts so, the word is no label's, and the pattern's match, its group and its
    # lower-casing are not needed to say so. Most lines asked are such: names, sentences.
    # ``lower`` goes letter by letter, so the word's lowered start is the four letters'
    # lowered, cut to four for a letter that lowers to two.)
    start = text[:4]
    if start.isalpha() and start.lower()[:4] not in _FIRST_WORD_STARTS:
        return _bilingual_label(text) if "/" in head else None
    first = _FIRST_WORD.match(text)
    word = first[1].lower() if first else ""  # (a subscript: cheaper than ``group``)
    if word not in _FIRST_WORDS:
        # fast path: most lines do not start with a label word (nor with a label in
        # another language before the Norwegian one: "Áigi/Tid:", "Báiki/Sted:")
        return _bilingual_label(text) if "/" in head else None
    found = _label_match(word, text)
    if found is None:
        if (" uten " in head or " utan " in head or " med " in head) and \
                (qualified := _qualified_absence(text)) is not None:
            return qualified  # "Fråverande utan melding:", "Fraværende med melding:"
        if word == "notat" and (writer := _memo_writer(text)) is not None:
            return writer  # "Notat: Eirik Moen": who wrote the note
        if word == "kopi" and ":" in text[:60]:
            # "Kopi til varamedlemmer:", "Kopi til rådmennene:": copies, not participants
            return Label(field=Field.COPY, label=text.split(":", 1)[0].casefold(),
                         value=text.split(":", 1)[1].strip())
        if word.startswith("vara") and (called := _called_if_needed(text)) is not None:
            return called
        if "/" in text[:40] and (paired := _paired_label(text)) is not None:
            return paired
        if word in _MET_WORDS and (owner := _met_for_member(text)) is not None:
            return owner
        if word in ("fra", "frå") and (agency := _agency_group(text)) is not None:
            return agency  # "Frå NVE: Øystein Li (sak 4)": the agency's guests
        if word in ("fra", "frå") and ":" in head and (own := _own_body_group(text)) is not None:
            return own  # "Frå styringsgruppa:" over its seats: the body's own members
        other = _present_from(text) or _names_after_heading(text) or _body_cell(text)
        if other is None and " sak" in head:
            return _label_for_cases(text)  # "Gjest under sak 2: Hilde Sand"
        return other
    match, tail = found
    label = match.group("label").lower()
    field = LABELS[label]
    if field is _FIELD_MEMBERS and label.startswith("vara") and \
            (called := _called_if_needed(text)) is not None:
        return called  # "Varamedlemmer (ved forfall):"
    value = tail.group("value").strip()
    if value[:1] in _LEADER_CHARS:
        value = _without_leader(value)
    raw_after = text[match.end("label"):].lstrip()
    if raw_after[:1] == "(":  # "Deltakere (4): …"
        shut = raw_after.find(")")
        if field is _FIELD_MEMBERS and raw_after[shut + 1:shut + 2] == ":" and \
                raw_after[1:shut].strip().casefold() in _STAYED_AWAY:
            # "Vara (møtte ikke): Jon Dal": the members' label with its bracket saying
            # those after it stayed away, as under "Forfall:"
            return _new_label(Field.ABSENT, label, value)
        raw_after = raw_after[shut + 1:].lstrip()
    # an attendance table's row whose first cell is the label alone ("Til stede | Kari Holm |
    # leder"): the cell's edge says where the label ends, as a colon does
    has_colon = raw_after[:1] in {":", ";"} or (
        text[match.end("label"):][:1] == "\t" and field in ATTENDANCE_FIELDS
        and not _column_headings(raw_after)) or (
        # "Referent - Anita Strøm", "Forfall – Elin Berg, Tor Li": a dash in the colon's
        # place before a person's name
        raw_after[:2] in {"- ", "– "} and field in ATTENDANCE_FIELDS and
        _NAMES_FIRST.match(value) is not None)
    # "Tid - fredag 4. mars" is fine for time/place labels only.
    if not has_colon and value and field not in {
            Field.TIME, Field.PLACE, Field.DATE, Field.TIME_PLACE} and \
            not _runs_on(label, value) and not _dated_without_colon(field, value) and \
            not _writer_without_colon(field, label, value):
        # "Desse møtte ikkje:" is not the label "Desse møtte" run on (nor "Fra NAV møtte:"
        # the label "Fra NAV")
        return _present_from(text) if word in _FOLLOWING_WORDS or \
            is_partner_group(label) else None
    if not has_colon and not value and field in _COPY_OR_BODY:
        return None
    if field is _FIELD_COPY and label == "til":
        if not has_colon:
            return None
        if value[:1].isupper() and _MEMBERS_ADDRESSED.match(value):
            # "Til: Styrets medlemmer" over their names: a summons' list of members
            return Label(field=Field.PRESENT, label=label, value="")
    return _new_label(field, label, value)


# The words of a bracket before the colon saying those after it stayed away: after a
# members' label here ("Vara (møtte ikke): Jon Dal"), after a group's name in minutes'
# ``_GROUP_STATUS`` ("BHT (meldt forfall): Per Sandvik"). One list for both readers.
STAYED_AWAY_FORMS = ("møtte ikke", "møtte ikkje", "ikke møtt", "ikkje møtt", "forfall",
                     "meldt forfall", "meldte forfall", "fraværende", "fråverande")
_STAYED_AWAY = frozenset(STAYED_AWAY_FORMS)


def stayed_away_head(head: str) -> bool:
    """Whether a label's words before its colon end in a bracket saying those under it
    stayed away ("Observatør (møtte ikke)", "Gjester (forfall)"): the bracket says their
    attendance, the label still their role (a guest absent, not a member)."""
    head = head.strip(" *_")
    if not head.endswith(")"):
        return False
    return head.rpartition("(")[2][:-1].strip().casefold() in _STAYED_AWAY


# A form's leader between a label and its value: "Møtested:……… Rådhuset", "Dato: ........
# 4.3.2025", "Sted: ____ Rådhuset", "Tid:------ kl. 10" (a lone "-" or "." is no leader).
_LEADER_CHARS = frozenset(".…_-–·")
_LEADER = lazy_regex(r"(?:…|[._·]{2,}|[-–]{3,})[.…_·\-–\s]*")


def _without_leader(value: str) -> str:
    """The value without the dots, dashes or underscores a form leads up to it with: the
    leader fills the line in the template and is no part of the place or time."""
    found = _LEADER.match(value)
    return value[found.end():] if found else value


def _column_headings(cells: str) -> bool:
    """Whether a table row's cells after a label are the columns' headings ("Forfall |
    Funksjon | Representerer"), not the first person of the list."""
    return cells.split("\t", 1)[0].strip().casefold().rstrip(":") in ATTENDANCE_COLUMN_WORDS


# The body's members as a summons addresses them: "Styrets medlemmer", "Medlemmene i
# rådet", "Rådets faste medlemmer og varamedlemmer" (not "Kommunedirektørene i Lister").
_MEMBERS_ADDRESSED = lazy_regex(r"(?:\w+s\s+)?(?:faste\s+)?(?:medlemmer|medlemmene|medlemer|"
                                r"medlemene|styremedlemmer|styremedlemer)\b", re.I)


# A header table's "Utvalg | Orkdalsregionens regionråd" whose cell edge a copy lost: the
# body's name with a capital after it (but "Utvalg for helse" is a body's own name).
_BODY_CELL = re.compile(r"(?P<label>Utvalg|Utval)\s+(?P<value>[A-ZÆØÅ][\w-]+\s+[\w-].*)")


def _body_cell(text: str) -> Label | None:
    """ "Utvalg Orkdalsregionens regionråd": the body's label without its colon."""
    found = _BODY_CELL.fullmatch(text)
    if found is None or len(text) > 80:
        return None
    return Label(field=Field.BODY, label=found.group("label").lower(),
                 value=found.group("value").strip())
# "Til stede fra kommunene:", "Tilstede fra sekretariatet:", "Møtte frå Stad kommune:"
_MEMBERS_OF = re.compile(r"^(?i:medlemmer|medlemer|faste\s+medlemmer|faste\s+medlemer|"
                         r"representanter|representantar)\s+(?:av|i|fra|frå)\s+"
                         r"(?P<group>[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,3}|rådet|styret|"
                         r"gruppa|gruppen|utvalget|utvalet|nettverket|forumet)"
                         r"\s*(?:[:;]\s*|$)(?P<value>.*)$")
# (also "Til stede av representantskapets stemmeberettigede medlemmer:", an IKS's owners)
_PRESENT_FROM = re.compile(r"^(?:til\s+stede|tilstede|til\s+stades|møtte|møtt|frammøtte|"
                           r"fremmøtte|deltok|deltakere|deltakarar)\s+(?:fra|frå|av)\s+"
                           r"(?:(?P<group>[^:;()]{2,60}?)\s*[:;]\s*|"
                           # no colon after a company or municipality: "Deltok fra MagSil
                           # AS Gunnar Bråthen under sak 12/17"
                           r"(?P<org>[A-ZÆØÅ][^:;()]{1,50}?\s(?-i:AS|ASA|IKS|SA|kommune|"
                           r"fylkeskommune))\s+(?=[A-ZÆØÅ])|"
                           # a heading of its own, its names on the lines below: "Til stede
                           # fra Dalbygda regionråd", "Til stede fra hovedutvalg for samferdsel"
                           r"(?P<bare>[a-zæøå][^:;()\d.,!?]{1,60}?)\s*$)"
                           r"(?P<value>.*)$", re.I)


_FOLLOWING_WORDS = frozenset({"følgende", "følgjande", "desse", "disse"})
# "Følgende representanter møtte:", "Følgjande styremedlemer hadde forfall:", and who did
# not come: "Desse møtte ikkje:", "Følgende medlemmer møtte ikke:"
_FOLLOWING = re.compile(r"^(?i:følgende|følgjande|desse|disse)\s+(?:[\w-]+\s+){0,3}?"
                        r"(?P<verb>(?:møtte|deltok)\s+(?:ikke|ikkje)|"
                        r"var\s+(?:ikke|ikkje)\s+(?:til\s*stede|til\s*stades)|"
                        r"møtte|deltok|var\s+til\s+stede|var\s+til\s+stades|"
                        r"var\s+tilstede|"
                        rf"hadde\s+(?:meldt\s+)?(?:{'|'.join(ABSENCE_NOUNS)})|"
                        r"(?:meldte|melde)\s+(?:forfall|fråfall))\s*:\s*(?P<value>.*)$|"
                        # "Desse deltok i møtet i næringsforum kl 12:30 -15:30 i …:"
                        r"^(?i:desse|disse|følgende|følgjande)\s+(?P<verb2>deltok|møtte)\s+"
                        r"(?i:i|på)\s+møtet\b(?:[^:]|(?<=\d):(?=\d)){0,120}?:\s*(?P<value2>.*)$")


def present_group(text: str) -> tuple[str, str | None] | None:
    """The group a "present from <group>:" line names, as written ("Deltok fra ViG:" →
    "ViG"), and apart from it a note on when they came ("… under sak 16/17")."""
    if (during := _PRESENT_DURING.match(text)) is not None:
        return "", " ".join(during.group("when").split())
    match = _PRESENT_FROM.match(text) or _FROM_GROUP_MET.match(text) or \
        _MET_FOR_MEMBER.match(text)
    if not match:
        return None
    named = _group_named(match)
    group = match.group(named)
    if _WHEN_NOT_WHO.match(group):  # "Til stades frå sak 3:", "Til stede fra kl. 11:" say
        word = text[:match.start(named)].split()[-1]  # when they came, not from where
        return "", f"{word} {group.strip()}"
    note = _GROUP_NOTE.search(group)
    if note:
        group = group[:note.start()].strip()
    return (group, note.group(0).strip() if note else None) if group else None


# "Til stede under sak 4:", "Til stades i sak 12/24:": those there for some items only.
_PRESENT_DURING = re.compile(r"^(?:til\s+stede|tilstede|til\s+stades|tilstades|møtte|deltok)\s+"
                             r"(?P<when>(?:under|i|på)\s+(?:(?:sak|saka|saker|sakene|sakane)\s"
                             r"[^:;()]{1,30}?|saken|saka|handsaminga|behandlingen))\s*[:;]\s*"
                             r"(?P<value>.*)$", re.I)


def _group_named(match: re.Match[str]) -> str:
    """Which group of a match of ``_PRESENT_FROM`` (or of the patterns tried with it)
    holds the group's name: "group" before a colon, "org" a company's name without one,
    "bare" a heading alone. One name, so that the group and where it starts come from
    the same one."""
    if match.group("group"):
        return "group"
    return "org" if match.groupdict().get("org") else "bare"


_WHEN_NOT_WHO = lazy_regex(r"(?:sak|saka|saken|saker|kl\.?|klokka|\d)\b", re.I)
_GROUP_NOTE = lazy_regex(r"\s+(?:under|i|fra|frå|til)\s+(?:sak|saka|saken)\b.*$", re.I)


# "Fra styret møtte:", "For fylkesavdelingene møtte:", "Fra Valgkomiteen møtte:"
_FROM_GROUP_MET = re.compile(r"^(?:fra|frå|for)\s+(?P<group>[^:;()]{2,60}?)\s+(?:møtte|deltok)"
                             r"(?:\s+også)?\s*[:;]\s*(?P<value>.*)$", re.I)


# The body's own staff named as a group, in the definite form: "Fra administrasjonen:",
# "Frå revisjonen møtte:", "Fra kommunen:" in a municipal council's minutes, "Fra
# selskapet:" in a company's board or owners' minutes, "Fra prosjektorganisasjonen:" at a
# merger's fellesnemnd or PSU, an IKS's managing staff ("Fra daglig ledelse:", "Frå dagleg
# leiing:"). The one list for both readers: the staff label's organisation (minutes.py
# ``_STAFF_LABEL``) and a group's side (``is_staff_group``).
STAFF_NOUNS = ("administrasjonen", "revisjonen", "staben", "kommunen", "selskapet",
               "prosjektorganisasjonen", "daglig ledelse", "dagleg leiing")
# Groups that serve the body rather than sit on it: "Frå revisjonen møtte:" lists guests
# as "Fra revisjonen:" does; also the staff nouns' stems ("Fra adm.:", "Frå stabsavdelinga:")
_STAFF_GROUPS = (*STAFF_NOUNS, "adm", "stab", "revisjon", "rådmann", "kommunedirektør",
                 # the host municipality, whose staff run a joint service for the others
                 # and report to the cooperation's council: "Frå vertskommunen:"
                 "vertskommun",
                 "andre ")  # and "Deltakere fra andre organisasjoner:": from elsewhere
# A public service named in its definite form ("PP-tenesta", "barnevernstjenesten",
# "helse- og omsorgstjenesten"): a unit a person comes from, and in a body's name ("Nettverk
# for leiarar i PP-tenesta") the service the body serves, no parent's proper name.
SERVICE_DEFINITE_ENDINGS = ("tjenesten", "tjenestene", "tenesta", "tenestene")
# The joint service itself, named alone ("Frå PPT:", "Fra tjenesten:", "Frå legevakta:",
# "Frå barnevernstenesta:", one word on ``SERVICE_DEFINITE_ENDINGS``): its staff, as the
# host's ("Fra barnevernet i Vik:", a place's service, is a member's group in a network of
# such services).
_SERVICE_GROUPS = frozenset({"ppt", "barnevernet", "legevakta", "legevakten", "krisesenteret"})
# "Til stede fra kommunene:": the member municipalities of a cooperation, whose
# representatives are the body itself, not the staff "kommunen" sends.
_MEMBER_MUNICIPALITIES = ("kommunene", "kommunane")


def is_staff_group(group: str) -> bool:
    """Whether a "from <group>" names those who serve the body ("administrasjonen",
    "vertskommunen", "PPT"), not the members' own places ("kommunane")."""
    folded = group.casefold()
    return (folded.startswith(_STAFF_GROUPS) and not folded.startswith(_MEMBER_MUNICIPALITIES)) \
        or (name := folded.strip()) in _SERVICE_GROUPS \
        or (" " not in name and name.endswith("administrasjonen")) \
        or (name.endswith(SERVICE_DEFINITE_ENDINGS) and " " not in name)


def names_service(word: str) -> bool:
    """Whether a word names a joint service by itself ("Legevakta", "PPT",
    "Barnevernstenesta": ``_SERVICE_GROUPS`` or a definite service word), as the first
    word of its banner ("Legevakta i Hallingdal") does."""
    folded = word.casefold()
    return folded in _SERVICE_GROUPS or folded.endswith(SERVICE_DEFINITE_ENDINGS)


# "Møtte for Nordby kommune: Lars Heggem", "Møtt for Eidstad herad:": an owner
# municipality's representatives at a representantskap or a council, one owner a line
# (the owner is a municipality, county or herad; "Møtt for Kari Holm:" is a deputy's line)
_MET_WORDS = frozenset({"møtte", "møtt", "møtande", "møtende"})
_MET_FOR_MEMBER = re.compile(r"^(?:møtte|møtt|møtande|møtende)\s+for\s+"
                             r"(?P<group>(?-i:[A-ZÆØÅ])[^:;()]{1,50}?"
                             r"\s(?:kommune|fylkeskommune|herad|fylke))\s*[:;]\s*(?P<value>.*)$",
                             re.I)


def _met_for_member(text: str) -> Label | None:
    """A "Møtte for <municipality>:" line: those present as that owner's members."""
    found = _MET_FOR_MEMBER.match(text)
    if found is None:
        return None
    label = text[:found.start("value")].rstrip(" :;").casefold()
    return Label(field=Field.PRESENT, label=label, value=found.group("value").strip())


# The first words of the forms ``_present_from`` reads (``_FOLLOWING``, ``_MEMBERS_OF``,
# ``_PRESENT_DURING``, ``_PRESENT_FROM``, ``_FROM_GROUP_MET``), each with a space after it.
_PRESENT_FROM_FIRSTS = frozenset((
    "følgende", "følgjande", "desse", "disse", "medlemmer", "medlemer", "faste",
    "representanter", "representantar", "til", "tilstede", "tilstades", "møtte", "møtt",
    "frammøtte", "fremmøtte", "deltok", "deltakere", "deltakarar", "fra", "frå", "for"))


def _present_from(text: str) -> Label | None:
    """A "present from <group>:" label of any group; the group says the field. Also the
    body's own members as a heading: "Medlemmer av Skate", "Representanter i rådet:",
    and "Følgende <who> møtte:" / "… hadde forfall:"."""
    # (each form opens with one of its words and a space: one test of the first word
    # spares the five patterns on the names and titles asked here; a head with a letter
    # that IGNORECASE reads as "s" or "i" but ``lower`` keeps is left to them)
    head = text[:20]
    first = head.lower().split(None, 1)
    if (not first or first[0] not in _PRESENT_FROM_FIRSTS) and \
            (head.isascii() or not ("ſ" in head or "ı" in head or "İ" in head)):
        return None
    following = _FOLLOWING.match(text)
    if following:
        verb = following.group("verb") or following.group("verb2")
        value = "value" if following.group("value") is not None else "value2"
        field = Field.ABSENT if verb.startswith(("hadde", "meldte")) or " ikk" in verb else \
            Field.PRESENT
        label = text[:following.start(value)].rstrip(" :").casefold()
        return Label(field=field, label=label, value=following.group(value).strip())
    members = _MEMBERS_OF.match(text)
    if members:
        label = text[:members.start("value")].rstrip(" :;").casefold()
        return Label(field=Field.PRESENT, label=label, value=members.group("value").strip())
    if (during := _PRESENT_DURING.match(text)) is not None:
        # invited for an item or two, not the body's own list of who came
        label = text[:during.start("value")].rstrip(" :;").casefold()
        return Label(field=Field.GUESTS, label=label, value=during.group("value").strip())
    match = _PRESENT_FROM.match(text) or _FROM_GROUP_MET.match(text)
    if not match:
        return None
    named = _group_named(match)
    group = match.group(named).casefold()
    if named == "bare" and _WHEN_NOT_WHO.match(group):
        return None  # "Til stede fra saken om budsjettet" alone says when, not from where
    field = (Field.SECRETARIAT if group.startswith("sekretariat") else
             Field.GUESTS if is_staff_group(group) else Field.PRESENT)
    label = text[:match.start("value")].rstrip(" :;").casefold()
    return Label(field=field, label=label, value=match.group("value").strip())


# (and who "had" the absence: "Forfall hadde Emma Lothe." in a web page's running text)
# (and "Eierkommunene var representert ved ordfører Kari Holm (Nordby), …")
_RUN_ON_ENDS = (" var", " møtte", " deltok", " hadde", "representert ved", "representerte ved")


# Attendance headings that a table cell held: when the cell's edge is lost ("Tilstede
# Torunn Aasland (leder), Gunnar Eide, …" from a PDF) the names follow without a colon.
_NAMES_MAY_FOLLOW = {"tilstede", "til stede", "til stades", "deltakere", "deltakarar",
                     "forfall", "fravær", "fråvær", "fraværende", "fråverande", "frammøtte",
                     "fremmøtte", "meldt forfall", "ikke møtt", "ikkje møtt", "varamedlemmer",
                     "vararepr.", "møtende vara", "møtande vara", "sekretær", "referent",
                     "møteleder", "møteleiar"}
_NAMES_BY_LENGTH = sorted(_NAMES_MAY_FOLLOW, key=len, reverse=True)
# … each with the space after it, as a line starts with it: one ``startswith`` of them all
# leaves at once on the lines ``_names_after_heading`` is asked of, most of which start
# with a label's word and no heading ("Per Dahl", the title "Referat fra møte i …")
_NAMES_HEADS = tuple(f"{spelling} " for spelling in _NAMES_BY_LENGTH)
# A person's full name as a list or a signature opens with it: "Torunn Aasland", "Kari
# M. Holm" (``_NAMES_FIRST``, ``_NAME_THEN_DAY``).
_FULL_NAME = r"[A-ZÆØÅ][a-zæøåéü-]+(?:\s+[A-ZÆØÅ]\.?)?(?:\s+[A-ZÆØÅ][a-zæøåéü-]+)+"
# A list that starts with a person's name: "Torunn Aasland (leder), …", "Kari Holm og …".
_NAMES_FIRST = lazy_regex(_FULL_NAME + r"\s*(?:,|\(|\s+og\s|\.?$)")


def _names_after_heading(text: str) -> Label | None:
    """An attendance heading followed by names without a colon (see _NAMES_MAY_FOLLOW)."""
    lowered = text.casefold()
    if not lowered.startswith(_NAMES_HEADS):
        return None
    for spelling, head in zip(_NAMES_BY_LENGTH, _NAMES_HEADS, strict=True):
        if lowered.startswith(head):
            value = text[len(spelling):].strip()
            if _NAMES_FIRST.match(value):
                return Label(field=LABELS[spelling], label=spelling, value=value)
            return None
    return None


def _dated_without_colon(field: Field, value: str) -> bool:
    """A document-date label with a full date alone after it, no colon between: "Referatet
    skrevet 6.3.2025", "Utsendt 10. mars 2025" (the date says where the label ends), also
    with who wrote or sent them after it: "Skrevet 6.3.2026 av Kari Holm"."""
    return field is Field.DOCUMENT_DATE and value[:1].isdigit() and \
        _LONE_FULL_DATE.fullmatch(value) is not None


_LONE_FULL_DATE = lazy_regex(r"\d{1,2}\.\s*(?:\d{1,2}\.\s*(?:\d{4}|\d{2})|[a-zæøå]+\s+\d{4})"
                             r"(?:,?\s+(?:av|ved)\s+(?-i:[A-ZÆØÅ])[\w.-]*(?:\s+(?-i:[A-ZÆØÅ])[\w.-]*)"
                             r"{0,3})?\.?", re.I)


def _writer_without_colon(field: Field, label: str, value: str) -> bool:
    """A writer's label that ends in "av" with the name right after it, no colon between:
    "Oppsummert av Marte Lien, Nordby kommune, 9. juni 2026", "Protokollen er ført av Kari
    Holm" (the little word says where the label ends, as a colon does; a name must follow)."""
    if field is not Field.SECRETARY or not label.endswith(" av"):
        return False
    if value[:1].islower() and (job := _JOB_FIRST.match(value)) is not None:
        value = value[job.end():]  # "Protokollført av daglig leder Kari Holm 6. juni 2026"
    return _NAMES_FIRST.match(value) is not None or _NAME_THEN_DAY.match(value) is not None


# A writer's job in small letters before her name (``_JOB_WORDS``; case-sensitive).
_JOB_FIRST = lazy_regex(_JOB_WORDS + "(?=[A-ZÆØÅ])")


# A name, then the day it was written: "Kari Holm 9. juni 2026", "Kari Holm 9.6.2026".
_NAME_THEN_DAY = lazy_regex(_FULL_NAME + r"\s+\d{1,2}\.")


def _runs_on(label: str, value: str) -> bool:
    """A label that is the start of a sentence naming people, without a colon.

    "Til stede var Kari Nilsen, …" and "I tillegg møtte daglig leder Tor Holm" list
    people as running text; "… møtte ikke" says the opposite and is not such a label.
    """
    return label.endswith(_RUN_ON_ENDS) and not value.casefold().startswith(
        ("ikke", "ikkje", "ikkje", "heller"))


# (a label may hold a dash: "… Møtestad: Rådhuset  Fra - til: 10:00 - 12:00")
# (a label may end in an abbreviation's dot: "Dato: 4.3.2025  Fra kl.: 10:00  Til kl.: 12:30")
# How much of a line after a label's place is read to know the label (far more than any
# label and its first words; the value itself is cut from the whole line).
_CHAIN_WINDOW = 1000
# (a label copied from a web page may lose the space after its colon: "Sted:Storgata 4
# Tid:10:00–14:00 Til stede:Åsa Berg …" – a capital or a digit right after it still ends it)
# (a group of who came is labelled in small letters after a comma too: "Til stede: Liv
# Eik (leder), Per Ås, sekretariat: Ida Berg"; only such a group's label, ``_LISTED_GROUPS``)
_NEXT_LABEL = lazy_regex(r"(?:[.;]\s+|\s+(?=[A-ZÆØÅ][\w/ .–-]{1,25}:(?:\s|[A-ZÆØÅ\d])))"
                         r"(?=[A-ZÆØÅ][\w/ .–-]{1,40}[:;])|,\s+(?=[a-zæøå][\w/ .–-]{1,40}:\s)")
_LISTED_GROUPS = frozenset({Field.SECRETARIAT, Field.SECRETARY, Field.GUESTS, Field.ABSENT})


def chained_labels(label: Label) -> list[Label]:
    """A label and the labels its value runs on into, when one line holds several.

    "Til stede: A, B og C. Forfall: D." and "Dato: 12.01.2024 Tid: 10–12 Sted: Teams"
    are several labelled values on one line; a piece that is not a label stays with the
    value before it.
    """
    if label.field in _SPACED_FIELDS and ("  " in label.value or "\t" in label.value) and \
            (spaced := _spaced_labels(label)) is not None:
        return [part for piece in spaced for part in chained_labels(piece)]
    if ":" not in label.value and ";" not in label.value:
        return [label]
    value = label.value
    chain: list[Label] = []
    current, start = label, 0  # the label whose value is being cut, and where it starts
    for split in _NEXT_LABEL.finditer(value):
        if split.start() < start:
            continue  # inside the value of the label just taken
        # Only the label and where its value starts are wanted, so the label is read from
        # a bounded window of the rest: copying and matching the whole rest for every
        # candidate made a line of thousands of labels cost the square of its length.
        rest = value[split.end():split.end() + _CHAIN_WINDOW]
        following = match_label(rest)
        if following is None or (value[split.start()] == "," and
                                 following.field not in _LISTED_GROUPS):
            continue
        chain.append(Label(current.field, current.label, value[start:split.start()].strip()))
        current = following
        start = split.end() + _value_start(rest, following.value, len(value) - split.end())
    chain.append(Label(current.field, current.label, value[start:].strip()))
    return chain


# The labels a header row sets side by side without colons, spaced apart: "Dato 20.2.26
# Tid 19.00   Stad Grendahuset", "Møtedato 4.3.2026\tMøtestad Rådhuset".
_SPACED_FIELDS = frozenset({Field.TIME, Field.DATE, Field.PLACE, Field.TIME_PLACE, Field.END})
_GAP = lazy_regex(r"\s*\t\s*|\s{3,}")


def _spaced_labels(label: Label) -> list[Label] | None:
    """A time, date or place label whose value runs on, past a gap of spaces or a tab, into
    more such labels without colons: each label with its own value. The gap says where a
    value ends, as a colon says where a label does; a piece after a gap that starts with
    no such label's word stays with the value before it (None when there is none)."""
    pieces = _GAP.split(label.value)
    if len(pieces) < 2:
        return None
    found = [Label(label.field, label.label, pieces[0].strip())]
    for piece in pieces[1:]:
        word, _space, rest = piece.partition(" ")
        spelling = word.casefold()
        following = match_label(piece) or (
            Label(LABELS[spelling], spelling, rest.strip())
            if rest and LABELS.get(spelling) in _SPACED_FIELDS else None)
        if following is not None and following.field in _SPACED_FIELDS:
            found.append(following)
        else:
            last = found[-1]
            found[-1] = Label(last.field, last.label, f"{last.value}   {piece}".strip())
    return found if len(found) > 1 else None


def _value_start(window: str, found: str, rest_length: int) -> int:
    """Where in ``window`` (a line's rest from a label, cut at ``_CHAIN_WINDOW``) the
    label's value ``found`` starts: where it is first written, or for a value the window
    cuts, where the window's end begins it (a line of repeated labels holds the cut value
    earlier too, at a place that is not its start). An empty value ends the line."""
    if not found:
        return rest_length
    if len(window) >= _CHAIN_WINDOW:
        kept = window.rstrip()
        if kept.endswith(found):
            return len(kept) - len(found)
    return window.find(found)
