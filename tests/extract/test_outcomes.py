"""Which sentences record a decision, and which follow-ups name who does them."""

from __future__ import annotations

import pytest

from motebok.extract.outcomes import (
    decided_by_another,
    find_outcomes,
    is_action,
    is_decision,
    owner_and_date,
    repeat_score,
    repeats_task,
    responsible_of,
    same_owners,
    task_words,
)
from motebok.extract.text import to_lines
from motebok.parse import parse_bytes
from motebok.read.blocks import Block, BlockKind
from motebok.record import Action


@pytest.mark.parametrize("sentence", [
    "Samrøystes.", "Enstemmig.", "Enstemmig vedtatt.", "Vedtaket var enstemmig.",
    "Saka vart teken til orientering.", "Saka vart teken til vitande.",
    "Teke til vitande.", "Tatt til vitende.",  # no subject, nynorsk and bokmål
    "Orienteringa vert teken til vitande.", "Styret sluttar seg til framlegget.",  # nynorsk
    "Vedtaket vart gjort samrøystes.", "Styret gav tilslutnad til framlegget.",
    "Dagsorden godkjent.", "Innkalling og saksliste enstemmig godkjent.",
    "Styret konstituerte seg med Hilde Vik som leder.",
    "Protokoll fra møtet 6. februar 2024, godkjennes.",  # a date inside the subject
    "Regionrådet tok saka til vitande.", "Styret sa seg einig i tilrådinga.",
    "Alle sa seg enige i forslaget.", "Styret ga sin tilslutning til forslaget.",
    "Forslaget fikk flertall.", "Saken ble trukket.",
    "Styret sluttet seg til",  # a particle ends it, not a word cut off
    "Arbeidsutvalget gis fullmakt til å ferdigstille uttalelsen.",
    "Arbeidsutvalget ble gitt fullmakt til å ferdigstille uttalelsen.",
    "Utsatt.", "Utsettes.", "Saken avsluttes.", "Saka vert avslutta.",
    "Utsett til neste møte.", "Saka utsett.", "Utsatt til et senere møte.",  # no verb
    "Saka vert sett opp på neste møte.", "Saken settes opp på neste møte.",  # put on that agenda
    # … as a kind of case there: how the body will handle it (s66e, 7303)
    "Saka vert sett opp som drøftingssak i neste møte.",
    "Sak om nye parkeringsavgifter settes opp som drøftingssak.",
    "Nästa möte hålls den 20 maj 2025 kl. 13.00 på Teams.",  # as "Neste møte holdes …"
    "Sakene vart tekne til vitande.", "Meldingane vart tekne til etterretning.",  # plural
    "Innkalling og referat fra 10.10.2024 godkjent.",  # no verb, a date in the subject
    "FAU valgte Pål Ruud og Erik Strand som representanter.",  # an election
    "Styret valgte Kari Holm til leder.",
    "Det er enighet om å fortsette samarbeidet.",  # agreed, in the present tense
    "Styret godkjenner årsregnskapet.", "Regionrådet vedtek planen.",  # the body decides
    "SU vart konstituert i tråd med vedtektene.",
    "Ingen hadde innvendingar mot forslaget.", "FAU hadde ingen innvendinger til skoleruta.",
    "Møtet var beslutningsdyktig.",  # the meeting's own finding
    "AU godkjenner referatet med tilføyelsene.", "Styret stiller seg positiv til ordningen.",
    "Opplegget fekk full tilslutning frå styret.",
    "Gustav Ekre held fram som kasserar.",  # a seat kept, in a konstituering
    "Det var ingen merknader til innkallinga.", "Ingen merknader til referatet",
    "Enstemmig som innstilt", "Styret er enig i at innkallingen var for sen.",
    "Man konkluderte med at nivået holdes.",
    "Styret kom til at det ikkje er aktuelt nett no.", "Det vart fastsett to datoar for møte.",
    "Orkland AP innvilget en støtte på 1000 kr.", "Arbeidsfordelinga vart avklåra.",
    "Styret lar derfor denne saken ligge.", "Kari Holm vart valt til leiar.",
    "Med endringen ble innkalling og saksliste – enstemmig godkjent.",
    "Skrivet vart gjennomgått og tatt til etterretning.",
    "Søknaden blir innvilget.", "Søknad innvilget.", "Frie midler er automatisk innvilget.",
    "Innkalling, fullmakter og saksliste godkjent.",  # a list of what was approved
    "Neste møte blir som avtalt 12.6.",  # the day agreed on
    "Ok", "Ellers ok.",  # under "Godkjenning av innkalling"
    "Til leiar vart Kari Holm vald.", "Som referent ble Kari Holm valgt.",  # the seat first
    "Saken tas opp igjen på neste møte.", "Prosjekt Gapahuk legges på is inntil videre.",
    "Utsatt til nytt møte, for lite stemmeberettigede.",
    "Referat fra møtet i desember 2024 gjennomgått og godkjent",
    "Programutvalget for språk og litteratur godkjenner referat og saksliste",  # full name
    "Rådmannens innstilling enstemmig vedtatt (7 st.).",  # the votes in brackets
    "Innstillingen vedtatt (5 mot 2).",
    "Vi vedtar å kjøpe inn en GPS.", "UHR B vedtar handlingsplanen.",  # the members; letters
    "Protokollen ble for øvrig godkjent.", "Saken tas opp til ny vurdering.",
    "Dagsorden godkjennes slik den foreligger.", "Innkalling og saksliste godkjende",
    "Kari Holm og Per Dahl velges til referenter.",  # an election in the present passive
    "Protokoll fra møte i AU 24. juni 2010 tas til orientering.",  # a date's full stop
    "Kafeen søndag 23/10 vert utsett til søndag 13/11.", "Tas opp på medlemsmøte.",
    "Styret tar skriv fra fotballgruppa om vinterfotball til etterretning.",  # a long object
    "Enige om å starte en e-postrunde i styret.",  # no subject: the meeting agreed
    "Protokollen ble gjennomgått, godkjent og underskrevet",
    "Alle årsmeldingane vart godkjende.", "Det kom framlegg på Ivar Dahl, som vart valde.",
    "Taletid ble satt til 3 minutter.", "Kontingenten vart sett til 300 kroner.",
    "Det ble konkludert med at styret møtes før hvert regionale møte.",
    "Vedtatt ved akklamasjon.", "Innkalling og dagsorden med endringer godkjent ved akklamasjon.",
    "Generalforsamlingen velger Kari Holm til ordstyrer og Per Dahl til referent.",
    "Årsmøtet valgte: Trond Reitan og Knut Berg.", "Vi velger å betale for tjenesten.",
    "Konklusjonen er at dugnaden blir i mai.",
    "Generalforsamlingen tar protokollen fra den 29. ordinære generalforsamling til orientering.",
    "Det var einighet om at me foreslår honorar.",
    "Vi har blitt enige om hvordan skjermen skal se ut.",
    "Vi er også enige om å prøve å spille over nettet.",
    "Etter gjennomgangen ble regnskapet godkjent uten bemerkning.",
    "Referat fra sist styremøte mandag 18.januar 2016 ok.", "Innkalling og saksliste ok",
    # (s74k) approved in hurried notes' short form
    "Godkj.", "Godkj. m/ små endringer",
    "Helge Dahl ble foreslått som dirigent og valgt ved akklamasjon.",
    "Retningslinjene vart vedtekne, og årsmøtet tok til vitande at laget må følgje dei.",
    "Styret tiltrer innstillingen.", "Regionrådet tiltrådde forslaget fra AU.",
    "Styret gikk inn for alternativ 2.", "Rådet gjekk samla inn for framlegget.",
    "Regionrådet gav si tilslutning til forslaget.",
    # the body's own recommendation is its conclusion
    "Arbeidsgruppa anbefaler innkjøp av nettbrett til 1.–4. trinn.",
    "Arbeidsutvalet tilrår ei felles høyringsfråsegn.",
    # an application met, a case returned, withdrawn or put off, a proposal voted down
    "Søknaden imøtekommes.", "Søknaden vert ikkje imøtekomen.",
    "Saken ble returnert til administrasjonen.", "Saka vart returnert til administrasjonen.",
    "Saken trekkes.", "Saka er trekt.", "Saka om breiband vart trekt.", "Styret trakk saken.",
    "Forslaget ble stemt ned.", "Forslaget vart røysta ned.",
    "Forslaget oppnådde ikke flertall.", "Styret stemte ned forslaget fra Ap.",
    "Utvalet slutta seg samrøystes til tilrådinga.", "Rådet gav samrøystes tilslutnad.",
    "Saka vart samrøystes utsett til neste møte.",
    # put on the next meeting's agenda, as a case put off is
    "Saka vert sett opp til neste møte.", "Saken settes opp på neste møte.",
])
def test_outcome_sentences_are_decisions(sentence):
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Budsjettet er ikke godkjent av revisor ennå.", "Saken må være godkjent før mars.",
    "Styret er fornøyd med utviklingen.", "Enstemmighet er et mål.",
    "Hun sa seg enig i det.",  # one member agreeing is not the body deciding
    "Han har fullmakt til å signere for styret.",
    "Vi valgte å gå videre med saken.",  # a choice, no one elected
    "Skal referatet godkjennes?",  # a question decides nothing
    "Kommunen godkjenner søknader fortløpende.",  # another body's routine
    "Møtet avsluttet med lunsj.",
    "Hedda Foss Five ba om at saken utsettes til neste møte.",  # one member's request
    # … or one municipality's, asked before the meeting
    "Sirdal var ikke representert og har bedt om at saken utsettes.",
    "Vedtektene er vedteke av Levekårsutvalet i møte 15.03.2016.",  # another body, before
    "Kari kom til at hun ikke rakk toget.", "Det er bestemt av departementet.",
    "Ordningen fortsetter som før.",  # no seat: no decision
    "Ingen merknader til saken.",  # nothing approved
    "Kari er enig med Per.",  # one member, not the body
    "Søknaden er ikke innvilget ennå.", "Styret har ikke innvilget søknaden.",
    "FAU-leiar og skulen blir einige om korleis dette skal organiserast.",  # yet to agree
    "Som kjent ble det valgt ny leder i fjor.", "Kari tar opp saken med kommunen.",
    "Det skal velges to nye medlemmer.",  # an election still to come
    "Tallene viser at 12 prosent blir mobbet, utsatt for trusler eller plaget.",
    "Hun ble satt til å lede arbeidet.", "Saken ble satt til side.",
    "Styret velger et styremedlem til kasserer.",  # how it is done, no one chosen here
    "Administrasjonen tilrår ei felles fråsegn.",  # a proposal to the body
    "Sekretariatet anbefaler at gruppa møtes oftere.",
    "Det anbefales at kommunene samarbeider om innkjøp.",
    "Etter dette ble det ikke godkjent.", "Hun er også enig om dette.",
    "Referat fra møtet er ikke ok.", "Det er ok å kjøpe kaffe.",
    "Kari gikk inn for en lavere pris.",  # one member's view, not the body's
    "Kari tar med seg spørsmålet om tilskudd fra kommunen til neste styremøte og orientering.",
    # a slide line cut off before whose decision it was ("Vedtatt av" / "fylkestinget …")
    "Vedtatt av", "Planen ble godkjent i",
    # (s74k) the short form of "Godkjenning" opening a title, no outcome
    "Godkj. innkalling og saksliste",
])
def test_other_sentences_are_not(sentence):
    assert not is_decision(sentence)


@pytest.mark.parametrize(("sentence", "who"), [
    ("Sende søknad til fylkeskommunen innen 1. april (Siri Aas).", "Siri Aas"),
    ("Kari Bø – lage oversikt over kurs", "Kari Bø"),
    ("Sekretariatet (innen 1. mars)", "Sekretariatet"),
    ("Kontrollutvalget ber kommunedirektøren svare på anbefalingene innen 1. juni.",
     "kommunedirektøren"),
    ("Heidi B. S. finner fram tiggelister og oppdaterer desse", "Heidi B. S."),
    ("Marie tingar konvoluttar til utsendinga.", "Marie"),
    # a question answered by mail after the meeting (s65c)
    ("Nina Berg svarer på e-post.", "Nina Berg"),
    # sharing its own paper with the others
    ("Tønsberg kommune deler sin frivillighetsplan med nettverket innen 1. oktober.",
     "Tønsberg kommune"),
    # (s65f) the chair's answer that the council's administration brings a case
    ("Lederen svarte at rådmannen legger fram en sak i neste møte.", "rådmannen"),
    ("Leiaren svara at kommunedirektøren legg fram ei sak i neste møte.",
     "kommunedirektøren"),
    # (s65f) one present promising a job in a time to come
    ("Fylkeskommunen gjennomfører kartlegginga i løpet av hausten.", "Fylkeskommunen"),
    ("Kari Holm gjennomfører spørjeundersøkinga innan 1. mai.", "Kari Holm"),
])
def test_who_does_a_task(sentence, who):
    assert responsible_of(sentence) == who


@pytest.mark.parametrize(("sentence", "task"), [
    # (s65f) every one of a kind handled so: a standing practice, no errand
    ("Alle vurderinger sendes digitalt.", False),
    ("Alle vurderingar sendast digitalt.", False),
    ("Alle vurderinger skal sendes digitalt.", False),
    ("Alle vurderingar vert sende digitalt.", False),
    # the meeting's own things (definite) or a deadline make it one
    ("Alle sakene sendes ut til kommunene.", True),
    ("Alle dokumenter sendes ut innen 1. mars.", True),
])
def test_all_of_a_kind_in_the_passive_is_a_standing_practice(sentence, task):
    assert is_action(sentence) is task


def test_carrying_out_a_job_is_a_task_only_with_its_time_to_come():
    # (s65f) "gjennomfører … i løpet av hausten" promises the job; without a time it tells
    # who does what (an arrangement the meeting settled, or news)
    assert is_action("Fylkeskommunen gjennomfører kartlegginga i løpet av hausten.")
    assert not is_action("Fylkeskommunen gjennomfører anskaffelsen på vegne av alle.")


def test_asking_another_body_to_consider_is_no_task():
    assert not is_action("Faggruppen ber fylkeskommunen vurdere flere avganger.")
    assert is_action("Kontrollutvalget ber kommunedirektøren svare på anbefalingene.")


@pytest.mark.parametrize("sentence", [
    "Nettverket ber Statens vegvesen se på skiltinga ved Fossum.",
    "Nettverket ba Statens vegvesen se på skiltinga ved Fossum.",
    "Forumet ba Skyss vurdere ei ekstra avgang om kvelden.",
    "Rådet bad fylkeskommunen sjå på busstilbodet på nytt.",
])
def test_asking_an_agency_outside_is_no_task_in_either_tense(sentence):
    # (s66l) a loose verb ("se på", "vurdere") asked of an agency is the body's request,
    # no task, whether the minutes write it in the present or report it in the past
    assert not is_action(sentence)


@pytest.mark.parametrize(("sentence", "who"), [
    ("Nettverket ber Statens vegvesen og kommunene se på midlertidige løsninger før påske.",
     "Statens vegvesen og kommunene"),
    ("Forumet ba Skyss vurdere ei ekstra avgang om kvelden innan 1. mai.", "Skyss"),
    ("Rådet ber fylkeskommunen sjå på busstilbodet før sommaren.", "fylkeskommunen"),
])
def test_asking_an_agency_to_look_at_something_by_a_deadline_is_a_task(sentence, who):
    # (s72k) the same loose verbs with a time to be done by (a day, or a named season or
    # holiday): a one-off errand of the one asked, as a dated request to send is
    assert is_action(sentence)
    assert responsible_of(sentence) == who


def test_asking_an_agency_with_a_clause_of_time_is_still_no_task():
    # (s72k) "før saken tas opp igjen" tells no deadline: the body's request alone
    assert not is_action("Nettverket ber Statens vegvesen se på skiltinga før saken tas opp igjen.")


@pytest.mark.parametrize("sentence", [
    "Styret ba Kari se på leieavtalen.",
    "Styringsgruppa ba prosjektleiar sjå på tidsplanen.",
    "Styringsgruppen ba SMH vurdere et felles opptak.",
])
def test_asking_own_people_in_the_past_to_look_at_something_is_a_task(sentence):
    # (s66l) the report of a request to a person or the body's own staff stays a task
    assert is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "Det foreslås at styret møtes første tirsdag i måneden.",  # a proposal
    "Leder fremmet forslag om at rapporten oversendes kommunestyret.",  # a motion
    "Kari Nes sette fram framlegg om at saka vert utsett.",
    "Varamedlemmer innkalles kun ved forfall.",  # a standing rule, not a one-off task
    "Referatet sendes heretter ut innen en uke.",
    "Nettverket skal bidra til å styrke samarbeidet i regionen.",  # a mission
    "Forumet skal fremme samarbeid mellom kommunene.",
    "Det er ønskjeleg at referat blir sendt ut kort tid etter møtet.",  # a wish
    "Det ble også diskutert om protokollen skulle legges ut på nett.",  # a question
    "Kva tittel og ansvar skal dei ulike avdelingane ha.",  # a question without its mark
    "Følgjande skriv og meldingar er lagt fram:",  # a list follows, no task
    "Konserten planlegges hvert år i mai.",  # a standing rule
    # the same rules in the active, with who keeps them
    "Sekretariatet sender ut referat etter hvert møte.",
    "Leder kaller heretter inn med to ukers varsel.", "Sekretær skriv referat kvar gong.",
    "Sekretariatet skal sende ut sakspapirer en uke før hvert styremøte.",
    "Videre skriver han at han kan bruke vindfall i restaureringen.",  # reported speech
])
def test_proposals_and_standing_rules_are_no_tasks(sentence):
    assert not is_action(sentence)


def test_a_passive_after_skal_names_what_is_done_not_who():
    sentence = "Årsregnskapet skal behandles på representantskapsmøtet 10. april."
    assert responsible_of(sentence) is None
    assert responsible_of("Sekretariatet skal sende saken til kommunene.") == "Sekretariatet"


@pytest.mark.parametrize("sentence", [
    "Saka skal opp til sluttbehandling i regionrådet i juni.",
    "Saken skal opp til ny behandling i formannskapet.",
    "Byggesaka skal sendast på høyring innan 1. mai.",
])
def test_the_case_itself_as_subject_is_no_responsible(sentence):
    # (s71f) "sak"/"saka"/"saken" is the thing that goes on, no one who does the task
    assert responsible_of(sentence) is None


def test_a_vote_before_a_colon_introduces_the_vedtak():
    from motebok.extract.outcomes import _DECISION_LABEL
    for line in ("Et enstemmig fylkesutvalg vedtok:", "Styret vedtok med 9 mot 4 stemmer:",
                 "Styret fattet følgende enstemmige vedtak", "Konklusjon/oppfølging:",
                 "Vedtak/konklusjon:"):
        assert _DECISION_LABEL.match(line), line
    assert not _DECISION_LABEL.match("Styret vedtok budsjettet for 2024.")


@pytest.mark.parametrize(("sentence", "who"), [
    ("Administrasjonen justerer utkastet til årsberetning i tråd med styrets ønsker.",
     "Administrasjonen"),
    ("Sekretariatet arrangerer samlingen i mai.", "Sekretariatet"),
    ("Leder tar dette opp med leder i skigruppa.", "Leder"),
    ("Stig gir tilbakemelding til hovedstyret om årsmøtet.", "Stig"),
    ("Kari Holm representerer laget på landsmøtet i mai.", "Kari Holm"),
    ("Ansvarlig for løypekjøringen er Arne Bø i samarbeid med Åse Li.", "Arne Bø"),
    ("Sekretær samlar innspel frå kommunane innan 15. november.", "Sekretær"),  # nynorsk
    ("Kari Holm samler inn innspill fra kommunene.", "Kari Holm"),
    ("Sekretariatet legg saka fram for rådet i neste møte.", "Sekretariatet"),
    ("Linn Eikrem set det opp på sakslista.", "Linn Eikrem"),
    ("Kari setter saken opp til neste møte.", "Kari"),
    # signing what was decided
    ("Daglig leder signerer kontrakten.", "Daglig leder"),
    ("Leiar underteiknar avtalen.", "Leiar"),
    ("Styreleder inngår avtale med leverandøren.", "Styreleder"),
    # the object between the verb and its particle
    ("Sekretariatet legger evalueringen fram for regionrådet i februar.", "Sekretariatet"),
    ("Leiaren legg den nye planen fram i mars.", "Leiaren"),
    ("PL legg referata ut på nettsidene til samarbeidet.", "PL"),
    ("Sekretariatet legger referatet ut på nettsiden.", "Sekretariatet"),
])
def test_present_tense_tasks_in_a_vedtak(sentence, who):
    assert is_action(sentence) and responsible_of(sentence) == who


@pytest.mark.parametrize(("sentence", "who"), [
    ("Utkast sendes ut (ansv: KH).", "KH"), ("Utkast sendes ut (ansv. KH).", "KH"),
    ("Det ble avtalt at Kari Holm sender ut invitasjon.", "Kari Holm"),
    ("Vi ble enige om at daglig leder lager en plan.", "daglig leder"),
    # what is expected of someone: "det forutsettes at", nynorsk "det vert føresett at"
    ("Det forutsettes at administrasjonen legger fram en sak om dette.", "administrasjonen"),
    ("Det ble forutsatt at Kari Holm sender ut invitasjonen.", "Kari Holm"),
    ("Det vert føresett at sekretariatet sender ut saka.", "sekretariatet"),
    # the members all together or each, after an agreement (the body's named or not):
    # they carry it out, not the body that agreed
    ("Forumet var enige om at alle kommunene oppdaterer planene sine innen 1. juni.",
     "alle kommunene"),
    ("Vi ble enige om at kommunene sender inn tall innen 1. mai.", "kommunene"),
    ("Nettverket vart samde om at kvar kommune melder inn ein kontakt innan 1. mai.",
     "kvar kommune"),
    ("Det ble avtalt at hver kommune melder inn en kontaktperson innen 1. mai.",
     "hver kommune"),
    ("Forumet var enige om at sekretariatet sender ut planen innen 1. mai.",
     "sekretariatet"),
])
def test_who_does_it_in_other_shapes(sentence, who):
    assert is_action(sentence) and responsible_of(sentence) == who


@pytest.mark.parametrize(("task", "who"), [
    ("Bestille lokale – Ola, innen 1. mars", "Ola"),  # a dash, then who, then the deadline
    ("Sende referat - sekretariatet", "sekretariatet"),
    ("Bestille lokale – Ola Dahl.", "Ola Dahl"),
    ("Møte med vegvesenet – Oslo", None),  # a place after the dash, no one's name
])
def test_who_a_task_bullet_names_after_a_dash(task, who):
    assert responsible_of(task) == who


@pytest.mark.parametrize("sentence", [
    "Ansvarsfordelingen ble drøftet.",  # "ansvar" inside a word is no label
    "Det er viktig at Kari sender.",  # importance, not an agreed task
    "Det skrives jevnlig innlegg på gruppens side.",  # what goes on, not a task
    "Denne teksten skrives ikke ut.",  # written, but by no one named
    "Ved nærmere ettersyn skulle tallet vært 160 500.",  # what should have been
    "Stipendet skulle brukast til deltaking på konferansen.",  # the passive after "skulle"
    "Ved oppløsning skal foreningens midler realiseres.",  # a preposition is no subject
    "Sjå eige skriv.", "HV-felten diverse skriv, et bra arrangement.",  # "skriv", a letter
    "Det er viktig at alle er ansvarlige.",
    "Styret inviteres til å legge rammene for årsmøtet.",  # asked to consider, in a framlegg
    "Det forutsettes at prosjektet gjennomføres innenfor rammen.",  # a condition, no one's task
])
def test_not_tasks_in_those_shapes(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize(("sentence", "who"), [
    # an adverbial first: the subject follows the verb
    ("Etter møtet sender sekretariatet ut referatet.", "sekretariatet"),
    ("Innen 1. mars sender kommunene inn sine innspill.", "kommunene"),
    ("I tillegg sender Nordvik kommune inn en søknad.", "Nordvik kommune"),
    ("Med nokre justeringar, sender prosjektleiar skjemaet ut.", "prosjektleiar"),
    # the object first, the subject after the modal verb
    ("Desse sakene vil administrasjonen arbeide vidare med.", "administrasjonen"),
    # a hedge after the task verb does not soften the task
    ("Leiaren sender ein e-post og spør om det er saker ein bør ta opp.", "Leiaren"),
    # asked to do it, nynorsk verbs
    ("Rådet ber dagleg leiar om å førebu ei sak.", "dagleg leiar"),
    ("Styret ber sekretariatet greie ut saka.", "sekretariatet"),
    # all of a group, and the agent of a passive task
    ("Alle kommunene sender inn tall innen 1. mai.", "Alle kommunene"),
    ("Hver kommune melder inn en kontaktperson.", "Hver kommune"),
    ("Saken følges opp av sekretariatet.", "sekretariatet"),
    ("Invitasjon sendes av Kari Holm.", "Kari Holm"),
    ("Planen sendes ut av hensyn til fristen.", None),  # "av hensyn til" names no one
    ("Lamper kjøpes av Jon Rune, ti stykker.", "Jon Rune"),
    ("Høstbrevet skrives av Truls.", "Truls"),
    ("Elektriker kontaktes om utelyset.", None),
    # (s72i) someone asked afterwards, as contacted: the asker unnamed
    ("KS spørres om de kan holde kurset til høsten.", None),
    ("Fylkeskommunen forespørres om et innlegg på samlingen.", None),
    ("Rutiner for henting av nøkler opprettes.", None),
    ("Budsjettet oversendes fakultetet for godkjenning.", None),
    ("Innkalling legges også ut på nettsiden.", None),
    ("Kari Holm inviteres til å komme på neste møte.", None),
    # (s69m) invited to present at a meeting: someone is to invite them
    ("Leverandørene inviteres til å presentere løsningene sine i uke 14.", None),
    ("Politikarane i krinsen skal inviterast til møte.", None),
    # the matter put on the next agenda by whoever is named first
    ("Sekretariatet set klimatilpassing på sakslista til neste møte", "Sekretariatet"),
    ("Leder setter saken om parkering på dagsorden.", "Leder"),
])
def test_who_does_a_task_in_other_word_orders(sentence, who):
    assert is_action(sentence) and responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", [
    "Etter møtet sender vi ut referatet.",  # a pronoun owns no task
    "Etter lunsj orienterte Kari om saken.",  # no task verb
])
def test_an_adverbial_first_without_an_owner_after_the_verb(sentence):
    assert not is_action(sentence)


def test_entries_numbered_with_a_colon_are_list_entries():
    from motebok.extract.text import strip_list_marker
    assert strip_list_marker("2: Leiaren sender ut sakliste.") == "Leiaren sender ut sakliste."
    assert strip_list_marker("12:30 Lunsj") == "12:30 Lunsj"  # a time is no marker


@pytest.mark.parametrize("sentence", [
    "Forslaget til årshjul vert sendt som vedlegg saman med innkallinga til neste møte.",
    # (a case laid before a body is its way on, no task: "Saken blir lagt fram for styret
    # i juni." is read by test_the_case_laid_before_another_body_is_no_task_of_this_one)
    "Invitasjonen blir sendt til styret i juni.",
    "Det bestilles opp nøkkelbånd.",
    "Det planlegges et samarbeidsmøte med alle idrettslagene.",
    "Kort og daljer blir snart sendt ut.",  # an adverb before the participle
    "Presentasjonen legges ved referatet.",  # attached afterwards
    "Uttalen leggjast ved saka til kommunestyret.",
])
def test_a_task_in_the_future_passive(sentence):
    assert is_action(sentence)
    assert responsible_of(sentence) is None


@pytest.mark.parametrize(("sentence", "who"), [
    ("Fotballstyret: Rydder kontor i klubbhuset.", "Fotballstyret"),  # who, then the task
    ("OUP ba Nina Tveter sette opp en agenda for samlinga.", "Nina Tveter"),
    ("Siv Moe og Åse Lie får i oppdrag å laga framlegg til tekst.", "Siv Moe og Åse Lie"),
    ("Knut Bjarne etterspør anbud fra Barlund.", "Knut Bjarne"),
    ("Grete Ringset og Roe Yksnøy tek seg av salet av lysingar.", "Grete Ringset og Roe Yksnøy"),
])
def test_more_ways_of_giving_someone_a_task(sentence, who):
    assert is_action(sentence)
    assert responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", ["Vedtak: Styret vedtar budsjettet.",
                                      "Status: Arbeidet pågår som planlagt."])
def test_a_label_and_a_sentence_is_no_owner_and_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize("label", ["Samrøystes vedtak:", "Samrøyste vedtak.",
                                   "Enstemmig vedtak:", "Vedtak enstemmig:",
                                   "Vedtak, samrøystes:"])
def test_a_vedtak_label_with_its_vote_and_the_sentences_after_it(label):
    text = ("Referat frå styremøte 23.01.2024\n\nTil stades: Kari Holm, Ola Dahl\n\n"
            f"Sak 1: Nettside\n\nNettsida er fornya.\n\n{label} Styret takkar dei tre for "
            "arbeidet. Styret skal gjere nettsida kjend.\n")
    [item] = parse_bytes(text.encode(), "styre.txt").items
    assert item.decisions == ["Styret takkar dei tre for arbeidet.",
                              "Styret skal gjere nettsida kjend."]


def test_a_short_heading_inside_a_vedtak_is_no_decision():
    text = ("Referat frå regionrådet 3. mars 2024\n\nTil stades: Kari Holm, Ola Dahl\n\n"
            "Sak 12/24 Sluttrapport\n\nVedtak:\nTilråding til kommunane:\n"
            "Regionrådet rår kommunane til å etablere eit hovudprosjekt.\n")
    [item] = parse_bytes(text.encode(), "rr.txt").items
    assert item.decisions == ["Regionrådet rår kommunane til å etablere eit hovudprosjekt."]


@pytest.mark.parametrize("lead", ["Husordensreglene endres slik:",
                                  "Vedtektene vert endra som følgjer:",
                                  "Budsjettet justeres som følger:"])
def test_a_short_lead_that_says_what_changes_is_a_sentence_of_the_vedtak(lead):
    text = ("Referat fra styremøte 3. mars 2024\n\nTil stede: Kari Holm, Ola Dahl\n\n"
            f"Sak 4/24 Regler\nVedtak:\n{lead}\n- Grilling på balkong er tillatt.\n"
            "- Sykler står i sykkelboden.\n")
    [item] = parse_bytes(text.encode(), "s.txt").items
    assert item.decisions == [lead, "Grilling på balkong er tillatt.",
                              "Sykler står i sykkelboden."]


def test_a_lead_that_only_quotes_the_vedtak_stays_out():
    text = ("Protokoll frå styremøte 3. mars 2024\n\nTil stades: Kari Nes, Per Bø\n\n"
            "Sak 2/24 Ordensreglar\nVedtak:\nVedtaket lyd slik:\n"
            "Ordensreglane gjeld frå 1. mai.\n")
    [item] = parse_bytes(text.encode(), "s.txt").items
    assert item.decisions == ["Ordensreglane gjeld frå 1. mai."]


def test_the_seats_a_constituting_item_fills_are_its_decisions():
    text = ("Referat fra menighetsrådet 01.10.2015\n\nTilstede: Kari Holm, Ola Dahl\n\n"
            "Sak 48/2015 Konstituering av nytt menighetsråd\nLeder: Kari Holm\n"
            "Nestleder: Ola Dahl\nRepresentant Fellesrådet: Per Lie (inntil videre)\n\n"
            "Sak 49/2015 Orientering\nLeder: Kari Holm orienterte om økonomien.\n")
    items = parse_bytes(text.encode(), "mr.txt").items
    assert items[0].decisions == ["Leder: Kari Holm", "Nestleder: Ola Dahl",
                                  "Representant Fellesrådet: Per Lie (inntil videre)"]
    assert items[1].decisions == []  # no seats filled outside a constituting item


@pytest.mark.parametrize("sentence", ["Ble godkjennt av medlemmene.",
                                      "Regnskapet ble godkjennt."])
def test_approved_spelt_with_two_n_is_a_decision(sentence):
    assert is_decision(sentence)


def test_an_election_written_as_seat_ble_names_is_the_item_s_decision():
    text = ("Protokoll årsmøte i Solsida vel 12.05.2023\n\nTilstede: Kari Holm, Ola Dahl\n\n"
            "1. Valg av styre\nstyreleder ble: Siri Aas\n"
            "styremedlemmer ble: Per Lie og Nina Berg.\nKasserer: Ola Dahl\n"
            "Tellekorps: Kari Holm, Per Lie\n\n2. Eventuelt\nIngen saker.\n")
    items = parse_bytes(text.encode(), "vel.txt").items
    assert items[0].decisions == ["styreleder ble: Siri Aas",
                                  "styremedlemmer ble: Per Lie og Nina Berg.",
                                  "Kasserer: Ola Dahl"]  # a list after a plain label is not


def test_a_beslutting_label_opens_the_decisions():
    text = ("Referat styremøte Solsida vel 3. mai 2024\n\nTilstede: Kari Holm, Ola Dahl\n\n"
            "Sak 1: Parkering\n\nStyret har sett på saken.\n\nBeslutting:\n"
            "Bare beboere kan parkere ved garasjene.\nIngen båter på plassene.\n")
    [item] = parse_bytes(text.encode(), "vel.txt").items
    assert item.decisions == ["Bare beboere kan parkere ved garasjene.",
                              "Ingen båter på plassene."]


@pytest.mark.parametrize("sentence", ["Det planleggast eit møte i Oktober.",
                                      "Det planlegges et møte i Mai med grillfest."])
def test_a_month_after_a_meeting_is_no_one_to_do_the_task(sentence):
    assert responsible_of(sentence) is None


@pytest.mark.parametrize(("sentence", "who"), [
    ("Fargekoder til valget gjøres klart, Kristin tar ansvar for det.", "Kristin"),
    ("Styret tek ansvar for dette.", "Styret"),
    ("Det er viktig at Kommunen tar ansvar for dette.", None),  # a wish, no one named
])
def test_someone_taking_the_task_on(sentence, who):
    assert responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", ["Jan: Støtter forslaget fra Kari.",
                                      "Per: Mener vi bør vente med saken."])
def test_a_speakers_view_after_their_name_is_no_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "Bremnes: Sliter med rekruttering av barnehagelærere.",
    "Østby: Jobber med Ung-data.", "Ulvik: Arbeider med ny kulturplan.",
    "Sørby: Mangler data fra skolene.", "Vestby: Venter på svar fra fylket.",
    "Lia: Planlegger ny kartlegging i høst.", "Dal: Opplever økt pågang.",
])
def test_a_members_report_of_how_things_stand_after_its_name_is_no_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "Statens vegvesen: Viser til regional plan for bærekraftig arealpolitikk.",
    "NVE: Minner om at flaumfaren må greiast ut.",
    "Tor Andreassen: Peker på behovet for gang- og sykkelveg.",
    "Statsforvalteren: Understreker hensynet til jordvern.",
])
def test_an_agencys_remark_in_a_planning_forums_input_list_is_no_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "Kommunen tar med seg innspillene i det videre arbeidet.",
    "Kommunen tek med seg innspela i det vidare arbeidet.",
    "Administrasjonen tar med seg synspunktene.",
])
def test_taking_the_input_along_is_a_vague_intention_no_task(sentence):
    assert not is_action(sentence)


def test_taking_something_along_to_the_next_meeting_stays_a_task():
    assert is_action("Kari tar med kake til neste møte.")


ROUND_TABLE = """Referat fra nettverksmøte

Dato: 12. mars 2025
Sted: Teams

Til stede: Kari Holm, Per Bø, Eva Lie

1. {title}
Nordby: Arrangerer fagdag 3. mai. Sender ut program i april.
Sørby: Rydder i arkivet.
Kari sender ut lenke til fagdagen.

2. Eventuelt
Ingen saker.
"""


@pytest.mark.parametrize("title", ["Runde rundt bordet", "Rundt bordet", "Status fra kommunene",
                                   "Nytt frå kommunane", "Kommunerunde", "Erfaringsdeling",
                                   # (s59d) the members' news whatever the members are
                                   "Kort nytt frå kommunane", "Aktuelt fra kommunene",
                                   "Nytt fra medlemskommunene", "Nytt fra regionene"])
def test_in_a_round_of_reports_only_a_task_with_a_persons_name_is_a_follow_up(title):
    text = ROUND_TABLE.format(title=title)
    item = parse_bytes(text.encode(), "nettverk.txt").items[0]
    assert item.title == title
    assert [(a.text, a.responsible) for a in item.actions] == [
        ("Kari sender ut lenke til fagdagen.", "Kari")]


SHAPED_ROUND = """Referat nettverksmøte

1. Status avløpsplaner
Nedre Lia: planen ble vedtatt i mars.
Berg: utkast sendes på høring i juni.
Kari sender ut malen innen 1. mai.

2. Eventuelt
Økonomi: Regnskapet sendes revisor innen 1. mars.
Dugnad: Utstyr bestilles til vaskeriet.
"""


def test_place_lines_in_a_row_make_a_round_whatever_the_title():
    # "Place: news" lines in a row (one a name of two words) are the members' reports under
    # a title that does not say round; a run of one-word topics is no round
    first, second = parse_bytes(SHAPED_ROUND.encode(), "nettverk.txt").items
    assert first.decisions == []
    assert [(a.text, a.responsible) for a in first.actions] == [
        ("Kari sender ut malen innen 1. mai.", "Kari")]
    assert len(second.actions) == 2  # "Økonomi: …" / "Dugnad: …": tasks under topics


ROUND_WITH_FOLLOW_UP = """Referat nettverksmøte

1. {title}
Nordby: Skal levere søknad om tilskudd innen 1. april.
Sørby: Spør om andre har maler for avtaler med grunneiere.
{follow_up}

2. Eventuelt
Ingen saker.
"""


@pytest.mark.parametrize(("title", "follow_up", "owner"), [
    ("Runde rundt bordet", "Sekretariatet sjekker dette med KS til neste møte.",
     "Sekretariatet"),
    ("Nytt fra kommunene", "Prosjektleder innhenter rutiner fra kommunene før møtet.",
     "Prosjektleder"),
    ("Orienteringar frå medlemane", "Sekretær hentar inn rutinane innan neste møte.",
     "Sekretær"),
    # a promise to answer the meeting by a date, whoever gives it
    ("Status i kommunene", "Statsforvalteren undersøker saken og gir tilbakemelding til "
                           "gruppa innen 1. juli.", "Statsforvalteren"),
])
def test_in_a_round_a_role_s_task_for_the_next_meeting_is_a_follow_up(title, follow_up,
                                                                         owner):
    # the members' own plans ("Nordby: Skal levere søknad … innen 1. april.") stay news
    item = parse_bytes(ROUND_WITH_FOLLOW_UP.format(title=title, follow_up=follow_up).encode(),
                       "nettverk.txt").items[0]
    assert [(a.text, a.responsible) for a in item.actions] == [(follow_up, owner)]


def test_in_a_round_a_role_s_undated_task_for_no_meeting_stays_news():
    text = ROUND_WITH_FOLLOW_UP.format(title="Runde rundt bordet",
                                       follow_up="Sekretariatet sender ut nyhetsbrev hver måned.")
    assert parse_bytes(text.encode(), "nettverk.txt").items[0].actions == []


@pytest.mark.parametrize(("sentence", "task"), [
    # a place inviting to its own event on its day: the member's news
    ("Gol inviterer til fagdag om tidleg innsats 14. november.", False),
    ("Ål inviterar til samling 3. mai.", False),
    # a person's or the body's own invitation is an errand
    ("Kari inviterer til møte 5. mai.", True),
    ("Sekretariatet inviterer til samling 12. april.", True),
    # a task verb after a preposition is a noun: "oversikt over avtaler"
    ("Lunner etterlyste oversikt over avtaler med sykehuset.", False),
    # the role after a dash answers the point before it
    ("Rælingen ønsker å bytte møtedag i desember – prosjektleder finner ny dato.", True),
])
def test_member_news_and_answers_after_a_dash(sentence, task):
    assert is_action(sentence) is task


def test_the_role_after_a_dash_is_the_responsible():
    assert responsible_of("Rælingen ønsker ny møtedag – prosjektleder finner ny dato.") == \
        "prosjektleder"


@pytest.mark.parametrize("sentence", [
    "Styret diskuterer hvordan saken skal legges fram.",  # how, not what is to be done
    "Styret ønsker at saken vurderes av årsmøtet.",  # a wish
    "Forslagsstiller gis anledning til å redigere teksten som sendes ut.",  # a chance
    "Neste møte planlegges til 29. november kl. 16.00.",  # when, not a task
    "Kari Holm skal slutte i Nordvik kommune.",  # someone leaving
    "Han vil ikkje lenger arbeide med det.",  # what will not be done
    "Dersom regnskapet blir mer komplisert kan det vurderes å revidere det.",  # a possibility
    "Saken tas opp til ny vurdering.",  # put off: a decision, no task
    "Styrets årsmelding legges fram av møteleder.",  # presented there and then
])
def test_questions_wishes_and_chances_are_no_tasks(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize("sentence", ["Godkjennes.", "Vedtas.",
                                      "Underskrift utsettes pga. fravær."])
def test_short_outcomes_without_a_subject(sentence):
    assert is_decision(sentence)


def test_a_proposal_to_put_off_is_no_decision():
    assert not is_decision("Det ble foreslått at saken om veien utsettes.")


def test_a_case_put_off_in_nynorsk():
    assert is_decision("Denne vart utsett til neste møte fordi vi ynskte meir opplysningar.")


def test_the_board_written_without_its_article_wishes_to_come_back():
    assert is_decision("Styre ønsker å komme tilbake til saken i førstkommende styremøte")


def test_bullets_that_start_with_the_task_are_actions_unless_a_sentence_introduces_them():
    text = ("Referat styremøte 15. april 2024\n\nTilstede: Kari Holm, Ola Dahl\n\n"
            "Sak 1: Planlegge årsmøte\n  - Velge lokasjon (ute ved lekeplassen?)\n"
            "  - Lage invitasjon til alle medlemmene\n\n"
            "Sak 2: Innspill til planen\nInnspillene er presentert som kulepunkter:\n\n"
            "- Følge opp kraftløftet for næringslivet\n\n"
            "Sak 3: Alternativer\nTre alternativer:\n1. Videreføre dagens løsning\n"
            "2. Kjøpe felles plattform\n")
    items = parse_bytes(text.encode(), "styre.txt").items
    assert [(a.text, a.responsible) for a in items[0].actions] == [
        ("Velge lokasjon (ute ved lekeplassen?)", None),
        ("Lage invitasjon til alle medlemmene", None)]
    assert items[1].actions == [] and items[2].actions == []


@pytest.mark.parametrize(("sentence", "who"), [
    ("Kristin klargjør stemmesedlene til valget.", "Kristin"),
    ("Sekretæren gjennomarbeider et forslag til nye regler.", "Sekretæren"),
    ("Ingunn skaffer medlemsliste med e-postadresser.", "Ingunn"),
    ("Kari gjør avtale om leie av lokaler.", "Kari"),
    ("Einar og Arne står for innhaldet.", "Einar og Arne"),
    ("Rektor prøver å få ordna lyset.", "Rektor"),
    ("Axel påtok seg å gå igjennom budsjettet.", "Axel"),
    ("Camilla jobber med å gå gjennom svarene.", "Camilla"),
    ("Styret arbeider videre med saken.", "Styret"),
    ("Linda snakkar med dei andre i husstyret om dette.", "Linda"),
    ("Hyttestyret tar opp saken før neste sesong.", "Hyttestyret"),
    ("Grete Ringset, Gudny Fagerhol og Roe Yksnøy tek seg av salet.",  # a list of names
     "Grete Ringset, Gudny Fagerhol og Roe Yksnøy"),
    ("Planen godkjent, men Styreleder undersøker andre lokaler.", "Styreleder"),  # 2nd clause
    ("Eva-Liz tar ansvaret for å finne en leverandør.", "Eva-Liz"),
    ("Styret foretar en befaring av lokalet.", "Styret"),
    ("Vibeke fikser vedtektene før uke 43.", "Vibeke"),
    ("Ansvar for å lage arrangement.", None),  # "Ansvar for" names the task, not who
    ("Ann-Helen bestiller.", "Ann-Helen"),  # the verb last
    ("Undersøke om vi får filmen, Oddleiv avklarer dette.", "Oddleiv"),  # who, after a comma
    ("Invitere spelemannslaget, Rigmor kontaktar dei.", "Rigmor"),
    ("Målfrid er dugnadsansvarleg.", "Målfrid"), ("Axel er ansvarlig.", "Axel"),  # a seat
    ("Katja hjelper til med trykking.", "Katja"), ("Helge høyrer med musikantane.", "Helge"),
    ("Komiteen har fått i oppgave å lage en brosjyre.", "Komiteen"),
    ("Sekretær skulle innhente tilbud fra to steder.", "Sekretær"),  # told in the past
    ("Kaja og Hege skulle finne ut av dette.", "Kaja og Hege"),
    ("Møtereferat skal også sendes til varamenn.", None),  # the passive after an adverb
    ("Kari skal også sende referatet til varamenn.", "Kari"),
    ("Vedr. innsamling av mobiler: Elin deler ut poser.", "Elin"),  # a lead-in before
])
def test_more_task_verbs_in_the_present(sentence, who):
    assert is_action(sentence) and responsible_of(sentence) == who


def test_a_decision_ending_in_a_colon_takes_the_short_lines_under_it():
    text = ("Referat fra programutvalget 15.02.2024\n\nTil stede: Kari Holm, Ola Dahl\n\n"
            "Sak 3/24 Møteplan\nUtvalget vedtok følgende møteplan for våren:\n"
            "Torsdag 22. mars kl 09\nTorsdag 10. mai kl 09\n\n"
            "Sak 4/24 Eventuelt\nKari Holm orienterte om nye emner.\n")
    items = parse_bytes(text.encode(), "pu.txt").items
    assert items[0].decisions == ["Utvalget vedtok følgende møteplan for våren: "
                                  "Torsdag 22. mars kl 09 Torsdag 10. mai kl 09"]
    assert items[1].decisions == []


@pytest.mark.parametrize(("lead", "changes"), [
    ("Planen ble vedtatt med disse endringene:",
     ["Kapittel 3 strykes.", "Fristen flyttes til 1. juni."]),
    ("Planen vart vedteken med desse endringane:",  # nynorsk, and no full stops
     ["Kapittel 3 vert stroke", "Fristen vert flytta til 1. juni"]),
])
def test_changes_listed_under_an_adoption_are_decisions_each(lead, changes):
    decisions, actions = _outcomes_of(f"{lead}\n- {changes[0]}\n- {changes[1]}")
    assert (decisions, actions) == ([lead, *changes], [])


def test_a_listed_change_that_assigns_a_task_is_also_an_action():
    decisions, actions = _outcomes_of(
        "Budsjettet ble godkjent med følgende endringer:\n1. Kursposten økes med 10 000 kr.\n"
        "2. Sekretariatet sender oversikten til kommunene innen 1. mai.\n\n"
        "Kari Holm orienterte om regnskapet.")
    assert decisions == ["Budsjettet ble godkjent med følgende endringer:",
                         "Kursposten økes med 10 000 kr.",
                         "Sekretariatet sender oversikten til kommunene innen 1. mai."]
    assert actions == [("Sekretariatet sender oversikten til kommunene innen 1. mai.",
                        "Sekretariatet", "2024-05-01")]


def test_a_task_after_a_short_lead_in_and_a_colon():
    text = ("Referat frå SU-møte 19.09.2024\n\nTil stades: Kari Holm, Ola Dahl\n\n"
            "Sak 1 Eventuelt\n• Innspel frå rektor: Leiar SU og rektor lagar eit årshjul "
            "for SU. Ingen hadde innvendingar.\n")
    [item] = parse_bytes(text.encode(), "su.txt").items
    assert [(a.text, a.responsible) for a in item.actions] == [
        ("Leiar SU og rektor lagar eit årshjul for SU.", "Leiar SU og rektor")]


def test_a_task_verb_used_as_a_noun_is_no_task():
    assert not is_action("Styret ser at det er behov for ekstra lager med garasjenøkler")
    assert is_action("Kari lager et utkast til brev.")


@pytest.mark.parametrize(("sentence", "who"), [
    ("Kari ser til at lokalet er klart.", "Kari"),
    ("Leiar passar på at alle får referatet.", "Leiar"),
    ("Hver kommune utpeker en kontaktperson.", "Hver kommune"),
    ("Kommunene peker ut hver sin representant innen 1. mai.", "Kommunene")])
def test_seeing_to_it_and_naming_someone_are_tasks(sentence, who):
    assert is_action(sentence)
    assert responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", [
    "Kari lurte på om sekretariatet sender ut referatet.",
    "Per spurte om kommunen lager ny plan i år.",
    "Ola lurer på om AU forbereder saken."])
def test_an_indirect_question_is_no_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize("sentence", ["To avtaler gjenstår.", "2 avtaler gjenstår.",
                                      "Flere avtaler er ikke signert ennå.",
                                      "Tre sendinger er forsinket."])
def test_a_task_verb_after_a_number_is_a_noun(sentence):
    # "avtaler" after "To" is the plural noun (agreements), not the verb "arranges":
    # a count of what is left names no one who does anything
    assert not is_action(sentence)
    assert is_action("Kari avtaler møte med ordføreren.")


def test_a_passive_verb_ending_a_clause_of_time_is_no_task():
    # "før planprogrammet sendes på høring" says when the body may give its views
    assert not is_action("Fylkeskommunen har startet arbeidet med planen, og regionrådet er "
                         "invitert til å gi innspill før planprogrammet sendes på høring.")
    assert is_action("Før neste møte utarbeides et forslag til budsjett.")
    assert is_action("Referatet sendes ut før neste møte.")


@pytest.mark.parametrize("sentence", [
    "Dagens avtaler går ut ved årsskiftet, og flere av kommunene mangler kapasitet.",
    "Gjeldende avtaler utløper i desember.", "Årets avtaler er signert."])
def test_a_task_verb_after_a_determiner_of_time_is_a_noun(sentence):
    # "Dagens avtaler" are today's agreements: the genitive names no one who arranges
    assert not is_action(sentence)


def test_an_item_named_as_a_list_of_tasks_holds_tasks():
    text = ("# Møtereferat 09.04.2026\n\n## Tilstede:\n- Kari Holm\n- Ola Dahl\n\n"
            "## Hva som er ferdig:\n- Hovedmeny med lyd\n\n"
            "## Arbeidsoppgaver:\n- Tester (Rein og Alex)\n- Gjøre ferdig menyen (Sander)\n")
    items = parse_bytes(text.encode(), "referat.md").items
    assert [(a.text, a.responsible) for a in items[-1].actions] == [
        ("Tester (Rein og Alex)", "Rein og Alex"), ("Gjøre ferdig menyen (Sander)", "Sander")]
    assert items[0].actions == []


def test_a_heading_for_the_next_time_holds_tasks():
    text = ("# Veiledningsmøte 09.04.2026\n\nTilstede: Kari Holm, Ola Dahl\n\n"
            "## Status\nKapittel 2 er ferdig.\n\n"
            "## Til neste gang\n- Skrive om valg av metode.\n- Lese artikkelen til Holm.\n")
    items = parse_bytes(text.encode(), "referat.md").items
    assert [a.text for a in items[-1].actions] == [
        "Skrive om valg av metode.", "Lese artikkelen til Holm."]


def test_two_people_s_tasks_in_one_sentence_are_two_tasks():
    text = ("Referat fra styremøte 24.08.2024\n\nTilstede: Ann Mørk, Anette Lie\n\n"
            "Sak 17/2024 Bibliotekdagen\nAnn Mørk sender ut informasjon til medlemmene og "
            "Anette oppdaterer nettsidene.\n")
    [item] = parse_bytes(text.encode(), "nbf.txt").items
    assert [(a.text, a.responsible) for a in item.actions] == [
        ("Ann Mørk sender ut informasjon til medlemmene", "Ann Mørk"),
        ("Anette oppdaterer nettsidene.", "Anette")]


def test_an_information_item_holds_the_tasks_people_take_on_by_name():
    text = ("Referat fra styremøte 3. mars 2024\n\nTil stede: Kari Holm, Ola Dahl\n\n"
            "Sak 5/24 Orienteringssaker\nKommunen skal ansette en prosjektleder i vår.\n"
            "Regionen vil jobbe videre med høringen.\n"
            "Ola sjekker med kommunen om fristen.\n")
    [item] = parse_bytes(text.encode(), "or.txt").items
    assert [(a.text, a.responsible) for a in item.actions] == [
        ("Ola sjekker med kommunen om fristen.", "Ola")]


def test_an_information_item_holds_a_task_of_the_meeting_s_own_role_with_a_deadline():
    text = ("Referat fra møte i regionrådet 4. mars 2025\n\nTil stede: Kari Holm, Ola Dahl\n\n"
            "Sak 2/25 Orienteringssaker\n- Status for bredbåndsutbyggingen.\n"
            "- Sekretariatet sender ut rapporten innen 1. mai.\n"
            "- Kommunen skal ansette en prosjektleder innen 1. juni.\n"
            "- Sekretariatet følger med på saken.\n")
    [item] = parse_bytes(text.encode(), "or.txt").items
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Sekretariatet sender ut rapporten innen 1. mai.", "Sekretariatet", "2025-05-01")]


def test_a_decision_and_the_task_after_its_comma():
    text = ("Referat fra styremøte 3. mars 2024\n\nTil stede: Kari Holm, Ola Dahl\n\n"
            "Sak 1/24 Godkjenning av referat\nReferatet godkjent, Kari Holm arkiverer det.\n")
    [item] = parse_bytes(text.encode(), "ref.txt").items
    assert item.decisions == ["Referatet godkjent"]
    assert [(a.text, a.responsible) for a in item.actions] == [
        ("Kari Holm arkiverer det.", "Kari Holm")]


def test_someone_taking_on_what_the_sentence_before_said():
    text = ("Referat fra menighetsrådsmøte 3. mars 2024\n\nTil stede: Kari Holm, Trond Dahl\n\n"
            "Sak 4/24 Sommermesse\nVi får låne lydanlegg av koret. Trond tar ansvar for det.\n"
            "Referatet ble godkjent. Kari tar ansvar for dette.\n")
    [item] = parse_bytes(text.encode(), "mr.txt").items
    assert [(a.text, a.responsible) for a in item.actions] == [
        ("Vi får låne lydanlegg av koret. Trond tar ansvar for det.", "Trond"),
        ("Kari tar ansvar for dette.", "Kari")]  # the decision before stays one
    assert item.decisions == ["Referatet ble godkjent."]


def test_a_task_taken_on_in_the_past_tense_and_a_letter_taken_as_news():
    assert responsible_of("Fredrik tok ansvaret for å gjøre dette.") == "Fredrik"
    assert not is_action("Styret tar skriv fra fotballgruppa om vinterfotball til etterretning.")


@pytest.mark.parametrize(("sentence", "who"), [
    ("Per sier seg villig til å lagre ryddesagen.", "Per"),
    ("Kari tilbød seg å lage plakaten.", "Kari"),
    ("Styret påtok seg å skrive høringssvaret.", "Styret"),
    ("Kari held kontakt med kommunen.", "Kari"),
    ("Egil tek ansvar for premieringa.", "Egil"),
])
def test_someone_offering_to_do_it(sentence, who):
    assert is_action(sentence)
    assert responsible_of(sentence) == who


def test_an_owner_line_with_its_deadline_after_a_comma():
    text = ("Referat frå regionrådet 3. september 2024\n\nTil stades: Kari Nes, Per Bø\n\n"
            "Sak 14/2024 Næringsplan\nSekretariatet sender planen på høyring. "
            "Ansvar: Liv Berg, frist: 1. oktober.\n")
    [item] = parse_bytes(text.encode(), "rr.txt").items
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Sekretariatet sender planen på høyring.", "Liv Berg", "2024-10-01")]


@pytest.mark.parametrize("owner_line", [
    "**Ansvar:** Kari Holm **Frist:** 1. oktober", "Ansvarlig: Kari Holm  Frist: 1. oktober"])
def test_an_owner_line_with_its_deadline_as_a_second_label(owner_line):
    text = ("# Styremøte 2. september 2024\n\n**Til stede:** Kari Holm, Per Dahl\n\n"
            "## 2. Strategi\nKari Holm følger opp med forslag til strategi.\n\n"
            f"{owner_line}\n")
    [item] = parse_bytes(text.encode(), "s.md").items
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Kari Holm følger opp med forslag til strategi.", "Kari Holm", "2024-10-01")]


def test_an_outcome_after_a_summary_label_is_recorded_without_it():
    text = ("Referat fra faggruppe helse 3. september 2024\n\nTil stede: Anne Lie, Jon Moe\n\n"
            "Sak 3/24 Status legevakt\nJon Moe orienterte om status.\n"
            "Oppsummering: Gruppen tok orienteringen til etterretning.\n")
    [item] = parse_bytes(text.encode(), "fg.txt").items
    assert item.decisions == ["Gruppen tok orienteringen til etterretning."]


@pytest.mark.parametrize("verdict", [
    "Vedtak: Som forslag.", "Vedtak: Som innstilt.",
    "Framlegg til vedtak vart samrøystes vedteke.", "Innstillingen enstemmig vedtatt.",
    "Enstemmig som innstillingen.", "Vedtak:\nInnstillingen vedtas.",
    "Forslaget vert vedteke."])
def test_a_proposal_adopted_in_short_forms_is_the_decision(verdict):
    text = ("Protokoll fra kontrollutvalget 3. september 2024\n\nTil stede: Ola Dale, Nils Lid"
            "\n\nPS 14/24 Revisjonsrapport\nForslag til vedtak:\n"
            "Kontrollutvalget tar rapporten til orientering.\n\n"
            f"Behandling:\nRevisor presenterte rapporten.\n\n{verdict}\n")
    [item] = parse_bytes(text.encode(), "ku.txt").items
    assert item.decisions[0] == "Kontrollutvalget tar rapporten til orientering."


@pytest.mark.parametrize("proceedings", ["Handsaming i møtet:", "Handsaming:", "Røysting:"])
def test_nynorsk_proceedings_and_vote_labels_are_not_part_of_the_decision(proceedings):
    text = ("Møtebok frå regionrådet 3. september 2024\n\nMøtande medlemer: Ola Dale, Nils Lid"
            "\n\nPS 14/24 Høyring\nFramlegg til vedtak:\nRegionrådet sluttar seg til uttalen.\n\n"
            f"{proceedings}\nKari Holm orienterte.\n\n"
            "Røysting: Framlegget vart samrøystes vedteke.\n")
    [item] = parse_bytes(text.encode(), "rr.txt").items
    assert item.decisions == ["Regionrådet sluttar seg til uttalen.",
                              "Framlegget vart samrøystes vedteke."]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Julemøte: Leder sjekker muligheter for felles julemøte.", "Leder"),
    ("Nettside: Per Olsen lager forslag til meny.", "Per Olsen"),
    ("Kari Holm: Sender utkast til styret.", "Kari Holm"),  # who, then the task
    ("Kari: Lager utkast.", "Kari"),
])
def test_a_topic_before_the_colon_is_not_who_does_the_task(sentence, who):
    assert responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", [
    "AU anbefaler at regionrådet vedtar budsjettet slik det er lagt fram.",
    "Arbeidsutvalget anbefaler regionrådet å vedta budsjettet.",
    "Gruppa tilrår at kommunane vedtek planen.",
])
def test_what_the_body_recommends_another_to_do_is_its_conclusion(sentence):
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    # a forum by its bare name, as planning forums and chief officers' forums are called
    "Planforum anbefaler at kommunen reduserer omfanget av nye hytteområder.",
    "Rådmannsforum anbefaler at kommunene deltar i felles anskaffelse.",
])
def test_a_forum_named_without_its_article_concludes_as_the_body(sentence):
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Daglig leder anbefaler at styret vedtar planen.",  # a person's advice
    "NAV anbefaler at brukerne søker tidlig.",  # another agency's, told as news
])
def test_advice_of_others_is_no_conclusion(sentence):
    assert not is_decision(sentence)


@pytest.mark.parametrize("heading", ["Aksjon | Eier | Dato", "Hva | Hvem? | Innan",
                                     "Oppgave | Ansv. | Frist"])
def test_more_headings_of_a_follow_up_table(heading):
    text = ("# Referat fra styremøte 3. mars 2024\n\nTil stede: Ola Dale, Nils Lid\n\n"
            f"## Sak 1/24 Oppfølging\n\n| {heading} |\n|---|---|---|\n"
            "| Lage plan | Kari Nes | 01.12.2024 |\n")
    [item] = parse_bytes(text.encode(), "s.md").items
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Lage plan", "Kari Nes", "2024-12-01")]


def test_a_closing_tab_follow_up_table_whose_second_row_names_a_role():
    # "Hva | Hvem | Når" over a task whose second row's owner is a label word
    # ("Sekretariatet"): a follow-up table of tasks, not one header row's labels
    text = ("Referat fra styremøte 3. mars 2024\n\nTil stede: Ola Dale, Nils Lid\n\n"
            "Sak 1/24 Veien videre\nStyret drøftet saken.\n\nOppfølgingspunkter\n"
            "Hva\tHvem\tNår\nLage plan\tKari Nes\t01.12.2024\n"
            "Sende brev til kommunene\tSekretariatet\tStraks\n")
    [item] = parse_bytes(text.encode(), "s.txt").items
    assert "Hvem:" not in item.text
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Lage plan", "Kari Nes", "2024-12-01"),
        ("Sende brev til kommunene", "Sekretariatet", None)]


@pytest.mark.parametrize("rows", [
    "| Lage opplæringsplan | Kari Moe | 1. mai |\n",
    "| Lage opplæringsplan | Kari Moe | 1. mai |\n| Sende invitasjon | Per Lund | 15. april |\n",
])
def test_a_closing_task_table_of_one_row_is_read_as_one_of_more_rows(rows):
    """"Hva | Hvem | Når" over a single task is the item's task table, as over two: its
    row is the task, and no "Hva:" / "Hvem:" / "Når:" lines stay in the item's text (a
    header's labels over their values name where too: "Hva | Når | Hvor")."""
    text = ("# Referat fra møte i Helsenettverket\n\nDato: 12. mars 2024\n\n"
            "Til stede: Kari Moe (Hamar), Per Lund (Løten)\n\n"
            "## Sak 2/24 Felles opplæring\n\nNettverket drøftet felles opplæring.\n\n"
            "| Hva | Hvem | Når |\n|---|---|---|\n" + rows)
    [item] = parse_bytes(text.encode(), "s.md").items
    assert item.text == "Nettverket drøftet felles opplæring."
    assert item.actions[0].text == "Lage opplæringsplan"
    assert (item.actions[0].responsible, item.actions[0].due) == ("Kari Moe", "2024-05-01")


@pytest.mark.parametrize(("task", "due"), [
    ("Jon tar kontakt med skolen om 17. mai.", None),  # what the task is about
    ("Kari sender referatet fra møtet 3. mars til kommunen.", None),  # what it is from
    ("Kari sender brevet innen 8. april.", "2025-04-08"),
])
def test_a_date_the_task_is_about_is_no_deadline(task, due):
    text = ("Referat fra styremøte 1. mars 2025\n\nTil stede: Kari, Jon, Per\n\n"
            f"Sak 1/25 Oppfølging\n{task}\n")
    [item] = parse_bytes(text.encode(), "s.txt").items
    assert [a.due for a in item.actions] == [due]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Regionrådet ber sekretariatet utrede saken videre.", "sekretariatet"),
    ("Utvalget ber administrasjonen legge fram en sak om dette.", "administrasjonen"),
    ("Styret ber daglig leder komme tilbake med et forslag.", "daglig leder"),
])
def test_asking_the_administration_to_prepare_something_is_its_task(sentence, who):
    assert is_action(sentence)
    assert responsible_of(sentence) == who


@pytest.mark.parametrize("vote", ["Samrøystes vedteke.", "Enstemmig vedtatt.",
                                  "Vedtatt mot 2 stemmer.", "Vedtak: Samrøystes som framlegg."])
def test_a_bare_vote_after_a_proposal_adopts_it(vote):
    text = ("Protokoll fra styremøte 3. mars 2024\n\nTil stede: Kari Nes, Per Bø\n\n"
            "Sak 1/24 Plan\nSaken ble drøftet.\nInnstilling: Styret godkjenner planen.\n"
            f"{vote}\n\nSak 2/24 Eventuelt\nIngen saker.\n")
    items = parse_bytes(text.encode(), "s.txt").items
    assert items[0].decisions[0] == "Styret godkjenner planen."


@pytest.mark.parametrize("sentence", ["Saka vert følgd opp av dagleg leiar.",
                                      "Invitasjonen vert send ut til alle.",
                                      "Planen vert send på høyring.",
                                      "Saka følgjast opp av sekretariatet.",
                                      "Saka vert utgreidd vidare."])
def test_nynorsk_passive_tasks(sentence):
    assert is_action(sentence)


@pytest.mark.parametrize(("sentence", "who"), [
    ("Saken blir fulgt opp av sekretariatet.", "sekretariatet"),
    ("Brevet blir sendt av Kari Nes til kommunen.", "Kari Nes"),
    ("Invitasjonen vert send ut av Kari.", "Kari"),
])
def test_who_does_a_task_in_the_future_passive(sentence, who):
    assert responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", [
    "Styringsgruppen ga prosjektleder fullmakt til å gjennomføre anskaffelsen.",
    "Styret gir daglig leder fullmakt til å signere avtalen.",
    "Styret gav dagleg leiar fullmakt til å inngå avtale.",
])
def test_the_body_giving_someone_authority_is_a_decision(sentence):
    assert is_decision(sentence)


@pytest.mark.parametrize("label", ["Styret gjer slikt vedtak:", "Vedtaket vart:",
                                   "Styret fatter følgende vedtak:"])
def test_more_labels_that_introduce_the_vedtak(label):
    text = ("Protokoll frå styremøte 3. mars 2024\n\nTil stades: Kari Nes, Per Bø\n\n"
            f"Sak 1/24 Plan\nSaka vart drøfta.\n{label}\nPlanen vert lagd ut på nettsida.\n")
    [item] = parse_bytes(text.encode(), "s.txt").items
    assert item.decisions == ["Planen vert lagd ut på nettsida."]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Per Bø innhentar tilbod frå tre trykkeri innan 1. oktober.", "Per Bø"),
    ("Sekretariatet utgreier saka vidare.", "Sekretariatet"),
])
def test_more_nynorsk_task_verbs(sentence, who):
    assert is_action(sentence)
    assert responsible_of(sentence) == who


@pytest.mark.parametrize(("line", "due"), [
    ("Ansvarlig: Liv Berg – frist 1.10.", "2024-10-01"),
    ("Ansvar: Liv Berg - frist: 1. oktober", "2024-10-01"),
    ("Ansvar: Liv Berg, innan 1. oktober.", "2024-10-01"),
    ("Oppfølging: Liv Berg frist 1. oktober", "2024-10-01"),  # no comma: a day after "frist"
    ("Ansvar: Liv Berg tidsfrist 1.10.", "2024-10-01")])
def test_an_owner_line_with_its_deadline_after_a_dash_or_innen(line, due):
    text = ("Referat frå regionrådet 3. september 2024\n\nTil stades: Kari Nes, Per Bø\n\n"
            f"Sak 14/2024 Næringsplan\nSekretariatet sender planen på høyring.\n{line}\n")
    [item] = parse_bytes(text.encode(), "rr.txt").items
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Sekretariatet sender planen på høyring.", "Liv Berg", due)]


def test_owner_and_deadline_labels_with_their_values_on_the_next_line():
    text = ("Referat fra styremøte 3. mars 2025\n\nTil stede: Anne Lie, Jon Moe, Siri Dal\n\n"
            "Sak 4/25 Kaiutbygging\nJon Moe og Siri Dal utarbeider et notat.\n"
            "Ansvar:\nJon Moe\nFrist:\n15. april\n")
    [item] = parse_bytes(text.encode(), "st.txt").items
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Jon Moe og Siri Dal utarbeider et notat.", "Jon Moe", "2025-04-15")]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Daglig leder bes utarbeide et notat til styret.", "Daglig leder"),
    ("Rådmannsutvalget bes om å legge fram en sak.", "Rådmannsutvalget"),
    ("Jon Moe ble bedt om å lage en oversikt.", "Jon Moe"),
    ("Dagleg leiar vart beden om å kontakte fylket.", "Dagleg leiar"),
    # (s73a) asked to, as "bes om å": "spørres om å", nynorsk "spørjast om å"
    ("Fylkeskommunen spørres om å delta.", "Fylkeskommunen"),
    ("Kulturskulen spørjast om å stille med musikk på festen.", "Kulturskulen"),
    ("Lia vel ble spurt om å ta ansvar for dugnaden.", "Lia vel"),
    ("Skulen vert spurd om å låne ut gymsalen.", "Skulen"),
])
def test_someone_asked_in_the_passive(sentence, who):
    assert is_action(sentence)
    assert responsible_of(sentence) == who


@pytest.mark.parametrize(("sentence", "who"), [
    ("Saka vert følgt opp av dagleg leiar.", "dagleg leiar"),
    ("Saken følges opp av daglig leder.", "daglig leder"),
    ("Brevet sendes av sekretariatet innen fredag 14. mars.", "sekretariatet"),
    ("Søknaden sendes av Kari Holm, senest 1. april.", "Kari Holm"),
])
def test_the_agent_of_a_passive_task_with_a_role_or_before_a_deadline(sentence, who):
    assert responsible_of(sentence) == who


@pytest.mark.parametrize(("sentence", "who"), [
    ("Prosjektleder legger frem en ny sak i juni.", "Prosjektleder"),
    ("Administrasjonen kommer tilbake med en sak til neste møte.", "Administrasjonen"),
    ("Dagleg leiar kjem attende med eit framlegg.", "Dagleg leiar"),
])
def test_bringing_a_case_back_is_a_task(sentence, who):
    assert is_action(sentence)
    assert responsible_of(sentence) == who


@pytest.mark.parametrize(("line", "who", "due"), [
    ("Oppfølging: Ola Nordmann, frist fredag 12. april.", "Ola Nordmann", "2024-04-12"),
    ("Oppfølging: Sekretariatet", "Sekretariatet", None),
    ("Oppfølging: Kari og Per – innen 1. mai", "Kari og Per", "2024-05-01")])
def test_a_follow_up_label_that_only_names_who_owns_the_task_before(line, who, due):
    text = ("Referat fra regionrådet 3. april 2024\n\nTil stede: Kari Nes, Per Bø\n\n"
            f"Sak 14/2024 Næringsplan\nPlanen sendes på høring til kommunene.\n{line}\n")
    [item] = parse_bytes(text.encode(), "rr.txt").items
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Planen sendes på høring til kommunene.", who, due)]


def test_a_follow_up_label_with_a_task_is_no_owner():
    text = ("Referat fra regionrådet 3. april 2024\n\nTil stede: Kari Nes, Per Bø\n\n"
            "Sak 14/2024 Næringsplan\nRådet drøftet planen.\n"
            "Oppfølging: Ingen.\nOppfølging: Kari Nes sender planen til kommunene.\n")
    [item] = parse_bytes(text.encode(), "rr.txt").items
    assert [(a.text, a.responsible) for a in item.actions] == [
        ("Kari Nes sender planen til kommunene.", "Kari Nes")]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Jon Moe: Bestille lokale til seminaret, innen 1. mars.", "Jon Moe"),
    ("Sekretariatet: Sende ut innkalling innen 1. mars.", "Sekretariatet"),
    ("Julemøte: Bestille lokale innen 1. mars.", None),  # a topic, not who
])
def test_who_before_a_colon_and_a_capitalised_task(sentence, who):
    assert responsible_of(sentence) == who


def test_a_deadline_in_the_sentence_after_the_task():
    text = ("Referat fra styremøte 4. februar 2025\n\nTil stede: Anne Lie, Jon Moe\n\n"
            "Sak 3/25 Søknad\nKari Holm sender søknaden til fylket. Fristen er 1. mars.\n"
            "Jon Moe lager et budsjett.\nDette må være klart innen 20. februar.\n"
            "Siri Dal kontakter kommunen. Kommunen har møte 10. mars.\n")
    [item] = parse_bytes(text.encode(), "st.txt").items
    assert [(a.responsible, a.due) for a in item.actions] == [
        ("Kari Holm", "2025-03-01"), ("Jon Moe", "2025-02-20"), ("Siri Dal", None)]


def test_a_subject_with_an_apposition_keeps_no_comma():
    assert responsible_of("Daglig leder, Jon Moe, sender søknaden.") == "Daglig leder, Jon Moe"


def test_owner_after_a_dash_and_who_and_when_labels():
    text = ("Referat fra styremøte 4. februar 2025\n\nTil stede: Anne Lie, Jon Moe\n\n"
            "Sak 3/25 Søknad\nBudsjettet revideres. Ansvar – Jon Moe.\n"
            "Prosjektplanen oppdateres.\nHvem: Siri Dal\nNår: 1. mars\n")
    [item] = parse_bytes(text.encode(), "st.txt").items
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Budsjettet revideres.", "Jon Moe", None),
        ("Prosjektplanen oppdateres.", "Siri Dal", "2025-03-01")]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Regionrådet ber om at sekretariatet utarbeider en sak til neste møte.", "sekretariatet"),
    ("Styret ba om at Kari Holm sender brevet.", "Kari Holm"),
    ("Styret bed dagleg leiar om å førebu ei sak.", "dagleg leiar"),  # nynorsk "bed"
    ("Regionrådet bed sekretariatet sende brev til departementet.", "sekretariatet"),
    ("Vi avtalte at Kari tar kontakt med skolen.", "Kari"),
])
def test_who_the_body_asks_or_agrees_shall_do_it(sentence, who):
    assert is_action(sentence)
    assert responsible_of(sentence) == who


def test_a_deadline_without_a_year_in_an_earlier_month_is_next_years():
    # set at a December meeting, "innen 15. januar" is the coming January
    text = ("Referat fra styremøte 6. desember 2023\n\nTil stede: Anne Lie, Jon Moe\n\n"
            "Sak 3/23 Kurs\nJon Moe sjekker lokaler innen 15. januar.\n"
            "Anne Lie sender invitasjon innen utgangen av februar.\n"
            "Anne Lie melder inn saken innen 20. desember.\n")
    [item] = parse_bytes(text.encode(), "st.txt").items
    assert [a.due for a in item.actions] == ["2024-01-15", "2024-02-29", "2023-12-20"]


def test_the_next_meeting_under_a_follow_up_table_is_no_task():
    text = ("# Referat faggruppe 6.12.2023\n\nDeltakere: Anne Lie, Jon Moe\n\n"
            "## Sak 1 Kurs\n\nFelles kurs i mars.\n\n## Oppfølgingspunkter\n\n"
            "| Hva | Hvem | Frist |\n|---|---|---|\n| Sjekke lokaler | Jon Moe | 15.01.2024 |\n\n"
            "Neste møte: 17. januar 2024 kl. 09.00 på Teams.\n")
    record = parse_bytes(text.encode(), "fg.md")
    actions = [a for item in record.items for a in item.actions]
    assert [(a.text, a.responsible, a.due) for a in actions] == [
        ("Sjekke lokaler", "Jon Moe", "2024-01-15")]
    assert record.next_meeting.date == "2024-01-17"


@pytest.mark.parametrize("sentence", [
    "Forslaget falt.", "Innstillingen falt.", "Framlegget fall.",
    "Forslaget fra Per Dahl falt med 3 mot 6 stemmer.",
    "Framlegget frå Senterpartiet fall med 4 mot 5 røyster.",  # nynorsk
    "Ap sitt forslag fikk 2 stemmer og falt.",
    "Benkeforslaget ble nedstemt.", "Forslaget ble forkastet.", "Forslaget ble trukket.",
    # after the vote it was put to (s63e)
    "Det ble først stemt over Halsens forslag, som fikk 2 stemmer (Halsen, Todal) og falt.",
    "Det vart røysta over framlegget frå Ola Li, som fall.",
])
def test_a_proposal_voted_down_or_withdrawn_is_an_outcome(sentence):
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Forslaget blir i så fall sendt til kommunen.", "Forslaget var i alle fall godt.",
    "Inntektene falt med 10 prosent.", "Det stemmer at forslaget kom sent.",
    "Forslaget om veglys ble avvist av kommunen.",  # another body's answer
])
def test_falling_figures_and_i_saa_fall_are_no_votes(sentence):
    assert not is_decision(sentence)


@pytest.mark.parametrize(("sentence", "who"), [
    ("Styret ber daglig leder om å utarbeide et forslag til budsjett.", "daglig leder"),
    ("Regionrådet ber sekretariatet følge opp saken.", "sekretariatet"),
    ("Rådet ber administrasjonen legge fram en ny vurdering før sommeren.",
     "administrasjonen"),
    ("Arbeidsutvalget ber kommunene om å melde inn behov innen 1. mai.", "kommunene"),
    ("Regionrådet ber kommunene gi tilbakemelding innen 1. juni.", "kommunene"),
    ("AU ber sekretariatet lage en plan.", "sekretariatet"),
])
def test_the_body_asking_someone_is_its_resolution_and_a_task(sentence, who):
    assert is_decision(sentence)
    assert is_action(sentence)
    assert responsible_of(sentence) == who


def test_asking_in_the_past_tense_or_by_a_member_is_a_task_but_no_resolution():
    # the minutes telling the discussion: "Gruppa ba sekretariatet …" (and one member asking)
    for sentence in ("Gruppa ba sekretariatet sende ut programmet.",
                     "Kari ba sekretariatet sende ut referatet.",
                     "Styret bad dagleg leiar om å kontakte kommunen."):
        assert is_action(sentence), sentence
        assert not is_decision(sentence), sentence
    assert responsible_of("Styret bad dagleg leiar om å kontakte kommunen.") == "dagleg leiar"
    # and no one is named in "Vi ba om å få se regnskapet."
    assert not is_action("Vi ba om å få se regnskapet.")


def test_a_proposal_voted_down_is_not_adopted():
    text = ("Protokoll fra kontrollutvalget 5. mars 2024\n\nTil stede: Kari Holm, Per Dahl\n\n"
            "Sak 12/24 Tilsyn\nInnstilling:\nKontrollutvalget tar saken til orientering.\n"
            "Innstillingen falt med 1 mot 2 stemmer.\n"
            "Kontrollutvalget ber revisjonen om å undersøke saken nærmere.\n")
    [item] = parse_bytes(text.encode(), "ku.txt").items
    assert item.decisions == ["Innstillingen falt med 1 mot 2 stemmer.",
                              "Kontrollutvalget ber revisjonen om å undersøke saken nærmere."]
    assert [a.responsible for a in item.actions] == ["revisjonen"]


def test_a_vote_with_one_against_ends_the_vedtak():
    text = ("Protokoll fra kontrollutvalget 5. mars 2024\n\nTil stede: Kari Holm, Per Dahl\n\n"
            "Sak 10/24 Budsjett\nVedtak:\nKontrollutvalget slutter seg til budsjettforslaget.\n"
            "Vedtatt mot 1 stemme.\nSekretariatet orienterte om prosessen videre.\n")
    [item] = parse_bytes(text.encode(), "ku.txt").items
    assert item.decisions == ["Kontrollutvalget slutter seg til budsjettforslaget.",
                              "Vedtatt mot 1 stemme."]


def test_a_what_who_when_entry_is_one_task_without_its_labels():
    text = ("Referat fra faggruppen 14.02.2024\n\nTil stede: Kari Holm, Nina Vik\n\n"
            "Sak 1 Kurs\nHva: Lage program. Hvem: Nina Vik. Når: 1. april.\n\n"
            "Sak 2 Samling\nOppgave: Bestille overnatting\nAnsvar: Kari Holm\nFrist: 10.03.\n")
    first, second = parse_bytes(text.encode(), "fg.txt").items
    assert [(a.text, a.responsible, a.due) for a in first.actions] == [
        ("Lage program.", "Nina Vik", "2024-04-01")]
    assert [(a.text, a.responsible, a.due) for a in second.actions] == [
        ("Bestille overnatting", "Kari Holm", "2024-03-10")]


@pytest.mark.parametrize("label", ["Til oppfølging:", "For oppfølging:", "Til oppfylging:"])
def test_til_oppfolging_opens_a_list_of_tasks(label):
    text = ("Referat fra faggruppen 14.02.2024\n\nTil stede: Kari Holm, Nina Vik\n\n"
            f"Sak 1 Reiseliv\nPer Dahl orienterte om sesongen.\n{label}\n"
            "- Kontakte Visit Fjell\n- Sjekke priser på buss\n\n"
            f"Sak 2 Næringsplan\nGruppen drøftet planen.\n{label} Utkastet sendes kommunene.\n\n"
            f"Sak 3 Messe\n{label} Kari Holm\n")
    first, second, third = parse_bytes(text.encode(), "fg.txt").items
    assert [a.text for a in first.actions] == ["Kontakte Visit Fjell", "Sjekke priser på buss"]
    assert [a.text for a in second.actions] == ["Utkastet sendes kommunene."]
    assert third.actions == []  # who follows up, but nothing before it to follow up


@pytest.mark.parametrize("after", ["Skal være klart til 5. februar.",
                                   "Dette må gjøres før 5. februar.",
                                   "Ferdig innen 5. februar.", "Frist er innen 5. februar."])
def test_a_deadline_after_the_task_in_other_words(after):
    text = ("Referat styremøte 10.01.2024\n\nTil stede: Kari Holm, Per Dahl\n\n"
            f"Sak 1 Dugnad\nPer Dahl kjøper inn maling. {after}\n")
    [item] = parse_bytes(text.encode(), "st.txt").items
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Per Dahl kjøper inn maling.", "Per Dahl", "2024-02-05")]


@pytest.mark.parametrize("task", ["Ola Berg lager program i løpet av uke 12.",
                                  "Nina Vik følger opp snarest.",
                                  "Rådet ber administrasjonen legge fram saken før sommeren."])
def test_a_week_snarest_or_a_season_is_no_due_date(task):
    text = ("Referat styremøte 10.01.2024\n\nTil stede: Ola Berg, Nina Vik\n\n"
            f"Sak 1 Program\n{task}\n")
    [item] = parse_bytes(text.encode(), "st.txt").items
    assert [a.due for a in item.actions] == [None]


@pytest.mark.parametrize("sentence", [
    "Innstillingen ble enstemmig tiltrådt.", "Innstillingen ble tiltrådt med 8 mot 1 stemme.",
    "Saken vart drøfta og teken til orientering.",
    "Søknaden avslås.", "Styret avslår søknaden.", "Styret avslo søknaden om støtte.",
    "Klagen tas ikke til følge.", "Styret tar klagen til følge.",
    "Saken sendes tilbake til administrasjonen.", "Saken utgår.", "Saka går ut.",
    "Saken ble strøket fra sakslisten.", "Styret utsetter saken til neste møte.",
    "Styret er positive til søknaden.", "Rådet gir sin støtte til prosjektet.",
    "Vedtak som innstilling.", "Vedtatt som forslaget.",
    "Saka vert teken opp att på neste møte.", "Saken blir tatt opp igjen på neste møte.",
    "Styret løyver 50 000 kr til tiltaket.", "Regionrådet løyvde kr 100 000 til prosjektet.",
    "Styret setter av kr 20 000 til jubileet.", "Rådet satte av 1,5 mill. til tiltaket.",
])
def test_how_a_case_ends_when_the_body_decides_it(sentence):
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Søknaden ble avslått.",  # as often another body's answer, reported (see the item below)
    "Styret har fått avslag på søknaden.", "Kommunen er positiv til å bidra.",
    "Arbeidet går ut på å kartlegge behovet.", "Avtalen utgår ved årsskiftet.",
    "Kari ble positivt overrasket.", "Kari har tatt opp saken med kommunen.",
    "Vi satte av 3 timer til møtet.", "Kommunen har satt av 2 mill. til formålet.",
])
def test_answers_from_others_and_lookalikes_are_not(sentence):
    assert not is_decision(sentence)


def test_a_vedtak_as_the_innstilling_without_a_colon_adopts_it():
    text = ("Protokoll fra styremøte 5. mars 2024\n\nTil stede: Kari Holm, Per Dahl\n\n"
            "Sak 4/24 Budsjett\nInnstilling:\nStyret vedtar budsjettet for 2024.\n"
            "Vedtak som innstilling.\n")
    [item] = parse_bytes(text.encode(), "st.txt").items
    assert item.decisions == ["Styret vedtar budsjettet for 2024.", "Vedtak som innstilling."]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Lage invitasjon (Kari, 1.3.)", "Kari"),  # who, then the deadline, in brackets
    ("Kjøpe premier (Per, innen 15.2.)", "Per"),
    # (s61a) a deadline that names no day: a week, the next meeting, ongoing
    ("Oppdatere planen med tall fra Søndre Land (EH, uke 15)", "EH"),
    ("Kartlegge dekningen på alle sykehjem (DP1-leder, før neste møte)", "DP1-leder"),
    ("Informere tillitsvalgte om DP3 (PL, løpende)", "PL"),
    ("Sende søknad til kommunen – Kari – 1. mars", "Kari"),  # a dash before each
    ("Sende søknad til kommunen – Kari Holm – innen 1. mars.", "Kari Holm"),
    ("Kari Holm (leder) sender søknaden.", "Kari Holm"),  # the seat in brackets goes
    ("Sekretariatet (Kari) lager utkast.", "Sekretariatet"),
])
def test_who_with_a_deadline_or_a_seat_beside_the_name(sentence, who):
    assert responsible_of(sentence) == who


def test_a_follow_up_table_keeps_its_place_among_the_tasks_of_the_text():
    text = ("Referat fra styremøte 14.02.2024\n\nTil stede: Kari Holm, Per Dahl\n\n"
            "Sak 1 Vårfest\nKari Holm sender invitasjon innen 1. mars.\n"
            "Tiltak | Ansvar | Frist\nLage plakat | Per | 10.03.\nBestille mat | Kari | uke 11\n\n"
            "Per Dahl sjekker lokalet.\n")
    [item] = parse_bytes(text.encode(), "st.txt").items
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Kari Holm sender invitasjon innen 1. mars.", "Kari Holm", "2024-03-01"),
        ("Lage plakat", "Per", "2024-03-10"), ("Bestille mat", "Kari", None),  # a week: null
        ("Per Dahl sjekker lokalet.", "Per Dahl", None)]


def test_an_arrow_under_an_inline_decision_is_what_follows_from_it_not_its_text():
    text = ("Referat styremøte 12.03.2024\n\nTil stede: Kari Holm, Per Dahl\n\n"
            "Sak 1 Vaktmester\nBeslutning: Styret går for tilbudet fra Vaktmester AS.\n"
            "→ Per kontakter Vaktmester AS og signerer avtale.\n"
            "-> Kari Holm sender kopi til forretningsfører.\n\n"
            "Sak 2 Budsjett\nVedtak:\n→ Budsjettet for 2024 godkjennes.\n"
            "→ Styreleder sender budsjettet til forretningsfører.\n")
    first, second = parse_bytes(text.encode(), "st.txt").items
    assert first.decisions == ["Styret går for tilbudet fra Vaktmester AS."]
    assert [(a.text, a.responsible) for a in first.actions] == [
        ("Per kontakter Vaktmester AS og signerer avtale.", "Per"),
        ("Kari Holm sender kopi til forretningsfører.", "Kari Holm")]
    # arrows as the vedtak's own list under a bare label stay in it
    assert second.decisions == ["Budsjettet for 2024 godkjennes.",
                                "Styreleder sender budsjettet til forretningsfører."]


def test_a_counter_proposal_falling_in_the_proceedings_leaves_the_innstilling_pending():
    text = ("Protokoll fra regionrådet 11.04.2024\n\nTil stede: Liv Sande, Tor Rud\n\n"
            "Sak 11/24: Strategi\nForslag til vedtak: Regionrådet vedtar strategien.\n"
            "Behandling: Tor Rud foreslo å utsette saken. Forslaget falt med 1 mot 2 stemmer.\n"
            "Innstillingen ble vedtatt mot 1 stemme.\n\n"
            "Sak 12/24: Plan\nForslag til vedtak: Regionrådet vedtar planen.\n"
            "Forslaget falt.\n")
    first, second = parse_bytes(text.encode(), "rr.txt").items
    assert first.decisions == ["Regionrådet vedtar strategien.",
                               "Forslaget falt med 1 mot 2 stemmer.",
                               "Innstillingen ble vedtatt mot 1 stemme."]
    assert second.decisions == ["Forslaget falt."]  # right after it: the proposal itself


@pytest.mark.parametrize("sentence", [
    "Per Dahl fremmet følgende forslag: «Kontrollutvalget ber rådmannen redegjøre for "
    "avviket i neste møte.»",
    "Per Vik sette fram slikt framlegg: «Regionrådet bed sekretariatet sende brev til "
    "fylket.»",
])
def test_a_proposal_put_forward_in_the_proceedings_is_no_task(sentence):
    assert not is_action(sentence)
    assert not is_decision(sentence)


@pytest.mark.parametrize("label", [
    "Kommunedirektøren sitt framlegg til vedtak:", "Sekretariatet si innstilling:",
    "Dagleg leiar si tilråding:"])
def test_a_nynorsk_possessive_proposal_is_a_decision_only_when_adopted(label):
    text = ("Møtebok frå formannskapet 7. mai 2024\n\nTil stades: Anna Fjord, Per Vik\n\n"
            f"PS 21/24 Rekneskap 2023\n{label}\n"
            "Formannskapet godkjenner rekneskapen for 2023.\n\n"
            "PS 22/24 Tilskot\n{label}\nFormannskapet godkjenner søknaden.\n\n"
            "Vedtak: Søknaden vert avslått.\n").replace("{label}", label)
    first, second = parse_bytes(text.encode(), "mb.txt").items
    assert first.decisions == []
    assert second.decisions == ["Søknaden vert avslått."]
    adopted = text.replace("PS 22/24", "Handsaming: Framlegget vart samrøystes vedteke.\n\nPS 22")
    assert parse_bytes(adopted.encode(), "mb.txt").items[0].decisions == [
        "Formannskapet godkjenner rekneskapen for 2023.", "Framlegget vart samrøystes vedteke."]


def test_a_summons_records_no_decision_of_its_meeting():
    text = ("INNKALLING TIL MØTE I KONTROLLUTVALET\n\nMøtedato: 03.06.2024\n\n"
            "Sak 15/24 Godkjenning av innkalling og sakliste\n\n"
            "Innstillinga frå sekretariatet:\nInnkalling og sakliste vert godkjend.\n\n"
            "Sak 16/24 Oppfølging av forvaltningsrevisjon\n\n"
            "Kontrollutvalet vedtok i møtet 4. mars at rapporten skulle følgjast opp.\n")
    record = parse_bytes(text.encode(), "innkalling.txt")
    assert record.kind == "agenda"
    assert [i.decisions for i in record.items] == [[], []]


@pytest.mark.parametrize("sentence", [
    "Neste møte er tenkt den 3. november.",  # a day only thought of
    "Kommunedirektøren anbefaler at saken utsettes.",  # another's advice on the outcome
    "Leder foreslo at referatet godkjennes.",
    "Per Dahl fremmet forslag om at saken utsettes.",  # a proposal put forward
    "Leiaren gjorde framlegg om at saka vert utsett.",
    "Kommunedirektøren tilrår at saka vert utsett.",
    "Sekretariatet innstiller på at saken utsettes.",
    "Fylkeskommunen har bedt om at saken utsettes.",
    "Status: godkjent av fylket.",  # another's approval, reported under a topic
])
def test_a_scheduled_meeting_and_others_advice_are_no_decisions(sentence):
    assert not is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Styret anbefaler at saken utsettes.",  # the body's own advice
    "Rådmannen foreslo at saken utsettes, og dette ble vedtatt.",  # then adopted
    "Drift: vedtatt.", "Investering: utsatt.",  # a topic and what became of it
])
def test_the_body_s_own_advice_and_a_topic_s_outcome_are_decisions(sentence):
    assert is_decision(sentence)


def _outcomes_of(body: str) -> tuple[list[str], list[tuple[str, str | None, str | None]]]:
    """Decisions and (text, responsible, due) actions of the first item of a styremøte."""
    text = ("Referat fra styremøte 12.03.2024\n\nTil stede: Kari Holm, Per Lunde, Ola Dahl\n\n"
            f"Sak 5/24 Lokale og budsjett\n{body}\n\nSak 6/24 Eventuelt\nIngen saker.\n")
    item = parse_bytes(text.encode(), "styremote.txt").items[0]
    return item.decisions, [(a.text, a.responsible, a.due) for a in item.actions]


@pytest.mark.parametrize("talks", ["konsultasjonene med reinbeitedistriktet",
                                   "forhandlingene"])
def test_what_the_parties_of_talks_elsewhere_agreed_is_the_presenters_news(talks):
    # (s73a) an account of consultations held elsewhere, then what their parties agreed:
    # her news, not the body's decision; the body's own conclusion after it is
    decisions, _ = _outcomes_of(
        f"Kari Holm orienterte om {talks}. Partene ble enige "
        "om nye hensynssoner.\nKonklusjon: Styret tar orienteringen til etterretning.")
    assert decisions == ["Styret tar orienteringen til etterretning."]


def test_the_parties_of_this_meeting_agreeing_after_an_account_is_its_decision():
    # an account of a proposal, then the parties at the table agreeing: this meeting's own
    decisions, _ = _outcomes_of("Administrasjonen orienterte om forslaget. Partene var "
                                "enige om å opprette en arbeidsgruppe.")
    assert decisions == ["Partene var enige om å opprette en arbeidsgruppe."]


def test_a_proposal_the_group_recommended_is_a_decision():
    # the group's conclusion in the past tense, the paper its subject
    decisions, _ = _outcomes_of("PL la fram forslag til budsjett.\n"
                                "Budsjettforslaget ble anbefalt oversendt til regionrådet.")
    assert decisions == ["Budsjettforslaget ble anbefalt oversendt til regionrådet."]
    decisions, _ = _outcomes_of("Det ble anbefalt at kommunene bruker malen.")
    assert decisions == []  # someone's advice told, no paper the group recommended


def test_the_group_s_stance_after_what_it_talked_over_is_a_decision():
    decisions, _ = _outcomes_of("Styret drøftet om fondet skal brukes til kurs, og var "
                                "positive til det.")
    assert decisions == ["Styret drøftet om fondet skal brukes til kurs, og var positive "
                         "til det."]


def test_members_asked_to_share_their_experience_is_a_task():
    _, actions = _outcomes_of(
        "Konklusjon: Styret ber kommunene dele erfaringer med ordningen på neste møte.")
    assert actions == [("Styret ber kommunene dele erfaringer med ordningen på neste møte.",
                        "kommunene", None)]


def test_the_board_asking_its_leader_to_find_a_way_out_is_a_task():
    # (s70e) "finne" is work to do, as "utarbeide" is: the report of the request a task
    # of the one asked, no decision (as "Styret ba administrasjonen om å utarbeide …")
    decisions, actions = _outcomes_of(
        "To grunneiere ønsker ikke merking over innmark.\n"
        "Styret ba daglig leder finne en alternativ trasé og legge den fram på neste møte.")
    assert decisions == []
    assert actions == [("Styret ba daglig leder finne en alternativ trasé og legge den fram "
                        "på neste møte.", "daglig leder", None)]
    # (the present asks another body, no task of this meeting: "ber fylkeskommunen finne …")
    _, actions = _outcomes_of("Vedtak: Styret går imot kuttet og ber fylkeskommunen finne "
                              "andre innsparinger.")
    assert actions == []


def test_numbered_sub_points_with_their_outcomes_are_decisions():
    decisions, _ = _outcomes_of("1. Drift: vedtatt.\n2. Investering: utsatt.")
    assert decisions == ["Drift: vedtatt.", "Investering: utsatt."]


def test_an_owner_line_does_not_take_a_task_from_the_owner_it_names_first():
    _, actions = _outcomes_of("Ola: bestille lokale\nAnsvarlig: Per Dahl")
    assert actions == [("Ola: bestille lokale", "Ola", None)]
    _, actions = _outcomes_of("Bestille lokale (Ola)\nAnsvarlig: Per Dahl")
    assert actions == [("Bestille lokale (Ola)", "Ola", None)]
    _, actions = _outcomes_of("Styret sender brev til kommunen.\nAnsvarlig: Per Dahl")
    assert actions == [("Styret sender brev til kommunen.", "Per Dahl", None)]


def test_a_table_row_of_labelled_cells_is_a_task():
    _, actions = _outcomes_of("Hva: Sende brev til fylket | Hvem: Kari Holm | Når: 1. april")
    assert actions == [("Sende brev til fylket", "Kari Holm", "2024-04-01")]


def test_a_task_row_without_a_heading_row_is_task_who_and_when():
    # plain-text follow-ups written "task | who | when", one bar between each part
    _, actions = _outcomes_of("Bestille buss til samlingen | Siri | 1.4.\n"
                              "Lage årshjul for 2025 | KH/PD | Frist: mars\n"
                              "Invitere ordførarane | sekretariatet")
    assert actions == [("Bestille buss til samlingen", "Siri", "2024-04-01"),
                       ("Lage årshjul for 2025", "KH/PD", None),  # a month alone: no day
                       ("Invitere ordførarane", "sekretariatet", None)]


def test_a_row_that_names_no_owner_is_no_task_row():
    # a place or a topic in the second cell is no one who does the task
    _, actions = _outcomes_of("Bestille buss | Hamar | 1.4.\nKari Holm | leder")
    assert actions == []


def test_the_bracket_that_closes_a_task_stays_with_it():
    # the lines run together into one paragraph: the ")" after the stop is the task's
    _, actions = _outcomes_of("Sende ut referat (Ansvarlig: Kari og Per, frist 15.3.)\n"
                              "Lage plan (ansv. Ola, frist 1.4.)")
    assert actions == [("Sende ut referat (Ansvarlig: Kari og Per, frist 15.3.)", "Kari og Per",
                        "2024-03-15"),
                       ("Lage plan (ansv. Ola, frist 1.4.)", "Ola", "2024-04-01")]


@pytest.mark.parametrize("sentence", [
    "Daglig leder gis i oppdrag å utarbeide et konkurransegrunnlag innen 1. april.",
    "Daglig leder blir gitt i oppdrag å utarbeide et konkurransegrunnlag innen 1. april.",
    "Daglig leder gis ansvar for å utarbeide et konkurransegrunnlag innen 1. april."])
def test_a_task_given_in_the_passive_names_who_does_it(sentence):
    _, actions = _outcomes_of(sentence)
    assert actions == [(sentence, "Daglig leder", "2024-04-01")]


def test_the_next_sentence_s_deadline_is_not_the_task_s_when_it_is_another_s_task():
    # "Hver kommune utpeker …" is a task of its own, and its date is its own
    _, actions = _outcomes_of("Sekretariatet sender ut ny innkalling så snart som mulig. "
                              "Hver kommune utpeker en kontaktperson innen 10. april.")
    assert actions == [
        ("Sekretariatet sender ut ny innkalling så snart som mulig.", "Sekretariatet", None),
        ("Hver kommune utpeker en kontaktperson innen 10. april.", "Hver kommune",
         "2024-04-10")]
    _, actions = _outcomes_of("Kari sender søknaden. Fristen er 1. april.")
    assert actions == [("Kari sender søknaden.", "Kari", "2024-04-01")]


@pytest.mark.parametrize("task", ["Revidere retningslinjene – ansvar: Ola – frist 1.4.",
                                  "Revidere retningslinjene, ansvar: Ola frist 1.4."])
def test_who_after_ansvar_stops_where_the_deadline_begins(task):
    _, actions = _outcomes_of(task)
    assert actions == [(task, "Ola", "2024-04-01")]


def test_an_owner_line_first_in_the_item_is_no_task_of_its_own():
    # "Ansvar: Kari" under the heading says who has the case; no task comes before it
    _, actions = _outcomes_of("Ansvar: Kari\n\nKari orienterte om status i saken.")
    assert actions == []


def test_a_named_owner_a_dash_and_an_infinitive_is_a_task_entry():
    _, actions = _outcomes_of("- Kari: sjekke pris på vester\n"
                              "- Per – bestille buss til turen, innen 20.4.")
    assert actions == [("Kari: sjekke pris på vester", "Kari", None),
                       ("Per – bestille buss til turen, innen 20.4.", "Per", "2024-04-20")]


@pytest.mark.parametrize(("task", "who"), [
    ("Saka vert følgd opp av rektor.", "rektor"),
    ("Rutinane blir fulgt opp av rådmannsgruppa.", "rådmannsgruppa"),
    ("Melde inn behov (alle kommunene)", "alle kommunene"),
    ("Sende kontaktinfo (hver kommune)", "hver kommune"),
    ("Utarbeide felles rutiner (kommunedirektørene)", "kommunedirektørene"),
    ("Avklare finansiering (kommunedirektørene), frist 1.4.", "kommunedirektørene"),
    ("Avklare finansiering (Kari Holm), frist 1.4.", "Kari Holm")])
def test_a_role_or_unit_after_av_or_in_brackets_is_who_does_the_task(task, who):
    assert responsible_of(task) == who


def test_task_lines_under_a_short_lead_ending_in_at_are_tasks_of_their_own():
    _, actions = _outcomes_of("Det ble avtalt at\nKari sender invitasjon\nPer bestiller mat")
    assert actions == [("Kari sender invitasjon", "Kari", None),
                       ("Per bestiller mat", "Per", None)]


def test_a_sentence_before_an_owner_line_is_that_owner_s_task():
    _, actions = _outcomes_of("Ny plan for utleie av lokalet. Ansvar: Per Lunde.")
    assert actions == [("Ny plan for utleie av lokalet.", "Per Lunde", None)]
    _, actions = _outcomes_of("Kari lager plakat innen 15. april.")
    assert actions == [("Kari lager plakat innen 15. april.", "Kari", "2024-04-15")]


@pytest.mark.parametrize("sentence", ["Fjellmat AS: innvilget kr 50 000.", "Turlag Nord: avslått.",
                                      "Bygdekino: utsatt til neste møte."])
def test_an_application_named_before_its_outcome_is_a_decision(sentence):
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Budsjettet ble vedtatt av kommunestyret 12. desember.",
    "Planen ble godkjent av departementet.", "Søknaden ble innvilget av statsforvalteren."])
def test_another_authority_s_decision_reported_with_its_agent_is_none_of_the_body_s(sentence):
    assert not is_decision(sentence)
    assert is_decision("Planen ble godkjent av styret.")


def test_a_form_table_of_labels_and_values_is_one_task():
    text = ("# Referat fra styremøte\n\nDato: 12.03.2024\n\nTil stede: Kari Holm, Per Lunde\n\n"
            "## Sak 1/24 Lokale\n\n| Oppgave | Sende brev til kommunen |\n|---|---|\n"
            "| Ansvar | Kari Holm |\n| Frist | 1. april |\n\n"
            "## Sak 2/24 Dugnad\n\n| Tiltak | Rydde stier |\n|---|---|\n| Ansvar | Per Lunde |\n")
    first, second = parse_bytes(text.encode(), "styremote.md").items
    assert [(a.text, a.responsible, a.due) for a in first.actions] == [
        ("Sende brev til kommunen", "Kari Holm", "2024-04-01")]
    assert [(a.text, a.responsible) for a in second.actions] == [("Rydde stier", "Per Lunde")]


@pytest.mark.parametrize("sentence", [
    "Saken ble utsatt i forrige møte.", "Saka vart utsett frå førre møte.",
    "Planen ble godkjent i fjor.", "Styret vedtok i forrige møte å søke midler.",
    "Strategien, slik den ble vedtatt på forrige fylkesting, ligger til grunn."])
def test_an_earlier_meeting_s_outcome_told_as_background_is_no_decision(sentence):
    assert not is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Referatet fra forrige møte ble godkjent.", "Referat frå førre møte vart godkjent.",
    "Styret godkjente referatet fra forrige styremøte."])
def test_approving_the_minutes_of_the_last_meeting_is_a_decision(sentence):
    assert is_decision(sentence)


def test_an_owner_line_wins_over_the_task_s_subject_and_gives_its_deadline():
    _, actions = _outcomes_of("Jens Hope følger opp skiltingen med kommunen.\n"
                              "Ansvarlig: Berit Nes, frist 1. desember.")
    assert actions == [("Jens Hope følger opp skiltingen med kommunen.", "Berit Nes",
                        "2024-12-01")]


@pytest.mark.parametrize("label", ["Framlegg frå dagleg leiar:", "Forslag fra leder:"])
def test_a_proposal_labelled_with_whose_it_is_decides_only_when_adopted(label):
    decisions, _ = _outcomes_of(f"{label} Budsjettet vedtas slik det foreligger.\n"
                                "Enstemmig vedtatt.")
    assert decisions == ["Budsjettet vedtas slik det foreligger.", "Enstemmig vedtatt."]
    decisions, _ = _outcomes_of(f"{label} Budsjettet vedtas slik det foreligger.")
    assert decisions == []


def test_task_lines_under_an_agreement_ending_in_a_colon_are_tasks_not_its_words():
    decisions, actions = _outcomes_of("Det vart semje om at:\nJens lagar sak om turvegar\n"
                                      "Berit kallar inn til dugnad")
    assert decisions == ["Det vart semje om at:"]
    assert actions == [("Jens lagar sak om turvegar", "Jens", None),
                       ("Berit kallar inn til dugnad", "Berit", None)]


@pytest.mark.parametrize(("task", "who"), [
    ("Kontakte grunneiere – PL", "PL"),  # initials after a dash
    ("Sende søknad til fylket innen 1. mars (OD/PL)", "OD/PL"),  # two, with a slash
])
def test_initials_after_a_task_name_who_does_it(task, who):
    assert responsible_of(task) == who


def test_a_topic_before_a_dash_is_not_who_does_the_task():
    assert responsible_of("Dugnad – Kari lager plakat innen 15. april.") == "Kari"


def test_bullets_under_an_agreement_s_lead_are_tasks():
    _, actions = _outcomes_of("Følgende ble avtalt:\n• Kari lager plakat innen 15. april\n"
                              "• Kjøpe pølser")
    assert actions == [("Kari lager plakat innen 15. april", "Kari", "2024-04-15"),
                       ("Kjøpe pølser", None, None)]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Jon fortalte at han lager en ny nettside.", "Jon"),  # the speaker's own task
    ("Leder viste til at sekretariatet sender referatet.", "sekretariatet"),
    ("PL meldte at punktet var ufullstendig og retter opp dette.", "PL"),  # the speaker's verb
])
def test_who_does_what_a_speaker_tells(sentence, who):
    assert is_action(sentence) and responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", [
    "Kari orienterte om at kommunen sender ut høringen i mai.",  # news of another party
    "Per informerte om at fylket lager ny plan.",
])
def test_what_another_party_does_told_as_news_is_no_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "Departementet godkjente søknaden.", "Stortinget vedtok reformen i 2020.",
    "Statsforvalteren innvilget søknaden."])
def test_the_state_s_decisions_told_in_the_minutes_are_not_the_body_s(sentence):
    assert not is_decision(sentence)
    assert is_decision("Styret godkjente søknaden til departementet.")


def test_when_the_case_comes_up_next_ends_the_follow_up_list():
    _, actions = _outcomes_of("Oppfølging: Sekretariatet innarbeider innspillene, "
                              "frist 20. april.\nNeste behandling: 2. mai.")
    assert actions == [("Sekretariatet innarbeider innspillene, frist 20. april.",
                        "Sekretariatet", "2024-04-20")]


def _council_outcomes(body: str) -> tuple[list[str], list[tuple[str, str | None, str | None]]]:
    """Decisions and (text, responsible, due) actions of the first item of a regional
    council's minutes (the body: "Regionrådet for Vestdalen")."""
    text = ("Protokoll fra møte i Regionrådet for Vestdalen\n\nDato: 14. mars 2024\n"
            "Til stede: Kari Holm, Per Dahl, Siri Aas\n\n"
            f"Sak 11/24 Samferdselsplan\n{body}\n\nSak 12/24 Eventuelt\nIngen saker.\n")
    item = parse_bytes(text.encode(), "regionrad.txt").items[0]
    return item.decisions, [(a.text, a.responsible, a.due) for a in item.actions]


@pytest.mark.parametrize("told", [
    "Kommunestyret i Nordby vedtok 12. februar å slutte seg til planen.",
    "Fylkesutvalget godkjente planen i januar.",
    "Styret i Vestdalen Utvikling vedtok å støtte planen.",  # a board that is not the council
    "Arbeidsutvalget har vedtatt at planen legges fram.",
    "Formannskapet sluttet seg til planen i januar.",
    "Bystyret ga sin tilslutning til planen i mai.",
])
def test_what_another_body_decided_is_background_of_the_case(told):
    decisions, actions = _council_outcomes(f"{told}\nRegionrådet slutter seg til planen.")
    assert decisions == ["Regionrådet slutter seg til planen."]
    assert actions == []


def test_the_chief_executives_committee_s_advice_in_the_council_s_minutes_is_no_decision():
    # (s70e) "Rådmannsutvalget" is a committee of the chief executives: its "råd" is no
    # council's, so its advice told in the council's minutes is another body's
    decisions, _ = _council_outcomes(
        "Rådmannsutvalget anbefaler en felles stilling med Nordby som vertskommune.\n"
        "Vedtak: Regionrådet slutter seg til anbefalingen.")
    assert decisions == ["Regionrådet slutter seg til anbefalingen."]
    from motebok.extract.outcomes import another_body
    assert another_body("Rådmannsutvalget", "Regionrådet for Vestdalen")
    assert not another_body("Rådmannsutvalget", "Rådmannsutvalget i Vestdalen")


@pytest.mark.parametrize("own", ["Regionrådet vedtok å slutte seg til planen.",
                                 "Rådet godkjente planen."])
def test_the_body_s_own_decision_told_in_the_past_is_its_decision(own):
    decisions, _ = _council_outcomes(own)
    assert decisions == [own]


@pytest.mark.parametrize("told", [
    "Regionrådet vedtok 12. februar å slutte seg til planen.",
    "Regionrådet vedtok i møtet 12.02.2024 at planen sendes på høring.",
    "Rådet godkjente 5. desember 2023 planen.",
    "Regionrådet vedtok i 2022 en strategi for næring.",  # only the year, before this one
    "Regionrådet sluttet seg i desember 2023 til planen.",
    "Regionrådet godkjente i januar planen.",  # a month before March, no day
    "Regionrådet vedtok tidligere å slutte seg til planen.",
])
def test_the_body_s_own_decision_on_an_earlier_day_is_background(told):
    decisions, actions = _council_outcomes(f"{told}\nRegionrådet slutter seg til planen.")
    assert decisions == ["Regionrådet slutter seg til planen."]
    assert actions == []


@pytest.mark.parametrize("own", [
    "Regionrådet vedtok 14. mars å slutte seg til planen.",  # the meeting's own day
    "Regionrådet vedtok å sende uttalelse innen 1. april.",  # a deadline after it
    "Regionrådet vedtok i 2024 å søke midler.",  # the meeting's own year
    "Regionrådet godkjente i mars planen.",  # the meeting's own month
])
def test_the_body_s_decision_on_the_meeting_s_day_or_with_a_later_day_stays(own):
    decisions, _ = _council_outcomes(own)
    assert decisions == [own]


def test_a_body_named_only_by_letters_leaves_only_authorities_as_others():
    from motebok.extract.outcomes import another_body
    assert another_body("Kommunestyret", "FAU") and another_body("Fylkestinget", None)
    assert not another_body("Styret", "FAU") and not another_body("Styret", None)
    assert not another_body("Styremøtet", "Regionrådet")  # a meeting, whose is not said
    assert another_body("Styret", "Regionrådet for Vestdalen")
    assert not another_body("Utvalget", "Utvalg for oppvekst og kultur")
    assert not another_body("Rådet", "Interkommunalt politisk råd Sunnhordland")
    assert not another_body("Kystinget", "Kysttinget")  # its own name misspelt
    assert another_body("Fylkestinget", "Kysttinget")  # an authority is surely another


@pytest.mark.parametrize("lead", [
    "Styret i Vestdalen Utvikling fattet i sak 12/23 følgende vedtak:",
    "Formannskapets vedtak:",
    "Vedtak i kommunestyret:",
    "Kommunestyret i Nordby vedtok 12. februar følgende:",
    "Regionrådet vedtok 12. februar følgende vedtak:",  # the own body at an earlier meeting
    "Regionrådet fattet i møtet 12. februar følgende vedtak:",
])
def test_another_body_s_vedtak_quoted_in_the_case_is_neither_decision_nor_task(lead):
    decisions, actions = _council_outcomes(
        f"{lead}\n«Planen støttes og sendes til regionrådet.»\n\n"
        "Vedtak:\nRegionrådet slutter seg til planen.")
    assert decisions == ["Regionrådet slutter seg til planen."]
    assert actions == []


def test_the_body_s_own_vedtak_announced_with_its_case_number_is_its_decision():
    decisions, _ = _council_outcomes(
        "Regionrådet fattet i sak 11/24 følgende vedtak:\nPlanen støttes.")
    assert decisions == ["Planen støttes."]


def test_an_adopted_innstilling_that_assigns_a_task_is_both_decision_and_task():
    decisions, actions = _council_outcomes(
        "Forslag til vedtak:\n1. Regionrådet slutter seg til planen.\n"
        "2. Sekretariatet sender uttalelse til fylket innen 1. april.\n\n"
        "Innstillingen ble enstemmig vedtatt.")
    assert decisions == ["Regionrådet slutter seg til planen.",
                         "Sekretariatet sender uttalelse til fylket innen 1. april.",
                         "Innstillingen ble enstemmig vedtatt."]
    assert actions == [("Sekretariatet sender uttalelse til fylket innen 1. april.",
                        "Sekretariatet", "2024-04-01")]


def test_an_adopted_innstilling_s_task_takes_its_deadline_from_the_next_sentence():
    """The guide takes due from the task's next sentence when that one refers back ("Dette
    skal skje innen …", "Fristen er …"): so in an adopted innstilling as in a vedtak."""
    decisions, actions = _council_outcomes(
        "Innstilling:\n1. Regionrådet slutter seg til planen.\n"
        "2. Kommunedirektørene legger fram saken for kommunestyrene. Dette skal skje innen "
        "1. mai.\n\nInnstillingen ble enstemmig vedtatt.")
    assert "Dette skal skje innen 1. mai." in decisions
    assert actions == [("Kommunedirektørene legger fram saken for kommunestyrene.",
                        "Kommunedirektørene", "2024-05-01")]


@pytest.mark.parametrize("deadline", ["Fristen er 15. juni.", "Fristen settes til 15. juni."])
def test_a_vedtak_s_deadline_sentence_dates_the_task_before_it(deadline):
    _, actions = _outcomes_of(
        f"Vedtak: Regionrådet ber sekretariatet utarbeide et høringssvar. {deadline}")
    assert actions == [("Regionrådet ber sekretariatet utarbeide et høringssvar.",
                        "sekretariatet", "2024-06-15")]


def test_an_owner_and_deadline_in_brackets_after_a_vedtak_own_its_task():
    decisions, actions = _outcomes_of(
        "Vedtak: Styret arrangerer medlemsmøte i juni. (Ansvar: Kari Holm, frist: 1. mai)")
    assert decisions == ["Styret arrangerer medlemsmøte i juni."]
    assert actions == [("Styret arrangerer medlemsmøte i juni.", "Kari Holm", "2024-05-01")]


def test_an_owner_line_may_say_what_the_owner_is_responsible_for():
    _, actions = _outcomes_of("Det vart semje om at leiar tek kontakt med rektor.\n"
                              "Ansvarleg for oppfølging: Brit Lid.")
    assert actions == [("Det vart semje om at leiar tek kontakt med rektor.", "Brit Lid", None)]


def test_the_leader_after_at_owns_what_was_agreed():
    assert responsible_of("Det vart semje om at leiar tek kontakt med rektor.") == "leiar"


def test_a_follow_up_point_reported_done_is_no_task():
    _, actions = _outcomes_of("Oppfølgingspunkter:\n- Brev til ordføreren er sendt.\n"
                              "- Søknad om tilskudd – utført\n"
                              "- Kari sjekker at fakturaen er betalt.")
    assert actions == [("Kari sjekker at fakturaen er betalt.", "Kari", None)]


def test_who_does_a_task_after_its_topic_and_a_colon():
    assert responsible_of("Skatepark: Kommunedirektøren skal svare innan 1. desember.") == \
        "Kommunedirektøren"


def test_a_follow_up_table_with_its_headings_asked_as_questions():
    _, actions = _outcomes_of("| Hva? | Hvem? | Når? |\n|---|---|---|\n"
                              "| Sende referat | Sekretariatet | 1. april |\n"
                              "| Invitere til samling | Daglig leder | September |")
    assert actions == [("Sende referat", "Sekretariatet", "2024-04-01"),
                       ("Invitere til samling", "Daglig leder", None)]


@pytest.mark.parametrize("vote", ["Arbeidsutvalget vedtok forslaget med 4 mot 1 stemme.",
                                  "Styret slutta seg til framlegget."])
def test_the_body_adopting_the_proposal_in_the_active_adopts_it(vote):
    decisions, _ = _outcomes_of("Administrasjonens forslag til vedtak: Styret godkjenner "
                                f"avtalen.\n\n{vote}")
    assert decisions == ["Styret godkjenner avtalen.", vote]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Sende referat – Daglig leder", "Daglig leder"),  # a role of two words after the dash
    ("Oppdatere kartet i løpet av april – Sekretariatet v/ Anne Sæle",
     "Sekretariatet v/ Anne Sæle"),  # the body, and the person in it who does it
    ("Sende søknad innen 1. april (Sekretariatet v/ Kari)", "Sekretariatet v/ Kari"),
    ("Det ble avtalt at sekretær sender ut innkallingen.", "sekretær"),
])
def test_a_role_or_a_body_with_its_person_does_the_task(sentence, who):
    assert responsible_of(sentence) == who


@pytest.mark.parametrize(("sentence", "who"), [
    ("Sende søknaden – Sekretariatet", "Sekretariatet"),
    ("Følge opp kontrakten – Kommunedirektøren", "Kommunedirektøren"),
    ("Følge opp avtalen – Rådmannen.", "Rådmannen"),  # a full stop after the role
    ("Innkalle til møte – Leder", "Leder"),
    ("Følge opp kontrakten (kommunedirektøren)", "kommunedirektøren"),  # lower-case
    ("Sende referatet (daglig leder)", "daglig leder"),
    ("Kontakte fylket – Hamar", None),  # a place after the dash: not who does it
    ("Kontakte fylket (fylket)", None),  # a lower-case word that is no role
])
def test_a_lone_role_after_a_dash_or_in_brackets_owns_the_task(sentence, who):
    assert responsible_of(sentence) == who


def test_a_bullet_that_calls_a_meeting_is_a_task_of_the_role_after_the_dash():
    _, actions = _outcomes_of("Styret drøftet saken.\n- Innkalle til møte – Leder\n"
                              "- Kalle inn til årsmøte – Styreleder")
    assert actions == [("Innkalle til møte – Leder", "Leder", None),
                       ("Kalle inn til årsmøte – Styreleder", "Styreleder", None)]


@pytest.mark.parametrize("told", ["Fylkeskommunen har innvilget tilskudd på 200 000 kr.",
                                  "Kommunen bevilget 50 000 kr til prosjektet."])
def test_a_grant_from_the_county_or_municipality_is_none_of_the_body_s_decisions(told):
    decisions, _ = _council_outcomes(told)
    assert decisions == []


def test_everyone_doing_something_by_a_deadline_is_their_task_not_the_deadline_of_the_last():
    _, actions = _outcomes_of("Jon undersøker aktuelle kursholdere.\n"
                              "Alle sender innspill til Jon innen utgangen av april.")
    assert actions == [("Jon undersøker aktuelle kursholdere.", "Jon", None),
                       ("Alle sender innspill til Jon innen utgangen av april.", "Alle",
                        "2024-04-30")]


def test_a_follow_up_table_whose_task_is_its_case_column():
    _, actions = _outcomes_of("Sak | Ansvarlig | Frist\n"
                              "Kartlegging av frivillige lag | Kari Holm | 1. april")
    assert actions == [("Kartlegging av frivillige lag", "Kari Holm", "2024-04-01")]
    _, actions = _outcomes_of("Sak | Tema | Ansvarlig\n1 | Budsjett | Kari Holm")
    assert actions == []  # an agenda's table: who presents, no deadline


@pytest.mark.parametrize(("sentence", "who"), [
    ("Rådet slutta seg til at leiar skriv innlegg i lokalavisa.", "leiar"),
    ("Styret vedtok at sekretariatet sender ut brevet.", "sekretariatet"),
    ("Regionrådet gjekk inn for at dagleg leiar sender brev til departementet.",
     "dagleg leiar"),
    ("Styret vedtok at vi sender brevet.", None),  # a pronoun names no one
])
def test_the_body_deciding_that_someone_does_it_makes_them_responsible(sentence, who):
    assert responsible_of(sentence) == who


def test_a_vedtak_in_its_own_words_after_the_proceedings_replaces_the_proposal():
    text = ("Protokoll frå møte i regionrådet 14. mars 2024\n\nMøtte: Kari Holm, Ola Dahl\n\n"
            "Sak 3/24 Transportplan\nFramlegg til vedtak:\nRådet sluttar seg til fråsegna.\n"
            "Handsaming:\nOla Dahl la fram eit tilleggsframlegg om ferjene.\n"
            "Vedtak:\nRådet sluttar seg til fråsegna med tillegget om ferjene.\n"
            "Vedteke mot 2 røyster.\n")
    item = parse_bytes(text.encode(), "protokoll.txt").items[0]
    assert item.decisions == ["Rådet sluttar seg til fråsegna med tillegget om ferjene.",
                              "Vedteke mot 2 røyster."]


@pytest.mark.parametrize("sentence", ["Saka vert sett opp på neste møte.",
                                      "Saken blir satt opp på neste møte."])
def test_a_case_put_on_the_next_agenda_in_the_passive_is_a_task_too(sentence):
    assert is_action(sentence) and responsible_of(sentence) is None


def test_a_short_ansv_label_without_its_full_stop_owns_the_task_above():
    _, actions = _outcomes_of("Sende søknad til fylket.\nAnsv: Kari Holm")
    assert actions == [("Sende søknad til fylket.", "Kari Holm", None)]


def test_a_deadline_line_under_a_bare_task_makes_it_a_task_and_dates_only_it():
    _, actions = _outcomes_of("Ola sender ut referatet.\nOppdatere nettsiden.\n"
                              "Frist: 1. april\nSkrive høringssvar.\nFrist: snarest")
    assert actions == [("Ola sender ut referatet.", "Ola", None),
                       ("Oppdatere nettsiden.", None, "2024-04-01"),
                       ("Skrive høringssvar.", None, None)]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Rådet ber om at alle kommunene sender innspill innen 20. mars.", "alle kommunene"),
    ("Styret ber om at hver kommune melder inn en kontaktperson.", "hver kommune"),
    ("Regionrådet ber om at kommunene sender innspill.", "kommunene"),
])
def test_the_members_a_body_asks_to_do_something_own_the_task(sentence, who):
    assert responsible_of(sentence) == who


@pytest.mark.parametrize(("sentence", "task"), [
    ("Kari Nes: sende ut invitasjon til seminaret.", True),
    ("KH: Oppdatere nettsiden.", True),  # initials
    ("Sekretariatet: lage utkast til plan.", True),
    ("Julemøte: Bestille lokale.", False),  # a topic before the colon, not who
    ("Kari: enig i forslaget.", False),  # a speaker's view
])
def test_a_named_owner_a_colon_and_an_infinitive_is_a_task(sentence, task):
    assert is_action(sentence) is task


@pytest.mark.parametrize(("sentence", "task", "who"), [
    ("Alle kommunene må sende inn tall innen 1. mars.", True, "Alle kommunene"),
    ("Sekretariatet må sende ut ny innkalling innen 20. februar.", True, "Sekretariatet"),
    ("Vi må sende inn tall innen 1. mars.", False, None),  # no one named
    ("Kommunene må ta ansvar for dette før 1. mars.", False, None),  # a view, no errand
    ("Kommunene må sende inn tall hvert år.", False, "Kommunene"),  # no deadline: a duty
    ("Kommunene må rapportere på bruken innen 1. mars.", True, "Kommunene"),  # a report due
    ("Kommunane må rapportere på bruken av midlane innan 1. mars.", True, "Kommunane"),
])
def test_who_must_do_an_errand_by_a_deadline_has_a_task(sentence, task, who):
    assert is_action(sentence) is task
    assert responsible_of(sentence) == who


@pytest.mark.parametrize(("sentence", "due"), [
    ("Per sender invitasjon til seminaret 20. april innen 1. april.", "2024-04-01"),
    ("Kari lager sak til møtet 14. mai, senest 2. mai.", "2024-05-02"),
    ("Ola sender ut høringen 1. april med svarfrist 1. mai.", "2024-04-01"),  # its readers'
    ("Kari lager sak til møtet 14. mai.", "2024-05-14"),  # one date: the only day it has
])
def test_the_date_after_a_deadline_word_is_due_before_the_day_the_task_is_about(sentence, due):
    _, actions = _outcomes_of(sentence)
    assert actions[0][2] == due


@pytest.mark.parametrize("heading", ["Aksjonsliste", "Oppfølgingsliste:", "Tiltaksliste",
                                     "Oppgaver til neste møte:"])
def test_the_entries_under_a_follow_up_list_heading_are_tasks(heading):
    _, actions = _outcomes_of(f"Saken ble drøftet.\n\n{heading}\n- Avtale med leverandør\n"
                              "- Program for seminaret")
    assert [a[0] for a in actions] == ["Avtale med leverandør", "Program for seminaret"]


@pytest.mark.parametrize("vote", ["Vedtaket ble fattet med 7 mot 2 stemmer.",
                                  "Vedtaket vart gjort med 5 mot 2 røyster.",  # nynorsk
                                  "Vedtaket ble fattet mot 1 stemme."])
def test_the_vote_a_vedtak_was_made_by_on_a_line_of_its_own_is_a_decision(vote):
    decisions, actions = _outcomes_of("Vedtak:\n1. Styret godkjenner planen.\n"
                                      f"2. Sekretariatet sender planen til kommunen.\n\n{vote}\n"
                                      "Ansvar: Ola Dahl")
    assert decisions == ["Styret godkjenner planen.", "Sekretariatet sender planen til kommunen.",
                         vote]
    assert [a[:2] for a in actions] == [("Sekretariatet sender planen til kommunen.", "Ola Dahl")]


@pytest.mark.parametrize("proposed", ["Per Lien fremmet følgende forslag: Saken utsettes.",
                                      "Nils Øy sette fram slikt framlegg: Saka vert utsett."])
def test_a_proposal_a_member_puts_forward_is_no_decision(proposed):
    assert not is_decision(proposed)
    decisions, _ = _outcomes_of(f"{proposed}\nForslaget falt med 2 mot 5 stemmer.")
    assert decisions == ["Forslaget falt med 2 mot 5 stemmer."]


@pytest.mark.parametrize("lead", ["Styret gjorde samrøystes slikt vedtak:",
                                  "Styret fattet enstemmig følgende vedtak:",
                                  "Styret fattet med 5 mot 2 stemmer følgende vedtak:"])
def test_a_vedtak_announced_with_how_it_was_voted_is_the_decision(lead):
    decisions, _ = _outcomes_of(f"{lead} Styret godkjenner planen.")
    assert decisions == ["Styret godkjenner planen."]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Utvalet vedtok samrøystes å be kommunedirektøren greie ut saka til neste møte.",
     "kommunedirektøren"),
    ("Styret vedtok å be daglig leder om å sende brev til kommunen.", "daglig leder"),
])
def test_a_vedtak_to_ask_someone_to_do_something_is_their_task(sentence, who):
    assert is_decision(sentence) and is_action(sentence)
    assert responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", [
    "Søknaden innvilges.", "Søknaden innvilges med kr 20 000.", "Saka vert avslått.",
    "Klaga takast ikkje til følgje.", "Saken ble sendt tilbake til administrasjonen.",
    "Saka vart sendt attende til administrasjonen.", "Saka sendast attende.",
    "Klagen avvises.", "Klaga vert avvist.", "Søknaden blir ikke innvilget.",
    "Søknaden vert ikkje innvilga.", "Søknaden avslåes.", "Forslaget ble ikke vedtatt.",
    "Framlegget vart nedrøysta.",
])
def test_how_a_case_ends_in_the_present_and_in_nynorsk(sentence):
    assert is_decision(sentence)


def _decisions_of_case(title: str, sentence: str) -> list[str]:
    text = ("Protokoll fra møte i utvalget 12.03.2024\n\nTil stede: Kari Holm, Per Dahl\n\n"
            f"Sak 10/24 {title}\nSaken gjelder tilskudd til ny bane.\n{sentence}\n")
    [item] = parse_bytes(text.encode(), "u.txt").items
    return item.decisions


@pytest.mark.parametrize("sentence", [
    "Søknaden ble avslått.", "Klagen ble ikke tatt til følge.", "Søknaden vart avslått.",
    "Klaga vart ikkje teken til følgje.", "Søknaden fra laget ble enstemmig avslått.",
    "Søknaden ble delvis innvilget.", "Klagen ble avvist."])
def test_the_answer_to_the_application_an_item_is_about_is_its_decision(sentence):
    assert _decisions_of_case("Søknad om tilskudd fra Idrettslaget", sentence) == [sentence]
    assert _decisions_of_case("Klage på vedtak om tilskudd", sentence) == [sentence]


@pytest.mark.parametrize(("title", "sentence"), [
    ("Orientering fra daglig leder", "Søknaden ble avslått."),  # another body's answer
    ("Søknad til Innovasjon Norge", "Søknaden ble avslått."),  # the body applied
    ("Søknad om midler - status", "Søknaden ble avslått."),
    ("Søknad om tilskudd", "Søknaden ble avslått av fylkeskommunen."),
])
def test_an_answer_outside_its_own_case_is_no_decision(title, sentence):
    assert _decisions_of_case(title, sentence) == []


def test_a_case_system_s_dated_labels_for_proceedings_and_vedtak():
    text = ("Møteprotokoll\n\nUtvalg: Formannskapet\nMøtedato: 12.03.2024\n\n"
            "Til stede: Kari Holm (leder), Ola Berg\n\nPS 12/24 Plan for sentrum\n\n"
            "Formannskapets behandling 12.03.2024:\nOla Berg fremmet tilleggsforslag. "
            "Forslaget ble vedtatt mot to stemmer.\n\n"
            "Formannskapets vedtak 12.03.2024:\nPlanen legges ut på høring med tillegget.\n")
    [item] = parse_bytes(text.encode(), "p.txt").items
    assert item.decisions == ["Forslaget ble vedtatt mot to stemmer.",
                              "Planen legges ut på høring med tillegget."]


def test_a_case_system_table_of_label_and_text_reads_as_labelled_lines():
    text = ("<h1>Møteprotokoll</h1><p>Møtedato: 12.03.2024</p>"
            "<p>Til stede: Kari Holm (leder), Ola Berg</p><h3>PS 11/24 Skjenkebevilling</h3>"
            "<table><tr><td>Behandling</td><td>Innstillingen ble enstemmig vedtatt.</td></tr>"
            "<tr><td>Vedtak</td><td>Søknaden innvilges for fire år.</td></tr></table>")
    [item] = parse_bytes(text.encode(), "p.html").items
    # in the order written: the proceedings' outcome, then the vedtak
    assert item.decisions == ["Innstillingen ble enstemmig vedtatt.",
                              "Søknaden innvilges for fire år."]


def test_a_vedtak_table_with_a_follow_up_column_of_names_assigns_each_vedtak():
    text = ("# Referat fra styremøte\n\nDato: 12.03.2024\n\nTil stede: Kari Holm, Per Dahl\n\n"
            "## Sak 2/24 Høring\n\n| Konklusjon | Ansvar |\n|---|---|\n"
            "| Styret sender uttalelse til kommunen innen 1. april. | Daglig leder |\n"
            "| Saken tas til orientering. | |\n")
    [item] = parse_bytes(text.encode(), "s.md").items
    assert item.decisions == ["Styret sender uttalelse til kommunen innen 1. april.",
                              "Saken tas til orientering."]
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Styret sender uttalelse til kommunen innen 1. april.", "Daglig leder", "2024-04-01")]


@pytest.mark.parametrize("sentence", ["Påstanden avvises.", "Saken ble ikke vedtatt i fjor.",
                                      "Kari avviste forslaget."])
def test_lookalikes_of_a_case_s_end_are_not(sentence):
    assert not is_decision(sentence)


def test_the_body_deciding_to_send_it_on_itself_is_a_decision_and_no_one_s_task():
    decisions, actions = _council_outcomes("Rådet vedtok samrøystes å sende saka til kommunane.")
    assert decisions == ["Rådet vedtok samrøystes å sende saka til kommunane."]
    assert actions == []  # who sends it is not said: no owner is invented


def test_a_case_vedtak_follow_up_table_keeps_cases_out_of_the_vedtak():
    text = ("# Referat fra styremøte\n\nDato: 12.03.2024\n\nTil stede: Kari Holm, Ola Berg\n\n"
            "## Sak 1/24 Saker\n\n| Sak | Vedtak | Oppfølging |\n|---|---|---|\n"
            "| Budsjett | Budsjettet godkjennes. | Sende budsjettet til kommunen innen 1. april |\n"
            "| Lokaler | Styret leier nye lokaler. | Ola Berg |\n"
            "| Vedlikehold | Tatt til orientering. | - |\n")
    [item] = parse_bytes(text.encode(), "s.md").items
    assert item.decisions == ["Budsjettet godkjennes.", "Styret leier nye lokaler.",
                              "Tatt til orientering."]
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Sende budsjettet til kommunen innen 1. april", None, "2024-04-01"),
        ("Styret leier nye lokaler.", "Ola Berg", None)]


@pytest.mark.parametrize(("sentence", "due"), [
    ("Kari inviterer til samling 12. april på Tynset.", None),
    ("Ola Dahl kaller inn til møte i referansegruppa 20. mars.", None),
    ("Per sender innkalling til årsmøtet tirsdag 16. april.", None),
    ("Per Lunde melder på styret til konferansen 10. april.", None),
    ("Kari inviterer kommunane til dialogmøte den 3. april.", None),  # nynorsk object
    ("Kari inviterer til samling 12. april, innen 1. april.", "2024-04-01"),  # a deadline word
    ("Invitasjon til seminaret sendes ut 1. april.", "2024-04-01"),  # the day it goes out
    ("Kari sender ut invitasjon 1. april til samlingen 10. mai.", "2024-04-01"),
    ("Kari lager sak til årsmøtet 20. april.", "2024-04-20"),  # no call: needed by that day
    # the event's day in a clause after it
    ("Sekretariatet sender ut innkalling til neste møte, som blir 12. april.", None),
    ("Kari inviterer til samling, som er 12. april.", None),
])
def test_the_day_of_the_event_a_task_calls_to_is_no_deadline(sentence, due):
    _, actions = _outcomes_of(sentence)
    assert [a[2] for a in actions] == [due]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Kjøpe inn kaffe og boller – Kari og Per", "Kari og Per"),
    ("Sende brev til kommunen – Kari Holm og Per Dahl.", "Kari Holm og Per Dahl"),
    ("Oppdatere nettsiden – KH/PD", "KH/PD"),  # initials joined by a slash
    ("Lage plakat – Kari, Per og Ola", "Kari, Per og Ola"),
    ("Kontakte fylket – Hamar og Gjøvik", None),  # places: no one who does it
])
def test_two_or_more_owners_after_a_task_s_dash_share_it(sentence, who):
    assert responsible_of(sentence) == who


@pytest.mark.parametrize("after", ["Det vert laga ei oversikt over lokalitetane innan 12. april.",
                                   "Det lages en plan for dugnaden innen 12. april."])
def test_an_impersonal_task_with_its_own_deadline_after_a_task_is_a_task_of_its_own(after):
    _, actions = _outcomes_of(f"Odd Bø tek kontakt med kommunen.\n{after}")
    assert actions == [("Odd Bø tek kontakt med kommunen.", "Odd Bø", None),
                       (after, None, "2024-04-12")]


def test_a_sentence_with_det_that_only_gives_when_still_dates_the_task_before():
    _, actions = _outcomes_of("Ola Dahl lager budsjettet. Det må sendes inn innen 1. mai.")
    assert actions == [("Ola Dahl lager budsjettet.", "Ola Dahl", "2024-05-01")]


@pytest.mark.parametrize(("task", "label", "who"), [
    ("Leder sender henvendelse til kommunen.", " Oppfølging: Ola Berg.", "Ola Berg"),  # one line
    ("Brevet sendes kommunen.", " Oppfylging: dagleg leiar.", "dagleg leiar"),
    ("Brevet sendes kommunen.", "\nOppfølging: sekretariatet", "sekretariatet"),  # a role alone
])
def test_a_follow_up_label_that_names_only_who_owns_the_task_before_it(task, label, who):
    _, actions = _outcomes_of(task + label)
    assert actions == [(task, who, None)]


@pytest.mark.parametrize("sentence", ["Hver kommune sender sine innspill innen 1. mai.",
                                      "Kari sender brev til hver kommune."])
def test_every_one_of_a_group_is_no_standing_rule(sentence):
    assert is_action(sentence)


@pytest.mark.parametrize("told", ["Departementet sender forslaget på høring i mai.",
                                  "Statsforvalteren skal gjennomføre tilsyn i høst.",
                                  "Helsedirektoratet lager en ny veileder innen sommeren.",
                                  "Kommunestyret skal behandle saken 20. juni."])
def test_what_the_state_or_a_council_is_to_do_is_told_no_task(told):
    _, actions = _council_outcomes(told)
    assert actions == []


@pytest.mark.parametrize("task", [
    "Statsforvalteren undersøker saken og gir svar innen 1. september.",
    "Helsedirektoratet vurderer innspillene og kommer tilbake til rådet.",
    "Statsforvaltaren ser på saka og gjev tilbakemelding før sommaren.",
])
def test_an_authority_that_answers_the_meeting_back_has_a_follow_up(task):
    # the follow-up the meeting is owed, with the authority as its responsible (its own
    # plans told, "Statsforvalteren skal gjennomføre tilsyn i høst.", stay news)
    _, actions = _council_outcomes(task)
    assert [(a[0], a[1]) for a in actions] == [(task, task.split()[0])]


@pytest.mark.parametrize("told", ["NKF publiserer nye tall for alle fylkene i november.",
                                  "SSB legger fram oppdaterte befolkningstall i mars.",
                                  "Vegdirektoratet publiserar nye trafikktal til hausten."])
def test_an_agencys_release_of_new_figures_is_news_no_task(told):
    # the agency's own publication told to the meeting: no one's errand from it
    _, actions = _council_outcomes(f"Per Dahl la fram statusen. {told}")
    assert actions == []


@pytest.mark.parametrize("task", ["NKF sender ut rettleiaren til kommunane innan 1. mars.",
                                  "Sekretariatet publiserer nye tall på nettsiden.",
                                  "NKF publiserer nye tall innen 1. desember."])
def test_an_agencys_errand_or_a_dated_release_stays_a_task(task):
    _, actions = _council_outcomes(task)
    assert [a[0] for a in actions] == [task]


@pytest.mark.parametrize("task", ["Kommunene sender innspill innen 1. mai.",  # the members
                                  "Fylkeskommunen sender tallene innen 1. mai.",
                                  "Kari Holm sender brev til departementet."])
def test_members_and_people_keep_their_tasks_beside_the_authorities(task):
    _, actions = _council_outcomes(task)
    assert [a[0] for a in actions] == [task]


@pytest.mark.parametrize("sentence", [
    "Elevane blir utsett for støy.",  # exposed to, not put off
    "Ønsket om nye møtetider ble imøtekommet av kommunen.",  # another party's answer
    "Kari trakk saken fram som eksempel.",
])
def test_look_alikes_of_new_outcomes_are_no_decisions(sentence):
    assert not is_decision(sentence)


def test_a_members_proposal_is_no_task():
    assert not is_action("Mona Sand foreslo at velet kjøper nye lekeapparater.")
    assert is_action("Kari sender brev til kommunen.")


def _case_decisions(title: str, body: str) -> list[str]:
    """Decisions of a formannskap's case "PS 14/24" with the given title and text."""
    text = ("Protokoll fra formannskapet 3. september 2024\n\nTil stede: Ola Dale, Nils Lid\n\n"
            f"PS 14/24 {title}\n{body}\n")
    return parse_bytes(text.encode(), "ps.txt").items[0].decisions


@pytest.mark.parametrize(("proposal", "verdict"), [
    ("Rådmannens innstilling:\nPlanen legges ut på offentlig ettersyn.",
     "Rådmannens innstilling ble enstemmig vedtatt."),
    ("Rådmannens forslag til vedtak:\nPlanen legges ut på offentlig ettersyn.",
     "Administrasjonens forslag ble vedtatt."),
    ("Kommunedirektøren si tilråding:\nPlanen legges ut på offentlig ettersyn.",
     "Kommunedirektøren si tilråding vart samrøystes vedteken."),
])
def test_an_innstilling_adopted_by_whose_it_is_is_the_decision(proposal, verdict):
    decisions = _case_decisions(
        "Reguleringsplan for sentrum",
        f"{proposal}\n\nBehandling:\nOla Dale spurte om parkering.\n\n{verdict}")
    assert decisions == ["Planen legges ut på offentlig ettersyn.", verdict]
    # not adopted: the proposal stays a proposal
    assert _case_decisions("Reguleringsplan for sentrum",
                           f"{proposal}\n\nBehandling:\nOla Dale spurte om parkering.") == []


@pytest.mark.parametrize("counter", ["Aps forslag ble vedtatt med 5 mot 2 stemmer.",
                                     "Kari Holms forslag til vedtak ble vedtatt.",
                                     "Ap sitt framlegg vart vedteke."])
def test_a_party_or_member_s_proposal_adopted_leaves_the_innstilling_out(counter):
    decisions = _case_decisions(
        "Reguleringsplan for sentrum",
        "Rådmannens innstilling:\nPlanen legges ut på offentlig ettersyn.\n\n"
        f"Behandling:\nAp fremmet forslag om å utsette saken.\n{counter}")
    assert decisions == [counter]
    # the administration's or a body's proposal is the innstilling
    decisions = _case_decisions(
        "Reguleringsplan for sentrum",
        "Rådmannens innstilling:\nPlanen legges ut på offentlig ettersyn.\n\n"
        "Behandling:\nAp fremmet forslag om å utsette saken.\nStyrets forslag ble vedtatt.")
    assert decisions == ["Planen legges ut på offentlig ettersyn.",
                         "Styrets forslag ble vedtatt."]


def test_the_case_adopted_right_under_its_proposal_adopts_the_proposal():
    decisions, _ = _outcomes_of("Forslag til vedtak:\nStyret godkjenner budsjettet for 2025.\n"
                                "Saken ble enstemmig vedtatt.")
    assert decisions == ["Styret godkjenner budsjettet for 2025.",
                         "Saken ble enstemmig vedtatt."]
    # a case adopted with no proposal before it is only its own outcome
    decisions, _ = _outcomes_of("Kari Holm la fram budsjettet.\nSaken ble enstemmig vedtatt.")
    assert decisions == ["Saken ble enstemmig vedtatt."]


@pytest.mark.parametrize("outcome", ["Saken ble utsatt.", "Saka vart utsett til neste møte.",
                                     "Saken ble trukket."])
def test_a_proposal_followed_by_what_became_of_the_case_is_not_adopted(outcome):
    decisions, _ = _outcomes_of(f"Forslag til vedtak: Styret leier nye lokaler fra 1. mai.\n"
                                f"{outcome}")
    assert decisions == [outcome]
    # a proposal in the present tense goes on, and a vote then adopts all of it
    decisions, _ = _outcomes_of("Forslag til vedtak: Styret leier nye lokaler fra 1. mai.\n"
                                "Leien dekkes av driftsbudsjettet.\nEnstemmig vedtatt.")
    assert decisions == ["Styret leier nye lokaler fra 1. mai.",
                         "Leien dekkes av driftsbudsjettet.", "Enstemmig vedtatt."]


def _board_items(*items: str) -> list[list[str]]:
    """The decisions of each item of a board meeting, the items given as "title\\ntext"."""
    body = "".join(f"Sak {n}/24 {item}\n\n" for n, item in enumerate(items, 1))
    text = f"Referat fra styremøte 3. mars 2024\n\nTil stede: Kari Nes, Per Bø\n\n{body}"
    return [item.decisions for item in parse_bytes(text.encode(), "s.txt").items]


def test_no_remarks_is_the_decision_of_an_approval_item_only():
    assert _board_items("Godkjenning av innkalling og saksliste\nIngen merknader.",
                        "Innkalling og saksliste\nDet var ingen merknader.",
                        "Godkjenning av referat\nIngen kommentarer.",
                        "Budsjett 2025\nKari Nes orienterte.\nIngen merknader.",
                        "Eventuelt\nDet var ingen merknader.") == [
        ["Ingen merknader."], ["Det var ingen merknader."], ["Ingen kommentarer."], [], []]


def test_no_remarks_gives_way_to_the_approval_recorded_and_to_another_meeting_s_summons():
    assert _board_items("Godkjenning av referat\nIngen merknader.\nReferatet ble godkjent.",
                        "Innkalling til årsmøte\nKari Nes viste utkastet.\nIngen merknader.",
                        "Innkalling til møtet\nIngen merknader.") == [
        ["Referatet ble godkjent."], [], ["Ingen merknader."]]


def _table_item(table: str) -> tuple[list[str], list[tuple[str, str | None]]]:
    """Decisions and (text, responsible) actions of a board item written as a table."""
    text = ("# Referat fra styremøte\n\nDato: 12.03.2024\n\nTil stede: Kari Holm, Per Dahl\n\n"
            f"## Sak 2/24 Saker\n\n{table}")
    item = parse_bytes(text.encode(), "s.md").items[0]
    return item.decisions, [(a.text, a.responsible) for a in item.actions]


@pytest.mark.parametrize("heading", ["Konklusjon/Vedtak", "Konklusjonar", "Vedtak / konklusjon"])
def test_more_headings_of_a_decision_column(heading):
    decisions, actions = _table_item(f"| Sak | {heading} | Ansvar |\n|---|---|---|\n"
                                     "| Høring | Styret sender uttalelse til kommunen. "
                                     "| Kari Holm |\n")
    assert decisions == ["Styret sender uttalelse til kommunen."]
    assert actions == [("Styret sender uttalelse til kommunen.", "Kari Holm")]


def test_a_decision_column_beside_only_the_matter_holds_decisions():
    decisions, _ = _table_item("| Tema | Drøfting | Konklusjon |\n|---|---|---|\n"
                               "| Budsjett | Gruppa gikk gjennom tallene. "
                               "| Budsjettet sendes styret. |\n"
                               "| Nettside | Per viste utkastet. | Utkastet godkjennes. |\n")
    assert decisions == ["Budsjettet sendes styret.", "Utkastet godkjennes."]
    # a list following up earlier vedtak: its status column is no matter of this meeting
    decisions, _ = _table_item("| Sak | Vedtak | Status |\n|---|---|---|\n"
                               "| Budsjett | Budsjettet sendes kommunen. | Utført |\n")
    assert decisions == []


def test_a_row_label_with_its_vote_is_not_part_of_the_decision():
    text = ("<h1>Møteprotokoll</h1><p>Møtedato: 12.03.2024</p>"
            "<p>Til stede: Kari Holm (leder), Ola Berg</p><h3>PS 11/24 Skjenkebevilling</h3>"
            "<table><tr><td>Behandling</td><td>Ola Berg spurte om åpningstider.</td></tr>"
            "<tr><td>Vedtak (enstemmig)</td><td>Søknaden innvilges for fire år.</td></tr>"
            "<tr><td>Vedtaket fra 2022 om skjenketider</td><td>Gjelder fortsatt</td></tr>"
            "</table>")
    [item] = parse_bytes(text.encode(), "p.html").items
    assert item.decisions == ["Søknaden innvilges for fire år."]


@pytest.mark.parametrize("sentence", [
    "Samrøystes teke til vitande.", "Einstemmig teke til vitande.",
    "Referatsakene vert tekne til vitande.", "Enstemmig tatt til orientering.",
])
def test_a_vote_then_taken_to_note_is_a_decision(sentence):
    # the nynorsk "teke til vitande" after the vote word, as the bokmål "tatt til orientering"
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Saka vil verte teken til vitande.", "Saken vil bli tatt til orientering.",
])
def test_a_vote_still_to_come_is_no_decision(sentence):
    assert not is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Godkjenning av innkalling og sakliste: Godkjent.",
    "Referat frå førre møte: Godkjend utan merknader.",
    "Innkalling og saksliste: godkjent",
])
def test_a_topic_then_its_approval_after_a_colon_is_a_decision(sentence):
    # a sub-topic inside an item ("Sak 1 Konstituering") and its outcome on one line
    assert is_decision(sentence)


def _case_history(steps: str) -> list[str]:
    """The decisions of one case in a regional council's case-system protocol of 5 March
    2024 whose text ``steps`` gives the case's history and this meeting's behandling."""
    text = ("MØTEPROTOKOLL\n\nUtvalg: Regionrådet for Valdres\nMøtedato: 05.03.2024\n\n"
            "Til stede: Kari Holm (leder), Ola Berg\n\nPS 15/24 Høring - fylkesvegplan\n\n"
            f"{steps}")
    [item] = parse_bytes(text.encode(), "p.txt").items
    return item.decisions


@pytest.mark.parametrize("history", [
    "Behandling i Arbeidsutvalget - 20.02.2024",  # another body
    "Behandling i Regionrådet for Valdres - 06.02.2024",  # the own body, an earlier meeting
    "Handsaming i Arbeidsutvalet - 20.02.2024",
    "Arbeidsutvalgets behandling 20.02.2024:",
])
def test_an_earlier_step_of_the_case_history_is_background(history):
    decisions = _case_history(
        f"{history}\nUtvalget anbefalte at innstillingen vedtas.\n\n"
        "Saken ble utsatt.\n\nAU- 4/24 Vedtak:\nSaken oversendes regionrådet.\n\n"
        "Behandling i Regionrådet for Valdres - 05.03.2024\n"
        "Votering: Vedtatt med 5 mot 1 stemme.\n\n"
        "RR- 15/24 Vedtak:\nRegionrådet gir høringsuttalelse i tråd med saksframlegget.\n")
    assert decisions == ["Vedtatt med 5 mot 1 stemme.",
                         "Regionrådet gir høringsuttalelse i tråd med saksframlegget."]


def test_an_innstilling_adopted_by_another_body_in_the_history_is_not_adopted_here():
    decisions = _case_history(
        "Innstilling:\nRegionrådet slutter seg til uttalen.\n\n"
        "Behandling i Arbeidsutvalget - 20.02.2024\nInnstillingen ble enstemmig vedtatt.\n\n"
        "Behandling i Regionrådet for Valdres - 05.03.2024\nSaken ble utsatt.\n")
    assert decisions == ["Saken ble utsatt."]


def test_a_dated_vedtak_heading_names_whose_vedtak_it_is():
    decisions = _case_history(
        "Vedtak i Arbeidsutvalget - 20.02.2024\nSaken legges fram for regionrådet.\n\n"
        "Vedtak i Regionrådet for Valdres - 05.03.2024\n"
        "Regionrådet gir høringsuttalelse. Uttalelsen sendes fylket.\n")
    assert decisions == ["Regionrådet gir høringsuttalelse.", "Uttalelsen sendes fylket."]


@pytest.mark.parametrize(("label", "verdict"), [
    ("Daglig leders forslag til vedtak:", "Daglig leders forslag ble enstemmig vedtatt."),
    ("Rådmannens innstilling:", "Rådmannens innstilling ble vedtatt med 5 mot 2 stemmer."),
    ("Innstilling:", "Kommunedirektørens innstilling ble enstemmig vedtatt."),
    ("Forslag til vedtak:", "Innstillingen ble deretter enstemmig vedtatt."),
])
def test_a_proposal_adopted_by_its_owner_s_name(label, verdict):
    decisions, _ = _council_outcomes(
        f"{label}\nRegionrådet slutter seg til planen.\n\n"
        f"Behandling:\nPer Dahl fremmet forslag om utsettelse. Forslaget falt.\n{verdict}")
    assert decisions == ["Regionrådet slutter seg til planen.", "Forslaget falt.", verdict]


@pytest.mark.parametrize("verdict", [
    "Per Dahls forslag ble vedtatt med 2 mot 1 stemme.",  # a member's counter-proposal
    "Daglig leders forslag med endringen ble deretter enstemmig vedtatt.",  # changed
])
def test_a_counter_proposal_or_a_changed_one_adopted_leaves_the_proposal_s_words(verdict):
    decisions, _ = _council_outcomes(
        "Daglig leders forslag til vedtak:\nRegionrådet slutter seg til planen.\n\n"
        f"Behandling:\n{verdict}")
    assert decisions == [verdict]


@pytest.mark.parametrize("done", ["Utført", "Lukket", "lukka", "Ferdig 1.3.", "OK", "Gjort",
                                  "Behandlet"])
def test_a_register_row_marked_done_is_no_task(done):
    # a follow-up register carries earlier tasks with their status: one done before this
    # meeting is nothing anyone is to do after it; "Åpen" and "Pågår" still are
    _, actions = _outcomes_of(
        "Aksjonsliste\nID | Aksjon | Ansvarlig | Frist | Status\n"
        "A-12 | Bestille lokale | Knut Rød | 20.03.2024 | Åpen\n"
        "A-13 | Sende invitasjon | Aud Lia | 01.04.2024 | Pågår\n"
        f"A-09 | Oppdatere nettsiden | Liv Østby | 01.03.2024 | {done}")
    assert actions == [("Bestille lokale", "Knut Rød", "2024-03-20"),
                       ("Sende invitasjon", "Aud Lia", "2024-04-01")]


def test_a_padded_register_with_a_status_column_keeps_the_open_rows():
    _, actions = _outcomes_of(
        "Aksjonsliste\n"
        "ID      Aksjon                       Ansvarlig     Frist        Status\n"
        "A-12    Bestille lokale til møtet    Knut Rød      20.03.2024   Åpen\n"
        "A-09    Oppdatere nettsiden          Liv Østby     01.03.2024   Lukket")
    assert actions == [("Bestille lokale til møtet", "Knut Rød", "2024-03-20")]


@pytest.mark.parametrize("heading", ["Oppfølgingspunkter", "Oppfylgingspunkt", "Huskeliste:",
                                     "Restanseliste"])
def test_more_register_headings_make_their_entries_tasks(heading):
    _, actions = _outcomes_of(f"Saken ble drøftet.\n\n{heading}\n- Avtale med leverandør\n"
                              "- Program for seminaret")
    assert [a[0] for a in actions] == ["Avtale med leverandør", "Program for seminaret"]


@pytest.mark.parametrize("entry", ["Sak 6/24: Ingen.", "Sak 6/24: Ingen oppfølging.", "Ingen."])
def test_a_register_entry_with_nothing_to_do_is_no_task(entry):
    _, actions = _outcomes_of("Oppfølgingsliste\n- Kari Holm sender brev til fylket.\n"
                              f"- {entry}")
    assert [a[0] for a in actions] == ["Kari Holm sender brev til fylket."]


@pytest.mark.parametrize("mark", [" – utført", " - lukket", " (utført)", ", ferdig."])
def test_a_listed_task_marked_done_after_a_dash_or_in_brackets_is_no_task(mark):
    # the register of the last meeting's tasks as a list, each with its status
    _, actions = _outcomes_of("Aksjonspunkter fra forrige møte:\n"
                              f"• Terje Holm kontakter grunneierne{mark}\n"
                              "• Gunn Sæle lager pressemelding om åpningen")
    assert [a[0] for a in actions] == ["Gunn Sæle lager pressemelding om åpningen"]


def test_a_task_ending_in_the_word_ferdig_of_its_own_stays_a_task():
    _, actions = _outcomes_of("Kari Holm sender planen til kommunene når den er ferdig.")
    assert [a[1] for a in actions] == ["Kari Holm"]


def test_an_open_register_rows_passed_deadline_with_its_year_is_kept():
    # "Pågår" with a deadline before the meeting: still to do, and late; the date as written
    _, actions = _outcomes_of(
        "Oppfølgingsliste\nHva | Hvem | Frist | Status\n"
        "Søke om prosjektmidler | Geir Sand | 01.02.2024 | Pågår\n"
        "Avklare møteplan | Sekretariatet | Neste møte | Åpen")
    assert actions == [("Søke om prosjektmidler", "Geir Sand", "2024-02-01"),
                       ("Avklare møteplan", "Sekretariatet", None)]


@pytest.mark.parametrize("sentence", [
    "Per Dahl ble enstemmig valgt.", "Marit Fosse vart vald med 4 røyster.",  # how
    "Kari Holm ble valgt med 5 mot 2 stemmer.", "Kari Holm ble gjenvalgt for to år.",
    "Fleirtalet gjekk inn for å utsetje rulleringa til hausten.",  # the majority's vote
    "Flertallet (Ap, Sp) gikk inn for forslaget.", "Et flertall på 5 stemte for innstillingen.",
    "Enstemmig med unntak av Dag Eriksen.", "Samrøystes med unntak av Brit Lid.",  # the vote
])
def test_an_election_the_majority_and_a_vote_with_exceptions_decide(sentence):
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Mindretallet stemte for forslaget fra H.",  # the minority decides nothing
    "Et flertall av kommunene gikk inn for modell B.",  # others' view, told
    "Løsningen ble valgt med tanke på kostnadene.",  # why, not an election's vote
])
def test_a_minority_and_others_views_do_not_decide(sentence):
    assert not is_decision(sentence)


def test_an_amendment_voted_down_leaves_only_the_innstilling():
    decisions, _ = _council_outcomes(
        "Innstilling:\nRegionrådet vedtar strategien.\n"
        "Endringsforslag fra Sp:\nKapittel 4 om landbruk tas inn i strategien.\n"
        "Endringsforslaget falt med 2 mot 3 stemmer.\nInnstillingen ble enstemmig vedtatt.")
    assert decisions == ["Regionrådet vedtar strategien.",
                         "Endringsforslaget falt med 2 mot 3 stemmer.",
                         "Innstillingen ble enstemmig vedtatt."]


@pytest.mark.parametrize("label", ["Tilleggsforslag fra Siri Aas:",
                                   "Siri Aas fremmet følgende tilleggsforslag:",
                                   "Siri Aas fremmet tilleggsforslag:",  # no determiner
                                   "Siri Aas kom med tilleggsforslag:"])
def test_an_adopted_amendment_is_decided_beside_the_innstilling(label):
    decisions, actions = _council_outcomes(
        "Forslag til vedtak:\nRegionrådet vedtar handlingsplanen.\n"
        f"{label}\nSekretariatet legger fram en evaluering innen 1. desember.\n"
        "Tilleggsforslaget ble enstemmig vedtatt.\nInnstillingen ble enstemmig vedtatt.")
    assert decisions == ["Regionrådet vedtar handlingsplanen.",
                         "Sekretariatet legger fram en evaluering innen 1. desember.",
                         "Tilleggsforslaget ble enstemmig vedtatt.",
                         "Innstillingen ble enstemmig vedtatt."]
    assert actions == [("Sekretariatet legger fram en evaluering innen 1. desember.",
                        "Sekretariatet", "2024-12-01")]


def test_a_nynorsk_amendment_made_by_a_member_and_adopted_is_decided():
    # "Per Bø kom med endringsframlegg:" / "Eli Moe fremja tilleggsframlegg:": made in the
    # meeting, decided when the vote after it adopts it
    decisions, _ = _council_outcomes(
        "Framlegg til vedtak:\nRegionrådet vedtek planen.\n"
        "Per Bø kom med endringsframlegg: Regionrådet vedtek planen med kapittel 4.\n"
        "Endringsframlegget vart samrøystes vedteke.\n"
        "Eli Moe fremja tilleggsframlegg: Planen vert rullert kvart år.\n"
        "Tilleggsframlegget fall med 2 mot 3 røyster.")
    assert decisions == ["Regionrådet vedtek planen med kapittel 4.",
                         "Endringsframlegget vart samrøystes vedteke.",
                         "Tilleggsframlegget fall med 2 mot 3 røyster."]


@pytest.mark.parametrize("sentence", [
    "Per Dahl var einig.", "Kari Holm er enig i forslaget.",
    "Kari og Per Dahl var enige i at planen er for lite ambisiøs."])
def test_a_member_named_agreeing_decides_nothing(sentence):
    assert not is_decision(sentence)  # a view in the debate; the body's is decided below
    assert is_decision("Styret var enig.") and is_decision("Alle var einige.")


@pytest.mark.parametrize("label", ["Diskusjon:", "Debatt:", "Ordskifte:"])
def test_a_discussion_label_ends_the_proposal_adopted_after_it(label):
    # the debate between "Forslag til vedtak:" and "Vedtak: Som forslag." is no part of
    # the proposal the vedtak adopts
    decisions, _ = _council_outcomes(
        "Forslag til vedtak:\nRegionrådet tar saken til orientering.\n"
        f"{label}\nSpørsmål om økonomien. Per Dahl var enig.\nVedtak: Som forslag.")
    assert decisions == ["Regionrådet tar saken til orientering."]


def test_a_counter_proposal_from_a_member_while_the_innstilling_is_pending():
    # "Forslag fra X:" after the innstilling is a counter-proposal: its fall keeps the
    # innstilling's words for the vote that adopts them
    decisions, _ = _council_outcomes(
        "Innstilling:\nRegionrådet gir høringsuttalelse.\n"
        "Forslag fra Per Dahl:\nRegionrådet avgir ingen uttalelse.\n"
        "Forslaget falt med 1 mot 2 stemmer.\nInnstillingen ble vedtatt mot 1 stemme (Per Dahl).")
    assert decisions == ["Regionrådet gir høringsuttalelse.", "Forslaget falt med 1 mot 2 stemmer.",
                         "Innstillingen ble vedtatt mot 1 stemme (Per Dahl)."]


def test_the_one_change_after_adopted_with_the_following_change_is_decided():
    decisions, _ = _council_outcomes(
        "Innstillingen ble vedtatt med følgende endring:\nPost 3 økes med 50 000 kr.\n\n"
        "Sekretariatet orienterte om fremdriften.")
    assert decisions == ["Innstillingen ble vedtatt med følgende endring:",
                         "Post 3 økes med 50 000 kr."]


@pytest.mark.parametrize("label", ["Protokolltilførsel fra Per Dahl:",
                                   "Merknad til protokollen frå Per Dahl:"])
def test_a_remark_entered_in_the_minutes_decides_nothing(label):
    # who voted against, in brackets, ends the vedtak; the member's remark after it is
    # no part of it, on its line or under its label
    decisions, _ = _council_outcomes(
        "Vedtak:\nRegionrådet vedtar budsjettet som foreslått.\nVedtatt mot 1 stemme (Per Dahl).\n"
        f"{label}\nJeg mener budsjettet bør vedtas med en høyere ramme.")
    assert decisions == ["Regionrådet vedtar budsjettet som foreslått.",
                         "Vedtatt mot 1 stemme (Per Dahl)."]
    decisions, _ = _council_outcomes(
        f"Saken ble utsatt.\n{label} Saken burde vært vedtatt i dag.")
    assert decisions == ["Saken ble utsatt."]


def test_the_innstilling_adopted_by_its_owner_s_name_is_not_the_amendment_s_vote():
    decisions, _ = _council_outcomes(
        "Saksbehandlers forslag til vedtak:\nRegionrådet tar rapporten til orientering.\n"
        "Behandling:\nPer Dahl fremmet følgende forslag:\n"
        "Regionrådet ber sekretariatet følge opp rapporten.\n"
        "Votering:\nSaksbehandlers forslag ble enstemmig vedtatt. "
        "Forslaget fra Per Dahl ble vedtatt med 2 mot 1 stemme.")
    assert decisions == ["Regionrådet tar rapporten til orientering.",
                         "Saksbehandlers forslag ble enstemmig vedtatt.",
                         "Regionrådet ber sekretariatet følge opp rapporten.",
                         "Forslaget fra Per Dahl ble vedtatt med 2 mot 1 stemme."]


def test_an_open_task_box_is_a_task_and_a_ticked_one_is_done():
    # a note app's task list: "- [ ]" is still to do, whatever its verb, and names its
    # owner first ("@Ola Berg", a mention); "- [x]" was done; "Vi …" names nobody
    text = ("# Møte i arbeidsgruppa 4. september 2024\n\nDeltakere: Kari Holm, Ola Berg\n\n"
            "## 1. Registrering\n\nOla har registrert 40 kulturminner.\n\n"
            "- [ ] @Ola Berg registrerer resten innen 1. oktober\n"
            "- [x] Kari har bestilt kart\n- [ ] Vi inviterer grunneigarane\n"
            "- [ ] Kari Holm: lage kart til høringa\n")
    record = parse_bytes(text.encode(), "arbeidsgruppe.md")
    assert [(a.text, a.responsible, a.due) for a in record.items[0].actions] == [
        ("Ola Berg registrerer resten innen 1. oktober", "Ola Berg", "2024-10-01"),
        ("Vi inviterer grunneigarane", None, None),
        ("Kari Holm: lage kart til høringa", "Kari Holm", None)]


def test_two_first_names_on_a_follow_up_label_own_its_task_whatever_the_verb():
    # the label's own line and a follow-up list's entries: the people named first, one or
    # two joined by "og", own the task though its verb is no listed task verb; in running
    # text under the label only people do ("Saken følger …" names no one)
    text = ("Referat fra møte i nettverket\n\nDato: 11.03.2025\n\nTil stede: Camilla Strøm, "
            "Jomar Eik, Kari Holm\n\n1. Mal\n\nOppfølging: Camilla og Jomar tilpasser malen "
            "før neste møte.\n\n2. Nettside\n\nOppfølging: Saken følger av planen.\n\n"
            "3. Kurs\n\nOppfølging:\n- Kari Holm og Jomar Eik tilpasser kursplanen.\n")
    record = parse_bytes(text.encode(), "nettverk.txt")
    assert [[(a.text, a.responsible) for a in item.actions] for item in record.items] == [
        [("Camilla og Jomar tilpasser malen før neste møte.", "Camilla og Jomar")],
        [("Saken følger av planen.", None)],
        [("Kari Holm og Jomar Eik tilpasser kursplanen.", "Kari Holm og Jomar Eik")]]


@pytest.mark.parametrize("label", [
    "Administrasjonens forslag:", "Sekretariatets anbefaling:", "Forslag:", "Framlegg:",
    "Forslag til konklusjon:", "Innstilling til vedtak:", "Kommunedirektørens forslag:"])


@pytest.mark.parametrize(("after", "decided"), [
    ("", False), ("Forslaget ble enstemmig vedtatt.\n", True)])
def test_a_proposal_by_any_label_decides_only_when_adopted(label, after, decided):
    text = ("Referat fra møte i Eldrerådet\n\nDato: 22.05.2024\n\nTil stede: Kari Nes (leder), "
            "Per Bø\n\nSak 14/24 Eldrestrategi 2024–2028\n\nRådet drøftet strategien.\n\n"
            f"{label}\nEldrerådet slutter seg til strategien. Sekretariatet sender uttalelsen "
            f"til kommunen innen 5. juni.\n\n{after}")
    item = parse_bytes(text.encode(), "referat.txt").items[0]
    assert ("Eldrerådet slutter seg til strategien." in item.decisions) is decided
    assert bool(item.actions) is decided


@pytest.mark.parametrize("heading", ["Bakgrunn:", "Saksframlegg", "Vurdering",
                                     "Kommunedirektørens vurdering:", "Saksopplysningar"])
def test_a_case_paper_s_background_gives_no_tasks_or_outcomes(heading):
    # minutes that print each case's paper: what the administration tells and plans in
    # it is no follow-up of the meeting; the adopted innstilling is the outcome
    text = ("Møteprotokoll\n\nUtvalg: Hovedutvalg for oppvekst\nDato: 14.05.2024\n\n"
            "Til stede: Kari Nes (leder), Per Bø\n\nPS 15/24 Skolebruksplan\n\n"
            f"{heading}\nAdministrasjonen skal legge fram en kostnadsberegning innen "
            "1. oktober.\n\nSaken ble utsatt i forrige møte.\n\n"
            "Kommunedirektørens innstilling:\nSkolebruksplanen tas til orientering.\n\n"
            "Behandling:\nInnstillingen ble enstemmig vedtatt.\n")
    item = parse_bytes(text.encode(), "protokoll.txt").items[0]
    assert item.actions == []
    assert item.decisions == ["Skolebruksplanen tas til orientering.",
                              "Innstillingen ble enstemmig vedtatt."]


def test_background_in_informal_minutes_without_a_proposal_is_read_as_before():
    text = ("Referat fra styremøte\n\nDato: 14.05.2024\n\nTil stede: Kari Nes, Per Bø\n\n"
            "1. Dugnad\n\nBakgrunn:\nStyret vedtok å holde dugnad 1. juni. Per Bø kjøper "
            "inn maling innen 20. mai.\n")
    item = parse_bytes(text.encode(), "referat.txt").items[0]
    assert item.decisions and item.actions


@pytest.mark.parametrize("sentence", [
    "Utvalet gjekk samrøystes inn for tilrådinga.",  # how it voted, nynorsk
    "Styret gikk enstemmig inn for forslaget.",
    "Rådet støttar tilrådinga frå arbeidsutvalet.",  # nynorsk present of "støtter"
    "Styret støtta framlegget.",  # nynorsk past
])
def test_a_body_adopting_it_with_its_vote_or_in_nynorsk(sentence):
    assert is_decision(sentence)


def test_a_nynorsk_request_in_the_past_names_who_does_it():
    sentence = "Rådet bad sekretariatet greie ut saka."
    assert is_action(sentence)
    assert responsible_of(sentence) == "sekretariatet"


@pytest.mark.parametrize("sentence", ["Rådet støtta framlegget.", "Rådet støttar forslaget.",
                                      "Regionrådet støtta innstillinga."])
def test_nynorsk_support_for_the_proposal_is_the_body_s_outcome(sentence):
    # nynorsk past "støtta" and present "støttar", as bokmål "støttet" / "støtter"
    assert is_decision(sentence)


@pytest.mark.parametrize("stamp", ["RÅD- 8/24 Vedtak:", "Regionrådet- 8/24 vedtak:",
                                   "Formannskapet - 8/24 vedtak:", "Regionrådet- vedtak:"])
def test_a_case_systems_stamp_with_the_bodys_name_over_the_vedtak(stamp):
    # Elements prints the body (its short name or its whole one) and the case before
    # "vedtak:" over what the meeting decided
    text = ("Møteprotokoll\n\nUtvalg: Regionrådet\nDato: 10.04.2024\n\n"
            f"PS 8/24 Godkjenning av protokoll\n\n{stamp}\n"
            "Protokoll fra møtet 6.3.2024 godkjennes.\n")
    [item] = parse_bytes(text.encode(), "p.txt").items
    assert item.decisions == ["Protokoll fra møtet 6.3.2024 godkjennes."]


def test_a_note_apps_follow_up_boxes_give_their_tasks_and_who_does_them():
    text = ("Møtenotater – Nettverk for kulturskoler\n\nDato og tid\n13. mars 2024 09:00–10:30\n\n"
            "Deltakere\nKari Holm; Jon Berg\n\nSak 1: Kurs for lærere\nTatt til orientering.\n\n"
            "Oppfølgingsoppgaver\n☐ Planlegge konsert – @Kari Holm – frist 15.04.2024\n"
            "☐ Oppdatere kursoversikten @Jon Berg\n")
    item = parse_bytes(text.encode(), "notater.txt").items[0]
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Planlegge konsert – Kari Holm – frist 15.04.2024", "Kari Holm", "2024-04-15"),
        ("Oppdatere kursoversikten Jon Berg", "Jon Berg", None),
    ]


@pytest.mark.parametrize(("task", "who"), [
    ("Oppdatere risikoanalyse @Siv Moe", "Siv Moe"),  # the mention closing the box
    ("Sende søknad til Innovasjon Norge", None),  # a body, not a person
])
def test_who_a_task_box_mentions_at_its_end(task, who):
    text = ("Referat styringsgruppen\n\nDato: 9.4.2024\n\n1. Budsjett\n"
            "Budsjettet ble godkjent.\n\n## Oppfølgingsoppgaver\n"
            f"- [ ] {task}\n")
    actions = parse_bytes(text.encode(), "notater.md").items[0].actions
    assert [a.responsible for a in actions] == [who]


@pytest.mark.parametrize("label", ["Enstemmig vedtatt:", "Samrøystes vedteke:",
                                   "Einstemmig vedtak:", "Vedtatt med 5 mot 2 stemmer:",
                                   "Følgende forslag ble enstemmig vedtatt:",
                                   "Følgjande framlegg vart samrøystes vedteke:",
                                   "Styret vedtok følgende:", "Styret vedtok enstemmig slik:"])
def test_a_vote_or_a_lead_before_a_colon_labels_the_vedtak_under_it(label):
    text = ("Protokoll frå styremøte 3. mars 2024\n\nTil stades: Kari Nes, Per Bø\n\n"
            f"Sak 1/24 Plan\nSaka vart drøfta.\n{label}\nPlanen vert lagd ut på nettsida.\n")
    [item] = parse_bytes(text.encode(), "s.txt").items
    assert item.decisions == ["Planen vert lagd ut på nettsida."]


def test_another_body_s_vedtak_after_vedtok_folgende_stays_background():
    text = ("Protokoll fra regionrådet 3. mars 2024\n\nTil stede: Kari Nes, Per Bø\n\n"
            "Sak 1/24 Plan\nKommunestyret vedtok følgende:\nPlanen sendes på høring.\n\n"
            "Saken ble tatt til orientering.\n")
    [item] = parse_bytes(text.encode(), "s.txt").items
    assert item.decisions == ["Saken ble tatt til orientering."]


@pytest.mark.parametrize("sentence", ["Saka vert send tilbake til administrasjonen.",
                                      "Saka vart send attende til styret."])
def test_a_case_sent_back_in_nynorsk_with_the_participle_send(sentence):
    assert is_decision(sentence)


@pytest.mark.parametrize("vedtak", [
    "Som innstillingen, med den endring at planen evalueres etter ett år.",
    "Enstemmig som forslaget, med tillegg: Planen evalueres etter ett år.",
])
def test_a_vedtak_as_the_proposal_with_a_change_adopts_it_and_keeps_the_change(vedtak):
    text = ("Referat fra utvalgsmøte 4. februar 2025\n\nTil stede: Randi Lund, Tor Eng\n\n"
            "Sak 5/25 Frivilligsentral\nInnstilling: Utvalget slutter seg til planen.\n\n"
            f"Vedtak: {vedtak}\n")
    [item] = parse_bytes(text.encode(), "u.txt").items
    assert item.decisions[0] == "Utvalget slutter seg til planen."
    assert item.decisions[1].startswith(vedtak.split(":")[0])


@pytest.mark.parametrize("sentence", [
    "Saken flyttes til neste møte.", "Saka vart flytta til styremøtet i mai.",  # moved on
    "Saken legges fram på nytt.", "Saka vert lagt fram på nytt.",  # laid before it again
    "Saken tas opp på nytt på neste møte.",
    "Saken ble sendt i retur.", "Saka vart send i retur til administrasjonen.",
])
def test_a_case_moved_on_or_returned_in_other_words_is_the_outcome(sentence):
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", ["Saken ble flyttet til slutten av møtet.",
                                      "Kontoret flyttes til nye lokaler i mai."])
def test_moving_within_the_meeting_or_moving_house_is_no_outcome(sentence):
    assert not is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Alle stemte for forslaget.", "Alle medlemmene røysta for framlegget.",
    "Ved alternativ votering mellom innstillingen og forslaget fra Sp fikk innstillingen "
    "6 stemmer og forslaget fra Sp 3 stemmer.",
    "Ved votering fekk framlegget frå Sp 2 røyster.",
    "Vedtaket er fattet enstemmig.", "Vedtaket vart einstemmig.", "Einstemmig.",
])
def test_votes_told_in_more_forms_are_outcome_sentences(sentence):
    assert is_decision(sentence)


@pytest.mark.parametrize("label", ["Styrets konklusjon:", "Møtets konklusjon:",
                                   "Konklusjon i saken:", "Konklusjon fra møtet:",
                                   "Oppsummering og konklusjon:", "Konklusjon / oppsummering:",
                                   "Forslag til vedtak ble enstemmig vedtatt:",
                                   "Det ble besluttet:", "Følgende ble bestemt:",
                                   "Det vart vedteke:", "Beslutningar:", "Vedtak – enstemmig:"])
def test_more_ways_to_label_the_conclusion_above_its_text(label):
    text = ("Protokoll fra styremøte 3. mars 2024\n\nTil stede: Kari Nes, Per Bø\n\n"
            f"Sak 1/24 Plan\nSaka vart drøfta.\n{label}\nPlanen legges ut på nettsida.\n")
    [item] = parse_bytes(text.encode(), "s.txt").items
    assert item.decisions == ["Planen legges ut på nettsida."]


def test_another_body_s_conclusion_is_background():
    text = ("Protokoll fra regionrådet 3. mars 2024\n\nTil stede: Kari Nes, Per Bø\n\n"
            "Sak 1/24 Plan\nFormannskapets konklusjon:\nPlanen sendes på høring.\n\n"
            "Saken ble tatt til orientering.\n")
    [item] = parse_bytes(text.encode(), "s.txt").items
    assert item.decisions == ["Saken ble tatt til orientering."]


@pytest.mark.parametrize(("line", "who"), [
    ("Ansvar: Kari Holm ser på saken.", "Kari Holm"),
    ("Ansvarleg: dagleg leiar tek kontakt med fylket.", "dagleg leiar"),
    ("Ansvarlig: Sekretariatet sender ut høringsbrevet.", "Sekretariatet"),
    # two people joined by "og" before the verb
    ("Ansvar: Kari Holm og Per Dahl lagar forslag til planen.", "Kari Holm og Per Dahl"),
])
def test_an_owner_label_going_on_with_a_task_verb_is_a_task_of_its_own(line, who):
    # who is named before the verb; the sentence before ("Gruppen drøftet …") is no task;
    # the task is the sentence after the label, which names its owner itself
    _, actions = _outcomes_of(f"Gruppen drøftet behovet for kurs.\n{line}")
    assert actions == [(line.split(": ", 1)[1], who, None)]


@pytest.mark.parametrize(("text", "task", "who", "due"), [
    # the owner and the task's own sentence after the label: the label goes, the owner stays
    ("Ansvar: Kari Holm følger opp med fylkeskommunen om rutetilbudet.",
     "Kari Holm følger opp med fylkeskommunen om rutetilbudet.", "Kari Holm", None),
    # the deadline in the next sentence still dates it
    ("Ansvar: Kari Holm følger opp saken. Fristen er 1. april.",
     "Kari Holm følger opp saken.", "Kari Holm", "2024-04-01"),
    # who, a dash, then the task in the infinitive: no sentence of its own, kept as written
    ("Ansvar: HN – Informere kommunedirektørene.",
     "Ansvar: HN – Informere kommunedirektørene.", "HN", None),
    # (also with an infinitive outside the task verbs' list: no owner of the task above)
    ("Ansvar: RV – Melde saka inn til regionrådet.",
     "Ansvar: RV – Melde saka inn til regionrådet.", "RV", None),
])
def test_an_owner_label_before_the_task_s_own_sentence_is_no_part_of_it(text, task, who,
                                                                        due):
    _, actions = _outcomes_of(text)
    assert actions == [(task, who, due)]


@pytest.mark.parametrize(("label", "who", "due"), [
    ("Oppfølging ved Kari Holm, frist 1. april.", "Kari Holm", "2024-04-01"),
    ("Oppfylging ved dagleg leiar.", "dagleg leiar", None),
    ("Oppfølging v/ sekretariatet.", "sekretariatet", None),
])
def test_follow_up_by_whom_owns_the_task_before_it(label, who, due):
    _, actions = _outcomes_of(f"Brevet sendes kommunen.\n{label}")
    assert actions == [("Brevet sendes kommunen.", who, due)]


def test_the_next_sentence_of_someone_else_keeps_its_deadline_to_itself():
    # "innen 14 dager" is no date; the chair's deadline is not Ola's (the chair's own
    # dated errand is a task of its own)
    _, actions = _outcomes_of("Ola Dahl lager budsjett innen 14 dager. "
                              "Leder informerer kommunestyret innen 1. mai.")
    assert actions == [("Ola Dahl lager budsjett innen 14 dager.", "Ola Dahl", None),
                       ("Leder informerer kommunestyret innen 1. mai.", "Leder", "2024-05-01")]


@pytest.mark.parametrize("sentence", [
    "Per skulle kontakte banken, men det var ikke nødvendig.",
    "Kari skulle sende brevet, men fylket svarte først.",
])
def test_a_plan_told_in_the_past_and_set_aside_is_no_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize(("sentence", "who"), [
    ("Per Dahl rapporterer til styret innen 1. mars.", "Per Dahl"),
    ("Daglig leder gjennomfører møter med kommunene innen 1. juni.", "Daglig leder"),
    ("KH avklarer med banken innen 1/4.", "KH"),
    ("Sekretariatet gjennomfører spørreundersøkelse innan 1. april.", "Sekretariatet"),
    # two people joined by "og", each a person
    ("Camilla og Jomar tilpasser malen innen 1. april.", "Camilla og Jomar"),
    ("Kari Holm og PD tilpasser malen innen 1. april.", "Kari Holm og PD"),
])
def test_someone_named_doing_something_by_a_dated_deadline_is_a_task(sentence, who):
    assert is_action(sentence)
    assert responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", [
    "Per venter svar innen 1. mars.",  # what someone expects
    "Kommunen behandler saken innen 1. mars.",  # what a body outside does
    "Kari Holm minner om fristen innen 1. mars.",
])
def test_a_dated_sentence_without_a_doer_of_ours_is_no_task(sentence):
    assert not is_action(sentence)


def test_daglig_leder_with_a_verb_that_is_no_task_is_not_cut_to_daglig():
    # "leder" is the role's noun, not the verb of a "Daglig" that does something by a day
    sentence = "Daglig leder får fullmakt til å forhandle fram avtalen innen 31. januar 2026."
    assert responsible_of(sentence) != "Daglig"


def test_a_role_noun_ending_as_a_verb_stays_in_the_subject():
    assert responsible_of("Daglig leder v/ Per Dahl innhenter tilbud.") == \
        "Daglig leder v/ Per Dahl"


@pytest.mark.parametrize(("sentence", "who"), [
    ("Kari sa at hun skal sende brevet.", "Kari"),
    ("Per opplyste at han vil kontakte banken innen 1. mars.", "Per"),
])
def test_a_speaker_telling_what_they_will_do_owns_the_task(sentence, who):
    assert is_action(sentence)
    assert responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", ["Per opplyste at han skal gå av som leder.",
                                      "Kari sa at hun vil være borte i mars."])
def test_a_speaker_telling_their_plans_is_no_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize(("sentence", "who"), [
    ("Lage budsjett, ansvarlig for oppfølging: Kari Holm, frist 1. mars.", "Kari Holm"),
    ("Ansvar for å lage arrangement: Kari.", "Kari"),
    ("Ansvar for oppfølging: sekretariatet.", "sekretariatet"),
])
def test_who_follows_a_responsibility_for_what(sentence, who):
    assert responsible_of(sentence) == who


def test_a_nynorsk_decision_label_names_whose_it_is_with_sitt():
    text = ("Protokoll frå styremøte\n\nMøtedato: 3.12.2024\n\n"
            "Sak 25/24 Budsjett 2025\nDagleg leiar gjekk gjennom framlegget.\n"
            "Styret sitt vedtak: Budsjett for 2025 vert vedteke slik det ligg føre.\n")
    [item] = parse_bytes(text.encode(), "styre.txt").items
    assert item.decisions == ["Budsjett for 2025 vert vedteke slik det ligg føre."]


@pytest.mark.parametrize(("sentence", "decided"), [
    ("AU rår styret til å godkjenne årsmeldinga.", True),
    ("Arbeidsutvalet rår til at saka vert utsett.", True),
    ("AU rådde regionrådet til å vedta planen.", True),
    # (s64h) a host municipality cooperation's council advises the councils that decide
    ("Utvalet rår kommunestyra til å vedta budsjettet for 2026.", True),
    ("Utvalet rår kommunestyra i deltakarkommunane til å godkjenne avtalen.", True),
    ("Rådet rår eigarkommunane til å auke tilskotet.", True),
    ("Samarbeidsrådet anbefaler kommunestyrene å innarbeide sin andel.", True),
    # another's advice told in the case is no outcome
    ("Kommunedirektøren rår til at saka vert utsett.", False),
    ("Revisor rår kommunen til å endre rutinane.", False),
])
def test_the_body_advising_with_nynorsk_raa_til_is_its_conclusion(sentence, decided):
    assert is_decision(sentence) is decided


@pytest.mark.parametrize(("sentence", "task"), [
    # (s64h) a change reported made, with how things go now: no follow-up
    ("Rutinen er endret slik at alle vurderinger sendes digitalt.", False),
    ("Rutinen er endra slik at alle vurderingar vert sende digitalt.", False),
    # the same change still to be made is one
    ("Rutinen endres slik at alle vurderinger sendes digitalt.", True),
])
def test_a_routine_changed_so_that_tells_what_was_done(sentence, task):
    assert is_action(sentence) is task


@pytest.mark.parametrize(("sentence", "decided"), [
    ("Gruppa kom fram til at saka må greiast ut meir.", True),
    ("Styret kom frem til at søknaden skal avslås.", True),
    ("Saka vart send attende til administrasjonen.", True),  # nynorsk participle "send"
    # a person's conclusion, or arriving somewhere, is no outcome of the body
    ("Rådmannen kom fram til at saka må utsetjast.", False),
    ("Vi kom fram til Bergen kl. 10.", False),
])
def test_a_conclusion_reached_and_a_case_sent_back_in_nynorsk(sentence, decided):
    assert is_decision(sentence) is decided


def test_listed_referatsaker_lines_are_not_joined_to_the_outcome_below_them():
    text = ("Møteprotokoll\n\nUtval for levekår\nMøtedato: 21.01.2025\n\n"
            "Sak 2/25 Referatsaker\nRS 1/25 Brev frå Statsforvaltaren om tilsyn\n"
            "RS 2/25 Årsrapport 2024\nSaka vart teken til orientering.\n\n"
            "Sak 3/25 Eventuelt\nIngen saker.\n")
    item = parse_bytes(text.encode(), "levekar.txt").items[0]
    assert item.decisions == ["Saka vart teken til orientering."]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Rådet drøftet planen og vil gi en felles uttale.", "Rådet"),
    ("Kari Holm tok ordet og vil sende brevet.", "Kari Holm"),
    ("Kari og Per vil sende brevet.", "Kari og Per"),
])
def test_a_verb_phrase_joined_to_the_task_s_is_no_part_of_its_subject(sentence, who):
    assert responsible_of(sentence) == who


@pytest.mark.parametrize("heading", ["Oppfølgingspunkt | Ansvarlig | Frist | Status",
                                     "Aksjoner | Ansvar | Dato | Status",
                                     "Oppgåver | Kven | Når | Status"])
def test_a_register_headed_by_a_plural_or_compound_task_word(heading):
    text = ("# Referat fra styremøte 14.03.2025\n\nTil stede: Ola Berg, Liv Sand, Tor Haug\n\n"
            "## Sak 2 Vedlikehold av grendehuset\n\nStyret diskuterte behovet for maling.\n\n"
            f"| {heading} |\n|---|---|---|---|\n"
            "| Innhente tilbud på maling | Tor | 1.4. | Pågår |\n"
            "| Bestille container | LS | 15.04.25 | Ferdig |\n"
            "| Rydde lageret | Alle | Snarest | |\n\n## Sak 3 Eventuelt\n\nIngen saker.\n")
    item = parse_bytes(text.encode(), "s.md").items[0]
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [  # (not the done row)
        ("Innhente tilbud på maling", "Tor", "2025-04-01"), ("Rydde lageret", "Alle", None)]


@pytest.mark.parametrize("sentence", [
    "Klubben skal til enhver tid ha et oppdatert medlemsregister.",  # a standing duty
    "Sekretariatet skal til ei kvar tid ha oversikt over tilskota.",
    "Styret vurderer å kjøpe ny klubbil.",  # weighing a plan, not a task yet
    "Sekretariatet vurderar å lage ein ny nettstad.",
    # a judgement made in the meeting, not an errand after it
    "Prosjektgruppen vurderer at fremdriften i AP2 er den største risikoen.",
    "Arbeidsutvalet vurderar det som viktig å halde fram med samarbeidet.",
    # a paper reported on, to be ready by a season: no dated follow-up
    "Planen skal være ferdig før sommeren.",
    "Rapporten skal vere klar før jul.",
])
def test_standing_duties_and_plans_weighed_are_no_tasks(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "Fylkeskommunen vurderer også å bygge ny gang- og sykkelvei.",  # a plan weighed, "also"
    "Fylkeskommunen vurderer òg å lage ein eigen plan for næringsareal.",
    "Fylkeskommunen vurderer for tiden om rutene skal endres.",  # work going on now: news
    "Statsforvalteren undersøker nå om kommunene kan søke skjønnsmidler.",
    "Vegvesenet kartlegg no alle busshaldeplassane i regionen.",
])
def test_an_organisations_work_going_on_or_plan_weighed_is_news_no_task(sentence):
    assert not is_action(sentence)


def test_a_task_still_weighs_its_matter_when_vurderer_takes_an_object():
    assert is_action("Sekretariatet vurderer søknaden og svarer innen 1. mai.")
    assert is_action("Sekretariatet vurderer om avtalen bør sies opp, og svarer innen 1. mai.")


@pytest.mark.parametrize("sentence", ["Planen skal være ferdig innen 1. april.",
                                      "Rapporten skal vere klar før utgangen av mai.",
                                      "Programmet må være klart før uke 12."])
def test_a_paper_to_be_ready_by_a_day_week_or_month_is_a_passive_task(sentence):
    assert is_action(sentence)


@pytest.mark.parametrize(("line", "who"), [
    ("Søke om kulturmidler innen 1.2. (Jon)", "Jon"),  # the date's stop before the bracket
    ("Sende brev til kommunen innen 15.3. (KH/PD)", "KH/PD"),
])
def test_an_owner_in_brackets_after_a_dated_task_is_its_owner(line, who):
    _decisions, actions = _outcomes_of(f"- {line}\n- Rydde boden (alle)")
    assert actions[0][:2] == (line, who)
    assert actions[1][:2] == ("Rydde boden (alle)", "alle")


def test_an_action_label_with_its_task_on_the_line_holds_that_line_only():
    _decisions, actions = _outcomes_of(
        "Aksjon: Mona innhenter tall fra kommunene. Frist: 14.04.\n"
        "Kommunene oppfordres til å svare på undersøkelsen.\n"  # encouraged: no one's task
        "Per sender lenke til undersøkelsen.")
    assert actions == [("Mona innhenter tall fra kommunene.", "Mona", "2024-04-14"),
                       ("Per sender lenke til undersøkelsen.", "Per", None)]


def test_a_list_under_an_action_label_with_a_task_on_its_line_goes_on():
    _decisions, actions = _outcomes_of("Oppfølging: Kari lager plan.\n- Bestille buss\n"
                                       "- Booke hotell")
    assert [a[0] for a in actions] == ["Kari lager plan.", "Bestille buss", "Booke hotell"]


@pytest.mark.parametrize("sentence", [
    "Øvelsen skal prøve ut varsling mellom kommunene.",  # (s68e) what the exercise is for
    "Kurset skal gi innføring i det nye arkivsystemet.",
])
def test_what_an_exercise_or_course_is_for_is_no_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "Geir melder forfall til neste møte.", "Kari meldte forfall til møtet 3. mai.",
    "Ola meldar fråvær til neste møte.",  # nynorsk
    "Kari Lie meldar fråfall til neste møte.",  # (s68e) nynorsk "fråfall" too
    "Fråfall skal meldast til sekretariatet.",  # the standing rule, in the passive
])
def test_notice_of_absence_is_no_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize(("after", "due"), [
    ("Frist for innspill til planen er 20. april.", None),  # the deadline of another thing
    ("Fristen for søknaden er 20. april.", "2024-04-20"),  # the task's own thing
    ("Frist for dette er 20. april.", "2024-04-20"),
])
def test_a_deadline_sentence_naming_its_own_thing_is_not_the_task_s(after, due):
    _decisions, actions = _outcomes_of(f"Kari sender søknaden til fylket. {after}")
    assert actions == [("Kari sender søknaden til fylket.", "Kari", due)]


def test_initials_before_a_colon_and_an_owner_label_before_a_dashed_task_own_it():
    _decisions, actions = _outcomes_of("KH: Kontakte grunneierne langs Nordstien. Frist 1.6.\n"
                                       "Ansv.: RB – Bestille nye skilt.")
    assert actions == [("KH: Kontakte grunneierne langs Nordstien.", "KH", "2024-06-01"),
                       ("Ansv.: RB – Bestille nye skilt.", "RB", None)]


@pytest.mark.parametrize("label", ["Einstemmig:", "Enstemmig:", "Samrøystes:"])
def test_the_vote_alone_before_a_colon_labels_the_vedtak_under_it(label):
    text = ("Referat frå arbeidsutvalet 5. februar 2025\n\nTil stades: Kari Dal, Per Haugen\n\n"
            f"Sak 02/25 Strategi\nSaka vart drøfta.\n{label}\n"
            "Strategien vert send til regionrådet.\n")
    [item] = parse_bytes(text.encode(), "au.txt").items
    assert item.decisions == ["Strategien vert send til regionrådet."]


@pytest.mark.parametrize("talk", ["Det vart elles orientert om nøkkelrutinane.",
                                  "Det ble diskutert hvordan vedtaket skal kunngjøres.",
                                  "Kari Lunde orienterte om nøkkelrutinane."])
def test_the_minutes_telling_the_talk_after_a_vedtak_s_list_end_it(talk):
    text = ("Referat frå styremøte 2. oktober 2025\n\nTil stades: Kari Lunde, Pål Aas\n\n"
            "Sak 35/25 Lokale\nStyret sitt vedtak:\na) Laget seier opp leigeavtalen.\n"
            f"b) Leiar forhandlar om nytt lokale.\n{talk}\n\nSak 36/25 Eventuelt\nIngen saker.\n")
    item = parse_bytes(text.encode(), "s.txt").items[0]
    assert item.decisions == ["Laget seier opp leigeavtalen.", "Leiar forhandlar om nytt lokale."]


@pytest.mark.parametrize("sentence", ["Saka blir avslutta.", "Styret bifalt søknaden.",
                                      "Rådet bifell klagen."])
def test_a_case_closed_or_granted_in_more_words_is_the_outcome(sentence):
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Rektor informerte om at skuleruta er vedteken.",  # news of another's outcome
    "Det vart spurt om budsjettet er godkjent.", "Kari Holm spurte om saken er utsatt.",
    "Det vart stilt spørsmål ved om avtalen er godkjend.",  # a question, reported
    "Informasjon om at saka er utsett.",
    "Mange var samde i at tilbodet bør utvidast.",  # some of those present, not the body
    "Flere av medlemmene var enige om at fristen er for kort.",
    "Fleire av medlemene slutta seg til dette.",  # joining a member's point, not the body
    "Noen sluttet seg også til forslaget fra Per Dahl.",
    "Han føreslo at saka vert utsett.",  # a member's proposal, in nynorsk
])
def test_what_someone_told_asked_or_proposed_about_an_outcome_is_none(sentence):
    assert not is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Leiar orienterte om at søknaden er innvilga, og styret tok dette til vitande.",
    "Alle var samde i at tilbodet bør utvidast.",
    "Regionrådet slutta seg til framlegget.",  # the body joining it: its outcome
])
def test_an_outcome_after_what_was_told_or_agreed_by_all_stays_one(sentence):
    assert is_decision(sentence)


@pytest.mark.parametrize("name", ["s.md", "s.txt"])  # Markdown, and a text copy of it
def test_a_sentence_set_in_bold_under_the_discussion_is_the_vedtak(name):
    text = ("Protokoll fra styremøte 10. april 2025\n\nTil stede: Anne Berg, Jon Li\n\n"
            "Sak 13/25 Medlemskontingent\nKasserer la fram tall for kontingenten.\n\n"
            "**Kontingenten for 2026 holdes uendret.**\n\nSak 14/25 Eventuelt\nIngen saker.\n")
    item = parse_bytes(text.encode(), name).items[0]
    assert item.decisions == ["Kontingenten for 2026 holdes uendret."]


def test_a_sentence_in_bold_on_a_web_page_is_the_vedtak():
    page = ("<html><body><h1>Protokoll fra styremøte 10. april 2025</h1>"
            "<p>Til stede: Anne Berg, Jon Li</p><h2>Sak 13/25 Medlemskontingent</h2>"
            "<p>Kasserer la fram tall for kontingenten.</p>"
            "<p><strong>Kontingenten for 2026 holdes uendret.</strong></p>"
            "<h2>Sak 14/25 Eventuelt</h2><p>Ingen saker.</p></body></html>")
    item = parse_bytes(page.encode(), "s.html").items[0]
    assert item.decisions == ["Kontingenten for 2026 holdes uendret."]


@pytest.mark.parametrize("line", ["**NB! Fristen for påmelding er 1. mai.**",
                                  "**Møtet ble hevet kl. 15.00.**",
                                  "**Det ble orientert om kontingenten i nabolaget.**"])
def test_a_note_the_meeting_s_course_or_the_talk_in_bold_is_no_vedtak(line):
    text = ("Protokoll fra styremøte 10. april 2025\n\nTil stede: Anne Berg, Jon Li\n\n"
            "Sak 13/25 Medlemskontingent\nKasserer la fram tall for kontingenten.\n\n"
            f"{line}\n\nSak 14/25 Eventuelt\nIngen saker.\n")
    assert parse_bytes(text.encode(), "s.md").items[0].decisions == []


def test_one_owner_line_under_a_list_of_tasks_owns_them_all():
    _, actions = _outcomes_of("Oppfølging:\n- Innhente tilbud fra to leverandører\n"
                              "- Lage et notat (Per)\n- Kalle inn til arbeidsmøte\n"
                              "Ansvar: Daglig leder\nFrist: 15. april")
    assert actions == [("Innhente tilbud fra to leverandører", "Daglig leder", "2024-04-15"),
                       ("Lage et notat (Per)", "Per", "2024-04-15"),
                       ("Kalle inn til arbeidsmøte", "Daglig leder", "2024-04-15")]


def test_an_owner_line_under_each_entry_owns_only_that_entry():
    _, actions = _outcomes_of("- Sende brev til fylket\nAnsvar: Per\n"
                              "- Oppdatere nettsiden\nAnsvar: Kari")
    assert actions == [("Sende brev til fylket", "Per", None),
                       ("Oppdatere nettsiden", "Kari", None)]


def test_an_owner_line_under_a_lettered_vedtak_goes_to_its_task_not_to_its_outcome():
    decisions, actions = _outcomes_of("Vedtak:\na) Sekretariatet lager en plan for arbeidet.\n"
                                      "b) Styret tar saken til orientering.\n"
                                      "Ansvar: Sekretariatet\nFrist: 1. mai")
    assert decisions == ["Sekretariatet lager en plan for arbeidet.",
                         "Styret tar saken til orientering."]
    assert actions == [("Sekretariatet lager en plan for arbeidet.", "Sekretariatet",
                        "2024-05-01")]


def test_an_owner_line_under_a_numbered_vedtak_covers_its_passive_task_too():
    _, actions = _outcomes_of("Vedtak:\n1. Planen sendes på høring til kommunene.\n"
                              "2. Sekretariatet utarbeider en oversikt over innspillene.\n"
                              "Ansvar: Sekretariatet\nFrist: 1. juni")
    assert actions == [
        ("Planen sendes på høring til kommunene.", "Sekretariatet", "2024-06-01"),
        ("Sekretariatet utarbeider en oversikt over innspillene.", "Sekretariatet",
         "2024-06-01")]


@pytest.mark.parametrize("sentence", [
    "Kommunene skal sørge for at planene er oppdatert.",
    "Kommunen skal sørge for at alle ansatte har gjennomført kurs.",
    "Kommunane skal syte for at planane blir oppdaterte.",
    "Medlemskommunene skal sikre god informasjon til innbyggerne.",
    "Kommunene sørger for at tiltakene blir gjennomført.",
    "Partene skal følge avtalen.",
])
def test_a_duty_laid_on_the_member_municipalities_is_a_policy_not_a_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize(("sentence", "who"), [
    ("Kommunene skal sende inn sine innspill innen 1. mars.", "Kommunene"),
    ("Alle kommunene skal følge opp tiltakene i planen.", "Alle kommunene"),
    ("Sekretariatet skal sørge for at referatet publiseres.", "Sekretariatet"),
    ("Fjordvik kommune skal sørge for lokale til samlingen.", "Fjordvik kommune"),
])
def test_an_errand_a_deadline_or_the_bodys_own_people_keep_the_task(sentence, who):
    assert is_action(sentence) and responsible_of(sentence) == who


def test_a_vedtak_that_sets_a_policy_and_a_task_gives_only_the_task():
    decisions, actions = _outcomes_of(
        "Vedtak:\nKommunene skal sørge for at beredskapsplanene er oppdatert.\n"
        "Sekretariatet sender utkastet til kommunene innen 15. april.")
    assert len(decisions) == 2
    assert actions == [("Sekretariatet sender utkastet til kommunene innen 15. april.",
                        "Sekretariatet", "2024-04-15")]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Saken følges opp av adm.", "adm."),
    ("Saken følges opp av styreleder og daglig leder.", "styreleder og daglig leder"),
    ("Dette følges opp av Kari og Per.", "Kari og Per"),
    ("Følges opp v/ sekretariatet.", "sekretariatet"),
    ("Saken følges opp av sekretariatet i samarbeid med kommunene.", "sekretariatet"),
    ("Saken følges opp av Kari Holm og Per Dahl, frist 1. mars.", "Kari Holm og Per Dahl"),
])
def test_the_agent_of_a_passive_task_owns_it_however_many_or_short(sentence, who):
    assert is_action(sentence) and responsible_of(sentence) == who


def test_a_status_line_under_a_task_entry_is_no_task_and_a_closed_one_drops_it():
    _, actions = _outcomes_of("Tiltaksliste:\nTiltak: Sende brev til kommunene\n"
                              "Ansvar: Leder\nFrist: 10. april\nStatus: Ferdig\n\n"
                              "Tiltak: Avklare møteplan\nAnsvar: AU\nFrist: 30. april\n"
                              "Status: Pågår")
    assert actions == [("Avklare møteplan", "AU", "2024-04-30")]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Sekretariatet har ansvar for videre oppfølging.", "Sekretariatet"),
    ("Daglig leder har ansvar for oppfølging av saken.", "Daglig leder"),
    ("Dagleg leiar tek ansvaret for oppfylginga.", "Dagleg leiar"),
])
def test_taking_on_the_follow_up_of_the_case_is_a_task(sentence, who):
    assert is_action(sentence) and responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", ["Kommunene har ansvar for oppfølging.",
                                      "Daglig leder har ansvar for økonomien."])
def test_a_members_duty_or_a_seat_of_responsibility_is_no_task(sentence):
    assert not is_action(sentence)


def test_an_owner_after_a_sentence_under_a_list_owns_that_sentence_not_the_list():
    _, actions = _outcomes_of("- Sende invitasjon\n- Oppdatere nettsiden\n"
                              "Sekretariatet lager en plan. Ansvar: Per Dahl")
    assert actions == [("Sende invitasjon", None, None), ("Oppdatere nettsiden", None, None),
                       ("Sekretariatet lager en plan.", "Per Dahl", None)]


@pytest.mark.parametrize(("told", "vote"), [
    ("Ola Dahl fremmet forslag om et tillegg om sykkelvei.", "Forslaget ble enstemmig vedtatt."),
    ("Ola Dahl sette fram framlegg om eit tillegg.", "Framlegget vart samrøystes vedteke."),
])
def test_a_proposal_told_in_words_takes_the_vote_after_it_not_the_innstilling(told, vote):
    # the vote is on the member's proposal; the vedtak below differs from the innstilling,
    # which no sentence shows adopted
    decisions, _ = _council_outcomes(
        "Innstilling:\nRegionrådet slutter seg til uttalelsen slik den foreligger.\n"
        f"Behandling:\n{told} {vote}\n"
        "Vedtak:\nRegionrådet slutter seg til uttalelsen med tillegg om sykkelvei.")
    assert decisions == [vote, "Regionrådet slutter seg til uttalelsen med tillegg om sykkelvei."]


@pytest.mark.parametrize("sentence", [
    "Rådet er uenig i nedleggelsen.", "Utvalget var samlet uenig i forslaget.",
    "Styret var ueinig i framlegget.", "Styret er negativ til søknaden.",
])
def test_the_body_taking_a_stand_against_it_decides(sentence):
    # the body's position, as "Styret er positiv til forslaget." is
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Kari Holm er uenig i forslaget.", "Flere var uenige i dette.",
    "Rådmannen er uenig i kritikken.",  # a person, not the body
])
def test_someone_else_disagreeing_decides_nothing(sentence):
    assert not is_decision(sentence)


@pytest.mark.parametrize(("first", "second"), [
    ("Vedtak 1:", "Vedtak 2:"), ("Vedtak nr. 1:", "Vedtak nr. 2:"), ("Vedtak 1 :", "Vedtak 2 :")])
def test_several_numbered_vedtak_in_one_item_drop_their_labels(first, second):
    decisions, actions = _council_outcomes(
        f"Saken ble drøftet.\n\n{first} Regionrådet slutter seg til høringsuttalelsen.\n"
        f"{second} Sekretariatet sender uttalelsen til fylkeskommunen.")
    assert decisions == ["Regionrådet slutter seg til høringsuttalelsen.",
                         "Sekretariatet sender uttalelsen til fylkeskommunen."]
    assert [who for _, who, _ in actions] == ["Sekretariatet"]


@pytest.mark.parametrize("lead", ["Regionrådet vedtar følgende satsingsområder:",
                                  "Regionrådet sluttar seg til desse satsingane:"])
def test_a_vedtak_s_own_lead_sentence_before_its_bullets_is_decided(lead):
    # a short line ending in a colon is a heading inside the vedtak only when it decides
    # nothing ("Tilråding til kommunane:")
    decisions, _ = _council_outcomes(
        f"Vedtak:\n{lead}\n- reiseliv\n- landbruk og mat\nStrategien rulleres årlig.")
    assert decisions == [lead, "reiseliv", "landbruk og mat", "Strategien rulleres årlig."]


@pytest.mark.parametrize("label", ["Tor Aasen fremmet følgende alternative forslag:",
                                   "Tor Aasen la fram nytt forslag:",
                                   "Brit Lid sette fram eit alternativt framlegg:"])
def test_an_alternative_proposal_made_in_the_meeting_is_no_decision(label):
    decisions, _ = _council_outcomes(
        "Forslag til vedtak:\nRegionrådet godkjenner investeringen.\n"
        f"{label} Saken utsettes til neste møte.\n"
        "Innstillingen ble vedtatt med 2 mot 1 stemme.")
    assert decisions == ["Regionrådet godkjenner investeringen.",
                         "Innstillingen ble vedtatt med 2 mot 1 stemme."]


@pytest.mark.parametrize("verdict", ["Forslaget fra daglig leder ble vedtatt med 2 mot 1 stemme.",
                                     "Framlegget frå administrasjonen vart samrøystes vedteke."])
def test_the_proposal_named_by_who_brought_the_case_is_adopted_not_the_alternative(verdict):
    decisions, _ = _council_outcomes(
        "Forslag til vedtak:\nRegionrådet godkjenner investeringen.\n"
        f"Tor Aasen fremmet følgende alternative forslag: Saken utsettes.\n{verdict}")
    assert decisions == ["Regionrådet godkjenner investeringen.", verdict]


@pytest.mark.parametrize("vote", ["Som framlegg, samrøystes.", "Som forslaget – enstemmig.",
                                  "Som framlegget, samrøystes vedteke."])
def test_as_proposed_with_the_vote_after_a_comma_adopts_the_proposal(vote):
    # read as the vote before it is ("Samrøystes som framlegg."): the proposal is what was
    # decided (and the task it sets), the vote line records how
    decisions, actions = _council_outcomes(
        "Framlegg til vedtak: Regionrådet ber sekretariatet sende planen på høyring.\n"
        f"Vedtak: {vote}")
    assert decisions == ["Regionrådet ber sekretariatet sende planen på høyring.", vote]
    assert actions == [("Regionrådet ber sekretariatet sende planen på høyring.",
                        "sekretariatet", None)]


@pytest.mark.parametrize("vedtak", ["Vedtak: Som forslag.", "Vedtak: Som innstillingen."])
def test_as_proposed_after_the_vote_adopted_the_proposal_adds_nothing(vedtak):
    decisions, _ = _council_outcomes(
        "Daglig leders forslag til vedtak:\n1. Styret godkjenner budsjettet.\n"
        "2. Kontingenten holdes uendret.\n\nStyret drøftet budsjettet.\n\n"
        f"Votering: Enstemmig.\n\n{vedtak}")
    assert decisions == ["Styret godkjenner budsjettet.", "Kontingenten holdes uendret.",
                         "Enstemmig."]


@pytest.mark.parametrize("sentence", [
    "Arbeidsgruppen kom frem til at vi går videre med alternativ B.",  # a compound body noun
    "Konkludert med at prosjektet avsluttes.",  # a short note without a subject
    "Styret gav samtykke til salet.", "Styret ga sitt samtykke til avtalen.",
    "Styret sa ja til søknaden.", "Laget seier nei til tilbodet.",
    "Utvalet gjorde vedtak om å sende saka på høyring.",
    "Styret fattet vedtak i tråd med innstillingen.",
    "Regionrådet oppnemnde Kari Holm som representant.",
    "Styret oppnevnte Kari Holm til valgkomiteen.", "Kari Holm ble oppnevnt som representant.",
    "Regionrådet gir følgende høringsuttalelse:", "Rådet gav fråsegn til planen.",
    "AU avgir uttalelse i tråd med saksframlegget.",
])
def test_a_decision_told_in_prose_without_a_label(sentence):
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Kari Holm gav samtykke til at bildet ble brukt.",  # a person, not the body
    "Kari sa ja til å lede gruppa.", "Fylkesdirektøren ga en uttalelse til avisen.",
    "Arbeidsgruppa ble oppnevnt av kommunestyret i 2020.",  # its history
])
def test_a_person_s_consent_or_statement_decides_nothing(sentence):
    assert not is_decision(sentence)


def test_another_body_s_vedtak_told_in_prose_is_background():
    decisions, _ = _council_outcomes(
        "Kommunestyret i Nordby gjorde vedtak om å slå sammen skolene.\n"
        "Regionrådet gir følgende høringsuttalelse: Regionrådet støtter planen.")
    assert decisions == ["Regionrådet gir følgende høringsuttalelse: Regionrådet støtter planen."]


@pytest.mark.parametrize("remark", [
    "Dissens: Per Dahl stemte mot.", "Dissens frå Per Dahl: Saka bør utsetjast.",
    "Særmerknad frå Per Dahl: Saka bør utsetjast.",
    "Dissens fra Per Dahl og Siri Aas:\nDe mener saken burde vært utsatt.",
    "Mindretallet (Per Dahl) ville utsette saken.", "Mindretalet ville utsetje saka.",
])
def test_a_dissent_or_the_minority_s_view_under_the_vedtak_is_no_decision(remark):
    decisions, actions = _council_outcomes(
        f"Vedtak:\nRegionrådet vedtar planen.\n{remark}\n\n"
        "Sekretariatet sender planen til fylket.")
    assert decisions == ["Regionrådet vedtar planen."]
    assert [who for _, who, _ in actions] == ["Sekretariatet"]


@pytest.mark.parametrize(("line", "decided"), [
    ("Rådet ønskjer å gå vidare med modell 2.", "Rådet ønskjer å gå vidare med modell 2."),
    ("Styret ønska å gå vidare med modell 2.", "Styret ønska å gå vidare med modell 2."),
    ("Oppsummering: Styret ønsker å gå videre med modell 2.",  # the lead dropped
     "Styret ønsker å gå videre med modell 2."),
    ("Oppsummering: Rådet ønskjer å gå vidare med modell 2.",
     "Rådet ønskjer å gå vidare med modell 2."),
])
def test_the_body_s_wish_in_nynorsk_and_after_a_summary_lead_decides(line, decided):
    decisions, _ = _council_outcomes(f"Rådet drøfta ulike modellar.\n{line}")
    assert decisions == [decided]


@pytest.mark.parametrize("sentence", [
    "Saken tas opp igjen på neste møte.", "Saken tas opp igjen av styret i neste møte.",
    "Saka vert teken opp att på neste møte.", "Saken tas opp på nytt på neste møte.",
    "Saka kjem opp att på neste møte.", "Saken kommer tilbake på neste møte.",
    "Styret tar saken opp igjen i neste møte.",
])
def test_the_body_coming_back_to_its_case_is_a_put_off_not_a_follow_up(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "Saken tas opp igjen med kommunen.",  # raised with others: an errand
    "Kari Holm legger fram saken på nytt i neste møte.",  # a person lays it before the body
    "Styret tar saken opp med kommunen.", "Saka vert sett opp på neste møte.",
])
def test_raising_the_case_with_others_or_laying_it_before_the_body_stays_a_task(sentence):
    assert is_action(sentence)


def test_a_case_coming_up_in_another_body_is_no_put_off():
    assert not is_decision("Saken kommer opp i kommunestyret i mars.")


def test_a_case_put_off_to_the_next_meeting_in_an_item_is_its_decision_alone():
    decisions, actions = _outcomes_of("Regnskapet ble gjennomgått. Saken tas opp igjen av "
                                      "styret i neste møte.")
    assert decisions == ["Saken tas opp igjen av styret i neste møte."] and actions == []


@pytest.mark.parametrize(("sentence", "who"), [
    ("Bestille premier – Kari Holm og Ola Dahl – snarest", "Kari Holm og Ola Dahl"),
    ("Kontakte fylket – AU og sekretariatet – før sommeren", "AU og sekretariatet"),
    ("Lage årshjul – Per – uke 12", "Per"), ("Søke tilskudd – KH – Q2 2026", "KH"),
    ("Oppdatere nettsiden – Siri – løpende", "Siri"),
    ("Kontakte fylket – Hamar – snarest", None),  # a place: no one who does it
])
def test_an_owner_after_a_dash_keeps_it_before_a_deadline_in_words(sentence, who):
    assert responsible_of(sentence) == who


def test_a_deadline_in_words_after_the_owner_s_dash_gives_no_due_date():
    text = ("Referat fra styremøte 20.01.2026\n\nTil stede: Kari Holm, Per Berg, Ola Dahl\n\n"
            "Sak 3 Cup\nCupen ble drøftet.\n\nAksjonspunkter:\n"
            "- Purre kontingent – Per Berg – innen 15. februar\n"
            "- Bestille premier – Kari Holm og Ola Dahl – snarest\n")
    [item] = parse_bytes(text.encode(), "styre.txt").items
    assert [(a.responsible, a.due) for a in item.actions] == [
        ("Per Berg", "2026-02-15"), ("Kari Holm og Ola Dahl", None)]


@pytest.mark.parametrize("line", [
    "Ansvar: Ola Dahl innen 1. april", "Ansvarleg: Ola Dahl innan 1. april.",
    "Oppfølging: Ola Dahl innen 1. april", "Ansvarlig: Ola Dahl senest 1. april",
])
def test_an_owner_line_with_its_deadline_word_right_after_the_name(line):
    _, actions = _outcomes_of(f"Søknad om midler til nytt lokale.\n{line}")
    assert actions == [("Søknad om midler til nytt lokale.", "Ola Dahl", "2024-04-01")]


@pytest.mark.parametrize(("line", "owner"), [
    ("Oppfølging: sekretariatet innan 15. april", "sekretariatet"),
    ("Oppfølging: dagleg leiar innan 15. april", "dagleg leiar"),
    ("Ansvar: sekretariatet innen 15. april", "sekretariatet"),
])
def test_an_owner_role_with_its_deadline_word_right_after_it(line, owner):
    # a role in lower case, as a name is read in "Ansvar: Ola Dahl innen 1. april"
    _, actions = _outcomes_of(f"Vedtak: Styret ber om tilbod på nytt lokale.\n{line}")
    assert actions == [("Styret ber om tilbod på nytt lokale.", owner, "2024-04-15")]


@pytest.mark.parametrize("told", [
    "Utvalget drøftet planen.", "Saken ble drøftet.", "Tatt til orientering.",
    "Daglig leder orienterte om økonomien.", "Styret gikk gjennom tilbudene.",
    "Det ble diskutert hvordan cupen skal gjennomføres.",
])
def test_an_owner_line_after_what_the_meeting_did_names_who_has_the_case_no_task(told):
    _, actions = _outcomes_of(f"{told}\nAnsvar: Per Lunde")
    assert actions == []


def test_an_owner_line_after_a_vedtak_that_sets_a_task_owns_it():
    decisions, actions = _outcomes_of("Styret vedtok å kjøpe ny plenklipper.\n"
                                      "Ansvar: Per Lunde")
    assert decisions == ["Styret vedtok å kjøpe ny plenklipper."]
    assert actions == [("Styret vedtok å kjøpe ny plenklipper.", "Per Lunde", None)]


@pytest.mark.parametrize("when", ["Løpende", "Fortløpende", "Kontinuerlig", "Løpande"])
def test_an_ongoing_row_of_a_task_table_stays_a_task_without_a_due_date(when):
    # the register lists it among the tasks; the words name no date (nor a working rule
    # the body decided: "Sekretariatet sender referatet fortløpende." is one)
    _, actions = _outcomes_of("| Oppgave | Ansvarlig | Frist |\n"
                              f"| Oppdatere nettsiden | Kari Holm | {when} |\n"
                              "| Sende regnskap | Per Lunde | 1. mai |")
    assert actions == [("Oppdatere nettsiden", "Kari Holm", None),
                       ("Sende regnskap", "Per Lunde", "2024-05-01")]


@pytest.mark.parametrize("label", ["Eldrerådets uttalelse:", "Rådets uttale:",
                                   "Eldrerådet si fråsegn:", "Eldrerådets uttalelse :"])
def test_a_council_s_statement_is_its_vedtak(label):
    text = ("Protokoll\n\nEldrerådet\n\nMøtedato: 14.01.2026\n\nTilstede: Inger Lise Bråten, "
            f"Åse Fjeld\n\nSak 1/26 Budsjett\nKommunalsjefen orienterte.\n{label}\n"
            "Eldrerådet mener dagsenteret bør ha lengre åpningstid.\n")
    [item] = parse_bytes(text.encode(), "eldrerad.txt").items
    assert item.decisions == ["Eldrerådet mener dagsenteret bør ha lengre åpningstid."]


@pytest.mark.parametrize("label", ["Uttalelse:", "Uttale:", "Fråsegn:",
                                   "Uttalelse i Eldrerådet - 14.01.2026:",
                                   "Uttale i Eldrerådet:"])
def test_a_council_s_bare_statement_label_is_its_vedtak(label):
    # a case system's protocol of a council: its statement under the bare label, or under
    # the heading that names the council and the day like "Vedtak i Eldrerådet - …"
    text = ("Protokoll\n\nEldrerådet\n\nMøtedato: 14.01.2026\n\nTilstede: Inger Lise Bråten, "
            f"Åse Fjeld\n\nSak 1/26 Budsjett\nKommunalsjefen orienterte.\n{label}\n"
            "Eldrerådet mener dagsenteret bør ha lengre åpningstid.\n")
    [item] = parse_bytes(text.encode(), "eldrerad.txt").items
    assert item.decisions == ["Eldrerådet mener dagsenteret bør ha lengre åpningstid."]


@pytest.mark.parametrize(("label", "decisions"), [
    ("Uttalelse i Eldrerådet - 14.01.2026", ["Dagsenteret bør ha lengre åpningstid."]),
    ("Fråsegn i Eldrerådet – 14.01.2026", ["Dagsenteret bør ha lengre åpningstid."]),
    ("Uttalelse i Eldrerådet ble lest opp", []),  # a sentence, no heading with its day
])
def test_a_council_s_statement_heading_with_its_day_needs_no_colon(label, decisions):
    text = ("Protokoll\n\nEldrerådet\n\nMøtedato: 14.01.2026\n\nTilstede: Inger Lise Bråten, "
            f"Åse Fjeld\n\nSak 1/26 Budsjett\nKommunalsjefen orienterte.\n{label}\n"
            "Dagsenteret bør ha lengre åpningstid.\n")
    [item] = parse_bytes(text.encode(), "eldrerad.txt").items
    assert item.decisions == decisions


@pytest.mark.parametrize("label", ["Uttalelse fra Statsforvalteren:", "Uttalelser:"])
def test_another_s_statement_or_the_statements_received_are_no_vedtak(label):
    text = ("Protokoll\n\nEldrerådet\n\nMøtedato: 14.01.2026\n\nTilstede: Inger Lise Bråten, "
            f"Åse Fjeld\n\nSak 1/26 Budsjett\nKommunalsjefen orienterte.\n{label}\n"
            "Dagsenteret bør ha lengre åpningstid.\n")
    [item] = parse_bytes(text.encode(), "eldrerad.txt").items
    assert item.decisions == []


@pytest.mark.parametrize("label", ["Rådmannens uttalelse:", "Kommunedirektørens uttale:"])
def test_the_administration_s_statement_is_no_vedtak(label):
    text = ("Protokoll\n\nEldrerådet\n\nMøtedato: 14.01.2026\n\nTilstede: Inger Lise Bråten, "
            f"Åse Fjeld\n\nSak 1/26 Budsjett\nKommunalsjefen orienterte.\n{label}\n"
            "Dagsenteret bør ha lengre åpningstid.\n")
    [item] = parse_bytes(text.encode(), "eldrerad.txt").items
    assert item.decisions == []


@pytest.mark.parametrize("sentence", [
    "The agenda was approved.", "The minutes of 6 February were approved without comments.",
    "The budget was unanimously adopted.", "The steering group agreed to submit the input.",
    "The board approved the budget.", "It was decided to postpone the seminar.",
])
def test_english_outcome_sentences_are_decisions(sentence):
    # a Nordic cooperation's minutes are often written in English
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Kristina presented the draft input.", "Lars agreed to send the slides.",
])
def test_english_sentences_that_decide_nothing_are_no_decisions(sentence):
    assert not is_decision(sentence)


def test_an_english_decision_label_gives_its_sentence_without_the_label():
    text = ("Minutes – Steering Group meeting\n\nDate: 24 April 2025\n\nPresent:\n"
            "Lars Dahl (Chair)\nAnna Berg\n\n1. Annual conference\nAnna informed about the "
            "programme.\nDecision: The conference will be held in September.\n")
    [item] = parse_bytes(text.encode(), "minutes.txt").items
    assert item.decisions == ["The conference will be held in September."]


@pytest.mark.parametrize("sentence", [
    "Semje om at fylkeskommunen lagar ei felles rettleiing.",
    "Enighet om å utsette saken til høsten.", "Full semje om framlegget.",
])
def test_an_agreement_noted_without_a_verb_is_a_decision(sentence):
    assert is_decision(sentence)


@pytest.mark.parametrize("label", ["Innstilling til rådet:", "Tilråding til styret:",
                                   "Innstilling til representantskapet:"])
def test_a_committee_s_proposal_to_the_body_above_is_adopted_without_its_label(label):
    text = ("Protokoll fra møte i arbeidsutvalget\n\nDato: 12.05.2025\n\nTil stede: Kari Holm, "
            f"Ola Dahl\n\nSak 15/25 Høring\nDaglig leder orienterte.\n{label} Rådet slutter "
            "seg til utkastet.\nInnstillingen ble enstemmig vedtatt.\n")
    [item] = parse_bytes(text.encode(), "au.txt").items
    assert item.decisions == ["Rådet slutter seg til utkastet.",
                              "Innstillingen ble enstemmig vedtatt."]


@pytest.mark.parametrize("label", ["Utvalgets innstilling til regionrådet:",
                                   "Utvalet si innstilling til regionrådet:"])
def test_a_committee_s_own_innstilling_to_the_council_is_a_label_not_a_decision(label):
    text = ("Protokoll fra møte i næringsutvalget\n\nDato: 12.05.2025\n\nTil stede: Kari Holm, "
            "Ola Dahl\n\nSak 15/25 Høring\nSaksframlegg:\nFylket har sendt planen på høring. "
            f"Utvalget er bedt om å gi en uttalelse.\n{label}\nRådet slutter seg til planen.\n"
            "Enstemmig.\n")
    [item] = parse_bytes(text.encode(), "utvalg.txt").items
    assert item.decisions == ["Rådet slutter seg til planen.", "Enstemmig."]
    assert item.actions == []  # the case paper's background above the proposal


@pytest.mark.parametrize("title", ["Hva vi ble enige om", "Kva vi vart samde om",
                                   "Dette ble bestemt", "Konklusjoner"])
def test_the_points_under_a_summary_s_heading_of_agreements_are_decisions(title):
    text = ("Oppsummering – styremøte\n\nDato: 11. februar 2025\n\nTil stede: Kari Holm, "
            f"Ola Dahl\n\n{title}\n• Dugnaden legges til lørdag 10. mai.\n"
            "• Kontingenten holdes uendret.\n\nHva som skal gjøres\n"
            "• Ola Dahl bestiller container innen 15. april.\n")
    item, _tasks = parse_bytes(text.encode(), "oppsummering.txt").items
    assert item.decisions == ["Dugnaden legges til lørdag 10. mai.",
                              "Kontingenten holdes uendret."]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Ingeborg Sand finalises the text and sends it to the members by 9 May.", "Ingeborg Sand"),
    ("Lars Dahl prepares the budget for the next meeting.", "Lars Dahl"),
])
def test_an_english_task_names_the_person_who_does_it(sentence, who):
    assert responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", ["Alle vart valde samrøystes.", "Alle ble valgt enstemmig."])
def test_an_election_with_the_vote_after_the_verb_is_a_decision(sentence):
    assert is_decision(sentence)


def test_a_vote_of_one_against_before_a_colon_introduces_the_vedtak():
    # "1 stemme" in the singular, as a vote of one against is written; nynorsk "røyst"
    from motebok.extract.outcomes import _DECISION_LABEL
    for line in ("Styret vedtok med 3 mot 1 stemme:", "Utvalet vedtok med 4 mot 1 røyst:",
                 "Styret fattet med 5 mot 1 stemme følgende vedtak:"):
        assert _DECISION_LABEL.match(line), line


def test_the_numbered_vedtak_under_a_vote_of_one_against():
    text = ("Protokoll fra styremøte\nDato: 25.02.2026\nTil stede: Liv Åsen, Per Dahl\n\n"
            "Sak 4/2026 Godkjenning av innkalling\nGodkjent.\n\n"
            "Sak 5/2026 Åpningstider\nDaglig leder la fram forslaget.\n"
            "Styret vedtok med 3 mot 1 stemme:\n1. Åpningstiden endres fra 1. august.\n"
            "2. Endringen evalueres etter seks måneder.\n"
            "Dissens: Per Dahl stemte mot.\n")
    item = parse_bytes(text.encode(), "p.txt").items[-1]
    assert item.decisions == ["Åpningstiden endres fra 1. august.",
                              "Endringen evalueres etter seks måneder."]


@pytest.mark.parametrize("sentence", [
    "Randi Tufte sette fram dette framlegget: «Saka vert send attende til ny takst.»",
    "Per Dahl fremmet forslaget: «Saken sendes tilbake til administrasjonen.»",
])
def test_a_proposal_named_with_its_article_is_no_task(sentence):
    # what a member proposes is done only if the body adopts it (its vedtak says so)
    assert not is_action(sentence)
    assert not is_decision(sentence)


@pytest.mark.parametrize("sentence", ["Beboerne varsles skriftlig.",
                                      "Grunneigarane varslast før arbeidet startar."])
def test_those_told_of_it_afterwards_is_a_task(sentence):
    assert is_action(sentence)
    assert responsible_of(sentence) is None  # a passive task names no one


@pytest.mark.parametrize("sentence", ["Enighet om å gå videre med alternativ B.",
                                      "Semje om å halde fram med prosjektet.",
                                      "Full semje om framlegget."])
def test_agreement_as_a_short_note_without_its_verb_is_a_decision(sentence):
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", ["Enighet er viktig i styret.", "Semje er eit mål."])
def test_agreement_as_a_subject_is_no_decision(sentence):
    assert not is_decision(sentence)


@pytest.mark.parametrize("vote", ["Vedtatt som innstilt.", "Vedtak i samsvar med innstillinga.",
                                  "Vedtatt i tråd med rådmannens innstilling."])
def test_a_vote_note_after_the_proceedings_adopts_the_innstilling(vote):
    # the innstilling is a decision once the text shows it was adopted
    text = ("Møtebok for formannskapet\nMøtedato: 25.02.2026\nTil stede: Liv Åsen, Per Dahl\n\n"
            "PS 4/26 Godkjenning av innkalling\nGodkjent.\n\n"
            "PS 5/26 Budsjettjustering\nRådmannens innstilling:\n"
            "Budsjettet justeres som foreslått.\nBehandling:\n"
            f"Per Dahl stilte spørsmål om driftsmidlene.\n{vote}\n")
    item = parse_bytes(text.encode(), "p.txt").items[-1]
    assert item.decisions == ["Budsjettet justeres som foreslått.", vote]


@pytest.mark.parametrize("label", ["Møtet konkluderte:", "Styret konkluderte med følgende:",
                                   "Gruppa konkluderte slik:"])
def test_what_the_meeting_concluded_before_a_colon_opens_the_decisions(label):
    text = ("Referat fra styremøte\nDato: 25.02.2026\nTil stede: Liv Åsen, Per Dahl\n\n"
            "Sak 1/26 Godkjenning av innkalling\nGodkjent.\n\n"
            f"Sak 2/26 Hallen\nPer orienterte om tilstanden.\n{label}\n"
            "Arbeidet fortsetter som planlagt.\n")
    item = parse_bytes(text.encode(), "p.txt").items[-1]
    assert item.decisions == ["Arbeidet fortsetter som planlagt."]


def test_a_conclusion_label_inside_a_line_is_left_out_of_the_decision():
    text = ("Referat fra styremøte\nDato: 25.02.2026\nTil stede: Liv Åsen, Per Dahl\n\n"
            "Sak 1/26 Godkjenning av innkalling\nGodkjent.\n\n"
            "Sak 2/26 Planen\nVi diskuterte planen. Konklusjon: Planen godkjennes.\n"
            "Sak 3/26 Hallen\nVi drøfta saka. Vedtak: Styret ber dagleg leiar hente inn tilbod.\n")
    items = parse_bytes(text.encode(), "p.txt").items
    assert [i.decisions for i in items[1:]] == [
        ["Planen godkjennes."], ["Styret ber dagleg leiar hente inn tilbod."]]


@pytest.mark.parametrize(("vote_label", "vote"), [("Votering", "Enstemmig vedtatt."),
                                                  ("Røysting", "Samrøystes vedteke.")])
def test_a_vote_row_between_the_innstilling_and_nothing_else_adopts_it(vote_label, vote):
    # a case system's rows "Innstilling | …" and "Votering | …": the vote adopts the
    # innstilling, which is then the decision
    text = ("<h1>Møteprotokoll</h1><p>Møtedato: 12.03.2024</p>"
            "<p>Til stede: Kari Holm (leder), Ola Berg</p><h3>PS 11/24 Båtplass</h3>"
            "<table><tr><td>Innstilling</td><td>Styret leier ut båtplassen.</td></tr>"
            f"<tr><td>{vote_label}</td><td>{vote}</td></tr></table>")
    [item] = parse_bytes(text.encode(), "p.html").items
    assert item.decisions == ["Styret leier ut båtplassen.", vote]


@pytest.mark.parametrize(("sentence", "decided"), [
    ("Hvis forslaget blir vedtatt, må budsjettet justeres.", False),
    ("Om planen vert vedteken, må kommunane følgje opp.", False),
    ("Hvis søknaden innvilges, starter arbeidet i mai.", False),
    # an outcome after the condition's comma is decided
    ("Dersom ingen merknader kommer innen fredag, anses referatet som godkjent.", True),
    ("Dersom tilskuddet innvilges, godkjennes planen.", True),
])
def test_an_outcome_inside_a_condition_is_only_what_may_come(sentence, decided):
    assert is_decision(sentence) is decided


def test_being_part_of_something_is_no_task():
    assert not is_action("Kommunen inngår i samarbeidet.")


@pytest.mark.parametrize("label", ["Besluttet:", "Bestemt:", "Avgjort:", "Enighet:", "Semje:"])
def test_a_short_note_of_what_was_settled_labels_the_decision(label):
    text = ("Referat fra prosjektmøte\nDato: 25.02.2026\nTil stede: Liv Åsen, Per Dahl\n\n"
            "1. Status\nPer orienterte om framdriften.\n\n"
            f"2. Valg av leverandør\nVi så på tre tilbud.\n{label} Vi går for alternativ B.\n\n"
            "3. Eventuelt\nIngen saker.\n")
    item = parse_bytes(text.encode(), "p.txt").items[1]
    assert item.decisions == ["Vi går for alternativ B."]


@pytest.mark.parametrize("note", ["Per Dahl stemte mot.", "Per Dahl (H) tok dissens.",
                                  "Per Dahl ba om å få protokollført at han var uenig.",
                                  "Brit Lid røysta mot vedtaket."])
def test_one_members_note_under_the_vedtak_is_no_part_of_it(note):
    text = ("Referat fra styremøte\nDato: 25.02.2026\nTil stede: Liv Åsen, Per Dahl, Brit Lid\n\n"
            "Sak 1/26 Godkjenning av innkalling\nGodkjent.\n\n"
            f"Sak 2/26 Båt\nVedtak:\nStyret kjøper båt.\n{note}\n\n"
            "Sak 3/26 Eventuelt\nIngen saker.\n")
    item = parse_bytes(text.encode(), "p.txt").items[1]
    assert item.decisions == ["Styret kjøper båt."]


@pytest.mark.parametrize(("tally", "adopted"), [
    ("4 stemte for, 1 mot.", True), ("5 for og 2 mot.", True), ("Alle stemte for.", True),
    ("Alle røysta for.", True),
    ("2 stemte for, 5 mot.", False),  # the proposal fell: its text is no decision
])
def test_a_vote_told_as_its_tally_adopts_the_proposal_when_it_carries(tally, adopted):
    # (a losing tally is still the vote's outcome, as "Forslaget falt." is)
    text = ("Referat fra styremøte\nDato: 25.02.2026\nTil stede: Liv Åsen, Per Dahl\n\n"
            "Sak 1/26 Godkjenning av innkalling\nGodkjent.\n\n"
            f"Sak 2/26 Båt\nForslag til vedtak: Styret kjøper båt.\nVotering: {tally}\n\n"
            "Sak 3/26 Eventuelt\nIngen saker.\n")
    item = parse_bytes(text.encode(), "p.txt").items[1]
    assert item.decisions == (["Styret kjøper båt.", tally] if adopted else [tally])


@pytest.mark.parametrize(("sentence", "decided"), [
    ("Styret delegerer til daglig leder å inngå avtalen.", True),
    ("Rådet delegerte saka til AU.", True),
    ("Myndigheten delegeres til arbeidsutvalget.", True),
    ("Fullmakta vert delegert til leiar.", True),
    ("Per mente oppgaven burde delegeres til AU.", False),  # a member's view
    ("Fullmakt til å signere delegeres til styreleder.", True),  # a longer subject
    ("Fullmakta til å underteikne vert delegert til leiar.", True),
    ("Kari meinte at saka delegeres til AU.", False),  # a member's view, told
])
def test_the_body_delegating_a_matter_is_a_decision(sentence, decided):
    assert is_decision(sentence) is decided


@pytest.mark.parametrize("heading", ["Tiltak – ansvarlig – frist", "Hva – hvem – når",
                                     "Oppgave / Ansvarlig / Frist", "Hva - Hvem - Når:",
                                     "Tiltak — ansvar — frist"])
def test_a_follow_up_table_typed_as_lines_gives_task_owner_and_due(heading):
    # no drawn table: the heading row and each row a line, the columns set apart alike
    # (each separator also passes the cheap test that spares most lines the reading)
    separator = {"–": " – ", "—": " — ", "/": " / ", "-": " - "}[heading.split()[1][0]]
    rows = [separator.join(("Bestille buss", "Kari", "20.3.")),
            separator.join(("Sende invitasjon", "Per Lunde"))]
    _, actions = _outcomes_of("\n".join((heading, *rows)))
    assert actions == [("Bestille buss", "Kari", "2024-03-20"),
                       ("Sende invitasjon", "Per Lunde", None)]


def test_an_owner_line_with_a_dash_is_no_follow_up_table_heading():
    _, actions = _outcomes_of("Kari bestiller buss til samlingen.\nAnsvar – Kari Holm")
    assert actions == [("Kari bestiller buss til samlingen.", "Kari Holm", None)]


@pytest.mark.parametrize("sentence, who", [
    ("Kommunene gir innspill til sekretariatet innen 1. mai.", "Kommunene"),
    ("Kommunane gjev innspel til planen innan 1. mai.", "Kommunane"),
    ("Medlemmene kommer med innspill til sekretariatet innen 1. mai.", "Medlemmene"),
])
def test_members_giving_their_views_by_a_date_is_a_task(sentence, who):
    _, actions = _outcomes_of(sentence)
    assert actions == [(sentence, who, "2024-05-01")]


@pytest.mark.parametrize("sentence", [
    "Fra nå av skal alle bestillinger over 50 000 kr godkjennes av daglig leder.",
    "Frå no av skal alle rekningar attesterast av leiar.",
    "Fremover sender sekretariatet referatet innen en uke etter møtet.",
    "Framover tek kasseraren ut rapport frå banken.",
    "I fremtiden skal referatet sendes ut innen en uke.",
])
def test_a_rule_from_now_on_is_no_follow_up(sentence):
    assert not is_action(sentence)


def test_a_one_off_task_naming_the_future_in_its_object_is_still_one():
    assert is_action("Per tar kontakt med NAV om framtida til prosjektet innen 1. april.")
    assert is_action("Kari sender brevet fra nå og til jul.")


@pytest.mark.parametrize("owner", ["sekretariatet v/ Per Dahl, frist 1. april",
                                   "styreleder, frist 1. april",
                                   "dagleg leiar ved Kari Holm, frist 1. april"])
def test_a_follow_up_label_naming_a_role_owns_the_task_before_it(owner):
    _, actions = _outcomes_of(f"Lage plan for dugnaden.\nOppfølging: {owner}")
    assert actions == [("Lage plan for dugnaden.", owner.split(",")[0], "2024-04-01")]


@pytest.mark.parametrize("lines", [
    "Saken ble diskutert.\nOppfølging: sekretariatet v/ Per Dahl, frist snarest",
    "Saka vart drøfta.\nAnsvarleg: Kari. Frist: innan 1. juni.",
    "Saka vart drøfta.\nFrist: 1. juni",
])
def test_an_owner_or_deadline_after_what_the_meeting_did_sets_no_task(lines):
    _, actions = _outcomes_of(lines)
    assert actions == []


@pytest.mark.parametrize("table", ["| Ansvar | Frist |\n| Per Lunde | 1.5. |",
                                   "| Hvem | Når |\n| Per Lunde | 1.5. |",
                                   "| Frist | Ansvarlig |\n| 1.5. | Per Lunde |"])
def test_an_owner_and_deadline_table_under_a_vedtak_owns_its_task(table):
    decisions, actions = _outcomes_of(f"Styret vedtok å male gjerdet.\n{table}")
    assert decisions == ["Styret vedtok å male gjerdet."]
    assert actions == [("Styret vedtok å male gjerdet.", "Per Lunde", "2024-05-01")]


def test_a_when_label_after_the_owner_on_one_line_is_the_deadline():
    _, actions = _outcomes_of("Kontakte kommunen om brøyting.\nHvem: Kari  Når: 15.4.")
    assert actions == [("Kontakte kommunen om brøyting.", "Kari", "2024-04-15")]


def test_a_task_by_he_or_she_is_owned_by_the_one_named_in_the_task_before():
    _, actions = _outcomes_of("Ola kontakter Bygg AS. Han melder tilbake til styret innen "
                              "1. april.")
    assert actions == [("Ola kontakter Bygg AS.", "Ola", None),
                       ("Han melder tilbake til styret innen 1. april.", "Ola", "2024-04-01")]
    # with a sentence between, the pronoun may point to someone else: no owner
    _, actions = _outcomes_of("Ola kontakter Bygg AS. Kari har snakket med banken. "
                              "Hun melder tilbake til styret innen 1. april.")
    assert actions[-1] == ("Hun melder tilbake til styret innen 1. april.", None,
                           "2024-04-01")


@pytest.mark.parametrize("label", ["Oppfølgingsansvar", "Oppfølgingsansvarlig",
                                   "Oppfylgingsansvarleg"])
def test_a_follow_up_owner_s_own_label_owns_the_task_before_it(label):
    _, actions = _outcomes_of(f"Lage ny brosjyre.\n{label}: Kari Holm\nFrist: 1. mai")
    assert actions == [("Lage ny brosjyre.", "Kari Holm", "2024-05-01")]


def test_an_owner_and_deadline_first_in_the_item_set_no_task():
    # who has the case, and by when: no task is named
    _, actions = _outcomes_of("Ansvarlig: styret v/ leder. Frist: 15.3.\n"
                              "Styret tok saken til orientering.")
    assert actions == []


@pytest.mark.parametrize(("sentence", "who"), [
    ("Banken har bedt om at styret sender inn nytt regnskap innen 15. mars.", "styret"),
    ("Fylket har bede om at sekretariatet sender inn rapport innan 1. mai.", "sekretariatet"),
])
def test_who_was_asked_in_the_perfect_owns_the_task_not_who_asked(sentence, who):
    assert responsible_of(sentence) == who


def test_an_arrow_to_who_after_a_task_line_gives_its_owner_and_due():
    _, actions = _outcomes_of("Leie lydanlegg til festen → KH\n"
                              "Sende invitasjon til naboene -> Per, innen 1. april")
    assert actions == [("Leie lydanlegg til festen → KH", "KH", None),
                       ("Sende invitasjon til naboene -> Per, innen 1. april", "Per",
                        "2024-04-01")]


def test_an_arrow_to_who_alone_on_its_line_owns_the_sentence_above():
    _, actions = _outcomes_of("Styret ønsker nye benker i parken.\n→ Kari Holm")
    assert actions == [("Styret ønsker nye benker i parken.", "Kari Holm", None)]


def test_an_arrow_to_a_task_or_a_result_names_no_owner_alone():
    _, actions = _outcomes_of("Vaktmesteren har meldt om lekkasje.\n"
                              "→ Per kontakter Vaktmester AS")
    assert actions == [("Per kontakter Vaktmester AS", "Per", None)]
    _, actions = _outcomes_of("Søknaden er sendt → innvilget")
    assert actions == []


@pytest.mark.parametrize(("sentence", "who"), [
    ("Det ble avtalt at Kari skal kontakte kommunen.", "Kari"),
    ("Det vart semje om at Kari skal kontakte kommunen.", "Kari"),
    ("Det vart avtala at sekretariatet skal sende ut innkalling innan 1. mai.",
     "sekretariatet"),
    ("Styret ble enige om at Per skal sende brev til kommunen.", "Per"),
])
def test_an_agreement_that_someone_shall_do_it_is_their_task(sentence, who):
    assert is_action(sentence)
    assert responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", [
    "Det ble avtalt at møtene skal holdes på Teams.",  # what is done, not who
    "Det ble avtalt at saken skal behandles i neste møte.",
    "Det ble enighet om at kommunene skal sørge for at planene er oppdatert.",  # a duty
    "Det ble besluttet at leder heretter skal kalle inn med to ukers varsel.",  # a rule
])
def test_an_agreement_on_how_things_are_done_is_no_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize("sentence", ["Me sender søknad til fylket innan 1. mai.",
                                      "Dere sender inn timelister innen 1. mai."])
def test_a_task_by_the_writer_or_the_readers_names_no_owner(sentence):
    _, actions = _outcomes_of(sentence)
    assert actions == [(sentence, None, "2024-05-01")]


def test_a_row_of_a_follow_up_table_typed_as_lines_may_wrap():
    # a PDF's narrow column: the row goes on on the next line, the heading stays alone
    _, actions = _outcomes_of("Hva – hvem – når\nSende tegninger av fundamenter til\n"
                              "kommunen – Tor Eng – 20.3.\nBestille kran – Per – 25.3.")
    assert actions == [("Sende tegninger av fundamenter til kommunen", "Tor Eng", "2024-03-20"),
                       ("Bestille kran", "Per", "2024-03-25")]


def test_a_deadline_said_to_fall_next_year_takes_the_next_year():
    _, actions = _outcomes_of("Per sender brevet innen 1. mai neste år.\n"
                              "Ola sender tall pr. 1. april.")
    assert actions == [("Per sender brevet innen 1. mai neste år.", "Per", "2025-05-01"),
                       ("Ola sender tall pr. 1. april.", "Ola", "2024-04-01")]


def test_the_short_owner_label_without_a_colon_is_an_owner_line():
    _, actions = _outcomes_of("Sjekke forsikringen. Ansv. Per")
    assert actions == [("Sjekke forsikringen.", "Per", None)]
    _, actions = _outcomes_of("Saken ble drøftet.\nAnsv. Kari Holm")
    assert actions == []  # who has the case, no task


@pytest.mark.parametrize("sentence", ["Kari Holm sender hilsen fra kommunen.",
                                      "Leder sender en stor takk til alle frivillige.",
                                      "Per sender helsing frå ordføraren."])
def test_greetings_and_thanks_passed_on_are_no_tasks(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize("sentence", ["Styret sender blomster og en hilsen til Kari.",
                                      "Leder sender takk til sponsorene innen 1. april."])
def test_sending_flowers_or_thanks_by_a_date_is_a_task(sentence):
    assert is_action(sentence)


def test_who_in_square_brackets_owns_the_task():
    _, actions = _outcomes_of("Oppfølging:\n- Bestille buss [KH]\n- Sende invitasjon [Per, 1.4.]")
    assert actions == [("Bestille buss [KH]", "KH", None),
                       ("Sende invitasjon [Per, 1.4.]", "Per", "2024-04-01")]


def test_who_in_brackets_after_a_sentence_makes_it_their_task():
    _, actions = _outcomes_of("Bestille buss til turen. (KH)")
    assert actions == [("Bestille buss til turen. (KH)", "KH", None)]
    _, actions = _outcomes_of("Saken ble drøftet. (KH)")
    assert actions == []  # who has the case, no task


@pytest.mark.parametrize("sentence", ["Saken følges opp i neste møte.",
                                      "Saka vert følgd opp på neste styremøte.",
                                      # (s74k) or in a month: a later meeting's agenda
                                      "Ev. justering av kontingent tas opp i juni",
                                      "Saka takast opp i mars."])
def test_a_case_followed_up_at_a_later_meeting_is_no_one_s_errand(sentence):
    assert not is_action(sentence)
    assert is_action("Saken følges opp av Kari til neste møte.")


@pytest.mark.parametrize("heading", ["Hvem gjør hva:", "Kven gjer kva", "Arbeidsfordeling:",
                                     "Fordeling av oppgaver:"])
def test_a_heading_of_who_does_what_opens_a_list_of_tasks(heading):
    _, actions = _outcomes_of(f"{heading}\nKari – invitasjon\nPer – mat og drikke")
    assert actions == [("Kari – invitasjon", "Kari", None),
                       ("Per – mat og drikke", "Per", None)]


def test_a_role_in_lower_case_first_in_a_list_entry_owns_it():
    _, actions = _outcomes_of("Oppgaver:\n- daglig leder sender brev til kommunen")
    assert actions == [("daglig leder sender brev til kommunen", "daglig leder", None)]


@pytest.mark.parametrize("vote", ["samrøystes", "Samrøystes.", "Enstemmig",
                                  "Einstemmig med 5 mot 2 røyster."])
def test_the_vote_alone_after_the_vedtak_label_belongs_to_the_vedtak_under_it(vote):
    text = ("Protokoll frå styremøte 12.03.2026\n\nTil stades: Ola Li, Kari Berg\n\n"
            f"Sak 1/26 Godkjenning av innkalling\nVedtak: {vote}\n"
            "Innkallinga vert godkjend.\n\nSak 2/26 Eventuelt\nIngen saker.\n")
    item = parse_bytes(text.encode(), "s.txt").items[0]
    assert item.decisions == ["Innkallinga vert godkjend."]


@pytest.mark.parametrize("after", ["", "\nKari Berg orienterte om vegen vidare.\n",
                                   "Ansvar: Kari Berg\n"])
def test_the_vote_alone_after_the_vedtak_label_with_no_vedtak_under_it_is_the_outcome(after):
    # (nothing after it, the minutes going on after a blank line, or only an owner line)
    text = ("Protokoll frå styremøte 12.03.2026\n\nTil stades: Ola Li, Kari Berg\n\n"
            f"Sak 1/26 Godkjenning av innkalling\nVedtak: Samrøystes.\n{after}")
    [item] = parse_bytes(text.encode(), "s.txt").items
    assert item.decisions == ["Samrøystes."]


@pytest.mark.parametrize("tally", ["2 stemte for, 5 mot.", "5 stemte for, 2 mot.",
                                   "1 for og 6 mot."])
def test_a_tally_after_a_proposal_told_in_words_is_its_outcome(tally):
    text = ("Referat fra styremøte 3. mars 2026\n\nTil stede: Kari Nes, Per Bø\n\n"
            f"Sak 1/26 Grill\nPer Bø foreslo å kjøpe ny grill.\n{tally}\n")
    [item] = parse_bytes(text.encode(), "s.txt").items
    assert item.decisions == [tally]


def test_a_losing_tally_on_a_proposal_made_in_the_meeting_leaves_the_innstilling():
    text = ("Referat fra styremøte 3. mars 2026\n\nTil stede: Kari Nes, Per Bø\n\n"
            "Sak 1/26 Grill\nInnstilling: Styret kjøper grill.\n\n"
            "Per Bø fremmet forslag om å utsette saken.\n2 stemte for, 5 mot.\n"
            "Innstillingen ble vedtatt.\n")
    [item] = parse_bytes(text.encode(), "s.txt").items
    assert item.decisions == ["Styret kjøper grill.", "2 stemte for, 5 mot.",
                              "Innstillingen ble vedtatt."]


@pytest.mark.parametrize("label", ["Oppsummering/konklusjon:", "Drøfting / konklusjon:",
                                   "Vedtak i saka:", "Vedtak i saken:", "V1:", "V12:"])
def test_more_labels_over_the_vedtak_on_the_same_line(label):
    text = ("Referat fra styremøte 10. mars 2026\n\nTil stede: Kari Holm, Per Dahl\n\n"
            f"Sak 1/26 Dugnad\nStyret snakket om dugnaden.\n{label} Dugnaden holdes 25. april. "
            "Per Dahl bestiller container.\n")
    [item] = parse_bytes(text.encode(), "s.txt").items
    assert item.decisions == ["Dugnaden holdes 25. april.", "Per Dahl bestiller container."]
    assert [a.responsible for a in item.actions] == ["Per Dahl"]


def test_a_lower_case_v_and_a_number_is_no_vedtak_label():
    text = ("Referat fra styremøte 10. mars 2026\n\nTil stede: Kari Holm, Per Dahl\n\n"
            "Sak 1/26 Planen\nv2: utkastet er sendt ut på høring.\n")
    [item] = parse_bytes(text.encode(), "s.txt").items
    assert item.decisions == []


@pytest.mark.parametrize("heading", ["Kven gjer kva innan når:", "Hvem gjør hva:",
                                     "Hvem gjør hva, og når:"])
def test_who_does_what_by_when_heads_the_tasks_and_is_none(heading):
    text = ("Referat frå arbeidsutvalet 18.02.2026\n\nTil stades: Oddny Vik, Håkon Berge\n\n"
            f"Sak 06/26 Oppfølging\n{heading}\nHåkon Berge sender fråsegna innan 1. mars.\n"
            "Oddny Vik kallar inn til møte med næringslivet.\n")
    [item] = parse_bytes(text.encode(), "au.txt").items
    assert [(a.responsible, a.due) for a in item.actions] == [("Håkon Berge", "2026-03-01"),
                                                              ("Oddny Vik", None)]


@pytest.mark.parametrize("sentence", [
    "Styret diskuterte dato og hva som må gjøres på lekeplassen.",
    "Gruppa drøfta korleis stien skal merkast.",
    "Det ble diskutert hvilke rom som skal males.",
])
def test_the_passive_in_what_the_meeting_talked_about_is_no_task(sentence):
    assert not is_action(sentence)


def test_a_passive_after_the_talk_in_the_same_sentence_is_still_a_task():
    assert is_action("Saken ble drøftet og notatet sendes til kommunen.")


def test_a_decision_log_s_deadline_column_dates_the_task():
    text = ("Referat – prosjektgruppen 5. mars 2026\n\nTil stede: Sigrid Moen, Odd Rye\n\n"
            "Sak 3 Vedtaksliste\n| Nr | Vedtak | Ansvar | Frist |\n|---|---|---|---|\n"
            "| 1 | Åpent møte holdes 15. april | Odd Rye | 01.04.2026 |\n"
            "| 2 | Gruppen møtes annenhver uke | | |\n"
            "| 3 | Arkitekten kontaktes | Sigrid Moen | Neste møte |\n")
    [item] = parse_bytes(text.encode(), "p.md").items
    assert item.decisions == ["Åpent møte holdes 15. april", "Gruppen møtes annenhver uke",
                              "Arkitekten kontaktes"]
    assert [(a.responsible, a.due) for a in item.actions] == [("Odd Rye", "2026-04-01"),
                                                              ("Sigrid Moen", None)]


@pytest.mark.parametrize("heading", ["| Kven | Gjer kva | Innan når |",
                                     "| Hvem | Gjør hva | Innen når |"])
def test_a_who_does_what_by_when_table_gives_task_owner_and_deadline(heading):
    text = ("# Referat styremøte 3. mars 2026\n\nTil stede: Kari Nes, Per Bø\n\n"
            f"## Sak 1/26 Dugnad\nDugnaden vart drøfta.\n\n{heading}\n|---|---|---|\n"
            "| Kari Nes | Bestille container | 10.04.2026 |\n")
    [item] = parse_bytes(text.encode(), "s.md").items
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Bestille container", "Kari Nes", "2026-04-10")]


@pytest.mark.parametrize(("sentence", "decided"), [
    ("Møtet samlet seg om forslag 2.", True), ("Styret samla seg bak tilrådinga.", True),
    ("Alle samlet seg om alternativ B.", True),
    ("Deltakerne samlet seg om bordet.", False),  # not the body, nor a stand
    ("Styret samlet seg ikke om noe forslag.", False),
])
def test_the_body_rallying_round_a_proposal_decides(sentence, decided):
    assert is_decision(sentence) is decided


@pytest.mark.parametrize(("sentence", "decided"), [
    ("Styret seier seg nøgd med rapporten.", True),
    ("Styret sier seg fornøyd med arbeidet.", True),
    ("Regionrådet gjev ei positiv fråsegn.", True),  # the statement's kind before it
    ("Utvalget ga en kritisk uttalelse til planen.", True),
    ("Kari sa seg fornøyd med svaret.", False),  # a member, not the body
])
def test_the_body_content_with_a_matter_or_giving_a_statement_of_a_kind_decides(sentence,
                                                                                decided):
    assert is_decision(sentence) is decided


@pytest.mark.parametrize("sentence", [
    "Gruppen anbefaler at regionrådet lyser ut midlene i vår.",
    "Arbeidsutvalet tilrår at kommunane sender inn planane sine.",
    "Styret anbefalte at årsmøtet velger ny revisor.",
])
def test_advice_that_another_acts_is_no_task(sentence):
    # the one advised has not acted yet: a recommendation, nobody's follow-up
    assert not is_action(sentence)
    assert is_action("Regionrådet lyser ut midlene innen 1. mai.")


def test_a_members_request_in_the_debate_is_no_task():
    assert not is_action("Eli Brekke ba om at fordelingen vurderes på nytt neste år.")
    assert not is_action("Per Olav Dahl bad om at saka vert sett opp att.")
    assert is_action("Styret ba om at fordelingen vurderes på nytt.")  # the body's own


@pytest.mark.parametrize("sentence", [
    "Foreldre melder om mye trafikk ved porten.",  # told to the meeting
    "Skolen meldar at ballbingen er øydelagd.",  # nynorsk
    # (s71e) a need reported, no errand
    "Bedriftene i regionen melder størst behov for fagarbeidere innen elektro og helse.",
    "Kommunane meldar auka etterspurnad etter rettleiing.",
    "Ansv. for økonomi ligger hos kasserer.",  # a standing division of work
    "Ansvaret for nettsida ligg hos Per.",
])
def test_a_report_or_a_standing_division_of_work_is_no_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "Kari melder saken til kommunen.",  # an errand, not a report
    "Kommunene melder behov for skoleåret 2026–27 gjennom nettverket.",  # (s71e) a call
    "Per melder inn behovet innen 1. mai.",
    "Ansvar for leie av lokale: Kari Holm.",
])
def test_reporting_words_leave_errands_as_tasks(sentence):
    assert is_action(sentence)


def test_an_entry_written_owner_first_is_that_owners_task():
    _, actions = _outcomes_of("Hvem: Kari Holm. Hva: Sende brev til kommunen. Når: 1. april.\n"
                              "Hvem: Per Lunde\nHva: Bestille buss\nNår: 3. mai")
    assert actions == [("Sende brev til kommunen.", "Kari Holm", "2024-04-01"),
                       ("Bestille buss", "Per Lunde", "2024-05-03")]


def test_a_nynorsk_entry_written_owner_first_is_that_owners_task():
    _, actions = _outcomes_of("Kven: Ola Dahl\nKva: Kjøpe kaffi til årsmøtet\nNår: 5. mai")
    assert actions == [("Kjøpe kaffi til årsmøtet", "Ola Dahl", "2024-05-05")]


def test_a_what_first_entry_keeps_its_own_owner_after_an_owner_first_reading():
    _, actions = _outcomes_of("Hva: Lage program. Hvem: Kari Holm. Når: 1. april.\n"
                              "Hva: Leie lokale. Hvem: Ola Dahl. Når: 2. april.")
    assert actions == [("Lage program.", "Kari Holm", "2024-04-01"),
                       ("Leie lokale.", "Ola Dahl", "2024-04-02")]


def test_a_follow_up_owner_with_a_bracketed_deadline_alone_names_no_task():
    _, actions = _outcomes_of("Oppfølging: KH (frist 1.4.)")
    assert actions == []


def test_a_follow_up_owner_with_a_bracketed_deadline_owns_the_sentence_above():
    _, actions = _outcomes_of("Vi trenger nye skilt ved porten.\nOppfølging: KH (frist 1.4.)")
    assert actions == [("Vi trenger nye skilt ved porten.", "KH", "2024-04-01")]


@pytest.mark.parametrize("sentence", [
    "Heretter skal referatet sendes ut innen en uke etter møtet.",
    "Fra nå av holdes møtene på skolen.",
    "Frå no av skal møta haldast på skulen.",  # nynorsk
    "Møtene holdes heretter på skolen.",
    "Per skal heretter føre referat.",
])
def test_a_standing_working_rule_is_a_decision_not_a_task(sentence):
    assert is_decision(sentence)
    assert not is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "Heretter orienterte Kari om økonomien.",  # "after this", in the narrative
    "Heretter vil Per lede møtene i vår.",  # an intent
    "Framover må vi bli flinkere til å rekruttere.",  # a hope
    "Fremover blir det viktig å rekruttere.",
    "Kari sa at ho skal heretter sende referatet.",  # told by a member
    "Fremover skal vi jobbe mer med rekruttering.",  # an aim
    "Styret skal heretter prøve å holde møtene korte.",
])
def test_not_every_heretter_makes_a_rule(sentence):
    assert not is_decision(sentence)


def test_an_owner_first_entry_under_a_told_case_is_the_entrys_task_not_the_case():
    decisions, actions = _outcomes_of(
        "Flere beboere melder om at tørketrommelen er ødelagt.\n"
        "Hvem: Per Lunde\nHva: Innhente tilbud på ny tørketrommel\nNår: 1. april\n"
        "Styret vedtok å kjøpe ny sandkasse.\n"
        "Hvem: Ola Dahl. Hva: Bestille sandkasse. Når: 20. april.")
    assert decisions == ["Styret vedtok å kjøpe ny sandkasse."]
    assert actions == [("Innhente tilbud på ny tørketrommel", "Per Lunde", "2024-04-01"),
                       ("Bestille sandkasse.", "Ola Dahl", "2024-04-20")]


def test_an_owner_line_under_a_what_line_still_owns_it():
    _, actions = _outcomes_of("Hva: Lage program\nHvem: Kari Holm\n"
                              "Hva: Leie lokale\nHvem: Ola Dahl")
    assert actions == [("Lage program", "Kari Holm", None), ("Leie lokale", "Ola Dahl", None)]


@pytest.mark.parametrize("sentence", [
    "Styret går videre med det rimeligste tilbudet.",
    "Styret går vidare med det rimelegaste tilbodet.",
    "Arbeidsutvalget går videre med alternativ 2 fra leverandøren.",
    "Vi går videre med forslaget fra arkitekten.",
])
def test_going_on_with_an_option_is_the_choice_not_a_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize("sentence, who", [
    ("Styret går videre med å innhente tilbud på ny heis.", "Styret"),
    ("Leder går videre med saken og melder tilbake innen 1. mai.", "Leder"),
    ("Kari går videre med tilbudet og sender kontrakt innen 1. juni.", "Kari"),
])
def test_going_on_with_doing_something_stays_a_task(sentence, who):
    assert is_action(sentence) and responsible_of(sentence) == who


def _log_minutes(head: str, rows: str) -> list:
    """The items of a markdown styremøte with three items and a decision log at the end."""
    text = ("# Referat fra styremøte 12.03.2024\n\nTil stede: Kari Holm, Per Lunde\n\n"
            "## Sak 5/24 Budsjett\n\nStyret drøftet budsjettet.\n\n"
            "## Sak 6/24 Vedtekter\n\nUtkastet ble gjennomgått.\n\n"
            "## Sak 7/24 Eventuelt\n\nIngen saker.\n\n## Beslutningslogg\n\n"
            f"{head}\n|---|---|---|\n{rows}")
    return parse_bytes(text.encode(), "styre.md").items


def test_a_decision_log_row_citing_a_case_is_that_cases_decision():
    items = _log_minutes("| Nr | Sak | Beslutning |",
                         "| 1 | 6/24 | Vedtektene vedtas som foreslått. |\n")
    assert items[1].decisions == ["Vedtektene vedtas som foreslått."]
    assert items[2].decisions == [] and items[2].text == "Ingen saker."


def test_a_dated_decision_log_keeps_its_rows_where_they_are():
    # "Dato | Sak | Beslutning": a log over many meetings; "6" may be any meeting's case
    items = _log_minutes("| Dato | Sak | Beslutning |",
                         "| 01.02.2024 | 6 | Vedtektene sendes på høring. |\n")
    assert items[1].decisions == []


def test_a_case_table_inside_an_item_keeps_its_numbered_rows():
    # a "Sak | Vedtak" table of an item's own sub-cases ("1", "2") cites no other item
    text = ("Referat fra styremøte 12.03.2024\n\nTil stede: Kari Holm, Per Lunde\n\n"
            "1. Godkjenning av innkalling\nGodkjent.\n\n2. Søknader om støtte\n\n"
            "| Sak | Vedtak |\n|---|---|\n| 1 | Søknaden fra korpset innvilges. |\n\n"
            "3. Eventuelt\nIngen saker.\n")
    items = parse_bytes(text.encode(), "styre.md").items
    assert items[0].decisions == ["Godkjent."]
    assert "Søknaden fra korpset innvilges." in items[1].decisions


@pytest.mark.parametrize("sentence", [
    "Sykler skal stå i sykkelboden.", "Søppelsekker skal ligge i containeren.",
    "Barnevogner skal oppbevares i barnevognrommet.", "Biler skal parkeres på anvist plass.",
    "Hageavfall skal kastast i kompostbingen.", "Ordningen skal gjelde fra 1. mai.",
    "Plakaten skal henge på oppslagstavla.",
    # what an adopted statement says of something: its content, no errand
    "Hafast skal omtalast som det viktigaste prosjektet for regionen.",
    "Tunnelen skal beskrives som et prioritert tiltak.",
])
def test_a_rule_of_where_things_stand_is_no_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize(("sentence", "who"), [
    ("Kari skal stå for bevertningen.", "Kari"),
    ("Per skal henge opp plakater innen fredag.", "Per"),
    ("Daglig leder skal sende ut varsel innen 1. mai.", "Daglig leder"),
])
def test_a_task_with_a_verb_of_standing_or_placing_stays_a_task(sentence, who):
    assert is_action(sentence) and responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", [
    "Styret går videre med Byggmester AS.", "Styret gjekk vidare med Malarmeister Hansen.",
])
def test_going_on_with_a_named_firm_is_the_choice(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_roles_task_under_a_bare_vedtak_is_both_set_apart_or_not(gap):
    decisions, actions = _council_outcomes(
        f"Vedtak:\nAvtalen forlenges med ett år.\n{gap}"
        "Daglig leder sender ny avtale innen 1. april.")
    assert decisions == ["Avtalen forlenges med ett år.",
                         "Daglig leder sender ny avtale innen 1. april."]
    assert [who for _, who, _ in actions] == ["Daglig leder"]


def test_an_owner_line_for_a_thing_of_its_own_is_its_own_task():
    _, actions = _council_outcomes("Brita sender invitasjon, frist 1. mai.\n"
                                   "Ansvar for plakat: Eirik.")
    assert actions == [("Brita sender invitasjon, frist 1. mai.", "Brita", "2024-05-01"),
                       ("Ansvar for plakat: Eirik.", "Eirik", None)]


def test_an_owner_line_for_the_follow_up_still_owns_the_task_above():
    _, actions = _council_outcomes("Lage plakat.\nAnsvar for oppfølging: Eirik.")
    assert actions == [("Lage plakat.", "Eirik", None)]


@pytest.mark.parametrize("who", ["KH", "ElA", "OlN", "KjH"])
def test_initials_after_a_dash_own_the_task_small_letter_or_not(who):
    sentence = f"Sende invitasjon til skulane – {who} – innan 1. juni"
    assert is_action(sentence) and responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", [
    "Frå no av vert møta haldne digitalt kvar tredje månad.",
    "Styremøta vert heretter haldne første måndag i månaden.",
    "Referatet vert heretter sendt ut innan ei veke.",
    "Fra nå av blir møtene holdt på Teams.",
    "Heretter blir alle søknader om støtte behandlet av styret.",
])
def test_a_standing_rule_in_the_passive_with_vert_or_blir_is_a_decision(sentence):
    assert is_decision(sentence) and not is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "Framover blir det viktig å rekruttere fleire medlemmer.",
    "Fremover blir samarbeidet med kommunen viktig.",
    "Frå no av blir vi flinkare til å rekruttere.",
    "Fremover blir møtene først og fremst et sted for erfaringsdeling.",
])
def test_a_hope_with_vert_or_blir_is_no_standing_rule(sentence):
    assert not is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Rådet støtter at det bygges flere omsorgsboliger.",
    "Styret støtter søknaden om tilskudd.",
    "Styret godtok tilbodet frå Vestbygg.",
    "Styret aksepterte tilbudet fra Byggservice AS.",
    "Arbeidsutvalget valgte leverandør B.",
    "Styret valde Kari Holm til leiar i valkomiteen.",
])
def test_the_body_accepting_backing_or_choosing_is_a_decision(sentence):
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Kommunen støtter prosjektet med 50 000 kr.",
    "Per Dahl godtok ikke argumentet.",
    "Eleven valgte å slutte.",
])
def test_someone_else_accepting_or_choosing_is_no_decision(sentence):
    assert not is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Tas opp på neste møte.",
    "Saken tas opp på neste styremøte.",
    "Saka vert teken opp på neste møte.",
])
def test_a_case_taken_up_at_the_next_meeting_is_a_put_off_not_a_task(sentence):
    assert is_decision(sentence) and not is_action(sentence)


def test_a_case_taken_up_with_others_at_the_next_meeting_stays_a_task():
    assert is_action("Saken tas opp med kommunen på neste møte.")


@pytest.mark.parametrize("sentence", [
    "Vedtak vart gjort samrøystes.",
    "Vedtak ble fattet enstemmig.",
    "Valet var samrøystes.",
    "Valget var enstemmig.",
    "Framlegget vart einstemmig.",
])
def test_the_vote_told_alone_after_what_was_voted_on_is_an_outcome(sentence):
    # the indefinite "Vedtak", an election and a proposal voted on, in nynorsk and bokmål
    assert is_decision(sentence)


@pytest.mark.parametrize(("cell", "mark"), [
    ("Ferdig", "closed"), ("Utført 1.3.", "closed"), ("Pågår", "open"),
    ("Ikke startet", "open"), ("", None),
    ("Avventer svar fra fylket, tas opp igjen i juni", None)])
def test_status_mark_reads_a_bare_status_only(cell: str, mark: str | None) -> None:
    from motebok.extract.outcomes import status_mark

    assert status_mark(cell) == mark


@pytest.mark.parametrize(("line", "decided"), [
    ("Luster: Budsjettet for 2025 er vedteke.", []),
    ("Lærdal kommune: Reguleringsplanen vart vedteken i mars.", []),
    ("Innlandet fylkeskommune: Planen ble vedtatt i fylkestinget.", []),
    ("Konklusjon: Saka vart teken til orientering.", ["Saka vart teken til orientering."]),
    ("Regionrådet tok orienteringane til vitande.",
     ["Regionrådet tok orienteringane til vitande."]),
])
def test_a_members_news_in_a_round_of_reports_is_not_the_bodys_decision(line, decided):
    """Under "Orienteringar frå kommunane" a line opened by the member's name tells what
    that kommune decided; a conclusion label or the body's own sentence still decides."""
    text = ("Referat frå møte i Vestdal regionråd\n\nDato: 12.03.2026\n\n"
            "Til stades: Eli Sand (leiar), Per Lie\n\n"
            f"Sak 4/26 Orienteringar frå kommunane\n{line}\n")
    item = parse_bytes(text.encode(), "referat.txt").items[0]
    assert item.decisions == decided


@pytest.mark.parametrize("sentence", [
    "Rådet ber sekretariatet om å kalle inn til eit arbeidsmøte med NAV.",
    "Styret ber daglig leder kalle inn til ekstraordinært årsmøte.",
    "Regionrådet ber sekretariatet arrangere ei samling for kommunane.",
])
def test_asking_someone_to_call_or_hold_a_meeting_is_their_task(sentence):
    assert is_action(sentence) and responsible_of(sentence) in ("sekretariatet", "daglig leder")


@pytest.mark.parametrize("sentence", [
    "Per Dahl støtter at saken utsettes.",
    "Flere støttet forslaget.",
    "Per Dahl støttet forslaget.",
    "Nokre støtta framlegget.",
])
def test_a_member_backing_it_in_the_debate_is_no_decision(sentence):
    assert not is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Styret støttet forslaget.",
    "Alle støttet forslaget.",
    "Styret støtter at saken utsettes.",
])
def test_the_body_backing_it_stays_a_decision(sentence):
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Heretter blir alle søknader behandlet av arbeidsutvalget.",
    "Fra nå av skal saker sendes til arbeidsutvalget.",
])
def test_a_rule_naming_a_compound_on_an_effort_stem_is_still_a_rule(sentence):
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Rådet ønsker å følge opp saken.",
    "Styret ønsket å se nærmere på fartsdumper.",
    "Styret ønskjer å arbeide vidare med saka.",
    # a wish to do something better than now: an improvement hoped for, nothing settled
    "Gruppen ønsker å samordne informasjonsarbeidet bedre.",
    "Nettverket ønskjer å samarbeide tettare.",
])
def test_the_bodys_wish_to_follow_up_is_a_vague_intention(sentence):
    assert not is_decision(sentence)


def test_the_bodys_wish_for_a_choice_stays_a_decision():
    assert is_decision("Styret ønsker å gå videre med modell 2.")


@pytest.mark.parametrize(("sentence", "decided"), [
    # (s74p) an adverb between the wish and its "å": the body's wish all the same
    ("Rådet ønsker særlig å løfte fram behovet for flere dagplasser.", True),
    ("Eldrerådet ønsker derfor å gi uttrykk for bekymring over kuttene.", True),
    ("Rådet ønskjer spesielt å peike på transporttilbodet.", True),
    ("Styret ønsker også å gå videre med modell 2.", True),
    # … and a vague intention stays one
    ("Rådet ønsker også å følge opp saken.", False),
    ("Styret ønskjer difor å arbeide vidare med saka.", False),
])
def test_the_bodys_wish_with_an_adverb_before_its_infinitive(sentence, decided):
    assert is_decision(sentence) is decided


@pytest.mark.parametrize("sentence", [
    "Styret inngår avtale med Byggservice AS for to år.",
    "Styret inngår kontrakt med Vestbygg AS.",
])
def test_the_body_entering_an_agreement_is_a_decision_not_a_task(sentence):
    assert is_decision(sentence) and not is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "Styreleder inngår avtale med leverandøren.",
    "Styret inngår avtale med Byggservice AS, og leder signerer kontrakten innen 1. mars.",
])
def test_a_person_entering_or_signing_the_agreement_stays_a_task(sentence):
    assert is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "The board took the annual report into account.",
    "The council took note of the report.",
    "The report was taken into account.",
])
def test_an_english_body_taking_it_into_account_is_a_decision(sentence):
    assert is_decision(sentence)


def test_what_was_noted_in_english_is_the_talk():
    assert not is_decision("It was noted that the budget is tight.")


@pytest.mark.parametrize(("sentence", "who"), [
    ("John Smith will send the revised report by March 6.", "John Smith"),
    ("The secretariat will circulate the draft.", "The secretariat"),
])
def test_someone_who_will_do_it_in_english_is_a_task(sentence, who):
    assert is_action(sentence) and responsible_of(sentence) == who


@pytest.mark.parametrize(("sentence", "who"), [
    # (s73t) an organisation by its name, given a day to do it by: as "X to prepare … by"
    ("Gmina Brzozowo will prepare the Polish version of the agreement by 30 June.",
     "Gmina Brzozowo"),
    ("Region Västernorrland will send the figures to the secretariat by May 15.",
     "Region Västernorrland"),
])
def test_an_organisation_that_will_do_it_by_a_day_in_english_is_a_task(sentence, who):
    assert is_action(sentence) and responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", [
    "The meeting will be held in Oslo.",
    "Kari will try to find a venue.",
    # (s73t) no day to do it by, or no one named who does it
    "Gmina Brzozowo will prepare the Polish version of the agreement.",
    "All Partners will report on the results by 1 May.",
])
def test_what_will_come_about_in_english_is_no_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize(("sentence", "who"), [
    ("4.2 Natteravner: Morten Bø lager ny liste.", "Morten Bø"),
    ("12.3 Innkjøp av utstyr: Kasserer bestiller nye stoler.", "Kasserer"),
])
def test_a_numbered_sub_point_label_heads_the_task_after_it(sentence, who):
    assert is_action(sentence) and responsible_of(sentence) == who


def test_a_numbered_sub_point_label_over_a_report_is_no_task():
    assert not is_action("4.2 Natteravner: Det var godt oppmøte i høst.")


@pytest.mark.parametrize(("sentence", "who"), [
    ("3. trinn tar ansvar for kaffesalget.", "3. trinn"),
    ("7. trinn rydder skolegården innen 1. juni.", "7. trinn"),
    ("7A lager plakater til basaren.", "7A"),
])
def test_a_school_class_owns_its_task(sentence, who):
    assert is_action(sentence) and responsible_of(sentence) == who


def test_a_school_class_number_is_no_list_marker():
    from motebok.extract.text import strip_list_marker
    assert strip_list_marker("3. trinn tar ansvar for kaffesalget.") == \
        "3. trinn tar ansvar for kaffesalget."
    assert strip_list_marker("3. Trinnvis innføring av ny plan.") == \
        "Trinnvis innføring av ny plan."


def test_a_deputys_ordinal_in_an_election_is_no_list_marker():
    # (s73m) "1. vara: X" under a nomination: the ordinal is the seat's own place in order
    from motebok.extract.text import strip_list_marker
    assert strip_list_marker("1. vara: Knut Lie") == "1. vara: Knut Lie"
    assert strip_list_marker("2. varamedlem: Mona Dal") == "2. varamedlem: Mona Dal"
    assert strip_list_marker("2. Varaordførar orienterte.") == "Varaordførar orienterte."
    text = ("Referat frå møte i valkomiteen\n\nSak 1 Innstilling\n\n"
            "Valkomiteen vart samd om slik innstilling:\nStyreleiar: Per Hansen\n"
            "1. vara: Knut Lie\n2. vara: Mona Dal\n")
    decisions = parse_bytes(text.encode(), "referat.txt").items[0].decisions
    assert "1. vara: Knut Lie" in decisions and "2. vara: Mona Dal" in decisions


def test_owners_marked_in_bold_own_the_follow_up_that_points_to_them():
    text = ("Møte i styret 3. mars 2025\n\nSak 1 Arbeidsgrupper\n\n"
            "- Nettside: **Kari Holm**, Per Dahl\n- Økonomi: **Ola Nes**, Eva Li\n\n"
            "De i uthevet skrift følger opp gruppens første møte.\n")
    record = parse_bytes(text.encode(), "referat.md")
    actions = record.items[0].actions
    assert [(a.text, a.responsible) for a in actions] == [
        ("De i uthevet skrift følger opp gruppens første møte.", "Kari Holm, Ola Nes")]


def test_one_owner_marked_in_bold_owns_the_follow_up_that_points_to_her():
    text = ("Møte i styret 3. mars 2025\n\nSak 1 Messer\n\n"
            "Det ble satt ned en arbeidsgruppe for å planlegge messen.\n\n"
            "- **Even Bakke**, Kjersti Ulven og Omar Haddad\n\n"
            "Den i uthevet skrift kaller inn til første møte.\n")
    item = parse_bytes(text.encode(), "referat.md").items[0]
    assert item.decisions == ["Det ble satt ned en arbeidsgruppe for å planlegge messen."]
    assert [(a.text, a.responsible) for a in item.actions] == [
        ("Den i uthevet skrift kaller inn til første møte.", "Even Bakke")]


def test_views_listed_in_no_particular_order_are_no_tasks():
    # "i ingen bestemt rekkefølge" says nothing was decided ("bestemt" is the order's)
    decisions, actions = _outcomes_of(
        "Innspill fra styret (i ingen bestemt rekkefølge):\n"
        "- Bruke nettsiden mer\n- Måle effekt, ikke bare aktivitet")
    assert (decisions, actions) == ([], [])


@pytest.mark.parametrize("lead", ["I drøftingen ble følgende trukket fram:",
                                  "Følgende momenter kom fram i diskusjonen:",
                                  "I ordskiftet vart desse punkta peikte på:"])
def test_points_the_talk_brought_up_are_no_tasks(lead):
    # the bullets under such a lead are what members said; the vedtak after them decides
    decisions, actions = _outcomes_of(
        f"{lead}\n- Egenandelen må avklares i hvert kommunestyre før fristen.\n"
        "- Fiberselskapene bør inviteres til et felles møte.")
    assert (decisions, actions) == ([], [])
    _, actions = _outcomes_of("Følgende ble avtalt:\n- Egenandelen må avklares før fristen.")
    assert len(actions) == 1


@pytest.mark.parametrize("sentence", [
    "Det forutsettes at vi kommer med et første forslag til neste møte.",
    "Når det gjelder planen, forutsettes det at vi sender den ut innen 1. mai.",
    "Det føresetjast at me lagar eit utkast til hausten.",
])
def test_what_the_minutes_expect_of_us_is_a_task(sentence):
    assert is_action(sentence)


def test_what_the_minutes_expect_of_us_is_the_bodys_task():
    text = ("Referat fra møte i styret\n\nDato: 3. mars 2025\n\nSak 1 Plan\n\n"
            "Det forutsettes at vi sender planen til kommunen innen 1. mai.\n")
    [item] = parse_bytes(text.encode(), "styre.txt").items
    assert [(a.responsible, a.due) for a in item.actions] == [("Styret", "2025-05-01")]


@pytest.mark.parametrize("sentence", [
    "Kontrollutvalet godkjenner årsrapporten og sender han til kommunestyret.",
    "Styret godkjenner regnskapet og oversender det til revisor.",
    "Regionrådet vedtar budsjettet og sender det til kommunene.",
])
def test_the_bodys_own_approval_is_a_decision_not_its_task(sentence):
    assert is_decision(sentence) and not is_action(sentence)


def test_a_vedtak_that_gives_another_the_task_stays_one():
    assert is_action("Styret vedtar at Kari Holm sender brev til kommunen innen 1. mai.")


@pytest.mark.parametrize("sentence", [
    "Arbeidet gjelder alle blokkene og skal starte i uke 18.",
    "Oppdraget skal leverast innan 1. mai.",
])
def test_the_work_itself_as_subject_is_no_responsible(sentence):
    assert responsible_of(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Styret gjør avtale med Nordre Brøyt AS om brøyting.",
    "Styret gjer avtale med Vestlandsbrøyt AS for neste vinter.",
    "Rådet gjør ny avtale med revisor.",
])
def test_the_body_making_an_agreement_is_its_decision(sentence):
    assert is_decision(sentence) and not is_action(sentence)


def test_a_person_making_an_agreement_stays_a_task():
    assert is_action("Styreleder gjør avtale med maleren innen 1. mai.")


@pytest.mark.parametrize("sentence", [
    "Nettverket drøfta korleis kommunane følgjer opp ungdom utan skuleplass.",
    "Styret diskuterte hvordan vaktmesteren følger opp klagene.",
    "Gruppa drøftet om kommunen sender ut nytt varsel.",
    "Vi snakket om hvem som sender innkallingen.",
])
def test_a_task_verb_inside_the_question_talked_about_is_no_task(sentence):
    assert not is_action(sentence)


def test_a_task_after_the_talk_in_a_clause_of_its_own_stays_one():
    assert is_action("Styret drøftet hvordan saken skal løses, og Kari Holm sender brev "
                     "til kommunen innen fredag.")


@pytest.mark.parametrize("outcome", ["Saka vart utsett til neste møte.",
                                     "Saken ble utsatt.", "Styret utsatte saken til mars."])
def test_an_owner_line_under_a_postponed_case_makes_no_task(outcome):
    text = ("Referat frå styremøte 14.02.2026\n\nTil stades: Kari Holm, Nina Vik\n\n"
            f"Sak 1 Vedlikehald\n{outcome}\nAnsvar: dagleg leiar\n")
    (item,) = parse_bytes(text.encode(), "st.txt").items
    assert item.actions == []


@pytest.mark.parametrize("title", ["Saker til neste møte", "Tema til neste styremøte",
                                   "Forslag til saker til neste møte"])
def test_the_bullets_of_the_next_agenda_are_topics_not_tasks(title):
    text = ("Referat fra styremøte 14.02.2026\n\nTil stede: Kari Holm, Nina Vik\n\n"
            f"Sak 1 {title}\n- Rydde sykkelboden\n- Budsjett for 2027\n- Merke gjesteplassene\n")
    (item,) = parse_bytes(text.encode(), "st.txt").items
    assert item.actions == []


def test_a_noun_of_upkeep_with_av_is_a_topic_not_a_task():
    text = ("Referat fra styremøte 14.02.2026\n\nTil stede: Kari Holm, Nina Vik\n\n"
            "Sak 1 Diverse\n- Vedlikehold av lekeplass\n- Budsjett for 2027\n\n"
            "Sak 2 Eventuelt\nVedlikehold av lekeplass tas opp på neste møte.\n")
    first, second = parse_bytes(text.encode(), "st.txt").items
    assert first.actions == [] and second.actions == []
    assert second.decisions == ["Vedlikehold av lekeplass tas opp på neste møte."]


def test_a_task_bullet_under_another_title_stays_a_task():
    text = ("Referat fra styremøte 14.02.2026\n\nTil stede: Kari Holm, Nina Vik\n\n"
            "Sak 1 Dugnad\n- Rydde sykkelboden\n- Vedlikehold lekeplassen\n")
    (item,) = parse_bytes(text.encode(), "st.txt").items
    assert [a.text for a in item.actions] == ["Rydde sykkelboden", "Vedlikehold lekeplassen"]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Styret ber vaktmester om å merke gjesteplassene.", "vaktmester"),
    ("Styret ber vaktmesteren om å sette opp skilt ved innkjøringa.", "vaktmesteren"),
    ("Styret bed vaktmeisteren om å henge opp oppslag i oppgangane.", "vaktmeisteren"),
    ("Styret ba vaktmester rydde sykkelboden før dugnaden.", "vaktmester"),
])
def test_the_body_asking_for_hands_on_work_gives_a_task(sentence, who):
    assert is_action(sentence) and responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", ["Kassereren betaler regningen.",
                                      "Kasseraren betaler rekninga."])
def test_an_officers_standing_duty_in_the_present_is_no_task(sentence):
    # (guards the present: a deadline, "… innen 1. mai", makes it one)
    assert not is_action(sentence)
    assert is_action("Kassereren betaler fakturaen innen 1. mai.")


@pytest.mark.parametrize(("row", "task", "same"), [
    (Action("Utkast til plakat", "Kim"), Action("Kim lager utkast til plakat.", "Kim"), True),
    (Action("Sende oversikt over frivillige lag", "Hver kommune"),
     Action("Hver kommune sender oversikt over frivillige lag innen 1.3.", "Hver kommune"),
     True),
    (Action("Avtale med NAV", "Mona"), Action("Mona følger opp avtalen med NAV.", "Mona"), True),
    # another owner, another word, or too short a row to say: two tasks
    (Action("Utkast til plakat", "Per"), Action("Kim lager utkast til plakat.", "Kim"), False),
    (Action("Program for konferansen", "Guri"),
     Action("Guri bestiller lokale til konferansen.", "Guri"), False),
    (Action("Plakat", "Kim"), Action("Kim lager utkast til plakat.", "Kim"), False),
])
def test_a_register_row_repeats_the_task_the_text_gave(row: Action, task: Action,
                                                        same: bool) -> None:
    assert repeats_task(row, task) is same


@pytest.mark.parametrize("sentence", [
    "Hugs å registrere timane i prosjektet innan fredag.",
    "Gje beskjed til skrivaren om du ikkje kan kome.",
])
def test_a_nynorsk_imperative_is_a_task_as_the_bokmal_one_is(sentence: str) -> None:
    assert is_action(sentence)


@pytest.mark.parametrize(("sentence", "task"), [
    ("Svar på høringen innen 1. mars.", True),  # the imperative
    ("Svar ventes i april.", False),  # the noun, awaited: nobody's errand
    ("Svar fra fylkeskommunen er kome.", False),
    ("Svar kommer etter møtet i formannskapet.", False),
])
def test_svar_opening_a_sentence_is_a_task_only_as_the_imperative(sentence: str,
                                                                   task: bool) -> None:
    assert is_action(sentence) is task


@pytest.mark.parametrize(("line", "decisions", "owner"), [
    # a bold label without its colon opens the vedtak, as "Vedtak:" does
    ("**Vedtak** Planen vedtas som foreslått.", ["Planen vedtas som foreslått."], None),
    ("**Konklusjon** Styret tar saken til etterretning.",
     ["Styret tar saken til etterretning."], None),
    # a bold name opening a task is its owner, no label
    ("**Kari Holm** sender brev til beboerne.", [], "Kari Holm"),
])
def test_a_bold_run_in_label_opens_its_block(line, decisions, owner):
    text = f"Møte i styret 3. mars 2025\n\nSak 1 Parkering\n\nDet er klager.\n{line}\n"
    item = parse_bytes(text.encode(), "referat.md").items[0]
    assert item.decisions == decisions
    assert [a.responsible for a in item.actions] == ([owner] if owner else [])


@pytest.mark.parametrize(("sentence", "who"), [
    # a note's mark before the colon is no owner ("**Viktig:** …" in bold, or plain)
    ("NB: fakturaer må sendes innen fredag.", None),
    ("Viktig: fakturaer må sendes innen fredag.", None),
    ("Husk: påmeldingen må sendes innen 15. mai.", None),
    # the note may name who does it
    ("Merk: Kari Holm sender søknaden innen fredag.", "Kari Holm"),
    # an owner before the colon stays the owner
    ("Kari Holm: sende søknaden innen fredag.", "Kari Holm"),
])
def test_a_note_mark_before_a_colon_is_no_owner(sentence, who):
    assert responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", [
    "Vedtaket ble fattet med 5 mot 2 stemmer (Sp og Frp).",
    "Vedtaket vart gjort med 4 mot 1 røyst (Berit Omdal).",
    "Protokollen fra 14.10.2025 godkjennes.",
])
def test_a_vote_with_who_voted_against_and_an_approval_dated_in_figures_are_decisions(
        sentence: str) -> None:
    assert is_decision(sentence)


@pytest.mark.parametrize("note", [
    "Merknad: Per Lunde fratrådte som inhabil under punkt 2.",
    "(Referentens merknad: tallene ble rettet etter møtet.)",
    "Anm.: Datoen ble senere endret.",
    "(Ola Dahl var ikke til stede under behandlingen av punkt 2.)",
    "(Per Lunde stemte mot.)",
])
def test_a_note_between_a_vedtaks_points_is_no_decision_and_the_points_go_on(
        note: str) -> None:
    decisions, _ = _outcomes_of("Vedtak:\n1. Styret leier lokalet i Storgata.\n"
                                f"{note}\n2. Budsjettet for 2025 godkjennes.")
    assert decisions == ["Styret leier lokalet i Storgata.", "Budsjettet for 2025 godkjennes."]


def test_a_call_to_note_leads_the_sentence_after_it() -> None:
    decisions, _ = _outcomes_of("Vedtak:\nKontingenten økes til 400 kroner. NB! Endringen "
                                "varsles i medlemsbladet.")
    assert decisions == ["Kontingenten økes til 400 kroner.",
                         "NB! Endringen varsles i medlemsbladet."]


@pytest.mark.parametrize(("label", "vote"), [
    ("Fellesforslag fra H, Frp og KrF:", "Fellesforslaget ble vedtatt med 5 mot 2 stemmer."),
    ("Omforent forslag:", "Forslaget ble enstemmig vedtatt."),
    ("Fellesframlegg frå Ap og Sp:", "Fellesframlegget vart samrøystes vedteke."),
])
def test_a_joint_or_agreed_proposal_adopted_by_its_vote_is_decided(label: str,
                                                                     vote: str) -> None:
    decisions, _ = _outcomes_of(f"{label}\nStyret leier lokalet i Storgata.\n\n{vote}")
    assert decisions == ["Styret leier lokalet i Storgata.", vote]


def test_a_joint_proposal_that_fell_is_no_decision_only_its_fall_is() -> None:
    decisions, _ = _outcomes_of("Innstilling:\nStyret leier lokalet i Storgata.\n\n"
                                "Fellesforslag fra Per Lunde og Ola Dahl:\nStyret leier "
                                "lokalet på Torget.\n\nFellesforslaget falt med 1 mot 2 "
                                "stemmer.\nInnstillingen ble vedtatt med 2 mot 1 stemme.")
    assert decisions == ["Styret leier lokalet i Storgata.",
                         "Fellesforslaget falt med 1 mot 2 stemmer.",
                         "Innstillingen ble vedtatt med 2 mot 1 stemme."]


def test_a_protocol_remark_with_its_party_in_brackets_is_no_decision() -> None:
    decisions, _ = _outcomes_of("Vedtak:\nBudsjettet for 2025 godkjennes.\n"
                                "Protokolltilførsel (Frp):\nFrp vil ha saken tilbake i 2026.")
    assert decisions == ["Budsjettet for 2025 godkjennes."]


@pytest.mark.parametrize("vote", [
    "Oversendelsesforslaget ble oversendt formannskapet uten votering.",
    "Oversendelsesforslaget ble enstemmig vedtatt oversendt kommunedirektøren.",
])
def test_a_proposal_sent_on_to_another_body_is_not_this_bodys_decision(vote: str) -> None:
    decisions, actions = _outcomes_of("Innstilling:\nSkolematordningen videreføres.\n\n"
                                      "Oversendelsesforslag fra SV:\nKommunedirektøren bes "
                                      f"utrede gratis skolemat.\n\n{vote}\n"
                                      "Innstillingen ble enstemmig vedtatt.")
    assert "Kommunedirektøren bes utrede gratis skolemat." not in decisions
    assert "Skolematordningen videreføres." in decisions
    assert actions == []


@pytest.mark.parametrize("sentence", [
    "Det skal lagast ein plan for vinterdrifta innan 1. mars.",
    "Det skal utarbeidast eit notat til neste møte.",
    "Rutinane for utleige skal oppdaterast.",
    "Saka skal kartleggjast før sommaren.",
])
def test_a_nynorsk_passive_task_is_an_action(sentence):
    # the nynorsk s-passive ("lagast", "utarbeidast") of the bokmål "lages", "utarbeides":
    # a follow-up with no one named, as its bokmål twin is
    assert is_action(sentence)
    assert responsible_of(sentence) is None


@pytest.mark.parametrize("sentence, who", [
    ("Hver kommune oppnevner en kontaktperson innen 1. april.", "Hver kommune"),
    ("Alle kommunane oppnemner ein kontaktperson innan 1. mai.", "Alle kommunane"),
])
def test_each_member_naming_someone_by_a_date_is_their_task(sentence, who):
    # every member on its own by a deadline: a follow-up; the body naming someone
    # itself ("Rådet oppnevner Kari Holm som leder.") stays its own act
    assert is_action(sentence)
    assert responsible_of(sentence) == who
    assert not is_action("Rådet oppnevner Kari Holm som leder.")
    assert is_decision("Rådet oppnevner Kari Holm som leder.")


def test_the_body_going_for_an_offer_is_its_decision():
    assert is_decision("Arbeidsutvalget går for tilbudet fra Fjordbuss.")
    assert is_decision("Styret gikk for alternativ 2.")
    assert not is_decision("Tilbudet går for 40 000 kr.")


@pytest.mark.parametrize(("line", "owner"), [
    # a person named by an office whose title holds a body's stem ("kommun", "styr",
    # "råd") is no body: a bold task of theirs is their follow-up, no vedtak
    ("**Kommunedirektøren sender saka til høyring innan 1. mai.**", "Kommunedirektøren"),
    ("**Styreleiaren kallar inn til ekstra møte innan 1. mai.**", "Styreleiaren"),
    ("**Rådmannen sender brev til grunneigarane innan 1. mai.**", "Rådmannen"),
])
def test_a_bold_task_of_an_office_holder_is_no_vedtak(line, owner):
    text = f"Møte i styret 3. mars 2025\n\nSak 1 Høyring\n\nSaka vart drøfta.\n{line}\n"
    item = parse_bytes(text.encode(), "referat.md").items[0]
    assert item.decisions == []
    assert [a.responsible for a in item.actions] == [owner]


@pytest.mark.parametrize("sentence", [
    "Styret går videre med leieavtalen.",
    "Utvalet går vidare med rammeavtalen med Fjordbygg AS.",
    "Styret gikk videre med kontrakten.",
])
def test_going_on_with_the_agreement_on_the_table_is_the_choice_not_a_task(sentence):
    # the body's own choice of the agreement before it: the decision, nobody's errand
    assert not is_action(sentence)
    # a deadline still makes the next step a follow-up
    assert is_action("Styret går videre med leieavtalen innen 1. mai.")


@pytest.mark.parametrize("sentence", [
    "Tildelingen gjøres av kommunedirektøren etter retningslinjene.",
    "Kommunedirektøren tildeler midlene etter de vedtatte retningslinjene.",
    "Søknader om fritak behandles av styret i tråd med vedtektene.",
    "Klager vert handsama av dagleg leiar etter reglementet.",
])
def test_what_is_done_by_the_adopted_rules_is_a_standing_rule_no_task(sentence):
    # how every later case is handled: a decision in a vedtak, never a follow-up
    assert not is_action(sentence)
    _, actions = _outcomes_of(f"Vedtak:\nRetningslinjene vedtas. {sentence}")
    assert actions == []
    # with a deadline of its own it is a one-off task again
    assert is_action("Kari Holm sender søknaden etter retningslinjene innen 1. mai.")


def test_an_owner_named_by_ansvar_in_the_task_keeps_it_from_a_follow_up_line():
    # "…, ansvar: Per." names the owner in the task's own sentence: the line after it
    # ("Oppfølging: Kari – innan 1. april") does not take the task from him
    _, actions = _outcomes_of("Dugnadslista vert send ut innan 1. april, ansvar: Per.\n"
                              "Oppfølging: Kari – innan 1. april")
    assert [(text, who) for text, who, _ in actions] == [
        ("Dugnadslista vert send ut innan 1. april, ansvar: Per.", "Per")]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Styret ber lokallagene om innspill innen 15. april.", "lokallagene"),
    ("Rådet bad kommunane om tal innan 1. mai.", "kommunane"),
    ("Utvalget ber skolene om en kort tilbakemelding innen fredag.", "skolene"),
])
def test_a_vedtak_asking_a_group_for_something_by_a_date_gives_them_a_task(sentence, who):
    # the request is the body's decision, the answer by the date the group's follow-up
    assert is_action(sentence)
    assert responsible_of(sentence) == who
    decisions, actions = _outcomes_of(f"Vedtak:\n{sentence}")
    assert decisions == [sentence]
    assert [a[1] for a in actions] == [who]
    # with no deadline it stays the body's request (with no one asked, a passive task:
    # see test_a_request_by_a_date_naming_no_one_is_a_passive_task)
    assert not is_action("Styret ber departementet om svar.")


@pytest.mark.parametrize("sentence", [
    "Styret ber om innspill innen 1. mai.",
    "Rådet bad om tilbakemelding innan 1. mai.",
    "Utvalget ber om forslag til kandidater innen fredag.",
])
def test_a_request_by_a_date_naming_no_one_is_a_passive_task(sentence):
    # the answer by the date is still a follow-up after the meeting, of whoever answers:
    # a passive task, responsible null (the request itself stays the body's decision)
    assert is_action(sentence)
    assert responsible_of(sentence) is None
    decisions, actions = _outcomes_of(f"Vedtak:\n{sentence}")
    assert decisions == [sentence]
    assert [a[1] for a in actions] == [None]


def test_a_person_asking_in_the_debate_gives_no_passive_task():
    # "Kari Holm ba om …" is what a member said; with no deadline the body only asks
    assert not is_action("Kari Holm ba om innspill innen 1. april.")
    assert not is_action("Styret ber om innspill til planen.")


@pytest.mark.parametrize("sentence", [
    "Innspill bes sendt til sekretariatet innen 1. mars.",  # the receiver does not send it
    "Skjemaet bes levert på kontoret innen fredag.",
    "Forslag bes snarest sendt til styret innen 1. mai.",
    "Innspel bes sendt til kultursjefen innan 20. mars.",
])
def test_a_request_with_a_participle_is_a_passive_task_with_no_owner(sentence):
    assert is_action(sentence)
    assert responsible_of(sentence) is None


@pytest.mark.parametrize(("sentence", "who"), [
    ("Kommunene bes sende innspill til sekretariatet innen 1. mars.", "Kommunene"),
    ("Daglig leder bes om å utarbeide et notat innen 1. mai.", "Daglig leder"),
])
def test_a_request_with_an_infinitive_names_who_is_asked(sentence, who):
    assert is_action(sentence) and responsible_of(sentence) == who


@pytest.mark.parametrize(("sentence", "task"), [
    ("Vi sender ut invitasjon innen 15. april.", True),
    ("Me sender ut invitasjon innan 15. april.", True),
    ("Vi kontakter kommunen innen fredag.", True),
    ("Vi lager et forslag til neste møte.", False),  # no deadline: an intention told
    ("Me lagar eit forslag til neste møte.", False),
    ("Vi sender ut referat innen en uke etter hvert møte.", False),  # a standing rule
    ("Vi sender en stor takk til Kari før hun slutter.", False),  # a courtesy
])
def test_the_writers_own_task_needs_a_deadline_in_both_languages(sentence, task):
    assert is_action(sentence) is task
    if task:
        _, actions = _outcomes_of(sentence)
        assert [who for _text, who, _due in actions] == [None]


@pytest.mark.parametrize(("sentence", "decided"), [
    ("Styret går videre med modell B.", True),
    ("Utvalet går vidare med alternativ 2.", True),
    ("Regionrådet gikk videre med Byggmester AS.", True),
    ("Styret går videre med å innhente tilbud på ny heis.", False),  # work going on
    ("Styret går videre med saken.", False),
    ("Vi går videre med forslaget fra arkitekten.", False),  # not the body named
])
def test_the_body_going_on_with_an_option_is_its_decision(sentence, decided):
    assert is_decision(sentence) is decided
    if decided:
        assert not is_action(sentence)


@pytest.mark.parametrize("proposal", [
    "Styret godkjenner budsjettet slik det ble lagt fram.",
    "Budsjettet godkjennes slik det ble lagt fram.",
    "Styret vedtar planen som ble presentert i møtet.",
])


@pytest.mark.parametrize("verdict", ["Som forslag.", "Som innstillingen.",
                                     "Som forslag til vedtak."])
def test_as_proposed_adopts_a_proposal_with_a_past_clause_once(proposal, verdict):
    decisions, _ = _outcomes_of(f"Forslag til vedtak: {proposal}\nVedtak: {verdict}")
    assert decisions == [proposal]


def test_an_outcome_told_in_the_past_still_ends_the_proposal():
    decisions, _ = _outcomes_of("Forslag til vedtak: Styret kjøper ny plenklipper.\n"
                                "Saken ble utsatt.")
    assert decisions == ["Saken ble utsatt."]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Saken bes utredet av administrasjonen innen 1. mai.", "administrasjonen"),
    ("Brevet bes sendt av Kari Holm innen fredag.", "Kari Holm"),
    ("Saka bes greidd ut av kommunedirektøren innan 1. mai.", "kommunedirektøren"),
    ("Innspill bes sendt til sekretariatet innen 1. mars.", None),  # only the receiver
])
def test_a_passive_request_is_owned_only_by_the_doer_it_names(sentence, who):
    assert is_action(sentence) and responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", ["FAU går videre med alternativ 3.",
                                      "AU gikk videre med tilbudet fra Fjordbuss."])
def test_a_body_by_its_short_name_going_on_with_an_option_decides(sentence):
    assert is_decision(sentence) and not is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "Forslaget fra Kari Holm fikk 2 stemmer.",
    "Daglig leders forslag fikk 2 stemmer, Kleppes forslag fikk 2 stemmer.",
    "Framlegget frå Sp fekk 3 røyster, framlegget frå Ap fekk 4 røyster.",  # nynorsk
])
def test_a_vote_count_without_its_outcome_is_no_decision(sentence):
    # a count alone tells no outcome: the sentence saying what was carried is the decision
    assert not is_decision(sentence)


@pytest.mark.parametrize("told", [
    "Jon Bergan foreslo å redusere gebyrøkningen til 3 %.",
    "Jon Bergan fremmet forslag om å redusere gebyrøkningen til 3 %.",
    "Per Lid gjorde framlegg om å redusere gebyrauken til 3 %.",  # nynorsk
])
def test_a_counter_proposal_told_in_words_falls_in_bokmal_as_in_nynorsk(told):
    text = ("Protokoll fra styremøte\n\nDato: 12.02.2026\n\nSak 1/26 Budsjett\n"
            "Styrets forslag til vedtak:\nStyret vedtar budsjettet.\n"
            f"{told}\n{told.split()[1]}s forslag falt mot 1 stemme.\n"
            "Vedtak:\nStyret vedtar budsjettet.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.items[0].decisions[0].endswith("falt mot 1 stemme.")


@pytest.mark.parametrize("sentence", [
    "Styret går videre med saken på neste møte.",
    "Utvalet går vidare med saka i neste møte.",  # nynorsk
    "Styret gikk videre med saken i neste styremøte.",
])
def test_the_body_going_on_with_its_case_at_a_later_meeting_is_a_put_off(sentence):
    # put off as "Saken utsettes til neste møte." is: a decision, no one's errand
    assert is_decision(sentence)
    assert not is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "Følgende ble valgt:", "Desse vart valde:", "Følgjande vart valt:",  # nynorsk
    "Disse ble gjenvalgt som revisorer:",
])
def test_an_election_result_over_its_list_of_names_is_a_decision(sentence):
    assert is_decision(sentence)


def test_the_names_under_an_election_result_join_its_decision():
    text = ("Møtebok for årsmøtet i Lia grendalag\n\nDato: 10.03.2027\n\n"
            "Sak 4 Val av styre\nDesse vart valde:\nGuri Lien\nOla Bakke\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.items[0].decisions == ["Desse vart valde: Guri Lien Ola Bakke"]


def test_a_paper_as_the_subject_owns_no_task() -> None:
    # a plan, report or application in its definite form (also closing a compound) is
    # what goes or is done: no one owns the task; a body, role or person still does
    assert responsible_of("Planforslaget skal ut på høyring i juni.") is None
    assert responsible_of("Rapporten skal være ferdig innen 1. mai.") is None
    assert responsible_of("Budsjettframlegget skal leggjast fram i mars.") is None
    assert responsible_of("Styret skal ut på befaring i juni.") == "Styret"
    assert responsible_of("Planleggeren skal sende ut varsel.") == "Planleggeren"
    assert responsible_of("Kari skal sende planen til kommunen.") == "Kari"


def test_english_open_status_and_a_status_closing_a_task_line() -> None:
    # a task app's English statuses are statuses as "Pågår" is; an open status after a
    # dash at the end of a task line is the register's mark, no part of the task
    from motebok.extract.outcomes import status_mark, task_text
    assert status_mark("In progress") == "open"
    assert status_mark("Not started") == "open"
    assert status_mark("Open") == "open"
    assert status_mark("In the budget") is None
    assert task_text("EH innhenter tilbud på maling – pågår") == "EH innhenter tilbud på maling"
    assert task_text("Kari følger opp – In progress") == "Kari følger opp"
    assert task_text("Sende program – HS – Åpen") == "Sende program – HS – Åpen"
    assert task_text("Kari lager plan – Per hjelper til") == "Kari lager plan – Per hjelper til"


def test_the_bodys_request_that_someone_does_something_by_a_date_is_their_task() -> None:
    # "ber om at X <verb> … innen <date>": X's follow-up whatever the verb, also a role
    # written without its article; without a date, or with "det" or a passive after
    # "at", no one is named by the request
    _, actions = _outcomes_of("Styret ber om at forretningsfører sender oversikt over "
                              "utgifter innen 15. april.")
    assert actions == [("Styret ber om at forretningsfører sender oversikt over utgifter "
                        "innen 15. april.", "forretningsfører", "2024-04-15")]
    _, actions = _outcomes_of("Styret ber om at kommunedirektøren gir en redegjørelse "
                              "innen 1. juni.")
    assert actions == [("Styret ber om at kommunedirektøren gir en redegjørelse innen "
                        "1. juni.", "kommunedirektøren", "2024-06-01")]
    from motebok.extract.outcomes import _asked_that_by_date
    for sentence in ("Styret ber om at kommunedirektøren gir en redegjørelse.",
                     "Styret ber om at det lages en plan innen 1. mai.",
                     "Styret ber om at saken legges fram innen 1. mai."):
        assert _asked_that_by_date(sentence, sentence.lower()) is None, sentence


def test_a_task_reported_done_right_after_is_no_open_follow_up() -> None:
    # "Det er gjort.", "Dette er allerede gjort.", a lone "Utført." after a task in the
    # present tense: done by the time the minutes were written; other words after "Det
    # er gjort" ("… et forsøk") report no such thing
    _, actions = _outcomes_of("Kari Holm innhenter tre tilbud. Utført.\n"
                              "Per Lunde sjekker takrennene. Dette er allerede gjort.\n"
                              "Ola Dahl kontakter kommunen. Det er gjort et forsøk før.")
    assert actions == [("Ola Dahl kontakter kommunen.", "Ola Dahl", None)]


def test_he_or_she_after_a_person_given_charge_of_something_is_theirs() -> None:
    # "Kari har ansvaret for …" sets no task, but names whom "Hun" points back to
    _, actions = _outcomes_of("Kari har ansvaret for kaffesalget. Hun bestiller kopper "
                              "innen 1. april.")
    assert actions == [("Hun bestiller kopper innen 1. april.", "Kari", "2024-04-01")]


def test_the_national_day_a_thing_is_for_is_no_deadline() -> None:
    # "premier til 17. mai": the day the prizes are for; "klare til 17. mai" and "innen
    # 17. mai" are deadlines
    _, actions = _outcomes_of("Kari bestiller premier til 17. mai.\n"
                              "Per bestiller ballonger som skal være klare til 17. mai.\n"
                              "Ola henter flagg innen 17. mai.")
    assert [a[2] for a in actions] == [None, "2024-05-17", "2024-05-17"]


def test_the_bodys_request_to_two_named_by_a_date_names_both() -> None:
    _, actions = _outcomes_of("Styret ber om at Nordby kommune og Sørby kommune sender tall "
                              "innen 1. mai.")
    assert actions == [("Styret ber om at Nordby kommune og Sørby kommune sender tall innen "
                        "1. mai.", "Nordby kommune og Sørby kommune", "2024-05-01")]


def _council_case_decisions(body: str) -> list[str]:
    """The decisions of one case in a council's minutes with ``body`` as its text."""
    text = ("Protokoll fra formannskapet 4. september 2024\n\nTil stede: Kari Holm, Ola Dahl\n\n"
            f"Sak 42/24 Tiltaksplan\n\n{body}\n")
    [item] = parse_bytes(text.encode(), "fsk.txt").items
    return item.decisions


@pytest.mark.parametrize("vote", [
    "Innstillingen med vedtatt tilleggsforslag ble enstemmig vedtatt.",
    "Innstillingen, med vedtatt endring, ble enstemmig vedtatt.",
    "Innstillingen ble, med de vedtatte endringer, enstemmig vedtatt.",
    "Rådmannens innstilling med endringsforslaget fra Ap ble vedtatt med 6 mot 3 stemmer.",
    "Innstillingen fikk 7 stemmer og ble vedtatt.",
    "Innstillingen fikk 5 stemmer og ble dermed vedtatt.",
    "Innstilling vedtatt med 5 mot 2 stemmer.",
    "Innstillinga fekk 6 røyster og vart vedteken.",
    "Innstillingen fikk flertall.",
    "5 stemte for innstillingen, 2 stemte imot.",
    "Vedtaket er fattet med dobbeltstemme fra leder.",
])
def test_a_vote_with_words_between_the_innstilling_and_its_verb_adopts_it(vote):
    decisions = _council_case_decisions(
        f"Innstilling:\nFormannskapet vedtar tiltaksplanen.\n{vote}")
    assert decisions == ["Formannskapet vedtar tiltaksplanen.", vote]


@pytest.mark.parametrize("vote", [
    "Innstillingen fikk 3 stemmer og ble ikke vedtatt.",
    "Innstillingen fikk ikke flertall.",
])
def test_a_vote_that_does_not_carry_the_innstilling_adopts_nothing(vote):
    assert "Formannskapet vedtar tiltaksplanen." not in \
        _council_case_decisions(f"Innstilling:\nFormannskapet vedtar tiltaksplanen.\n{vote}")


@pytest.mark.parametrize(("vote", "adopted"), [
    ("Innstillingen fikk 6 stemmer, Sps forslag fikk 3 stemmer.",
     "Formannskapet vedtar tiltaksplanen."),
    ("Innstillingen fikk 3 stemmer, Sps forslag fikk 6 stemmer.", "Saken utsettes."),
    ("Ved alternativ votering ble forslaget fra Sp vedtatt med 5 mot 4 stemmer.",
     "Saken utsettes."),
])
def test_an_alternative_vote_adopts_the_proposal_with_more_votes(vote, adopted):
    decisions = _council_case_decisions("Innstilling:\nFormannskapet vedtar tiltaksplanen.\n"
                                f"Forslag fra Sp:\nSaken utsettes.\n{vote}")
    assert decisions == [adopted, vote]


@pytest.mark.parametrize("votes", [
    "Tilleggsforslaget fra Ap ble vedtatt. Endringsforslaget fra Sp falt.",
    "Endringsforslaget fra Sp falt. Tilleggsforslaget fra Ap ble vedtatt.",
])
def test_each_vote_is_on_the_amendment_it_names(votes):
    decisions = _council_case_decisions("Innstilling:\nFormannskapet vedtar tiltaksplanen.\n"
                                "Tilleggsforslag fra Ap:\nPlanen evalueres i 2026.\n"
                                "Endringsforslag til punkt 2 fra Sp:\nPlanen evalueres i 2030.\n"
                                f"{votes}")
    assert "Planen evalueres i 2026." in decisions
    assert "Planen evalueres i 2030." not in decisions


def test_a_motion_to_postpone_that_fell_decides_nothing():
    decisions = _council_case_decisions("Innstilling:\nFormannskapet vedtar tiltaksplanen.\n"
                                "Utsettelsesforslag fra Sp:\nSaken utsettes til neste møte.\n"
                                "Utsettelsesforslaget falt med 2 mot 5 stemmer.\n"
                                "Innstillingen ble vedtatt med 5 mot 2 stemmer.")
    assert "Saken utsettes til neste møte." not in decisions
    assert "Formannskapet vedtar tiltaksplanen." in decisions


@pytest.mark.parametrize("change", ["I punkt 4 endres «skal vurderes» til «skal gjennomføres».",
                                    "I punkt 4 vert «skal vurderast» endra til «skal "
                                    "gjennomførast»."])
def test_an_adopted_change_of_wording_is_no_task(change):
    assert not is_action(change)


@pytest.mark.parametrize(("vote", "adopted"), [
    ("Sps forslag fikk 3 stemmer, innstillingen 6.", "Formannskapet vedtar tiltaksplanen."),
    ("Sps forslag fikk 6 stemmer, innstillingen 3.", "Saken utsettes."),
])
def test_an_alternative_vote_with_the_other_proposal_s_tally_first(vote, adopted):
    decisions = _council_case_decisions("Innstilling:\nFormannskapet vedtar tiltaksplanen.\n"
                                        f"Forslag fra Sp:\nSaken utsettes.\n{vote}")
    assert decisions == [adopted, vote]


@pytest.mark.parametrize("note", ["Saken ble behandlet for lukkede dører.",
                                  "Møtet ble lukket under behandlingen av saken.",
                                  "Saka vart handsama i lukka møte.",
                                  "Ho vart kjend ugild.",
                                  "Nestleiar leia møtet under denne saka."])
def test_a_note_on_how_the_case_was_heard_ends_the_innstilling(note):
    decisions = _council_case_decisions("Innstilling:\nFormannskapet vedtar tiltaksplanen.\n"
                                        f"{note}\n\nInnstillingen ble enstemmig vedtatt.")
    assert decisions == ["Formannskapet vedtar tiltaksplanen.",
                         "Innstillingen ble enstemmig vedtatt."]


def test_an_innstilling_to_close_the_meeting_is_the_proposal_itself():
    decisions = _council_case_decisions("Innstilling:\nSaken behandles i lukket møte.\n\n"
                                        "Innstillingen ble enstemmig vedtatt.")
    assert decisions == ["Saken behandles i lukket møte.", "Innstillingen ble enstemmig vedtatt."]


@pytest.mark.parametrize("vote", ["Enstemmig vedtak.", "Samrøystes vedtak", "Einstemmig vedtak.",
                                  "Vedtatt med alle stemmer mot én.",
                                  "Vedteke med alle røyster mot ei."])
def test_the_vote_alone_under_the_innstilling_adopts_it(vote):
    decisions = _council_case_decisions("Innstilling:\nFormannskapet vedtar tiltaksplanen.\n\n"
                                        f"{vote}")
    assert decisions == ["Formannskapet vedtar tiltaksplanen.", vote]


@pytest.mark.parametrize("sentence", [
    # the fee or pay an annual meeting sets
    "Kontingenten for 2027 settes til kr 400.",
    "Kontingenten holdes uendret på kr 300.",
    "Kontingenten held fram uendra på kr 250.",
    "Kontingenten vedtas uendret.",
    "Godtgjørelsen til styret settes til kr 60 000.",
    "Honoraret til revisor blir satt til 8 000 kr.",
    # the board discharged
    "Styret ble meddelt ansvarsfrihet.",
    "Årsmøtet gav styret ansvarsfridom.",
    # every election of the item at once
    "Alle valg var enstemmige.",
    "Alle vala var samrøystes.",
    # gone through, then adopted
    "Årsberetningen ble gjennomgått av styreleder Magnus Hegg og godkjent.",
])
def test_an_annual_meetings_outcomes_are_decisions(sentence):
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Leder orienterte om at kontingenten blir uendret.",  # news of it
    "Styret foreslår at kontingenten settes til kr 400.",  # only proposed
    "Kontingenten er uendret siden 2019.",  # how it has been
    "Det ble spurt om styret kan gis ansvarsfrihet.",
    "Hanne Moe orienterte om reglementet som kommunestyret vedtok i desember.",
    "Regnskapet ble gjennomgått av revisor og kommentert.",
])
def test_what_an_annual_meeting_only_hears_decides_nothing(sentence):
    assert not is_decision(sentence)


@pytest.mark.parametrize(("sentence", "who"), [
    ("OSO ber fagrådet for samhandling legge fram forslag til tiltak.",
     "fagrådet for samhandling"),
    ("Rådet ber arbeidsgruppa for trafikk legge fram forslag.", "arbeidsgruppa for trafikk"),
    ("Soknerådet bed utvalet for trusopplæring greie ut saka.", "utvalet for trusopplæring"),
    ("Med bakgrunn i rapporten ber kontrollutvalget kommunedirektøren svare på dette.",
     "kommunedirektøren"),
])
def test_a_body_asked_keeps_the_rest_of_its_name(sentence, who):
    # a body word after "ber" is the asking body only when the one asked follows it; a
    # preposition after it goes on with the name of the body that is asked
    assert responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", ["Samarbeidsrådet fastsatte årsplanen uten endringer.",
                                      "Styret fastsatte budsjettet for 2026.",
                                      "Soknerådet fastsette årsplanen samrøystes."])
def test_a_council_that_fixed_a_plan_decided(sentence):
    # a samarbeidsråd fastsetter the kindergarten's årsplan by law: the body's decision
    assert is_decision(sentence)


def test_a_person_fixing_something_is_no_decision():
    assert not is_decision("Kari fastsatte datoen for dugnaden.")


@pytest.mark.parametrize("sentence, who", [
    ("Styret ber om at rektor sender planen innen 1. mai.", "rektor"),
    ("Rådet ber om at koordinator lager en oversikt innen 1. juni.", "koordinator"),
    ("Utvalget ber om at referent sender ut protokollen innen fredag 12. april.", "referent"),
    ("Styret ber om at vaktmester rydder boden innen 1. mai.", "vaktmester"),
    ("Styret ber om at hver kommune sender tall innen 1. mai.", "hver kommune"),
])
def test_a_role_asked_that_by_a_date_comes_from_the_one_list_of_owner_roles(sentence, who):
    # "… ber om at <role> <verb> … innen …": the role words are the owner roles every other
    # task form reads (not a list of its own that lacks "rektor", "koordinator")
    assert is_action(sentence)
    assert responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", [
    "Kari spør styret om de er enige.",
    "Per spør om referatet er godkjent.",
    "Kari spurte styret om de var enige i forslaget.",
    "Per lurer på om saken ble vedtatt.",
])
def test_a_question_put_at_the_meeting_about_an_outcome_is_no_decision(sentence):
    # asking whether something was agreed or passed, in the present or the past and to
    # whomever ("spør styret om …"), tells the question, not the outcome
    assert not is_decision(sentence)


@pytest.mark.parametrize("tally", [
    "Forslaget fikk 3 mot 3 stemmer, og leders dobbeltstemme avgjorde.",
    "Framlegget fekk 2 mot 2 røyster, og leiaren si dobbeltrøyst avgjorde.",
])
def test_a_tied_votes_tally_under_the_vedtak_is_no_point_of_it(tally: str) -> None:
    # how the vedtak was carried (a tie settled by the chair's casting vote) under its
    # text, as a vote note is: the vedtak's text alone is decided
    decisions, _ = _outcomes_of(f"Vedtak:\nStyret leier lokalet i Storgata.\n{tally}")
    assert decisions == ["Styret leier lokalet i Storgata."]


@pytest.mark.parametrize("sentence", [
    "Per Hansen ber kommunen sende oversikten innen 1. mai.",
    "Per Hansen ber kommunen om å sende oversikten innen 1. mai.",
    "Per Hansen ba kommunen om å sende oversikten innen 1. mai.",
    "Per Hansen spør kommunen om å sende oversikten innen 1. mai.",
    "Per Hansen spurte kommunen om å sende oversikten innen 1. mai.",
    "Per Hansen spør også kommunen om å sende oversikten innen 1. mai.",
])
def test_the_verbs_of_asking_give_the_one_asked_alike(sentence):
    # "ber X (om å)", "ba X om å", "spør X om å", "spurte X om å": one reading, the one
    # asked is to do it
    assert is_action(sentence)
    assert responsible_of(sentence) == "kommunen"


@pytest.mark.parametrize("sentence", [
    "Møteleiaren si dobbeltrøyst var avgjerande, og framlegget fall.",
    "Leders dobbeltstemme avgjorde, og forslaget falt.",
])
def test_a_proposal_falling_in_the_clause_after_the_casting_vote_is_a_decision(sentence):
    # the outcome after "…, og": the tie's tally alone is no decision, its outcome is
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Saka vert oversendt kommunestyret.",
    "Rapporten blir oversendt kommunestyret.",
])
def test_sent_on_in_the_blir_passive_is_a_task_as_oversendes_is(sentence):
    # "vert/blir oversendt" is the present passive of "oversendes": the same task, no one
    # named
    assert is_action(sentence)
    assert responsible_of(sentence) is None


def test_lettered_part_under_one_line_vedtak_is_no_entry_of_it() -> None:
    """"b) Søknad fra …" right under "Vedtak: X." and over its own "Vedtak:" heads the
    case's next part; a list under a vedtak that ends in a colon is still the vedtak's."""
    assert _case_decisions("Søknader om tilskudd", "a) Søknad fra Lom turlag\n"
                           "Vedtak: Det bevilges 30 000 kroner.\nb) Søknad fra Skjåk IL\n"
                           "Vedtak: Søknaden avslås.") == [
        "Det bevilges 30 000 kroner.", "Søknaden avslås."]
    listed = _case_decisions("Prioriterte prosjekter",
                             "Vedtak: Formannskapet prioriterer disse prosjektene:\n"
                             "a) Fiber i Lom\nb) Ny bru over Otta")
    assert any("Fiber i Lom" in decision for decision in listed), listed


@pytest.mark.parametrize("sentence", [
    "Sak 34/26 ble trukket.", "Sak 5/26 vart trekt.", "Sak 7/26 utgår.", "Sak 34/26 utsettes.",
    "Utgår.", "utgår",
])
def test_case_off_the_agenda_by_its_number_is_an_outcome(sentence: str) -> None:
    """A case withdrawn, dropped or put off, named by its number as the approval of the
    agenda names it, is an outcome as "Saken ble trukket." is."""
    assert is_decision(sentence)


def test_case_named_in_another_sentence_is_no_outcome() -> None:
    assert not is_decision("Per foreslo at sak 5/26 ble trukket.")
    assert not is_decision("Sak 5/26 ble behandlet etter sak 2/26.")


def test_a_task_of_thousands_of_dates_finds_its_deadline_in_linear_time() -> None:
    """The words before each of a task's dates (a deadline word, "om", the event called
    to) are looked for right before it, not in all of the task's text up to it: a task
    that lists a season's sessions (16,000 dates) took minutes, and its deadline word
    still sets the due date."""
    days = ", ".join(f"{d % 28 + 1}. {('mars', 'april', 'mai', 'juni')[d % 4]} 2026"
                     for d in range(16000))
    text = ("Referat fra styremøte\n\nDato: 12. januar 2026\n\nTil stede: Kari Holm, Ola Dahl\n\n"
            "Sak 1/26 Treningstider\nKari Holm sender treningsplanen med øktene " + days +
            " til foreldrene innen 1. februar 2026.\n")
    actions = parse_bytes(text.encode(), "referat.txt").items[0].actions
    assert [(a.responsible, a.due) for a in actions] == [("Kari Holm", "2026-02-01")]


def test_an_authoritys_dated_act_under_a_follow_up_label_inside_an_item_is_a_task() -> None:
    # "Veien videre:" set as a label inside an item, not as its title: the state
    # authority's act by a date under it is a follow-up as under a "Veien videre" item;
    # above it, the authority's plan told in the talk stays news
    text = ("Referat fra møte i Barnevernsnettverket i Agder\n\nDato: 9. september 2025\n\n"
            "Sak 5/25 Nytt tilsynsopplegg\n"
            "Statsforvalteren skal gjennomføre tilsyn i tre kommuner i høst.\n\n"
            "Veien videre:\n"
            "- Statsforvalteren sender ut veilederen til kommunene innen 1. november.\n"
            "- Sekretariatet lager en oversikt innen 15. november.\n")
    [item] = parse_bytes(text.encode(), "referat.txt").items
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Statsforvalteren sender ut veilederen til kommunene innen 1. november.",
         "Statsforvalteren", "2025-11-01"),
        ("Sekretariatet lager en oversikt innen 15. november.", "Sekretariatet",
         "2025-11-15")]


@pytest.mark.parametrize(("sentence", "task"), [
    ("Kvar kommune set av ein kontaktperson innan nyttår.", True),
    ("Hver skole setter av en dag til kurset innen 1. mars.", True),
    ("Per Lie setter av tid til opplæring før påske.", True),
    # money set aside is a grant the vedtak makes, no errand
    ("Styret setter av en sum til jubileet.", False),
    ("Rådet set av eit beløp til ungdomsprosjektet.", False),
])
def test_setting_someone_or_some_time_aside_is_a_task_but_money_is_not(sentence: str,
                                                                       task: bool) -> None:
    assert is_action(sentence) is task


@pytest.mark.parametrize(("sentence", "owner"), [
    ("Kommunedirektøren gis fullmakt til å signere kontrakten innen 15.12.2025.",
     "Kommunedirektøren"),
    ("Styret gir daglig leder fullmakt til å signere avtalen innen 1. mars.", "daglig leder"),
    ("Styret gav dagleg leiar fullmakt til å underteikne avtalen innan 1. mars.",
     "dagleg leiar"),
    # a mandate to a one-off errand is a task without a date too
    ("Daglig leder gis fullmakt til å forhandle pris.", "Daglig leder"),
    ("Styret gav daglig leder fullmakt til å forhandle fram avtale.", "daglig leder"),
    ("Regionrådet gjev sekretariatet fullmakt til å sende høyringsfråsegna.", "sekretariatet"),
    # a discretionary power with no deadline is the vedtak's only
    ("Daglig leder gis fullmakt til å gjøre mindre endringer i avtalen.", None),
    ("Dagleg leiar får fullmakt til å disponere midlane innanfor ramma.", None),
])
def test_an_authorisation_to_act_by_a_date_is_a_decision_and_a_task(sentence: str,
                                                                     owner: str | None) -> None:
    assert is_decision(sentence)
    assert is_action(sentence) is (owner is not None)
    if owner:
        assert responsible_of(sentence) == owner


def test_a_talks_slide_keeps_only_tasks_with_a_deadline_or_an_owner_named() -> None:
    from motebok.extract.outcomes import talk_slide_tasks

    said = Action("Kommunane skal dele data meir", "Kommunane")
    dated = Action("Prosjektleiar sender statusrapport innan 1. april", "Prosjektleiar",
                   "2026-04-01")
    named = Action("Kari Holm sender lenke til opptaket", "Kari Holm")
    labelled = Action("Oppsummere innspela (Ansvar: Per)", "Per")
    tasks = [said, dated, named, labelled]
    assert talk_slide_tasks(tasks, ("Deling av data", None)) == [dated, named, labelled]
    # a follow-up slide, by the item's title or the slide's own first line
    assert talk_slide_tasks(tasks, ("Vegen vidare", None)) == tasks
    assert talk_slide_tasks(tasks, ("Plan for neste år", "Hva gjør vi framover?")) == tasks


def test_a_decks_closing_eventuelt_slide_gives_its_bullets_as_tasks() -> None:
    # no talk's slide: what the organisers bring up last ("- Sekretariatet sender
    # presentasjonene etter møtet"), as a closing summary slide's bullets are
    from motebok.extract.outcomes import talk_slide_tasks

    sent = Action("Sekretariatet sender presentasjonene etter møtet", "Sekretariatet")
    assert talk_slide_tasks([sent], ("Eventuelt", None), closing=True) == [sent]
    assert talk_slide_tasks([sent], ("Eventuelt", None)) == []  # (not closing the deck)


def test_a_lone_club_word_applies_for_the_body_only_in_a_clubs_minutes() -> None:
    from motebok.extract.outcomes import _applies_for_another

    sentence = "Laget søker om å låne gymsalen til juletrefesten."
    assert _applies_for_another(sentence, "FAU")  # another organisation's case
    assert _applies_for_another("Foreninga søkjer om tilskot.", "Samarbeidsutvalet")
    assert not _applies_for_another(sentence, "Styret")  # the lag's styre
    assert not _applies_for_another(sentence, "Nordby idrettslag")
    assert not _applies_for_another(sentence, None)  # an unknown body: its own
    assert not _applies_for_another(sentence, "Arbeidsutvalget", "Nordby idrettslag")
    assert not _applies_for_another("Styret søker kommunen om midler.", "FAU")


@pytest.mark.parametrize("sentence", [
    "Styret setter av en sum til jubileet.", "Styret set av pengar til jubileumsfesten.",
    "Rådet setter av midler til kurset.", "Styret set av eit beløp til nytt tak.",
])
def test_money_set_aside_without_a_figure_is_a_grant(sentence: str) -> None:
    assert is_decision(sentence)
    assert not is_action(sentence)


def test_someone_set_aside_is_still_no_grant() -> None:
    assert not is_decision("Kvar kommune set av ein kontaktperson innan nyttår.")


def test_a_clubs_compound_name_applies_for_the_club_only_in_its_own_minutes() -> None:
    from motebok.extract.outcomes import _applies_for_another

    sentence = "Idrettslaget søker om spillemidler innen 15. april."
    assert not _applies_for_another(sentence, "Styret", "Haugen idrettslag")
    assert not _applies_for_another(sentence, "Styret", "Haugen IL")  # its short form
    assert not _applies_for_another("Velforeningen søker om benker.", "Styret", "Haugen vel")
    assert _applies_for_another(sentence, "FAU", "Haugen skole")  # another's case
    assert _applies_for_another("Idrettslaget søkjer om å leige salen.", "Styret",
                                "Øvre Vik ungdomslag")


@pytest.mark.parametrize("sentence", [
    "Kommunen setter av 500 000 kr til tiltaket.", "Fylkeskommunen bevilger 2 mill. til vegen.",
    "Staten løyver 300 000 kr til prosjektet.", "Kommunen set av 40 000 kr til trykking.",
])
def test_another_authoritys_grant_is_background(sentence: str) -> None:
    from motebok.extract.outcomes import decided_by_another

    assert decided_by_another(sentence, "Styret")
    assert decided_by_another(sentence, "FAU")


def test_the_parents_grant_is_the_bodys_own() -> None:
    from motebok.extract.outcomes import decided_by_another

    sentence = "Kommunen setter av 500 000 kr til tiltaket."
    assert not decided_by_another(sentence, "Formannskapet", parent="Nordby kommune")
    assert not decided_by_another(sentence, "Kommunestyret")
    assert not decided_by_another("Styret setter av 60 000 kr til prosjektet.", "Styret")


def test_a_lone_club_word_in_a_club_of_another_kind_is_another_clubs_case() -> None:
    from motebok.extract.outcomes import _applies_for_another

    sentence = "Laget søker om 20 000 kr til nye mål."
    assert _applies_for_another(sentence, "Styret", "Nordby vel")  # a lag's case in a vel's
    assert not _applies_for_another(sentence, "Styret", "Nordby IL")
    assert not _applies_for_another(sentence, "Styret", "Haugen borettslag")
    assert not _applies_for_another(sentence, "Styret", None)
    assert not _applies_for_another("Velet søker om tilskudd.", "Styret", "Nordby velforening")
    assert _applies_for_another("Velet søkjer om tilskot.", "Styret", "Nes skiklubb")
    # a lag and a forening go by either word: "Foreininga" in a sogelag's minutes is its own
    assert not _applies_for_another("Foreininga søkjer om tilskot.", "Styret", "Bøen sogelag")


@pytest.mark.parametrize("sentence", [
    "Sparebankstiftelsen innvilget 100 000 kr til prosjektet.", "Husbanken bevilget 2 mill.",
    "Gjensidigestiftinga løyvde 50 000 kr til turvegen.",
])
def test_a_foundations_or_banks_grant_is_background(sentence: str) -> None:
    from motebok.extract.outcomes import decided_by_another

    assert decided_by_another(sentence, "Styret")
    assert not decided_by_another(sentence, "Styret", parent=sentence.split()[0])


def test_a_grant_by_a_named_municipality_or_bank_is_background_unless_it_is_the_parent() -> None:
    from motebok.extract.outcomes import decided_by_another

    sentence = "Nordby kommune setter av 300 000 kr til tiltaket."
    assert decided_by_another(sentence, "Styret", parent="Nordby IL")
    assert not decided_by_another(sentence, "Formannskapet", parent="Nordby kommune")
    assert decided_by_another("Vestland fylkeskommune løyver 2 mill. til vegen.", "Styret")
    assert decided_by_another("Sparebanken Vest innvilget 50 000 kr til klubbhuset.", "Styret")
    assert not decided_by_another("Kari Holm satt av tid til dette.", "Styret")


@pytest.mark.parametrize("sentence", [
    "Nettverket har ikkje midlar og avslår søknaden.",
    "Styret drøftet saken og innvilget søknaden.", "Rådet drøfta saka og avslo klagen.",
])
def test_a_refusal_or_grant_after_what_the_body_found_is_a_decision(sentence: str) -> None:
    assert is_decision(sentence)
    assert not is_decision("Per Dahl drøftet saken og avslår søknaden.")  # a member's word


@pytest.mark.parametrize("sentence", [
    "Gruppene var enige om at avløp og kantsoner bør prioriteres.",
    "Alle gruppane var samde i at tilsynet bør samordnast.",
    "Gruppe 2 og 3 støttet forslaget om felles kampanje.",
])
def test_a_workshops_groups_agreeing_is_their_innspill(sentence: str) -> None:
    """The groups of a workshop agreeing give the body their innspill, no outcome of its
    own (the body itself agreeing, "Styret var enig.", is one)."""
    assert not is_decision(sentence)
    assert is_decision("Arbeidsgruppa var enige om at avløp bør prioriteres.")


def test_an_owner_after_a_dash_with_the_deadline_straight_after() -> None:
    """"Søknad til Miljødirektoratet – sekretariatet innen 15.03.": who does it, then by
    when, without a comma between (a place after the dash is still no one)."""
    assert responsible_of("Søknad til Miljødirektoratet – sekretariatet innen 15.03.") == \
        "sekretariatet"
    assert responsible_of("Bestille lokale – Kari innen 1. mars") == "Kari"
    assert responsible_of("Sende brev – Stavanger innen 1.4.") is None


def test_the_owner_after_ansvar_ends_at_the_colon_before_the_task() -> None:
    """"Ansvar HTV: innkalle til drøftingsmøte": the owner named between the word and the
    colon, the task after it (not "HTV: innkalle …" as who)."""
    assert responsible_of("Ansvar HTV: innkalle til drøftingsmøte") == "HTV"
    assert responsible_of("Ansvarlig verneombud: følge opp avviket innen 1. mars.") == \
        "verneombud"


@pytest.mark.parametrize(("line", "rest"), [
    ("Eldrerådets uttalelse: Rådet støtter planen.", "Rådet støtter planen."),
    ("Rådsutvalgets uttalelse:", ""),
    ("Ungdomsrådet si fråsegn:", ""),
    ("Regionrådet gir følgende høringsuttalelse:", ""),
    ("Eldrerådet gav slik uttale:", ""),
    ("Formannskapets vedtak 12.03.2024: Godkjent.", "Godkjent."),
    ("Ss vedtak: x", "x"),
    ("S vedtak: x", None),
    ("Rådmannens uttalelse: x", None),
    ("Styret i laget fattet i sak 12/23 følgende vedtak: Godkjent.", "Godkjent."),
    ("Styret  fattet  følgende vedtak:", ""),
    ("Et enstemmig fylkesutvalg vedtok:", ""),
    ("Styret sitt vedtak: Godkjent.", "Godkjent."),
    ("Torbjørn Myrvold viste til tidligere vedtak og foreslo å videreføre ordningen.", None),
])
def test_decision_labels_whose_first_word_is_read_whole(line: str, rest: str | None) -> None:
    """The label branches that open on a free word read it whole (possessive, with the
    word's ending tested behind it: "Eldrerådets", "Formannskapets", a one-letter "S" no
    genitive), as the lazy forms they replace did, without backtracking letter by letter
    on a running-text line that holds "vedtak"."""
    from motebok.extract.outcomes import _decision_label
    found = _decision_label(line)
    assert (found.group("rest") if found else None) == rest


def test_a_passive_task_is_searched_from_its_first_passive_word() -> None:
    """``_passive_task`` starts its search no earlier than ``_PASSIVE_WORD_MAX`` letters
    before the first word ending in the s-passive: each form must open on such a word
    ("-es", "-ast", "tas", or "inngås", which ``_PASSIVE_AS`` finds too),
    and the search finds what the search of the whole sentence does."""
    import re

    from motebok.extract.outcomes import (
        _PASSIVE_TASK,
        _PASSIVE_TASKS,
        _PASSIVE_WORD_MAX,
        _passive_task,
    )
    for form in _PASSIVE_TASKS:
        first = re.match(r"\w+", form).group()
        assert first.endswith(("es", "ast")) or first in ("tas", "inngås"), form
        assert len(first) <= _PASSIVE_WORD_MAX
    for sentence in ("Styret drøftet saken, og forslaget sendes ut innen fredag.",
                     "Kommunes rutiner ble gjennomgått; det ferdigstillast ein plan.",
                     "Ordningen re-etableres fra januar.",
                     "Saka tas med til neste møte.",
                     "Det lages ikke noe nytt, men gamle vedtak vurderes på nytt.",
                     "Årsmeldinga legges fram av møteleder.",
                     "Ingen passiv her.",
                     "Uttalelsen SENDES til Statsforvalteren.",
                     "Styret drøftet saken. Kontrakten inngås etter klagefristen."):
        lowered = sentence.lower()
        found, plain = _passive_task(sentence, lowered), _PASSIVE_TASK.search(sentence)
        assert (found and found.span()) == (plain and plain.span()), sentence


@pytest.mark.parametrize("sentence", [
    "Innovasjon Norge innvilget 400 000 kr til prosjektet.",
    "Innovasjon Noreg løyvde 250 000 kroner til forprosjektet.",
    "Norsk Kulturråd har bevilget kr 80 000 til festivalen.",
])
def test_a_named_organisation_granting_a_sum_is_background(sentence):
    from motebok.extract.outcomes import decided_by_another
    assert decided_by_another(sentence, "Styret", parent="Vestfjord næringsforening")


@pytest.mark.parametrize("sentence", [
    "Vestfjord Næringsforening innvilget 50 000 kr til prosjektet.",  # the parent itself
    "Innovasjon Norge innvilget søknaden.",  # no sum: not this rule's
])
def test_the_parent_s_grant_or_one_without_a_sum_is_not_read_as_another_s(sentence):
    from motebok.extract.outcomes import decided_by_another
    assert not decided_by_another(sentence, "Styret", parent="Vestfjord næringsforening")


@pytest.mark.parametrize("sentence", [
    "Vannområdeutvalget vil bruke innspillene i arbeidet med planen.",
    "Styret vil se på dette.",
    "Arbeidsutvalet vil sjå nærare på kostnadane.",
    "FAU vil jobbe videre med saken.",
    "Gruppa vil lære av funna i fellesskap.",
    # any work the body means to do, left to "where it fits"
    "Nettverket vil samordne søknadene der det er naturlig.",
    "Faggruppa vil dele erfaringar når det er aktuelt.",
])
def test_a_body_s_stated_aim_is_no_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "Styret vil innhente tilbud fra minst tre malerfirma.",  # an errand
    "Styret vil se på dette innen 1. mai.",  # a deadline
    "Styret skal se på dette.",  # "skal"
    "FAU vil be kommunen om fartshumper.",
    "Nettverket vil samordne søknadene.",  # no hedge
    "Nettverket vil samordne søknadene der det er naturlig, innen 1. mai.",
])
def test_a_body_s_errand_deadline_or_skal_stays_a_task(sentence):
    assert is_action(sentence)


@pytest.mark.parametrize(("sentence", "who"), [
    ("Imran Ali søker kommunen om tilskudd innen 1. sept.", "Imran Ali"),
    ("Oksana Kovalenko oversetter brosjyren innen 15. mars.", "Oksana Kovalenko"),
])
def test_a_dated_errand_of_a_full_name_outside_the_list_is_theirs(sentence, who):
    assert is_action(sentence)
    assert responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", [
    "Innovasjon Norge behandler søknaden innen 1. mai.",
    "Statens Vegvesen behandler saken innen 1. mai.",
])
def test_an_organisation_s_dated_work_is_no_task(sentence):
    assert not is_action(sentence)


def test_the_next_sentence_s_deadline_is_not_the_task_s_when_another_subject_has_it():
    # "Kommunen svarer …" after a task sent to the municipality, "Planen skal …" after a
    # task that names no plan: a subject of its own, with its own date
    _, actions = _outcomes_of("Styreleder sender søknad til kommunen. "
                              "Kommunen svarer trolig innen 1. august.")
    assert actions == [("Styreleder sender søknad til kommunen.", "Styreleder", None)]
    _, actions = _outcomes_of("Per Bakke lager et utkast til brosjyre. "
                              "Fylkeskommunen skal behandle planen innen 15. mai.")
    assert actions[0] == ("Per Bakke lager et utkast til brosjyre.", "Per Bakke", None)
    # another's "har" sentence keeps its date: "Trykkeriet har …, og kartet må være klart …"
    _, actions = _outcomes_of("Sverre Lie innhenter pris på trykking. Trykkeriet har tre "
                              "ukers leveringstid, og kartet må være klart til 1. juni.")
    assert actions == [("Sverre Lie innhenter pris på trykking.", "Sverre Lie", None)]
    # a deadline noun of its own kind is still the task's: "Søknadsfristen er 15. mars."
    _, actions = _outcomes_of("Styret sender søknad om tilskudd. Søknadsfristen er 15. mars.")
    assert actions == [("Styret sender søknad om tilskudd.", "Styret", "2024-03-15")]


@pytest.mark.parametrize(("sentence", "owner"), [
    # a body named by its organisation owns the task as named
    ("Styret i velforeningen skal sende ut invitasjon innen 10. juni.", "Styret i velforeningen"),
    ("Arbeidsutvalget i Åsen Vel skal kjøpe inn utstyr.", "Arbeidsutvalget i Åsen Vel"),
    ("Styret i sameiget legg fram forslag til nye vedtekter.", "Styret i sameiget"),
    # not how it works, when, nor a month written in capitals
    ("Styret i samarbeid med kommunen arrangerer dugnad 3. mai.", "Styret"),
    ("Utvalget i Mars sender brev til kommunen.", "Utvalget"),
    ("Sekretariatet vil i løpet av mai sende ut brev.", "Sekretariatet"),
])
def test_a_body_of_an_organisation_owns_its_task_whole(sentence, owner):
    assert responsible_of(sentence) == owner


def test_the_thing_the_task_makes_ready_by_a_date_dates_the_task():
    # "Programmet skal være klart til …" after "… lager program.": the task's deadline, as
    # "Dette må være klart til …" is, no second (passive) task
    _, actions = _outcomes_of("Egil Hansen og Solfrid Aune lager program. "
                              "Programmet skal være klart til 1. november.")
    assert actions == [("Egil Hansen og Solfrid Aune lager program.",
                        "Egil Hansen og Solfrid Aune", "2024-11-01")]
    _, actions = _outcomes_of("Kari sender søknaden. Søknaden må være inne innen 1. april.")
    assert actions == [("Kari sender søknaden.", "Kari", "2024-04-01")]
    # the thing with something else to happen to it is a task of its own
    _, actions = _outcomes_of("Kari lager en plan. Planen skal behandles i styret 1. mai.")
    assert actions[0] == ("Kari lager en plan.", "Kari", None)


@pytest.mark.parametrize(("sentence", "who"), [
    # an owner's label with nothing after it (the owner on a cell's next line) names no
    # one: the sentence's own subject does the work, or no one is named
    ("Sekretariatet lager et notat om felles havnestrategi, ansvar:", "Sekretariatet"),
    ("Kari Holm sender brev til kommunen, ansvar:", "Kari Holm"),
    ("Notatet sendes ut innen 1. mai, ansvar:", None),
])
def test_an_owner_label_with_nothing_after_it_names_no_one(sentence, who):
    assert responsible_of(sentence) == who


def test_the_outcome_hint_test_with_its_first_hints_answers_as_a_plain_search() -> None:
    """``_has_outcome_hint`` searches "vedt" and "godkj" before its grouped hints: on every
    sentence of the corpus documents (and on texts made to hold each hint, or a hint cut
    short) it answers as a plain search of every hint does."""
    from pathlib import Path

    from motebok.extract.outcomes import _OUTCOME_HINTS, _has_outcome_hint
    from motebok.extract.text import contains_any, sentences
    texts = [f"det var {hint} der" for hint in _OUTCOME_HINTS]
    texts += [f"det var {hint[:-1]} der" for hint in _OUTCOME_HINTS]
    corpus = Path(__file__).parent / "corpus"
    for path in sorted(corpus.glob("*.txt")) + sorted(corpus.glob("*.md")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            texts += [sentence.lower() for sentence in sentences(line)]
    assert len(texts) > 5000
    for text in texts:
        assert _has_outcome_hint(text) == any(hint in text for hint in _OUTCOME_HINTS), text
    with pytest.raises(ValueError):
        contains_any(("vedtak", "vedt"), first=("vedtak",))  # (not needed: "vedt" finds it)


def test_an_aim_without_a_deadline_is_neither_in_bokmal_nor_in_nynorsk():
    for aim in ("Styret tar sikte på å holde dugnad i mai.",
                "Styret tek sikte på å halde dugnad i mai."):
        assert _outcomes_of(aim) == ([], [])
    _, actions = _outcomes_of("Styret tek sikte på å sende uttale innan 1. mai.")
    assert actions == [("Styret tek sikte på å sende uttale innan 1. mai.", "Styret",
                        "2024-05-01")]


def test_a_person_pointed_out_to_a_seat_is_a_decision_and_no_task():
    decisions, actions = _outcomes_of("Styret peker ut Per Dahl som kontaktperson.")
    assert (decisions, actions) == (["Styret peker ut Per Dahl som kontaktperson."], [])


def test_a_topic_and_its_schedule_after_a_colon_is_no_owner_and_task():
    assert not is_action("Rapportering: hver tredje uke.")
    assert not is_action("Møte: kvar fjerde veke i Sogndal.")
    assert is_action("Kari Holm: sender utkastet til kommunene innen 15.09.")


def test_a_wish_told_as_a_point_is_no_task():
    assert not is_action("Ønskelig at referatet sendes ut kort tid etter møtet.")
    assert not is_action("Det er ønskjeleg at referatet vert sendt ut snart.")
    assert is_action("Referatet sendes ut kort tid etter møtet.")


def test_what_is_important_is_no_task_until_it_is_dated():
    assert not is_action("Viktig at det forberedes spørsmål til panelet på fagmøtet.")
    assert is_action("Det er viktig at søknaden sendes innen 1. mai.")


def _decisions(items: str) -> list[list[str]]:
    """The decisions of each item of a small nynorsk protocol."""
    text = ("Protokoll frå møte i arbeidsutvalet\n\nDato: 05.03.2026\nTil stades: Kari Holm, "
            f"Per Dahl\n\n{items}")
    return [item.decisions for item in parse_bytes(text.encode(), "au.txt").items]


def test_eit_samroystes_body_vedtok_introduces_the_vedtak():
    """Nynorsk's "Eit samrøystes arbeidsutval vedtok:" is bokmål's "Et enstemmig styre
    vedtok:": the label over the vedtak's text, no decision of its own."""
    assert _decisions("Sak 8/26 Høyring\nVedtak:\nEit samrøystes arbeidsutval vedtok:\n"
                      "Arbeidsutvalet sluttar seg til fråsegna.\n") == [
        ["Arbeidsutvalet sluttar seg til fråsegna."]]


def test_the_vote_told_as_a_noun_under_the_treatment_is_an_outcome():
    """A case system's page: "Vedtak" with its text, "Behandling", then "Samrøystes
    vedtak." as the last line: the vote on the vedtak above (not the label of a vedtak
    still to come, nor "Samrøystes" as an owner, as in "Styrets vedtak")."""
    assert _decisions("Sak 1/26 Sakliste\nVedtak\nInnkalling og sakliste vert godkjent.\n"
                      "Behandling\nLeiaren orienterte om neste møte.\nSamrøystes vedtak.\n") == [
        ["Innkalling og sakliste vert godkjent.", "Samrøystes vedtak."]]


@pytest.mark.parametrize("vote", ["Innstilling frå PPT-leiar: samrøystes vedteke.",
                                  "Innstilling frå kommunedirektøren: Samrøystes vedteke."])
def test_whose_innstilling_and_its_vote_after_a_colon_adopt_it(vote):
    """ "Innstilling frå X: samrøystes vedteke." under "Vedtak" adopts the innstilling
    above (its words are the vedtak); it opens no new proposal."""
    assert _decisions("Sak 2/26 Årsmelding\nInnstilling frå PPT-leiar:\nStyringsgruppa "
                      "godkjenner årsmeldinga.\nBehandling\nDet vart ikkje fremja andre "
                      f"framlegg.\nVedtak\n{vote}\n") == [
        ["Styringsgruppa godkjenner årsmeldinga.", vote]]


def test_a_vedtak_on_its_label_s_line_ending_in_a_colon_goes_on_below():
    """ "Vedtak: Medlemane har ansvar for desse temaa:" then "Tema: Namn" lines without
    bullets: the lines complete the vedtak, as a list would."""
    assert _decisions("Sak 6/26 Ansvar\nVedtak: Medlemane har særskilt ansvar for desse "
                      "temaa:\nSkulesekken: Kari Holm\nFrivilligheit: Per Dahl\n") == [
        ["Medlemane har særskilt ansvar for desse temaa:", "Skulesekken: Kari Holm",
         "Frivilligheit: Per Dahl"]]


@pytest.mark.parametrize(("sentence", "owner"), [
    ("Verneombud Per Lunde følger opp avvikene innen 1. april.", "Per Lunde"),
    ("Tillitsvald Kari Holm sender brev til leiinga innan 3. april.", "Kari Holm"),
    ("HMS-ansvarlig Ola Dahl kaller inn til vernerunde innen 5. april.", "Ola Dahl"),
])
def test_a_safety_or_union_seat_before_the_owners_name_is_no_part_of_the_owner(sentence,
                                                                               owner):
    _, actions = _outcomes_of(sentence)
    assert [(responsible, due[:5]) for _, responsible, due in actions] == [(owner, "2024-")]


@pytest.mark.parametrize(("sentence", "owner", "due"), [
    ("Innen 15. mai skal planen være ferdig.", None, "2024-05-15"),
    ("Innan 1. juni skal sekretariatet sende planen til kommunane.", "Sekretariatet",
     "2024-06-01"),
    ("Før 1. april må alle kommunene svare på høringen.", "Alle kommunene", "2024-04-01"),
])
def test_a_deadline_put_first_is_the_task_its_words_make_in_the_usual_order(sentence, owner,
                                                                             due):
    _, actions = _outcomes_of(sentence)
    assert actions == [(sentence, owner, due)]


def test_a_topic_cell_is_no_part_of_the_subject_of_the_sentence_beside_it():
    text = ("# Referat frå møte i regionrådet\n\n**Dato:** 12. mars 2026\n\n"
            "## Sak 1/26 Friluftsliv\n\n| Tema | Kommentar |\n|---|---|\n"
            "| Turvegar | Styret vil skilte turvegane innan 1. juni. |\n"
            "| Skilt | Kari Holm sender bestillinga innan 1. mai. |\n"
            "| Ola Dahl | ringer grunneigarane innan 1. april. |\n\n"
            "## Sak 2/26 Eventuelt\nIngen saker.\n")
    item = parse_bytes(text.encode(), "regionrad.md").items[0]
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Styret vil skilte turvegane innan 1. juni.", "Styret", "2026-06-01"),
        ("Kari Holm sender bestillinga innan 1. mai.", "Kari Holm", "2026-05-01"),
        ("Ola Dahl ringer grunneigarane innan 1. april.", "Ola Dahl", "2026-04-01")]


@pytest.mark.parametrize(("told", "task", "owner"), [
    ("Kari Holm la fram saka.", "Ho sender notatet til kommunane innan 20. mars.", "Kari Holm"),
    ("Per Lunde orienterte om status.", "Han skal sende ut presentasjonen innen 1. april.",
     "Per Lunde"),
    # other news of a person: she is the only one the item names, so the pronoun is hers
    ("Kari har snakket med banken.", "Hun sender tilbudet innen 1. mai.", "Kari"),
    # two people named before it: the pronoun may be either's, no owner
    ("Kari har snakket med Per Dahl.", "Hun sender tilbudet innen 1. mai.", None),
])
def test_a_pronoun_task_after_a_person_presented_the_case_is_theirs(told, task, owner):
    _, actions = _outcomes_of(f"{told} {task}")
    assert [(text, responsible) for text, responsible, _ in actions] == [(task, owner)]


@pytest.mark.parametrize("vote", [
    "Innstilling frå arbeidsutvalet med tillegg: samrøystes vedteke.",
    "Innstilling frå arbeidsutvalet: samrøystes vedteke.",
    "Forslag fra leder: Enstemmig vedtatt.",
])
def test_a_proposal_label_with_only_the_vote_after_it_records_the_outcome(vote):
    text = ("Referat frå møte i Nordfjella regionråd\n\nDato: 3. mars 2026\n\n"
            "Til stades: Harald Vik, Siri Moen\n\nSak 5/26 Regional plan\n"
            f"{vote}\nRegionrådet ber sekretariatet sende planen til kommunane innan 1. mai.\n"
            "\nSak 6/26 Eventuelt\nIngen saker.\n")
    item = parse_bytes(text.encode(), "regionrad.txt").items[0]
    added = "Regionrådet ber sekretariatet sende planen til kommunane innan 1. mai."
    assert item.decisions == [vote, added]
    assert [action.text for action in item.actions] == [added]


@pytest.mark.parametrize(("sentence", "task"), [
    ("Per Olav Nes blir invitert til neste møte.", True),
    ("Eva Dahl vert invitert til møtet i april.", True),
    ("Styret blir invitert til å vurdere saka.", False),  # asked to think, no errand
])
def test_someone_invited_to_a_later_meeting_is_a_passive_task(sentence, task):
    assert is_action(sentence) is task


@pytest.mark.parametrize("sentence", [
    "Arbeidsutvalget skal møtes disse dagene:",
    "Regionrådet skal møtes på følgende datoer:",
    "Styret skal ha møte disse dagene:",
    "Rådet skal møtast desse dagane:"])
def test_a_line_opening_the_body_s_meeting_days_is_a_meeting_plan_not_a_task(sentence):
    assert not is_action(sentence)


def test_two_people_who_are_to_meet_about_something_still_have_a_task():
    assert is_action("Kari Holm og Per Dahl skal møtes for å avklare budsjettet.")


def _kulturdag(lines: str) -> list[tuple[str, str | None]]:
    text = ("Referat fra møte i regionrådet\n\nDato: 14.04.2026\n\n"
            "Til stede: Hanne Lyseth (leder), Kari Holmen\n\nSak 1/26 Kulturdag\n"
            f"{lines}\n")
    [item] = parse_bytes(text.encode(), "referat.txt").items
    return [(a.text, a.responsible) for a in item.actions]


def test_a_vedtak_giving_a_named_person_charge_of_something_gives_her_a_task():
    assert _kulturdag("Vedtak: Kulturdagen holdes i september. Kari Holmen har ansvar "
                      "for programmet.") == [
        ("Kari Holmen har ansvar for programmet.", "Kari Holmen")]


def test_the_charge_of_something_told_outside_a_vedtak_is_a_seat_not_a_task():
    assert _kulturdag("Kari Holmen har ansvar for økonomien i laget.") == []


@pytest.mark.parametrize(("title", "body"), [
    # the ruling right after the statement, and a second word on it after the first
    ("Lokale", "Per Lunde meldte seg inhabil i saken. Styret var enig i dette. "
               "Styret tok erklæringen til etterretning."),
    # … or anywhere in an item titled so, with no statement just before it
    ("Habilitet", "Saken gjaldt Per Lunde. Styret var enig i dette."),
    ("Ugildskap", "Saka gjaldt Per Lunde. Styret var einig i dette."),
])
def test_the_body_s_word_on_a_habilitet_statement_is_no_decision_of_the_case(title, body):
    # (find_outcomes asks the ruling test only with "abil"/"gild" in the sentence before
    # or in the title: these are the three ways one gets there)
    assert _case_decisions(title, body) == []


def test_a_typed_double_arrow_is_what_follows_from_the_decision_above():
    decisions, actions = _outcomes_of("Vedtak: Styret går for tilbudet fra Vaktmester AS.\n"
                                      "=> Per kontakter Vaktmester AS og signerer avtale.")
    assert decisions == ["Styret går for tilbudet fra Vaktmester AS."]
    assert actions == [("Per kontakter Vaktmester AS og signerer avtale.", "Per", None)]


def test_a_proposal_or_proceedings_label_without_a_colon_stands_alone_on_its_line():
    # (find_outcomes tests these labels on a line without a colon only when it does not
    # end in a stop: both patterns end in a word, a date or a bracket)
    decisions, _actions = _outcomes_of("Daglig leders forslag til vedtak\n"
                                       "Styret kjøper ny printer.\n"
                                       "Forslaget ble enstemmig vedtatt.")
    assert decisions == ["Styret kjøper ny printer.", "Forslaget ble enstemmig vedtatt."]
    # a sentence that names the proceedings is no label: the vedtak below is the body's
    decisions, _actions = _outcomes_of("Saken fikk en grundig behandling.\n"
                                       "Vedtak: Styret kjøper ny printer.")
    assert decisions == ["Styret kjøper ny printer."]


def test_a_closing_follow_up_tables_task_that_names_its_case_first_is_that_items():
    # no "Sak" column: the task cell starts "Sak 2:", and the register the minutes end
    # with is this meeting's, so its running number names item 2 here (and at
    # item 2 the task is written without the lead)
    text = ("# Referat – møte i faggruppe for helse\n\n**Dato:** 3. mars 2026\n\n"
            "## 1. Referat fra forrige møte\nGodkjent.\n\n"
            "## 2. Felles kurs\nGruppa ønsker et felles kurs.\n\n"
            "## 3. Eventuelt\nIngen saker.\n\n## Oppfølging\n\n"
            "| Hva | Hvem | Frist |\n|---|---|---|\n"
            "| Sak 2: Finne kursholder | Eva Lid | 01.04.2026 |\n"
            "| Sende ut invitasjon til alle | Ola Moe | 15.04.2026 |\n")
    items = parse_bytes(text.encode(), "referat.md").items
    assert [[(a.text, a.responsible) for a in item.actions] for item in items] == [
        [], [("Finne kursholder", "Eva Lid")],
        [("Sende ut invitasjon til alle", "Ola Moe")]]


def test_a_decision_label_inside_a_line_decides_the_sentences_after_it_to_the_end():
    # "… Vedtak: X. Y.": the vedtak runs to the paragraph's end, as one that opens the
    # line does; a task in it is both; an owner's label after it ends it
    decisions, actions = _outcomes_of(
        "Styret gikk gjennom planen. Vedtak: Styret vedtar planen. Olav Strand sender "
        "planen til forretningsfører innen 1. april.")
    assert decisions == ["Styret vedtar planen.",
                         "Olav Strand sender planen til forretningsfører innen 1. april."]
    assert [a[:2] for a in actions] == [
        ("Olav Strand sender planen til forretningsfører innen 1. april.", "Olav Strand")]
    # the owner's label owns the decided sentence, the task it is: no second task of the
    # sentence with its label ("Konklusjon: Det lages …")
    decisions, actions = _outcomes_of(
        "Saken ble drøftet. Konklusjon: Det lages en ny plan. Ansvar: Kari Holm.")
    assert decisions == ["Det lages en ny plan."]
    assert actions == [("Det lages en ny plan.", "Kari Holm", None)]
    decisions, actions = _outcomes_of(
        "Saken ble drøftet. Vedtak: Styret kjøper ny printer. Frist: 1. mai.")
    assert actions == [("Styret kjøper ny printer.", "Styret", "2024-05-01")]
    # the minutes' talk after it ends the vedtak, as after one that opens the line
    decisions, _actions = _outcomes_of(
        "Saken ble drøftet. Vedtak: Planen godkjennes. Det vart elles orientert om økonomien.")
    assert decisions == ["Planen godkjennes."]


def _item_titled(title: str,
                 body: str) -> tuple[list[str], list[tuple[str, str | None, str | None]]]:
    """Decisions and (text, responsible, due) actions of an item with its own title."""
    text = ("Referat fra regionrådet 12.02.2024\n\nTil stede: Kari Holm, Per Lunde\n\n"
            f"Sak 1/24 {title}\n{body}\n\nSak 2/24 Eventuelt\nIngen saker.\n")
    item = parse_bytes(text.encode(), "regionrad.txt").items[0]
    return item.decisions, [(a.text, a.responsible, a.due) for a in item.actions]


@pytest.mark.parametrize("bullet", [
    "- Planen er vedtatt.",
    "- Budsjettet for 2024 er no vedteke.",
    "- Avtalen har blitt godkjent av partane.",
    "- Søknaden om tilskudd er innvilget.",  # a grant, told so too
])
def test_an_outcome_told_in_an_orientation_bullet_is_news_not_the_meeting_s(bullet):
    # the bullets report what was decided elsewhere; the body's own verdict is below them
    decisions, _ = _item_titled("Orienteringer", f"{bullet}\nTatt til orientering.")
    assert decisions == ["Tatt til orientering."]


@pytest.mark.parametrize("sentence", [
    "Planen er vedtatt i alle kommunene.",
    "Saka vart vedteken i kommunestyret 5. mars.",
    "Avtalen er godkjent i eierkommunene.",
])
def test_an_outcome_adopted_in_another_body_is_not_this_meeting_s(sentence):
    decisions, _ = _item_titled("Regional plan", f"{sentence}\nSaken ble drøftet.")
    assert decisions == []


def test_an_outcome_of_the_meeting_in_an_item_s_own_lines_stays_a_decision():
    # not a bullet of an orientation: the vedtak's own words
    decisions, _ = _item_titled("Regional plan", "Vedtak: Planen er vedtatt.")
    assert decisions == ["Planen er vedtatt."]


@pytest.mark.parametrize(("body", "decided", "task"), [
    # a member's proposal, then the bare vote: the proposal's words are the decision, and a
    # vedtak that assigns a task is both
    ("Ola Moe foreslo at styret sender uttalelse innen 1. mai. Enstemmig vedtatt.",
     ["Styret sender uttalelse innen 1. mai.", "Enstemmig vedtatt."],
     [("Styret sender uttalelse innen 1. mai.", "Styret", "2024-05-01")]),
    # the vote on the next line, or naming the proposal
    ("Kari Holm foreslo at daglig leder skriver uttalelse innen 1. mai.\nEnstemmig vedtatt.",
     ["Daglig leder skriver uttalelse innen 1. mai.", "Enstemmig vedtatt."],
     [("Daglig leder skriver uttalelse innen 1. mai.", "Daglig leder", "2024-05-01")]),
    ("Per Dahl fremmet forslag om at saken utsettes. Forslaget ble enstemmig vedtatt.",
     ["Saken utsettes.", "Forslaget ble enstemmig vedtatt."], []),
    # no vote after it: only proposed
    ("Ola Moe foreslo at styret sender uttalelse innen 1. mai. Saken ble drøftet.", [], []),
])
def test_a_member_s_proposal_adopted_by_a_bare_vote_is_the_decision(body, decided, task):
    decisions, actions = _outcomes_of(body)
    assert decisions == decided
    assert actions == task


@pytest.mark.parametrize(("body", "due"), [
    # another's act in the passive, of a thing the task does not name: its own date
    ("Daglig leder sender brev til busselskapet. Svaret bekreftes av busselskapet innen "
     "1. mai.", None),
    ("Daglig leder sender brev til busselskapet.\nSvaret bekreftes innen 1. mai.", None),
    # the task's own thing, signed by someone else: the agent's deadline, not the task's
    ("Daglig leder skriver brev til busselskapet. Brevet signeres av styreleder innen "
     "1. mai.", None),
    # the task's own thing in the passive, nobody else named: the task goes on
    ("Daglig leder sender brev til busselskapet. Brevet sendes innen 1. mai.", "2024-05-01"),
])
def test_a_deadline_of_another_act_after_a_task_is_not_the_task_s(body, due):
    _, actions = _outcomes_of(body)
    assert actions == [(actions[0][0], "Daglig leder", due)]


@pytest.mark.parametrize(("cell", "split"), [
    ("Kari Holm / 1. mars", ("Kari Holm", "1. mars")),
    ("Per Dahl, 15.03.24", ("Per Dahl", "15.03.24")),
    # the date first, as under "Frist/ansvar"
    ("1. mars / Kari Holm", ("Kari Holm", "1. mars")),
    ("15.03.24 – PL", ("PL", "15.03.24")),
    ("sekretariatet", ("sekretariatet", "")),
])
def test_an_owner_and_deadline_cell_splits_into_who_and_when(cell, split):
    assert owner_and_date(cell) == split


@pytest.mark.parametrize("what", ["Tiltak", "Hva"])
@pytest.mark.parametrize("head", ["Ansvar/frist", "Frist / ansvarleg", "Ansvar og frist"])
def test_a_follow_up_table_with_owner_and_deadline_in_one_column(what, head):
    # the heading of two joined words is no task (nor "Hva: Ansvar og frist", a label and
    # its value); each row's cell gives who and by when
    _, actions = _outcomes_of(f"Saken ble drøftet.\n\n| {what} | {head} |\n|---|---|\n"
                              "| Sende brev til fylket | Kari Holm / 1. april |\n"
                              "| Lage oversikt | 15.04.24 – PL |")
    assert actions == [("Sende brev til fylket", "Kari Holm", "2024-04-01"),
                       ("Lage oversikt", "PL", "2024-04-15")]


@pytest.mark.parametrize(("verdict", "decided"), [
    # the item only takes note, whatever its title: its bullets report news
    ("Saken tas til orientering.", ["Saken tas til orientering."]),
    ("Vedtak: Saken tas til orientering.", ["Saken tas til orientering."]),
    # no verdict of taking note: the bullet may be the body's own outcome
    ("Saken ble drøftet.", ["Utbyggingen er godkjent."]),
])
def test_outcome_bullets_in_an_item_that_only_takes_note_are_news(verdict, decided):
    decisions, _ = _item_titled("Bredbånd", f"- Utbyggingen er godkjent.\n{verdict}")
    assert decisions == decided


@pytest.mark.parametrize("line", [
    "Ansvar/frist: Kari Holm, 1. april",
    "Ansvar og frist: Kari Holm, 1. april.",
    "Frist/ansvar: 1. april / Kari Holm",
    "Kven/når: Kari Holm, 1. april",
])
def test_a_joined_owner_and_deadline_label_owns_and_dates_the_task_above(line):
    # one label for who and by when, the value holding both: no task of its own
    _, actions = _outcomes_of(f"Sende brev til fylket.\n{line}")
    assert actions == [("Sende brev til fylket.", "Kari Holm", "2024-04-01")]


def test_a_follow_up_and_owner_label_in_one_heads_the_task_without_its_words():
    # a nynorsk template's "Oppfølging/ansvar:" on the task's line: the task is what
    # follows the label; alone with a name it owns the vedtak above it
    decisions, actions = _outcomes_of(
        "Vedtak (samrøystes):\nRegionrådet sender innspel til fylkeskommunen.\n\n"
        "Oppfølging/ansvar: Marta Vårdal skriv utkast innan 24. mai.")
    assert decisions == ["Regionrådet sender innspel til fylkeskommunen."]
    assert actions[-1] == ("Marta Vårdal skriv utkast innan 24. mai.", "Marta Vårdal",
                           "2024-05-24")
    decisions, actions = _outcomes_of(
        "Vedtak (samrøystes):\nStyret stiller seg bak prosjektskissa.\n\n"
        "Oppfølging/ansvar: Torbjørn Njøs")
    assert actions == [("Styret stiller seg bak prosjektskissa.", "Torbjørn Njøs", None)]


def test_a_summary_s_label_over_what_was_decided_is_no_decision_itself():
    # "Dette vart bestemt:" over bullets (also as a heading of its own, without the colon)
    for label in ("Dette vart bestemt:", "Dette ble bestemt"):
        decisions, _ = _outcomes_of(
            f"{label}\n- Referatet vart godkjent.\n- Vi held fram med felles annonsering.")
        assert decisions == ["Referatet vart godkjent.", "Vi held fram med felles annonsering."]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Invitasjon sendes til alle medlemmer, ansvar: Kari Li, Per Dal.", "Kari Li, Per Dal"),
    ("Invitasjon sendes ut innen 1. mai (ansvar: Kari Li, Per Dal).", "Kari Li, Per Dal"),
    ("Plakaten lagast, ansvarleg: KH, PD, frist 1. mai.", "KH, PD"),
    # a deadline after the comma is no second owner
    ("Dugnadslista vert send ut, ansvar: Per Dal, frist 1. mars.", "Per Dal"),
])
def test_an_owner_label_names_everyone_after_it_joined_by_commas(sentence: str, who: str) -> None:
    assert responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", [
    "Planene er vedtatt i to av tre kommuner.",
    "Planen er vedteken i tre av fem kommunar, dei to siste handsamar saka i juni.",
    "Avtalen er godkjend i fire eigarkommunar.",
    "Handlingsplanen er vedtatt i Nordby og Sørby.",
    "Avtalen er godkjent i Sørby kommunestyre.",
    "Planen fikk tilslutning i alle kommunestyrene.",
    "I kommunestyret 3. mai ble planen vedtatt.",
])
def test_a_decision_made_in_other_councils_is_no_outcome_of_this_meeting(sentence: str) -> None:
    assert not is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Planen er vedtatt.",
    "Forslaget ble vedtatt i møtet.",
])
def test_the_meetings_own_adoption_is_still_its_decision(sentence: str) -> None:
    assert is_decision(sentence)


def test_a_municipality_named_deciding_is_another_body() -> None:
    from motebok.extract.outcomes import decided_by_another

    assert decided_by_another("Sørby kommune vedtok planen i mars.", "Styret")
    assert not decided_by_another("Sørby kommune vedtok planen i mars.", "Sørby kommune")


@pytest.mark.parametrize(("sentence", "task"), [
    # a summary's bullet that only tells what the body noted sets no task
    ("Styret merket seg at dreneringen må vurderes", False),
    ("Styret merka seg at drenering må vurderast", False),
    ("Styret registrerte at rutinene må oppdateres", False),
    ("Det vart peika på at vegen må utbetrast", False),
    # … but a bullet that sets one is a task, and a dated task noted stays one
    ("Ola Berg innhenter tilbud på maling innen 1. juni", True),
    ("Styret merket seg at Kari sender rapporten innen 1. mai", True),
])
def test_what_the_body_noted_is_no_task_unless_dated(sentence: str, task: bool) -> None:
    assert is_action(sentence) is task


@pytest.mark.parametrize(("sentence", "who"), [
    # the plural owner label, for a task several share
    ("Nye skilt bestilles (ansvarlige: Kari Li, Per Dal).", "Kari Li, Per Dal"),
    ("Nye skilt vert bestilte, ansvarlege: Kari Li og Per Dal.", "Kari Li og Per Dal"),
    # an errand delegated is the delegate's task
    ("Styret delegerte til daglig leder å inngå avtalen.", "daglig leder"),
])
def test_plural_owner_labels_and_delegated_errands_name_who(sentence: str, who: str) -> None:
    assert is_action(sentence)
    assert responsible_of(sentence) == who


@pytest.mark.parametrize(("sentence", "decided"), [
    # a sum set in the present passive is the body's decision, as "ble satt til" is
    ("Budsjettet for arrangementet settes til 15 000 kr", True),
    ("Eigendelen for grillmat setjast til 50 kroner.", True),
    # … not when someone tells it, nor a length of time
    ("Leder sa at budsjettet settes til 15 000 kr hvert år.", False),
    ("Taletida settes til tre minutt.", False),
])
def test_a_sum_set_in_the_present_passive_is_a_decision(sentence: str, decided: bool) -> None:
    assert is_decision(sentence) is decided


@pytest.mark.parametrize("sentence", [
    "Styret bad Kari Li og Per Dal om å førebu saka til neste møte.",
    "Styret ba Kari Li og Per Dal om å forberede saken.",
])
def test_a_request_to_two_named_people_is_their_task(sentence: str) -> None:
    assert is_action(sentence)
    assert responsible_of(sentence) == "Kari Li og Per Dal"


def test_a_follow_up_label_names_several_owners_joined_by_commas() -> None:
    text = ("Referat frå styremøte 3. mars 2025\n\nTil stades: Kari Li, Per Dal\n\n"
            "Sak 1/25 Tilskot\nSøknad om tilskot vert send til fylket.\n"
            "Oppfølging: Kari Li, Per Dal, frist 1. mai\n")
    [item] = parse_bytes(text.encode(), "s.txt").items
    [action] = item.actions
    assert (action.text, action.responsible, action.due) == (
        "Søknad om tilskot vert send til fylket.", "Kari Li, Per Dal", "2025-05-01")


def test_the_nynorsk_task_heading_oppgaaver_heads_a_task_list() -> None:
    text = ("Referat frå styremøte 9. april 2025\n\nTil stades: Eli Bø, Tor Haug\n\n"
            "Sak 1/25 Sankthans\nOppgåver:\n- Lage plakat – Eli Bø, Tor Haug\n"
            "- Bestille musikk – Tor Haug\n")
    [item] = parse_bytes(text.encode(), "s.txt").items
    assert [(a.text, a.responsible) for a in item.actions] == [
        ("Lage plakat – Eli Bø, Tor Haug", "Eli Bø, Tor Haug"),
        ("Bestille musikk – Tor Haug", "Tor Haug")]


@pytest.mark.parametrize("sentence", [
    "Kåre og Mari danner en arbeidsgruppe som lager program.",
    "Eli og Per dannar ei arbeidsgruppe som ser på vedtektene.",
    # (s70a) without the article, as a konklusjon puts it
    "Bjørn Aune og Gro Lund danner arbeidsgruppe.",
    "Eli og Per dannar arbeidsgruppe for fagdagen.",
])
def test_members_forming_a_working_group_is_a_task(sentence):
    assert is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "Rapporten danner grunnlaget for det videre arbeidet.",  # a paper, no one's errand
    # a body setting up a group in its vedtak does it by deciding
    "Leiarforumet tek rapporten til vitande og set ned ei arbeidsgruppe som følgjer opp "
    "pålegga.",
])
def test_a_basis_or_a_body_s_own_group_is_no_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize(("sentence", "who"), [
    ("Kari Li, Per Dal og Ola Berg utgjør arbeidsgruppen og legger fram forslag til neste "
     "møte.", "Kari Li, Per Dal og Ola Berg"),
    ("Kari Li, Per Dal og Ola Berg utgjer arbeidsgruppa og legg fram forslag til neste møte.",
     "Kari Li, Per Dal og Ola Berg"),
])
def test_those_named_as_a_group_set_to_work_have_the_task(sentence, who):
    assert is_action(sentence)
    assert responsible_of(sentence) == who


def test_a_group_named_with_nothing_to_do_is_no_task():
    assert not is_action("Kari Li og Per Dal utgjør arbeidsgruppen.")


@pytest.mark.parametrize(("sentence", "who"), [
    ("Det ble avtalt at sekretariatet sender ut innkallingen.", "sekretariatet"),
    ("Det vart avtalt at Per kallar inn til nytt møte.", "Per"),
    ("Det vart vedteke at Kari sender brev til kommunen.", "Kari"),  # as "vedtatt at"
])
def test_an_agreement_that_sets_a_task_is_a_decision_and_the_task(sentence, who):
    decisions, actions = _outcomes_of(sentence)
    assert decisions == [sentence]
    assert actions == [(sentence, who, None)]


def test_an_agreement_told_from_an_earlier_meeting_or_a_lead_alone_is_no_decision():
    decisions, _ = _outcomes_of("På forrige møte ble det avtalt at Kari skulle ringe banken.")
    assert decisions == []
    assert not is_decision("Det ble avtalt at")


def test_adopted_in_a_place_named_is_another_s_decision_but_the_own_body_s_is_its_own():
    from motebok.extract.outcomes import decided_by_another
    assert decided_by_another("Planen ble vedtatt i Nordby 3. mai.", "Styret",
                              parent="Nordby idrettslag")
    assert decided_by_another("Saka vart vedteken i Regionrådet 12. mars.", "Styret")
    assert not decided_by_another("Saka vart vedteken i Regionrådet.", "Regionrådet")
    assert not decided_by_another("Planen ble godkjent i AU.", "Styret")  # whose is unsure
    assert not decided_by_another("Referatet ble godkjent i Teams.", "Styret")  # the meeting
    assert not decided_by_another("Regionrådet vedtok å støtte søknaden.", "Regionrådet")


@pytest.mark.parametrize(("proposal", "talk", "vote", "vedtak"), [
    ("Innstilling frå arbeidsutvalet:\nRådet vedtek budsjettet slik det ligg føre.",
     "Handsaming:\nKari Holm sette fram framlegg om auka ramme.",
     "Røysting:\nInnstillinga med Holm sitt framlegg vart samrøystes vedteken.",
     "Vedtak:\nRådet vedtek budsjettet med auka ramme til kultur."),
    ("Innstilling:\nStyret vedtar budsjettet slik det foreligger.",
     "Behandling:\nKari Holm fremmet forslag om økt ramme.",
     "Votering:\nInnstillingen med Holms forslag ble enstemmig vedtatt.",
     "Vedtak:\nStyret vedtar budsjettet med økt ramme til kultur."),
])
def test_an_innstilling_adopted_with_changes_gives_way_to_the_vedtak_below(
        proposal, talk, vote, vedtak):
    decisions, _ = _outcomes_of(f"{proposal}\n\n{talk}\n\n{vote}\n\n{vedtak}")
    assert decisions == [vote.split("\n")[1], vedtak.split("\n")[1]]


def test_an_innstilling_adopted_with_changes_and_no_vedtak_below_stays_decided():
    decisions, _ = _outcomes_of(
        "Innstilling:\nStyret vedtar budsjettet slik det foreligger.\n\n"
        "Votering:\nInnstillingen med Holms forslag ble enstemmig vedtatt.")
    assert decisions == ["Styret vedtar budsjettet slik det foreligger.",
                         "Innstillingen med Holms forslag ble enstemmig vedtatt."]


@pytest.mark.parametrize(("sentence", "who", "due"), [
    ("Det ble avgjort at Per Dal lager et forslag til ny meny innen 1. april.", "Per Dal",
     "2024-04-01"),
    ("Det vart avgjort at sekretariatet sender ut invitasjonen.", "sekretariatet", None),
    ("Det vart avgjord at Kari kallar inn til nytt møte.", "Kari", None),
])
def test_what_was_settled_that_someone_does_is_a_decision_and_their_task(sentence, who, due):
    decisions, actions = _outcomes_of(sentence)
    assert decisions == [sentence]
    assert actions == [(sentence, who, due)]


def test_what_was_settled_with_no_one_named_is_a_decision_only():
    decisions, actions = _outcomes_of("Det ble avgjort at nettsiden fornyes i løpet av våren.")
    assert decisions == ["Det ble avgjort at nettsiden fornyes i løpet av våren."]
    assert actions == []
    assert not is_decision("Saka er ikkje avgjord enno.")


@pytest.mark.parametrize(("sentence", "who"), [
    ("Som avtalt sender Kari Holm invitasjonen innen 1. mai.", "Kari Holm"),
    ("Som avtalt på forrige møte skal Per Dal bestille lokale.", "Per Dal"),
    ("Som avtala tidlegare, kallar leiar inn til nytt møte i april.", "leiar"),
    ("Som tidligere avtalt sender sekretariatet ut referatet innen fredag.", "sekretariatet"),
])
def test_a_task_agreed_earlier_and_still_to_do_is_a_task_of_the_one_named(sentence, who):
    # the agreement was made before this meeting: no decision of it, but what is still to
    # be done after it is a follow-up, with the subject after the verb as its owner
    assert is_action(sentence)
    assert responsible_of(sentence) == who
    assert not is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Som avtalt på forrige møte arrangeres sommerfesten 14. juni.",  # no one named
    "Som avtalt i forrige møte har Per Dal bestilt lokale.",  # done already
])
def test_an_earlier_agreement_told_as_done_or_without_a_doer_is_no_task(sentence):
    assert not is_action(sentence)
    assert not is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Planen ble vedtatt i Nordre Nordby 3. mai.",  # a place of two names
    "Saka vart vedteken i Nordre Nordby.",
    "Planen ble vedtatt i Vestby kommunestyre den 14. desember.",
    "Planen ble vedtatt i Vestby hovedutvalg 3. mai.",  # a place's body
    "Planen ble vedtatt i Nordre Nordby kommunestyre.",
])
def test_adopted_in_a_place_named_in_two_words_is_another_s_decision(sentence):
    from motebok.extract.outcomes import decided_by_another
    assert decided_by_another(sentence, "Styret", parent="Vestby Næringsforening")


def test_adopted_in_the_own_body_named_in_two_words_or_with_other_words_is_its_own():
    from motebok.extract.outcomes import decided_by_another
    assert not decided_by_another("Planen ble vedtatt i Vestby regionråd.", "Vestby regionråd")
    assert not decided_by_another("Planen ble godkjent i Styret samrøystes.", "Styret")
    assert not decided_by_another("Planen ble godkjent i AU Vest.", "Styret")  # unsure whose


def test_a_task_cell_merged_over_rows_with_an_owner_each_is_all_of_theirs():
    # "Tiltak" spans two rows (rowspan), the readers repeat it in each: one task, both owners
    html = ("<h1>Referat fra styremøte</h1><p>Dato: 12.03.2024</p>"
            "<h2>Sak 5/24 Sommerfest</h2><p>Styret drøftet sommerfesten.</p><table>"
            "<tr><th>Tiltak</th><th>Ansvarlig</th><th>Frist</th></tr>"
            "<tr><td rowspan='2'>Bestille lokale</td><td>Kari Holm</td><td>1. mai</td></tr>"
            "<tr><td>Per Dal</td><td>1. mai</td></tr>"
            "<tr><td>Lage plakat</td><td>Per Dal</td><td>1. april</td></tr></table>"
            "<h2>Sak 6/24 Eventuelt</h2><p>Ingen saker.</p>")
    item = parse_bytes(html.encode(), "referat.html").items[0]
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Bestille lokale", "Kari Holm, Per Dal", "2024-05-01"),
        ("Lage plakat", "Per Dal", "2024-04-01")]


def test_another_body_s_advice_is_its_innstilling_and_the_own_body_s_its_decision():
    from motebok.extract.outcomes import decided_by_another
    advice = "Arbeidsutvalet rår til at regionrådet vedtek næringsplanen."
    assert decided_by_another(advice, "Regionrådet i Indre Fjord")  # the council's minutes
    assert not decided_by_another(advice, "Arbeidsutvalet")  # the committee's own
    assert decided_by_another("Arbeidsgruppa anbefaler at kommunane søkjer om midlar.",
                              "Regionrådet")
    assert not decided_by_another("Styret anbefaler at årsmøtet vedtar budsjettet.", "Styret")


@pytest.mark.parametrize("sentence", [
    "Utsatt til høsten.", "Utsett til våren 2026.", "Saka utsett til 2026.",
    "Brosjyre: utsett til hausten.",  # a follow-up list's entry and its fate
])
def test_put_off_to_a_season_or_a_year_is_a_decision(sentence):
    assert is_decision(sentence)


def test_a_follow_up_entry_told_done_on_a_day_is_no_task_but_one_still_to_do_is():
    _, actions = _outcomes_of("Oppfølging:\n- Søknad om tilskot: sendt 20. januar (Kari Holm).\n"
                              "- Ny benk ved badeplassen – levert 12.2.\n"
                              "- Møte med kommunen: Per Lunde avtalar tidspunkt innan 15. mars.")
    assert actions == [("Møte med kommunen: Per Lunde avtalar tidspunkt innan 15. mars.",
                        "Per Lunde", "2024-03-15")]


def test_a_task_row_whose_deadline_cell_says_done_is_no_task():
    text = ("# Referat fra styremøte\n\nDato: 12.03.2024\n\n## Sak 5/24 Tiltak\n\n"
            "| Tiltak | Ansvarlig | Frist |\n|---|---|---|\n"
            "| Avklare budsjett | Per Dal | Ferdig |\n"
            "| Bestille trykking | Liv Berg | 1. april |\n")
    item = parse_bytes(text.encode(), "referat.md").items[0]
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Bestille trykking", "Liv Berg", "2024-04-01")]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Innen uke 12 skal Kari Holm sende rapporten.", "Kari Holm"),  # a week
    ("Innan veke 12 må Per Dal sende rapporten.", "Per Dal"),
    ("Før sommeren skal Kari Holm avklare budsjettet.", "Kari Holm"),  # a season
    ("Til neste møte skal Per Dal lage en oversikt.", "Per Dal"),  # until the next meeting
    ("Etter møtet skal Per Dal bestille lokale.", "Per Dal"),  # after this one
])
def test_a_time_put_first_leaves_the_task_to_the_subject_after_the_verb(sentence, who):
    assert is_action(sentence)
    assert responsible_of(sentence) == who
    _, actions = _outcomes_of(sentence)
    assert actions == [(sentence, who, None)]  # a week, a season, a meeting: no day


@pytest.mark.parametrize("sentence", [
    "Vedtaket ble fattet med 7 mot 2 stemmer, 1 stemte blankt.",
    "Vedtaket ble fattet med 3 mot 1 stemme, og 1 avholdt seg.",
    "Vedtaket vart gjort med 6 mot 1 røyst, og 1 røysta blankt.",
])
def test_a_vote_with_how_the_rest_voted_after_a_comma_is_still_the_decision_s_vote(sentence):
    assert is_decision(sentence)
    assert not is_action(sentence)


def test_a_quoted_proposal_cut_to_its_closing_quote_and_the_same_vedtak_are_one_decision():
    text = ("Protokoll\n\nDato: 18.09.2025\n\nSak 15/25 Budsjett 2026\n"
            "Kåre Nybø sette fram slikt framlegg: «Eldrerådet ber om at dagtilbodet vert "
            "halde oppe.»\nFramlegget vart samrøystes vedteke.\n"
            "Vedtak:\nEldrerådet ber om at dagtilbodet vert halde oppe.\n")
    decisions = parse_bytes(text.encode(), "eldre.txt").items[0].decisions
    assert [d.strip("«»") for d in decisions].count(
        "Eldrerådet ber om at dagtilbodet vert halde oppe.") == 1


@pytest.mark.parametrize("vote", ["Samrøystes vedteke i AU.",
                                  "Enstemmig vedtatt i arbeidsutvalget.",
                                  "Enstemmig vedtatt i styret."])
def test_a_vote_in_the_committee_adopts_its_innstilling(vote):
    decisions, _ = _outcomes_of(
        "Innstilling til regionrådet: Regionrådet vedtek budsjettet slik det ligg føre.\n\n"
        f"{vote}")
    assert decisions == ["Regionrådet vedtek budsjettet slik det ligg føre.", vote]


def test_an_innstilling_decided_in_another_body_is_not_adopted_here():
    decisions, _ = _outcomes_of(
        "Innstilling: Regionrådet vedtek budsjettet slik det ligg føre.\n\n"
        "Vedtatt i kommunestyret.")
    assert "Regionrådet vedtek budsjettet slik det ligg føre." not in decisions


@pytest.mark.parametrize("sentence", ["Uttalen skal òg peike på behovet for fiskerihamner.",
                                      "Planen skal omfatte alle kommunane i regionen.",
                                      "Rapporten skal inneholde en oversikt over kostnadene.",
                                      "Planen skal dekke perioden 2025–2028."])
def test_what_a_paper_is_to_hold_is_no_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize("sentence", ["Sekretariatet finn eit tidspunkt.",
                                      "Leder finner ny dato for møtet."])
def test_a_date_to_be_settled_is_a_task(sentence):
    assert is_action(sentence)


def test_a_passive_task_done_by_two_named_people_names_both():
    assert responsible_of("Utkastet bearbeides av Eva Strand og Jorunn Aas og legges fram "
                          "på neste møte.") == "Eva Strand og Jorunn Aas"


def test_an_outcome_dated_to_an_earlier_month_is_the_cases_history():
    # "ble fastsatt i februar" in minutes of April: told as background, no decision now;
    # a month ahead ("utsatt til møtet i februar" in November) is this meeting's outcome
    assert decided_by_another("Planprogrammet ble fastsatt i februar.", None,
                              meeting="2024-04-03")
    assert not decided_by_another("Saken ble utsatt til møtet i februar.", None,
                                  meeting="2024-11-05")
    assert not decided_by_another("Planprogrammet ble fastsatt i april.", None,
                                  meeting="2024-04-03")


@pytest.mark.parametrize(("sentence", "who"), [
    ("Nå sender Kari Holm budsjettforslaget til kommunene.", "Kari Holm"),
    ("Deretter lager Per Dal en oversikt over kostnadene.", "Per Dal"),
    ("I mellomtida førebur Kari Holm eit notat om saka.", "Kari Holm"),
    ("Neste uke sender sekretariatet ut innkallingen.", "sekretariatet"),
    ("No kallar leiar inn til nytt møte.", "leiar"),
])
def test_a_sequence_word_first_puts_the_owner_after_the_verb(sentence, who):
    # Norwegian puts the finite verb second: after "Nå", "Deretter", "I mellomtida" the
    # subject follows the verb, and the adverb is no one
    assert is_action(sentence)
    assert responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", [
    "Så langt har Kari Holm sendt brevet.",  # done already
    "Nå er Kari Holm ferdig med notatet.",  # a state, no errand
    "Deretter orienterte Per Dal om budsjettet.",  # what the meeting heard
])
def test_a_sequence_word_first_reads_as_the_plain_sentence_does(sentence):
    assert not is_action(sentence)


def test_an_owner_label_that_opens_a_list_entry_owns_that_entry_s_task():
    _, actions = _outcomes_of(
        "Styret drøftet høringen.\n"
        "- Ansvar: Sekretariatet. Frist: 1. april. Sende uttalelsen til kommunene.\n"
        "- Ansvar: Per Lunde. Lage en oversikt over innspillene.")
    assert actions == [("Sende uttalelsen til kommunene.", "Sekretariatet", "2024-04-01"),
                       ("Lage en oversikt over innspillene.", "Per Lunde", None)]


def test_an_owner_label_after_its_task_still_owns_the_task_above():
    _, actions = _outcomes_of("- Sende uttalelsen til kommunene. Ansvar: Sekretariatet.")
    assert actions == [("Sende uttalelsen til kommunene.", "Sekretariatet", None)]


def test_an_arrow_or_a_dash_to_the_members_or_the_short_secretariat_names_the_owner():
    _, actions = _outcomes_of(
        "Oppfølgingspunkter:\n- Sende oversikt over lag → alle kommunene\n"
        "- Melde inn kontaktperson → kvar kommune, innan 1. april\n"
        "- Sende planen til kommunedirektørane – Sekr. – 15. april")
    assert actions == [
        ("Sende oversikt over lag → alle kommunene", "alle kommunene", None),
        ("Melde inn kontaktperson → kvar kommune, innan 1. april", "kvar kommune", "2024-04-01"),
        ("Sende planen til kommunedirektørane – Sekr. – 15. april", "Sekr", "2024-04-15")]


def test_a_sentence_telling_what_the_meeting_did_heads_no_task_in_a_follow_up_item():
    text = ("Referat fra styremøte 12.03.2024\n\nSak 5/24 Oppfølging\n"
            "Styret gikk gjennom listen.\n- Bestille lokale – Per – uke 12\n")
    item = parse_bytes(text.encode(), "styremote.txt").items[0]
    assert [(a.text, a.responsible) for a in item.actions] == [
        ("Bestille lokale – Per – uke 12", "Per")]


def test_the_members_or_an_action_label_before_the_colon_name_who_does_the_entry():
    _, actions = _outcomes_of(
        "Oppfølging:\n- Hver kommune: sende inn tall for 2023 innen 15. april.\n"
        "- Aksjon KH: kontakte Innovasjon Norge.\n"
        "- Ansvar: Alle kommunene. Sende inn kontaktpersoner.\n"
        "- Ansv.: Sekr. Frist: 1. mai. Oppdatere nettsiden.")
    assert actions == [
        ("Hver kommune: sende inn tall for 2023 innen 15. april.", "Hver kommune",
         "2024-04-15"),
        ("Aksjon KH: kontakte Innovasjon Norge.", "KH", None),
        ("Sende inn kontaktpersoner.", "Alle kommunene", None),
        ("Oppdatere nettsiden.", "Sekr", "2024-05-01")]


@pytest.mark.parametrize("vedtak", ["Vedtak: Regnskapet godkjennes.",
                                    "Vedtak: Regnskapet godkjennes"])
def test_a_one_line_vedtak_ends_over_the_next_numbered_point(vedtak):
    # "1.2 Forsikring" goes on from "1.1 Regnskap" above: the next point's heading, no
    # point of the vedtak, with or without the vedtak's full stop
    text = ("Referat fra styremøte\n\nTil stede: Anne Dahl, Jon Vik\n\n1. Økonomi\n"
            f"1.1 Regnskap\nRegnskapet ble gjennomgått.\n{vedtak}\n1.2 Forsikring\n"
            "Forsikringen går ut i mai.\n\n2. Eventuelt\nIngen saker.\n")
    first = parse_bytes(text.encode(), "referat.txt").items[0]
    assert first.decisions == [vedtak.removeprefix("Vedtak: ")]
    assert "\n1.2 Forsikring\n" in first.text


@pytest.mark.parametrize(("sentence", "who"), [
    ("Styret evaluerer ordninga i løpet av april.", "Styret"),
    ("Kari evaluerer ordningen i løpet av april.", "Kari"),
    ("Leiar reforhandlar avtalen i løpet av våren.", "Leiar"),
    ("Styret evaluerer ordninga innan utgangen av mai.", "Styret"),
    ("Synnøve Hus lagar utkast til program i løpet av neste veke.", "Synnøve Hus"),
])
def test_a_doer_a_present_verb_and_a_time_ahead_make_a_task(sentence, who):
    # (a verb no task verb lists: the time ahead is what makes it a one-off follow-up)
    assert is_action(sentence)
    assert responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", [
    "Kari sluttar i løpet av mai.",  # someone leaving, no errand
    "Kari Lid orienterer om dette i løpet av møtet.",  # the meeting itself, no time ahead
    "Alle balkonger rehabiliteres i løpet av 2026.",  # a plural noun, then a passive
    "Styret evaluerer ordninga.",  # no time ahead: may be a standing practice
])
def test_no_task_from_a_time_ahead_alone(sentence):
    assert not is_action(sentence) or responsible_of(sentence) is None


def test_the_due_of_a_month_ahead_is_its_last_day():
    _, actions = _outcomes_of("Styret evaluerer ordningen i løpet av april.")
    assert actions == [("Styret evaluerer ordningen i løpet av april.", "Styret", "2024-04-30")]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Leiar tek dette med seg til kommunen.", "Leiar"),
    ("KH tar saken med seg til formannskapet innen 1. mai.", "KH"),
])
def test_the_case_taken_along_to_another_party_is_an_errand(sentence, who):
    assert is_action(sentence)
    assert responsible_of(sentence) == who


def test_input_taken_along_into_the_work_is_still_no_errand():
    assert not is_action("Kommunen tar med seg innspillene i det videre arbeidet.")
    assert not is_action("Styret tar dette med seg videre.")


def test_an_arrow_typed_with_an_en_dash_to_an_owner_label_gives_who():
    _, actions = _outcomes_of("Følgende oppfølgingspunkter:\n"
                              "- Lage oversikt over leieavtalene –> Ansvar: Kari\n"
                              "- Bestille nye stoler -> Ansvar: Ola, innen 1. april")
    # (the list's lead "Følgende oppfølgingspunkter:" is a heading, no task)
    assert actions == [("Lage oversikt over leieavtalene –> Ansvar: Kari", "Kari", None),
                       ("Bestille nye stoler -> Ansvar: Ola, innen 1. april", "Ola",
                        "2024-04-01")]


@pytest.mark.parametrize("label", ["Oppfølging: Sekretariatet, uke 14",
                                   "Oppfølging: Sekretariatet (uke 14)",
                                   "Oppfølging: Sekretariatet (innen 1. mai)"])
def test_a_follow_up_label_under_a_passive_task_names_its_owner(label):
    _, actions = _outcomes_of(f"Rutinene for utlån revideres.\n{label}")
    assert [(text, who) for text, who, _ in actions] == [
        ("Rutinene for utlån revideres.", "Sekretariatet")]


def test_a_week_after_an_owner_label_is_no_part_of_who_nor_a_due_date():
    _, actions = _outcomes_of("Rutinene for utlån revideres.\nAnsvar: Kari Holm, i uke 14")
    assert actions == [("Rutinene for utlån revideres.", "Kari Holm", None)]


def test_a_bracketed_follow_up_under_an_owned_task_stays_its_own():
    # (as "Oppfølging: Sekretariatet (innen 1. mars)" under Per's task: a second follow-up)
    _, actions = _outcomes_of("Per Lunde reviderer rutinene for utlån.\n"
                              "Oppfølging: Sekretariatet (uke 14)")
    assert actions == [("Per Lunde reviderer rutinene for utlån.", "Per Lunde", None),
                       ("Sekretariatet (uke 14)", "Sekretariatet", None)]


@pytest.mark.parametrize(("arrow", "who", "due"), [
    ("–> Ansvar: Kari Holm", "Kari Holm", None),
    ("–> Per Lunde, innen 1. mai", "Per Lunde", "2024-05-01"),
])
def test_an_arrow_typed_with_an_en_dash_alone_on_its_line_owns_the_sentence_above(arrow, who,
                                                                                   due):
    _, actions = _outcomes_of(f"Styret ønsker nye benker i parken.\n{arrow}")
    assert actions == [("Styret ønsker nye benker i parken.", who, due)]


def test_a_tender_as_the_subject_owns_no_task() -> None:
    # the tender goes out as the plan goes on consultation: a thing, no owner
    assert responsible_of("Anbudet skal ut før sommeren.") is None
    assert responsible_of("Utlysinga skal ut i mai.") is None


@pytest.mark.parametrize(("sentence", "decided"), [
    ("Fordelingsnøkkelen fra 2024 videreføres.", True),  # kept as it is
    ("Ordninga vert vidareført.", True),  # nynorsk
    ("Punkt 2 videreføres.", False),  # an open task carried on in a follow-up list
    ("Alle aksjonspunkter er lukket unntatt nr. 3, som videreføres.", False),
    ("Kari sa at prosjektet videreføres.", False),  # what someone told
])
def test_what_is_kept_as_it_is_is_a_decision(sentence: str, decided: bool) -> None:
    assert is_decision(sentence) is decided


def test_a_body_asking_for_a_change_worked_into_a_draft_sets_a_task():
    text = ("Referat fra møte i koordineringsgruppen\n\nDato: 9.11.2023\n\n"
            "Sak 09/23 Arbeidsplan for 2024\n\n"
            "Koordineringsgruppen ba sekretariatet innarbeide et eget punkt om fagskoler.\n")
    item = parse_bytes(text.encode(), "referat.txt").items[0]
    assert [(a.text, a.responsible) for a in item.actions] == [
        ("Koordineringsgruppen ba sekretariatet innarbeide et eget punkt om fagskoler.",
         "sekretariatet")]


def test_a_speakers_news_in_a_round_is_no_decision_of_the_body():
    # "Runden – tema …": each "Name, Place:" part is that member's report, over blank lines
    text = ("Referat møte i faggruppen\n\nDato: 5.10.23\n\n1. Runden – tema knutepunkter\n\n"
            "Marit, Ås:\n\nNy sentrumsplan for Ås stasjon er vedtatt. Viktig med boliger.\n\n"
            "Stian, Sarpsborg:\n\nVenter på avklaring om ny trasé.\n\n2. Eventuelt\n\nIngen.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.items[0].decisions == []


def test_the_slides_of_the_bodys_own_working_form_keep_their_tasks():
    text = ("Regionalt nettverk for inkludering\n\n8. februar 2024\n\nAgenda\n\n"
            "1. Velkommen\n2. Arbeidsform og møteplan\n\nArbeidsform\n\n"
            "Nettverket møtes fire ganger i året.\n\nDet opprettes en felles kanal i Teams.\n\n"
            "Takk for møtet!\n")
    record = parse_bytes(text.encode(), "nettverk.txt")
    assert [a.text for item in record.items for a in item.actions] == [
        "Det opprettes en felles kanal i Teams."]


@pytest.mark.parametrize("backing", ["Nettverket støttet forslaget om en felles kampanje.",
                                     "Gruppa støtta framlegget."])
def test_the_body_backing_a_proposal_below_its_label_is_a_decision(backing):
    """ "Forslag: felles kampanje" over a point and the body backing it: the backing tells
    what became of the proposal (the body's decision), no more of the proposal's words."""
    text = ("Referat fra nettverksmøte\n\nDato: 14.10.2026\n\n"
            "Sak 1 Felles tiltak mot ensomhet\n- Forslag: felles kampanje våren 2027\n"
            f"- Andøy har gode erfaringer med møteplasser for unge\n- {backing}\n")
    item = parse_bytes(text.encode(), "referat.txt").items[0]
    assert item.decisions == [backing]


@pytest.mark.parametrize(("label", "body"), [
    ("Politisk råd sitt vedtak", "Utval: Indre Fjorden interkommunale politiske råd"),
    ("Indre Fjorden regionråd sitt vedtak:", "Utval: Indre Fjorden regionråd"),
    ("Øvre Dalen regionråds vedtak", "Utvalg: Øvre Dalen regionråd"),
])
def test_a_case_system_s_vedtak_heading_with_the_body_s_whole_name(label, body):
    # Public 360 and WebSak print the vedtak under the body's name of several words; the
    # sentences below it are the vedtak
    text = (f"Møteprotokoll\n{body}\nDato: 23.05.2025\n\nPS 11/25 Barnevern\n"
            f"Handsaming\nKari Holm orienterte.\n{label}\nSaka vert send på høyring til "
            "kommunane.\n")
    [item] = parse_bytes(text.encode(), "ipr.txt").items
    assert item.decisions == ["Saka vert send på høyring til kommunane."]


def test_in_running_text_a_body_s_vedtak_stays_a_sentence():
    # "… kommunestyret sitt vedtak." ends with its full stop: a sentence, not a label
    text = ("Møteprotokoll\nUtval: Regionrådet\nDato: 23.05.2025\n\nPS 11/25 Barnevern\n"
            "Rådet drøfta kommunestyret sitt vedtak.\n")
    [item] = parse_bytes(text.encode(), "ipr.txt").items
    assert item.decisions == []


@pytest.mark.parametrize("vedtak", [
    # the noun of a particle verb ("greie ut" → "utgreiinga") and of a verb in "-ning"
    ("Rådet ber kommunedirektørane greie ut ei felles teneste. Utgreiinga skal liggje føre "
     "innan 1. november 2025."),
    ("Rådet ber kommunedirektøren utrede en felles tjeneste. Utredningen skal foreligge "
     "innen 1. november 2025."),
    "Rådet ber kommunedirektøren utrede en felles tjeneste. Dette skal være klart innen "
    "1. november 2025.",
])
def test_a_vedtak_s_second_sentence_that_dates_its_task_is_no_second_task(vedtak):
    text = ("Møteprotokoll\nUtvalg: Regionrådet\nDato: 23.05.2025\n\nPS 11/25 Barnevern\n"
            f"Regionrådets vedtak\n{vedtak}\n")
    [item] = parse_bytes(text.encode(), "rr.txt").items
    assert len(item.decisions) == 2  # both sentences are the vedtak's
    [action] = item.actions
    assert action.text.startswith("Rådet ber kommunedirektør")
    assert action.due == "2025-11-01"


@pytest.mark.parametrize("sentence", [
    "Neste møte blir 12. juni i Bø.", "Neste møte vert 4. september i Norheimsund.",
    "Neste styremøte blir tirsdag 8. april kl. 18.00.", "Neste møte vert i veke 16.",
    "Neste møte er berammet til 4. mai.", "Neste møte er sett til sundag 27. april.",
    "Neste dialogmøte holdes i mars 2026 i Dalen.", "Neste samling vert halde 3. mai.",
    "Neste møte blir Teams-møte 9. april kl. 09.00.", "Neste styremøte er 15. februar.",
    # (s69m) the place before the day: "i" and a capitalised name between words and verb
    "Neste planforum i Stryn blir 4. mai.", "Neste møte i Bø kommune er 12. juni.",
])
def test_the_day_set_for_the_next_meeting_is_a_decision(sentence):
    # the meeting fixing its next day decides it, as "Det berammes et ekstra møte 3.11."
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Det berammes et ekstra møte 3. november.", "Det blir berammet et ekstra møte 14.10.",
    "Det vert berama eit ekstra møte 3. april.", "Det vert beramma eit nytt møte i mai.",
    "Det berammast eit ekstra møte 3. april.", "Det er berammet et nytt møte 5. mai.",
])
def test_a_meeting_set_by_this_one_is_a_decision_in_both_written_forms(sentence):
    # bokmål "berammes/berammet" and nynorsk "berammast/berama/beramma" alike
    assert is_decision(sentence)


def test_a_meeting_only_described_as_set_is_no_decision():
    # the participle describes a meeting set earlier; the news is what happens to it
    assert not is_decision("Sekretariatet informerte om at møtet berammet for desember "
                           "er avlyst.")


@pytest.mark.parametrize("sentence", [
    "Neste møte er ikke fastsatt.", "Neste møte blir trolig 9. april.",
    "Neste møte er planlagt til 5. mai.", "Neste møte blir digitalt.",
    "Neste møte i fylkestinget er 4. mai.",  # another body's meeting
    "Neste møte blir 12. juni?",
])
def test_a_next_meeting_not_set_is_no_decision(sentence):
    assert not is_decision(sentence)


@pytest.mark.parametrize(("body", "owner", "due"), [
    ("Kartleggingen gjennomføres av kommunene før neste møte.", "kommunene", None),
    ("Kartlegginga vert gjennomført av kommunane innan 1. juni.", "kommunane", "2024-06-01"),
    ("Evalueringen skal gjennomføres av sekretariatet.", "sekretariatet", None),
    ("Resultatene sammenstilles av prosjektleder.", "prosjektleder", None),
    ("Saka blir følgd opp av sekretariatet innan mai.", "sekretariatet", None),
    ("Det utarbeides et notat til neste møte.", None, None),
])
def test_a_passive_task_names_its_agent_and_a_deadline_after_it(body, owner, due):
    _decisions, actions = _outcomes_of(body)
    assert actions == [(body, owner, due)]


@pytest.mark.parametrize("body", [
    "Prosjektet gjennomføres i perioden 2025–2027.",  # how the work is laid out
    "Arbeidet utføres av frivillige.",
    "Møtet gjennomføres digitalt før jul.",  # the meeting's own form
    "Vi trenger innspill til kampanjen som skal gjennomføres i høst.",  # what it is
])
def test_carrying_out_told_as_standing_work_is_no_task(body):
    assert _outcomes_of(body)[1] == []


@pytest.mark.parametrize("body", [
    "Saka skal handsamast i Vestlandsrådet 4. mai.",
    "Saken skal behandles i kommunestyret 4. mai.",
    "Planen skal vedtas i alle kommunestyrene innen 1. juni.",
    "Søknaden skal handsamast av fylkesutvalet 18. mars.",
    "Saka skal opp i representantskapet 4. mai.",
    "Saken skal til behandling i formannskapet.",
    "Gavebrevet skal behandles på årsmøtet 12. mars 2024.",
])
def test_another_body_s_handling_of_the_case_is_its_next_step_a_passive_task(body):
    # the case's way on after the meeting: a one-off follow-up whoever carries it
    assert [text for text, *_ in _outcomes_of(body)[1]] == [body]


def test_another_body_acting_in_the_active_voice_is_no_task_of_this_one():
    assert _outcomes_of("Kommunestyrene behandler saken i juni.") == ([], [])


def test_the_case_handled_at_the_body_s_own_next_meeting_is_put_off():
    # as "Saka blir handsama på neste møte." is: a decision, no one's errand
    assert _outcomes_of("Saka skal handsamast på neste møte.") == (
        ["Saka skal handsamast på neste møte."], [])


def test_a_task_after_a_conclusion_is_decided_and_given():
    # "Konklusjon: A. B skal X innen Y.": the whole conclusion is decided, the task in it
    # is an action too (the guide: a vedtak that assigns a task is both)
    decisions, actions = _outcomes_of(
        "Konklusjon: Styret slutter seg til forslaget. Ola Dahl skal sende budsjettet til "
        "kommunen innen 1. april.")
    assert decisions == ["Styret slutter seg til forslaget.",
                         "Ola Dahl skal sende budsjettet til kommunen innen 1. april."]
    assert actions == [("Ola Dahl skal sende budsjettet til kommunen innen 1. april.",
                        "Ola Dahl", "2024-04-01")]


@pytest.mark.parametrize(("sentence", "tasks"), [
    ("Det søkes om midler til kurs fra fylkeskommunen.",
     [("Det søkes om midler til kurs fra fylkeskommunen.", None, None)]),
    ("Det søkes om kr 30 000 til nytt lydanlegg.", []),  # the sum a case paper applies for
])
def test_an_application_to_be_sent_in_the_passive_is_a_task(sentence, tasks):
    assert _outcomes_of(sentence)[1] == tasks


def test_carrying_a_point_on_to_whom_it_concerns_is_a_follow_up():
    # the object between verb and particle, as in "set det opp": "tar det med til"
    text = ("Referat fra ungdomsrådet\n\nDato: 18. mars 2025\nTil stede: Hanne Vik, Kari Li\n\n"
            "Sak 9/25 Eventuelt\nTiril tok opp at det mangler benker ved skateparken. "
            "Hanne tar det med til parkvesenet.\n")
    actions = parse_bytes(text.encode(), "ur.txt").items[0].actions
    assert [(a.text, a.responsible) for a in actions] == [
        ("Hanne tar det med til parkvesenet.", "Hanne")]


@pytest.mark.parametrize("sentence", [
    "Det kan gjennomføres en felles workshop om utfordringer på tvers.",
    "Det kan også arrangeres et dialogmøte med kommunen og politiet i februar.",
    "Det kan haldast ei samling for nye trenarar i løpet av april.",  # nynorsk
])
def test_a_concrete_event_offered_with_kan_is_a_follow_up(sentence):
    assert is_action(sentence) and responsible_of(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Det kan vurderes å samordne innkjøp på sikt.",  # no event: a possibility
    "Det kan holdes et ekstra møte om aktivitetsdagen ved behov.",  # only if needed
    "Det kan eventuelt arrangerast eit ope møte dersom kommunen ønskjer det.",
    "Møtet kan holdes på Teams.",  # how the meeting is held, no new event
])
def test_a_possibility_or_a_conditional_event_with_kan_is_no_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize("body, due", [
    ("Utgreiinga skal liggje føre innan 1. november.", "2024-11-01"),
    ("Utredningen skal foreligge innen 1. november.", "2024-11-01"),
    ("Høringssvaret skal sendes innen 1. mai.", "2024-05-01"),
    ("Analysen skal være ferdig innen 1. juni.", "2024-06-01"),
])
def test_a_work_product_as_subject_is_a_passive_task_no_owner(body, due):
    # a study or an answer someone writes owns nothing: the task is passive
    assert _outcomes_of(body)[1] == [(body, None, due)]


@pytest.mark.parametrize("body", [
    "Vedtak: Tiltaket skal prioriterast i 2026.",
    "Vedtak: Arbeidet med rus prioriteres i planperioden.",
    "Vedtak: Saka skal ha høg prioritet.",
])
def test_a_standing_priority_is_a_decision_not_a_task(body):
    assert _outcomes_of(body) == ([body.removeprefix("Vedtak: ")], [])


@pytest.mark.parametrize("body", [
    "Saken blir lagt fram for styret i juni.",
    "Saka vert lagt fram for kommunestyra i juni.",
    "Saken legges fram for kommunestyrene.",
    "Planen skal leggjast fram for representantskapet.",
    "Forslaget blir lagt fram for formannskapet 4. mai.",
])
def test_the_case_laid_before_another_body_is_a_passive_task(body):
    # the case's way on after the meeting, as "Saka skal handsamast i Vestlandsrådet" is
    assert [(text, owner) for text, owner, _ in _outcomes_of(body)[1]] == [(body, None)]


def test_a_paper_laid_before_a_body_by_a_person_stays_a_task():
    body = "Rapporten legges fram for styret av Kari innen 1. mai."
    assert _outcomes_of(body)[1] == [(body, "Kari", "2024-05-01")]


@pytest.mark.parametrize("body, due", [
    ("Stien til Kattnakken må ryddast før sesongen.", None),
    ("Stien til Kattnakken må ryddes før sesongen.", None),
    ("Rapporten må oppdateres innen 1. mai.", "2024-05-01"),
    ("Rapporten må oppdaterast innan 1. mai.", "2024-05-01"),
    ("Nøklane må leverast innan 1. juni.", "2024-06-01"),
    ("Taket på lageret må repareres før vinteren.", None),
])
def test_a_thing_that_must_be_done_by_a_time_is_a_passive_task(body, due):
    # "må" + a passive of any verb + a time ahead: bokmål and nynorsk read alike
    assert _outcomes_of(body)[1] == [(body, None, due)]


@pytest.mark.parametrize("body", [
    "Barna må hentes før kl. 16.",
    "Deltakerne må møtes før seminaret.",
])
def test_a_daily_rule_or_a_meeting_before_is_no_passive_task(body):
    assert _outcomes_of(body)[1] == []


@pytest.mark.parametrize("sentence", [
    # what a proposal or a cut will bring about: a consequence told, no errand
    "Forslaget vil gi lengre reisetid for innbyggerne i Fossan og Tveit.",
    "Kutta vil råke pendlarar og skuleelevar.",
    "Endringen vil føre til økte kostnader for kommunene.",
    # what a plan or a scheme is to settle or aim at
    "Planen skal avklare areal til havbruk, ferdsel og friluftsliv.",
    "Prosjekta skal rette seg mot barn og unge.",
    # a way of working from now on, no one-off task
    "Kontoret skal i større grad dele opp kontrakter.",
])
def test_a_consequence_or_an_aim_is_no_task(sentence):
    assert not is_action(sentence)


def test_a_person_who_will_do_something_by_a_date_still_has_a_task():
    assert is_action("Kari vil sende brevet innen 1. juli.")
    assert is_action("Sekretariatet vil gi svar til kommunen innen fredag.")


def test_the_minutes_label_under_a_case_is_no_part_of_its_decision():
    # a combined "Innkalling og referat": the proposal, then "Referat:" with the outcome
    decisions, _ = _outcomes_of("Forslag til vedtak: Innkallingen godkjennes.\n"
                                "Referat: Innkallingen ble godkjent.")
    assert decisions == ["Innkallingen ble godkjent."]


def test_the_summons_case_text_above_a_proposal_gives_no_tasks():
    # the case as the summons sets it out, written before the meeting: background
    decisions, actions = _outcomes_of(
        "Kommunene skal oppdatere oversiktene sine innen våren 2026.\n"
        "Forslag til vedtak: Styret tar saken til orientering.\n"
        "Referat: Saken ble tatt til orientering. Ola Dahl sender notatet innen 1. mai.")
    assert decisions == ["Saken ble tatt til orientering."]
    assert actions == [("Ola Dahl sender notatet innen 1. mai.", "Ola Dahl", "2024-05-01")]


def test_a_vedtak_asks_a_body_named_in_two_languages():
    # "Kainun institutti/Kvensk institutt": one institute by its Kven and Norwegian names
    record = parse_bytes("Møtebok\n\nTid: 8. april 2025\n\nSak 13/25 Språkreir\nVedtak: Nettverket "
                         "ber Kainun institutti/Kvensk institutt om å lage eit kursopplegg. "
                         "Samrøystes vedteke.\n".encode(), "møtebok.txt")
    assert [(a.text, a.responsible) for a in record.items[0].actions] == [
        ("Nettverket ber Kainun institutti/Kvensk institutt om å lage eit kursopplegg.",
         "Kainun institutti/Kvensk institutt")]


def _item_of(sentence: str, meeting: str = "13. januar 2025"):
    text = (f"Referat fra styremøte {meeting}\n\nTil stede: Kari Holm, Erik Dahl\n\n"
            f"Sak 1/25 Saken\nSaken ble drøftet.\n{sentence}\n")
    [item] = parse_bytes(text.encode(), "referat.txt").items
    return item


@pytest.mark.parametrize(("vedtak", "who"), [
    ("Vedtak: Prosjektleder søker om forlengelse av fristen.", "Prosjektleder"),
    ("Vedtak: Daglig leder søker fylkeskommunen om midler.", "Daglig leder"),
    ("Vedtak: Dagleg leiar søkjer om midlar frå fylket.", "Dagleg leiar"),
])
def test_a_vedtak_that_has_the_bodys_officer_apply_is_a_task_too(vedtak, who):
    # (s52a) the guide: a vedtak that assigns a task is both a decision and an action
    item = _item_of(vedtak)
    assert item.decisions == [vedtak.removeprefix("Vedtak: ")]
    assert [a.responsible for a in item.actions] == [who]


@pytest.mark.parametrize("sentence", ["Skulen søkjer om 3 000 kr til skuleturen.",
                                      "Kommunen søker om midler hvert år."])
def test_another_applicant_is_the_cases_background_no_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize("notice", ["Påmelding til fagdagen innen 15. juni.",
                                    "Påmelding til Kari innen fredag.",
                                    "Påmelding til fagdagen innan 15. juni."])
def test_a_registration_notice_is_information_no_task(notice):
    # (s52a) a notice of how and by when to register names no one who is to do it, as
    # the gold reads "Mer informasjon og påmelding …"; told as someone's task it is one
    assert not is_action(notice)
    assert is_action("Medlemmene melder seg på til Kari innen fredag.")


@pytest.mark.parametrize(("sentence", "due"), [
    ("Det må ryddes før sesongen.", None),
    ("Det må ryddast før sesongen.", None),
    ("Det må males før 1. april.", "2025-04-01"),
    ("Det må lagast ei oversikt innan 1. mars.", "2025-03-01"),
])
def test_an_impersonal_must_with_a_time_is_a_passive_task(sentence, due):
    # (s52a) "Det må <passiv> før/innen …" as "Stien må ryddast før sesongen." is
    item = _item_of(sentence)
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [(sentence, None, due)]


@pytest.mark.parametrize("sentence", ["Det må jobbes mer med dette.",  # no time
                                      "Det må ryddes før kl. 16."])  # a daily time
def test_an_impersonal_must_without_a_one_off_time_is_no_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize(("sentence", "due"), [
    ("Rapporten sendes innen mai.", None),  # a month without its day: null, never guessed
    ("Søknaden sendes før sommeren.", None),
    ("Planen skal leverast innan utgangen av mars.", "2025-03-31"),  # the month's last day
    ("Rapporten sendes innen utgangen av mai.", "2025-05-31"),
])
def test_a_month_gives_a_due_date_only_by_its_end(sentence, due):
    # (s52a) the guide: due only from a date; "utgangen av mars" names one, "mai" none
    assert [a.due for a in _item_of(sentence).actions] == [due]


@pytest.mark.parametrize("stance", ["Utvalget mente at tilbudet bør videreføres.",
                                    "Styret mener at tilbudet bør videreføres.",
                                    "Utvalet meinte at tilbodet bør vidareførast.",
                                    "Rådet meiner at saka må prioriterast."])
def test_the_stance_the_body_takes_is_its_conclusion(stance):
    # (s52a) as "Styret er enig i at …" is; a member's view is the debate's
    assert is_decision(stance)
    assert not is_decision(stance.replace("Utvalget", "Kari").replace("Styret", "Per")
                           .replace("Utvalet", "Kari").replace("Rådet", "Per"))


@pytest.mark.parametrize("sentence", [
    "Det kan bli arrangert en fagdag for lærerne i mai.",
    "Det kan bli gjennomført eit kurs for leiarane til hausten.",
    "Det kan verte halde ei samling for lag og foreiningar.",
])
def test_a_concrete_event_offered_with_kan_bli_is_a_passive_task(sentence):
    # (s52a) as "Det kan gjennomføres en felles workshop om …" is (the gold's reading)
    assert is_action(sentence)
    assert responsible_of(sentence) is None


@pytest.mark.parametrize("sentence", ["Det kan bli arrangert et ekstra møte ved behov.",
                                      "Sommerskolen kan bli gjennomført i to uker i august."])
def test_kan_bli_on_a_condition_or_on_how_is_no_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize(("sentences", "due"), [
    ("Vedtak: Prosjektleder søker om forlengelse til 30. juni.", None),
    ("Vedtak: Dagleg leiar søkjer om utsetjing av fristen til 1. juni.", None),
    ("Vedtak: Prosjektleder søker om forlengelse til 30. juni. Søknaden sendes innen "
     "15. mars.", "2025-03-15"),
])
def test_the_new_end_a_delay_is_asked_to_is_no_deadline(sentences, due):
    # (s52a) "forlengelse til 30. juni" is what the task asks for, not by when it is done;
    # the next sentence's date is its due, as the guide allows
    item = _item_of(sentences)
    assert item.actions[0].due == due


def test_a_survey_asked_of_someone_is_their_task():
    # "kartlegge" is work done for the body, in the past report as in the present
    _, actions = _outcomes_of("Styret ba sekretariatet kartlegge behovet for nye lokaler.")
    assert actions == [("Styret ba sekretariatet kartlegge behovet for nye lokaler.",
                        "sekretariatet", None)]


def test_a_numbered_group_with_its_members_under_it_does_not_complete_the_sentence():
    # "… to arbeidsgrupper:" / "1. Lokaler" / " - i. Kari Holm …": groups set up, each with
    # its members; the decision is the sentence that sets them up
    decisions, _ = _outcomes_of(
        "Styret ble enige om å opprette to arbeidsgrupper:\n\n1. Lokaler\n"
        " - i. Kari Holm og Per Lunde\n2. Budsjett\n - i. Ola Dahl\n")
    assert decisions == ["Styret ble enige om å opprette to arbeidsgrupper:"]
    # (a list of short lines with nothing under them still completes it)
    decisions, _ = _outcomes_of(
        "Styret vedtok følgende møteplan:\n\n1. Torsdag 22. mars\n2. Torsdag 5. april")
    assert decisions == ["Styret vedtok følgende møteplan: Torsdag 22. mars Torsdag 5. april"]


@pytest.mark.parametrize(("title", "body", "owner"), [
    ("Vårdugnad 27. april", "Randi og Hilde har ansvar for kaker og lotteri.", "Randi og Hilde"),
    ("Juletrefest", "Festen blir søndag 3. mars. Kari Holm har ansvaret for pyntinga.",
     "Kari Holm"),
    ("Sommarfest 15. juni", "Randi og Hilde har ansvar for kaker og lotteri.", "Randi og Hilde"),
])
def test_a_charge_for_a_coming_event_is_a_one_off_task(title, body, owner):
    # the item is about a day to come: who "har ansvar for" a part of it has an errand
    _, actions = _item_titled(title, body)
    assert [(responsible, due) for _text, responsible, due in actions] == [(owner, None)]


@pytest.mark.parametrize("body", [
    "Randi og Hilde har ansvar for kaker og lotteri.",
    "Per Lunde har ansvar for økonomien.",
])
def test_a_charge_with_no_coming_event_is_a_standing_duty(body):
    _, actions = _item_titled("Arbeidsfordeling i styret", body)
    assert actions == []


@pytest.mark.parametrize(("body", "owner"), [
    ("Vedtak: Planen godkjennes. Sekretariatet sender den til kommunene innen 1. mai.",
     "Sekretariatet"),
    ("Saka vart drøfta. Vedtak: Planen vert godkjend. Sekretariatet sender han til "
     "kommunane innan 1. mai.", "Sekretariatet"),
    ("Vedtak: Planen godkjennes. Kari Holm sender den til kommunene innen 1. mai.",
     "Kari Holm"),
])
def test_a_task_in_the_vedtak_paragraph_is_decision_and_action(body, owner):
    # the guide: a vedtak that assigns a task is both (the reading already holds: pinned)
    decisions, actions = _item_titled("Regional plan", body)
    task = body[body.index(owner):]
    assert decisions[-1] == task
    assert actions == [(task, owner, "2024-05-01")]


@pytest.mark.parametrize(("text", "who"), [
    ("Vedtak: Planen godkjennes, og sekretariatet sender den til kommunene innen 1. mai.",
     "sekretariatet"),
    ("Vedtak: Planen vert godkjend, og sekretariatet sender han til kommunane innan 1. mai.",
     "sekretariatet"),
])
def test_a_vedtak_joining_the_decision_and_a_task_with_og_is_both(text, who):
    decisions, actions = _outcomes_of(text)
    sentence = text.removeprefix("Vedtak: ")
    assert decisions == [sentence]
    assert actions == [(sentence, who, "2024-05-01")]


@pytest.mark.parametrize(("sentence", "earlier"), [
    ("Det er innvilget tilskudd til fem prosjekter i 2025, til sammen 1,4 mill. kroner.", True),
    ("Det er bevilget 300 000 kroner til stien i 2024.", True),
    ("Søknaden fra Uvdal IL er innvilget.", False),  # no year: this meeting's grant
    ("Det er innvilget tilskudd til to prosjekter i 2026.", False),  # this year's
])
def test_a_grant_reported_in_the_perfect_for_an_earlier_year_is_history(sentence, earlier):
    # (s59j) a fund's report "Det er innvilget tilskudd … i 2025" in a 2026 meeting tells
    # what was granted before, no vedtak of this meeting
    from motebok.extract.outcomes import decided_by_another
    assert decided_by_another(sentence, "Regionrådet", meeting="2026-02-04") is earlier


def test_a_vedtak_whose_clause_after_og_is_no_task_stays_a_decision():
    _, actions = _outcomes_of(
        "Vedtak: Kontingenten ble satt til kr 300 i 2022, og har ikke vært endret siden.")
    assert actions == []


@pytest.mark.parametrize("title", ["Oppsummering og avslutning", "Avslutting"])
def test_the_closing_point_of_a_deck_is_a_follow_up_slide(title) -> None:
    from motebok.extract.outcomes import talk_slide_tasks

    # the day's closing point tells what happens after the gathering, no talk's message
    sent = Action("Fylket sender ut lysarka etter samlinga", "Fylket")
    assert talk_slide_tasks([sent], (title, None)) == [sent]
    assert talk_slide_tasks([sent], ("Ungdata i kommunane", None)) == []


@pytest.mark.parametrize(("sentence", "who"), [
    ("Randi Hus og Håkon Sætre planlegg ein fagdag i mai.", "Randi Hus og Håkon Sætre"),
    ("Kari Holm og Per Dahl planlegger en fagdag i mai.", "Kari Holm og Per Dahl"),
    ("Eli Moe, Jon Lia og Siv Berg planlegger samlingen.", "Eli Moe, Jon Lia og Siv Berg"),
    ("Kari Holm planlegger en fagdag i mai.", "Kari Holm"),
])
def test_people_named_planning_something_is_their_task(sentence, who):
    assert is_action(sentence)
    assert responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", [
    "Fitjar kommune planlegger ny barnehage.",  # a body's news
    "Kari Holm planlegger å gå av i sommer.",  # an intention
])
def test_a_body_planning_or_a_plan_to_is_no_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "Handlingsprogrammet rulleres høsten 2025.",
    "Planen rulleres i mars 2026.",
    "Handlingsplanen rullerast hausten 2025.",
    "Planen skal rulleres.",
    "Kunnskapsgrunnlaget oppdateres før neste samling.",
])
def test_a_plan_revised_at_a_time_ahead_is_a_passive_task(sentence):
    assert is_action(sentence)
    assert responsible_of(sentence) is None


def test_a_plan_revised_by_its_standing_rule_is_no_task():
    assert not is_action("Planen rulleres årlig etter vedtatt rutine.")


@pytest.mark.parametrize("sentence", [
    "Nettverket ba om at statistikken deles på kommune i neste rapport.",
    "Rådet bad om at saka vert greidd ut før sommaren.",
])
def test_the_body_s_past_request_in_the_passive_is_a_task_without_a_doer(sentence):
    assert is_action(sentence)
    assert responsible_of(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Kari Holm ba om at statistikken deles på kommune.",  # a member's request in debate
    "Eldrerådet ber om at dagsentertilbudet styrkes.",  # an uttale to the municipality
    "Nettverket ba om at dette er tema neste gang.",  # no passive: nothing to be done
])
def test_other_requests_that_something_be_done_are_no_task(sentence):
    assert not is_action(sentence)


def test_minutes_label_opening_the_vote_on_the_proposal_above_adopts_it():
    # a combined summons and minutes: "Referat: Gruppa sluttet seg til forslaget." as the
    # first words of the minutes under the case's proposal adopts it, as on a line alone
    text = ("Innkalling og referat – styringsgruppa for Nordby-prosjektet\n\n"
            "Tid: 12.02.2025 kl. 10.00–12.00\nTil stede: Kari Holm (leder), Per Dal\n\n"
            "Sak 1/25 Søknad om midler\n\n"
            "Forslag til vedtak: Prosjektet søker fylkeskommunen om 200 000 kroner til kurs.\n\n"
            "Referat: Styringsgruppa sluttet seg til forslaget.\n")
    record = parse_bytes(text.encode(), "innkalling_og_referat.txt")
    item = record.items[0]
    assert item.decisions == ["Prosjektet søker fylkeskommunen om 200 000 kroner til kurs.",
                              "Styringsgruppa sluttet seg til forslaget."]
    assert [(a.text, a.responsible) for a in item.actions] == \
        [("Prosjektet søker fylkeskommunen om 200 000 kroner til kurs.", "Prosjektet")]


def test_minutes_label_without_a_pending_proposal_is_left_alone():
    from motebok.extract.outcomes import _without_minutes_label

    assert _without_minutes_label("Referat: Godkjent.") == "Godkjent."
    assert _without_minutes_label("Referat fra forrige møte: godkjent.") == \
        "Referat fra forrige møte: godkjent."


@pytest.mark.parametrize(("row", "task", "item", "same"), [
    # a register names the task shortly, with words of the item it comes from
    (Action("Justere malen for kartlegging og sende ut på nytt", "AB"),
     Action("AB justerer malen og sender den ut på nytt innen 21. mars.", "AB"),
     "Felles kartlegging av møteplasser", True),
    (Action("Levere svar på ROS-analyse", "Kommunene"),
     Action("Kommunene sender svar til TB innen 20. desember.", "Kommunene"),
     "Status ROS-analyser. To kommuner har ikke levert.", True),
    # the owner by initials, a compound of the sentence's word
    (Action("Avklare bistand til kulturminneplan", "KA"),
     Action("Kjell Aas avklarer hvilken bistand som trengs.", "Kjell Aas"),
     "Status kulturminneplaner", True),
    (Action("Utkast til felles høringsuttalelse", "BE"),
     Action("BE sender utkast til uttalelse til gruppen.", "BE"), "Felles høring", True),
    # a word of neither the sentence nor its item, or another owner: another task
    (Action("Invitere NAV til neste møte", "Kari"),
     Action("Kari sender invitasjon til kurset.", "Kari"), "Kurs for ledere", False),
    (Action("Justere malen for kartlegging", "Per"),
     Action("AB justerer malen.", "AB"), "Felles kartlegging", False),
])
def test_a_register_row_may_name_the_task_with_its_items_words(row, task, item, same):
    assert (repeat_score(row, task, task_words(item)) > 0) is same


def test_a_register_row_goes_to_the_sentence_of_its_owner_first():
    row = Action("Sende ROS-analyse på høring", "Marit")
    passive = Action("Styret sluttet seg til at analysen sendes på høring.", None)
    owned = Action("Marit sender analysen til kommunene.", "Marit")
    context = task_words("Felles ROS-analyse. Styret sluttet seg til at analysen sendes på "
                         "høring. Marit sender analysen til kommunene.")
    assert repeat_score(row, owned, context) > repeat_score(row, passive, context) > 0


@pytest.mark.parametrize(("one", "other", "same"), [
    ("KA", "Kjell Aas", True), ("MH/RS", "MH og RS", True),
    ("JS/BA", "JS og Bjørn Aasen", True), ("PAR", "Per Arne Rustad", True),
    ("KA", "Kari Holm", False), ("MH/RS", "MH", False),
    # a job in its definite form, which the stemmer cuts otherwise (s63e)
    ("Arkivleder", "arkivlederen", True), ("leiar", "leiaren", True),
    ("Arkivleder", "arkivet", False),
])
def test_owners_are_the_same_by_their_initials(one, other, same):
    assert same_owners(one, other) is same


def test_a_register_over_the_next_meetings_lines_leaves_them_out_of_the_last_item():
    text = ("Referat fra møte i nettverket\n\nDato: 3. mars 2025\n\n1. Godkjenning\n\n"
            "Godkjent.\n\n2. Eventuelt\n\nIngen saker.\n\nNeste møte: 22. mai 2025 kl. 09.00"
            "\n\nVertskap: Lunner kommune\n\nOppfølgingsliste\n\n"
            "NR\tTILTAK\tANSVARLIG\tFRIST\n1\tFelles mal for budsjett\tLKR\t10.04.2025\n"
            "2\tOversikt over fond\tAlle\tFør sommeren\n")
    for flat in (False, True):  # (a PDF's line per printed line sets nothing apart)
        data = text.replace("\n\n", "\n") if flat else text
        record = parse_bytes(data.encode(), "referat.txt")
        last = record.items[-1]
        assert last.text == "Ingen saker."
        assert [(a.text, a.responsible) for a in last.actions] == [
            ("Felles mal for budsjett", "LKR"), ("Oversikt over fond", "Alle")]
        assert record.next_meeting.date == "2025-05-22"


@pytest.mark.parametrize(("vedtak", "responsible"), [
    # an agreement the body asks someone to negotiate
    ("Representantskapet ber styret forhandle fram ein leigeavtale med Kystfisk AS innan "
     "1. juni 2025.", "styret"),
    ("Styret ber daglig leder forhandle med de to laveste tilbyderne.", "daglig leder"),
    # a report to bring to a later meeting
    ("Daglig leder rapporterer om gjennomføringen av planen i møtet i juni 2026.",
     "Daglig leder"),
])
def test_a_vedtak_asking_for_a_negotiation_or_a_report_is_also_a_task(vedtak, responsible):
    text = (f"Møtebok\n\nDato: 03.04.2025\n\nPS 10/25 Avtale\nVedtak:\n{vedtak}\n\n"
            "PS 11/25 Eventuelt\nIngen saker.\n")
    item = parse_bytes(text.encode(), "motebok.txt").items[0]
    assert item.decisions == [vedtak]
    assert [(a.text, a.responsible) for a in item.actions] == [(vedtak, responsible)]


def _case(body: str):
    """One case of a small protocol with the given text (the first item)."""
    text = ("Protokoll\n\nMøtedato: 13.09.2024\n\nSak 1/24 Saken\n\n" + body +
            "\n\nSak 2/24 Eventuelt\n\nIngen saker.\n")
    return parse_bytes(text.encode(), "protokoll.txt").items[0]


def test_a_change_adopted_with_the_innstilling_assigns_its_own_task():
    # the change after the vote's colon is decided too, and its follow-up is a task (the
    # change's words, owner and date); the innstilling it changes stands
    item = _case("Forslag til vedtak:\n\nRegionrådet stiller seg bak prosjektet.\n\n"
                 "Vedtak:\n\nInnstillingen ble vedtatt med følgende endring: Prosjektet "
                 "forlenges til tre år, og kommunalsjefene legger fram en plan innen "
                 "1. mars 2025.")
    assert "Regionrådet stiller seg bak prosjektet." in item.decisions
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Prosjektet forlenges til tre år, og kommunalsjefene legger fram en plan innen "
         "1. mars 2025.", "kommunalsjefene", "2025-03-01")]


def test_a_change_that_only_rewords_a_text_is_no_task():
    item = _case("Innstilling:\n\nRådet slutter seg til uttalelsen.\n\nVedtak:\n\n"
                 "Innstillingen ble vedtatt med følgende endring: Uttalelsen skal også be om "
                 "at fylkeskommunen prioriterer ladepunkter.")
    assert item.actions == []


def test_a_change_setting_a_new_value_replaces_the_innstillings_sentence():
    item = _case("Forslag til vedtak\n\nBudsjett 2026 vedtas med en ramme på kr 12 480 000. "
                 "Kontingenten holdes uendret.\n\nVedtak\n\nInnstillingen ble vedtatt med "
                 "følgende endring: Rammen reduseres til kr 12 300 000.")
    assert sorted(item.decisions) == sorted([
        "Kontingenten holdes uendret.",
        "Innstillingen ble vedtatt med følgende endring: Rammen reduseres til kr 12 300 000."])


@pytest.mark.parametrize("sentence, note", [
    ("Øyer stemte mot.", True),  # one seat's vote by its municipality
    ("Nes og Flå røysta mot.", True),
    ("Per Dahl stemte mot.", True),
    ("Flertallet stemte mot.", False),  # a share of the body: its outcome
    ("Regionrådet stemte mot.", False),
    ("Ingen stemte mot.", False),  # the count told: the outcome
    ("To stemte mot.", False),
])
def test_a_seats_vote_by_its_place_is_a_members_note(sentence, note):
    from motebok.extract.outcomes import _member_note

    assert _member_note(sentence, sentence.lower()) is note


@pytest.mark.parametrize("sentence, decided", [
    ("Neste møte flyttes fra Gjøvik til Dokka.", True),
    ("Neste møte vert flytta til 4. mai.", True),
    ("Neste møte flyttes kanskje til mai.", False),
    # the body that met named bare after the words: its own meeting, moved or set
    ("Neste møte i utvalet er flytta frå 9. til 16. januar.", True),
    ("Neste møte i styret blir 4. mai på Gol.", True),
    ("Neste møte i fylkestinget er 4. mai.", False),  # another body's meeting
])
def test_the_next_meeting_moved_is_decided(sentence, decided):
    assert is_decision(sentence) is decided


def test_a_role_in_several_places_is_a_tasks_subject():
    sentence = ("Kommunedirektørene i Gjøvik, Østre Toten og Vestre Toten legger fram "
                "forslag til revidert samarbeidsavtale innen 1. mars 2025.")
    assert is_action(sentence)


@pytest.mark.parametrize(("one", "other", "same"), [
    ("Marit og sekretær", "Marit Olsnes / sekretær", True),  # a first name for the full name
    ("Håkon", "Håkon Rye", True),
    ("Alle kommunene", "Alle kommuner", True),  # a noun in another form
    ("Kommunane", "kommunar", True),
    ("Marit", "Mona Olsnes", False),  # another first name
    ("Kommunene", "Kommunedirektøren", False),  # another noun on the same stem
    ("Marit og sekretær", "Marit Olsnes", False),  # two owners against one
])
def test_owners_are_the_same_by_a_first_name_or_another_form(one, other, same):
    assert same_owners(one, other) is same


def test_a_register_row_repeats_the_task_of_its_owner_named_by_first_name():
    row = Action(text="Førebu dialogmøte med næringa", responsible="Marit Olsnes / sekretær",
                 due="2026-04-15")
    task = Action(text="Marit og sekretær førebur dialogmøtet.", responsible="Marit og sekretær")
    context = task_words("Dialogmøte med næringa Marit orienterte om innspel frå fiskarlaget.")
    assert repeat_score(row, task, context) > 0


@pytest.mark.parametrize("sentence", [
    "Det vert halde eit ope dialogmøte på Bømlo i april.",
    "Det holdes et felles allmøte for alle ansatte i februar.",
    "Det blir holdt en samling for kontaktpersonene i mai.",
])
def test_a_meeting_the_minutes_set_is_a_decision(sentence):
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Det ble holdt et møte med NAV i januar.",  # a meeting told of, past
    "Det holdes kanskje et møte i mai.",  # not set
    "Per holdt en presentasjon om prosjektet.",
])
def test_a_meeting_only_told_of_is_no_decision(sentence):
    assert not is_decision(sentence)


@pytest.mark.parametrize("status", [
    "- Lokaler: Gul. To alternativer vurderes, Brandbu og Roa.",
    "Kviteseid: Gul – graving på Vrådal er utsett til juni.",
    "IKT og fagsystem: Rød. Saken legges fram for styringsgruppen på nytt.",
])
def test_a_traffic_light_status_line_is_no_decision_nor_task(status):
    text = ("Referat fra prosjektgruppemøte\n\nDato: 9. januar 2026\n\n1. Status\n\n"
            f"Prosjektleder orienterte om status:\n{status}\n"
            "Prosjektgruppen tok orienteringen til etterretning.\n")
    item = parse_bytes(text.encode(), "referat.txt").items[0]
    assert item.decisions == ["Prosjektgruppen tok orienteringen til etterretning."]
    assert item.actions == []


def test_a_task_under_a_label_without_a_light_is_still_one():
    text = ("Referat fra prosjektgruppemøte\n\nDato: 9. januar 2026\n\n1. Lokaler\n\n"
            "Lokaler: Per sender tilbudet til kommunene innen 1. mars.\n")
    item = parse_bytes(text.encode(), "referat.txt").items[0]
    assert [(a.responsible, a.due) for a in item.actions] == [("Per", "2026-03-01")]


@pytest.mark.parametrize("sentence", [
    "Fråsegna skal òg krevje at godsterminalen vert lagd til regionen.",  # what it demands
    "Prosjektet skal òg omfatte lærlingar i helsefag.",  # what the project takes in
])
def test_what_a_statement_or_project_is_to_hold_is_no_task(sentence):
    assert not is_action(sentence)


def test_a_project_that_is_to_report_still_owns_its_task():
    sentence = "Prosjektet skal rapportere til rådet innan 1. desember 2025."
    assert is_action(sentence) and responsible_of(sentence) == "Prosjektet"


def test_days_after_vedtok_a_are_what_was_decided_not_when():
    body, meeting = "Faggruppe for helse og omsorg", "2025-12-04"
    assert not decided_by_another(
        "Faggruppa vedtok å møtast 5. februar, 23. april og 11. juni 2026.", body,
        meeting=meeting)
    assert decided_by_another("Faggruppa vedtok 5. februar å møtast oftare.", body,
                              meeting=meeting)  # the day right after the verb: earlier


def _items(text: str, name: str = "referat.txt"):
    return parse_bytes(text.encode(), name).items


_ROUND_HEAD = ("Referat fra møte i Skolenettverket\n\nDato: 4. mars 2025\n\n"
               "Til stede: Kari Bøe (Gran kommune), Petter Moe (Lunner kommune)\n\n"
               "Sak 1 Godkjenning\nGodkjent.\n\nSak 2 Diverse\n")


def test_one_word_places_the_members_came_from_make_a_round_under_any_title():
    """Under "Diverse", "Gran: …" / "Lunner: …" open with the places the participants
    came from ("Gran kommune"): each member's news, neither the body's decision nor its
    task; one-word leads no participant came from are read as before (topics, tasks)."""
    items = _items(_ROUND_HEAD + "Gran: kommunestyret har vedtatt ny skolestruktur.\n"
                   "Lunner: sender søknad om midler innen 1. april.\n")
    assert items[-1].decisions == [] and items[-1].actions == []
    items = _items(_ROUND_HEAD + "Hamar: kommunestyret har vedtatt ny skolestruktur.\n"
                   "Stange: sender søknad om midler innen 1. april.\n")
    assert [a.responsible for a in items[-1].actions] == ["Stange"]


@pytest.mark.parametrize(("vedtak", "due"), [
    ("Styret ber leder lage en evaluering. Fristen for evalueringen er 1. april.",
     "2025-04-01"),
    ("Styret ber leder sende søknad. Frist for søknaden er 15. februar.", "2025-02-15"),
    ("Styret ber leder sende søknad. Frist for dette er 15. februar.", "2025-02-15"),
    # another thing's deadline: not the task's
    ("Styret ber leder oppdatere kartet. Frist for innspill til planen er 20. mai.", None),
])
def test_the_deadline_of_the_tasks_thing_in_a_vedtak_dates_the_task(vedtak, due):
    text = ("Referat fra styremøte\n\nDato: 14. januar 2025\n\nTil stede: Kari Holm, Per Berg\n\n"
            f"Sak 1/25 Evaluering\nVedtak: {vedtak}\n")
    assert [a.due for a in _items(text)[0].actions] == [due]


def test_a_rows_initials_match_the_organisation_the_text_gives_the_task():
    """"TL" is Tor Lie, who came from "NAV Midt-Dal": the text's "NAV sender …" (or "NAV v/
    Tor Lie", or the kind's definite form "Fylkeskommunen" for "Buskerud fylkeskommune")
    is the same owner; without the participant the initials are nobody's."""
    people = {"tl": frozenset({"nav midt-dal"}), "ts": frozenset({"buskerud fylkeskommune"})}
    assert same_owners("TL", "NAV", people)
    assert same_owners("TL", "NAV v/ Tor Lie")
    assert same_owners("TS", "Fylkeskommunen", people)
    assert not same_owners("TL", "NAV")
    assert not same_owners("TS", "Statsforvalteren", people)
    row = Action(text="Sende oversikt over tiltak", responsible="TL", due="2025-04-15")
    task = Action(text="NAV sender oversikten over tiltakene til nettverket.",
                  responsible="NAV", due=None)
    assert repeat_score(row, task, None, people) > 0
    assert repeat_score(row, task) == 0


def test_agreement_told_after_an_adverbial_first_is_a_decision():
    assert is_decision("Etter ein lang drøfting vart det semje om å prioritere nye prosjekt.")
    assert is_decision("Etter en lang diskusjon ble det enighet om å utsette saken.")


def test_an_authority_acting_through_its_person_at_the_meeting_takes_a_task():
    text = ("Referat fra møte i nettverket\n\nDato: 8. april 2025\n\n"
            "Til stede: Kari Strand, Per Bråten\n\nAndre: Ingrid Moe, Statsforvalteren\n\n"
            "Sak 1/25 Tilskudd\nStatsforvalteren v/ Ingrid Moe sender ut oversikt over "
            "fristene til kommunene.\n")
    assert [a.responsible for a in _items(text)[0].actions] == ["Statsforvalteren v/ Ingrid Moe"]


@pytest.mark.parametrize(("opening", "tasks"), [
    ("Innlegg ved Kari Holm, NAV Sørvik.", 0),  # the speaker's news of her paper
    ("Presentasjon frå Statsforvaltaren ved Per Dal.", 0),
    ("Styret drøfta saka.", 1),  # the body's own talk: the paper is sent, a task
])
def test_a_paper_going_on_in_a_guest_talk_is_news(opening, tasks):
    text = ("Referat fra møte i Styret\nDato: 4. mars 2026\n\nSak 1/26 Ny strategi\n"
            f"{opening}\nStrategien skal på høring i april.\n")
    record = parse_bytes(text.encode(), "n.txt")
    assert len(record.items[0].actions) == tasks


def test_the_decks_closing_summary_slide_keeps_its_tasks_as_they_stand() -> None:
    # "Oppsummering" closing the deck sums up the day: what happens after it
    from motebok.extract.outcomes import talk_slide_tasks

    weighs = Action("Fylkeskommunen vurderer innspillene og kommer tilbake til nettverket",
                    "Fylkeskommunen")
    assert talk_slide_tasks([weighs], ("Oppsummering", None), closing=True) == [weighs]
    assert talk_slide_tasks([weighs], ("Oppsummering av dagen", None), closing=True) == [weighs]
    # a talk's own summary slide in the middle of the deck still reports the talk
    assert talk_slide_tasks([weighs], ("Oppsummering", None)) == []


@pytest.mark.parametrize("sentence", [
    # the work reported on, an infinitive after "å" in what the meeting was told
    "Jonas orienterte om arbeidet med å revidere partnerskapsavtalene.",
    # a wish put to another, with no deadline
    "Nettverket ønsker at fylkeskommunen koordinerer gjennomføringen.",
    "Rådet ønskjer at fylkeskommunen sender ut ei oversikt.",
    # (s63b) … also with "vil at": what the body wants the text to say
    "Arbeidsutvalet vil at trafikktryggleik vert løfta tydelegare fram.",
])
def test_work_told_about_and_wishes_are_no_tasks(sentence):
    assert not is_action(sentence)


def test_what_someone_got_granted_is_no_decision():
    assert not is_decision("Vestland fekk 14 prosjekt innvilga.")
    assert not is_decision("Kommunen fikk to søknader innvilget.")
    assert is_decision("Søknaden innvilget.")


@pytest.mark.parametrize(("sentence", "owner"), [
    # nynorsk "vart samde om at", and the county that runs the network after "at"
    ("Vi vart samde om at nettverket lagar ei felles rettleiing.", "nettverket"),
    ("Vi ble enige om at fylkeskommunen arrangerer et digitalt kurs før sommeren.",
     "fylkeskommunen"),
    # planning an event or applying for money, agreed on in the meeting
    ("Vi ble enige om at nettverket søker om midler til en felles fagdag.", "nettverket"),
    ("Vi ble enige om at Bærum og fylkeskommunen planlegger et webinar til høsten.",
     "Bærum og fylkeskommunen"),
])
def test_an_agreement_gives_the_body_or_its_host_a_task(sentence, owner):
    assert is_action(sentence)
    assert responsible_of(sentence) == owner


def test_a_county_told_alone_answering_is_no_task():
    assert not is_action("Fylkeskommunen svarar truleg innan 1. mai.")
    # a municipality planning or applying in its own news is no task of the meeting
    assert not is_action("Vi ble enige om at alle kommunene søker om midler.")


def test_a_groups_present_request_to_raise_a_matter_is_its_resolution_and_a_task():
    text = ("Referat fra møte i faggruppe helse\n\nDato: 20. februar 2025\n\n"
            "1. Legevakt\n\nFaggruppen ber regionrådet om å ta opp finansieringen av "
            "legevakten i rådmannsmøtet i mars.\n")
    item = _items(text)[0]
    assert len(item.decisions) == 1
    assert [a.responsible for a in item.actions] == ["regionrådet"]


def test_an_orientation_round_from_the_municipalities_is_news_not_tasks():
    # "Orienteringsrunde fra kommunene": each member's news, its plans no errands of the group
    text = ("Referat fra møte i faggruppe plan\n\nDato: 4. mars 2025\n\n"
            "1. Orienteringsrunde fra kommunene\n\nLia er i gang med kommuneplanen, og "
            "planprogrammet legges ut på høring i april.\n\n2. Kurs\n\n"
            "Kari sender ut påmelding til kommunene.\n")
    items = _items(text)
    assert (items[0].actions, len(items[1].actions)) == ([], 1)


@pytest.mark.parametrize("sentence", [
    "Saken sendes videre til regionrådet.",
    "Saken tas med tilbake til egen organisasjon.",
    "Saka vert send vidare til regionrådet.",
    "Saka vert teken med attende til eigen organisasjon.",
])
def test_a_case_sent_on_or_taken_home_is_the_groups_outcome(sentence):
    # an administrative group's way of ending a case it does not decide itself
    assert is_decision(sentence)


def test_a_case_taken_home_then_followed_up_later_is_still_an_errand():
    assert is_action("Saken tas med tilbake til egen organisasjon og følges opp i neste møte.")
    assert is_action("Utkastet vert teke med attende til eigen organisasjon for drøfting.")
    assert not is_action("Saken følges opp i neste møte.")  # the body's own agenda


def test_hired_help_is_an_errand_but_zeal_is_not():
    assert is_action("Sekretariatet engasjerer ekstern bistand innenfor en ramme på 150 000 kr.")
    assert not is_action("Styret engasjerer seg sterkt i saken.")


_ADVICE_HEAD = ("Referat\n\nKommunedirektørutvalget i Vestdal\n\nDato: 7. februar 2025\n\n"
                "Til stede: Kari Holm (leder), Per Dahl\n\nSak 7/25 Næringsfond\n\n")


@pytest.mark.parametrize("vote", [
    "Kommunedirektørutvalget anbefaler innstillingen.",
    "Samrøystes tilrådd.",
])
def test_the_groups_own_advice_is_adopted_by_its_vote(vote):
    text = (f"{_ADVICE_HEAD}Innstilling til regionrådet:\n\n"
            f"Retningslinjene vedtas som foreslått.\n\n{vote}\n")
    assert _items(text)[0].decisions == ["Retningslinjene vedtas som foreslått.", vote]


def test_a_vote_alone_under_someone_elses_innstilling_leaves_it_theirs():
    # "Enstemmig tilrådd." under the kommunedirektør's innstilling recommends that one on;
    # the body's own vedtak below words its decision
    text = (f"{_ADVICE_HEAD}Kommunedirektørens innstilling:\nPlanen vedtas.\n"
            "Enstemmig tilrådd.\n")
    assert "Planen vedtas." not in _items(text)[0].decisions


@pytest.mark.parametrize("told", [
    "Fylkeskommunen undersøker om strekningen kan få tilskudd til ny vei.",
    "Kommunen vurderer om tilbudet skal utvides til flere skoler.",
    "Nordby kommune kartlegger om det er behov for flere plasser.",
    "Vestland fylkeskommune utgreier om rutene kan samordnast.",
])
def test_an_organisations_own_work_told_in_running_text_is_news(told):
    # what a municipality or county is already doing, with no deadline and no word of
    # answering the meeting back: news, as a state body's is
    _, actions = _council_outcomes(f"Dagleg leiar orienterte om status. {told}")
    assert actions == []


@pytest.mark.parametrize("task", [
    "Fylkeskommunen undersøker saken og gir svar innen 1. mai.",  # answers the meeting
    "Kommunen vurderer om tilbudet skal utvides, og legger fram forslag innen 1. mai.",
])
def test_an_organisations_work_with_deadline_or_answer_stays_a_task(task):
    _, actions = _council_outcomes(task)
    assert [a[0] for a in actions] == [task]


def test_an_organisations_work_after_the_meeting_discussed_it_is_a_task():
    # "Rådet drøftet …" then the organisation takes the meeting's question on
    task = "Fylkeskommunen undersøker om midlene kan brukes til dette."
    _, actions = _council_outcomes(f"Rådet drøftet en felles søknad. {task}")
    assert [a[0] for a in actions] == [task]


def test_a_paragraph_opening_with_its_owner_names_who_does_its_own_task():
    # "Ansvar: X." first on its own paragraph, then the task: not the sentence above's owner
    text = ("Referat\n\nDato: 12. mai 2025\n\n1) Budsjett\n\nProsjektleder la fram et overslag. "
            "Overslaget er usikkert.\n\nAnsvar: Hanne og Tor Arne. Sende oppdatert overslag til "
            "økonomisjefene innen 1. juni.\n")
    actions = parse_bytes(text.encode(), "notat.txt").items[0].actions
    assert [(a.responsible, a.due) for a in actions] == [("Hanne og Tor Arne", "2025-06-01")]
    assert actions[0].text.startswith("Sende oppdatert overslag")


@pytest.mark.parametrize(("sentence", "task"), [
    ("AU vil særlig løfte behovet for bedre togtilbud på banen.", False),
    ("Regionrådet vil særlig peke på behovet for ny vei.", False),
    ("Styret vil understreke behovet for flere plasser.", False),
    ("AU vil sende brev til departementet innen 1. mai.", True),
    # a stance with an "at" clause: what it stresses, a day inside it no deadline
    ("Rådet vil understreke at hamnene må sjåast i samanheng med vegnettet.", False),
    ("AU vil peke på at kommunane må avklare arealbehovet innan 1. april.", False),
    ("Regionrådet vil særlig påpeke at fylket må svare innen 1. mai.", False),
])
def test_a_body_s_stance_to_stress_is_no_task(sentence, task):
    # what the body will stress in its statement is its view, no errand; "vil sende" is one
    assert is_action(sentence) is task


@pytest.mark.parametrize(("sentence", "task"), [
    ("KS inviterer til dialogmøte om interkommunalt samarbeid 15. mai.", False),
    ("NAV inviterer til fagdag om klima 3. juni.", False),
    ("Fylkeskommunen inviterer til regional samling om næringsliv 12. mai.", False),
    ("Statsforvalteren inviterer til fagdag om klimatilpasning 3. juni.", False),
    ("Statsforvaltaren inviterar til eit digitalt seminar 3. juni.", False),
    ("Vestland fylkeskommune inviterer til konferanse 4. mai.", False),
    ("Fylkeskommunen inviterer til samling innen 12. mai.", True),  # a deadline: asked
    ("AU inviterer til samling 12. april på Fjellstua.", True),  # the body's own errand
    ("Sekretariatet inviterer til samling 12. april på Fjellstua.", True),
    ("Kari inviterer til møte med rektorene innen 15. mai.", True),
    ("Kari inviterer til møte med rektorene.", True),
])
def test_an_invitation_to_an_event_on_its_day_is_news_not_a_task(sentence, task):
    # an outside organisation's event with its day is told to the meeting; the body's own
    # invitation is its errand, and a task to invite has no day, or one to do it by
    assert is_action(sentence) is task


@pytest.mark.parametrize("label", [
    "Rådmannens innstilling til vedtak:",
    "Fungerende rådmanns innstilling til vedtak:",
    "Styrelederens tilråding til vedtak:",
    "Kommunedirektørens forslag til vedtak:",
    "Sekretariatets innstilling:",
])
def test_an_owners_innstilling_til_vedtak_is_a_proposal_label(label):
    # as "Innstilling:": the case paper above it is background (its "skal … innen" no task)
    # and the proposal a decision once the vote adopts it
    text = (f"{_ADVICE_HEAD}Sekretariatet skal hente inn tall innen 1. mars.\n{label}\n"
            "Utvalget slutter seg til planen.\nInnstillingen ble enstemmig vedtatt.\n")
    item = _items(text)[0]
    assert item.decisions == ["Utvalget slutter seg til planen.",
                              "Innstillingen ble enstemmig vedtatt."]
    assert item.actions == []


@pytest.mark.parametrize("told", [
    "Kommunene vurderer om opptaket skal flyttes til våren.",
    "Kommunene ser på muligheten for et felles søknadsskjema.",
    "Kommunane ser nærmare på rutinane for fråvær.",
    "Kommunane ser på korleis ordninga kan takast i bruk i heile regionen.",
    "Kommunen ser på nye lokaler for tjenesten.",
])
def test_the_municipalities_own_work_told_in_running_text_is_news(told):
    # what the municipalities are already doing, with no deadline and no answer back
    _, actions = _council_outcomes(f"Dagleg leiar orienterte om status. {told}")
    assert actions == []


@pytest.mark.parametrize("task", [
    "Kommunene bes vurdere om de vil delta i kampanjen.",  # the meeting asks it
    "Kommunene vurderer saken og gir tilbakemelding innen 15. mars.",  # answers back, dated
    "Kommunane vert bedne om å melde inn behov innan 20. juni.",  # nynorsk plural "bedne"
    "Kommunane blir bedne om å melde inn behov innan 20. juni.",
])
def test_the_municipalities_asked_or_dated_work_stays_a_task(task):
    _, actions = _council_outcomes(f"Dagleg leiar orienterte om status. {task}")
    assert [a[0] for a in actions] == [task]


_GROUP_HEAD = ("Referat fra møte i prosjektgruppen\n\nDato: 4. mars 2025\n\n"
               "Til stede: Kari Holm (KH), Per Dahl (PD), Mona Eng (ME), Anders Vik (AV)\n\n")


def test_numbered_beslutning_labels_make_each_line_a_decision():
    """"B1:", "B2:" number a project's decisions as "V1:" numbers a log's: each line is
    a decision without its number, never an owner "B2" of a task; one that assigns a
    task is both."""
    items = _items(_GROUP_HEAD + "Sak 3/25 Planprogram\nPL orienterte.\n"
                   "B1: Styringsgruppa slutter seg til forslaget.\n"
                   "B2: Klimagassberegninger tas inn som eget utredningstema.\n"
                   "B3: Revidert planprogram legges fram for regionrådet 24. april.\n\n"
                   "Sak 4/25 Eventuelt\nIngen saker.\n")
    assert items[0].decisions == ["Styringsgruppa slutter seg til forslaget.",
                                  "Klimagassberegninger tas inn som eget utredningstema.",
                                  "Revidert planprogram legges fram for regionrådet 24. april."]
    assert [(a.text, a.responsible, a.due) for a in items[0].actions] == [
        ("Revidert planprogram legges fram for regionrådet 24. april.", None, "2025-04-24")]


def test_register_entries_under_a_review_of_the_action_list():
    """Under "Gjennomgang av aksjonsliste", "X – pågår, KH" is KH's open task X and "X:
    utsatt" one still to do; "X – ferdig" is done, and neither a status nor a count of
    the rows ("… og ett er utsatt") is a decision of the meeting."""
    items = _items(_GROUP_HEAD + "1. Gjennomgang av aksjonsliste fra forrige møte\n"
                   "Av ti punkter er sju ferdig, to pågår og ett er utsatt.\n"
                   "- Kartlegging av adresser – ferdig\n"
                   "- Dialog med vegvesenet om grøfter – pågår, KH følger opp\n"
                   "- Avklare datagrunnlag for boligbehov – pågår, PD\n"
                   "- Juridisk vurdering av samarbeidsavtale: utsatt\n"
                   "- Innspill til knutepunkter – pågår, AV leverer innen 31.03.\n\n"
                   "2. Eventuelt\nIngen saker.\n")
    assert items[0].decisions == []
    assert [(a.text, a.responsible, a.due) for a in items[0].actions] == [
        ("Dialog med vegvesenet om grøfter", "KH", None),
        ("Avklare datagrunnlag for boligbehov", "PD", None),
        ("Juridisk vurdering av samarbeidsavtale", None, None),
        ("Innspill til knutepunkter", "AV", "2025-03-31")]


def test_status_after_a_dash_outside_a_review_keeps_its_reading():
    # (no review title: "– utsatt" after a case stays what became of it)
    items = _items(_GROUP_HEAD + "1. Saker\n- Budsjett: utsatt.\n\n2. Eventuelt\nIngen.\n")
    assert items[0].decisions == ["Budsjett: utsatt."]


@pytest.mark.parametrize("sentence, owner", [
    ("ME lager utkast til pressemelding, klar medio mai.", "ME"),
    ("AV tar saken opp i regionrådet 6. mai.", "AV"),
    ("DE sender brevet til kommunene.", "DE"),
])
def test_initials_that_spell_a_pronoun_or_preposition_own_the_task(sentence, owner):
    # initials in capitals are a person's short name, not "me" (we), "av" or "de"
    assert is_action(sentence)
    assert responsible_of(sentence) == owner


def test_lower_case_pronoun_subject_still_owns_no_task():
    # "Me" (nynorsk "we") names no one the record can hold; "ME" in capitals does
    items = _items(_GROUP_HEAD + "1. Plan\nMe sender søknaden innan 1. mai.\n"
                   "ME sender brevet innan 1. mai.\n\n2. Eventuelt\nIngen.\n")
    assert [a.responsible for a in items[0].actions] == [None, "ME"]


@pytest.mark.parametrize("sentence, owner", [
    ("OT og TF reknar ut bemanningsbehov for natt innan 14.02.", "OT og TF"),
    ("PL følger særlig opp risiko 2 gjennom egne møter med ordførerne.", "PL"),
    ("Evalueringen gjøres av KH, SR og PV i uke 13.", "KH, SR og PV"),
])
def test_task_verbs_and_listed_agents(sentence, owner):
    assert is_action(sentence)
    assert responsible_of(sentence) == owner


def test_each_member_appointing_someone_yet_unnamed_is_a_task_not_an_election():
    sentence = "Hver kommune oppnevner en fagperson til evalueringsteamet innen 15.04."
    assert not is_decision(sentence)
    assert is_action(sentence)
    assert is_decision("Styret oppnevnte Kari Holm til valgkomiteen.")


def test_the_row_a_reviewed_registers_tally_excepts_is_a_task():
    items = _items(_GROUP_HEAD + "2. Gjennomgang av aksjonsliste fra forrige møte\n"
                   "KH gikk gjennom listen. Alle punkter er ferdig, unntatt avtalen med "
                   "Innovasjon Norge, som pågår (KH).\n\n3. Eventuelt\nIngen.\n")
    assert [(a.text, a.responsible) for a in items[0].actions] == [
        ("Alle punkter er ferdig, unntatt avtalen med Innovasjon Norge, som pågår (KH).",
         "KH")]
    assert items[0].decisions == []


def test_a_register_row_by_initials_repeats_the_task_the_text_gave_the_project_leader():
    # "PL legger fram …" in the text, "… | KH | 09.04." in the register: the project
    # leader's own initials, perhaps; the shared words make it one task, dated by the row
    row = Action(text="Plan B for fagsystem", responsible="KH", due="2025-04-09")
    task = Action(text="Styringsgruppen ber PL legge fram en plan B for fagsystemet.",
                  responsible="PL", due=None)
    assert repeat_score(row, task, people={"kh": frozenset({"gran kommune"})}) > 0
    assert repeat_score(row, task) == 0  # (no participant's initials known: owners differ)


def _protocol_case(title: str, body: str) -> tuple[list[str], list[tuple]]:
    """Decisions and (text, responsible, due) actions of the first case of a council's
    protocol with formal case handling."""
    text = ("Protokoll fra møte i Regionrådet for Vestdalen\n\nDato: 14. mars 2025\n"
            "Til stede: Kari Holm, Per Dahl, Siri Aas\n\n"
            f"PS 11/25 {title}\n\n{body}\n\nPS 12/25 Eventuelt\n\nIngen saker.\n")
    item = parse_bytes(text.encode(), "protokoll.txt").items[0]
    return item.decisions, [(a.text, a.responsible, a.due) for a in item.actions]


def test_a_vote_with_the_verb_first_rejects_the_amendment():
    # "Ved votering ble Sp sitt forslag forkastet …": the kind of vote leads, the verb
    # comes before the proposal, and the proposal's owner stands before it
    decisions, _ = _protocol_case("Kostnadsfordeling", (
        "Innstilling:\nKostnadene fordeles etter innbyggertall.\n\n"
        "Behandling:\nForslag fra Sp v/ Per Dahl: Kostnadene fordeles likt.\n"
        "Ved votering ble Sp sitt forslag forkastet med 6 mot 2 stemmer. "
        "Innstillingen ble vedtatt med 6 mot 2 stemmer."))
    assert "Ved votering ble Sp sitt forslag forkastet med 6 mot 2 stemmer." in decisions
    assert "Kostnadene fordeles likt." not in decisions


def test_a_regional_coordinator_owns_a_dated_task_in_a_briefing():
    task = "Regionkoordinator lagar eit kort notat til kommunestyra innan 15. september."
    _, actions = _protocol_case("Orientering om riksvegen", (
        f"Leiaren orienterte frå møtet med Statens vegvesen. {task}\n\n"
        "Vedtak: Orienteringa vart teken til vitande."))
    assert actions == [(task, "Regionkoordinator", "2025-09-15")]


@pytest.mark.parametrize("sentence", ["Presentasjonen ettersendes.",
                                      "Presentasjonen sendes ut sammen med protokollen."])
def test_a_briefings_slides_sent_on_are_a_task(sentence):
    _, actions = _protocol_case("Orientering fra fylkeskommunen", (
        f"Fylkesråd Eva Lund orienterte om planarbeidet. {sentence}\n\nTatt til orientering."))
    assert actions == [(sentence, None, None)]


def test_what_a_model_is_to_show_is_no_task():
    # a vedtak's words on what the model holds; asking the director for it is the task
    task = "Regiondirektøren bes om å legge fram en finansieringsmodell i september."
    decisions, actions = _protocol_case("Finansiering", (
        f"Vedtak:\n{task} Modellen skal vise konsekvensene for hver kommune."))
    assert "Modellen skal vise konsekvensene for hver kommune." in decisions
    assert [a[0] for a in actions] == [task]


def test_the_body_s_own_invitation_has_no_due_date_from_the_event_s_day():
    # "til felles møte … 20. mai": the adjective "felles" is no passive verb between the
    # event and its day; "før 10. april" still sets a deadline
    _, actions = _council_outcomes("Sekretariatet inviterer til felles møte med næringslivet "
                                   "20. mai. Kari kaller inn til møte om felles søknad før "
                                   "10. april.")
    assert [(a[1], a[2]) for a in actions] == [("Sekretariatet", None), ("Kari", "2024-04-10")]


@pytest.mark.parametrize(("said", "actions"), [
    ("Stortingsbenken følger opp saken overfor departementet.", 1),  # people, who take it on
    ("Stortinget følger opp saken overfor departementet.", 0),  # the state's own plans
])
def test_the_county_s_members_of_parliament_take_errands_on(said, actions):
    text = ("Referat fra møte i regionrådet\n\nDato: 04.09.2025\n\nTil stede:\n"
            f"Kari Holm (leder)\nPer Berg\n\n1. Veier\n{said}\n")
    [item] = parse_bytes(text.encode(), "n.txt").items
    assert len(item.actions) == actions


@pytest.mark.parametrize(("said", "decided"), [
    ("Neste møte holdes neste år, etter at planen for tilsyn er vedtatt.", False),
    ("Vi møtes igjen når strategien er godkjent.", False),
    ("Strategien er godkjent.", True),
])
def test_an_adoption_in_a_condition_is_no_decision(said, decided):
    text = ("Referat fra møte i regionrådet\n\nDato: 04.09.2025\n\nTil stede:\n"
            f"Kari Holm (leder)\nPer Berg\n\n1. Neste møte\n{said}\n")
    [item] = parse_bytes(text.encode(), "n.txt").items
    assert bool(item.decisions) is decided


@pytest.mark.parametrize(("label", "decided"), [
    ("Vedtak i AU:", True),  # the meeting's own body, by its short form
    ("Vedtak i kommunestyret:", False),  # another body's vedtak, quoted as background
])
def test_a_vedtak_label_naming_a_body_before_its_text_on_one_line_is_dropped(label, decided):
    # "Vedtak i AU: Innstillingen ble enstemmig vedtatt." keeps the sentence, not the label
    text = ("Protokoll fra møte i arbeidsutvalget\n\nDato: 8. september 2025\n"
            "Til stede: Kari Holm, Per Dahl, Siri Aas\n\n"
            "AU-sak 31/25 Budsjett 2026\nDaglig leder gikk gjennom forslaget.\n"
            f"{label} Innstillingen ble enstemmig vedtatt.\n\nEventuelt\nIngen saker.\n")
    decisions = parse_bytes(text.encode(), "au.txt").items[0].decisions
    assert decisions == (["Innstillingen ble enstemmig vedtatt."] if decided else [])


@pytest.mark.parametrize(("sentence", "task", "owner"), [
    # a case paper's label before its colon names a part of the case, not who does it
    ("Saksframlegg: Barnevernleder la fram rapporten for andre tertial.", False, None),
    ("Bakgrunn: Fordelingsnøkkelen bygger på innbyggertallet.", False, None),
    # the task after the label is still read, with its own owner
    ("Vurdering: Kari Holm sender brevet til kommunene innen 1. mai.", True, "Kari Holm"),
])
def test_a_case_papers_label_is_no_owner_of_what_follows_it(sentence, task, owner):
    assert is_action(sentence) is task
    assert responsible_of(sentence) == owner


@pytest.mark.parametrize(("sentence", "task"), [
    # a member municipality asking in the talk, as a member does ("Eli Brekke ba om at …")
    ("Sel kommune ba om at fordelingen vurderes på nytt før 2027.", False),
    ("Nord-Aurdal kommune ber om at sekretariatet sender brevet innen 1. mai.", False),
    # the body's own request is its task
    ("Styret ba om at fordelingen vurderes på nytt før 2027.", True),
])
def test_a_member_municipalitys_request_in_the_talk_is_no_task(sentence, task):
    assert is_action(sentence) is task


@pytest.mark.parametrize(("said", "owners"), [
    ("Fylkeskommunen ser på saken til neste møte.", ["Fylkeskommunen"]),
    ("Fylkeskommunen ser på saken.", []),  # its own work under way, news to the meeting
])
def test_an_organisation_to_look_into_a_raised_matter_by_the_next_meeting_has_a_task(
        said, owners):
    text = ("Referat fra møte i regionrådet\n\nDato: 04.09.2025\n\nTil stede:\n"
            f"Kari Holm (leder)\nPer Berg\n\n1. Eventuelt\n"
            f"Kari Holm tok opp parkeringen ved stasjonen. {said}\n")
    [item] = parse_bytes(text.encode(), "n.txt").items
    assert [a.responsible for a in item.actions] == owners


@pytest.mark.parametrize(("between", "decided"), [
    ("\n\n", ["Regionrådet ønsker en felles innsats for rekruttering."]),  # set apart
    (" ", ["Regionrådet ønsker en felles innsats for rekruttering.",  # one vedtak that
           "Fylkeskommunen lager et notat til neste møte, ansvar: Per Berg."]),  # assigns it
])
def test_a_one_line_conclusion_ends_before_an_owned_task_set_apart_under_it(between, decided):
    text = ("Referat fra møte i regionrådet\n\nDato: 04.09.2025\n\nTil stede:\n"
            "Kari Holm (leder)\nPer Berg\n\n1. Kompetanse\nPer Berg presenterte tallene.\n\n"
            f"Konklusjon: Regionrådet ønsker en felles innsats for rekruttering.{between}"
            "Fylkeskommunen lager et notat til neste møte, ansvar: Per Berg.\n\n"
            "2. Eventuelt\nIngen saker.\n")
    item = parse_bytes(text.encode(), "n.txt").items[0]
    assert item.decisions == decided
    assert [a.responsible for a in item.actions] == ["Per Berg"]


@pytest.mark.parametrize(("row", "task", "same"), [
    # the row's only word, a long one, by the same owner
    (Action("Opplæringsplan M365", "RS", "2025-08-20"),
     Action("RS lager forslag til opplæringsplan til neste møte.", "RS"), True),
    (Action("Referat", "RS"), Action("RS skriver referat.", "RS"), False),
    # one word of two, by the same owner for the same day (not another day)
    (Action("Høringsuttalelse SFO", "LE", "2025-03-20"),
     Action("LE lager utkast til uttalelse innen 20. mars.", "LE", "2025-03-20"), True),
    (Action("Høringsuttalelse SFO", "LE", "2025-04-20"),
     Action("LE lager utkast til uttalelse innen 20. mars.", "LE", "2025-03-20"), False),
])
def test_a_register_row_of_few_words_repeats_its_owners_task(row, task, same):
    assert (repeat_score(row, task) > 0) is same


def test_several_owners_by_initials_are_the_places_the_text_names_in_any_order():
    people = {"nv": frozenset({"gjerdrum"}), "pg": frozenset({"hurdal"}),
              "tl": frozenset({"nannestad"})}
    assert same_owners("NV/PG/TL", "Nannestad, Hurdal og Gjerdrum", people)
    assert same_owners("Nannestad, Hurdal og Gjerdrum", "NV/PG/TL", people)
    assert not same_owners("NV/PG", "Nannestad, Hurdal og Gjerdrum", people)
    assert not same_owners("NV/PG/TL", "Nannestad, Hurdal og Eidsvoll", people)


def test_a_case_set_on_the_agenda_again_is_put_off():
    assert is_decision("Saken settes opp igjen i april.")
    assert not is_decision("Kari satte opp en plan for våren.")


def test_the_next_gathering_set_under_a_follow_up_list_is_a_decision():
    """"Oppfølging:" over its tasks, then "Neste samling blir 12. mars i Sarpsborg.": the
    list ends, and the day set is a decision as anywhere else."""
    text = ("Referat\n\nDato: 27. november 2025\n\n1. Start\nTekst.\n\n2. Oppsummering\n"
            "Nettverket sluttet seg til forslaget.\nOppfølging:\n"
            "• Kari Holm lager et utkast innen 1. mars 2026.\n"
            "Neste samling blir 12. mars 2026 i Sarpsborg.\n")
    item = parse_bytes(text.encode(), "samling.txt").items[-1]
    assert item.decisions == ["Nettverket sluttet seg til forslaget.",
                              "Neste samling blir 12. mars 2026 i Sarpsborg."]
    assert [a.text for a in item.actions] == ["Kari Holm lager et utkast innen 1. mars 2026."]


@pytest.mark.parametrize("sentence", [
    "Neste møte vert i Ål i slutten av april.",
    "Neste fellesmøte vert i Vågå i slutten av september.",
    "Neste møte blir på Gol i juni.",
])
def test_setting_the_next_meeting_s_place_and_month_is_a_decision(sentence):
    # as "Neste møte holdes i mars." is: the meeting fixing its next one, no day given
    assert is_decision(sentence)


@pytest.mark.parametrize(("sentence", "who"), [
    ("Regionrådet ba om at sekretariatet i samarbeid med kommunedirektørene utarbeider et "
     "forslag.", "sekretariatet"),
    ("Styret ba om at daglig leder sammen med Kari Holm lager en plan.", "daglig leder"),
    ("Rådet bad om at sekretariatet saman med fylkeskommunen lagar eit forslag.",
     "sekretariatet"),
])
def test_the_one_asked_beside_a_partner_owns_the_task(sentence, who):
    # "i samarbeid med kommunedirektørene" says with whom, no owner of the task
    assert is_action(sentence)
    assert responsible_of(sentence) == who


@pytest.mark.parametrize(("sentence", "tasks"), [
    ("Regionrådet drøftet fordelingen av de regionale midlene og ba om at sekretariatet i "
     "samarbeid med kommunedirektørene utarbeider et forslag til prioriteringer.",
     [("sekretariatet", None)]),
    # another body's request told in the news is none of the meeting's errands
    ("Fylkestinget ba om at fylkesdirektøren utarbeider et forslag til prioriteringer.", []),
])
def test_the_body_s_own_request_under_referatsaker_is_a_task(sentence, tasks):
    text = ("Protokoll fra møte i Sørkyst regionråd\n\nMøtedato: 19.09.2025\n\n"
            "Sak 34/25 Referatsaker\n\nFølgende saker ble lagt fram til orientering:\n"
            f"- Brev fra fylkeskommunen om utviklingsmidler\n\n{sentence}\n\n"
            "Referatsakene ble tatt til orientering.\n")
    [item] = parse_bytes(text.encode(), "p.txt").items
    assert [(a.responsible, a.due) for a in item.actions] == tasks


@pytest.mark.parametrize(("sentence", "who"), [
    ("Styret ber daglig leder lyse ut stillingen på nytt.", "daglig leder"),
    ("Styringsgruppa ber barnevernleder lyse ut stillingene og legge fram en plan.",
     "barnevernleder"),
    ("Rådet bad sekretariatet lysa ut oppdraget.", "sekretariatet"),
])
def test_a_post_the_body_asks_someone_to_advertise_is_their_task(sentence, who):
    assert is_action(sentence) and responsible_of(sentence) == who


@pytest.mark.parametrize(("said", "owner"), [
    ("Ny representant meldes inn av rådmannen.", "rådmannen"),  # the passive's agent
    ("Behovet meldast inn innan 1. mai.", None),  # nynorsk, by a date, no one named
])
def test_a_name_or_a_need_to_be_reported_in_the_passive_is_a_task(said, owner):
    text = ("Referat fra møte i regionrådet\n\nDato: 04.09.2025\n\nTil stede:\n"
            f"Kari Holm (leder)\nPer Berg\n\n1. Representanter\n{said}\n")
    [item] = parse_bytes(text.encode(), "n.txt").items
    assert [(a.text, a.responsible) for a in item.actions] == [(said, owner)]


@pytest.mark.parametrize("said", [
    "Forfall meldes inn til sekretariatet.",  # the standing rule for absences
    "Nordby kommune inviterer til åpning av nytt kulturhus 18. april.",  # an event on its day
    "Vestby kommune inviterer til markering av 200-årsjubileet 17. mai.",
])
def test_a_standing_rule_on_absence_or_a_municipality_s_event_is_no_task(said):
    text = ("Referat fra møte i regionrådet\n\nDato: 04.09.2025\n\nTil stede:\n"
            f"Kari Holm (leder)\nPer Berg\n\n1. Eventuelt\n{said}\n")
    [item] = parse_bytes(text.encode(), "n.txt").items
    assert item.actions == []


@pytest.mark.parametrize(("sentence", "who"), [
    ("Rådmennene fremmer likelydende sak for kommunestyrene om videreføring.", "Rådmennene"),
    ("Kommunedirektøren fremmer sak for kommunestyret.", "Kommunedirektøren"),
    ("Dagleg leiar fremjar saka for regionrådet.", "Dagleg leiar"),
])
def test_a_case_put_forward_to_another_body_is_a_task(sentence, who):
    # as "legger fram sak": the case is yet to be written and sent
    assert is_action(sentence) and responsible_of(sentence) == who

@pytest.mark.parametrize("sentence, task", [
    ("Kari står for serveringa på årsmøtet.", True),  # taking charge of it
    ("Dei utanlandske gjestane står for mesteparten av auken.", False),  # a share
    ("Industrien står for om lag 40 prosent av utsleppa.", False),
    ("Reiselivet står for ein stor del av sysselsettinga.", False),
    ("Skolene står for det største forbruket.", False),  # (s64l) the largest share
])
def test_standing_for_a_share_of_a_figure_is_no_task(sentence, task):
    assert is_action(sentence) is task


@pytest.mark.parametrize("sentence", [
    "Sekretariatet greier ut modell 2 nærare og legg fram sak i februar.",
    "Dagleg leiar greiar ut saka til neste møte.",
])
def test_nynorsks_split_greier_ut_is_a_task_verb(sentence):
    """"greier ut" is "utgreier" split as nynorsk writes it: the owner's task."""
    assert is_action(sentence)

@pytest.mark.parametrize(("title", "first"), [
    ("Status for planen (O)", ""),
    ("Status for planen (orienteringssak)", ""),
    ("Status for planen", "Orienteringssak\n"),  # the kind alone under the heading
])
def test_the_timeline_of_work_told_in_a_case_for_orientation_is_no_task(title, first):
    # "O"/"Orienteringssak": the body is told of work going on; its month is the work's
    # own timeline, no follow-up of the meeting
    body = (f"{first}Kari Holm orienterte. Analysen er ferdig, og planforslaget sendes på "
            "høring i februar.\nTatt til orientering.")
    decisions, actions = _item_titled(title, body)
    assert (decisions, actions) == (["Tatt til orientering."], [])


def test_a_follow_up_of_the_meeting_in_a_case_for_orientation_stays_a_task():
    _, actions = _item_titled("Status for planen (O)",
                              "Kari Holm orienterte. Presentasjonen ettersendes.")
    assert actions == [("Presentasjonen ettersendes.", None, None)]


def test_the_timeline_of_work_in_a_case_not_marked_for_orientation_is_still_read():
    _, actions = _item_titled("Status for planen",
                              "Analysen er ferdig, og planforslaget sendes på høring i februar.")
    assert len(actions) == 1


def test_a_state_reached_in_the_running_text_of_a_case_for_orientation_is_news():
    decisions, _ = _item_titled("Status for næringsfondet (O)",
                                "Dagny Sandvik orienterte. Det er løyvd 1,8 mill. kr til 14 "
                                "prosjekt.\nSaka vart teken til orientering.")
    assert decisions == ["Saka vart teken til orientering."]


def test_the_points_under_a_discussion_label_are_no_tasks():
    # "Drøfting:" leads the talk's points, as "Innspill fra rådet:" does; the conclusion
    # under them asks for the work
    _, actions = _item_titled("Felles innkjøp (D)",
                              "Drøfting:\n- Det må avklares om barnevernet skal være part.\n"
                              "Konklusjon: Rådet ber sekretariatet utrede saken.")
    assert actions == [("Rådet ber sekretariatet utrede saken.", "sekretariatet", None)]


def test_a_coordinator_asked_to_put_the_inputs_together_owns_the_task():
    _, actions = _item_titled("Transportplan",
                              "Regionrådet ber regionkoordinator sammenstille innspillene "
                              "til en felles uttalelse.")
    assert [a[1] for a in actions] == ["regionkoordinator"]

def test_a_coordinator_asked_to_gather_the_inputs_owns_the_task():
    # "samle" (gather) as "sammenstille"; also after the body's agreement joined by "og"
    _, actions = _item_titled("Regional plan",
                              "Vedtak: Utvalet sluttar seg til planen og ber koordinator samle "
                              "innspela i ei felles fråsegn.")
    assert [a[1] for a in actions] == ["koordinator"]
    # (but to unite behind something is no work: "… ber kommunene samle seg om …")
    _, actions = _item_titled("Regional plan",
                              "Vedtak: Rådet ber kommunene samle seg om ein felles plan.")
    assert actions == []


def test_a_view_under_a_discussion_label_is_the_talk_not_a_decision():
    """"Drøfting:" over "Styret mente at …": the body's view in the discussion, no
    decision; the paragraph's end ends the talk, and a "Konklusjon:" is decided."""
    decisions, _ = _outcomes_of("Drøfting:\nStyret mente at lokalet er for lite.\n\n"
                                "Konklusjon: Styret leier større lokale fra mai.")
    assert decisions == ["Styret leier større lokale fra mai."]
    decisions, _ = _outcomes_of("Styret mente at lokalet er for lite.")
    assert decisions == ["Styret mente at lokalet er for lite."]


@pytest.mark.parametrize("sentence", [
    "Kommunene følger utviklingen tett og melder fra ved behov.",
    "Sekretariatet kaller inn til ekstra møte ved behov.",
])
def test_a_standing_practice_in_a_conclusion_is_decided_but_no_task(sentence):
    decisions, actions = _outcomes_of(f"Konklusjon: {sentence}")
    assert decisions == [sentence]
    assert actions == []


@pytest.mark.parametrize("sentence", [
    "Workshopen skal gi innspill til hvordan kommunene kan samarbeide om vann.",
    "Samlinga skal gje nettverket eit felles grunnlag for planarbeidet.",
    # (s73a) a consultation's purpose: what the samråd is for
    "Samrådet skal gi siidaen mulighet til å påvirke planen før høringen.",
    "Konsultasjonen skal sikre at reindriftas interesser blir tatt vare på.",
])
def test_the_gathering_s_own_purpose_is_no_task(sentence):
    text = (f"Referat fra workshop i kystnettverket\n\nDato: 4. mars 2026\n\n"
            f"Til stede: Kari Holm, Per Berg\n\nSak 1 Innledning\n\n{sentence}\n")
    assert parse_bytes(text.encode(), "w.txt").items[0].actions == []


def test_a_follow_up_slide_s_bullet_wrapped_in_its_text_box_is_one_task():
    """A deck printed to PDF wraps a long line inside its text box; the line under, in
    lower case, goes on from it, so the task keeps its deadline."""
    text = ("\n\nKystnettverket\n\nNettverksmøte\n\nLarvik, 4. mars 2026\n\nAgenda\n\n"
            "1. Status\n2. Veien videre\n\nStatus\n\nTo av tre kaier er ferdige\n\n"
            "Veien videre\n\nSekretariatet samler innspillene og sender dem ut til\n"
            "kommunene innen 1. april\n\nTakk for i dag!\n")
    actions = parse_bytes(text.encode(), "foiler.txt").items[-1].actions
    assert [(a.text, a.due) for a in actions] == [
        ("Sekretariatet samler innspillene og sender dem ut til kommunene innen 1. april",
         "2026-04-01")]

@pytest.mark.parametrize("sentence, owner", [
    ("Sekretariatet kommer tilbake til saken i neste møte.", "Sekretariatet"),
    ("Sekretariatet kjem tilbake til saka i neste møte.", "Sekretariatet"),
    ("Daglig leder kommer tilbake til dette punktet.", "Daglig leder"),
])
def test_a_named_party_promising_to_come_back_to_the_case_is_its_task(sentence, owner):
    # (s59d) a follow-up the party owes the body, as "kommer tilbake med en sak" is
    assert is_action(sentence)
    assert responsible_of(sentence) == owner


@pytest.mark.parametrize("sentence", [
    "Styret kommer tilbake til saken i neste møte.",  # the body's own: put off
    "Vi kommer tilbake til saken senere.",
    "Saken kommer tilbake i neste møte.",
    "Kari kommer tilbake til jobb i mars.",  # a person's return, no errand
])
def test_coming_back_with_no_party_owing_it_is_no_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "Tokke vil prøve ut ei ordning med gratis leigebustad for lærarar frå 2026.",
    "Notodden skal innføre et nytt system for fraværsregistrering fra 1. august.",
    "Vinje vil ta i bruk ei ny plattform frå hausten.",
    "Rollag kommune leier arbeidet med felles beredskapsplan.",  # who leads: a statement
])
def test_a_members_arrangement_from_a_time_on_is_its_own_plan_no_task(sentence):
    # (s59d) what a member will do from then on, told to the meeting, no one-off follow-up
    assert not is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "Kari skal innføre nye rutiner innen 1. mars.",  # a deadline: a dated errand
    "Vinje vil ta i bruk ei ny plattform.",  # no start: as before
])
def test_an_arrangement_with_a_deadline_or_no_start_stays_a_task(sentence):
    assert is_action(sentence)


@pytest.mark.parametrize(("heading", "sentence"), [
    ("Referat fra representantskapet", "Neste møte i representantskapet blir 23. oktober 2025."),
    ("Referat fra regionrådet", "Neste møte i regionrådet er 7. juni på Notodden."),
    ("Referat frå arbeidsutvalet", "Neste møte i arbeidsutvalet vert 21. februar."),
])
def test_the_next_meeting_of_the_body_s_own_compound_name_is_decided(heading, sentence):
    """A cooperation's own bodies by their usual compounds ("representantskapet",
    "regionrådet", "arbeidsutvalet") set the next meeting as "… i styret" does, in the
    minutes of that body (another body's, "… i arbeidsutvalet" in the council's, is
    told: ``test_another_bodys_next_meeting_is_decided_by_it``)."""
    text = (f"{heading} 12.02.2024\n\nTil stede: Kari Holm, Per Lunde\n\n"
            f"Sak 1/24 Eventuelt\n{sentence}\n\nSak 2/24 Referatsaker\nIngen saker.\n")
    assert parse_bytes(text.encode(), "referat.txt").items[0].decisions == [sentence]


def test_the_next_meeting_of_another_body_is_not_decided():
    decisions, _ = _item_titled("Eventuelt", "Neste møte i kommunestyret blir 23. oktober.")
    assert decisions == []


@pytest.mark.parametrize("sentence", [
    "Valgt: Tor Ivar Hagen og Hans Ole Bratlie.",
    "Valde: Anders Rogne og Halvor Bøe.",
])
def test_an_election_s_result_as_a_label_over_the_names_is_decided(sentence):
    decisions, _ = _item_titled("Valg av to til å signere protokollen", sentence)
    assert decisions == [sentence]


@pytest.mark.parametrize("sentence", [
    "Fleire meinte at fordelingsnøkkelen må vurderast på nytt før budsjettet vert vedteke.",
    "Flere representanter mente at fordelingsnøkkelen må vurderes på nytt.",
    "Per Dahl mente at fordelingsnøkkelen må vurderes på nytt.",
])
def test_members_views_in_the_debate_are_no_tasks(sentence):
    decisions, actions = _item_titled("Budsjett 2026", f"Saka vart drøfta. {sentence}")
    assert (decisions, actions) == ([], [])


def test_asked_only_to_note_a_thing_is_no_task():
    _, actions = _item_titled("Leders orientering",
                              "Regionrådet ble bedt om å merke seg at ny tilskuddsordning "
                              "åpner i mars.")
    assert actions == []

def test_a_routine_followed_is_a_standing_rule_no_task():
    # "etter felles rutine": every later case is handled so, no one-off errand
    _, actions = _outcomes_of("Kommunene melder avvik etter felles rutine.")
    assert actions == []


def test_an_office_by_its_place_owns_the_task_whole():
    _, actions = _outcomes_of("Innkjøpskontoret i Larvik utarbeider et notat om saken.")
    assert [who for _, who, _ in actions] == ["Innkjøpskontoret i Larvik"]


def test_a_vedtak_label_on_a_table_cells_own_paragraph_labels_that_paragraph():
    # a row's cell and the rows that go on with it: "Vedtak:" labels its paragraph (a
    # vedtak that assigns a task is both), not the task row after it
    text = ("Referat frå møte\n\nDato: 9.9.2025\n\nSak\tTema\tReferat\tAnsvar\tFrist\n"
            "3\tPlanregister\tHalvor gjekk gjennom status.\t\t\n"
            "\t\tVedtak: Nettverket søkjer fylket om midlar til eit prosjekt.\t\t\n"
            "\t\tSøknad vert skriven av sekretariatet.\tOlav Kasin\t15.10.2025\n")
    item = parse_bytes(text.encode(), "referat.txt").items[0]
    assert item.decisions == ["Nettverket søkjer fylket om midlar til eit prosjekt."]
    assert [(a.text, a.responsible) for a in item.actions] == [
        ("Nettverket søkjer fylket om midlar til eit prosjekt.", "Nettverket"),
        ("Søknad vert skriven av sekretariatet.", "Olav Kasin")]

@pytest.mark.parametrize("label", ["Styringsgruppen besluttet:", "Styret bestemte følgende:"])
def test_a_body_that_settled_before_a_colon_introduces_its_points(label):
    """"Styringsgruppen besluttet:" over bullets: the label, each point a decision (as
    "Styret vedtok:" is read), not the label as a sentence of its own."""
    decisions, _ = _outcomes_of(f"{label}\n- Merkostnaden dekkes av reserven.\n"
                                "- Husleia fordeles etter innbyggertall.")
    assert decisions == ["Merkostnaden dekkes av reserven.",
                         "Husleia fordeles etter innbyggertall."]


@pytest.mark.parametrize("sentence", [
    "Styringsgruppa bad prosjektleiar kalle inn bondelaga til eit eige møte innan 1. april.",
    "Styret ba sekretariatet kalle inn til et ekstra møte innen 1. april.",
])
def test_a_meeting_to_call_asked_in_the_past_is_a_task(sentence):
    _, actions = _outcomes_of(sentence)
    assert [a[0] for a in actions] == [sentence]
    assert actions[0][2] == "2024-04-01"


def test_an_invoice_to_send_in_a_decision_is_a_passive_task():
    decisions, actions = _outcomes_of("Beslutning:\n- Egenandelen faktureres kommunene i april.")
    assert decisions == ["Egenandelen faktureres kommunene i april."]
    assert actions == [("Egenandelen faktureres kommunene i april.", None, None)]


def test_a_risk_register_names_measures_not_tasks():
    """RISIKO | SANNSYNLIGHET | KONSEKVENS | TILTAK: the measure against each risk
    ("Avklares med leverandør") is the project's plan, no one's follow-up; a task the
    meeting sets under the table still is one."""
    _, actions = _outcomes_of("RISIKO\tSANNSYNLIGHET\tKONSEKVENS\tTILTAK\n"
                              "Manglende integrasjon\tLav\tHøy\tAvklares med leverandør\n"
                              "Forsinket levering\tHøy\tMiddels\tUndersøkes nærmere\n\n"
                              "Per Lunde sender risikolisten til styret innen 1. april.")
    assert [a[0] for a in actions] == ["Per Lunde sender risikolisten til styret innen 1. april."]


def test_a_risk_register_s_owner_column_makes_no_task_a_due_column_does():
    """(s61a) "… | TILTAK | EIER": each risk's owner watches it, no follow-up of this
    meeting; with a deadline column the measures are tasks."""
    head = "RISIKO\tSANNSYNLIGHET\tKONSEKVENS\tTILTAK\tEIER"
    rows = ("Forsinket levering\tHøy\tHøy\tEskaleres til leverandøren\tPL\n"
            "Lav deltakelse\tLav\tMiddels\tSuperbrukere i hver enhet\tKH\n\n"
            "Styringsgruppen ba om at risikoen vurderes nærmere.")
    _, actions = _outcomes_of(f"{head}\n{rows}")
    assert [(a[0], a[1]) for a in actions] == [
        ("Styringsgruppen ba om at risikoen vurderes nærmere.", None)]
    _, actions = _outcomes_of("RISIKO\tSANNSYNLIGHET\tTILTAK\tANSVARLIG\tFRIST\n"
                              "Forsinket levering\tHøy\tEskalere til leverandøren\tPL\t"
                              "01.04.2024")
    assert actions == [("Eskalere til leverandøren", "PL", "2024-04-01")]


@pytest.mark.parametrize("label", ["Beslutningspunkt:", "**Beslutningspunkt**:",
                                   "Beslutningspunkter:"])
def test_a_decision_point_label_heads_a_decision(label):
    # (s61a) a project's "Beslutningspunkt: …" records what the group settled
    decisions, _ = _outcomes_of(f"Prosjektleder anbefaler tilbudet.\n\n"
                                f"{label} Styret takker ja til tilbudet.")
    assert decisions == ["Styret takker ja til tilbudet."]


@pytest.mark.parametrize("bullet", ["- Avtale med leverandør er signert.",
                                    "- Avtale om drift ble inngått i januar."])
def test_a_listed_noun_spelt_as_a_task_verb_in_a_state_is_no_task(bullet):
    _, actions = _outcomes_of(f"Status:\n{bullet}\n- Opplæringen starter i uke 14.")
    assert actions == []
    _, actions = _outcomes_of("Oppfølging:\n- Avtale møte med leverandøren")
    assert [a[0] for a in actions] == ["Avtale møte med leverandøren"]

def _protocol_item(body: str):
    text = ("Møteprotokoll\n\nUtvalg: Regionrådet\nMøtedato: 12.09.2025\n\n"
            f"PS 23/25 Høring\n\n{body}")
    [item] = parse_bytes(text.encode(), "protokoll.txt").items
    return item


def test_a_vedtak_block_after_the_vote_supersedes_the_proposal():
    # (s59a) the vote adopted the proposal's words only as far as the block repeats them
    body = ("Forslag til vedtak\nRegionrådet ber om at kveldsavgangene opprettholdes.\n\n"
            "Behandling\nHøringsfristen er forlenget.\n\nVotering\nEnstemmig vedtatt.\n\n"
            "Vedtak i regionrådet - 12.09.2025\nSaken utsettes til neste møte.\n")
    item = _protocol_item(body)
    assert sorted(item.decisions) == ["Enstemmig vedtatt.", "Saken utsettes til neste møte."]
    body = ("Innstilling:\nBudsjettet vedtas.\n\nVotering:\nEnstemmig vedtatt.\n\n"
            "Vedtak:\nSom innstillingen.\n")
    item = _protocol_item(body)
    assert sorted(item.decisions) == ["Budsjettet vedtas.", "Enstemmig vedtatt."]


def test_a_vedtak_block_reads_the_same_whatever_was_parsed_before():
    # (s65m) the reading hangs on the body the head names, and the sentence tests remember
    # their answers across documents: the same words under a head that names no body,
    # read in between, leave each reading as it was (the importer parses thousands of
    # files in one process)
    body = ("Forslag til vedtak\nRegionrådet ber om at kveldsavgangene opprettholdes.\n\n"
            "Votering\nEnstemmig vedtatt.\n\nVedtak i regionrådet - 12.09.2025\n"
            "Saken utsettes til neste møte.\n")
    named = (f"Møteprotokoll\n\nUtvalg: Regionrådet\nMøtedato: 12.09.2025\n\n"
             f"PS 23/25 Høring\n\n{body}").encode()
    unnamed = f"Møteprotokoll\n\nMøtedato: 12.09.2025\n\nPS 23/25 Høring\n\n{body}".encode()
    first = parse_bytes(named, "protokoll.txt")
    other = parse_bytes(unnamed, "protokoll.txt")
    assert parse_bytes(named, "protokoll.txt") == first
    assert parse_bytes(unnamed, "protokoll.txt") == other
    assert first.items[0].decisions == ["Enstemmig vedtatt.", "Saken utsettes til neste møte."]


def test_an_amendment_quoted_in_full_ends_with_its_closing_mark():
    # (s59a) the line after the quotation is the minutes' talk, not the amendment's words
    talk = "Per Dahl og Ola Nes ønsket å utsette saken til høsten."
    vote = ("Votering:\nInnstillingen ble enstemmig vedtatt. Tilleggsforslaget ble enstemmig "
            "vedtatt.\n")
    amended = "Kari Holm fremmet følgende tilleggsforslag:"
    body = (f"Innstilling:\nPlanen vedtas.\n\nBehandling:\n{amended} «Planen evalueres etter "
            f"to år.»\n{talk}\n\n{vote}")
    item = _protocol_item(body)
    assert talk not in item.decisions
    assert "Planen evalueres etter to år." in item.decisions
    # (the quotation on a line of its own, the talk on the next)
    body = (f"Innstilling:\nPlanen vedtas.\n\nBehandling:\n{amended}\n«Planen evalueres etter "
            f"to år.»\n\n{talk}\n\n{vote}")
    assert talk not in _protocol_item(body).decisions


@pytest.mark.parametrize("sentence", [
    "Rapportering til kommunestyrene skal skje to ganger i året.",  # how often, for good
    "Kari sender rapporten to ganger per år.",
    "Andelen avtaler med klimakrav har økt til 64 prosent.",  # a plural noun, not a verb
    "Antall saker har gått ned siden i fjor.",
])
def test_standing_frequencies_and_figures_told_are_no_tasks(sentence):
    assert not is_action(sentence)


def test_a_request_for_an_account_by_the_next_meeting_is_a_task():
    sentence = ("Kontrollutvalget ber daglig leder om en skriftlig redegjørelse for "
                "fordelingsnøkkelen til neste møte.")
    assert is_action(sentence) and responsible_of(sentence) == "daglig leder"
    assert not is_action("Kontrollutvalget ber departementet om svar.")  # no time: the request
    assert is_action("Kari sender papirene kommunen har bedt om innen 1. mai.")


@pytest.mark.parametrize(("label", "vote"), [
    ("Innstilling fra arbeidsutvalget:", "Vedtak:\nInnstillingen fra arbeidsutvalget ble "
                                         "enstemmig vedtatt."),
    ("Innstilling frå arbeidsutvalet:", "Vedtak: Innstillinga frå arbeidsutvalet vart "
                                        "samrøystes vedteken."),
    ("Innstilling fra AU:", "Innstillingen fra AU ble vedtatt."),
])
def test_an_innstilling_adopted_by_the_name_of_the_committee_that_made_it(label, vote):
    # (s59l) "Innstillingen fra arbeidsutvalget ble vedtatt." names the case's proposal by
    # the body that prepared it, as "Forslaget fra daglig leder" names the administration's
    decisions, _ = _item_titled("Handlingsplan 2026", f"{label}\nRegionrådet vedtar "
                                f"handlingsplanen.\n{vote}")
    assert decisions[0] == "Regionrådet vedtar handlingsplanen."
    assert len(decisions) == 2


def test_a_member_s_proposal_named_by_her_is_no_adopted_innstilling():
    decisions, _ = _item_titled("Handlingsplan 2026", "Innstilling:\nRegionrådet vedtar "
                                "handlingsplanen.\nForslaget fra Kari Holm ble vedtatt.")
    assert "Regionrådet vedtar handlingsplanen." not in decisions


@pytest.mark.parametrize("label", ["Fellesuttale:", "Felles uttalelse:", "Felles fråsegn:"])
def test_a_joint_statement_under_its_label_is_the_council_s_vedtak(label):
    # (s59l) as under "Uttalelse:": a regional council's joint statement is its own word
    decisions, _ = _item_titled("Nærpolitiet", f"Leiar la fram utkast.\n{label}\n"
                                "«Regionrådet krev at tenestestaden vert halden oppe.»\n"
                                "Uttalen vart samrøystes vedteken.")
    assert decisions == ["«Regionrådet krev at tenestestaden vert halden oppe.»",
                         "Uttalen vart samrøystes vedteken."]

def test_asking_someone_to_request_a_meeting_is_their_task():
    # "ber X be om et møte med …": a concrete errand of those asked, as "ber X sende …"
    _, actions = _outcomes_of("Vedtak: Styret ber leder og sekretær be om et møte med "
                              "ordføreren før sommeren.")
    assert actions == [("Styret ber leder og sekretær be om et møte med ordføreren før "
                        "sommeren.", "leder og sekretær", None)]


@pytest.mark.parametrize("sentence", [
    "Gjøvik og Lena vurderer en felles søknad om tilskudd.",
    "Kari Holm vurderer eit felles tilbod med nabokommunen."])
def test_weighing_an_option_named_by_an_indefinite_article_is_no_task(sentence):
    # "vurderer en felles søknad": an option weighed, as "vurderer å søke", no errand
    _, actions = _outcomes_of(sentence)
    assert actions == []


def test_a_group_named_without_its_article_recommending_is_its_conclusion():
    from motebok.parse import parse_bytes
    text = ("Referat administrativ gruppe\n\nTid: 5. november 2025 kl. 10-12\n\n"
            "Sak 14/25 Budsjett 2026\n\nMarte la fram forslag til budsjett. Administrativ gruppe "
            "anbefaler at rådmannsutvalget legger forslaget fram for regionrådet.\n")
    items = parse_bytes(text.encode(), "adm.txt").items
    assert items[0].decisions == [
        "Administrativ gruppe anbefaler at rådmannsutvalget legger forslaget fram for regionrådet."]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Styret var enig i at styreleder og daglig leder forbereder saken til eiermøtet.",
     "styreleder og daglig leder"),
    ("Rådet var samd i at Kari Holm skriv brevet.", "Kari Holm"),
])
def test_the_body_agreeing_that_someone_does_it_names_them(sentence, who):
    assert responsible_of(sentence) == who


def test_a_thing_put_off_told_as_a_state_is_no_decision():
    assert not is_decision("Byggjestart er utsett til mars 2026.")
    assert not is_decision("Flå er utsatt til høsten på grunn av bemanning.")
    assert is_decision("Saka er utsett til neste møte.")
    assert is_decision("Saken ble utsatt til neste møte.")


def test_a_follow_up_note_set_apart_under_a_bare_vedtak_label_ends_the_vedtak():
    text = ("Protokoll fra styremøte\n\nDato: 9. september 2025\n\nSak 1/25 Tilskudd\n\n"
            "Vedtak (enstemmig):\n\nTurlaget innvilges et tilskudd på kr 45 000.\n\n"
            "Daglig leder følger opp med tilsagnsbrev innen 1. oktober.\n")
    item, = parse_bytes(text.encode(), "styre.txt").items
    assert item.decisions == ["Turlaget innvilges et tilskudd på kr 45 000."]
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Daglig leder følger opp med tilsagnsbrev innen 1. oktober.", "Daglig leder",
         "2025-10-01")]


def test_a_mention_before_the_deadline_owns_the_task_box():
    text = ("# Faggruppe oppvekst – møtenotat 14.01.2025\n\nDeltakere: Kari Holm, Per Dahl\n\n"
            "### 1. Plan\nFaggruppen sluttet seg til utkastet.\n\n## Oppfølgingsoppgaver\n"
            "- [ ] Revidere utkastet @Per Dahl – frist 31. januar\n"
            "- [ ] Sende prioriteringene til Statsforvalteren @Kari Holm (innen 1. mars)\n"
            "- [x] Presentasjonen er delt i kanalen @Per Dahl\n")
    item = parse_bytes(text.encode(), "teams.md").items[-1]
    assert [(a.responsible, a.due) for a in item.actions] == [
        ("Per Dahl", "2025-01-31"), ("Kari Holm", "2025-03-01")]
    assert item.text == "Faggruppen sluttet seg til utkastet."  # the boxes close the minutes


def test_a_task_row_told_as_done_without_a_deadline_is_no_task():
    text = ("# Prosjektgruppe lading – møtenotater 3. april 2025\n\n"
            "Deltakere: Kari Holm, Per Dahl\n\n## 1. Status\n"
            "Gruppen tok statusen til orientering.\n"
            "\n## Oppfølgingsoppgaver\n\n| Oppgave | Ansvarlig | Frist |\n|---|---|---|\n"
            "| Skrive søknad | Kari Holm | 2. mai |\n| Kartet er delt i kanalen | Per Dahl | |\n")
    item = parse_bytes(text.encode(), "loop.md").items[-1]
    assert [a.text for a in item.actions] == ["Skrive søknad"]
    assert item.text == "Gruppen tok statusen til orientering."


@pytest.mark.parametrize("closing", ["Begge valg var enstemmige.", "Begge vala var samrøystes."])
def test_both_elections_unanimous_is_the_election_s_outcome(closing):
    # (s60d) a leader and a deputy elected: "Begge valg …" closes both, as "Alle valg …"
    decisions, _ = _item_titled("Valg av leder og nestleder", f"Leder: Kari Holm\n{closing}")
    assert closing in decisions


def test_the_election_s_result_under_valgt_ble_replaces_the_innstilling_s_seats():
    # (s60d) the innstilling laid before the meeting is no decision when the item records
    # the election itself under "Valgt ble:", the same seats filled again
    decisions, _ = _item_titled(
        "Valg av leder og nestleder",
        "Valgkomiteen, ved Per Lunde, la fram innstillingen:\nLeder: Kari Holm, Nordby\n\n"
        "Det kom ikke andre forslag.\n\nValgt ble:\nLeder: Kari Holm\nNestleder: Per Lunde\n\n"
        "Begge valg var enstemmige.")
    assert decisions == ["Valgt ble:", "Leder: Kari Holm", "Nestleder: Per Lunde",
                         "Begge valg var enstemmige."]


def test_two_bodies_leaders_elected_in_one_item_both_stay():
    # (s60d) without a result lead the seat lines stay, though a seat's word recurs
    decisions, _ = _item_titled("Valg", "Styret:\nLeder: Kari Holm\nValgkomiteen:\n"
                                "Leder: Per Lunde\nAlle valg var enstemmige.")
    assert "Leder: Kari Holm" in decisions and "Leder: Per Lunde" in decisions


@pytest.mark.parametrize("body", [
    "Forslag til ny § 2:\n\nFriluftsrådet skal sikre areal for friluftsliv langs kysten.\n\n"
    "Vedtak: Vedtektsendringen vedtas.",
    "Framlegg til ny § 4 andre ledd: «Friluftsrådet skal sikre areal for friluftsliv langs "
    "kysten.»\n\nVedtektsendringa vart samrøystes vedteken."])
def test_an_adopted_statute_paragraph_is_a_decision_and_no_task(body):
    # (s60d) a paragraph of the statutes proposed by its number, adopted by the vote on
    # the change: the rule it lays down is decided, no errand of the body it names
    decisions, actions = _item_titled("Vedtektsendring", body)
    assert decisions[0] == "Friluftsrådet skal sikre areal for friluftsliv langs kysten."
    assert len(decisions) == 2 and actions == []


def test_who_led_the_meeting_from_an_item_on_is_no_decision():
    # (s60d) "X ledet møtet fra sak 3." after a vedtak tells who chaired, as "… under saken"
    decisions, _ = _item_titled("Valg av leder", "Vedtak:\nKari Holm velges som leder. "
                                "Enstemmig vedtatt.\n\nKari Holm ledet møtet fra sak 2.")
    assert decisions == ["Kari Holm velges som leder.", "Enstemmig vedtatt."]


def _round_item(lines: str) -> list[tuple[str, str | None, str | None]]:
    """The (text, responsible, due) actions of a round of kommune news ("Nordby: …")."""
    text = ("Referat fra møte i vannområdeutvalget\n\nDato: 12. februar 2025\n\n"
            "Til stede: Kari Holm (Nordby kommune), Per Lunde (Sørby kommune)\n\n"
            f"Sak 3/25 Innspill fra kommunene\n\n{lines}\n\nSak 4/25 Eventuelt\n\nIngen saker.\n")
    item = parse_bytes(text.encode(), "runde.txt").items[0]
    return [(a.text, a.responsible, a.due) for a in item.actions]


def test_a_kommune_asked_in_its_own_line_of_a_round_has_the_task():
    # "Vestby: … Vestby ble bedt om å sende …": the meeting's errand for that member, though
    # the rest of the member's line is its news
    actions = _round_item("Nordby: Kartleggingen er ferdig.\n"
                          "Vestby: Kampanjen er utsatt. Vestby ble bedt om å sende oppdatert "
                          "plan til prosjektleder innen 1. april.\n"
                          "Sørby: Ingen nye saker.")
    assert actions == [("Vestby ble bedt om å sende oppdatert plan til prosjektleder innen "
                        "1. april.", "Vestby", "2025-04-01")]


def test_the_municipality_asked_in_a_members_line_is_that_member():
    # nynorsk "Flå: Kommunen vart beden om å …": "Kommunen" is the line's member
    actions = _round_item("Nordby: Ingen nye saker.\n"
                          "Flå: Kommunen vart beden om å melde inn resultata innan 1. mars.\n"
                          "Sørby: Planen er vedteken.")
    assert actions == [("Kommunen vart beden om å melde inn resultata innan 1. mars.", "Flå",
                        "2025-03-01")]


def test_a_kommunes_own_plan_in_a_round_is_no_task():
    # news of its own work, not asked of it by the meeting
    assert _round_item("Nordby: Nordby skal sende kartet til fylkeskommunen innen 1. mai.\n"
                       "Sørby: Ingen nye saker.") == []


@pytest.mark.parametrize(("sentence", "task"), [
    ("Erfaringene tas inn i revisjonen av ROS-analysen.", True),
    ("Innspillene vert teke inn i planen.", True),
    ("Rådet ber om at lys tas inn i planen.", False)])
def test_a_thing_taken_into_a_plan_is_a_passive_task(sentence, task):
    # its own subject taken into a revision; a request that others do so is none
    _, actions = _outcomes_of(sentence)
    assert bool(actions) is task


def test_carried_out_in_a_quarter_ahead_is_a_passive_task():
    # "… i første kvartal 2026" binds the work to a time ahead, as "innen" does
    _, actions = _outcomes_of("Vedtak: Det gjennomføres en felles øvelse i første kvartal 2026.")
    assert actions == [("Det gjennomføres en felles øvelse i første kvartal 2026.", None, None)]


@pytest.mark.parametrize(("said", "tasks"), [
    # work the municipalities have under way, told in an orientation: news
    ("Kommunene forbereder lettelser i besøksrutinene ved sykehjemmene.", []),
    # with a deadline it is a follow-up
    ("Kommunene forbereder en felles uttalelse innen 1. mars.",
     ["Kommunene forbereder en felles uttalelse innen 1. mars."]),
])
def test_a_municipality_s_preparations_told_are_no_task(said, tasks):
    text = ("Referat fra møte i regionrådet\n\nDato: 03.02.2022\n\nTil stede: Lars Granli\n\n"
            "Sak 3/22 Koronasituasjonen\n\nIda Rønningen orienterte om gjenåpningsplanen. "
            f"{said}\n")
    item = parse_bytes(text.encode(), "regionrad.txt").items[0]
    assert [a.text for a in item.actions] == tasks


def test_an_owner_line_with_a_partner_names_the_owner_alone():
    # (s60c) "Ansvar: Legevaktsjefen, i samarbeid med økonomirådgiver. Frist: 1. mars 2026."
    # under the task: the partner helps, the one named first owns it
    text = ("Referat\n\nDato: 09.12.2025\n\nTil stede: Kari Holm, Per Dahl\n\n"
            "Sak 19/25 – Fordelingsnøkkel\n\n"
            "Styringsgruppen var enig om å utrede en ny fordeling.\n\n"
            "Ansvar: Legevaktsjefen, i samarbeid med økonomirådgiver. Frist: 1. mars 2026.\n")
    item = parse_bytes(text.encode(), "r.txt").items[0]
    assert [(a.responsible, a.due) for a in item.actions] == [("Legevaktsjefen", "2026-03-01")]


def test_a_task_verb_after_an_own_adjective_is_a_noun():
    # (s60c) "Kommuner med egne avtaler om korttidsplasser omfattes også …": "avtaler" after
    # "egne" is the agreements, no one's task of agreeing
    assert not is_action("Kommuner med egne avtaler om korttidsplasser omfattes også av "
                         "retningslinjen.")
    assert is_action("Per avtaler møte med rådmannen innen 1. mai.")

@pytest.mark.parametrize("sentence", [
    "Neste møte blir 24.10. kl. 0830 i Larvik.", "Neste styremøte vert 4. mai.",
    "Neste rådsmøte holdes i mars.", "Neste møte blir som avtalt 4.9.",
])
def test_the_body_setting_its_own_next_meeting_stays_a_decision(sentence: str) -> None:
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Neste forhandlingsmøte er i november.", "Neste folkemøte blir 3. mai på Gol.",
    "Neste kontaktmøte med fylket er 12. mars.", "Neste informasjonsmøte holdes i april.",
    "Neste forhandlingsmøte blir som avtalt 4.9.",
])
def test_a_next_meeting_with_others_is_no_decision(sentence: str) -> None:
    # a negotiation, a public or a contact meeting the text tells of: not the body's
    # own next meeting, which the body sets by deciding
    assert not is_decision(sentence)


@pytest.mark.parametrize(("sentence", "body", "expected"), [
    # another body named after the words or as the topic before them: its date, told
    ("Neste møte i regionrådet er 3. mai.", "Arbeidsutvalget", True),
    ("Regionrådet: neste møte er 19. juni.", "Arbeidsutvalget", True),
    ("Neste møte i kommunestyret er 12. juni.", "Regionrådet", True),
    # the body's own, or no body named, or none known: its own next meeting
    ("Neste møte i regionrådet er 3. mai.", "Regionrådet i Nordfjella", False),
    ("Utvalget: neste møte er 4. mai.", "Utvalg for næring", False),
    ("Neste møte er 3. mai.", "Arbeidsutvalget", False),
    ("Neste møte i regionrådet er 3. mai.", None, False),
    ("Neste møte i Bø er 3. mai.", "Arbeidsutvalget", False),
])
def test_another_bodys_next_meeting_is_decided_by_it(sentence: str, body: str | None,
                                                     expected: bool) -> None:
    assert decided_by_another(sentence, body, sentence.lower(), "2025-03-12") is expected


_PROPOSAL_HEAD = ("Referat fra møte i kontaktutvalget 7. mai 2024\n\n"
                  "Til stede: Kari Holm, Ola Dahl\n\nSak 1/24 Regnskap 2023\n\n")


def test_a_proposal_label_run_on_after_a_sentence_is_adopted_by_the_vote_below():
    """Converted Word text runs "Innstilling:" on in the paragraph it stood under ("… la
    fram regnskapet. Innstilling: X."): X is the proposal, decided when the vote adopts it,
    as under its own label."""
    [item] = _items(_PROPOSAL_HEAD + "Daglig leder la fram regnskapet. Innstilling: Utvalget "
                    "anbefaler regionrådet å godkjenne regnskapet.\n\n"
                    "Innstillingen ble enstemmig vedtatt.\n")
    assert item.decisions == ["Utvalget anbefaler regionrådet å godkjenne regnskapet.",
                              "Innstillingen ble enstemmig vedtatt."]


def test_a_proposal_run_on_after_a_sentence_and_not_voted_on_is_no_decision():
    [item] = _items(_PROPOSAL_HEAD + "Daglig leder la fram regnskapet. Innstilling: Utvalget "
                    "anbefaler regionrådet å godkjenne regnskapet.\n\n"
                    "Saken ble drøftet.\n")
    assert item.decisions == []

def test_tasks_listed_right_under_a_conclusion_are_decided_too():
    """A list of tasks right under "Konklusjon: X." is the konklusjon's, and "a vedtak that
    assigns a task is both" (the reading guide): each bullet is a decision and a task, as
    under "Vedtak: X."; the conclusion that the body itself does something is its task."""
    text = ("Referat\nDato: 10.02.2025\n\nSak 1 Søknad om midler\n"
            "Nettverket drøftet en felles søknad.\n"
            "Konklusjon: Nettverket søker felles om midler.\n"
            "- Kari Holm skriver utkast innen 1. mars.\n")
    item = parse_bytes(text.encode(), "nettverk.txt").items[0]
    assert item.decisions == ["Nettverket søker felles om midler.",
                              "Kari Holm skriver utkast innen 1. mars."]
    assert [(a.responsible, a.due) for a in item.actions] == [("Nettverket", None),
                                                              ("Kari Holm", "2025-03-01")]


@pytest.mark.parametrize(("line", "tasks"), [
    # who does work going on, in a status the board only took note of: news
    ("- Evalueringen gjøres av innkjøpskontoret.", []),
    ("- Testene følges opp av prosjektgruppen.", []),
    # a deadline makes it a follow-up still
    ("- Evalueringen gjøres av innkjøpskontoret innen 1. mai.", [None]),
])
def test_a_passive_with_its_doer_in_a_noted_status_is_news(line, tasks):
    text = ("Referat\nDato: 10.02.2025\n\nSak 1 Anbud\nDaglig leder orienterte om status.\n\n"
            f"{line}\n- Kontrakt forventes signert i juni.\n\n"
            "Styret tok orienteringen til etterretning.\n")
    item = parse_bytes(text.encode(), "styre.txt").items[0]
    assert [a.responsible for a in item.actions] == tasks


@pytest.mark.parametrize(("title", "line", "owner", "due"), [
    # every member by a date among the orientations: a task of this meeting
    ("Orienteringer", "Hver kommune melder inn kontaktperson innen 20. juni.", "Hver kommune",
     "2026-06-20"),
    ("Orienteringar", "Kvar kommune melder inn kontaktperson innan 20. juni.", "Kvar kommune",
     "2026-06-20"),
])
def test_every_members_dated_task_among_orientations_is_a_task(title, line, owner, due):
    text = f"Referat\nDato: 12.01.2026\n\nSak 1/26 {title}\n{line}\n"
    item = parse_bytes(text.encode(), "nettverk.txt").items[0]
    assert [(a.responsible, a.due) for a in item.actions] == [(owner, due)]


def test_news_among_orientations_without_a_date_stays_no_task():
    text = ("Referat\nDato: 12.01.2026\n\nSak 1/26 Orienteringer\n"
            "Alle kommunene jobber med budsjettet.\n")
    assert parse_bytes(text.encode(), "nettverk.txt").items[0].actions == []


@pytest.mark.parametrize(("line", "owner"), [
    ("KD-utvalget behandler planen i februar.", "KD-utvalget"),
    ("Sekretariatet behandler planen i februar.", "Sekretariatet"),
    ("Hver kommune vurderer rutinen.", "Hver kommune"),
    # a thing as the subject names no one
    ("Saken følger av vedtaket i februar.", None),
])
def test_a_follow_up_labels_own_line_gives_a_body_or_role_its_task(line, owner):
    text = (f"Referat\nDato: 12.01.2026\n\nSak 1/26 Plan\nGruppa går inn for planen.\n"
            f"**Oppfølging:** {line}\n")
    item = parse_bytes(text.encode(), "nettverk.txt").items[0]
    assert [a.responsible for a in item.actions] == [owner]


@pytest.mark.parametrize(("sentence", "task"), [
    ("Hver kommune tilpasser rutinen til egne skoler før sommeren.", True),
    ("Signert avtale returneres til sekretariatet innen 1. november.", True),
    ("Skjemaet leveres innen fredag.", True),
    # how things are, no time ahead: no task
    ("Maten leveres av kantina.", False),
    ("Varene returneres til leverandøren.", False),
])
def test_fitting_a_paper_and_handing_it_in_by_a_time_are_tasks(sentence, task):
    assert is_action(sentence) is task


def test_a_case_systems_joint_proposal_label_is_no_vedtak_after_the_vote():
    # (s61c) "Forslag til vedtak/innstilling" printed under the vote, then "Vedtak" with
    # other words: the proposal was replaced, and only the vedtak block was decided
    decisions, _ = _outcomes_of(
        "Votering: Det reviderte utkastet ble enstemmig vedtatt.\n\n"
        "Forslag til vedtak/innstilling\nStyret slutter seg til utkastet.\n\n"
        "Vedtak\nStyret vedtar uttalelsen slik den ble lagt fram i møtet.")
    assert decisions == ["Det reviderte utkastet ble enstemmig vedtatt.",
                         "Styret vedtar uttalelsen slik den ble lagt fram i møtet."]


def test_a_nynorsk_joint_proposal_label_after_a_fallen_innstilling():
    # (s61c) "Framlegg til vedtak/innstilling" whose innstilling "fall": not decided
    decisions, _ = _outcomes_of(
        "Votering: Innstillinga fekk 2 røyster og fall. Framlegget frå Per vart vedteke "
        "med 4 mot 2 røyster.\n\nFramlegg til vedtak/innstilling\nStyret går inn for "
        "utkastet.\n\nVedtak\nStyret ber om at planen vert revidert.")
    assert "Styret går inn for utkastet." not in decisions
    assert "Styret ber om at planen vert revidert." in decisions


def test_an_adopted_amendment_in_quotes_on_its_own_lines_is_read_bare():
    # (s61c) the quotes open its first sentence and close its last: the vedtak repeats
    # the words bare, and each decision and task is read once, without the marks
    decisions, actions = _outcomes_of(
        "Per Lunde fremmet følgende alternative forslag:\n"
        "\"Styret ber om nye tilbud. Kari Holm sender forespørselen innen 1. mai 2024.\"\n\n"
        "Votering:\nDet alternative forslaget ble vedtatt med 2 mot 1 stemme.\n\n"
        "Vedtak:\nStyret ber om nye tilbud. Kari Holm sender forespørselen innen 1. mai 2024.")
    assert not any('"' in d for d in decisions)
    assert "Kari Holm sender forespørselen innen 1. mai 2024." in decisions
    assert [a for a in actions if a[0].startswith("Kari")] == [
        ("Kari Holm sender forespørselen innen 1. mai 2024.", "Kari Holm", "2024-05-01")]


def test_bullets_under_a_round_of_shared_experiences_are_reports_not_tasks():
    # (s61c) "… en runde der kommunene delte erfaringer:": each bullet is one member's own
    # news ("Nordby vil samordne tilbudet."), no task given at the meeting
    _, actions = _outcomes_of(
        "Deretter var det en runde der kommunene delte erfaringer:\n\n"
        "- Vestby har gode resultater med oppfølgingstjenesten.\n"
        "- Nordby og Sørby vil samordne tilbudet om fagbrev på jobb.")
    assert actions == []


def test_a_proposal_printed_under_its_vote_is_adopted_when_no_vedtak_follows():
    # (s61c) "Votering: Enstemmig vedtatt" / "Forslag til vedtak/innstilling" / X, and no
    # vedtak block: the vote printed above is X's
    decisions, _ = _outcomes_of(
        "Votering: Enstemmig vedtatt\n\nForslag til vedtak/innstilling\n"
        "Styret vedtar budsjettet for 2025.")
    assert decisions == ["Enstemmig vedtatt", "Styret vedtar budsjettet for 2025."]

def _first_item(sentence: str):
    text = ("Referat frå møte i faggruppa for kart\n\nDato: 21. november 2024\n\n"
            f"Sak 2 Matrikkel\nKnut orienterte.\n{sentence}\n\nSak 3 Eventuelt\nIngen saker.\n")
    return parse_bytes(text.encode(), "faggruppe.txt").items[0]


@pytest.mark.parametrize(("sentence", "who", "due"), [
    # a person asked to coordinate the members' inputs by a date
    ("Faggruppa ber Aslak Kolsrud om å koordinere innspela frå kommunane innan 20. desember.",
     "Aslak Kolsrud", "2024-12-20"),
    # every member asked, by its quantifier and noun, in nynorsk ("bed") and bokmål
    ("Faggruppa bed om at kvar kommune rapporterer restansar til skrivar innan 15. desember.",
     "kvar kommune", "2024-12-15"),
    ("Faggruppen ber om at hver kommune rapporterer restanser innen 15. desember.",
     "hver kommune", "2024-12-15"),
    ("Faggruppen ber om at alle skolene sender planene innen 15. desember.",
     "alle skolene", "2024-12-15"),
])
def test_a_groups_dated_request_is_the_task_of_the_one_asked(sentence, who, due):
    item = _first_item(sentence)
    assert item.decisions == [sentence]
    assert [(a.responsible, a.due) for a in item.actions] == [(who, due)]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Oppfølging: Kvar kommune legg skuleruta ut på heimesida si innan 1. mars.", "Kvar kommune"),
    ("Oppfølging: Kari Holm set opp ein kalender innan 1. mars.", "Kari Holm"),
])
def test_a_nynorsk_short_present_names_the_doer_of_a_dated_task(sentence, who):
    # "legg", "set": the present of nynorsk strong verbs has no -er/-ar ending
    item = _first_item(sentence)
    assert [(a.responsible, a.due) for a in item.actions] == [(who, "2025-03-01")]


@pytest.mark.parametrize("sentence", [
    "Faggruppa tok orienteringa frå Erlend Vik til vitande.",
    "Faggruppa tek rapporten frå arbeidsgruppa for tilfluktsrom til vitande.",
])
def test_a_long_object_taken_til_vitande_is_an_outcome(sentence):
    assert _first_item(sentence).decisions == [sentence]

def _regionrad_item(body: str, title: str = "Sak 12/25 Rv. 4 – status"):
    """The one item of a small regionråd protocol with ``body`` under ``title``."""
    text = f"Protokoll fra møte i regionrådet\nDato: 05.06.2025\n\n{title}\n\n{body}"
    return parse_bytes(text.encode(), "regionrad.txt").items[0]


@pytest.mark.parametrize(("body", "decisions"), [
    # a guest's account told on in her paragraph: her news
    ("Kari Lund fra Statens vegvesen orienterte om framdriften. Reguleringsplanen er vedtatt, "
     "og grunnerverv pågår.\n", []),
    ("Per Dahl informerte om prosjektet. Søknaden er innvilget med 2 mill. kroner.\n", []),
    # the same state alone, or the body's vote after the account, still decided
    ("Reguleringsplanen er vedtatt.\n", ["Reguleringsplanen er vedtatt."]),
    ("Kari Lund orienterte om planen. Innstillingen ble enstemmig vedtatt.\n",
     ["Innstillingen ble enstemmig vedtatt."]),
])
def test_a_state_reached_in_a_presenters_account_is_her_news(body, decisions):
    assert _regionrad_item(body).decisions == decisions


def test_an_approval_told_after_an_account_is_still_the_bodys():
    item = _regionrad_item("Leder gikk gjennom endringene. Referatet er godkjent.\n",
                           "Sak 13/25 Godkjenning av referat")
    assert item.decisions == ["Referatet er godkjent."]


@pytest.mark.parametrize("title", ["Sak 25/25 Saker til orientering",
                                   "Sak 25/25 Sakar til orientering"])
def test_a_numbered_sub_point_of_cases_for_information_tells_news(title):
    item = _regionrad_item("25.1 Status for IKT-samarbeidet.\n25.2 Søknad om regionale "
                           "utviklingsmidler er innvilget med kr 300 000.\n\n"
                           "Sakene ble tatt til orientering.\n", title)
    assert item.decisions == ["Sakene ble tatt til orientering."]


@pytest.mark.parametrize(("sentence", "tasks"), [
    ("Tas opp igjen i høst.", []),  # the item's matter, unsaid: put off
    ("Takast opp att i mars.", []),
    ("Tas opp igjen med kommunen.", [None]),  # raised with others: an errand
])
def test_taken_up_again_with_its_subject_unsaid_is_put_off(sentence, tasks):
    item = _regionrad_item(f"Kari Holm tok opp behovet for en samling. {sentence}\n",
                           "Sak 14/25 Eventuelt")
    assert [a.responsible for a in item.actions] == tasks


@pytest.mark.parametrize(("vote", "adopted"), [
    ("Forslagene fra Ås og Vestby ble enstemmig vedtatt.", True),
    ("Begge forslagene ble vedtatt.", True),
    ("Forslagene falt med 2 mot 5 stemmer.", False),
])
def test_one_plural_vote_on_all_pending_amendments(vote, adopted):
    item = _regionrad_item("Innstilling:\nRådet slutter seg til uttalelsen.\n\n"
                           "Forslag fra Ås:\nUttalelsen tilføyes et avsnitt om parkering.\n\n"
                           "Forslag fra Vestby:\nUttalelsen tilføyes et krav om to avganger.\n\n"
                           f"{vote}\n\nInnstillingen ble enstemmig vedtatt.\n")
    words = ["Uttalelsen tilføyes et avsnitt om parkering.",
             "Uttalelsen tilføyes et krav om to avganger."]
    assert all((said in item.decisions) == adopted for said in words)
    assert vote in item.decisions


def test_a_letter_of_the_case_series_with_its_outcome_after_a_dash_decides_the_fragment():
    # (s61h) "RS 12/25 Brev fra KS – tatt til orientering" under "Referatsaker": the line
    # is a title line of the list, its outcome the fragment alone (as "Referat – godkjent")
    item = _regionrad_item("RS 12/25 Brev fra KS om lønnsoppgjøret – tatt til orientering\n"
                           "RS 13/25 Protokoll fra Mjøsbyen – tatt til etterretning\n",
                           "Sak 47/25 Referatsaker")
    assert item.decisions == ["tatt til orientering", "tatt til etterretning"]


@pytest.mark.parametrize("label", ["Innstilling/vedtak:", "Innstilling/Vedtak:",
                                   "Innstilling / vedtak:", "Vedtak/innstilling:",
                                   "Tilråding/vedtak:"])
def test_the_innstilling_that_is_the_vedtak_is_decided_without_a_vote(label):
    """One label naming the innstilling and the vedtak says the proposal was adopted (the
    guide's innstilling shown adopted): its text is the decision, with no vote after it;
    a case system's "Forslag til vedtak/innstilling" stays a proposal."""
    text = ("Referat fra møte i arbeidsutvalget 4. februar 2025\n\n"
            "Til stede: Kari Holm, Per Lunde\n\nSak 1/25 Regnskap 2024\n"
            f"Daglig leder gikk gjennom regnskapet.\n{label}\n"
            "Arbeidsutvalget anbefaler rådet å godkjenne regnskapet.\n\n"
            "Sak 2/25 Eventuelt\nIngen saker.\n")
    item = parse_bytes(text.encode(), "referat.txt").items[0]
    assert item.decisions == ["Arbeidsutvalget anbefaler rådet å godkjenne regnskapet."]


def test_a_proposal_for_the_vedtak_or_innstilling_is_not_decided_without_a_vote():
    text = ("Referat fra møte i arbeidsutvalget 4. februar 2025\n\n"
            "Til stede: Kari Holm, Per Lunde\n\nSak 1/25 Regnskap 2024\n"
            "Daglig leder gikk gjennom regnskapet.\nForslag til vedtak/innstilling:\n"
            "Arbeidsutvalget anbefaler rådet å godkjenne regnskapet.\n\n"
            "Sak 2/25 Eventuelt\nIngen saker.\n")
    assert parse_bytes(text.encode(), "referat.txt").items[0].decisions == []


@pytest.mark.parametrize(("opening", "closing"), [('"', '".'), ("«", "»."), ("“", "”.")])
def test_an_adopted_amendment_quoted_with_its_stop_after_the_closing_mark_is_read_bare(
        opening, closing):
    # the closing mark before the last stop ('"… innen 1. mai 2024".'): the quotes are
    # still the whole amendment's, and the sentence keeps its stop
    decisions, actions = _outcomes_of(
        "Per Lunde fremmet følgende alternative forslag:\n"
        f"{opening}Styret ber om nye tilbud. Kari Holm sender forespørselen innen 1. mai "
        f"2024{closing}\n\nVotering:\nDet alternative forslaget ble vedtatt med 2 mot 1 stemme.")
    assert decisions[:2] == ["Styret ber om nye tilbud.",
                             "Kari Holm sender forespørselen innen 1. mai 2024."]
    assert actions == [("Kari Holm sender forespørselen innen 1. mai 2024.", "Kari Holm",
                        "2024-05-01")]


@pytest.mark.parametrize("quoted", ['"Planen evalueres innen 2025".',
                                    "«Planen evalueres innen 2025»."])
def test_an_amendment_quoted_after_its_label_with_the_stop_outside_is_read_bare(quoted):
    decisions, _ = _outcomes_of(f"Saken ble drøftet.\nEndringsforslag fra Per Lunde: {quoted}\n\n"
                                "Endringsforslaget ble enstemmig vedtatt.")
    assert decisions == ["Planen evalueres innen 2025.",
                         "Endringsforslaget ble enstemmig vedtatt."]

@pytest.mark.parametrize("title", ["Velkommen og runde rundt bordet", "Velkomen og runde"])
def test_a_round_run_on_in_one_paragraph_is_the_members_news(title):
    # (s61b) "… Runde rundt bordet: Ringerike: Ny næringsplan er vedtatt. Hole: …" under the
    # opening's round: each member's news, no decision of the network's
    text = (f"Referat\nDato: 23.10.2025\n\n1. {title}\n"
            "Per ønsket velkommen. Runde rundt bordet: Ringerike: Ny næringsplan er vedtatt. "
            "Hole: Reguleringsplanen ble godkjent i kommunestyret i juni.\n"
            "2. Eventuelt\nIngen saker.\n")
    item = parse_bytes(text.encode(), "nettverk.txt").items[0]
    assert item.decisions == []


def test_a_bullet_after_a_bulleted_one_line_konklusjon_is_its_sibling():
    # (s61k) "- Konklusjon: X." / "- Per tar opp …": the label was one entry of the list,
    # the next entry no part of the conclusion (and a negated "lager ikke" is no task)
    decisions, actions = _outcomes_of(
        "- Kort gjennomgang av utkastet.\n"
        "- Konklusjon: Styret lager ikke felles uttalelse.\n"
        "- Per Lunde tar opp arealregnskapet i rådmannsutvalget 25. mars.")
    assert decisions == ["Styret lager ikke felles uttalelse."]
    assert actions == [("Per Lunde tar opp arealregnskapet i rådmannsutvalget 25. mars.",
                        "Per Lunde", "2024-03-25")]


@pytest.mark.parametrize("sentence", [
    "Torgeir tar opp arealregnskapet i rådmannsutvalget 25. september.",
    "Leiar tek opp saka i formannskapet.",
])
def test_raising_a_matter_in_another_bodys_meeting_is_a_task(sentence):
    assert is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "Faggruppen lager ikke felles uttalelse.", "Kari Holm sender ikkje brevet.",
    "Styret tar saken opp på neste møte.",
])
def test_a_negated_task_or_the_body_taking_its_case_up_again_is_no_task(sentence):
    assert not is_action(sentence)


def test_a_goal_with_a_date_on_a_decks_goal_slide_is_no_task():
    # (s61k) a deck's "Mål 2025" slide: "Alle kommuner har … innen 1. juni 2025" is where
    # the network wants to be, no errand of the meeting
    text = ("\n\nNettverk for folkehelse\n\n12. mars 2025\n\nAgenda\n\n1. Velkommen\n"
            "2. Mål for nettverket\n3. Veien videre\n\nMål for nettverket\n\n"
            "Nettverket skal\n\n- Være en arena for erfaringsdeling\n\nMål 2025\n\n"
            "Alle kommuner har oppdatert oversikt over helsetilstanden innen 1. juni 2025\n\n"
            "Veien videre\n\nSekretariatet sender ut presentasjonene.\n\n"
            "Takk for i dag!\n\npost@nettverk.no\n")
    record = parse_bytes(text.encode(), "deck.txt")
    assert record.kind == "presentation"
    assert [a.text for item in record.items for a in item.actions] == [
        "Sekretariatet sender ut presentasjonene."]


@pytest.mark.parametrize(("sentence", "owner"), [
    ("Faggruppa ønsker en felles veileder, og sekretariatet lager et første utkast.",
     "sekretariatet"),
    ("Saken ble drøftet, og administrasjonen skal komme tilbake med en vurdering.",
     "administrasjonen"),
])
def test_a_task_of_the_bodys_own_people_after_og_is_a_task(sentence, owner):
    # (s62d) the errand in a clause of its own after ", og", its owner in lower case
    assert is_action(sentence)
    assert responsible_of(sentence) == owner


@pytest.mark.parametrize("sentence", [
    "Erfaringene er gode, og kommunen vil gjerne dele maler med de andre kommunene.",
    "Fylkeskommunen har lyst ut midler, og kommunene må melde inn områder innen 15. april.",
    "Styreleder opplyste at byggestart er planlagt, og at hallen skal stå ferdig i 2027.",
    "Flere ønsket en gjennomgang, og nettverket vil komme tilbake til dette senere.",
])
def test_a_wish_an_outside_rule_or_a_report_after_og_is_no_task(sentence):
    assert not is_action(sentence)


def test_a_register_heading_saying_whose_tasks_is_no_item():
    # (s62d) "**Oppgaver fra møtet**" over a table of tasks: the register, whose rows go to
    # the last item, no item of its own
    text = ("Oppsummering – prosjektgruppe Nordvik\n\nTeams, torsdag 5. mars 2026\n\n"
            "**Status**\nSiri gikk gjennom framdriften i prosjektet.\n\n"
            "**Søknad**\nJonas orienterte om utlysningen fra fylket.\n\n"
            "**Areal**\nEllen la fram tallene for kommunene.\n\n**Oppgaver fra møtet**\n\n"
            "| Tiltak | Ansvarlig | Frist |\n|---|---|---|\n"
            "| Skrive utkast til søknad | Siri Holm | 20.03.2026 |\n")
    record = parse_bytes(text.encode(), "notat.md")
    assert [item.title for item in record.items] == ["Status", "Søknad", "Areal"]
    assert [(a.text, a.responsible, a.due) for a in record.items[-1].actions] == [
        ("Skrive utkast til søknad", "Siri Holm", "2026-03-20")]
@pytest.mark.parametrize("sentence", [
    "Gulen og Masfjorden har bedt om at reiseavstand også tas med.",
    "Kari Holm og Per Dahl ba om at saken sendes på høring.",
])
def test_members_request_made_before_or_in_the_debate_is_no_task(sentence):
    # (s62e) two member municipalities by name, or two members, asking: their request,
    # which the body has not taken up
    assert not is_action(sentence)


def test_a_rows_full_names_match_the_organisations_the_text_gives_the_task():
    """A register writes the owners by their names ("Eva Bakken / Kåre Johnsen") where the
    text gave the task to the organisations they came from ("NAV Vesterålen og Andøy
    kommune"): the same owners, each once, as their initials would be."""
    people = {"eb": frozenset({"nav vesterålen"}), "kj": frozenset({"andøy kommune"})}
    row = Action("Avklare veileder i Andøy", "Eva Bakken / Kåre Johnsen", "2025-12-01")
    task = Action("NAV Vesterålen og Andøy kommune avklarer ordningen med veileder innen "
                  "1. desember.", "NAV Vesterålen og Andøy kommune", "2025-12-01")
    assert same_owners(row.responsible, task.responsible, people)
    assert not same_owners("Eva Bakken / Per Lie", task.responsible, people)
    assert repeat_score(row, task, None, people) > 0


def test_a_rows_compound_and_the_project_leaders_name_repeat_the_roles_task():
    """"Budsjettforslag … | Hanne Kristiansen" is "Prosjektleder lager et forslag til
    budsjett …" when she is a participant: the role written out may be her, and the
    compound says both words of the sentence; the item's title gives the rest."""
    people = {"hk": frozenset({"vesterålen regionråd"})}
    row = Action("Budsjettforslag for sommerjobbprogrammet", "Hanne Kristiansen", "2026-01-21")
    task = Action("Prosjektleder lager et forslag til budsjett og legger det fram på neste "
                  "møte.", "Prosjektleder", None)
    context = task_words("Sommerjobbprogrammet 2026")
    assert repeat_score(row, task, context, people) > 0
    assert repeat_score(row, task, context, {}) == 0  # (not a participant: another owner)
    other = Action("Prosjektleder lager et forslag til kurs.", "Prosjektleder", None)
    assert repeat_score(row, other, context, people) == 0


@pytest.mark.parametrize("line", ["Rådet uttaler: Rådet støtter planen.",
                                  "Eldrerådet uttalte: Rådet støtter planen."])
def test_the_council_stating_in_the_verb_labels_its_statement(line):
    # as "Rådets uttalelse:" does: the statement after the label is the decision
    record = parse_bytes(("Referat fra møte i Eldrerådet\n\nDato: 3. mars 2026\n"
                          "Til stede: Gunnar Lien (leder), Astrid Holm\n\n"
                          f"Sak 1/26 Helseplan\nPlanen ble drøftet.\n{line}\n").encode(),
                         "referat.txt")
    assert record.items[0].decisions == ["Rådet støtter planen."]


def test_hosts_at_an_event_are_given_its_task():
    assert is_action("Kari Holm og Per Lie stiller som verter på seniordagen.")
    assert responsible_of("Kari Holm og Per Lie stiller som verter på seniordagen.") == \
        "Kari Holm og Per Lie"
    assert not is_action("Kari Holm stiller som kandidat til styret.")
def _group_item(body: str, kind: str = "faggruppa for helse", title: str = "Legevakt"):
    """The first item of invented minutes of an advising body (a faggruppe by default)."""
    text = (f"Referat frå møte i {kind}\n\nDato: 12.02.2025\n\n"
            f"Til stades: Kari Holm, Per Berg\n\nSak 1/25 {title}\n{body}\n")
    return parse_bytes(text.encode(), "referat.txt").items[0]


@pytest.mark.parametrize("label", ["Tilråding frå faggruppa:", "Faggruppa tilrår:",
                                   "Anbefaling:", "Tilråding:",
                                   "Faggruppa anbefaler følgende:",
                                   "Faggruppa si tilråding:", "Faggruppens anbefaling:"])
def test_an_advising_bodys_own_recommendation_heads_its_conclusion(label):
    # (s62f) a faggruppe's minutes record its advice to others: its own recommendation,
    # under a label that names it (or a bare one in its minutes), is its conclusion as
    # "Konklusjon:" is; the guide's "an innstilling is a decision only when adopted" is
    # for another's proposal to the body that decides
    item = _group_item(f"Oddvar orienterte om avtalen.\n{label}\n"
                       "Kommunane sender avtalen på høyring. Saka kjem att i mai.")
    assert item.decisions == ["Kommunane sender avtalen på høyring.", "Saka kjem att i mai."]


def test_another_bodys_recommendation_label_stays_a_proposal():
    # "Tilråding frå arbeidsutvalet:" in a regionråd's minutes proposes: the vote under it
    # adopts it, and a bare "Anbefaling:" in a board's minutes is no conclusion of its own
    item = _group_item("Tilråding frå arbeidsutvalet:\nRegionrådet vedtek planen.\n"
                       "Samrøystes vedteke.", kind="Regionrådet for Nordfjell")
    assert item.decisions == ["Regionrådet vedtek planen.", "Samrøystes vedteke."]
    item = _group_item("Anbefaling:\nKommunane sender avtalen på høyring.",
                       kind="styret i Nordby IL")
    assert item.decisions == []


@pytest.mark.parametrize("sentence", [
    "Faggruppa vil tilrå at regionrådet set av midlar til ein kompetansedag.",
    "Nettverket vil anbefale at kommunene deltar med felles stand."])
def test_what_the_body_will_recommend_is_its_decision_and_no_task(sentence):
    # (s62f) "… vil tilrå at …" is the advice "… tilrår at …" gives, told as what the body
    # will recommend: its conclusion, no errand of sending it on
    assert is_decision(sentence)
    assert not is_action(sentence)


def test_an_owner_and_deadline_under_a_two_sentence_conclusion_go_to_its_task():
    # (s62f) "Konklusjon: Ola lagar utkast. Gruppa er nøgd." / "Ansvar:" / "Frist:": the
    # lines own and date the task, the first sentence, not the view after it
    item = _group_item("Konklusjon: Ola Li lagar eit utkast til rettleiar. Faggruppa er "
                       "nøgd med arbeidet så langt.\nAnsvar: Ola Li\nFrist: 1. mars")
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Ola Li lagar eit utkast til rettleiar.", "Ola Li", "2025-03-01")]
    # (the subject a role, the line a person: "Ansvar: X" gives X)
    item = _group_item("Konklusjon: Sekretariatet lagar eit budsjettutkast. Gruppa ønskjer "
                       "ei nøktern auke.\nAnsvar: Nina Foss\nFrist: 15. mai")
    assert [(a.responsible, a.due) for a in item.actions] == [("Nina Foss", "2025-05-15")]


def test_each_case_line_of_another_bodys_paper_has_its_dash_fragment_decided():
    # (s62f) "RS 3/25 Protokoll fra representantskapet 12.03.2025 – godkjent": the guide's
    # dash fragment, also with a date's points in the subject and another body's paper
    # (this body's word on it); two letters noted are two decisions, one each
    item = _group_item("RS 3/25 Protokoll fra representantskapet 12.03.2025 – godkjent\n"
                       "RS 4/25 Brev fra KS om lønnsoppgjøret – tatt til orientering\n"
                       "RS 5/25 Referat fra arbeidsutvalget – godkjent", title="Referatsaker")
    assert item.decisions == ["godkjent", "tatt til orientering", "godkjent"]


def test_the_same_bare_verdict_under_two_sub_points_is_two_decisions():
    # (s62f) the spec's decisions are what the body decided: "Tatt til orientering." under
    # "a)" and under "b)" records two outcomes; a sentence with its subject written twice
    # (a proposal quoted, then its vedtak) is one decision copied, kept once
    item = _group_item("a) Status for planen\nTatt til orientering.\n"
                       "b) Nytt frå fylket\nTatt til orientering.")
    assert item.decisions == ["Tatt til orientering.", "Tatt til orientering."]
    item = _group_item("Faggruppa tok saka til vitande.\nFaggruppa tok saka til vitande.")
    assert item.decisions == ["Faggruppa tok saka til vitande."]


@pytest.mark.parametrize("said", ["Neste representantskapsmøte er 4. juni.",
                                  "Neste regionrådsmøte er 4. juni."])
def test_another_bodys_meeting_in_the_noun_is_no_decision_of_the_group(said):
    # (s62f) the body in the meeting's compound noun is another than the faggruppe: its
    # date is news, not what the group set
    assert _group_item(said).decisions == []


def test_a_next_meeting_of_another_group_of_the_same_kind_is_no_decision():
    # (s62f) "Neste møte i styringsgruppa er 12. juni." in a project group's minutes: the
    # steering group's day, not the project group's own next meeting set
    item = _group_item("Neste møte i styringsgruppa er 12. juni.\n"
                       "Neste møte i prosjektgruppa er 20. juni.", kind="prosjektgruppa")
    assert item.decisions == ["Neste møte i prosjektgruppa er 20. juni."]


def test_what_the_bodys_own_advice_asks_of_others_is_no_task():
    # (s62f) under "Arbeidsgruppen anbefaler:" (its list set apart by a blank line) the
    # points are the group's conclusion and what it advises the municipalities to do: no
    # follow-up of this meeting, as under "Konklusjon:" a passive one would be
    item = _group_item("Arbeidsgruppen anbefaler:\n\n- Kommunene deler kostnadene likt.\n"
                       "- Kampanjen rettes mot det tyske markedet.",
                       kind="arbeidsgruppen for reiseliv")
    assert item.decisions == ["Kommunene deler kostnadene likt.",
                              "Kampanjen rettes mot det tyske markedet."]
    assert item.actions == []


@pytest.mark.parametrize(("row", "task", "same"), [
    # (s63f) a meeting app's task list repeats a mention in the notes: the owner's name and
    # the deadline in the entry say nothing of the task, one verb may be put otherwise
    (Action("Siri Mørk: kontakte helsesykepleierne – frist 23.5.", "Siri Mørk"),
     Action("Siri Mørk tar kontakt med helsesykepleierne i Eidskog.", "Siri Mørk"), True),
    (Action("Avklare skylagring med personvernombudet", "Arne Berg"),
     Action("Arne Berg følger opp spørsmålet om lagring i skyen med personvernombudet.",
            "Arne Berg"), True),
    (Action("Kari Fosse: purre på manglande beitedata innan fredag", "Kari Fosse"),
     Action("Kari Fosse purrar på dei kommunane som manglar, innan fredag.", "Kari Fosse"),
     True),
    # two words of the task apart, or another owner: another task
    (Action("Bestille standplass og lage plakat", "Hege Nordby"),
     Action("Hege Nordby sjekker pris på standplass innen fredag.", "Hege Nordby"), False),
    (Action("Avklare skylagring med personvernombudet", "Live Haraldsen"),
     Action("Arne Berg følger opp lagring i skyen med personvernombudet.", "Arne Berg"),
     False),
])
def test_a_task_lists_entry_repeats_a_mention_in_all_its_words_but_one(row, task, same):
    assert (repeat_score(row, task) > 0) is same


def test_a_closing_action_items_box_that_repeats_a_mention_is_that_task_once():
    # (s63f) "## Action items" closes the notes: no text of the last item; its box for a
    # task the notes gave keeps the notes' sentence, dated by the box
    text = ("# Prosjektgruppe Ung i jobb\n\nTorsdag 15. mai 2025 · 13:00–14:30 · Teams\n\n"
            "**Deltakere:** Anita Sæther, Siri Mørk\n\n"
            "### 1. Rekruttering\n- Få jenter. @Siri Mørk tar kontakt med helsesykepleierne.\n\n"
            "### 2. Eventuelt\n- Ingen saker.\n\n## Action items\n"
            "- [ ] @Anita Sæther: sende deltakerliste til NAV innen fredag\n"
            "- [ ] @Siri Mørk: kontakte helsesykepleierne – frist 23.5.\n")
    record = parse_bytes(text.encode(), "ung.md")
    assert record.items[-1].text == "Ingen saker."
    assert [[(a.text, a.responsible, a.due) for a in item.actions] for item in record.items] == [
        [("Siri Mørk tar kontakt med helsesykepleierne.", "Siri Mørk", "2025-05-23")],
        [("Anita Sæther: sende deltakerliste til NAV innen fredag", "Anita Sæther", None)]]
@pytest.mark.parametrize("sentence", [
    # the member municipalities' chiefs or councils together: news of others, told in a
    # project group's or network's minutes, no decision of the group
    "Kommunedirektørene i de tre kommunene har sluttet seg til prosjektplanen.",
    "Kommunestyra i alle kommunane har vedteke planen.",
])
def test_what_the_member_municipalities_decided_is_anothers_decision(sentence):
    assert decided_by_another(sentence, "Prosjektgruppen")
def test_a_committee_named_for_its_next_meeting_sets_its_day():
    # (s63b) "Neste kommunedirektørutval vert 2. juni." in that committee's minutes is the
    # day it set, as "Neste møte vert 2. juni." is; the council's day told in a committee's
    # minutes ("Neste regionråd er 18. juni.") is no decision of the committee
    assert is_decision("Neste kommunedirektørutval vert 2. juni kl. 09.00 i Sogndal.")
    assert not decided_by_another("Neste kommunedirektørutval vert 2. juni.",
                                  "Kommunedirektørutvalet")
    assert decided_by_another("Neste regionråd er 18. juni i Steigen.", "Rådmannsutvalget")
    assert decided_by_another("Neste regionrådsmøte er 18. juni.", "Faggruppe for næring")
    assert not decided_by_another("Neste regionrådsmøte er 18. juni.", "Regionrådet")


def test_a_forum_named_for_its_next_meeting_sets_its_day():
    # (s68n) "Neste planforum er 9. april." in the forum's own minutes is the day it set, as
    # "Neste møte er 9. april." is; the same words in a network's minutes tell another's day
    assert is_decision("Neste planforum er 9. april 2026.")
    assert is_decision("Neste regionforum vert 3. mars i Stryn.")
    assert not is_decision("Neste planforum er ikke fastsatt.")
    assert not decided_by_another("Neste planforum er 9. april 2026.", "Regionalt planforum")
    assert decided_by_another("Neste planforum er 9. april 2026.", "Kystnettverket")


def test_a_faggruppe_named_after_its_next_meeting_sets_its_day():
    # (s68n) "… i faggruppa" names the body that met, as "… i arbeidsutvalget" does
    assert is_decision("Neste samling i faggruppa vert 3. juni 2026 i Stryn.")
    assert is_decision("Neste møte i faggruppa er 12. mai.")
    assert not decided_by_another("Neste møte i faggruppa er 12. mai.", "Faggruppe for landbruk")


def test_the_days_of_a_plan_after_a_colon_are_no_earlier_decision():
    # (s63b) "vedtok 12. februar" tells an earlier meeting's vedtak; the days listed after
    # a colon are what the meeting decided ("… vedtok møteplanen for 2026: 12. februar, …")
    plan = "Nettverket vedtok møteplanen for 2026: 12. februar, 14. mai og 10. september."
    assert not decided_by_another(plan, "Folkehelsenettverket", meeting="2025-10-15")
    assert decided_by_another("Nettverket vedtok 12. februar å støtte planen.",
                              "Folkehelsenettverket", meeting="2025-10-15")


@pytest.mark.parametrize(("sentence", "who"), [
    # (s63i) a body asks a group to go on with its work and report: the group's task, in
    # bokmål and nynorsk
    ("Utvalget ber arbeidsgruppen fortsette arbeidet og legge fram en rapport i februar.",
     "arbeidsgruppen"),
    ("SSU ber arbeidsgruppa halde fram arbeidet og leggje fram ein rapport i februar 2026.",
     "arbeidsgruppa"),
    # a plural noun spelled as a task verb ("avtalar", "avtaler") before "vert"/"blir" heads
    # the subject of a passive: no one is named to do it
    ("Utkast til reviderte avtalar vert sende på høyring til kommunane med frist 1. november.",
     None),
    ("Nye avtaler blir sendt ut til kommunene innen 1. mars.", None),
])
def test_who_is_asked_to_go_on_and_a_passive_after_a_plural_noun(sentence, who):
    assert is_action(sentence)
    assert responsible_of(sentence) == who


_PLANFORUM = ("Referat frå regionalt planforum\n\nDato: 3. mars 2025\n\n"
              "Sak 3/25 Arealdelen for Lom\n")


def test_each_agencys_view_under_the_lead_of_views_is_no_task():
    """(s63j) "Innspel frå sektormyndigheitene:" over unbulleted "Etat: …" lines, or each
    agency's label on a line of its own: what they said, no task; an agency's own errand
    with its subject and date among them still is one."""
    item = _items(_PLANFORUM + "Innspel frå sektormyndigheitene:\n"
                  "NVE: Skredfaren må kartleggjast før nye byggeområde vert lagde inn.\n"
                  "Statens vegvesen:\nFlaumfaren ved elva må vurderast. Vegvesenet sender "
                  "kommunen ei oversikt innan 1. april.\n")[0]
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Vegvesenet sender kommunen ei oversikt innan 1. april.", "Vegvesenet", "2025-04-01")]


def test_a_listed_agencys_own_dated_errand_is_a_task():
    item = _items(_PLANFORUM + "Innspel frå sektormyndigheitene:\n"
                  "- Kystverket: Farleia må visast. Kystverket sender kart til kommunen innan "
                  "1. juni 2025.\n- NVE: Flaum må greiast ut.\n")[0]
    assert [a.responsible for a in item.actions] == ["Kystverket"]


def test_what_the_presented_plan_means_to_do_is_no_task():
    item = _items(_PLANFORUM + "Presentasjon ved planleggjar Kari Ås. Kommunen vil rullere "
                  "arealdelen med vekt på fritidsbustader.\n")[0]
    assert item.actions == []


@pytest.mark.parametrize("said", ["Planforum rår kommunen til å redusere feltet mot aust.",
                                  "Planforum har ingen vesentlege merknader til planforslaget."])
def test_a_planning_forums_word_on_the_plan_is_its_outcome(said):
    item = _items(_PLANFORUM + "Oppsummering:\n" + said + "\n")[0]
    assert item.decisions == [said]
def test_whom_a_thing_is_aimed_at_and_a_members_view_without_at_are_no_tasks():
    text = ("Referat\n\nDato: 07.02.2025\n\nSak 1/25 Kampanje\n\n"
            "Daglig leder la fram saken. Kampanjen skal rettes mot elever i videregående "
            "skole.\nLars Hovda meinte saka burde sendast til helseleiarnettverket først.\n"
            "Per Dahl mente saken burde sendes til rådmannsutvalget.\n\n"
            "Vedtak: Styret vedtar planen. Daglig leder sender planen innen 1. mars 2025.\n")
    [item] = parse_bytes(text.encode(), "styre.txt").items
    assert [a.text for a in item.actions] == [
        "Daglig leder sender planen innen 1. mars 2025."]


@pytest.mark.parametrize("sentence", [
    # (s64c) a member municipality staying out of or joining a joint tender, as a
    # procurement cooperation's minutes record it
    "Vefsn kommune deltar ikke i konkurransen om arbeidsklær.",
    "Leirfjord kommune deltar ikke, da kommunen har egen avtale.",
    "Fitjar kommune deltek ikkje i konkurransen om reinhaldstenester.",
    "Hemnes kommune blir med i rammeavtalen for møbler.",
    # the summary's "vi", the body writing of itself
    "Vi anbefaler at de øvrige kommunene forlenger avtalen med ett år.",
])
def test_a_members_choice_on_a_joint_tender_is_recorded_as_decided(sentence):
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Grane kommune deltar i prosjektet med to ansatte.",  # who works on what
    "Noen kommuner deltar ikke i nettverket.",  # no municipality named
])
def test_taking_part_in_other_things_is_no_decision(sentence):
    assert not is_decision(sentence)


def test_a_member_municipalitys_request_by_its_place_name_is_no_task():
    # (s64c) one party of the cooperation asking, as "Sel kommune ba om at …" is; the body
    # or its staff in one definite word, or by an all-capitals short name, is the body's
    assert not is_action("Hol ba om at fordelingsnøkkelen vurderes på nytt.")
    assert is_action("Styret ba om at saken utredes.")
    assert is_action("AU ba om at saken utredes.")


def test_numbered_rows_of_a_follow_up_item_are_its_open_tasks():
    # (s64c) "Nr. 7 …" carries the task's own running number from meeting to meeting;
    # "task – who – status", and "task – status (who, frist …)" in a bullet
    text = ("Referat fra innkjøpsnettverket\n\nDato: 18.11.2025\n\n"
            "1. Godkjenning av referat\nReferatet ble godkjent.\n\n"
            "2. Oppfølgingsliste\n"
            "Nr. 7 Lage felles mal – Kari Holm – åpen\n"
            "Nr. 8 Bestille kurs – Per Dahl – lukket\n"
            "- Nr. 9: Kartlegge avtaler – åpen (Eva, frist 15.12.)\n\n"
            "3. Eventuelt\nIngen saker.\n")
    items = parse_bytes(text.encode(), "nettverk.txt").items
    assert [i.number for i in items] == ["1", "2", "3"]
    assert [(a.text, a.responsible, a.due) for a in items[1].actions] == [
        ("Lage felles mal", "Kari Holm", None),
        ("Kartlegge avtaler", "Eva", "2025-12-15")]
def test_action_codes_lead_the_rows_of_a_review_of_earlier_follow_ups():
    """(s69n) "A-12 …" and "#7 …" are the register's own codes, kept from meeting to
    meeting: each line is a row of its own (not a wrapped sentence), the code no word of
    the task; "ikke startet, TH" is a two-word status with its owner after it, and
    "Oppfølgingspunkter fra forrige møte" heads a review as "Oppfølging fra forrige" does."""
    text = ("Referat fra administrativ gruppe\n\nDato: 10.03.2026\n\n"
            "1. Godkjenning av referat\nReferatet ble godkjent.\n\n"
            "2. Oppfølgingspunkter fra forrige møte\n"
            "A-11 Kartlegge lærlingplasser – utført\n"
            "A-12 Avklare felles personvernombud – pågår, KH\n"
            "#7 Lage oversikt over næringstomter – ikke startet, TH\n"
            "Gruppen tok gjennomgangen til orientering.\n\n"
            "3. Eventuelt\nIngen saker.\n")
    items = parse_bytes(text.encode(), "ag.txt").items
    assert [i.number for i in items] == ["1", "2", "3"]
    assert [(a.text, a.responsible) for a in items[1].actions] == [
        ("Avklare felles personvernombud", "KH"),
        ("Lage oversikt over næringstomter", "TH")]
    assert items[1].decisions == ["Gruppen tok gjennomgangen til orientering."]


def test_a_closing_rows_secretary_and_compound_name_the_task_given_above():
    """(s69n) A closing follow-up table names the one who took the minutes by the role
    ("Sekr.") and the thing in full ("Informasjonsfolder om drenering", under the item
    "Tilskot til drenering"), where the item's sentence gave her name and the thing as
    already spoken of ("… med folderen"): the same task, kept once."""
    text = ("# Referat frå faggruppa\n\nDato: 4. februar 2026\n\n"
            "Til stades: Ingrid Rust (møteleiar), Olav Brenna, Berit Sando (referent)\n\n"
            "## 1/26 Tilskot til drenering\n\n"
            "Faggruppa drøfta søknadene.\n\n"
            "Oppfølging: Berit Sando koordinerer arbeidet med folderen.\n\n"
            "## 2/26 Eventuelt\n\nIngen saker.\n\n"
            "## Oppfølgingsliste\n\n"
            "| Tiltak | Ansvar | Frist | Status |\n|---|---|---|---|\n"
            "| Informasjonsfolder om drenering | Sekr. | 31.03 | Ikkje starta |\n"
            "| Invitere Mattilsynet til fagdag | IR | Q2 2026 | Pågår |\n")
    items = parse_bytes(text.encode(), "fg.md").items
    assert [(a.text, a.responsible, a.due) for i in items for a in i.actions] == [
        ("Berit Sando koordinerer arbeidet med folderen.", "Berit Sando", "2026-03-31"),
        ("Invitere Mattilsynet til fagdag", "IR", None)]


def test_a_line_of_the_last_speaker_under_its_own_name_keeps_the_views_going():
    """(s64d) "Statens vegvesen: …" then "Statens vegvesen sender …" on a line of its own:
    the agency's errand is a task, and the "NVE: … må kartleggjast før …" after it is still
    a view, no task."""
    item = _items(_PLANFORUM + "Innspel frå sektormyndigheitene:\n"
                  "Statens vegvesen: Krysset treng ei betre løysing.\n"
                  "Statens vegvesen sender skriftleg uttale til kommunen innan 1. april.\n"
                  "NVE: Flaumsonene må kartleggjast før planforslaget vert lagt ut.\n")[0]
    assert [(a.responsible, a.due) for a in item.actions] == [("Statens vegvesen", "2025-04-01")]


def test_the_rows_of_an_agency_and_input_table_are_views():
    """(s64d) "Etat | Innspel" heads what each agency said: a passive "må vurderast" in a row
    is its view, no task; an agency's own dated errand in a row is one."""
    item = _items("# Referat frå regionalt planforum\n\nDato: 3. mars 2025\n\n"
                  "## Sak 3/25 Arealdelen for Lom\n\n| Etat | Innspel |\n|---|---|\n"
                  "| Statsforvaltaren | Jordvernet må vektleggjast. |\n"
                  "| NVE | Skredfaren må vurderast av fagkyndig. NVE sender rettleiar innan "
                  "7. april. |\n", "referat.md")[0]
    assert [(a.text, a.responsible) for a in item.actions] == [
        ("NVE sender rettleiar innan 7. april.", "NVE")]


@pytest.mark.parametrize(("said", "who"), [
    ("Kommunen legg revidert plankart fram til neste møte.", "Kommunen"),
    ("Flå kommune legger nytt forslag fram for planforum.", "Flå kommune"),
    ("Kari Ås tek spørsmålet om godtgjersle opp att med dei tillitsvalde i mars.", "Kari Ås"),
    ("Per Dahl tar budsjettet opp igjen i mai.", "Per Dahl"),
])
def test_a_verb_split_by_its_object_is_a_task_of_its_subject(said, who):
    """(s64d) "legg … fram", "tek … opp att": the object between the verb and its particle,
    as "legg fram …" and "tek opp …" are tasks."""
    assert [a.responsible for a in _items(_PLANFORUM + said + "\n")[0].actions] == [who]


def test_what_a_plan_lays_out_for_building_is_no_task():
    # "legg … ut til" after an object without its article: what the plan does
    item = _items(_PLANFORUM + "Planen legg nye område ut til bustader.\n")[0]
    assert item.actions == []


_FORUM_PRESENT = ("Referat fra regionalt planforum\n\nDato: 22. april 2026\n\n"
                  "Til stede:\nSiv Aas, Statsforvalteren i Vestfold og Telemark\n"
                  "Hilde Kasin, Direktoratet for mineralforvaltning\n\n"
                  "Sak 2 Områdeplan for Dalen\n")


def test_a_present_directorates_dated_errand_is_its_task():
    """(s64d) A state body at the meeting that promises something by a date promises it
    to the meeting: a task, the body responsible."""
    item = _items(_FORUM_PRESENT + "Direktoratet for mineralforvaltning oversender en "
                  "oversikt over forekomstene innen 1. mai.\n")[0]
    assert [(a.responsible, a.due) for a in item.actions] == [
        ("Direktoratet for mineralforvaltning", "2026-05-01")]


def test_an_absent_directorates_plan_is_news():
    # the state body is not at the meeting: its dated plan is told as news
    item = _items(_FORUM_PRESENT + "Kystdirektoratet sender forskriften på høring "
                  "innen 1. mai.\n")[0]
    assert item.actions == []


def test_a_konklusjon_that_gives_a_task_is_both():
    """(s64d) "Konklusjon: Sekretariatet lagar …": a konklusjon is decided, and a decision
    that assigns a task is also the task (the guide), as the current reading has it."""
    item = _items(_PLANFORUM + "Konklusjon: Sekretariatet lagar eit utkast til "
                  "høyringsuttale innan 1. april.\n")[0]
    said = "Sekretariatet lagar eit utkast til høyringsuttale innan 1. april."
    assert item.decisions == [said]
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        (said, "Sekretariatet", "2025-04-01")]


@pytest.mark.parametrize("said", ["Tiltak 3 og 5 prioriteres høyest.",
                                  "Modell B og C prioriterast høgast.",
                                  "Fergesambandet og rv. 80 prioriteres høyest."])
def test_a_passive_verdict_of_what_comes_first_is_a_decision(said):
    """(s64d) After the talk, "X prioriteres høyest." is the body's verdict."""
    assert is_decision(said)


@pytest.mark.parametrize("said", ["Kommunen mener at tiltak 3 prioriteres høyest.",
                                  "I handlingsprogrammet prioriteres rv. 80 høyest.",
                                  "Hvilke tiltak prioriteres høyest?"])
def test_a_view_or_anothers_order_of_priority_is_no_decision(said):
    assert not is_decision(said)


@pytest.mark.parametrize(("sentence", "task"), [
    ("Jonas Øien sprer det på sosiale medier.", True),
    ("Kari sprer informasjonen i sitt nettverk.", True),
    ("Per spreier dette i kommunane.", True),
    ("Smitten sprer seg i regionen.", False)])  # (a thing that spreads: no one's task)
def test_spreading_the_word_for_the_body_is_a_task(sentence, task):
    assert is_action(sentence) is task


@pytest.mark.parametrize("sentence", [
    "Nettverket held fram med Sommarles og lagar ikkje eige opplegg i år.",
    "Styret fortsetter med dagens ordning og sender ikke ut ny høring."])
def test_a_task_verb_negated_after_its_subjects_first_clause_is_no_task(sentence):
    # (s64b) what the body will not do, settled at the meeting (as "Faggruppen lager ikke
    # …" is); a task before the negated verb stays one
    assert not is_action(sentence)
    assert is_action("Kari sender brevet og ringer ikke kommunen.")


@pytest.mark.parametrize("sentence", [
    "Nettverket søker om 90 000 kr til en felles arrangementsserie.",
    "Forumet søkjer Nasjonalbiblioteket om 200 000 kr.",
    "Nettverket søker IKA Agder om kr 25 000 til fagdag."])
def test_the_body_applying_for_a_sum_is_its_decision_and_a_task(sentence):
    # (s64b) a network's project money: the sum is settled at the meeting, and the
    # application is still to send; without a sum, or by an officer, only the task
    assert is_decision(sentence) and is_action(sentence)
    assert not is_decision("Styret søker om forlenget frist.")
    assert not is_decision("Prosjektleder søker om 20 000 kr.")


def test_an_application_backed_by_the_vote_is_an_outcome():
    # (s64b) "ble enstemmig støttet": the body's vote; a bare "ble støttet" may be anyone's
    assert is_decision("Søknaden ble enstemmig støttet.")
    assert is_decision("Framlegget vart samrøystes støtta.")
    assert not is_decision("Forslaget ble støttet.")


def test_what_money_is_to_be_used_for_is_no_task():
    # (s64b) a grant's purpose, as "Ordningen skal gjelde fra 1. mai." is a state
    assert not is_action("Pengene skal brukes til kurs for lærere og bibliotekarer.")
    assert not is_action("Midlane skal nyttast til innkjøp av lydbøker.")


@pytest.mark.parametrize("sentence", ["Utkastet legges i Sharepoint-mappen til nettverket.",
                                      "Lista leggast inn på Padlet."])
def test_a_paper_put_where_the_network_keeps_its_papers_is_a_passive_task(sentence):
    # (s64b) shared afterwards on Sharepoint, Teams or Padlet; "legges i bunn for" is none
    assert is_action(sentence)
    assert not is_action("Rapporten legges i bunn for arbeidet.")
def test_a_line_break_before_the_owner_and_due_lines_leaves_no_comma_behind():
    # (s64e) a PDF's lines broke after commas right before "Ansvar:" and "Frist:": the
    # task ends before its comma, and the owner is named without the comma after it
    text = ("Referat fra møte i prosjektgruppen\n\nDato: 19.02.2026\n\n1. Avtale\n"
            "Utkast til avtale ble gjennomgått.\n"
            "Hilde Bakken innarbeider merknadene og sender utkastet på ny høring til kommunene,\n"
            "Ansvar: Hilde Bakken,\nFrist: 20.03.2026.\n\n2. Eventuelt\nIngen saker.\n")
    actions = parse_bytes(text.encode(), "referat.txt").items[0].actions
    assert [(a.text, a.responsible, a.due) for a in actions] == [
        ("Hilde Bakken innarbeider merknadene og sender utkastet på ny høring til kommunene",
         "Hilde Bakken", "2026-03-20")]
@pytest.mark.parametrize(("sentence", "decided"), [
    ("Sakslista vart justert slik at lokalisering av tenester vert første sak.", True),
    ("Saklisten ble endret ved at sak 5 utgår.", True),
    ("Dagsorden ble utvidet med én sak.", True),
    # told of an earlier change, not the meeting's own
    ("Leder sa at sakslisten ble endret i fjor.", False),
])
def test_an_agenda_the_meeting_changed_is_an_outcome(sentence, decided):
    assert is_decision(sentence) is decided


def test_an_interpellation_s_answer_gives_the_task_to_the_one_it_names():
    # "Leiaren svara at …" reports the answer; the prosjektrådmann serving the body does it
    sentence = "Leiaren svara at prosjektrådmannen legg fram ei utgreiing i neste møte."
    assert responsible_of(sentence) == "prosjektrådmannen"


def test_a_quoted_amendment_and_the_vedtak_repeating_it_are_one_task():
    text = ("Protokoll fra møte i fellesnemnda\n\nMøtedato: 13.06.2018\n\n"
            "Til stede: Kari Holm (leder), Per Berg\n\n"
            "Sak 29/18 Politisk organisering\n\nBehandling:\n"
            "Per Berg fremmet på vegne av H og V følgende endringsforslag til punkt 2:\n"
            "«Det opprettes seks hovedutvalg.»\n\nVotering:\n"
            "Endringsforslaget ble vedtatt med 8 mot 3 stemmer.\n\n"
            "Vedtak:\nDet opprettes seks hovedutvalg.\n")
    item = parse_bytes(text.encode(), "fn.txt").items[0]
    assert [a.text for a in item.actions] == ["Det opprettes seks hovedutvalg."]


@pytest.mark.parametrize("sentence, due", [
    ("Avtalen skal være signert innen 15. desember 2025.", "2025-12-15"),
    ("Søknaden skal være sendt innen 10. januar 2026.", "2026-01-10"),
    ("Kontrakten må vere underteikna innan 1. mars 2026.", "2026-03-01"),
])
def test_a_paper_to_be_signed_or_sent_by_a_day_is_a_passive_task(sentence, due):
    # (s65a) as one to be ready by then ("Planen skal være ferdig innen …"): the follow-up
    # of whoever holds the paper, no owner named
    text = ("Referat\n\nDato: 19.11.2025\n\nSak 7/25 Avtale\n"
            f"Vedtak: Avtalen godkjennes. {sentence}\n")
    actions = parse_bytes(text.encode(), "referat.txt").items[0].actions
    assert [(a.text, a.responsible, a.due) for a in actions] == [(sentence, None, due)]
def test_a_swedish_bodys_decisions():
    # "Beslut:" labels a vedtak as "Vedtak:" does, and a Swedish body's outcome sentences
    # are its decisions ("godkänns", "lades till handlingarna", "noterade informationen")
    decisions, _ = _outcomes_of("Beslut: Dagordningen godkänns.")
    assert decisions == ["Dagordningen godkänns."]
    decisions, _ = _outcomes_of("Rapporten lades till handlingarna.\n"
                                "Styrgruppen noterade informationen.\n"
                                "Eva Lind valdes att justera protokollet.")
    assert decisions == ["Rapporten lades till handlingarna.",
                         "Styrgruppen noterade informationen.",
                         "Eva Lind valdes att justera protokollet."]


def test_an_errand_the_body_gives_and_a_swedish_members_task():
    # "gir X i oppdrag å" (Swedish "ger X i uppdrag att") gives X the errand; a Swedish
    # member's present-tense task is read as "sender" is, its deadline after "senast"
    _, actions = _outcomes_of(
        "Vedtak: Styret gir daglig leder i oppdrag å lage et forslag til nytt reglement.")
    assert actions == [("Styret gir daglig leder i oppdrag å lage et forslag til nytt "
                        "reglement.", "daglig leder", None)]
    _, actions = _outcomes_of("Beslut: Gränsrådet ger sekretariatet i uppdrag att ta fram "
                              "ett förslag.")
    assert actions == [("Gränsrådet ger sekretariatet i uppdrag att ta fram ett förslag.",
                        "sekretariatet", None)]
    _, actions = _outcomes_of("Anna Berg skickar utkastet till ledamöterna senast den 5 "
                              "april.\nOla Berg ansvarar för att skicka ansökan.")
    assert actions == [
        ("Anna Berg skickar utkastet till ledamöterna senast den 5 april.", "Anna Berg",
         "2024-04-05"),
        ("Ola Berg ansvarar för att skicka ansökan.", "Ola Berg", None)]


def test_a_swedish_decision_that_gives_the_secretariat_its_errand():
    # (s76d) a Swedish protocol's "Beslut" alone over its "att" clauses: "att uppdra åt
    # X att …" and "att ge X i uppdrag att …" give X the errand, the whole decision its
    # task, dated by "senast"; the body filing a report itself, and the passive note
    decisions, actions = _outcomes_of(
        "Beslut\nGränskommittén beslutar\natt ställa sig bakom ansökan, samt\n"
        "att uppdra åt sekretariatet att skicka in ansökan senast den 15 april 2024.")
    sentence = ("Gränskommittén beslutar att ställa sig bakom ansökan, samt att uppdra åt "
                "sekretariatet att skicka in ansökan senast den 15 april 2024.")
    assert decisions == [sentence]
    assert actions == [(sentence, "sekretariatet", "2024-04-15")]
    _, actions = _outcomes_of("Beslut: Mötet beslutade att uppdra åt Sara Lind att boka "
                              "lokal.\nKommittén beslutar att ge sekretariatet i uppdrag att "
                              "ta fram ett underlag.")
    assert [(who, due) for _, who, due in actions] == [("Sara Lind", None),
                                                       ("sekretariatet", None)]
    decisions, _ = _outcomes_of("Kommittén tackar för informationen och lägger den till "
                                "handlingarna.\nInformationen noteras.")
    assert decisions == ["Kommittén tackar för informationen och lägger den till "
                         "handlingarna.", "Informationen noteras."]


def test_beslut_alone_on_its_line_labels_every_sentence_below():
    # (s76d) "Beslut" alone over the decision, as a Swedish protocol heads it: each
    # sentence under it is decided, as under "Vedtak"
    decisions, _ = _outcomes_of("Beslut\nEva Lind utses att justera protokollet. "
                                "Justering sker digitalt den 4 mars 2024.")
    assert decisions == ["Eva Lind utses att justera protokollet.",
                         "Justering sker digitalt den 4 mars 2024."]


def test_a_promise_to_act_after_the_meeting_is_a_task():
    # (s76d) "lovet å" / Swedish "lovade att", and "återkommer" (as "kommer tilbake til
    # saken"): a follow-up the one who spoke owes the body
    _, actions = _outcomes_of("Leder lovet å ta opp saken med vegvesenet.\n"
                              "Ordföranden lovade att ta upp frågan med Trafikverket.\n"
                              "Kari Moe återkommer efter formannskapets behandling.")
    assert [(who, due) for _, who, due in actions] == [
        ("Leder", None), ("Ordföranden", None), ("Kari Moe", None)]


def test_the_appeal_notice_under_a_vedtak_is_neither_decision_nor_task():
    # (s65i) an individual decision in law closes with the right to appeal, which the
    # minutes must tell the applicant ("kan påklages", nynorsk "kan påklagast",
    # "Klagefristen er …", "Klagen sendes …")
    text = ("Protokoll\n\nSak 2/24 Søknad om dispensasjon – snøskuter, Per Moe\n\n"
            "Vedtak:\nStyret gir Per Moe dispensasjon for fire turer.\n"
            "Vedtatt mot én stemme (Dahl).\n"
            "Vedtaket kan påklages til Miljødirektoratet innen tre uker. "
            "Klagen sendes verneområdestyret.\n")
    item = parse_bytes(text.encode(), "protokoll.txt").items[0]
    assert item.decisions == ["Styret gir Per Moe dispensasjon for fire turer.",
                              "Vedtatt mot én stemme (Dahl)."]
    assert item.actions == []


@pytest.mark.parametrize("sentence", [
    "Verneområdestyret gir dispensasjon etter verneforskriften § 3, på vilkår om at taket "
    "tekkes med torv.",
    "Med heimel i verneforskrifta § 5 får Kari Moe løyve til fire turar med traktor.",
])
def test_a_permit_given_in_the_body_s_words_is_no_task(sentence):
    # (s65i) the vedtak itself; its conditions bind the applicant
    assert not is_action(sentence)


def _short_minutes_item(text: str):
    """The first item of a short invented minutes text."""
    return parse_bytes(text.encode(), "s.txt").items[0]


@pytest.mark.parametrize(("task", "expected"), [
    # a "må" errand dated by the sentence after it: a task of whom it names
    ("Kommunane må melde inn behov til sekretariatet. Frist for søknad 1. oktober.",
     [("Kommunane må melde inn behov til sekretariatet.", "Kommunane", "2025-10-01")]),
    ("Kommunene må sende inn tallene. Frist for rapportering er 15. juni.",
     [("Kommunene må sende inn tallene.", "Kommunene", "2025-06-15")]),
    # another's deadline told after news: no task
    ("Fylket har lyst ut midlar. Frist for søknad 1. oktober.", []),
    # a view, no errand: no task whatever the date after it
    ("Kommunane må ta ansvar for dette. Frist for søknad 1. oktober.", []),
])
def test_a_must_errand_takes_a_named_deadline_from_the_next_sentence(task, expected):
    item = _short_minutes_item("Referat fra møte 3. mai 2025\n\nTil stede: Kari Holm, "
                               f"Per Bø\n\nSak 1/25 Søknader\n{task}\n")
    assert [(a.text, a.responsible, a.due) for a in item.actions] == expected


@pytest.mark.parametrize(("sentence", "who"), [
    ("Sekretariatet samordnar søknadene.", "Sekretariatet"),
    ("Kari Holm samordner innspillene fra kommunene.", "Kari Holm"),
])
def test_coordinating_is_a_task_of_a_person_or_an_owner_role(sentence, who):
    assert is_action(sentence)
    assert responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", [
    "Planen samordnar tilbodet for barnehage og skule.",  # what a thing does
    "Gruppa rår til at kommunane samordnar kursdagane.",  # the body's advice
])
def test_coordinating_told_of_a_thing_or_advised_is_no_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize(("day", "task", "due"), [
    # a month before the meeting's, within half a year: next year's
    ("12. november", "Kari sender søknaden innen 15. januar.", "2026-01-15"),
    # further off (nine months): the guide's next-year rule is for the next meeting, and
    # the corpus leaves a deadline so far ahead open rather than guess it (s65k)
    ("12. juni", "Kari sender søknaden innen 1. mars.", None),
    ("12. juni", "Kari sender søknaden innen 15. august.", "2025-08-15"),
])
def test_a_yearless_deadline_before_the_meeting_month(day, task, due):
    item = _short_minutes_item(f"Referat fra styremøte {day} 2025\n\nTil stede: Kari, Jon, "
                               f"Per\n\nSak 1/25 Oppfølging\n{task}\n")
    assert [a.due for a in item.actions] == [due]


def _integration_item(title: str, body: str) -> tuple[list[str], list[tuple]]:
    """The decisions and actions of one item of invented network minutes."""
    text = f"Referat frå nettverket\n\nDato: 12.03.2025\n\nSak 2/25 {title}\n\n{body}\n"
    item = parse_bytes(text.encode(), "referat.txt").items[0]
    return item.decisions, [(a.text, a.responsible, a.due) for a in item.actions]


def test_the_heading_row_of_a_table_of_figures_is_no_verdict():
    # (s65j) "Vedteke" heads the column of numbers the municipalities resolved
    body = ("IMDi gjekk gjennom tala.\n\nKommune\tOppmoding\tVedteke\nSunnfjord\t45\t40\n"
            "Sogndal\t30\t30\n\nSaka vart teken til orientering.")
    assert _integration_item("Oppmodingstal for busetting", body) == (
        ["Saka vart teken til orientering."], [])


def test_an_agency_s_news_item_gives_no_tasks():
    # (s65j) under "Nytt fra IMDi" the agency's own plans are news to the network
    body = ("Lene Dahl orienterte om:\n- Anmodningstall for 2026 sendes ut i oktober.\n"
            "- IMDi arrangerer webinar om helse 24. september.")
    assert _integration_item("Nytt fra IMDi", body) == ([], [])


def test_a_rule_told_in_someone_s_account_is_no_errand():
    # (s65j) what the law says of a kind of people, after "Per orienterte om …"
    body = ("Per Hauge orienterte om endringane i integreringslova. Nye deltakarar skal nå "
            "B1 i norsk.")
    assert _integration_item("Integreringslova", body) == ([], [])


@pytest.mark.parametrize(("sentence", "owner"), [
    ("Tatiana Hrytsenko deler undervisningsopplegget med nettverket.", "Tatiana Hrytsenko"),
    ("Voksenopplæringa i Molde tester kurset i mai og deler erfaringene i neste møte.",
     "Voksenopplæringa i Molde"),
    ("Flyktningtjenesten i Aukra sender oversikten til IMDi.", "Flyktningtjenesten i Aukra"),
])
def test_sharing_with_the_network_is_a_task_of_the_service_by_its_place(sentence, owner):
    # (s65j) a service named with its place owns the task whole; a verb phrase with a time
    # ("tester kurset i mai og …") before the task verb is the subject's own
    assert is_action(sentence)
    assert responsible_of(sentence) == owner


def test_a_body_agreeing_that_the_county_does_it_gives_the_county_the_task():
    assert responsible_of("Forumet slutter seg til at fylkeskommunen lager en felles "
                          "oversikt over boligbehov.") == "fylkeskommunen"


def test_sharing_views_at_the_meeting_is_no_task():
    assert not is_action("Kommunene deler erfaringer med hverandre.")


@pytest.mark.parametrize(("vedtak", "who", "due"), [
    ("Vedtak: Representantskapet tek rapporten til orientering og ber brannsjefen lukke "
     "avvika innan 1. mars 2025.", "brannsjefen", "2025-03-01"),
    ("Vedtak: Styret ber daglig leder lukke de to påleggene fra tilsynet innen 15. april.",
     "daglig leder", "2025-04-15"),
])
def test_a_vedtak_asking_someone_to_close_an_inspection_s_findings_is_a_task(vedtak, who, due):
    # an inspection's avvik or pålegg to close by a date: the vedtak assigns a task
    item = _item_of(vedtak)
    assert item.decisions == [vedtak.removeprefix("Vedtak: ")]
    assert [(a.responsible, a.due) for a in item.actions] == [(who, due)]
def test_a_case_put_on_the_agenda_as_a_kind_of_case_is_decision_and_passive_task():
    # (s66e) as "Saken settes opp på neste møte." is read (corpus 4239, 43868); the "som"
    # after the verb names the kind of case, no judgement ("vurderes som uheldig")
    sentence = "Sak om nye parkeringsavgifter settes opp som drøftingssak."
    assert is_decision(sentence) and is_action(sentence)
    assert not is_action("Tiltaket vurderes som uheldig.")


def test_a_pronoun_task_after_the_person_s_own_account_is_hers():
    # (s66e) a test of the current reading, as 3312 and 3451 settled it: "Ho skal …" right
    # after "Kari Lunde orienterte om …" is a follow-up after the meeting, and the pronoun
    # points back to the one who told it; "Kari skal …" named is hers the same way
    _, actions = _outcomes_of("Kari Lunde orienterte om fagdagen i juni. Programmet er klart. "
                              "Ho skal sende ut invitasjonen innan 25. april.")
    assert actions == [("Ho skal sende ut invitasjonen innan 25. april.", "Kari Lunde",
                        "2024-04-25")]
    _, actions = _outcomes_of("Per Lunde orienterte om fagdagen i juni. "
                              "Kari skal sende ut invitasjonen.")
    assert actions == [("Kari skal sende ut invitasjonen.", "Kari", None)]
def _forum_item(body: str) -> tuple[list[str], list[tuple]]:
    """The decisions and actions of one case of invented planning forum minutes."""
    text = (f"Referat frå regionalt planforum\n\nDato: 12.03.2026\n\n"
            f"Sak 2/26 Kommuneplan for Lia\n\n{body}\n")
    item = parse_bytes(text.encode(), "referat.txt").items[0]
    return item.decisions, [(a.text, a.responsible, a.due) for a in item.actions]


@pytest.mark.parametrize("label", ["Råd frå planforum:", "Oppsummering fra planforum:"])
def test_a_planning_forum_s_advice_label_heads_its_verdict(label):
    # (s66c) the forum gives advice, no vedtak: what it advises is what it concluded, each
    # line under the label; the municipality's errand set apart below is a task only
    body = (f"Kari Moe orienterte om planen.\n\n{label}\nPlanforum rår kommunen til å utgreie "
            "skredfaren.\nPlanforum meiner alternativ B er best.\n\n"
            "Lia kommune sender planprogrammet innan 1. mai.")
    assert _forum_item(body) == (
        ["Planforum rår kommunen til å utgreie skredfaren.",
         "Planforum meiner alternativ B er best."],
        [("Lia kommune sender planprogrammet innan 1. mai.", "Lia kommune", "2026-05-01")])


def test_an_agency_s_views_after_its_own_lead_on_the_line_are_no_task():
    # (s66c) "Innspel frå X:" with the agency's words on its own line, as under a lead
    body = ("Kari Moe orienterte om planen.\n"
            "Innspel frå Statsforvaltaren: Støyen må vurderast for bustadene.")
    assert _forum_item(body) == ([], [])


def test_attaching_something_to_the_minutes_is_a_task():
    # (s66c) "legg X ved referatet", nynorsk for "attaches"; not a place ("ved elva")
    assert is_action("Sekretariatet legg lenkja ved referatet.")
    assert responsible_of("Sekretariatet legg lenkja ved referatet.") == "Sekretariatet"


def test_a_member_s_request_among_the_views_is_no_task():
    # (s66c) a municipality's wish in the bullets of what each said, no errand given
    body = ("Per Lie gjekk gjennom rutene.\n"
            "- Gran kommune mener bussen må gå oftere.\n"
            "- Nord-Aurdal reagerte på kuttene og ber om at dette vurderes på nytt.")
    assert _forum_item(body) == ([], [])


def test_a_numbered_list_after_an_agreement_s_colon_is_no_part_of_it():
    # (s66c) the first of five priorities is no more the sentence's than the others; a
    # list of short days after "møteplan:" still completes its sentence
    body = ("Forumet drøftet saken og ble enige om følgende rekkefølge:\n"
            "1) Fv. 12 Lia–Dal, gang- og sykkelveg\n"
            "2) Fv. 55 Lom sentrum, trafikksikring ved skolen og barnehagen\n"
            "3) Fv. 7 Bru over Lia")
    decisions, _ = _forum_item(body)
    assert decisions == ["Forumet drøftet saken og ble enige om følgende rekkefølge:"]


def test_a_sentence_wrapped_after_an_article_goes_on_past_a_colon():
    # (s66c) "… med en" / "rettelse i sak 4: …": the colon inside the sentence opens no label
    body = ("Referatet ble godkjent med en\nrettelse i sak 4: rute 140 skal være rute 141.")
    decisions, _ = _forum_item(body)
    assert decisions == ["Referatet ble godkjent med en rettelse i sak 4: rute 140 skal være "
                         "rute 141."]
def test_a_working_group_asked_to_be_set_up_is_a_task_of_the_one_asked():
    # (s66d) "nedsette" / "setje ned" a group is work to do, as "kalle inn" a meeting is
    sentence = "Styret ba Kari Holm nedsette en arbeidsgruppe med én representant per kommune."
    assert is_action(sentence)
    assert responsible_of(sentence) == "Kari Holm"


@pytest.mark.parametrize("sentence", [
    "Tillitsvalde peika på at kompensasjon for heimevakt må avklarast tidleg.",
    "Kari Holm påpekte at avtalen må sies opp før nyttår.",
    "De tillitsvalgte understreket at turnusen må avklares tidlig.",
    # (s69m) an agency's point at a planning forum, by its short name or two words
    "NVE peikte på at flaumsona må kartleggjast.",
    "Statens vegvesen påpekte at krysset må utredes.",
])
def test_a_point_made_in_the_debate_is_no_task(sentence):
    # (s66d) what a member or the employees' representatives pointed out is a view, as
    # "… mente at …" is; the body's own "Styret påpekte at …" is left to the other tests
    assert not is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "Vinje og Fyresdal vil vente med sine analysar til malen ligg føre.",
    "Sekretariatet avventer svar fra fylkeskommunen.",
])
def test_holding_off_is_no_task(sentence):
    # (s66d) waiting until something is ready names no errand
    assert not is_action(sentence)


def test_a_named_deadline_dates_the_task_above_it_when_it_names_the_same_thing():
    # (s66d) "Frist for å melde inn representanter …" under a task about representatives;
    # a deadline for something else ("innspill til planen") leaves the task above undated
    text = ("Referat 3. november 2025\n\nSak 1/25 Arbeidsgruppe\nStyret ba Kari Holm nedsette "
            "en arbeidsgruppe med én representant fra hver kommune. Frist for å melde inn "
            "representanter er 1. desember 2025.\n\nSak 2/25 Kart\nKart oppdateres før "
            "sommeren. Ansvarlig: Adm.\nFrist for innspill til kommuneplanen er 20. mai.\n")
    first, second = parse_bytes(text.encode(), "referat.txt").items
    assert [(a.responsible, a.due) for a in first.actions] == [("Kari Holm", "2025-12-01")]
    assert [a.due for a in second.actions] == [None]


def test_a_stance_in_a_relative_clause_on_others_is_no_decision():
    # (s66d) "…, som stiller seg positive til …" is the landowners' stance, not the body's
    assert not is_decision("Forslaget er drøftet med grunneierne, som stiller seg positive "
                           "til tiltakene.")
    assert is_decision("Styret stiller seg positiv til ordningen.")
def test_a_register_row_naming_the_manager_or_a_participant_repeats_the_texts_task():
    # (s66b) the closing "Action points" rows name a person where the text gave the task
    # to "Daglig leder", or to the firm she came from, or told it in the passive with the
    # row's deadline: the text's sentence once, with the row's date
    text = ("Referat fra styremøte i Visit Nordkyst\n\nDato: 12. mars 2025\n\n"
            "Til stede: Gro Haugen (styreleder), Arne Lund (Nordkyst Cruise AS)\n"
            "Fra administrasjonen: Trude Vik, daglig leder (referent)\n\n"
            "Sak 1/24 Kontingent\n"
            "Vedtak: Daglig leder utarbeider forslag til ny kontingentmodell.\n\n"
            "Sak 2/24 Cruise\nStyret ber Nordkyst Cruise AS lage et forslag til felles "
            "trafikkplan.\n\nSak 3/24 Sertifisering\nRapporten blir sendt til Innovasjon "
            "Norge før 1. mai.\n\n"
            "Action points\n\nHva | Hvem | Når\n"
            "Forslag til ny kontingentmodell | Trude Vik | 02.04.2025\n"
            "Forslag til felles trafikkplan | Arne Lund | 30.04.2025\n"
            "Sende rapport til Innovasjon Norge | Trude Vik | 01.05.2025\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [[(a.text, a.responsible, a.due) for a in item.actions]
            for item in record.items] == [
        [("Daglig leder utarbeider forslag til ny kontingentmodell.", "Daglig leder",
          "2025-04-02")],
        [("Styret ber Nordkyst Cruise AS lage et forslag til felles trafikkplan.",
          "Nordkyst Cruise AS", "2025-04-30")],
        [("Rapporten blir sendt til Innovasjon Norge før 1. mai.", "Trude Vik",
          "2025-05-01")]]


def test_a_purpose_with_its_gatherings_a_year_is_no_task():
    # (s66b) "… skal samle gründere …, med fire samlinger i året": how often, for good, a
    # standing purpose as "to ganger i året" is, no one-off follow-up
    text = ("Referat fra kick-off i Startup-nettverk Vestdal\n\nDato: 9. januar 2025\n\n"
            "Sak 1 Bakgrunn\nStartup-nettverket skal samle gründere i regionen, med fire "
            "samlinger i året.\n")
    assert [a.text for item in parse_bytes(text.encode(), "r.txt").items
            for a in item.actions] == []
@pytest.mark.parametrize("sentence", ["Partene ble ikke enige om utredningsområdet.",
                                      "Partane vart ikkje samde om planområdet."])
def test_a_consultation_without_agreement_is_its_outcome(sentence):
    # a consultation's protocol records that the parties did not agree: its conclusion
    assert is_decision(sentence)


def test_a_meeting_asked_to_be_held_is_a_task_for_those_asked():
    record = parse_bytes("Referat\n\nTid: 26.8.2025 kl. 10.00\n\nSak 18/25 Konsultasjon\n"
                         "Vedtak: Regionrådet ber om at Sametinget og kommunene holder et "
                         "felles konsultasjonsmøte i oktober. Enstemmig.\n".encode(),
                         "referat.txt")
    assert [(a.text, a.responsible) for a in record.items[0].actions] == [
        ("Regionrådet ber om at Sametinget og kommunene holder et felles konsultasjonsmøte "
         "i oktober.", "Sametinget og kommunene")]


def test_a_follow_up_tables_rows_keep_their_ids_while_the_caller_reads_them():
    # (s66i) the rows' tasks are known by their ids until the minutes' closing register is
    # compared with the items; a task the caller drops (a talk slide's "skal" bullet) must
    # not free its id for another item's task read after it, which would then count as a
    # row. ``Outcomes.rows`` holds the rows' actions.
    rows = [("Hva", "Hvem", "Når"), ("Lage plan", "Kari Nes", "01.12.2024"),
            ("Bestille buss", "Per Dal", "02.12.2024")]
    lines = to_lines([Block(BlockKind.TABLE_ROW, "\t".join(row), cells=row) for row in rows])
    outcomes = find_outcomes(lines, None, "Oppfølging", lambda text: None)
    assert [action.text for action in outcomes.actions] == ["Lage plan", "Bestille buss"]
    assert set(outcomes.rows) == {id(action) for action in outcomes.actions}
    outcomes.actions = []
    later = [Action(f"Oppgave {n}") for n in range(50)]
    assert not any(id(action) in outcomes.rows for action in later)


@pytest.mark.parametrize("under, decided", [
    # the vedtak's paragraph wrapped at its full stop: its next sentence, in the vedtak's
    # passive, is the vedtak's too
    ("Overskuddet avsettes til selvkostfond.", True),
    # a task on the line under it is the minutes' follow-up, a fact its grounds
    ("Sekretariatet sender regnskapet til kommunene innen 1. mai.", False),
    ("Selskapet har ingen gjeld.", False)])
def test_the_line_right_under_a_one_line_vedtak(under, decided):
    # (s67c) a PDF breaks "Vedtak: Årsregnskapet godkjennes. Overskuddet avsettes …" after
    # the first sentence; only a blank line set the two apart before
    text = ("Protokoll fra representantskapsmøte\n\nMøtedato: 10. juni 2026\n\n"
            "Sak 1/26 Årsregnskap 2025\n\nDaglig leder la fram årsregnskapet.\n"
            f"Vedtak: Representantskapet godkjenner årsregnskapet for 2025.\n{under}\n\n"
            "Sak 2/26 Eventuelt\n\nIngen saker.\n")
    decisions = parse_bytes(text.encode(), "p.txt").items[0].decisions
    assert decisions[0] == "Representantskapet godkjenner årsregnskapet for 2025."
    assert (under in decisions) is decided
def test_a_share_in_the_task_above_is_no_task_of_its_own():
    # (s67f) "Verneombudet deltar i gjennomgangen." under a task takes part in it: the
    # guide names no co-worker, and "X deltar i …" is read as neither task nor decision
    text = ("Referat fra styremøte\n\nDato: 4.2.2026\n\nSak 3/26 Avvik\n"
            "- Driftslederen gjennomgår rutinene for vakt med alle lag innen 1. mars 2026.\n"
            "- Verneombudet deltar i gjennomgangen.\nStyret tok saken til orientering.\n")
    [item] = parse_bytes(text.encode(), "styre.txt").items
    assert [(a.text, a.responsible) for a in item.actions] == [
        ("Driftslederen gjennomgår rutinene for vakt med alle lag innen 1. mars 2026.",
         "Driftslederen")]
    assert item.decisions == ["Styret tok saken til orientering."]
@pytest.mark.parametrize(("sentence", "decided"), [
    # (s67d) "løyva" is the permits too; as a grant only before a sum
    ("Viltforvaltaren gjekk gjennom løyva for elg.", False),
    ("Styret løyva 50 000 kr til tiltaket.", True)])
def test_loyva_grants_only_a_sum(sentence, decided):
    assert is_decision(sentence) is decided


@pytest.mark.parametrize(("sentence", "task"), [
    # (s67d) what the law asks, told with its source, and a value raised: no errands
    ("Søknad om erstatning skal sendes innen 1. november, jf. forskrift om erstatning § 7.",
     False),
    ("Minstearealet for elg settes opp fra 3 000 til 3 500 dekar.", False),
    ("Rapporten skal sendes innen 1. mars.", True),
    ("Saken settes opp på neste møte.", True)])
def test_a_rule_with_its_law_or_a_value_raised_is_no_task(sentence, task):
    assert is_action(sentence) is task


def test_a_proposal_from_its_owner_is_adopted_by_the_owners_genitive():
    # (s67d) "Forslag fra viltforvalteren:" and, after a counter-proposal in words,
    # "Viltforvalterens forslag ble vedtatt …": the proposal is the decision
    text = ("Referat\n\nDato: 3. mars 2025\n\n1. Minsteareal\nSaken gjelder forskriften.\n\n"
            "Forslag fra viltforvalteren: Minstearealet settes til 3 500 dekar.\n\n"
            "Per Sand foreslo å beholde dagens minsteareal.\n\n"
            "Viltforvalterens forslag ble vedtatt med 4 mot 2 stemmer.\n")
    record = parse_bytes(text.encode(), "r.txt")
    assert record.items[0].decisions == [
        "Minstearealet settes til 3 500 dekar.",
        "Viltforvalterens forslag ble vedtatt med 4 mot 2 stemmer."]
@pytest.mark.parametrize("sentence, task", [
    ("Oppvekstsjefmøtet ber PPT legge fram tall for ventetid to ganger i året.", False),
    ("Styret ber daglig leder legge fram tall for ventetid på hvert møte.", False),
    ("Oppvekstsjefmøtet ber PPT legge fram tall for ventetid innen 1. mars.", True),
])
def test_a_standing_request_of_the_body_is_decided_no_task(sentence, task):
    # (s67b) a request for good is a working rule: the body's decision, no errand; a forum
    # named by its meeting ("Oppvekstsjefmøtet") asks as a body does
    assert is_decision(sentence)
    assert is_action(sentence) is task


@pytest.mark.parametrize("sentence, task", [
    ("Nettverket ønsker et felles møte med PP-lederne i løpet av høsten.", False),
    ("Kommunane ønskjer ei samling om lesing før jul.", False),
    ("Nettverket inviterer PP-lederne til et felles møte i løpet av høsten.", True),
])
def test_a_wish_is_no_task(sentence, task):
    # (s67b) a wish gives no one the work; the task, if any, is said after it
    assert is_action(sentence) is task


def test_a_vedtaks_second_sentence_dating_its_task_is_no_second_task():
    # (s67b) "Planen skal leggjast fram innan …" points back to the plan asked for: its date
    text = ("Møtebok\n\nDato: 14.11.2025\n\nSak 20/25 Ventetid\n"
            "Vedtak: Styret ber PP-leiar leggje fram ein plan for å korte ned ventetida.\n"
            "Planen skal leggjast fram innan 15. januar 2026. Samrøystes.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [(a.text, a.responsible, a.due) for a in record.items[0].actions] == [
        ("Styret ber PP-leiar leggje fram ein plan for å korte ned ventetida.", "PP-leiar",
         "2026-01-15")]


def test_members_named_by_their_places_tell_their_own_plans():
    # (s67b) "Masfjorden og Fedje vil …", "…, og Lierne ser på …": members of the meeting,
    # named by their places, tell what they mean to do; a dated promise stays a task
    text = ("Referat\n\nDato: 22.10.2025\n\nTil stede: Kari Holm (Masfjorden kommune), "
            "Per Dal (Fedje kommune), Liv Moe (Lierne kommune).\n\nSak 1 Runde\n"
            "Masfjorden og Fedje vil gå saman om eitt tiltak.\n"
            "Fleire kommunar ventar nedgang i elevtalet, og Lierne ser på samarbeid om "
            "ungdomstrinnet.\nFedje vil sende oversikta innan 1. november.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [a.text for a in record.items[0].actions] == [
        "Fedje vil sende oversikta innan 1. november."]
@pytest.mark.parametrize("sentence", [
    "OSU rår til at kommunane og HF lagar ein felles plan for utskrivingsklare pasientar.",
    "FSU anbefaler at OSU ber kommunene legge fram en plan for boliger.",
    "SSU sluttar seg til utkastet."])
def test_a_health_cooperations_committee_by_its_short_name_decides(sentence):
    # (s67a) the overordna, faglege and strategisk samarbeidsutval call themselves OSU, FSU
    # and SSU in their own minutes: their advice and approval are their outcomes, as AU's
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Saka blir sendt til partnarskapsmøtet 9. april.", "Saken sendes til OSU.",
    "Saken sendes til regionrådet for endelig vedtak."])
def test_a_case_sent_on_to_the_body_that_decides_it_is_an_outcome(sentence):
    # (s67a) the case sent to another body for its decision is how this body handled it
    # (and still the passive task of sending it)
    assert is_decision(sentence)


def test_a_case_handed_on_for_more_work_is_no_outcome():
    # work handed on ("for videre arbeid") is the other party's errand, no outcome
    assert not is_decision("Saken sendes til FAU for videre arbeid.")


def test_the_talk_after_an_innstilling_ends_what_the_vote_adopts():
    # (s67a) "Innstilling frå OSU: X." / "Kari orienterte …" / "Vedtak: Som innstilling.":
    # the talk between is no part of the innstilling the vote adopts, in a Word file's
    # paragraphs without blank lines too; "ber kommunane og HF etablere …" is their task
    items = _items("Protokoll frå partnarskapsmøtet\n\nDato: 27.11.2025\n\n"
                   "Sak 32/25 Utskrivingsklare pasientar\n"
                   "Innstilling frå OSU: Partnarskapsmøtet ber kommunane og HF etablere eit "
                   "felles team innan 1. april 2026.\n"
                   "Gro Bergan orienterte om tala for 2025. Talet på liggjedøgn har gått ned.\n"
                   "Vedtak: Som innstilling. Samrøystes vedteke.\n")
    assert items[0].decisions == [
        "Partnarskapsmøtet ber kommunane og HF etablere eit felles team innan 1. april 2026.",
        "Samrøystes vedteke."]
    assert [(a.responsible, a.due) for a in items[0].actions] == [
        ("kommunane og HF", "2026-04-01")]


def test_a_finding_shown_to_the_meeting_is_no_task():
    # (s67a) "X viste at …" tells what the figures show, whatever verb follows "at"
    assert not is_action("Henrik Vold viste at 14 prosent av epikrisene sendes senere enn "
                         "sju dager etter utskrivning.")
    assert not is_action("Tala viser at fleire pasientar vert sende heim for tidleg.")


def test_the_nynorsk_advice_to_another_is_no_task_but_a_passive_next_step_is():
    # (s67a) "rår til at kommunane og HF greier ut …" waits for those advised, as
    # "anbefaler at" does; "rår til at saka vert lagt fram …" is the case's next step
    assert not is_action("Samhandlingsutvalet rår til at kommunane og HF greier ut ein "
                         "felles legevaktsentral.")
    assert is_action("Arbeidsutvalet rår til at saka vert lagt fram for regionrådet i mars.")


def test_a_registers_short_noun_matches_its_definite_form_in_the_task():
    # (s67a) "Mal for smittevernplan sendt ut | Maren Flø | 01.11" repeats "Maren Flø sender
    # malen … innan 1. november": "mal" is "malen", by the same owner for the same day
    row = Action("Mal for smittevernplan sendt ut", "Maren Flø", "2025-11-01")
    task = Action("Maren Flø sender malen til alle kommuneoverlegane innan 1. november.",
                  "Maren Flø", "2025-11-01")
    assert repeat_score(row, task) > 0
def test_a_point_under_consideration_in_a_presented_plan_is_no_task():
    # (s67g) the bullets under "Per presenterte utkast til …" are the plan's points: one
    # being considered ("… vurderes") is its state, no one's errand; a follow-up said
    # after such an account ("Presentasjonen legges ved referatet.") stays a task
    decisions, actions = _outcomes_of(
        "Per Lunde presenterte utkast til markedsplan. Hovedmarkedene er Tyskland og Norge.\n"
        "- Kampanje for sykkelturisme lanseres i april\n"
        "- Deltakelse på messe i Berlin vurderes\n"
        "- Presentasjonen legges ved referatet.\n"
        "Konklusjon: Styret slutter seg til planen.")
    assert decisions == ["Styret slutter seg til planen."]
    assert actions == [("Presentasjonen legges ved referatet.", None, None)]


def test_a_point_that_must_be_considered_stays_a_task():
    _, actions = _outcomes_of("Per Lunde presenterte utkast til markedsplan.\n"
                              "- Messedeltakelsen må vurderes")
    assert [text for text, _, _ in actions] == ["Messedeltakelsen må vurderes"]


def test_a_genitive_before_a_word_like_a_task_verb_makes_no_task():
    # (s67g) "kommunenes avtaler": the municipalities' agreements, no one who "avtaler"
    _, actions = _outcomes_of("Planen samler kommunenes avtaler på fire områder.\n"
                              "Kari Holm avtaler møte med leverandøren innen 1. mai.")
    assert actions == [("Kari Holm avtaler møte med leverandøren innen 1. mai.", "Kari Holm",
                        "2024-05-01")]


def test_bullets_under_a_presenters_account_are_her_news_not_tasks():
    # (s67l) "Guri Haugen orienterte om magasina:" over bullets: what she told, a need
    # among them ("… må utbetrast") no task the meeting gave; the "Oppfølging:" line is
    text = ("Referat frå møte i styringsgruppa\n\nDato: 18. juni 2025\n\n"
            "1. Felles magasin\n"
            "Guri Haugen orienterte om magasinsituasjonen:\n"
            "- Fire av magasina manglar klimastyring.\n"
            "- Brannsikringa i Hedalen må utbetrast før vinteren.\n"
            "Oppfølging: Siri Fosse lagar eit kostnadsoverslag innan 1. september.\n")
    item = parse_bytes(text.encode(), "o.txt").items[0]
    assert [a.text for a in item.actions] == [
        "Siri Fosse lagar eit kostnadsoverslag innan 1. september."]


def _case_system_item(body: str):
    """The one case of a case system's protocol whose case text is ``body``."""
    text = "Møteprotokoll\n\nPS 9/25 Årsmelding og rekneskap\n\n" + body
    [item] = parse_bytes(text.encode(), "protokoll.txt").items
    return item


def test_an_adopted_amendment_the_vedtak_writes_out_in_full_is_decided_once():
    # (s67m) "Framlegg frå X: Nytt punkt 4: Sekretariatet legg fram ein plan …" adopted,
    # then the vedtak's point with the deadline: the fuller wording is what was decided
    item = _case_system_item(
        "Innstilling:\n1. Representantskapet godkjenner årsmeldinga for 2024.\n\n"
        "Behandling i Representantskapet - 14.05.2025\n"
        "Framlegg frå Gro Lie (Sp): Nytt punkt 2: Sekretariatet legg fram ein plan for "
        "bruk av fondet.\n"
        "Votering: Innstillinga med framlegget frå Gro Lie vart samrøystes vedteken.\n\n"
        "REP-vedtak:\n1. Representantskapet godkjenner årsmeldinga for 2024.\n"
        "2. Sekretariatet legg fram ein plan for bruk av fondet innan 1. oktober 2025.\n")
    assert "Sekretariatet legg fram ein plan for bruk av fondet." not in item.decisions
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Sekretariatet legg fram ein plan for bruk av fondet innan 1. oktober 2025.",
         "Sekretariatet", "2025-10-01")]


def test_a_sentence_a_later_one_goes_on_from_with_a_clause_of_its_own_stays_a_decision():
    # the group agreed, then agreed again and stressed something: two decisions, not a
    # shorter copy of the fuller one (which an adopted amendment's words are)
    text = ("Referat\n\n1. Felles planstrategi\n\nStyringsgruppa sluttet seg til forslaget."
            "\n\nDet ble diskutert hvordan planen skal følges opp.\n\nStyringsgruppa "
            "sluttet seg til forslaget og understreket at kommunene må få tid til å svare.\n")
    [item] = parse_bytes(text.encode(), "referat.txt").items
    assert item.decisions == [
        "Styringsgruppa sluttet seg til forslaget.",
        "Styringsgruppa sluttet seg til forslaget og understreket at kommunene må få tid "
        "til å svare."]


def test_a_case_systems_vedtak_stamp_ends_the_vote_printed_without_a_stop():
    # (s67m) "Votering: Innstillingen ble enstemmig vedtatt" / "RR- 29/25 Vedtak:": the
    # stamp is a label of its own, not the rest of the vote's sentence
    item = _case_system_item("Votering: Innstillingen ble enstemmig vedtatt\n"
                             "RR- 29/25 Vedtak:\nÅrsmeldinga godkjennes.\n")
    assert item.decisions == ["Innstillingen ble enstemmig vedtatt", "Årsmeldinga godkjennes."]


def test_the_points_a_kontrollutval_recommends_to_the_council_are_no_tasks():
    # (s67m) "Kontrollutvalet rår kommunestyret til å gjere slikt vedtak:" and its points,
    # set apart below it or adopted from the "Forslag til vedtak": the council's to come
    for body in (
            "Vedtak:\nKontrollutvalet rår kommunestyret til å gjere slikt vedtak:\n\n"
            "1. Kommunestyret tek rapporten til vitande.\n"
            "2. Kommunedirektøren rapporterer til kontrollutvalet innan 1. mars 2026.\n",
            "Forslag til vedtak\nKontrollutvalet rår kommunestyret til å gjere slikt vedtak:\n"
            "1. Kommunestyret tek rapporten til vitande.\n"
            "2. Kommunedirektøren rapporterer til kontrollutvalet innan 1. mars 2026.\n"
            "Røysting: Forslag til vedtak vart vedteke med 3 mot 1 røyst.\n"):
        item = _case_system_item(body)
        assert "Kommunedirektøren rapporterer til kontrollutvalet innan 1. mars 2026." in \
            item.decisions
        assert item.actions == []


@pytest.mark.parametrize(("task", "expected"), [
    # helping someone with a thing, as "hjelper til med" is: a named doer's errand
    ("Sekretariatet hjelper kommunene med søknaden innen 1. mai.",
     [("Sekretariatet hjelper kommunene med søknaden innen 1. mai.", "Sekretariatet",
       "2025-05-01")]),
    ("Sekretariatet hjelper kommunene med søknadene.",
     [("Sekretariatet hjelper kommunene med søknadene.", "Sekretariatet", None)]),
    ("Kari Holm hjelpar Per Bø med budsjettet.",
     [("Kari Holm hjelpar Per Bø med budsjettet.", "Kari Holm", None)]),
    # the noun ("en hjelper"), and what a thing does: no one's errand
    ("Ny hjelper i barnehagen begynner 1. mai.", []),
    ("Kari Holm er hjelper i barnehagen fram til 1. mai.", []),
    ("Ordningen hjelper kommunene med søknadene.", []),
])
def test_helping_someone_is_a_task_of_a_named_doer(task, expected):
    item = _short_minutes_item("Referat fra møte 3. mars 2025\n\nTil stede: Kari Holm, "
                               f"Per Bø\n\nSak 1/25 Søknader\n{task}\n")
    assert [(a.text, a.responsible, a.due) for a in item.actions] == expected


@pytest.mark.parametrize("sentence", [
    "Vedtak: Arbeidsgruppa ber vertskommunen leie inn vikar for de ledige vaktene.",
    "Vedtak: Styret bad dagleg leiar leige inn ekstra hjelp til sommaren.",
])
def test_help_to_hire_asked_of_someone_is_their_task(sentence):
    # (s68f) hiring in help ("leie inn", nynorsk "leige inn") is work done for the body,
    # as "engasjerer ekstern bistand" is: the one asked owns it
    _, actions = _outcomes_of(sentence)
    who = "vertskommunen" if "vertskommunen" in sentence else "dagleg leiar"
    assert actions == [(sentence.removeprefix("Vedtak: "), who, None)]
@pytest.mark.parametrize(("sentence", "who"), [
    ("Nettverket ber IMDi om at anmodningen for 2026 sendes kommunene før 1. desember.",
     "IMDi"),
    ("Styret bad Bufetat om at kurset vert halde i Volda innan 1. november.", "Bufetat"),
    # an adverb after the verb names no one: the passive task stays without a doer
    ("Rådet ber også om at stasjonen utredes på nytt innen 1. mars.", None),
])
def test_whom_a_body_asks_that_something_be_done_is_responsible(sentence, who):
    # (s68c) "ber X om at …" with a passive after it: X sees to what the passive leaves
    assert responsible_of(sentence) == who


@pytest.mark.parametrize("sentence", [
    "Samarbeidsmøtet ber Bufetat om å halde eit eige kurs i Volda i november.",
    "Styret ba sekretariatet holde en fagdag for rådgiverne i mai.",
])
def test_a_course_or_gathering_a_body_asks_someone_to_hold_is_a_task(sentence):
    # (s68c) "halde/holde" a course, a gathering or a fagdag: work to do ("halde fram"
    # goes on with the work, a verb of its own)
    assert is_action(sentence)
@pytest.mark.parametrize("sentence", [
    # (s68h) an owners' meeting's own recommendation to the owners is its conclusion
    "Eiermøtet anbefaler at eierkommunene godkjenner ny eierfordeling.",
    "Eigarmøtet tilrår at kommunestyra vedtek avtalen.",
    # a fee kept where it was, as a general meeting sets it
    "Styrehonoraret vert ståande på kr 60 000 for leiar.",
    "Godtgjørelsen blir stående uendret.",
])
def test_an_owners_meetings_advice_and_a_fee_kept_are_decisions(sentence):
    assert is_decision(sentence)
def _one_item(body: str) -> object:
    """The single item of a short txt minutes whose item text is ``body``."""
    text = f"Referat fra møte i Vegforum Nord\n\nDato: 4. mars 2026\n\n1. Høring\n{body}"
    [item] = parse_bytes(text.encode(), "referat.txt").items
    return item


def test_a_forums_statement_label_and_the_statement_sent_on_after_it():
    # (s68a) "Forumet gir slik uttale:" heads the statement, its decisions; the line that
    # sends the statement on ("Uttalen sendes … innen …") names it from outside: a task
    item = _one_item("Forumet gir slik uttale:\nForumet ber om at Fv. 44 prioriteres.\n"
                     "Uttalen sendes fylkeskommunen innen 10. april. Ansvar: sekretariatet.\n")
    assert item.decisions == ["Forumet ber om at Fv. 44 prioriteres."]
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Uttalen sendes fylkeskommunen innen 10. april.", "sekretariatet", "2026-04-10")]


def test_news_after_an_accounts_colon_is_no_decision():
    # (s68a) "Eva Li gjekk gjennom status: Ås og Vik er godkjende, …": what she reported
    item = _one_item("Eva Li gjekk gjennom status: Ås og Vik er godkjende, Lia søkjer i vår.\n")
    assert item.decisions == []
@pytest.mark.parametrize("label", ["Oppsummering/råd:", "Oppsummering og råd:"])
def test_a_planning_forum_s_summing_up_paired_with_advice_heads_its_verdict(label):
    # (s68b) "Oppsummering/råd:" is the forum's own verdict, as "Råd frå planforum:" is,
    # though neither bare word alone makes a label
    body = (f"Kari Moe orienterte om planen.\n\n{label}\nPlanforum meiner planen kan "
            "leggjast ut når strandsona er betre grunngjeve.")
    assert _forum_item(body)[0] == [
        "Planforum meiner planen kan leggjast ut når strandsona er betre grunngjeve."]


def test_a_dated_errand_inside_the_forum_s_advice_is_decided_and_a_task():
    # (s68b) the advice to others is no task, but an errand in the present with its date,
    # in the advice's own paragraph, is the meeting's follow-up, as under "Konklusjon:"
    body = ("Kari Moe orienterte om planen.\n\nRåd frå planforum:\nPlanforum rår kommunen "
            "til å redusere feltet. Lia kommune sender revidert plankart til vegvesenet "
            "innan 1. april 2026.")
    decisions, actions = _forum_item(body)
    assert decisions == ["Planforum rår kommunen til å redusere feltet.",
                         "Lia kommune sender revidert plankart til vegvesenet innan 1. april "
                         "2026."]
    assert actions == [("Lia kommune sender revidert plankart til vegvesenet innan 1. april "
                        "2026.", "Lia kommune", "2026-04-01")]


def test_advice_with_a_date_in_it_stays_advice():
    # (s68b) "rår … til å sende … innan": still the forum's advice, no errand
    body = ("Oppsummering/råd:\nPlanforum rår kommunen til å sende planprogrammet på nytt "
            "innan 1. mai.")
    assert _forum_item(body)[1] == []


@pytest.mark.parametrize("line", ["Innleiar: arealplanleggjar Kari Vik, Lia kommune.",
                                  "Innleder: rådgiver Per Dahl, Lia kommune."])
def test_the_presenter_s_label_owns_no_task(line):
    # (s68b) a job title in "-ar"/"-er" after "Innleiar:" is no verb of a task
    assert not is_action(line)


def test_what_the_presented_plan_will_do_in_the_passive_is_no_task():
    # (s68b) under "Innleiar: …" the plan's content, also in the passive with "skal"; a
    # dated errand after it stays a task
    _, actions = _forum_item(
        "Innleiar: arealplanleggjar Kari Vik, Lia kommune.\nKommunen vil leggje ut nye "
        "hyttefelt. Eldre byggjeområde skal vurderast på nytt.\n"
        "Sekretariatet sender kartet til kommunen innan 1. april.")
    assert [a[0] for a in actions] == ["Sekretariatet sender kartet til kommunen innan 1. april."]


@pytest.mark.parametrize(("vedtak", "expected"), [
    # (s68j) a grant's project reported on by a deadline: a passive task, no one named
    ("Vedtak: Innvilga kr 100 000. Prosjektet vert rapportert innan 1. februar 2027.",
     [("Prosjektet vert rapportert innan 1. februar 2027.", None, "2027-02-01")]),
    ("Vedtak: Innvilget kr 100 000. Prosjektet rapporteres innen 1. februar 2027.",
     [("Prosjektet rapporteres innen 1. februar 2027.", None, "2027-02-01")]),
    # how often a project reports is a standing term, and the term of a grant no task
    ("Vedtak: Innvilget kr 100 000. Prosjektet rapporteres årlig.", []),
    ("Vedtak: Innvilget kr 100 000. Tilsagnet gjelder til 1.12.2026.", []),
])
def test_a_grant_s_project_reported_on_by_a_deadline_is_a_task(vedtak, expected):
    _, actions = _outcomes_of(vedtak)
    assert actions == expected


@pytest.mark.parametrize(("vedtak", "due"), [
    # (s68j) the sentence after a vedtak's task names its work by the case ("Saka",
    # "Saken") and only says when it is ready: the task's deadline, no second task
    ("Vedtak: Styret ber administrasjonen lage ei sak om cruisestrategi. Saka skal vere "
     "klar innan 15. januar 2026.", "2026-01-15"),
    ("Vedtak: Styret ber administrasjonen lage en sak om cruisestrategi. Saken skal være "
     "klar innen 15. januar 2026.", "2026-01-15"),
])
def test_the_case_ready_by_a_date_after_a_vedtak_s_task_dates_it(vedtak, due):
    _, actions = _outcomes_of(vedtak)
    assert [(a[1], a[2]) for a in actions] == [("administrasjonen", due)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # (s68j) what the applicant of a grant case plans is the case's facts, no task
    ("Selskapet skal etablere 12 telt med helårsdrift.", []),
    ("Søkjaren skal byggje om løa til selskapslokale.", []),
    # bound by a deadline it is the grant's condition to meet: a task
    ("Søkeren skal sende sluttrapport innen 1. mars 2026.",
     [("Søkeren skal sende sluttrapport innen 1. mars 2026.", "Søkeren", "2026-03-01")]),
])
def test_an_applicant_s_plan_in_a_grant_case_is_no_task(sentence, expected):
    _, actions = _outcomes_of(f"Søkt beløp: kr 300 000.\n{sentence}")
    assert actions == expected
def test_a_nemnd_s_statement_label_heads_its_statement_and_sets_no_task():
    # (s68k) "Fiskerinemnda gir følgjande fråsegn:" is the statement's label as "Forumet gir
    # slik uttale:" is; a passive condition in it, with no one named and no day, is what
    # the statement asks of the applicant, no errand after the meeting
    item = _one_item("Fiskerinemnda gir følgjande fråsegn:\nNemnda rår frå at lokaliteten vert "
                     "utvida.\nFortøyingane må flyttast ut av gytefeltet.\n")
    assert item.decisions == ["Nemnda rår frå at lokaliteten vert utvida.",
                              "Fortøyingane må flyttast ut av gytefeltet."]
    assert item.actions == []


def test_a_named_forum_s_statement_on_one_line_is_its_outcome_and_no_task():
    # (s68k) the forum by its name and region, the statement after the colon on the same
    # line: the whole line the outcome; a demand ("krev at") in it is no errand
    line = ("Vindkraftforum Nordfjord gir følgjande fråsegn: Forumet krev at det vert laga ein "
            "plan for friluftsliv før konsesjon vert gitt.")
    item = _one_item(line + "\n")
    assert item.decisions == [line]
    assert item.actions == []


@pytest.mark.parametrize("sentence", ["Forumet krev at det vert laga ein plan for friluftsliv.",
                                      "Nemnda krever at fortøyningene flyttes."])
def test_a_body_s_demand_is_its_decision_and_no_task(sentence):
    # (s68k) a body's demand in its statement, as its "ber om at" is
    assert is_decision(sentence)
    assert not is_action(sentence)


def test_a_body_s_demand_with_a_day_stays_a_task():
    assert is_action("Forumet krev at sekretariatet sender brevet innan 1. mai.")


@pytest.mark.parametrize("sentence", [
    # (s68k) where a planned structure will lie or reach, told of a fish farm's site
    "Anlegget vil ligge nær land.",
    "Fortøyingane vil gå om lag 120 meter inn i gytefeltet.",
])
def test_where_a_site_will_lie_or_reach_is_no_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize("sentence", ["Utgreiinga skal liggje føre innan 1. november.",
                                      "Kari vil gå gjennom søknaden innan fredag."])
def test_a_paper_due_or_a_read_through_stays_a_task(sentence):
    assert is_action(sentence)


@pytest.mark.parametrize(("sentence", "who"), [
    # (s69a) a fault reported at the meeting, put right by the vendor after it
    ("Leverandøren retter feilen innen uke 12.", "Leverandøren"),
    ("Leverandøren Fjellnett AS utbedrer avviket innen 1. mars.", "Leverandøren Fjellnett AS"),
    # a course given to those the body trains
    ("Berit Dale held kurs for superbrukarane 14. april.", "Berit Dale"),
    # an institution named by its place: the place is part of its name
    ("Universitetet i Agder vurderer kveldskurs og gir svar innen 1. mars.",
     "Universitetet i Agder"),
    # the vendor asked by the body in its vedtak
    ("Styringsgruppa ber om at leverandøren legg fram ein ny leveranseplan.", "leverandøren"),
    # the one who asks others for input and then reports back herself
    ("Kari Holm ber fastlegane om innspel og melder attende innan 15. april.", "Kari Holm"),
])
def test_a_vendor_s_and_an_institution_s_tasks(sentence, who):
    assert is_action(sentence)
    assert responsible_of(sentence) == who


def test_a_request_for_input_by_a_date_stays_with_those_asked():
    assert responsible_of("Styret ber kommunene om innspill innen 15. april.") == "kommunene"
@pytest.mark.parametrize("note", ["Semje om at", "Enighet om at", "Full semje om at"])
def test_an_agreement_note_without_its_verb_gives_the_task_to_those_after_at(note):
    # "Semje om at OT og NAV lagar …": no subject of its own, as "Det var semje om at …"
    _, actions = _outcomes_of(f"{note} OT og NAV lagar ei felles oversikt over ungdomane.")
    assert [a[1] for a in actions] == ["OT og NAV"]
@pytest.mark.parametrize("sentence", [
    "Kommunene er bedt om å bosette 40 flyktninger i 2026.",
    "Kommunane er bedne om å busetje 25 flyktningar i 2026.",
    "Utvalget har blitt bedt om å gi en uttalelse innen 1. mars.",
    "Sauda kommune er bedt om å ta imot ti personer neste år.",
])
def test_a_request_the_members_received_is_no_task(sentence):
    # (s69e) the perfect passive reports a request from outside (IMDi's, the county's), as
    # "IMDi ber kommunene …" is read: no follow-up of this body
    assert not is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "Kommunane vert bedne om å melde inn behov innan 20. juni.",  # the meeting asks now
    "Ullensaker ble bedt om å sende oppdatert plan innen 1. mai.",  # the meeting asked
    "Sekretariatet er bedt om å sende ut innkallingen innen 1. mai.",  # the body's staff
    "Kari Holm er bedt om å kontakte NAV innen 1. mai.",  # a person given it
])
def test_a_request_the_meeting_gives_stays_a_task(sentence):
    assert is_action(sentence)


def test_a_forum_named_with_what_it_is_for_sets_only_its_own_day():
    # (s69e) "Neste planforum for kystsoneplan blir …" is the day the forum of that name
    # set; in a regional council's or another forum's minutes it tells another's day
    said = "Neste planforum for kystsoneplan blir 3. juni."
    assert is_decision(said)
    assert not decided_by_another(said, "Planforum for kystsoneplan")
    assert decided_by_another(said, "Namdal regionråd")
    assert decided_by_another(said, "Regionalt planforum")


@pytest.mark.parametrize("sentence", [
    "Nettverket ber IMDi om midler til en felles samling.",
    "Regionrådet bed Husbanken om tilskot til bustadprosjektet.",
    "Faggruppa ber fylkeskommunen om midlar til kartlegginga for 2026.",
])
def test_asking_an_agency_for_money_is_the_body_s_decision_no_task(sentence):
    # (s69e, as corpus 7518 reads it) the request is what the body decided; who writes the
    # application is a task only when a sentence gives it ("Kari skriver søknaden.")
    assert is_decision(sentence)
    assert not is_action(sentence)
def test_a_vote_against_by_whose_votes_closes_the_vedtak():
    # (s69c) "Vedtatt mot stemmene fra Sørby." is the vote on the vedtak above; the task
    # after it is no part of the vedtak
    decisions, actions = _outcomes_of(
        "Vedtak:\nRepresentantskapet vedtar gebyrene for 2027.\n\n"
        "Vedtatt mot stemmene fra Sørby.\n\n"
        "Daglig leder legger fram en evaluering høsten 2027.")
    assert decisions == ["Representantskapet vedtar gebyrene for 2027.",
                         "Vedtatt mot stemmene fra Sørby."]
    assert actions == [("Daglig leder legger fram en evaluering høsten 2027.", "Daglig leder",
                        None)]


@pytest.mark.parametrize("sentence", [
    # (s69c) a budget to draw up on a frame the body set
    "Samarbeidsorganet ber vertskommunen byggje budsjettet på ei ramme på kr 38 mill.",
    # a point raised, to be taken into the next report
    "Legevaktsjefen tek dette med i rapporten for andre tertial.",
    "Sekretariatet tar dette med i neste statusrapport.",
    # (s70l) a point worked into a paper
    "Hanne Lunde tar dette inn i praksisinformasjonen for høsten.",
    "Eva tek det inn i planutkastet.",
])
def test_a_budget_to_build_or_a_point_to_take_into_a_report_is_a_task(sentence):
    assert is_action(sentence)
# (s69h) an employer–union protokoll's outcomes and the tasks of an HR network

@pytest.mark.parametrize("sentence", [
    "Partene er ikke enige om bemanningsreduksjonen.",
    "Partane er ikkje samde om turnusordninga.",
    "Enighet.",
    "Uenighet.",
])
def test_the_parties_agreeing_or_not_in_a_drofting_is_its_outcome(sentence):
    decisions, actions = _outcomes_of(sentence)
    assert decisions == [sentence]
    assert actions == []


def test_a_rule_put_in_force_from_a_day_is_decided_not_a_task():
    # the passive "gjøres" is a task ("Endringen gjøres før neste møte"), but a rule made
    # to apply from a day is what the parties agreed
    decisions, actions = _outcomes_of("Enighet. Retningslinjene gjøres gjeldende fra "
                                      "1. mars 2026.")
    assert decisions == ["Enighet.", "Retningslinjene gjøres gjeldende fra 1. mars 2026."]
    assert actions == []


def test_a_trial_made_lasting_from_a_day_is_decided_not_a_task():
    decisions, actions = _outcomes_of("Vedtak: Ordningen gjøres permanent fra 1. juli 2026.")
    assert decisions == ["Ordningen gjøres permanent fra 1. juli 2026."]
    assert actions == []


def test_informing_others_by_a_day_is_a_task_telling_of_something_is_not():
    _, actions = _outcomes_of("Vedtak: Daglig leder informerer eierkommunene innen "
                                      "15. juni.")
    assert [(text, who) for text, who, _ in actions] == [
        ("Daglig leder informerer eierkommunene innen 15. juni.", "Daglig leder")]
    _, actions = _outcomes_of("Kari Holm informerer om at fristen er 1. mars.")
    assert actions == []


@pytest.mark.parametrize("sentence", [
    "Ny sak 19/26 tas opp under Eventuelt.", "Saka vert teken opp under eventuelt."])
def test_a_case_put_on_this_meetings_agenda_is_no_task(sentence):
    _, actions = _outcomes_of(f"Godkjent med følgende endring: {sentence}")
    assert actions == []


@pytest.mark.parametrize(("vedtak", "who"), [
    ("Vedtak: AMU ber daglig leder sette i verk en arbeidsplassvurdering innen 15. april.",
     "daglig leder"),
    ("Vedtak: AMU tek statistikken til orientering og ber dagleg leiar setje i verk ei "
     "arbeidsplassvurdering innan 15. april.", "dagleg leiar"),
])
def test_a_vedtak_asking_someone_to_put_a_measure_in_place_is_a_task_too(vedtak, who):
    item = _item_of(vedtak, "10. mars 2026")
    assert [(a.responsible, a.due) for a in item.actions] == [(who, "2026-04-15")]


@pytest.mark.parametrize(("vedtak", "who"), [
    # (s71c) work to start: "… ber styret sette i gang arbeidet med …", nynorsk "setje i gang"
    ("Vedtak: Representantskapet ber styret sette i gang arbeidet med revidert eierstrategi.",
     "styret"),
    ("Vedtak: Representantskapet ber dagleg leiar setje i gang arbeidet med ny eigarstrategi.",
     "dagleg leiar"),
])
def test_a_vedtak_asking_someone_to_start_work_is_a_task_too(vedtak, who):
    item = _item_of(vedtak, "10. mars 2026")
    assert [a.responsible for a in item.actions] == [who]


def test_a_member_weighing_the_same_option_for_its_own_place_takes_on_no_task():
    _, actions = _outcomes_of("Nome søker om ekspertbistand for hjemmetjenesten.\n"
                              "Midt-Telemark vurderer det samme for barnehagene.")
    assert "Midt-Telemark vurderer det samme for barnehagene." not in [a[0] for a in actions]


def test_a_staff_unit_at_one_member_owns_its_task_with_its_place():
    # "HR i Hadsel": the unit by its capitals and the member it belongs to, not "HR" alone
    _, actions = _outcomes_of("HR i Hadsel koordinerer kartleggingen innen 1. april.")
    assert actions == [("HR i Hadsel koordinerer kartleggingen innen 1. april.",
                        "HR i Hadsel", "2024-04-01")]


@pytest.mark.parametrize(("sentence", "who"), [
    # (s69i) the state's office by its county owns the task, not "Statsforvaltaren" alone
    ("Statsforvaltaren i Nordfylke sender tilsegnsbrev til søkjarane innan 1. juli.",
     "Statsforvaltaren i Nordfylke"),
    ("Statsforvalteren i Møre og Romsdal sender brev til kommunene innen 1. mai.",
     "Statsforvalteren i Møre og Romsdal"),
])
def test_the_state_s_county_office_named_by_its_county_owns_the_task(sentence, who):
    assert responsible_of(sentence) == who


def test_the_line_that_announces_the_vedtak_is_no_sentence_of_it():
    # (s69i) "Nemnda vedtok samrøystes:" / the vedtak / "Sekretariatet kunngjer vedtaket …"
    text = ("Protokoll frå møte i nemnda\n\nMøtedato: 5. mai 2026\n\n"
            "Sak 4/26 Kvote for lisensfelling av jerv\nSekretariatet orienterte.\n"
            "Nemnda vedtok samrøystes:\nNemnda opnar for felling av 5 jerv.\n"
            "Sekretariatet kunngjer vedtaket på nettsida innan 20. mai.\n")
    [item] = parse_bytes(text.encode(), "nemnd.txt").items
    assert item.decisions == ["Nemnda opnar for felling av 5 jerv."]
    assert [(a.responsible, a.due) for a in item.actions] == [("Sekretariatet", "2026-05-20")]


def test_a_budget_table_s_task_heading_over_sums_is_no_task():
    # (s69i) "Tiltak | Beløp (kr)" heads a budget's lines, no follow-up "Beløp (kr)"
    text = ("Referat frå møte i utvalet\n\nDato: 5. mai 2026\n\n"
            "Sak 1/26 Fordeling av midlar\nSekretariatet la fram framlegg:\n\n"
            "Tiltak\tBeløp (kr)\nKurs i gjerding\t30 000\nFagdag\t45 000\n\n"
            "Vedtak: Utvalet sluttar seg til fordelinga.\n")
    [item] = parse_bytes(text.encode(), "rbu.txt").items
    assert item.actions == []
    assert item.decisions == ["Utvalet sluttar seg til fordelinga."]


@pytest.mark.parametrize("sentence", [
    "Forskrifta skal følgje gravplassforskrifta § 12 om festeavgift.",
    "Avtalen skal gjelde for alle tre kommunene.",
])
def test_what_a_paper_told_of_shall_follow_is_a_rule_no_errand(sentence):
    # (s69k) after "X orienterte om …", what a regulation or agreement "skal følgje" or
    # "skal gjelde" is how it is to be, no one's task
    body = f"Kari Holm orienterte om arbeidet med ei felles forskrift. {sentence}"
    assert _integration_item("Felles forskrift", body) == ([], [])


@pytest.mark.parametrize(("sentence", "owner"), [
    ("Kyrkjeverja i Alver sender utkastet på høyring innan 1. mars.", "Kyrkjeverja i Alver"),
    ("Kirkevergen sender søknad om godkjenning til kommunen innen 1. oktober.", "Kirkevergen"),
    ("Prosten sender listen til soknene innen 15. november.", "Prosten"),
])
def test_a_church_council_s_officer_owns_the_task_with_the_municipality_named(sentence, owner):
    # (s69k) among several municipalities' kyrkjeverjer, "i Alver" says whose
    assert is_action(sentence)
    assert responsible_of(sentence) == owner


def test_a_case_paper_printed_after_the_vedtak_ends_it():
    # a case system may print the case paper below the meeting's vedtak: its bare
    # headings end the vedtak, and what the paper tells is no outcome
    text = ("Møteprotokoll\n\nUtval: Arbeidsutvalet i Nordvik\nMøtedato: 07.05.2026\n\n"
            "PS 31/26 Innspel til statsbudsjettet\n\nInnstilling:\nArbeidsutvalet sluttar seg "
            "til innspelet.\nBehandling:\nSamrøystes vedteke.\nVedtak:\nArbeidsutvalet sluttar "
            "seg til innspelet.\nSaksopplysningar:\nRegjeringa legg fram budsjettet i oktober."
            "\nVurdering:\nDagleg leiar meiner saka er viktig.\nVedlegg:\nUtkast til innspel\n")
    item = parse_bytes(text.encode(), "protokoll.txt").items[0]
    assert sorted(item.decisions) == ["Arbeidsutvalet sluttar seg til innspelet.",
                                      "Samrøystes vedteke."]


def test_the_case_officer_of_an_election_case_fills_no_seat():
    # "Saksbehandlar: Name" opens the case's paper: in an election case it is no seat
    # the election filled, as "Leiar: Name" would be
    text = ("Møteprotokoll\n\nUtval: Regionrådet Nordvik\nMøtedato: 12.02.2026\n\n"
            "PS 07/26 Val av representant til styret i reiselivslaget\n\n"
            "Saksbehandlar: Tone Vik\n\nBehandling:\nSamrøystes vedteke.\n\n"
            "Vedtak:\nKari Lie vert vald som representant.\n")
    item = parse_bytes(text.encode(), "protokoll.txt").items[0]
    assert item.decisions == ["Samrøystes vedteke.", "Kari Lie vert vald som representant."]


def test_a_status_told_place_by_place_is_no_task():
    # (s70f) "Overhalla har vedtatt …, Grong sender planen på høring i januar, og Namsos
    # har …": each member's status in turn, news; a dated promise of one stays a task
    text = ("Referat\n\nDato: 12.11.2025\n\nTil stede: Liv Aas (Namsos kommune), "
            "Bjørn Øyen (Overhalla kommune), Marit Fiskum (Grong kommune).\n\n"
            "Sak 11/25 Kulturminneplaner – status\nKommunene ga en kort status. Overhalla "
            "har vedtatt sin plan, Grong sender planen på høring i januar, og Namsos har så "
            "vidt startet revisjonen.\nGrong sender planen til fylket innen 1. februar.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [a.text for a in record.items[0].actions] == [
        "Grong sender planen til fylket innen 1. februar."]


@pytest.mark.parametrize("sentence", [
    "Anders Brenna la fram et forslag om en lokal produksjon for 6. trinn.",
    "Kari la frem saken.", "Eline Haug oppsummerte evalueringene fra skolene."])
def test_a_proposal_laid_before_the_meeting_or_a_summary_tells_what_it_did(sentence):
    # (s70f) the report of the talk, as "Kari orienterte om …", no errand for after it
    from motebok.extract.outcomes import tells_what_the_meeting_did
    assert tells_what_the_meeting_did(sentence)


def test_with_whom_the_work_told_of_is_made_is_no_task():
    # (s70f) "Eva orienterte om utstillingen." / "Utstillingen lages sammen med
    # historielaget.": how the work she told of is done, news; a dated passive stays a task
    text = ("Protokoll\n\nDato: 10.06.2025\n\nSak 24/25 Sommerutstillingen\n"
            "Konservator Eva Berg orienterte om sommerutstillingen, som åpner 21. juni.\n"
            "Utstillingen lages sammen med det lokale historielaget.\n"
            "Styret tok orienteringen til etterretning.\n\n"
            "Sak 25/25 Katalog\nKari Holm orienterte om katalogen.\n"
            "Katalogen lages sammen med fylkesarkivet innen 1. september.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert record.items[0].actions == []
    assert [a.text for a in record.items[1].actions] == [
        "Katalogen lages sammen med fylkesarkivet innen 1. september."]


def test_one_asked_in_nynorsk_with_the_participle_bede_is_given_the_task():
    # (s70b) "vert bede om å …" (nynorsk's participle "bede") as "vert beden om å …"
    sentence = "Kystverket vert bede om å stadfeste at mudringa ikkje krev ny merking."
    assert is_action(sentence)
    assert responsible_of(sentence) == "Kystverket"


def test_a_request_in_the_perfect_under_the_vedtak_is_the_body_s_errand():
    # (s70b) "Kystverket er bedt om å … innen 1. desember." in the talk tells a request
    # received; under "Vedtak:" it is the body's own, with its deadline
    text = ("Protokoll fra møte i havnestyret\n\nMøtedato: 12. november 2026\n\n"
            "Sak 33/26 Mudring – status\n\nHavnefogden orienterte.\n\nVedtak:\n"
            "Saken tas til orientering.\n\nKystverket er bedt om å sende oppdatert "
            "fremdriftsplan for merkingen innen 1. desember.\n")
    item = parse_bytes(text.encode(), "protokoll.txt").items[0]
    assert [(a.responsible, a.due) for a in item.actions] == [("Kystverket", "2026-12-01")]


def test_a_member_s_request_after_his_view_is_no_decision():
    # (s70b) "Per Dahl mente at …, og ba om at saken utsettes.": his motion in the talk
    text = ("Protokoll fra representantskapsmøte\n\nMøtedato: 23.04.2026\n\n"
            "Sak 4/26 Kaiavgift\n\nGeir Arnesen mente at felles satser vil ramme de små "
            "fiskerihavnene, og ba om at saken utsettes.\n\nVedtak:\nForskriften vedtas.\n")
    item = parse_bytes(text.encode(), "protokoll.txt").items[0]
    assert item.decisions == ["Forskriften vedtas."]


@pytest.mark.parametrize("sentence", [
    "Fylkeskommunen er høringsinstans og vil legge vekt på Fiskeridirektoratets kartlegging.",
    "Kommunen vil ta hensyn til innspillene.",
    "Fylkeskommunen inviterer fiskarlaget til planforum når kystsoneplaner behandles.",
])
def test_a_stance_or_a_practice_for_each_such_case_is_no_task(sentence):
    # (s70b) what the county will weigh, and what it does each time a plan comes up
    assert not is_action(sentence)


def test_the_summing_up_s_label_is_no_part_of_its_task():
    # (s70b) "Oppsummering: X sender …": the task without the label
    text = ("Referat fra møte i kystforum\n\nDato: 18. september 2026\n\n1. Kaier\n"
            "Tove Lind orienterte.\nOppsummering: Fylkeskommunen sender en oversikt over "
            "kaiene til fiskarlaget innen 1. november.\n")
    item = parse_bytes(text.encode(), "referat.txt").items[0]
    assert [a.text for a in item.actions] == [
        "Fylkeskommunen sender en oversikt over kaiene til fiskarlaget innen 1. november."]


@pytest.mark.parametrize("sentence", [
    # (s70c) the verb before its subject, after what led to the agreement
    "Etter diskusjon ble møtet enige om denne prioriteringen:",
    "Etter drøftinga vart rådet samde om rekkjefølgja.",
    "Etter en runde ble vi enige om følgende rekkefølge:",
])
def test_agreeing_with_the_verb_before_its_subject_is_a_decision(sentence):
    assert is_decision(sentence)


@pytest.mark.parametrize(("sentence", "task"), [
    # (s70c) what is sent goes "som" something: a form, no judgement ("vurderes som")
    ("Rv. 9 sendes som eget innspill til Statens vegvesen.", True),
    ("Uttalen oversendes som høringssvar til fylkeskommunen.", True),
    ("Tiltaket vurderes som uheldig.", False),
    ("Søknaden sendes ikke videre.", False),
])
def test_sent_as_something_is_a_passive_task(sentence, task):
    assert is_action(sentence) is task


@pytest.mark.parametrize(("sentence", "who"), [
    # (s70c) taking the meeting's outcome into a paper yet to be written
    ("Fylkeskommunen tar den felles prioriteringen med i saksframlegget.", "Fylkeskommunen"),
    ("Sekretariatet tek innspela med i fråsegna.", "Sekretariatet"),
    ("Sekretariatet tar innspillene med inn i høringsuttalelsen.", "Sekretariatet"),
])
def test_taking_something_into_a_paper_is_a_task(sentence, who):
    assert is_action(sentence)
    assert responsible_of(sentence) == who


def test_taking_something_into_a_judgement_is_no_such_task():
    assert not is_action("Styret tar hensynet med i vurderingen.")


@pytest.mark.parametrize(("one", "other", "same"), [
    # (s70c) the text's "Kommunen" for the register's "<name> kommune"
    ("Kommunen", "Midt-Telemark kommune", True),
    ("Fylkeskommunen", "Agder fylkeskommune", True),
    ("Kommunen", "Statens vegvesen", False),
])
def test_a_municipality_by_its_definite_kind_is_the_named_one(one, other, same):
    assert same_owners(one, other) is same


def test_a_scheme_made_known_by_a_named_doer_is_a_task():
    # (s70d) "kunngjør" as "lyser ut": the call made known after the meeting
    assert is_action("Daglig leder kunngjør ordningen innen 1. mars 2026.")
    assert responsible_of("Daglig leder kunngjør ordningen innen 1. mars 2026.") == \
        "Daglig leder"


def test_what_is_to_happen_by_the_schedule_is_no_task():
    # (s70d) "skal etter planen" tells the plan's next step, which no one took on at the
    # meeting; without the schedule's words the passive is the usual task
    assert not is_action("Byggesøknaden skal etter planen sendes i slutten av juni.")
    assert not is_action("Anlegget skal ifølge fremdriftsplanen stå ferdig i 2028.")
    assert is_action("Byggesøknaden skal sendes i slutten av juni.")


def test_an_outcome_only_in_a_condition_is_none_of_the_meeting():
    # (s70d) "dersom styret slutter seg til …": what another body must do first
    assert not is_decision("Anbudskonkurransen kan lyses ut i september dersom styret "
                           "slutter seg til kostnadsrammen.")
    assert is_decision("Styret slutter seg til kostnadsrammen dersom kommunene gjør det "
                       "samme.")


def test_an_election_committee_s_points_laid_before_the_vote_are_decided_by_it():
    # (s70j) "Valgkomiteen la fram sin innstilling:" labels the points under it as the
    # proposal, as "Valgkomiteens innstilling:" does: the vote after them adopts them
    body = ("Valgkomiteen la fram sin innstilling:\n- Randi Sol, styreleder, gjenvalg for to år."
            "\n- Ivar Moen, styremedlem, ny for to år.\nInnstillingen ble enstemmig vedtatt.")
    decisions, _ = _outcomes_of(body)
    assert decisions == ["Randi Sol, styreleder, gjenvalg for to år.",
                         "Ivar Moen, styremedlem, ny for to år.",
                         "Innstillingen ble enstemmig vedtatt."]
    nynorsk = ("Valnemnda la fram framlegget sitt:\n- Randi Sol, leiar, attval for to år.\n"
               "Framlegget vart samrøystes vedteke.")
    assert _outcomes_of(nynorsk)[0] == ["Randi Sol, leiar, attval for to år.",
                                        "Framlegget vart samrøystes vedteke."]
    # never voted on, the points stay a proposal
    assert _outcomes_of("Valgkomiteen la fram sin innstilling:\n"
                        "- Randi Sol, styreleder, gjenvalg for to år.")[0] == []


@pytest.mark.parametrize("sentence", [
    "Revisors honorar godkjennes etter regning.",
    "Reiseutgifter godkjennes etter statens satser.",
])
def test_what_is_approved_by_a_measure_is_a_decision(sentence):
    # (s70j) "… godkjennes etter regning" approves by what measure, as "… som fremlagt"
    assert is_decision(sentence)


def test_the_staff_asked_to_coordinate_an_input_is_their_task():
    # (s70j) "samordne" is asked as "koordinere" is
    sentence = "Arbeidsgruppa ber sekretariatet samordne et felles innspill."
    assert is_action(sentence)
    assert responsible_of(sentence) == "sekretariatet"


def test_what_the_municipality_presented_means_to_do_is_no_errand():
    # (s70j) after "X presenterte planinitiativet.", "Kommunen vil …" tells the plan's
    # aim (as under a talk's heading); a dated errand stays a task
    _, actions = _outcomes_of("Kari Vik presenterte planinitiativet. Kommunen vil leggje til "
                              "rette for ny næring ved hamna.")
    assert actions == []
    _, actions = _outcomes_of("Kari Vik presenterte planinitiativet. Kommunen vil sende "
                              "søknaden innen 1. mai.")
    assert actions == [("Kommunen vil sende søknaden innen 1. mai.", "Kommunen", "2024-05-01")]


def test_a_seat_and_its_participle_as_a_label_over_the_elected():
    # (s70h) "Møteleiar vald: Brynjar Lunde" in an opening item records an election
    text = ("Protokoll frå eigarmøte\n\nDato: 16. april 2026\n\n"
            "Sak 1/26 Opning. Godkjenning av innkalling og dagsorden\n"
            "Møteleiar vald: Brynjar Lunde\n"
            "Innkalling og dagsorden vart godkjende utan merknader.\n\n"
            "Sak 2/26 Eventuelt\nIngen saker.\n")
    item = parse_bytes(text.encode(), "p.txt").items[0]
    assert item.decisions == ["Møteleiar vald: Brynjar Lunde",
                              "Innkalling og dagsorden vart godkjende utan merknader."]


@pytest.mark.parametrize("sentence", [
    # (s70n) keeping up a practice that goes on already is a standing way of working
    "Kommunen vil vidareføre dei årlege samarbeidsmøta.",
    "Styret vil fortsette med åpne treninger i sommer.",
    "Frivilligsentralen vil halde fram med leksehjelpa.",
])
def test_keeping_up_what_goes_on_is_no_task(sentence):
    assert not is_action(sentence)


def test_keeping_up_something_by_a_date_is_still_a_task():
    assert is_action("Kari vil videreføre avtalen med leverandøren innen 1. mars.")


@pytest.mark.parametrize("sentence", [
    # (s70n) people setting up a working group do the work after the meeting
    "Oddvar Rise og Elin Tjørve set ned ei arbeidsgruppe saman med frivilligkoordinator.",
    "Kari og Per setter ned en arbeidsgruppe.",
])
def test_people_setting_down_a_working_group_is_a_task(sentence):
    assert is_action(sentence)


@pytest.mark.parametrize("sentence", [
    # the body doing so creates it by its decision, also after a first act
    "Styret set ned ei arbeidsgruppe.",
    "Rådet setter ned en arbeidsgruppe.",
    "Leiarforumet tek rapporten til vitande og set ned ei arbeidsgruppe som følgjer opp "
    "pålegga.",
])
def test_the_body_setting_down_a_working_group_is_no_task(sentence):
    assert not is_action(sentence)


def test_the_municipality_the_meeting_decided_does_it_is_responsible():
    # (s70n) a meeting between a municipality and its clubs gives the municipality the errand
    assert responsible_of("Møtet vedtok at kommunen lagar eit eige skjema for små "
                          "søknader.") == "kommunen"


@pytest.mark.parametrize("text", [
    # (s70n) a committee elected with the year it serves for fills its seats
    "Sak 8 Valg\nValgkomité for 2027: Anita Hagen (leder), Per Dal og Hege Moen.\n",
    "Sak 8 Valg\nRevisor for 2026–2027: Jan Berg\n",
])
def test_a_seat_elected_for_a_year_is_a_decision(text):
    record = parse_bytes(("Protokoll fra årsmøte i Nordby IL\n\n" + text).encode(), "a.txt")
    assert record.items[0].decisions == [text.splitlines()[1]]


@pytest.mark.parametrize(("sentence", "who"), [
    ("Kommunane vert oppmoda om å melde ledige bustader til IMDi innan 1. mars.", "Kommunane"),
    ("Kommunene blir oppmodet om å sende inn tall innen 1. mai.", "Kommunene"),
])
def test_the_meeting_asking_the_municipalities_formally_is_their_task(sentence, who):
    # (s70k) "vert oppmoda om å …", the formal request, as "vert bedne om å …" is read
    assert is_action(sentence)
    assert responsible_of(sentence) == who


def test_a_formal_request_received_before_is_no_task():
    # (s70k) the perfect "er oppmoda om å …" reports IMDi's request, as "er bedne om" does
    assert not is_action("Kommunane er oppmoda om å busetje 30 flyktningar i 2027.")


def test_a_task_takes_its_deadline_from_the_next_task_on_the_thing_it_makes():
    # (s70m) the guide takes ``due`` from the task's own sentence or the next one: the next
    # one, presenting what the first makes by its definite noun, is a task of its own too
    _decisions, actions = _council_outcomes(
        "Vedtak: Regionrådet gir sekretariatet i oppdrag å lage en plan for felles innkjøp. "
        "Planen legges fram for regionrådet innen 1. desember.")
    assert actions == [
        ("Regionrådet gir sekretariatet i oppdrag å lage en plan for felles innkjøp.",
         "sekretariatet", "2024-12-01"),
        ("Planen legges fram for regionrådet innen 1. desember.", None, "2024-12-01")]
    # another thing's date is not the first task's, nor the body's next errand
    for then in ("Budsjettet legges fram for regionrådet innen 1. desember.",
                 "Regionrådet ber om en skriftlig tilbakemelding innen 1. desember."):
        _decisions, actions = _council_outcomes(
            "Vedtak: Regionrådet gir sekretariatet i oppdrag å lage en plan for felles "
            f"innkjøp. {then}")
        assert actions[0][2] is None


def test_a_standing_practice_under_oppsummering_is_decided_no_task():
    # (s70m) the summing up of a case records what the meeting concluded: a party's task
    # for good ("… når planene behandles") is a working rule, a decision; a one-off task
    # there stays a task
    decisions, actions = _outcomes_of(
        "Vi drøftet saken. Oppsummering: Fylkeskommunen inviterer laget til planforum når "
        "kystsoneplaner behandles.")
    assert decisions == ["Fylkeskommunen inviterer laget til planforum når kystsoneplaner "
                         "behandles."]
    assert actions == []
    decisions, actions = _outcomes_of(
        "Vi drøftet saken. Oppsummering: Fylkeskommunen sender oversikten innen 1. november.")
    assert actions == [("Fylkeskommunen sender oversikten innen 1. november.",
                        "Fylkeskommunen", "2024-11-01")]


@pytest.mark.parametrize(("sentence", "task"), [
    # nynorsk's participle "lagd" as "lagt": the case's next step is a task
    ("Saka vert lagd fram for regionrådet i mars.", True),
    ("Planen vert lagt fram for kommunane i april.", True),
    # what someone told will happen to a thing, no doer of the body named: news
    ("Leiaren orienterte om at saka om ferjeavtalen vert lagd fram i mars.", False),
    ("Kari Holm orienterte om at rapporten blir lagt fram i juni.", False),
])
def test_a_case_laid_before_a_body_is_a_task_unless_told_as_news(sentence, task):
    assert is_action(sentence) is task

@pytest.mark.parametrize("sentence", [
    # (s70l) a member weighing what others have done, told as news
    "To av kommunene har nå avtale om delt stilling med høgskolen, og Nordsjø kommune "
    "vurderer det samme.",
    "Nordsjø kommune vurderar òg det same.",
])
def test_a_member_weighing_the_same_as_others_is_news_no_task(sentence):
    assert not is_action(sentence)


def test_the_options_weighed_under_a_lead_are_no_errands():
    # (s70q) "Rådet drøfta to forslag:" over "a. at …" / "b. at … vert kalla inn."
    text = ("Referat frå brukarrådet\n\nDato: 22. oktober 2026\n\n"
            "Sak 14/26 Utalarmering\nRådet drøfta to forslag:\n"
            "- a. at 110 alarmerer nabobrannvesen direkte,\n"
            "- b. at innsatsleiar avgjer kva for mannskap som vert kalla inn.\n"
            "Vedtak: Brukarrådet rår til forslag a. Samrøystes.\n")
    item = parse_bytes(text.encode(), "p.txt").items[0]
    assert item.actions == []


@pytest.mark.parametrize(("body", "tasks"), [
    # in someone's account, the month the paper she told of goes on is her work's timeline
    ("Kari Holm orienterte om revidert handlingsplan. Planen skal til politisk handsaming i "
     "juni.", []),
    ("Per Dal orienterte om budsjettet. Budsjettet skal til sluttbehandling i mars.", []),
    # but a deadline, a høring someone sends it on, or no account before it keeps the task
    ("Per Dal orienterte om planarbeidet. Planforslaget sendes på høring i februar.",
     ["Planforslaget sendes på høring i februar."]),
    ("Kari Holm orienterte om planen. Planen skal sendast til handsaming innan 1. mai.",
     ["Planen skal sendast til handsaming innan 1. mai."]),
    ("Saken skal til behandling i formannskapet.",
     ["Saken skal til behandling i formannskapet."]),
])
def test_a_month_named_in_someones_account_is_the_timeline_of_the_work_told(body, tasks):
    assert [text for text, *_ in _outcomes_of(body)[1]] == tasks


@pytest.mark.parametrize("sentence", [
    "Mona Rustad tar den med til fylkets tildelingsmøte 3. juni.",
    "Leiar tek søknaden med til fylket.",
])
def test_a_paper_taken_along_to_another_party_is_an_errand(sentence):
    # (s71d) the pronoun or the paper between "tar" and "med til", as "tar saken med til"
    assert [text for text, *_ in _outcomes_of(sentence)[1]] == [sentence]


def test_a_show_staged_again_is_no_case_put_off():
    # (s71d) "settes opp igjen" of a performance stages it again (a task, passive), while
    # "Saken settes opp igjen i april." puts the case off (a decision)
    decisions, tasks = _outcomes_of("To forestillinger ble avlyst på grunn av sykdom og "
                                    "settes opp igjen i høst.")[:2]
    assert decisions == []
    assert [text for text, *_ in tasks] == [
        "To forestillinger ble avlyst på grunn av sykdom og settes opp igjen i høst."]
    assert _outcomes_of("Saken settes opp igjen i april.")[0] == [
        "Saken settes opp igjen i april."]


@pytest.mark.parametrize(("sentence", "decided"), [
    ("Innvilget kr 150 000.", True),  # a minutes table's Vedtak cell
    ("Avslag.", True),
    ("Delvis innvilget.", True),
    ("innvilga kr 150 000", True),  # the fragment after a dash in an application's heading
    # a table of applicants' cell, beside the sum applied for: the case's text, its vedtak
    # below it
    ("Innvilga kr 150 000", False),
    # what the meeting granted in all, after its table: a sum, no answer to anyone
    ("Sum innvilget i møtet: kr 270 000.", False),
])
def test_a_funds_answer_alone_is_a_decision(sentence, decided):
    assert is_decision(sentence) is decided


def test_a_contract_to_negotiate_is_a_task():
    sentence = ("Sekretariatet forhandler fram avtale med Nordli Kraft AS om salg av "
                "konsesjonskraft og legger den fram for styret innen 15. mars 2026.")
    assert is_action(sentence)
    assert is_action("Styreleder forhandler med entreprenøren om ny brøyteavtale.")


@pytest.mark.parametrize("sentence", [
    "Saken sendes til fylkeskommunen som innspill til fagskolebudsjettet for 2027.",
    "Saka vert send til fylkeskommunen som innspel til planarbeidet.",
    "Saken sendes til fylkeskommunen som innspill."])
def test_a_case_sent_on_as_the_bodys_input_is_an_outcome(sentence):
    # (s71e) a forum sending the case on "som innspill" hands over its own view, as
    # "Forslaget oversendes … som innspill." does (and is still the passive task of sending)
    assert is_decision(sentence)


@pytest.mark.parametrize(("sentence", "who"), [
    ("Styringsgruppa ber dagleg leiar søkje HVL om desentralisert sjukepleiarutdanning.",
     "dagleg leiar"),
    ("Styret ber daglig leder søke om midler til prosjektet.", "daglig leder"),
])
def test_an_application_the_bodys_staff_is_asked_to_write_is_their_task(sentence, who):
    # (s71e) the staff's errand, as "… ber dagleg leiar lage …" is
    assert is_action(sentence) and responsible_of(sentence) == who
    # (asked of the municipalities, applying stays their own choice)
    assert not is_action("Beiterådet ber kommunane søkje om midlar til overvaking.")


@pytest.mark.parametrize(("body", "tasks"), [
    # (s71a) a body's vedtak asking that a thing be done by a dated deadline, in the
    # present: a task without a doer (the noun's "for …" is no verb of one asked) …
    ("Vedtak: AMU ber om at retningslinja for heimebesøk vert gått gjennom på alle "
     "personalmøte innan 1. mai.",
     [("AMU ber om at retningslinja for heimebesøk vert gått gjennom på alle personalmøte "
       "innan 1. mai.", None, "2024-05-01")]),
    # … but a deadline another body grants is no errand of the meeting
    ("Vedtak: Styret ber om at høringsfristen forlenges til 1. september.", []),
])
def test_a_body_asking_for_a_passive_by_a_date_gives_a_task(body, tasks):
    assert _outcomes_of(body)[1] == tasks


@pytest.mark.parametrize(("sentence", "task"), [
    # (s71a) what a speaker told is to be done, in the passive, is news
    ("Daglig leder orienterte om at dette må tas opp med eierkommunene i budsjettet.", False),
    ("Kari Holm opplyste at søknaden skal sendes i mai.", False),
    # "går gjennom", as "gjennomgår", is an errand; but not the body's own work at a meeting
    ("Hovedverneombudet går gjennom rutinen for rygging sammen med sjåførene.", True),
    ("Styret går gjennom årsberetningen på neste møte.", False),
])
def test_told_passives_and_going_through(sentence, task):
    assert is_action(sentence) is task


def test_each_one_after_a_decided_that_owns_the_task():
    # (s71a) the neuter "hvert" as "hver": each team does it
    assert responsible_of("HAMU slutter seg til at hvert team lager egne tiltak.") == \
        "hvert team"


def test_a_register_row_by_name_repeats_the_task_the_text_gave_by_seat():
    # (s71a) "Hovedverneombudet går gjennom …" / "Gå gjennom rutinen … | Kenneth Bakken":
    # the seat written out beside a full name, one task
    row = Action(text="Gå gjennom rutinen for rygging av renovasjonsbiler",
                 responsible="Kenneth Bakken", due="2026-12-01")
    task = Action(text="Hovedverneombudet går gjennom rutinen for rygging av "
                       "renovasjonsbiler sammen med sjåførene.",
                  responsible="Hovedverneombudet", due=None)
    assert repeat_score(row, task, people={"mk": frozenset({"sekretariatet"})}) > 0


@pytest.mark.parametrize("sentence", [
    # (s71n) a case put off, or a plan adopted, told as the cause of something: no outcome
    "Regionalparken hadde eit mindreforbruk på 184 000 kroner, som i hovudsak skuldast at "
    "eit prosjekt vart utsett.",
    "Mindreforbruket skyldes at et prosjekt ble utsatt.",
    "Tilskuddet kom sent fordi planen ble vedtatt i desember.",
])
def test_a_case_put_off_as_the_cause_of_something_is_no_decision(sentence):
    assert not is_decision(sentence)


def test_a_case_put_off_is_still_a_decision_with_its_reason_after_it():
    assert is_decision("Saka vart utsett fordi saksutgreiinga ikkje var klar.")


_PERMIT = ("Møtebok\n\nSak 10/26 Søknad om motorferdsel – dispensasjon\n\n"
           "Vedtak:\nVerneområdestyret gjev grunneigarlaget dispensasjon for fire turar med ATV "
           "på følgjande vilkår:\n"
           "1. Køyring skal berre skje i perioden 1. juli – 15. september 2026.\n"
           "2. Transport av materiell skal skje på snødekt mark.\n"
           "3. Køyrelogg skal sendast forvaltaren innan 1. oktober 2026.\n"
           "Samrøystes vedteke.\n\nSak 11/26 Eventuelt\n\nIngen saker.\n")


def test_a_permits_conditions_are_decided_and_only_a_dated_one_is_a_task():
    # (s71m) the points under "… på følgjande vilkår:" are the permit's standing rules,
    # decisions (not "Køyring" as an owner); the log to send by a day stays a task
    item = _items(_PERMIT)[0]
    assert "Køyring skal berre skje i perioden 1. juli – 15. september 2026." in item.decisions
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Køyrelogg skal sendast forvaltaren innan 1. oktober 2026.", None, "2026-10-01")]


def test_a_vedtak_sentence_wrapped_after_its_comma_before_the_conditions_is_one():
    # (s71m) "… hausten 2026," / "på følgjande vilkår:": one sentence of the vedtak
    text = ("Protokoll\n\nSak 33/26 Søknad om dispensasjon\n\nVedtak:\n"
            "Nasjonalparkstyret gjev reinbeitedistriktet dispensasjon for bruk av ATV "
            "hausten 2026,\n"
            "på følgjande vilkår:\n1. Køyringa skal følgje traseen på kartet.\n"
            "Samrøystes vedteke.\n")
    item = _items(text)[0]
    assert item.decisions[0] == ("Nasjonalparkstyret gjev reinbeitedistriktet dispensasjon for "
                                 "bruk av ATV hausten 2026, på følgjande vilkår:")
    assert item.actions == []


@pytest.mark.parametrize("sentence, owner", [
    # (s71m) "om at kartet over løypene …": the thing done, no one asked
    ("Styret drøfta kapitlet, og bad om at kartet over løypene vert oppdatert før utsending.",
     None),
])
def test_a_request_that_a_thing_be_done_names_no_owner(sentence, owner):
    assert is_action(sentence)
    assert responsible_of(sentence) == owner


@pytest.mark.parametrize("sentence", [
    # (s71m) a paper in the indefinite form with its topic goes, as "Planforslaget" does:
    # a passive task, no owner
    "Utkast til revidert forvaltningsplan skal på høring høsten 2026.",
    "Forslag til budsjett skal sendast kommunane innan 1. mai.",
])
def test_a_paper_named_with_its_topic_owns_no_task(sentence):
    assert is_action(sentence)
    assert responsible_of(sentence) is None


def test_a_member_clubs_wish_is_no_decision_of_an_advisory_committee():
    # (s71m) "Turlaget ønsker å …" in a rådgivende utvalg's minutes: one member's view
    text = ("Referat\nRådgivende utvalg for Svartåsen nasjonalpark\n\n"
            "1. Forvaltningsplanen\nInnspill fra utvalget:\n"
            "- Turlaget ønsker å merke en ny sti fra Vassvik til Svartåstjønna.\n"
            "Konklusjon: Utvalget anbefaler styret å se på stien.\n\n2. Eventuelt\nIngen saker.\n")
    item = _items(text)[0]
    assert item.decisions == ["Utvalget anbefaler styret å se på stien."]


@pytest.mark.parametrize(("sentence", "task"), [
    # (s71l) the evaluation an adopted scheme gets at the end of its term is a term of the
    # decision, with "skal" or without, bokmål and nynorsk
    ("Ordningen evalueres etter prøveperioden.", False),
    ("Ordningen skal evalueres etter prøveperioden.", False),
    ("Avtalen skal evaluerast etter to år.", False),
    ("Tilbudet skal bli evaluert etter ett år.", False),
    ("Strategien skal evalueres høsten 2027.", False),
    # a deadline or a further step makes it an errand, and a passive update is one
    ("Ordningen skal evalueres innen 1. juni.", True),
    ("Ordningen skal evalueres før sommeren.", True),
    ("Planen evalueres etter ett år og legges fram for styret.", True),
    ("Risikovurderingen oppdateres før saken legges fram for formannskapet.", True),
    ("Kari skal evaluere ordningen etter to år.", True),
])
def test_an_evaluation_at_the_end_of_a_term_is_no_errand(sentence, task):
    assert is_action(sentence) is task


@pytest.mark.parametrize(("text", "decided"), [
    # (s71l) "Saken legges fram for …" alone in the text is the case's next step, a passive
    # task only; under a vedtak's label it is both decided and a task
    ("Sak 4/26 Felles ladestrategi\nRådet drøftet utkastet. Saken legges fram for "
     "kommunestyrene i mai.\n", False),
    ("Sak 4/26 Felles ladestrategi\nVedtak: Rådet slutter seg til utkastet. Saken legges "
     "fram for kommunestyrene i mai.\n", True),
    # (a passive update agreed in a vedtak: both, as the guide reads a vedtak's task)
    ("Sak 4/26 Felles ladestrategi\nVedtak: Partene er enige om at kostnadsoverslaget "
     "oppdateres før saken legges fram for kommunestyrene i mai.\n", True),
])
def test_the_case_put_before_the_councils_alone_or_in_a_vedtak(text, decided):
    record = parse_bytes(("Referat fra møte i Nordvik regionråd\n\nDato: 3. mars 2026\n\n"
                          + text).encode(), "referat.txt")
    item = record.items[-1]
    last = item.text.rsplit(". ", 1)[-1] if "Partene" not in item.text else \
        item.text.split("Vedtak: ", 1)[1]
    assert [a.text for a in item.actions] == [last]
    assert (last in item.decisions) is decided


@pytest.mark.parametrize(("sentence", "decided"), [
    # (s72e) "som er godkjent" says what kind of thing the subject is, in a relative
    # clause: no outcome of the meeting; the main clause's "er godkjent" still is one
    ("Søknadsfristen er 1. februar, og kommuner som er godkjent som Trafikksikker kommune "
     "blir prioritert.", False),
    ("Tiltak som blir godkjent av fylket, får midler neste år.", False),
    ("Referatet er godkjent.", True),
    ("Handlingsplanen som ble lagt fram, ble godkjent.", True),
])
def test_approved_in_a_relative_clause_is_no_outcome(sentence, decided):
    assert is_decision(sentence) is decided


@pytest.mark.parametrize(("sentence", "owner"), [
    # (s72e) an answer owed to the body that asked, the body named between verb and
    # manner or date; a way out to find; an inspection the body asks an agency to make
    ("Statens vegvesen v/ Tor Li svarar utvalet skriftleg innan 15. januar.",
     "Statens vegvesen v/ Tor Li"),
    ("Kommunen svarer nettverket innen 1. mai.", "Kommunen"),
    ("Skulen og busselskapet finn ei løysing for elevane innan 15. oktober.",
     "Skulen og busselskapet"),
    ("FTU ber Statens vegvesen og kommunen om å gjere ei felles synfaring av strekninga.",
     "Statens vegvesen og kommunen"),
    ("Utvalget ber administrasjonen gjennomføre en befaring før sommeren.",
     "administrasjonen"),
])
def test_answers_solutions_and_inspections_are_tasks_with_their_owner(sentence, owner):
    assert is_action(sentence)
    assert responsible_of(sentence) == owner


@pytest.mark.parametrize(("sentence", "decided"), [
    # (s72d) an earlier meeting's or another body's decision quoted from its record after
    # a lead-in is no decision of this meeting ...
    ("I protokollet står det: «Styrgruppen beslutade att skjuta upp frågan till nästa möte.»",
     False),
    ("Fra protokollet fra kommunstyrelsen 20. januar: «Kommunstyrelsen beslutade att "
     "medfinansiera förstudien.»", False),
    # ... but this body's outcome before the quote still is
    ("Referatet ble godkjent med denne endringen: «Saken utsettes.»", True),
])
def test_a_decision_quoted_from_another_record(sentence, decided):
    assert is_decision(sentence) is decided


@pytest.mark.parametrize(("sentence", "task"), [
    # (s72d) what a project is for, in nynorsk, is no task ...
    ("Prosjektet skal styrkje samiske næringar på begge sider av grensa.", False),
    # ... and a vedtak asking two bodies, the second named in three words, is one
    ("Grensekomiteen ber Innlandet fylkeskommune og Region Jämtland Härjedalen utrede en "
     "busslinje.", True),
])
def test_a_project_s_aim_and_a_request_to_two_bodies(sentence, task):
    assert is_action(sentence) is task


@pytest.mark.parametrize(("vedtak", "decisions"), [
    # (s72f) "Som rektors forslag.": the proposal of the one who brought the case, by whose
    # it was, adopts it as "Som forslag." does
    ("Som rektors forslag. Vedtatt mot 1 stemme.",
     ["Styret vedtar budsjett for 2027.", "Vedtatt mot 1 stemme."]),
    ("Som daglig leders forslag.", ["Styret vedtar budsjett for 2027."]),
    # a member's proposal is hers, not the one above
    ("Som Kari Holms forslag.", ["Som Kari Holms forslag."]),
])
def test_as_the_proposal_of_its_maker(vedtak, decisions):
    text = ("Protokoll\n\nDato: 03.12.2026\n\nSak 1/26 Budsjett\nRektors forslag til vedtak:\n"
            f"Styret vedtar budsjett for 2027.\nVedtak:\n{vedtak}\n\nSak 2/26 Eventuelt\n"
            "Ingen saker.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert record.items[0].decisions == decisions


@pytest.mark.parametrize(("conclusion", "owner"), [
    # (s72f) a wish, then a request to lead the work: the task of the one asked
    ("Nettverket ønsker en felles avtale om tolketjenester og ber Holmvik kommune lede "
     "arbeidet.", "Holmvik kommune"),
    ("Nettverket ber Kari Holm lede arbeidet.", "Kari Holm"),
    # the wish alone gives no one a task
    ("Nettverket ønsker en felles avtale om tolketjenester.", None),
])
def test_a_wish_and_a_request_to_lead_the_work(conclusion, owner):
    text = ("Referat\n\nDato: 24.11.2026\n\nSak 3 Tolketjeneste\n"
            f"Konklusjon: {conclusion}\n\nSak 4 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [a.responsible for a in record.items[0].actions] == ([owner] if owner else [])


@pytest.mark.parametrize(("sentence", "decided", "task"), [
    # (s72g) a put-off in a clause of time is when the errand before it is done, no
    # put-off of the case: the sentence is the errand
    ("Næringshagen undersøker interessen blant bedriftene før saken tas opp igjen.",
     False, True),
    ("Saken tas opp igjen på neste møte.", True, False),
    ("Saka vert teken opp att på neste møte.", True, False),
])
def test_a_put_off_in_a_clause_of_time_is_no_put_off(sentence, decided, task):
    assert is_decision(sentence) is decided
    assert is_action(sentence) is task


@pytest.mark.parametrize(("sentence", "task"), [
    # (s72g) "når … kan behandles" asks when, once: a task; "når … behandles" is each time
    # such a case comes up, a standing rule
    ("Hver kommune avklarer når andre gangs høring kan behandles i formannskapet.", True),
    ("Kari Holm avklarer når saken skal behandles i kommunestyret.", True),
    ("Fylkeskommunen inviterer fiskarlaget når kystsoneplaner behandles.", False),
    # a priority to hold to, with no date, is a working rule of the vedtak, no errand
    ("Fondet skal prioritere tiltak for kystfiskeflåten og rekruttering.", False),
    ("Ordningen skal særlig prioritere unge søkere.", False),
])
def test_a_when_question_is_an_errand_and_a_priority_a_rule(sentence, task):
    assert is_action(sentence) is task


@pytest.mark.parametrize("heading", [
    ("Nr", "Innspill fra", "Tema", "Forslag til svar"),
    # (s72k) no column of who sent them: the remarks themselves and their assessment
    ("Nr", "Tema", "Innspill", "Vurdering"),
])
def test_a_remarks_table_gives_no_decisions_but_its_verdict_does(heading):
    # (s72g) a hearing's remarks table "Nr | Innspill fra | Tema | Forslag til svar": each
    # row's proposed answer ("Tas til følge.") is what the body weighs; the sentence after
    # the table that adopts the answers is its decision
    import docx

    from fixtures.builders import docx_bytes

    document = docx.Document()
    document.add_paragraph("Referat fra arbeidsgruppemøte")
    document.add_paragraph("Dato: 3. mars 2026")
    document.add_heading("1. Merknadsbehandling", level=2)
    document.add_paragraph("Tabellen viser innspillene der gruppa foreslår endringer.")
    rows = [heading,
            ("1", "Fiskarlaget", "Låssettingsplass", "Tas til følge."),
            ("2", "Statsforvalteren", "Avstand til vassdrag",
             "Tas til følge. Bestemmelse om avstand innarbeides."),
            ("3", "Naturvernforbundet", "Ålegras", "Tas ikke til følge.")]
    table = document.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("Arbeidsgruppa sluttet seg til forslagene til svar.")
    item = parse_bytes(docx_bytes(document), "referat.docx").items[0]
    assert item.decisions == ["Arbeidsgruppa sluttet seg til forslagene til svar."]
    assert item.actions == []


@pytest.mark.parametrize(("text", "tasks"), [
    # (s72g) after "X la fram et forslag om …" in the paragraph, a "skal" passive with no one
    # named and no deadline tells what the proposal holds, no errand; the body's verdict
    # follows it, and a dated or owned task after it stays one
    ("Jonas Berg la fram et forslag om et felles program for driftsoperatører. Programmet "
     "skal gjennomføres i samarbeid med den videregående skolen.\nGruppa sluttet seg til "
     "forslaget.\n", []),
    ("Eli Vik la fram eit framlegg om felles beredskapsplan. Planen skal reviderast kvart "
     "år.\n", []),
    ("Jonas Berg la fram et forslag om et felles kurs. Søknaden skal sendes innen 1. mars.\n",
     ["Søknaden skal sendes innen 1. mars."]),
    # (without the proposal before it a dated passive stays the task it was; how the work
    # is carried out, undated, is a condition, no task anywhere: s72q)
    ("Gruppa drøftet programmet. Programmet skal gjennomføres innen 1. juni.\n",
     ["Programmet skal gjennomføres innen 1. juni."]),
    ("Gruppa drøftet programmet. Programmet skal gjennomføres i samarbeid med skolen.\n",
     []),
])
def test_what_a_proposal_laid_before_the_meeting_holds_is_no_task(text, tasks):
    record = parse_bytes(("Referat fra møte i arbeidsgruppa\n\nDato: 3. mars 2026\n\n"
                          "Sak 1 Kompetanse\n" + text).encode(), "referat.txt")
    assert [a.text for a in record.items[0].actions] == tasks


@pytest.mark.parametrize(("sentence", "decided"), [
    # (s72j) an adoption still to come in a time clause ("til budsjettet er vedtatt",
    # "før planen er godkjent") is what must happen first, no outcome of this meeting;
    # an outcome in the main clause stays one
    ("Nore og Uvdal ønsker å vente med å slutte seg til avtalen til budsjettet er vedtatt.",
     False),
    ("Rauma vil ikke binde seg før planen er godkjent i kommunestyret.", False),
    ("Luster meiner arbeidet må vente til planen er vedteken.", False),
    ("Saken ble utsatt til budsjettet er vedtatt.", True),
    # (s72r) the clause's "blir"/"vert" as its "er" ("til budsjettet blir vedtatt")
    ("Nore og Uvdal ønsker å vente med å slutte seg til avtalen til budsjettet blir vedtatt.",
     False),
    ("Kommunen ventar med å slutte seg til avtalen til budsjettet vert vedteke.", False),
])
def test_an_adoption_in_a_time_clause_is_no_outcome(sentence, decided):
    assert is_decision(sentence) is decided


@pytest.mark.parametrize(("text", "tasks"), [
    # (s72j) a member's answer whether it takes part is its errand after the meeting
    ("Vedtak: Kongsberg kommune gjennomfører konkurransen på vegne av kommunene. Hver kommune "
     "bekrefter deltakelse skriftlig.\n", ["Hver kommune bekrefter deltakelse skriftlig."]),
    # a rate to keep in the cases as they come ("i minst 10 % av sakene") is a standing
    # rule of the strategy described, no one-off task
    ("Arbeidsgruppa har utarbeidd ein felles tilsynsstrategi. Kvar kommune skal gjennomføre "
     "tilsyn i minst 10 % av sakene, med vekt på våtrom.\n", []),
    ("Kvar kommune skal gjennomføre tilsyn i Nordvik skule innan 1. mars.\n",
     ["Kvar kommune skal gjennomføre tilsyn i Nordvik skule innan 1. mars."]),
])
def test_taking_part_confirmed_is_a_task_and_a_rate_kept_is_none(text, tasks):
    record = parse_bytes(("Referat fra møte i nettverket\n\nDato: 3. november 2026\n\n"
                          "Sak 1 Innkjøp\n" + text).encode(), "referat.txt")
    assert [a.text for a in record.items[0].actions] == tasks


def test_a_label_in_sami_beside_the_norwegian_opens_the_vedtak_and_the_task():
    # (s72m) a Sami-area network's minutes write the outcome labels in both languages
    # ("Mearrádus / Vedtak:", "Čuovvoleapmi / Oppfølging:"), hard-wrapped: the Norwegian
    # half is the label, as the bare "Vedtak:" is, and the label's line starts anew
    text = ("Referat frå nettverksmøte\n\nDato: 20. januar 2026\n\n"
            "1/26  Felles kurs i nordsamisk\n"
            "Kari Eira la fram forslag om eit felles kurs for tilsette i helse og omsorg.\n"
            "Mearrádus / Vedtak: Nettverket sluttar seg til forslaget. Samrøystes.\n"
            "Čuovvoleapmi / Oppfølging: Kari Eira sender utkast til kursplan til\n"
            "nettverket innan 1. mars 2026.\n")
    item = parse_bytes(text.encode(), "referat.txt").items[0]
    assert item.decisions == ["Nettverket sluttar seg til forslaget.", "Samrøystes."]
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Kari Eira sender utkast til kursplan til nettverket innan 1. mars 2026.",
         "Kari Eira", "2026-03-01")]


@pytest.mark.parametrize(("sentence", "decided"), [
    # (s72m) a consultation's protocol closes it, for all or some points, or carries it on
    # for what the parties did not agree on: its outcome
    ("Konsultasjonen er avsluttet for punktene 2 og 4.", True),
    ("Konsultasjonen avsluttes.", True),
    ("For hyttefeltet fortsetter konsultasjonen.", True),
    ("Konsultasjonen held fram for punkt 3.", True),
    # (the case closed stays as it was read)
    ("Saken er avsluttet.", True),
    # (a consultation told of, no outcome)
    ("Kommunen orienterte om konsultasjonen med distriktet.", False),
])
def test_a_consultation_closed_or_carried_on_is_its_outcome(sentence, decided):
    assert is_decision(sentence) is decided
    assert not is_action(sentence)

def test_a_question_told_of_is_no_one_asked_afterwards():
    # (s72i) "Det spørres om …" tells what was asked, no task to ask someone
    assert not is_action("Det spørres om kommunen har midler til kurset.")


@pytest.mark.parametrize(("sentence", "who"), [
    # (s72p) the defence agencies end in "svaret" as an answer does, but do the work
    ("Sivilforsvaret lager en samlet evalueringsrapport, frist 1. juni.", "Sivilforsvaret"),
    ("Forsvaret sender oversikten over øvingsområda innan 1. mai.", "Forsvaret"),
    # (s72p) the body's wish that a task be done by a day: the clause's own doer, as
    # written, never the body that wishes it; a paper to be ready has none
    ("Beredskapsrådet vil at revisjonen skal vere ferdig innan utgangen av 2026.", None),
    ("Styret vil at sekretariatet lagar eit utkast innan 1. mai.", "sekretariatet"),
    ("Nettverket ønsker at Kari Holm sender oversikten innen 1. mai.", "Kari Holm"),
])
def test_who_does_a_task_of_an_agency_or_a_wish(sentence, who):
    assert responsible_of(sentence) == who

@pytest.mark.parametrize(("sentence", "task"), [
    # (s72q) how the work decided is to be carried out, undated: a condition of the
    # decision, no errand (as corpus 7840 reads it after a proposal)
    ("Programmet skal gjennomføres i tråd med føringene fra fylkeskommunen.", False),
    ("Kurset skal gjennomføres i samarbeid med skolen.", False),
    ("Prosjektet skal gjennomførast innanfor ramma i søknaden.", False),
    # with a deadline the passive is a task, as "Planene skal revideres innen …" is read
    ("Prosjektet skal gjennomføres innen utgangen av 2027.", True),
    ("Arbeidet skal gjennomføres innen 1. oktober.", True),
])
def test_work_carried_out_in_a_given_way_is_no_task_unless_dated(sentence, task):
    assert is_action(sentence) is task

@pytest.mark.parametrize("sentence", ["Innvilgja kr 40 000.", "Avslege.", "Søknaden er avslege.",
                                      "Delvis innvilgja med kr 20 000."])
def test_a_grant_answer_in_nynorsk_participle_forms_is_a_decision(sentence):
    # the grant words are one vocabulary with a heading's answer after a dash ("Søknad frå X
    # – innvilgja kr 20 000"), which read these forms before the sentence did
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence, another", [
    ("Øvre Dal vedtok sin plan i desember, Nedre Dal har planen på høring.", True),
    ("Nordby har vedteke sitt budsjett for kulturminnevernet.", True),
    ("Styret vedtok sitt budsjett for 2026.", False),
])
def test_a_member_place_adopting_its_own_plan_is_background(sentence, another):
    assert decided_by_another(sentence, "Styret", meeting="2026-02-18") is another


def test_a_proposal_said_adopted_in_the_perfect_and_a_members_no_vote():
    # (s73e) a written round's "Forslaget er vedtatt." adopts the proposal above it; "X
    # stemte nei og …" is one member's vote, no decision
    text = ("Referat fra styret\nDato: 14. mars 2026\n\nSak 05/26 Kontrakt\n"
            "Forslag til vedtak:\nStyret tildeler kontrakten til Fjellrute AS.\n"
            "Vedtak:\nForslaget er vedtatt med tre mot én stemme. Mari Dahl stemte nei og "
            "viste til at prisforskjellen er liten.\n")
    item = parse_bytes(text.encode(), "styret.txt").items[0]
    assert item.decisions == ["Styret tildeler kontrakten til Fjellrute AS.",
                              "Forslaget er vedtatt med tre mot én stemme."]


@pytest.mark.parametrize("sentence, task", [
    ("Seks av åtte kommuner melder behov for flere vernepleiere fram mot 2030.", False),
    ("Tre av skolane meldar om for få lærarar.", False),
    ("Halvparten av kommunene melder om ventelister.", False),
    ("Ein av skulane melder om mangel på vikarar.", False),
    ("Kommunene melder inn antall praksisplasser innen 1. september.", True),
])
def test_a_counted_part_of_a_group_reporting_is_no_task(sentence, task):
    assert is_action(sentence) is task


@pytest.mark.parametrize("sentence, decided", [
    ("Styringsgruppen var samstemt om at Brønnøysund bør være studiested.", True),
    ("Rådet var samstemd i at tilbodet skal lysast ut.", True),
    ("De fire andre søknadene får avslag.", True),
    ("Dei andre søkjarane får avslag.", True),
    ("Kommunen fikk avslag fra Husbanken.", False),
])
def test_one_voice_and_the_rest_turned_down_are_decisions(sentence, decided):
    assert is_decision(sentence) is decided


def test_a_numbered_priority_without_a_stop_ends_before_the_next_sentence():
    text = ("Referat fra styremøte\n\nDato: 3. juni 2026\n\nSak 4/26 Søknad\nVedtak:\n"
            "Styret søker om midler til studietilbud fra høsten 2027, i denne prioriteringen:\n"
            "1. Bachelor i vernepleie, deltid\n2. Videreutdanning i psykisk helsearbeid\n"
            "3. Veilederutdanning for praksisveiledere i kommunene\n"
            "Styret stiller en egenandel på kr 350 000 per studieår.\nEnstemmig vedtatt.\n")
    item = parse_bytes(text.encode(), "styre.txt").items[0]
    assert item.decisions[-3:] == ["Veilederutdanning for praksisveiledere i kommunene",
                                   "Styret stiller en egenandel på kr 350 000 per studieår.",
                                   "Enstemmig vedtatt."]


@pytest.mark.parametrize("sentence, decided", [
    # (s73g) an election with what it followed put first, the names between the verbs
    ("I samsvar med innstillingen ble Eirik Sande (gjenvalg) og Hanne Myklebust (ny) valgt "
     "som styremedlemmer for to år.", True),
    ("Etter forslag fra valgkomiteen ble Kari Holm valgt til leder.", True),
    # a wish to strengthen or develop is a direction hoped for, nothing settled
    ("Styret ønskjer å styrkje kompetansen på sjøtransport og økonomi.", False),
    ("Nettverket ønsker å utvikle samarbeidet med skolene.", False),
])
def test_elections_after_the_innstilling_and_wishes_to_strengthen(sentence, decided):
    assert is_decision(sentence) is decided


def _decisions_of_protocol(text: str) -> list[list[str]]:
    record = parse_bytes(text.encode(), "protokoll.txt")
    return [item.decisions for item in record.items]


def test_a_shareholders_vote_against_with_its_reason_is_no_decision():
    # (s73g) one owner's vote after the vedtak, its reason joined by "og"
    decisions = _decisions_of_protocol(
        "Protokoll fra generalforsamling\n\nSak 1 Årsregnskap\nGeneralforsamlingen fattet "
        "følgende vedtak:\nÅrsregnskapet godkjennes.\nVedtaket ble fattet med 9 000 stemmer "
        "mot 1 000 stemmer. Sunnfjord Kraftlag AS stemte imot og ønsket utbytte.\n\n"
        "Sak 2 Eventuelt\nIngen saker.\n")
    assert decisions[0] == ["Årsregnskapet godkjennes.",
                            "Vedtaket ble fattet med 9 000 stemmer mot 1 000 stemmer."]


def test_a_vote_at_the_end_of_the_vedtaks_line_ends_the_vedtak():
    # (s73g) the errand in the paragraph after it is the minutes' follow-up, as under a
    # vote on a line of its own
    record = parse_bytes(
        "Referat fra representantskapet\n\nSak 9/26 Låneramme\nDaglig leder orienterte.\n\n"
        "Vedtak:\n\nLånerammen økes til 90 mill. kroner. Enstemmig vedtatt.\n\nDaglig leder "
        "sender saken til eierkommunene innen 1. september 2026.\n\nSak 10/26 Eventuelt\n"
        "Ingen saker.\n".encode(), "protokoll.txt")
    item = record.items[0]
    assert item.decisions == ["Lånerammen økes til 90 mill. kroner.", "Enstemmig vedtatt."]
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Daglig leder sender saken til eierkommunene innen 1. september 2026.",
         "Daglig leder", "2026-09-01")]


@pytest.mark.parametrize("lead", ["Valkomiteen vart samd om slik innstilling:",
                                  "Følgende ble valgt:"])
def test_the_seats_under_an_election_or_nomination_lead_are_each_decided(lead):
    # (s73g) in any item: each seat's line, with a place or the term after a comma, and a
    # deputy's place in the order ("2. vara: …")
    decisions = _decisions_of_protocol(
        f"Referat\n\nSak 1 Innstilling\n{lead}\nStyreleiar: Sverre Bakke, attval for to år\n"
        "Styremedlem: Lisbeth Hansen, Herøy (ny, 2 år)\n2. vara: Mona Raknes\n\n"
        "Innstillinga var samrøystes.\n\nSak 2 Eventuelt\nIngen saker.\n")
    assert decisions[0] == [lead, "Styreleiar: Sverre Bakke, attval for to år",
                            "Styremedlem: Lisbeth Hansen, Herøy (ny, 2 år)",
                            "2. vara: Mona Raknes", "Innstillinga var samrøystes."]


@pytest.mark.parametrize("sentence", [
    "Nemnda er oppteken av at ferdselsstrategien vert følgd opp.",
    "Styret var opptatt av at planen følges opp av kommunene.",
])
def test_a_body_concerned_that_something_is_done_gives_no_task(sentence):
    # (s73j) what matters to the body, no one's errand
    assert not is_action(sentence)


def test_a_task_said_plainly_beside_a_concern_is_still_a_task():
    # (s73j) the concern's rule leaves the task next to it alone
    assert is_action("Arbeidsgruppa legg fram framlegg til tiltak før kalvinga tek til 15. mai.")


def test_a_campaign_that_shall_run_in_some_weeks_is_no_task():
    # (s73i) "Kampanjen skal gå i uke 37–39.": when the campaign runs, no one's errand
    text = ("Referat\nDato: 19. mars 2026\n\nSak 2 Klarspråk\n"
            "Kari Holm la fram forslaget. Kampanjen skal gå i uke 37–39.\n"
            "Kari Holm lager utkast til kampanjeplan innen 15. april.\n")
    items = parse_bytes(text.encode(), "nettverk.txt").items
    assert [a.text for a in items[0].actions] == [
        "Kari Holm lager utkast til kampanjeplan innen 15. april."]


def test_a_key_to_the_status_words_under_a_follow_up_list_is_no_task():
    # (s73i) "Status: Grønn = utført, Gul = i rute, Rød = forsinket." under the list
    text = ("Referat\nDato: 24. april 2026\n\nSak 12/26 Øvelse\nTatt til orientering.\n\n"
            "Oppfølgingsliste\n- Oppdatere rutiner – Kari Holm – 01.06.2026 – Rød\n"
            "Status: Grønn = utført, Gul = i rute, Rød = forsinket.\n")
    items = parse_bytes(text.encode(), "gruppe.txt").items
    # the list's one task, and no other (the check below alone an item with no task passes)
    assert [a.text[:17] for a in items[-1].actions] == ["Oppdatere rutiner"]
    assert not any("Grønn" in a.text for a in items[-1].actions)


def test_bilingual_labels_and_english_outcomes_of_a_nordic_network():
    # (s73k) "Vedtak/Decision:" over the vedtak in both languages, "Oppfølging/Action:"
    # before a task, and the partners' English "supported"
    text = ("Referat fra styringsgruppemøte / Minutes of the steering group meeting\n\n"
            "Dato/Date: 5. februar 2026\n\n"
            "Sak 1/26  Søknad / Application\nMalin Sjöberg la fram utkast til søknad.\n"
            "Vedtak/Decision:\nSøknaden sendes innen fristen 15. mars.\n"
            "The application is submitted by the deadline of 15 March.\n"
            "Oppfølging/Action: Sekretariatet sender invitasjon til medlemmene innen 1. mars.\n\n"
            "Sak 2/26  Konferanse / Conference\nThe partners supported the proposal.\n")
    first, second = parse_bytes(text.encode(), "nettverk.txt").items
    assert first.decisions == ["Søknaden sendes innen fristen 15. mars.",
                               "The application is submitted by the deadline of 15 March."]
    assert ("Sekretariatet sender invitasjon til medlemmene innen 1. mars.", "Sekretariatet",
            "2026-03-01") in [(a.text, a.responsible, a.due) for a in first.actions]
    assert second.decisions == ["The partners supported the proposal."]


@pytest.mark.parametrize(("task", "who"), [
    # (s73k) an English action point: who, "to", the verb
    ("Secretariat to prepare a draft project outline by 15 April 2026.", "Secretariat"),
    ("Programme Operator to publish the call by 30 April 2026.", "Programme Operator"),
    ("Per-Olof Lindberg and Tuula Mäkinen to revise chapter 3 by 1 April.",
     "Per-Olof Lindberg and Tuula Mäkinen"),
])
def test_an_english_action_point_names_who_before_to(task, who):
    text = ("Minutes of the Board meeting\n\nDate: 12 March 2026\n\n"
            f"1. Programme\nThe board discussed the programme.\nAction: {task}\n")
    [action] = parse_bytes(text.encode(), "board.txt").items[0].actions
    assert (action.text, action.responsible) == (task, who)


def test_an_english_action_points_table_gives_who_and_when():
    # (s73k) "No. | Action | Responsible | Deadline" under the last item of a project's md
    text = ("# Partner meeting – Minutes\n\n**Date:** 2026-03-12\n\n### 1. AOB\nNone.\n\n"
            "### Action points\n\n| No. | Action | Responsible | Deadline |\n|---|---|---|---|\n"
            "| 1 | Send the revised time plan to all partners | Femke de Vries | 2026-03-31 |\n"
            "| 2 | Propose two dates for the conference | Sofie Andersson | |\n")
    actions = parse_bytes(text.encode(), "partner.md").items[-1].actions
    assert [(a.text, a.responsible, a.due) for a in actions] == [
        ("Send the revised time plan to all partners", "Femke de Vries", "2026-03-31"),
        ("Propose two dates for the conference", "Sofie Andersson", None)]


def test_a_role_passing_the_statement_on_is_no_sentence_of_it():
    # (s73n) "Rådet gir slik uttale:" / statement / vote / the secretary's errand
    text = ("Protokoll\n\nMøtedato: 10.02.2026\n\nSak 4/26 Uttale til arealdelen\n"
            "Rådet gir slik uttale:\n«Rådet rår kommunane til å krevje tilgjengelege bustader.»\n"
            "Samrøystes.\nSekretæren sender uttalen til kommunane innan 1. mars.\n")
    [item] = parse_bytes(text.encode(), "rad.txt").items
    assert "Sekretæren sender uttalen til kommunane innan 1. mars." not in item.decisions
    assert [a.text for a in item.actions] == [
        "Sekretæren sender uttalen til kommunane innan 1. mars."]


def test_a_joint_meeting_giving_a_statement_on_its_line_decides():
    # (s73n) "Fellesmøtet gir slik uttalelse: «…»": a meeting of councils by its name
    text = ("Referat\n\nMøtedato: 17.03.2026\n\nSak 3/26 Høring: parkeringsforskrift\n"
            "Ingrid Aas pekte på brøytingen.\n"
            "Fellesmøtet gir slik uttalelse: «HC-plasser må ligge nær inngangen.»\n")
    [item] = parse_bytes(text.encode(), "fellesmote.txt").items
    assert item.decisions == [
        "Fellesmøtet gir slik uttalelse: «HC-plasser må ligge nær inngangen.»"]


def test_a_piece_of_work_delegated_to_a_committee_is_its_task():
    # (s73p) "Endelig språkvask delegeres til ASU.": ASU is to do it; a power is not
    assert is_action("Endelig språkvask delegeres til ASU.")
    assert responsible_of("Endelig språkvask delegeres til ASU.") == "ASU"
    assert not is_action("Fullmakt til å gjere mindre endringar delegeres til AU.")


def test_a_lead_time_before_each_meeting_is_a_standing_rule():
    # (s73p) "… skal sendast ut seinast ti dagar før møtet": how every meeting is prepared
    assert not is_action("Det vart semje om at saksdokument skal sendast ut seinast ti "
                         "dagar før møtet.")
    assert is_action("Karianne sender utkastet til gruppen senest en uke før møtet.")



@pytest.mark.parametrize("lead", ["Gjennomgang av oppfølgingslisten.", "Status per punkt:"])
def test_a_follow_up_rows_traffic_light_closes_it_after_owner_and_deadline(lead):
    # (s74b) "- Task – Owner – 01.06.2026 – Rød": the row's traffic light after its owner
    # and deadline, the task still open (as "– Åpen"), also under a lead with a colon
    text = ("Referat fra møte i HMS-gruppa\nDato: 12.03.2026\n\nSak 1/26 Oppfølgingsliste\n"
            f"{lead}\n- Oppdatere rutiner – Kari Holm – 01.06.2026 – Rød\n"
            "- Bestille nytt skilt – Per Dahl – 15.04.2026 – Gul\n\nSak 2/26 Eventuelt\n"
            "Ingen saker.\n")
    items = parse_bytes(text.encode(), "hms.txt").items
    assert [(a.text, a.responsible, a.due) for a in items[0].actions] == [
        ("Oppdatere rutiner – Kari Holm – 01.06.2026 – Rød", "Kari Holm", "2026-06-01"),
        ("Bestille nytt skilt – Per Dahl – 15.04.2026 – Gul", "Per Dahl", "2026-04-15")]


def test_every_colour_of_the_traffic_light_closes_a_follow_up_row():
    # (s74j) one vocabulary of the light's colours (``_STATUS_LIGHTS``) for a row after its
    # owner and deadline and for a part's status after its lead: "Oransje", neuter "Grønt"
    from motebok.extract import outcomes

    text = ("Referat fra møte i HMS-gruppa\nDato: 12.03.2026\n\nSak 1/26 Oppfølgingsliste\n"
            "Gjennomgang av oppfølgingslisten.\n"
            "- Oppdatere rutiner – Kari Holm – 01.06.2026 – Oransje\n"
            "- Bestille nytt skilt – Per Dahl – 15.04.2026 – Grønt\n\nSak 2/26 Eventuelt\n"
            "Ingen saker.\n")
    items = parse_bytes(text.encode(), "hms.txt").items
    assert [(a.responsible, a.due) for a in items[0].actions] == [
        ("Kari Holm", "2026-06-01"), ("Per Dahl", "2026-04-15")]
    line = "Lokaler: Oransje. To alternativer vurderes."
    assert outcomes._status_light(line, line.find(": "))


@pytest.mark.parametrize("outcome", [
    # (s74e) a drøftingsmøte's outcome for the parties in a sentence of its own
    "Partene er ikke enige.", "Partene var enige.", "Partane er samde.",
    "Partane vart ikkje samde."])
def test_the_parties_outcome_alone_is_a_decision(outcome):
    text = ("Protokoll fra drøftingsmøte\n\nDato: 10.12.2026\n\n"
            "Sak 1/26 Bemanningsplan 2027\n"
            "Arbeidsgiver orienterte om planen.\n"
            f"{outcome}\n")
    assert parse_bytes(text.encode(), "p.txt").items[0].decisions == [outcome]


def test_negotiating_a_new_leaders_pay_is_an_errand():
    # (s74e) a hiring committee's conclusion: the chair negotiates the pay, then lays the
    # contract before the board on a day
    text = ("Protokoll fra ansettelsesutvalget\n\nDato: 24.09.2026\n\n"
            "Til stede: Anette Grini (leder), Øyvind Lia\n\n"
            "Sak 14/26 Lønn for daglig leder\n"
            "Konklusjon: Styreleder forhandler lønn med kandidat 1 og legger fram avtalen "
            "for styret 8. oktober.\n")
    item = parse_bytes(text.encode(), "p.txt").items[0]
    assert [(a.responsible, a.due) for a in item.actions] == [("Styreleder", "2026-10-08")]


def test_a_nynorsk_reconsideration_and_an_inspection_are_tasks():
    # (s74f) "… vert vurdert på nytt" as "… vurderes på nytt"; "befarer" as an errand
    assert is_action("Plasseringa av lærararbeidsplassane vert vurdert på nytt.")
    assert is_action("Statens vegvesen og kommunen befarer strekningen innen 15. desember.")
    assert responsible_of("Statens vegvesen og kommunen befarer strekningen innen 15. "
                          "desember.") == "Statens vegvesen og kommunen"


@pytest.mark.parametrize("body", [
    "Kari Holm orienterte om planen.\nPer Dahl sender brev til kommunene innen 1. mai.\n"
    "Ansvar: Per Dahl",
    "Følgende ble avtalt:\n- Kari lager en plan for høsten.\nGruppen drøftet saken videre.\n"
    "Ansvar: Kari Holm",
    "Innspel frå sektormyndigheitene:\nNVE: Ingen merknader.\n"
    "Statsforvaltaren ønskjer meir kartlegging av flaumfaren.\nFylket har ingen merknader.\n\n"
    "Kari Holm sender svaret til kommunane innan 1. mars.",
    "Vedtak: Styret godkjenner planen.\nSamrøystes vedteke.\nGruppen drøftet oppfølgingen.\n\n"
    "Flere pekte på kostnadene.\nKari Holm sender planen til kommunene innen 1. juni.",
    "1. Kari lager budsjett.\n2. Per bestiller lokale.\nGruppen var fornøyd med fremdriften.\n"
    "Ansvar: Ola Dahl",
    "Drøfting: Styret drøftet lokalene.\nFlere pekte på kostnadene.\n\n"
    "Per Lunde bestiller lokale innen 1. mars.",
])
def test_a_line_of_talk_reads_on_the_short_path_as_on_the_long_way(monkeypatch, body):
    # (s74d) a line of talk alone read while nothing is open leaves the loop over the
    # item's lines at once; with no line read as talk, every line takes the long way:
    # the same outcomes either way, whatever the line above left open
    from motebok.extract import outcomes

    short = _outcomes_of(body)
    monkeypatch.setattr(outcomes, "_talk_only", lambda *_: None)
    assert _outcomes_of(body) == short
    assert short != ([], [])


def test_an_adopted_proposals_points_stand_in_the_texts_order_before_the_votes():
    # (s75a) the proposal's points, then a counter-proposal that fell, then the vote that
    # adopts the proposal: the points where the text has them, before both outcomes
    decisions, _ = _council_outcomes(
        "Framlegg til vedtak:\n1. Budsjettet for 2027 vert vedteke med ei ramme på kr 4 200 000.\n"
        "2. Kostnadene vert fordelte etter innbyggjartal.\n"
        "Per Dahl gjorde framlegg om lik fordeling.\n"
        "Røysting: Framlegget frå Per Dahl fekk 1 røyst og fall. Framlegg til vedtak vart "
        "vedteke med 2 mot 1 røyst.")
    assert decisions == ["Budsjettet for 2027 vert vedteke med ei ramme på kr 4 200 000.",
                         "Kostnadene vert fordelte etter innbyggjartal.",
                         "Framlegget frå Per Dahl fekk 1 røyst og fall.",
                         "Framlegg til vedtak vart vedteke med 2 mot 1 røyst."]


@pytest.mark.parametrize("verdict", [
    "Forslag til vedtak ble enstemmig vedtatt.", "Enstemmig vedtatt.",
    "Vedtak: Som forslag til vedtak.", "Vedtak: Som innstillingen, med den endring at "
    "planen gjelder fra 2025."])
def test_every_form_of_the_vote_puts_the_proposal_before_what_fell_between(verdict):
    # each form of the vote that adopts the proposal puts its words where the text has
    # them, before the counter-proposal's fall read in between (as s75a's form did)
    decisions, _ = _council_outcomes(
        "Forslag til vedtak:\nRegionrådet vedtar planen.\n"
        f"Per Dahl fremmet forslag om utsettelse.\nForslaget falt.\n{verdict}")
    assert decisions[:2] == ["Regionrådet vedtar planen.", "Forslaget falt."]


@pytest.mark.parametrize("lead", [
    "Forslaget fra Per Dahl ble vedtatt:", "Forslaget ble enstemmig vedtatt:",
    "Framlegget frå Siri Aas vart samrøystes vedteke:"])
def test_whose_proposal_was_adopted_leads_its_points_as_a_vedtak_label(lead):
    # (s76a) as "Følgende forslag ble enstemmig vedtatt:": the points under it are the
    # vedtak, a task among them both a decision and an action
    decisions, actions = _council_outcomes(
        f"{lead}\n1. Regionrådet vedtar planen.\n2. Rådmannen utreder ny modell innen 1. mai.")
    assert decisions == ["Regionrådet vedtar planen.",
                         "Rådmannen utreder ny modell innen 1. mai."]
    assert actions == [("Rådmannen utreder ny modell innen 1. mai.", "Rådmannen", "2024-05-01")]


@pytest.mark.parametrize("verdict", [
    "Forslag til vedtak ble enstemmig vedtatt.", "Enstemmig vedtatt."])
def test_an_adopted_proposals_tasks_stand_before_a_task_written_after_it(verdict):
    # (s76a) the task the proposal gives comes first, as the text has it, before one the
    # minutes write between the proposal and its vote
    _, actions = _council_outcomes(
        "Forslag til vedtak:\n1. Regionrådet vedtar planen.\n"
        "2. Rådmannen utreder ny modell innen 1. mai.\nKari Holm orienterte.\n"
        f"Sekretariatet sender planen til kommunene innen 20. mars.\n{verdict}")
    assert actions == [
        ("Rådmannen utreder ny modell innen 1. mai.", "Rådmannen", "2024-05-01"),
        ("Sekretariatet sender planen til kommunene innen 20. mars.", "Sekretariatet",
         "2024-03-20")]


@pytest.mark.parametrize(("sentence", "task"), [
    # (s75a) an English action point's form in the text, without an "Action:" label: who,
    # "to", the verb, and a day to do it by
    ("Lars Dahl to send the revised timeline to all partners by 1 December 2026.", True),
    ("Secretariat to prepare a draft outline by 15 April.", True),
    ("Kari Holm and Eva Lind to send the invitation by May 1.", True),
    # no day: a plan, not read without the label; nor a Norwegian "to" (two)
    ("Lars Dahl to send the revised timeline to all partners.", False),
    ("Styret møtes to ganger i året.", False),
])
def test_an_english_action_points_form_in_the_text(sentence, task):
    assert is_action(sentence) is task


def test_the_boards_proposal_at_the_annual_meeting_is_no_outcome():
    # (s75e) "Styret foreslo å …" told at the årsmøte is the case's proposal; the vote
    # and the vedtak after it are the outcomes (at a board meeting it is the board's own)
    assert decided_by_another("Styret foreslo å øke kontingenten til kr 5.", "Årsmøtet")
    assert not decided_by_another("Styret foreslo å øke kontingenten til kr 5.", "Styret")
    text = ("Protokoll fra årsmøtet i Dalen friluftsråd\n\nDato: 21. april 2026\n\n"
            "Sak 5/2026 Kontingent\nStyret foreslo å øke kontingenten til kr 5 per innbygger.\n"
            "Vedtak: Kontingenten settes til kr 5 per innbygger.\n")
    record = parse_bytes(text.encode(), "protokoll.txt")
    assert record.items[0].decisions == ["Kontingenten settes til kr 5 per innbygger."]


@pytest.mark.parametrize("sentence", [
    "Dronen vil forstyrre rein på høstbeite.", "Tiltaket vil skade fuglelivet i området.",
    "Hytta vil føre til meir ferdsel i kalvingsområdet.",
])
def test_an_effect_foreseen_is_no_task(sentence):
    # (s75e) a refusal's reason: what the thing applied for will do, no one's errand
    assert not is_action(sentence)


@pytest.mark.parametrize("gap", ["  ", " "])
def test_numbered_action_points_close_the_minutes(gap):
    # (s75k) "Action points:" over "AP 1  Sende … – JS – 30.04.2026" to the end: the
    # meeting's tasks (the last item's), their owners' initials and days (an English day
    # too), no words of that item
    text = ("Referat fra styremøte\n\nDato: 24. april 2026\n\n"
            "Sak 1/26 Eventuelt\nIngen saker.\n\nAction points:\n"
            f"AP 1{gap}Sende årsregnskapet til revisor – JS – 30.04.2026\n"
            f"AP 2{gap}Send the roadmap to all partners – HS – 1 October 2026\n"
            f"AP 3{gap}Kontakte nye partnere – KH\n")
    [item] = parse_bytes(text.encode(), "styre.txt").items
    assert item.text == "Ingen saker."
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Sende årsregnskapet til revisor – JS – 30.04.2026", "JS", "2026-04-30"),
        ("Send the roadmap to all partners – HS – 1 October 2026", "HS", "2026-10-01"),
        ("Kontakte nye partnere – KH", "KH", None)]


def test_an_english_board_that_discussed_and_agreed_decided():
    # (s75k) "The board discussed the roadmap and agreed that …": the talk, then its outcome
    text = ("Minutes of the Board Meeting\n\nDate: 15 September 2026\n\n"
            "1. Roadmap\nThe board discussed the roadmap for 2027 and agreed that the cluster "
            "should focus on sensors.\n")
    [item] = parse_bytes(text.encode(), "board.txt").items
    assert item.decisions == ["The board discussed the roadmap for 2027 and agreed that the "
                              "cluster should focus on sensors."]


def test_a_work_packages_status_line_is_no_action_point():
    # (s75k) "AP2 Datakvalitet: …" in a project group's minutes is a work package (arbeids-
    # pakke) and its status, its topic and a colon after the number: no numbered action point
    text = ("Referat fra prosjektgruppemøte\n\nDato: 4. mars 2026\n\nSak 1 Status\n"
            "AP1 Anskaffelse: Konkurransegrunnlaget er kunngjort.\n"
            "AP2 Datakvalitet: Gol har vasket adressedata.\n")
    [item] = parse_bytes(text.encode(), "pg.txt").items
    assert item.actions == []


@pytest.mark.parametrize("label", [
    "Forumet vedtok slik uttalelse til Samferdselsdepartementet:",
    "Forumet sender følgende uttalelse til fylkeskommunen:",
    "Forumet vedtok slik uttale:",
])
def test_a_statement_the_forum_adopted_or_sends_to_someone_is_its_vedtak(label):
    # (s75j) "… vedtok slik uttalelse til X:" announces the statement as "… gir slik
    # uttale:" does: the statement's sentences are what the forum decided, not the label
    item = _one_item(f"{label}\nForumet ber departementet opprettholde fire daglige "
                     "rundturer. Kapasiteten må økes om sommeren.\n")
    assert item.decisions == ["Forumet ber departementet opprettholde fire daglige rundturer.",
                              "Kapasiteten må økes om sommeren."]


@pytest.mark.parametrize(("sentence", "task"), [
    # (s75j) a time of day before each trip: how a bestillingstransport is booked, no errand
    ("Turen må bestilles innen kl. 18.00 dagen før.", False),
    ("Turen bestilles innen kl. 18.00 dagen før.", False),
    ("Ferja må bestillast innan kl. 15 dagen i forvegen.", False),
    # … a date still makes a one-off task
    ("Søknaden må sendes innen 1. mars.", True),
])
def test_a_booking_deadline_the_day_before_is_a_standing_rule(sentence, task):
    assert is_action(sentence) is task


def test_a_nomination_committees_own_innstilling_to_the_body_above_is_its_vedtak():
    # (s76b) "Valnemnda si innstilling til regionrådet:" in the valnemnd's own minutes is
    # its decision's label, and each seat with its municipality ("Nordal kommune") is a
    # line of it, also when a PDF sets every line apart
    text = ("Referat frå møte i valnemnda\n\nDato: 18. januar 2027\n\n"
            "Sak 02/27 Innstilling til val av leiar\n\nLeiar og nestleiar er på val.\n\n"
            "Valnemnda si innstilling til regionrådet:\n\n"
            "Leiar: Ola Fossheim, Nordal kommune (attval, 2 år)\n\n"
            "Nestleiar: Berit Tangen, Fjellstad kommune (ny, 2 år)\n\n"
            "1. vara: Anne Kari Lund, Vassbygd kommune\n\nSamrøystes.\n")
    [item] = parse_bytes(text.encode(), "referat.txt").items
    assert item.decisions == ["Leiar: Ola Fossheim, Nordal kommune (attval, 2 år)",
                              "Nestleiar: Berit Tangen, Fjellstad kommune (ny, 2 år)",
                              "1. vara: Anne Kari Lund, Vassbygd kommune", "Samrøystes."]
    assert item.actions == []


@pytest.mark.parametrize(("sentence", "outcome"), [
    # (s76c) the members taking the case home to their own organisations in the active, as
    # "Saken tas med tilbake til egen organisasjon." does in the passive: an outcome
    ("Rektorene tar med seg saken tilbake til egen kommune.", True),
    ("Rektorane tek med seg saka attende til eigen kommune.", True),
    ("Kommunedirektørene tar saken med tilbake til sine organisasjoner.", True),
    # … not one errand back to a named body
    ("Kari Holm tar med seg saken tilbake til styret.", False),
])
def test_members_taking_the_case_home_in_the_active_is_an_outcome(sentence, outcome):
    assert is_decision(sentence) is outcome


def test_a_next_meeting_list_of_topics_gives_no_tasks_but_its_errands_do():
    # (s76c) "Til neste møte:" over bare topics is the next agenda; a sentence with a doer
    # under it is an errand before that meeting (no due from the heading)
    item = _one_item("Gruppa drøfta saka.\n\nTil neste møte:\n- Budsjett for fagdagen\n"
                     "- Evaluering av talentprogrammet\n- Prisharmonisering – status frå kvar "
                     "kommune\n- Kari Holm sender ut oversikta over tilskot.\n")
    assert [(a.text, a.responsible, a.due) for a in item.actions] == [
        ("Kari Holm sender ut oversikta over tilskot.", "Kari Holm", None)]


def test_a_body_asking_someone_to_review_routines_gives_a_task():
    # (s76j) "AMU ber X gå gjennom rutinane for …" is work of its own for X (not a loose
    # "gå gjennom saka"), with its date
    text = ("Referat frå arbeidsmiljøutvalet\n\nDato: 15. april 2027\n\n"
            "Sak 14/27 Avvik\nDet er meldt 19 avvik.\n"
            "Vedtak: AMU ber barnevernleiaren gå gjennom rutinane for heimebesøk saman med "
            "hovudverneombodet innan 1. juni 2027. Samrøystes.\n")
    [item] = parse_bytes(text.encode(), "amu.txt").items
    assert [(a.responsible, a.due) for a in item.actions] == [("barnevernleiaren", "2027-06-01")]


@pytest.mark.parametrize("talk", [
    "Siri Aas orienterte om saken.",
    "Kari Holm (Sp) viste til høringsuttalelsen fra i fjor.",
    "Siri Aas kommenterte at fylket ikke har svart.",
])
def test_a_member_s_talk_after_a_proposal_s_points_ends_them(talk):
    # (s76l) the points end at the first line that is not one of them, a member's talk;
    # the vote after it still adopts the points
    decisions, actions = _council_outcomes(
        "Per Dahl fremmet slikt forslag:\n1. Regionrådet slutter seg til planen.\n"
        "2. Sekretariatet sender uttalelsen til fylket innen 1. mai.\n"
        f"{talk}\nForslaget fra Per Dahl ble vedtatt.")
    assert decisions == ["Regionrådet slutter seg til planen.",
                         "Sekretariatet sender uttalelsen til fylket innen 1. mai.",
                         "Forslaget fra Per Dahl ble vedtatt."]
    assert actions == [("Sekretariatet sender uttalelsen til fylket innen 1. mai.",
                        "Sekretariatet", "2024-05-01")]


def test_a_proposal_s_own_sentence_in_the_past_stays_one_of_its_points():
    # a body's name before the verb is no member's talk: the proposal's own words
    decisions, _ = _council_outcomes(
        "Per Dahl fremmet slikt forslag:\n1. Regionrådet slutter seg til planen.\n"
        "2. Regionrådet understreket behovet for gang- og sykkelvei.\n"
        "Forslaget fra Per Dahl ble vedtatt.")
    assert decisions == ["Regionrådet slutter seg til planen.",
                         "Regionrådet understreket behovet for gang- og sykkelvei.",
                         "Forslaget fra Per Dahl ble vedtatt."]


@pytest.mark.parametrize(("body", "action"), [
    # (s77c) nynorsk "sørgjer for", as "syter for" and bokmål "sørger for"
    ("Superbrukarane får kurs i april.\nKlinikksjefane sørgjer for at superbrukarane får fri "
     "til kurset.",
     ("Klinikksjefane sørgjer for at superbrukarane får fri til kurset.", "Klinikksjefane",
      None)),
    # the way of the answer between verb and noun: "gjev skriftleg tilbakemelding"
    ("Kommunane gjev skriftleg tilbakemelding på utkastet innan utgangen av mars.",
     ("Kommunane gjev skriftleg tilbakemelding på utkastet innan utgangen av mars.",
      "Kommunane", "2024-03-31")),
    # a request to name someone for a task: "ber kommunene utpeke …"
    ("Vedtak: Regionrådet ber kommunene utpeke en kontaktperson innen 1. mai.",
     ("Regionrådet ber kommunene utpeke en kontaktperson innen 1. mai.", "kommunene",
      "2024-05-01")),
])
def test_nynorsk_and_request_task_verbs(body, action):
    _, actions = _council_outcomes(body)
    assert actions == [action]


def test_a_register_row_by_name_repeats_the_task_the_text_gave_the_head_by_job():
    # (s77a) "NAV-leder følger opp med …" in the item, "… | Knut Lie | Neste møte" in the
    # closing table: the office's head by his name, perhaps; the shared words (and the
    # item's "måltallene") make it one task, kept as the text wrote it
    row = Action(text="Oversikt over måltall per kommune", responsible="Knut Lie", due=None)
    task = Action(text="NAV-leder følger opp med en oversikt per kommune til neste møte.",
                  responsible="NAV-leder", due=None)
    context = task_words("Halvårsstatus Knut Lie viste status på måltallene.")
    people = {"kl": frozenset({"nav dalen"})}
    assert repeat_score(row, task, context, people) > 0
    # (another task of the head's: no word of it shared)
    other = Action(text="Enhetsleder bestiller ny kopimaskin.", responsible="Enhetsleder",
                   due=None)
    assert repeat_score(row, other, context, people) == 0


def test_a_closing_tables_rows_that_repeat_the_items_tasks_are_those_tasks_once():
    # (s77a) a closing "Hva | Hvem | Når" table: the row of the NAV-leder's task (by his
    # name) and the row of the referent's (her words shortened) are the items' tasks; the
    # new row alone is a task of the last item
    text = (
        '# Samarbeidsmøte NAV Dalen og kommunene\n'
        '\n'
        '**Dato:** 9. september 2026  \n'
        '**Sted:** Teams\n'
        '\n'
        '**Til stede:** Tone Berg (leder), Håvard Moen, Knut Lie (NAV-leder NAV Dalen)  \n'
        '**Referent:** Mona Lien\n'
        '\n'
        '## 1. Halvårsstatus\n'
        '\n'
        'Knut Lie viste status på måltallene.\n'
        '\n'
        'NAV-leder følger opp med en oversikt per kommune til neste møte.\n'
        '\n'
        '## 2. Ungdomsteam\n'
        '\n'
        'Mona Lien sender ut invitasjon til skolene innen 20. september.\n'
        '\n'
        '## 3. Eventuelt\n'
        '\n'
        'Ingen saker.\n'
        '\n'
        '### Aksjonsliste\n'
        '\n'
        '| Hva | Hvem | Når |\n'
        '|-----|------|-----|\n'
        '| Oversikt over måltall per kommune | Knut Lie | Neste møte |\n'
        '| Sende ut invitasjon til skolene | Mona Lien | 20.09.2026 |\n'
        '| Bestille møterom | Tone Berg | 01.10.2026 |\n'
    )
    items = parse_bytes(text.encode(), "nav.md").items
    assert [[(a.text, a.responsible, a.due) for a in item.actions] for item in items] == [
        [("NAV-leder følger opp med en oversikt per kommune til neste møte.", "NAV-leder",
          None)],
        [("Mona Lien sender ut invitasjon til skolene innen 20. september.", "Mona Lien",
          "2026-09-20")],
        [("Bestille møterom", "Tone Berg", "2026-10-01")]]


@pytest.mark.parametrize("sentence, decided", [
    # (s77j) a planning forum's verdict without "at": a clause of its own after the verb
    ("Planforum meiner planinitiativet må reduserast før oppstart vert varsla.", True),
    ("Planforum mener planforslaget er godt egnet for høring.", True),
    # (other bodies' views so are the debate's, as a member's is)
    ("Rådet mener planen må si mer om dagtilbud.", False),
    ("Forumet mente det er behov for en felles forståelse.", False),
    ("Gruppa meiner planen er eit godt grunnlag.", False),
    ("Per Dahl mente saken var godt nok utredet.", False),
])
def test_the_body_s_stand_without_at(sentence, decided):
    assert is_decision(sentence) is decided


def test_no_objection_to_what_another_does_is_no_task():
    sentence = "Planforum har ingen innvendinger mot at planprogrammet sendes på høring."
    assert is_decision(sentence) and not is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "Avtalen signeres når karenstiden er ute.",
    "Kontraktene signeres i neste uke.",
    "Kontrakta signerast når karenstida er over.",
])
def test_an_agreement_signed_afterwards_is_a_passive_task(sentence):
    # a contract signed after the standstill period: a follow-up with no one named
    assert is_action(sentence)
    assert responsible_of(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Protokollen signeres digitalt.",
    "Avtalen signeres av forretningsfører.",
])
def test_the_minutes_signed_or_a_signer_named_is_no_passive_signing_task(sentence):
    # the minutes' own signing is no follow-up; a named signer is another's act
    assert not is_action(sentence)


@pytest.mark.parametrize("sentence", [
    "Kontrakten signeres når klagefristen er ute.",
    "Avtalen sendes til leverandøren etter klagefristen.",
    "Kari Nes sender avtalen etter utløpt klagefrist.",
])
def test_a_task_timed_after_the_appeal_deadline_is_no_appeal_notice(sentence):
    # the appeal deadline passed is only when the task is done, not the notice of the
    # right to appeal ("Klagefristen er tre veker.")
    assert is_action(sentence)


def test_the_appeal_deadline_told_is_still_the_appeal_notice():
    assert not is_action("Klagefristen er tre veker.")
    assert not is_action("Eventuell klage sendes innen klagefristen.")


@pytest.mark.parametrize("sentence", [
    # (s77q) a contract entered into afterwards, as one signed afterwards
    "Kontrakten inngås etter at klagefristen har gått ut.",
    "Avtalen inngås når karenstiden er ute.",
    "Kontrakta inngåast når klagefristen er ute.",
    "Avtala vert inngått etter klagefristen.",
    "Kontrakten blir signert når karenstiden er over.",
])
def test_a_contract_entered_into_afterwards_is_a_passive_task(sentence):
    assert is_action(sentence)


@pytest.mark.parametrize("sentence", [
    # a case paper's advice with no contract its subject, the signer named, the minutes'
    # own signing, and a contract of the past
    "Daglig leder anbefaler at det inngås avtale med den rimeligste leverandøren.",
    "Avtala vert signert av leiar.",
    "Protokollen vert signert digitalt.",
    "Vertskommuneavtalen vart inngått i 2012.",
])
def test_no_contract_entered_into_afterwards_is_no_passive_task(sentence):
    assert not is_action(sentence)


@pytest.mark.parametrize(("sentence", "task"), [
    # (s77q) what a group will do at a routine check each child comes to by age is its
    # practice from now on, no one-off errand
    ("Helsesjukepleiarane vil ta opp kosthald og tannpuss på 4-årskontrollen.", False),
    ("Helsestasjonen vil ta opp tannhelse ved seksukerskontrollen.", False),
    ("Helsesykepleierne vil snakke om skjermbruk på kvar konsultasjon.", False),
    # the check only named in a one-off task's sentence
    ("Kari Holm sender rapporten om 4-årskontrollen til styret innen 1. mai.", True),
    ("Kari Holm vil ta opp saka med rådmannen.", True),
])
def test_a_practice_at_a_routine_check_is_no_task(sentence, task):
    assert is_action(sentence) is task


@pytest.mark.parametrize(("sentence", "task"), [
    # (s77p) a payment someone is to make is an errand, in the active voice
    ("Kommunen utbetaler midlene innen 1. april.", True),
    ("Kommunen betaler ut tilskotet innan 1. mai.", True),
    # (the passive tells the scheme's rule)
    ("Tilskuddet utbetales etter søknad.", False),
])
def test_paying_out_is_a_task(sentence, task):
    assert is_action(sentence) is task


@pytest.mark.parametrize("sentence", ["Planen skal handsamast i neste styremøte.",
                                      "Rapporten skal behandles på neste møte."])
def test_a_paper_the_body_takes_up_at_its_next_meeting_is_no_errand(sentence):
    # (s77p) as "Saka skal handsamast på neste møte." (put off; no one's errand)
    assert not is_action(sentence)


@pytest.mark.parametrize(("sentence", "owner"), [
    # (s78d) members answering by a deadline: "svarer innen" as "svarer nettverket innen"
    ("Partnerkommunene svarer innen uke 12.", "Partnerkommunene"),
    ("Kommunane svarar innan 1. mai.", "Kommunane"),
])
def test_answering_by_a_deadline_is_a_task_of_the_one_who_answers(sentence, owner):
    assert is_action(sentence)
    assert responsible_of(sentence) == owner


def test_a_guess_at_another_s_answer_is_still_no_task():
    # (s78d) the word between the verb and the deadline tells a guess, no errand given
    assert not is_action("Fylkeskommunen svarar truleg innan 1. mai.")


@pytest.mark.parametrize(("sentence", "decided"), [
    # (s78c) the case put on the next meeting's agenda in so many words, as "Saken settes
    # opp på neste møte." is
    ("Saken settes på dagsorden for neste møte.", True),
    ("Saka vert sett på sakslista til neste møte.", True),
    ("Saken ble satt på sakskartet til neste styremøte.", True),
    # (a wish for it is none)
    ("Kari Holm ønsket at saken settes på dagsorden for neste møte.", False),
])
def test_a_case_put_on_the_next_meeting_s_agenda_is_an_outcome(sentence, decided):
    assert is_decision(sentence) is decided


@pytest.mark.parametrize("sentence", [
    "Styret tildelte kontrakten til Byggmester Hansen AS.",
    "Utvalget tildelte oppdraget til Norconsult AS.",
    "Styret tildelte avtalen til Vik Bygg AS, som hadde lågaste pris.",
])
def test_the_body_awarding_a_contract_is_its_decision(sentence):
    # (s78a) the body's choice among the tenders, as "Styret valgte tilbud 2." is
    assert is_decision(sentence)


@pytest.mark.parametrize("sentence", [
    "Kari Holm tildelte kontrakten til Byggmester Hansen AS.",
    "Fylkeskommunen tildelte oppdraget til Norconsult AS i fjor.",
    "Styret drøftet hvem som skal tildeles kontrakten.",
])
def test_an_award_by_someone_else_or_only_talked_of_is_no_decision(sentence):
    assert not is_decision(sentence)


@pytest.mark.parametrize(("sentence", "task"), [
    # (s78b) a thing as subject, the present passive and "innen" a day: a passive task
    ("Ferieønsker meldes til daglig leder innen 15. mars.", True),
    ("Kommunene orienteres om sine tilskudd innen 1. november.", True),
    ("Søknadene sendast til sekretariatet innan 1. mai.", True),
    # (the law's deadline, a rule with a modal, another party's act: none)
    ("Regnskapene avlegges innen 22. februar.", False),
    ("Turen må bestilles innen kl. 18.00 dagen før.", False),
    ("Leveransen bekreftes av leverandøren innen 20. mars.", False),
    # (a duty by law is standing; a post-holder's view is no errand)
    ("Krisesenteret skal etter krisesenterloven ha et fysisk atskilt botilbud for menn.", False),
    ("Verneombudet mener rutinen for alenevakt må oppdateres.", False),
])
def test_passive_tasks_by_a_deadline_and_duties_by_law(sentence, task):
    assert is_action(sentence) is task


def test_finding_a_date_with_the_bare_noun_is_a_task():
    # (s78b) as "Leder finner ny dato."
    assert is_action("Trine Haug og Petter Solvang finner dato.")


@pytest.mark.parametrize(("sentence", "who"), [
    # (s78l) the Swedish passive of "ger X i uppdrag att": the subject is given the errand
    ("Sekretariatet får i uppdrag att ta fram ett underlag till nästa möte.", "Sekretariatet"),
    ("Kansliet får i uppdrag att skicka ansökan till regionen.", "Kansliet"),
    ("Arbetsgruppen fick i uppdrag att boka lokal.", "Arbetsgruppen"),
])
def test_a_swedish_errand_the_subject_gets_is_its_task(sentence, who):
    _, actions = _outcomes_of(sentence)
    assert actions == [(sentence, who, None)]


def test_an_answer_to_an_application_is_the_other_party_s_ruling_no_task():
    # (s78l) "X svarer innen …" after an application is the answering party's ruling on
    # it, as "Innovasjon Norge behandler søknaden innen 1. mai." is: no follow-up
    _, actions = _outcomes_of("Kari søker om midler. Kommunen svarer innen 1. mai.")
    assert actions == []
    _, actions = _outcomes_of("Nettverket søker om 200 000 kroner fra fylkeskommunen. "
                              "Fylkeskommunen svarer innen 1. mai.")
    assert [who for _, who, _ in actions] == ["Nettverket"]  # (its own application only)
    _, actions = _outcomes_of("Laget har søkt om tilskot. Kommunen svarar innan 1. mai.")
    assert actions == []
    # members answering what the body sent them still owe the answer
    _, actions = _outcomes_of("Ola Dahl sender skjema til partnerkommunene innen 1. mars. "
                              "Partnerkommunene svarer innen uke 12.")
    assert actions[-1] == ("Partnerkommunene svarer innen uke 12.", "Partnerkommunene", None)


@pytest.mark.parametrize(("sentence", "who"), [
    # (s79b) putting a time or date forward to the others, as "finner dato" is: a task
    # (not "foreslår at …", a motion)
    ("Styreleder og daglig leder foreslår tidspunkt innen 1. april 2027.",
     "Styreleder og daglig leder"),
    ("Leiaren føreslår ein dato for neste møte.", "Leiaren"),
])
def test_putting_forward_a_time_is_a_task(sentence, who):
    assert is_action(sentence)
    assert responsible_of(sentence) == who


def test_a_proposal_sent_in_before_the_meeting_is_no_task():
    # (s79b) "Holtan kommune har foreslått at sekretariatet utreder …": what a member
    # proposed, as "X foreslo at …"; the body's answer to it is told after it
    _, actions = _outcomes_of("Holtan kommune har foreslått at sekretariatet utreder felles "
                              "opplæring. Styret sluttet seg til forslaget. Styret legger fram "
                              "en plan innen 1. september 2024.")
    assert actions == [("Styret legger fram en plan innen 1. september 2024.", "Styret",
                        "2024-09-01")]


def test_a_constituting_step_s_title_before_a_colon_is_no_part_of_its_outcome():
    # (s79b) "b) Valg av møteleder: Astrid Nygård ble valgt.": the step's title names what
    # was done, the sentence after the colon is the outcome (as a title over its own line)
    decisions, _ = _outcomes_of("a) Godkjenning av innkalling og saksliste: Innkalling og "
                                "saksliste ble godkjent.\nb) Valg av møteleder: Kari Holm ble "
                                "valgt.")
    assert decisions == ["Innkalling og saksliste ble godkjent.", "Kari Holm ble valgt."]


@pytest.mark.parametrize("sentence", [
    # (s79c) when a thing is done, told as a practice or a question, gives no task, as
    # "hvordan" does
    "Kommunene har ulik praksis for når rapporten legges fram for politisk behandling.",
    "Det er uklart når rapporten legges fram.",
    "Gruppa drøftet når planen sendes på høring.",
])
def test_when_a_thing_is_done_told_as_practice_is_no_task(sentence):
    assert not is_action(sentence)


def test_a_task_with_when_in_its_object_stays_a_task():
    assert is_action("Kari Holm lager en plan for når rapportene legges fram.")
    assert is_action("Rapporten legges fram for politisk behandling.")

def test_a_grant_table_s_rows_under_an_adopted_innstilling_are_no_decisions():
    # (s79a) "Utvalget fordeler 250 000 kr slik:" over "Søker | Tiltak | Beløp" rows, then
    # the vote: the sentence over the table is decided; its rows of figures are neither
    # decisions nor tasks (as in a PDF, whose reader gives them as a table's rows)
    text = ("# Møteprotokoll Trafikksikkerhetsutvalget\n\nDato: 24.02.2027\n\n"
            "## PS 5/27 Tilskudd\n\nKommunedirektørens innstilling:\n\n"
            "Utvalget fordeler 250 000 kr slik:\n\n| Søker | Tiltak | Beløp |\n|---|---|---|\n"
            "| Ramstad skole FAU | Refleksaksjon og sykkeldag | 25 000 |\n"
            "| Ramstad idrettslag | Belysning på stien | 145 000 kr |\n\n"
            "Votering: Innstillingen ble vedtatt med 5 mot 1 stemme.\n")
    item = parse_bytes(text.encode(), "tsu.md").items[0]
    assert (item.decisions, item.actions) == (
        ["Utvalget fordeler 250 000 kr slik:", "Innstillingen ble vedtatt med 5 mot 1 stemme."],
        [])


def test_an_owner_line_repeating_an_earlier_task_s_doers_leaves_the_last_task_its_own():
    # (s79a) "A og B lager … innen 1. juni. C bestiller …" / "Ansvar: A og B" / "Frist: 1.
    # juni": the lines restate the first task's doers and date; C's task stays C's, with
    # no date (a lone "Ansvar: A" under C's task still gives it A: the guide's rule)
    _, actions = _outcomes_of(
        "Styret ble enige om en kampanje i uke 42. Per Lunde og Ola Dahl lager forslag til "
        "materiell innen 1. juni. Kari Holm bestiller refleksvester når antallet er klart.\n"
        "Ansvar: Per Lunde og Ola Dahl\nFrist: 1. juni")
    assert actions == [
        ("Per Lunde og Ola Dahl lager forslag til materiell innen 1. juni.",
         "Per Lunde og Ola Dahl", "2024-06-01"),
        ("Kari Holm bestiller refleksvester når antallet er klart.", "Kari Holm", None)]
    _, actions = _outcomes_of("Kari Holm bestiller refleksvester.\nAnsvar: Ola Dahl")
    assert actions == [("Kari Holm bestiller refleksvester.", "Ola Dahl", None)]
def test_the_assembly_electing_everyone_by_acclamation_is_a_decision() -> None:
    # (s79d) under the valgkomité's list: "Årsmøtet valgte alle ved akklamasjon."
    decisions, _ = _outcomes_of("Årsmøtet valgte alle ved akklamasjon.")
    assert decisions == ["Årsmøtet valgte alle ved akklamasjon."]


def test_gathering_a_thing_by_the_next_meeting_is_a_task() -> None:
    # (s79d) "samler … til neste møte" as "samler inn … innen": an errand, its due unknown
    _, actions = _outcomes_of("Ragnhild Brattli samler historielagets bilder av "
                              "husmannsplassene til neste møte.")
    assert actions == [("Ragnhild Brattli samler historielagets bilder av husmannsplassene "
                        "til neste møte.", "Ragnhild Brattli", None)]
    assert _outcomes_of("Planen samler tiltakene for hele regionen.") == ([], [])


def test_a_members_request_in_the_debate_ends_the_adopted_proposal() -> None:
    # (s79i) "Morten Lie ba om at …" after an amendment's words tells the debate: no
    # point of the amendment, so no decision when it is adopted
    text = ("Protokoll styremøte\n\nDato: 09.03.2027\n\nSak 13/27 Anskaffelsesplan\n"
            "Behandling:\nBjørn Solberg fremmet følgende endringsforslag: Konkurransen for "
            "matvarer flyttes fram til andre kvartal.\nMorten Lie ba om at det utarbeides en "
            "oversikt over klimakrav.\nVotering:\nEndringsforslaget ble vedtatt med 5 mot 1 "
            "stemme.\n")
    record = parse_bytes(text.encode(), "styret.txt")
    assert not any("Morten Lie" in d for d in record.items[0].decisions)


def test_a_body_asking_the_administration_to_mend_something_is_a_task() -> None:
    # (s79i) "Rådet ber kommunedirektøren utbedre rampen …": work asked for, with whom
    text = ("Referat rådet\n\nDato: 02.03.2027\n\nSak 10/27 Tilgjengelighet\nOrientering.\n"
            "Vedtak:\nRådet ber kommunedirektøren utbedre rampen i kulturhuset før sommeren.\n")
    record = parse_bytes(text.encode(), "rad.txt")
    assert [(a.responsible, a.due) for a in record.items[0].actions] == [
        ("kommunedirektøren", None)]


def test_a_deadline_someone_has_set_for_others_is_no_task() -> None:
    # (s79i) the case papers' "Fylkeskommunen … har satt intern frist til 20.04.2027": a
    # date the region must meet, no errand of the county; its present task stays one
    text = ("Referat styringsgruppen\n\nDato: 04.03.2027\n\nSak 4/27 Søknad om midler\n"
            "Fylkeskommunen koordinerer søknadene og har satt intern frist til 20.04.2027.\n"
            "Vedtak:\nSekretariatet sender søknaden innen 20.04.2027.\n")
    record = parse_bytes(text.encode(), "sg.txt")
    assert [a.responsible for a in record.items[0].actions] == ["Sekretariatet"]


@pytest.mark.parametrize(("cells", "figures"), [
    (("Ramstad skole FAU", "Refleksaksjon", "25 000"), True),
    (("Ramstad idrettslag", "Belysning", "1.800.000,-"), True),
    (("Ramstad skolekorps", "Noter", "500 kr"), True),  # under a thousand, with its currency
    # a bare number under a thousand is a week's or a case's, no amount
    (("Kari Holm bestiller refleksvester", "42"), False),
    (("Bestille vester", "Kari Holm", "43"), False),
    # a cell that is a sentence of its own keeps the row read
    (("Ramstad skole", "Utvalget vedtok å gi tilskudd.", "25 000"), False),
    (("Ramstad skole", "Refleksaksjon", "2027"), False),  # a year
])
def test_a_row_of_figures_is_money_written_as_money(cells, figures):
    # (s79m) a grant's or a budget's row ends in an amount written in thousands or with
    # its currency; a task's row ending in a week number is no row of figures
    from motebok.extract.outcomes import _amount_row

    assert _amount_row(cells) is figures


def test_a_headless_table_of_tasks_with_week_numbers_keeps_its_tasks():
    # (s79m) "| Kari Holm bestiller refleksvester | 42 |": the number is the week, the row
    # a task, not a grant's figures
    text = ("# Referat styremøte\n\nDato: 24.02.2027\n\n## Sak 5/27 Kampanje\n\n"
            "Styret vedtok kampanjen.\n\n| Kari Holm bestiller refleksvester | 42 |\n"
            "| Per Dahl lager plakater | 43 |\n\nTekst.\n")
    item = parse_bytes(text.encode(), "kampanje.md").items[0]
    assert [(a.responsible, a.text) for a in item.actions] == [
        ("Kari Holm", "Kari Holm bestiller refleksvester 42"),
        ("Per Dahl", "Per Dahl lager plakater 43")]


def test_a_date_in_the_verb_phrase_before_og_leaves_the_task_after_it():
    # (s79l) "A inviterte til X 14. mai og sender … innen 1. april": the date names the
    # first verb phrase's time as "i mai" does, and the clause after "og" is A's task;
    # a past verb phrase joined to another past one stays the meeting's account
    _, actions = _outcomes_of(
        "Line Haugom inviterte til TS-konferansen 14. mai og sender invitasjon til kommunene "
        "innen 1. april.")
    assert actions == [
        ("Line Haugom inviterte til TS-konferansen 14. mai og sender invitasjon til kommunene "
         "innen 1. april.", "Line Haugom", "2024-04-01")]
    _, actions = _outcomes_of(
        "Siv Moen holdt innlegg på fagdagen 20. januar og delte erfaringer fra prosjektet.")
    assert actions == []


def test_two_people_in_charge_in_a_vedtak_are_its_task():
    # (s79j) "X og Y har ansvar for … og legger fram … innen": the body charges two people
    _, actions = _outcomes_of("Vedtak: Styret arrangerer yrkesmesse i uke 42. Helene Brattvoll "
                              "og Kasper Lindeland har ansvar for planleggingen og legger fram "
                              "et program innen 1. juni.")
    assert ("Helene Brattvoll og Kasper Lindeland har ansvar for planleggingen og legger fram "
            "et program innen 1. juni.", "Helene Brattvoll og Kasper Lindeland",
            "2024-06-01") in actions


def test_an_election_row_with_the_member_s_firm_stays_one_decision():
    # (s79j) "Styreleder | Kari Ødegård | Sørdalen Interiør AS | 1 år": a firm's name of
    # capitalised words opens no sentence of its own
    text = ("# Protokoll fra årsmøtet\n\nDato: 22. april 2027\n\n## Sak 6 Valg\n\n"
            "Valgkomiteens innstilling:\n\n| Verv | Navn | Bedrift | Periode |\n|---|---|---|---|\n"
            "| Styreleder | Kari Ødegård | Sørdalen Interiør AS | 1 år (gjenvalg) |\n"
            "| Styremedlem | Eva Lindberg | Sørdalen Sport AS | 2 år (ny) |\n\n"
            "Innstillingen ble enstemmig vedtatt.\n")
    item = parse_bytes(text.encode(), "arsmote.md").items[0]
    assert item.decisions == ["Styreleder Kari Ødegård Sørdalen Interiør AS 1 år (gjenvalg)",
                              "Styremedlem Eva Lindberg Sørdalen Sport AS 2 år (ny)",
                              "Innstillingen ble enstemmig vedtatt."]
