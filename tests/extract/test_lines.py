"""Cleaning lines and splitting sentences the way Norwegian minutes need."""

from __future__ import annotations

import pytest

from fixtures.builders import docx_bytes, fill_cell
from motebok.extract.items import item_table_columns
from motebok.extract.labels import Field, match_label
from motebok.extract.participants import space_columns, space_row_people, substituted_for
from motebok.extract.text import (
    _placed_cells,
    clean,
    looks_like_name,
    sentences,
    to_lines,
    uninverted,
    written_clean,
)
from motebok.parse import parse_bytes
from motebok.read.blocks import Block, BlockKind
from motebok.vocab import Attendance, ParticipantRole


@pytest.mark.parametrize(("raw", "expected"), [
    ("Har etablert *Invest In* i fylket", "Har etablert Invest In i fylket"),
    ("**Vedtak:** Godkjent", "Vedtak: Godkjent"),
    ("[Presentasjoner finner man her](#)", "Presentasjoner finner man her"),
    ("Deltakere: [[Kari Holm]], [[Ola Berg|Ola]]", "Deltakere: Kari Holm, Ola"),  # wiki
    ("- [ ] [[Per Dahl]] sender [innkalling](x.md)", "- [ ] Per Dahl sender innkalling"),
    ("Se <https://example.org/a>", "Se https://example.org/a"),
    ("Referat&nbsp;fra møtet<br />", "Referat fra møtet"),
    ("- Tid:** Fredag 20.6.2014", "- Tid: Fredag 20.6.2014"),
    # a bold span closed after its space: a label, a phrase; no star left before the value
    ("**Møtestad: **Molde rådhus / [Teams](#)", "Møtestad: Molde rådhus / Teams"),
    ("**Neste møte **vert fredag 4. april.", "Neste møte vert fredag 4. april."),
    ("  mange   mellomrom\u00a0her ", "mange mellomrom her"),
    # Markdown's footnote marks and code spans, a note app's mentions and label icons
    ("Styret drøftet vårdugnad[^1].", "Styret drøftet vårdugnad."),
    ("Diskusjon om `budsjettmodell v2`.", "Diskusjon om budsjettmodell v2."),
    ("Deltakere: @Kari Holm @Per Dahl @Nina Lie", "Deltakere: Kari Holm, Per Dahl, Nina Lie"),
    ("Møtet ble ledet av @Kari Holm.", "Møtet ble ledet av Kari Holm."),
    ("Send til kari@example.no og @kari", "Send til kari@example.no og @kari"),
    ("📅 Dato: 14. mars 2024", "Dato: 14. mars 2024"), ("✍️ Referent: Per", "Referent: Per"),
    ("👥Deltakere: Kari Holm", "Deltakere: Kari Holm"), ("► Sak 1", "► Sak 1"),
    ("☒ Kari Holm", "☒ Kari Holm"),  # a ballot box marks attendance: no icon
    # a cross or check before an attendance heading is its icon, before a name a mark
    ("❌ Forfall", "Forfall"), ("✅ Til stede:", "Til stede:"), ("❌ Per Moe", "❌ Per Moe"),
    # a note app's tags after a sentence are labels, no words; a number after "#" stays
    ("Innkallinga vart godkjend. #vedtak", "Innkallinga vart godkjend."),
    ("Planen sendast ut 20. mars. #oppfølging #økonomi", "Planen sendast ut 20. mars."),
    ("Se sak #3 i lista", "Se sak #3 i lista"),
    # one space at an end only, a double space inside only, none at all, nothing
    (" Kari Holm", "Kari Holm"), ("Kari Holm ", "Kari Holm"), ("Kari  Holm", "Kari Holm"),
    ("Kari Holm", "Kari Holm"), ("K", "K"), (" ", ""), ("", ""),
])
def test_clean_drops_markup_and_collapses_space(raw, expected):
    assert clean(raw) == expected


# Lines ``clean`` changes, each by one of its steps: no document holding one is plain.
_CLEANED_LINES = [
    "Har etablert *Invest In* i fylket", "[Presentasjoner](#)", "Se <https://x.no>",
    "Referat&nbsp;fra møtet", "Diskusjon om `modell`.", "Ledet av @Kari Holm.",
    "Saken ble ==godkjent==", "Fil _utkast_ lagt ved", "Nord mÃ¸te", "godkjent .",
    "Åsvik , møterom 2", "Godkjent !", "klart ?", "Per Hansen ; Siri Dahl",
    "kl. 09. 00–11. 30", "kl. 09 :00", "Kari  Holm", " Kari Holm", "Kari Holm ",
    "mange\u00a0mellomrom", "Sak\u200b 1", "Kari\tHolm", "Referat\u00ad",
    "Godkjent. #vedtak",
]


@pytest.mark.parametrize("line", _CLEANED_LINES)
def test_a_document_holding_a_line_clean_changes_is_not_written_clean(line):
    assert clean(line) != line
    assert not written_clean(f"Referat fra styremøte\n{line}\nSaken ble godkjent.")


def test_a_document_written_plainly_is_written_clean_line_by_line():
    whole = "Referat fra styremøte 12.03.2024\nTid: kl. 18.00–20.00\nSak 1/24 Budsjett\n" \
            "Styret drøftet saken. Vedtak: Godkjent – enstemmig."
    assert written_clean(whole)
    assert all(clean(line) == line for line in whole.split("\n"))


def test_the_lines_of_a_plain_document_and_of_one_with_markup_read_alike():
    plain = [Block(BlockKind.PARAGRAPH, "Sak 2/24 Vegstatus"),
             Block(BlockKind.TABLE_ROW, "Kari Holm\tLeder", cells=("Kari Holm", "Leder")),
             Block(BlockKind.PARAGRAPH, "Vedtak: Tatt til orientering.")]
    marked = [*plain, Block(BlockKind.PARAGRAPH, "**Neste møte** 4. mai")]
    assert [line.text for line in to_lines(plain)] == \
        ["Sak 2/24 Vegstatus", "Kari Holm\tLeder", "Vedtak: Tatt til orientering."]
    assert [line.text for line in to_lines(marked)] == \
        ["Sak 2/24 Vegstatus", "Kari Holm\tLeder", "Vedtak: Tatt til orientering.",
         "Neste møte 4. mai"]


def test_an_icon_opening_a_line_or_a_cell_of_a_plain_document_is_left_out():
    blocks = [Block(BlockKind.TABLE_ROW, "\U0001f4c5 Dato\t12.03.2024",
                    cells=("\U0001f4c5 Dato", "12.03.2024")),
              Block(BlockKind.PARAGRAPH, "\U0001f465 Deltakere: Kari Holm")]
    assert [line.text for line in to_lines(blocks)] == \
        ["Dato: 12.03.2024", "Deltakere: Kari Holm"]


@pytest.mark.parametrize(("raw", "expected"), [
    ("Tid: 12.00â€“14.00", "Tid: 12.00–14.00"),  # UTF-8 punctuation shown as cp1252
    ("Styret sa â€œjaâ€\u009d til forslaget", "Styret sa “ja” til forslaget"),
    ("Styret sa â€œjaâ€ til det", "Styret sa “ja” til det"),  # the third byte lost
    ("Referat fra Mï¿½te", "Referat fra M\ufffdte"),  # a lost letter's mark, read as cp1252
    ("Til stede: BjÃ¸rn Ã…sheim", "Til stede: Bjørn Åsheim"),
])
def test_clean_repairs_utf8_read_as_cp1252(raw, expected):
    assert clean(raw) == expected


def test_a_name_whose_capital_letter_a_broken_encoding_lost_is_a_name():
    # "Bj\ufffdrn \ufffdsheim" is "Bjørn Åsheim" with ø and Å lost: still a person
    assert looks_like_name("Bj\ufffdrn \ufffdsheim")
    assert not looks_like_name("Bj\ufffdrn \ufffd")
    assert looks_like_name("Liv ?stby")  # an export that put "?" for the lost "Ø"


def test_sentences_mind_abbreviations_and_day_numbers():
    text = ("Informerte bl.a. om saken. Møtet er fredag 25. mars kl. 10. "
            "Neste møte blir 4.9. Takk for nå.")
    assert sentences(text) == [
        "Informerte bl.a. om saken.",
        "Møtet er fredag 25. mars kl. 10.",
        "Neste møte blir 4.9.",
        "Takk for nå.",
    ]
    assert sentences("Benthe K. Jansson blei valt. Heidi B. S. finner fram listene.") == [
        "Benthe K. Jansson blei valt.", "Heidi B. S. finner fram listene."]  # initials
    assert sentences("Rådmannen sørger for siden.Prosjektleder oppdaterer den.") == [
        "Rådmannen sørger for siden.", "Prosjektleder oppdaterer den."]  # no space
    assert sentences("Han sa «vi sender det.» Så gikk han. Lage plan (frist 1.3.) Kari.") == [
        "Han sa «vi sender det.»", "Så gikk han.", "Lage plan (frist 1.3.)", "Kari."]
    # a property by its numbers in the land register, as a municipality's vedtak names it
    assert sentences("Kommunen kjøper gnr. 12 bnr. 4 og g.nr. 3 b.nr. 7. Saken er avgjort.") \
        == ["Kommunen kjøper gnr. 12 bnr. 4 og g.nr. 3 b.nr. 7.", "Saken er avgjort."]


@pytest.mark.parametrize(("text", "is_name"), [
    ("Kari Nordmann", True),
    ("Eli Arnkværn Bryhni", True),
    ("Kristian Singh-Nergård", True),
    ("Ludwig van Beethoven", True),
    ("Kari", False),
    ("Oslo kommune", False),
    ("Hjartdal samt Nore", False),
    ("var til stede", False),
    ("Kari H. Holm", True),
    ("K. Holm", True),
    ("H. H.", False),
    ("Tor Viken", True),
    ("Elise V Moksnes", True),  # a middle initial typed without its full stop
    ("V Moksnes", False), ("Elise V", False),  # but not first or last
    ("Stein T.B. Høyer", True), ("T.B. Høyer", True),  # a run of initials first too, as
    ("A.-M. Lie", True), ("A-M. Lie", True), ("Berg O.J.", True),  # "K. Holm", or last
    ("Nordvik AS.", False),  # (a company's mark is no initials)
    # capitalised, but how an organisation's name ends
    ("Skolenes Landsforbund", False), ("Danmarks Lærerforening", False),
    ("Norges Bondelag", True),  # "-lag" also ends surnames: left to the context
    ("Þóra Kemp", True), ("Örjan Ásgeirsson", True),  # Nordic capitals beyond Norwegian
])
def test_looks_like_name(text, is_name):
    assert looks_like_name(text) is is_name


@pytest.mark.parametrize(("text", "min_words", "is_name"), [
    ("Per Arne Åkerholt", 2, True), ("Per Arne Åkerholt", 3, True),
    ("Kari Holm", 3, False),  # fewer words than asked for
    ("Svein Lo", 2, True), ("Lo Svein", 2, False),  # "Lo" last a surname, else the union
    ("Nordby Kommune", 2, False), ("Sekretariatet Nordby", 2, False),
    ("Flyktningtenesta Sunnfjord", 2, False),  # a service's name, no surname
    ("Kari Holm Dahl Berg Moe Li Vik", 2, False),  # seven words
])
def test_a_plain_name_is_read_the_short_way_as_the_long(text, min_words, is_name):
    # words of a capital and small letters take ``looks_like_name``'s short way: the same
    # answer as the word-by-word way (the vocabulary, the count of words)
    assert looks_like_name.__wrapped__(text, min_words) is is_name


@pytest.mark.parametrize(("line", "field", "value"), [
    ("Tid: 4. mars 2022 kl. 13-15", Field.TIME, "4. mars 2022 kl. 13-15"),
    ("Tidspunkt: fredag", Field.TIME, "fredag"),
    ("Tid og sted: 30.01.21, Rådhuset", Field.TIME_PLACE, "30.01.21, Rådhuset"),
    ("Til stede; Kari Holm", Field.PRESENT, "Kari Holm"),
    ("Frammøtte:", Field.PRESENT, ""), ("Oppmøtte:", Field.PRESENT, ""),
    ("På telefon: Kari Holm, Ola Dahl", Field.PRESENT, "Kari Holm, Ola Dahl"),
    ("Til stades: Ola", Field.PRESENT, "Ola"),
    ("Meldt forfall: Per", Field.ABSENT, "Per"), ("Meldt frafall:", Field.ABSENT, ""),
    ("Fra sekretariatet møtte:", Field.SECRETARIAT, ""),
    ("- Tid: fredag 20.6.2014", Field.TIME, "fredag 20.6.2014"),
    ("Saksliste", Field.AGENDA, ""),
    ("Følgende møtte: Kari Holm; Ola Dahl", Field.PRESENT, "Kari Holm; Ola Dahl"),
    ("Følgjande var til stades: Ola", Field.PRESENT, "Ola"),
    ("I tillegg møtte daglig leder Tor Holm", Field.GUESTS, "daglig leder Tor Holm"),
    ("Møte: Regionalt nettverk for digitalisering", Field.BODY,
     "Regionalt nettverk for digitalisering"),
    ("Møtested Trædal turistsenter", Field.PLACE, "Trædal turistsenter"),  # no colon
    ("Møtedato 7. mars 2024", Field.DATE, "7. mars 2024"),
    ("Sted Skype", Field.PLACE, "Skype"), ("Dato 11. juni 2014", Field.DATE, "11. juni 2014"),
    ("Sted digitalt", Field.PLACE, "digitalt"),  # a channel is written small
    ("Møtestad videomøte", Field.PLACE, "videomøte"),
    # ASCII without ø: "mot" for "møt"; a lost letter's U+FFFD as well
    ("Motested: Rådhuset", Field.PLACE, "Rådhuset"), ("Motedato: 5. juni", Field.DATE, "5. juni"),
    ("Frammotte: Ola Bratt", Field.PRESENT, "Ola Bratt"),
    ("Moteleder: Kari Holm", Field.CHAIR, "Kari Holm"),
    ("Ikke motte: Per Dahl", Field.ABSENT, "Per Dahl"),
    ("M\ufffdtested: Teams", Field.PLACE, "Teams"), ("M?tested: Teams", Field.PLACE, "Teams"),
    ("Ikke m?tt: Per Dahl", Field.ABSENT, "Per Dahl"),
])
def test_header_labels(line, field, value):
    label = match_label(line)
    assert label is not None
    assert (label.field, label.value) == (field, value)


@pytest.mark.parametrize("line", [
    "Tidligere vedtak ble fulgt opp.",
    "Andre saker ble ikke behandlet.",
    "Saker som kom inn for sent",
    "Møte med ordføreren ble holdt i mai.",
    "Følgende medlemmer møtte ikke på befaringen.",
    "Møtested er ikke avklart.",  # no capital after the word
    "Sted for neste møte er Oslo.", "Dato for neste møte avtales senere.",
    "Stedet digitalt er Teams.",
])
def test_running_text_is_not_a_label(line):
    assert match_label(line) is None


@pytest.mark.parametrize(("note", "absent"), [
    ("for Jon Olav Rist", "Jon Olav Rist"),
    ("vara for Eli Strand", "Eli Strand"),
    ("møtte for Kari Holm", "Kari Holm"),
    ("pva Per Lie", "Per Lie"),
    ("varamedlem for Rolf Aas", "Rolf Aas"),  # "Guri Tangen, varamedlem for Rolf Aas"
    ("som vararepresentant for Ida Berg", "Ida Berg"),
    ("fra sak 3", None),
    ("for kommunen", None),
    (None, None),
])
def test_whom_a_substitute_came_for(note, absent):
    assert substituted_for(note) == absent


@pytest.mark.parametrize(("heading", "columns"), [
    ("Navn Funksjon Representerer", ["name", "role", "org"]),
    ("Navn Møtte for Representerer", ["name", "for", "org"]),
    ("Navn Stilling", ["name", "job"]),
    ("Navn", None),
    ("Kari Holm Leder", None),
    ("Funksjon Navn", None),
])
def test_column_headings_that_lost_their_tabs(heading, columns):
    assert space_columns(heading) == columns


@pytest.mark.parametrize(("row", "columns", "person"), [
    ("Tone Merete Sørli Nestleder Nord-Fron", ["name", "role", "org"],
     ("Tone Merete Sørli", "member", "Nord-Fron", None)),
    ("Anne Moen Daglig leder", ["name", "job"], ("Anne Moen", None, None, None)),
    # the rest of a case system's "Stilling" cell: the firm, the secretariat, the items
    ("Brit Ulvik Forvaltningsrevisor i Deloitte, t.o.m. sak PS 44/22", ["name", "job"],
     ("Brit Ulvik", None, "Deloitte", "t.o.m. sak PS 44/22")),
    ("Harald Teigen Kontrollsjef, Sekretariat for kontrollutvalet", ["name", "job"],
     ("Harald Teigen", "secretary", "Sekretariat for kontrollutvalet", None)),
    ("Gunn Lie Per Haugen Tolga", ["name", "for", "org"],
     ("Gunn Lie", None, "Tolga", "for Per Haugen")),
])
def test_rows_under_such_headings(row, columns, person):
    [entry] = space_row_people(row, columns, None, Attendance.PRESENT, ["Per Haugen"])
    role = entry.role.value if entry.role else None
    assert (entry.name, role, entry.organization, entry.note) == person


@pytest.mark.parametrize(("cells", "columns"), [
    (("Sak", "Tema", "Konklusjon / oppfølging", "Ansvar", "Frist"),
     ["number", "title", "text", "who", "when"]),
    (("Nr.", "Sak", "Referat", "Ansvarlig"), ["number", "title", "text", "who"]),
    (("Navn", "Organisasjon"), None),
    # no other column names the items: "Sak" holds the matter, and the rows are unnumbered
    (("Sak", "Referat"), ["title", "text"]),
    (("Sak", "Ansvar", "Frist"), None),  # … but not in a list of who does what by when
    # (a decision column's cells are text and decided: "decision")
    (("Tema", "Drøfting", "Beslutning"), ["title", "text", "decision"]),
    (("Tema", "Innleder", "Tid"), None),  # an agenda's programme, not the minutes
])
def test_minutes_written_as_a_table(cells, columns):
    assert item_table_columns(cells) == columns


def test_lines_after_soft_breaks_keep_their_typed_list_markers():
    from motebok.extract.text import to_lines
    from motebok.read.blocks import Block, BlockKind

    block = Block(BlockKind.PARAGRAPH, "PS 16/24 Orienteringssaker\na) Status for breiband\n"
                  "b) Økonomirapport\nSaka vart teken til orientering.")
    assert [(line.kind, line.text) for line in to_lines([block])] == [
        (BlockKind.PARAGRAPH, "PS 16/24 Orienteringssaker"),
        (BlockKind.LIST_ITEM, "a) Status for breiband"),
        (BlockKind.LIST_ITEM, "b) Økonomirapport"),
        (BlockKind.PARAGRAPH, "Saka vart teken til orientering."),
    ]


def test_a_bold_sentence_broken_across_lines_is_one_sentence():
    from motebok.extract.text import Line, merge_wrapped
    from motebok.read.blocks import BlockKind

    def line(text, gap=False):
        return Line(text=text, body=text, kind=BlockKind.PARAGRAPH, level=0, cells=(),
                    bold=True, gap=gap)

    # a converter's "**Konklusjon: … fra" / "2025.**": both lines of one bold span; two
    # bold headings, the lower one in capitals, stay apart
    merged = merge_wrapped([line("Konklusjon: Gruppen anbefaler at fristene samordnes fra",
                                 gap=True), line("2025."),
                            line("Konklusjon: Gruppen anbefaler at", gap=True),
                            line("fristene samordnes."),
                            line("Budsjett og planer", gap=True), line("Status")])
    assert [m.text for m in merged] == [
        "Konklusjon: Gruppen anbefaler at fristene samordnes fra 2025.",
        "Konklusjon: Gruppen anbefaler at fristene samordnes.", "Budsjett og planer", "Status"]


def test_a_bold_conclusion_broken_across_lines_is_one_decision():
    text = ("Referat fra møte i faggruppe for kulturarv\n\nTid: 19. januar 2022\n\n"
            "Til stede: Kari Holm, Ole Dahl\n\nSak 1/22 Tilskudd\n\nDrøftet.\n\n"
            "**Konklusjon: Faggruppen anbefaler at fristene\nsamordnes fra 2023.**\n")
    [item] = parse_bytes(text.encode(), "r.txt").items
    assert item.decisions == ["Faggruppen anbefaler at fristene samordnes fra 2023."]


def test_a_conclusion_wrapped_right_after_its_first_stop_is_decided_whole():
    # a text wrapped at 72 columns broke right after the conclusion's first sentence: the
    # wrapped paragraph goes on (both sentences decided, the second also a task); a task
    # set on a line of its own under a one-line "Konklusjon: X." stays the task alone
    head = ("Referat fra møte i faggruppe for kulturarv\n\nTid: 19. januar 2022\n\n"
            "Til stede: Kari Holm, Ole Dahl\n\nSak 1/22 Tilskuddsordningen\n"
            "Ole Dahl orienterte om søknadene som kom inn før fristen i desember, og\n"
            "om hvordan de er vurdert opp mot kriteriene i ordningen for i år.\n")
    wrapped = head + ("Konklusjon: Faggruppen slutter seg til prioriteringene i saken.\n"
                      "Sekretariatet sender innstillingen til fylkeskommunen og kommunene\n"
                      "innen 1. mars.\n")
    [item] = parse_bytes(wrapped.encode(), "r.txt").items
    task = ("Sekretariatet sender innstillingen til fylkeskommunen og kommunene innen "
            "1. mars.")
    assert item.decisions == ["Faggruppen slutter seg til prioriteringene i saken.", task]
    assert [a.text for a in item.actions] == [task]
    apart = head + ("Konklusjon: Faggruppen slutter seg til prioriteringene.\n"
                    "Sekretariatet sender innstillingen til fylkeskommunen innen 1. mars.\n")
    [item] = parse_bytes(apart.encode(), "r.txt").items
    assert item.decisions == ["Faggruppen slutter seg til prioriteringene."]
    assert [a.text for a in item.actions] == [
        "Sekretariatet sender innstillingen til fylkeskommunen innen 1. mars."]


def test_in_a_hard_wrapped_text_a_conclusion_ending_at_the_margin_goes_on_below():
    # (s69m) a text filled at 78 columns (its long lines break sentences at the margin):
    # a conclusion whose stop falls at the margin, the next word too long to fit, goes on
    # with the line below though that line ends the paragraph; the passive task there is
    # part of the conclusion, decided and a task
    text = ("Referat fra møte i prosjektgruppen for felles arkiv\n\nTid: 4. mars 2025\n\n"
            "Til stede: Kari Holm, Ole Dahl\n\nSak 1/25 Anskaffelse av arkivsystem\n"
            "Prosjektleder orienterte om status i anskaffelsen. Tre leverandører har\n"
            "levert tilbud innen fristen, og evalueringen er i gang. Gruppen drøftet\n"
            "kriteriene og vektingen av pris mot kvalitet, og mente at brukervennlighet\n"
            "må telle mer enn i forrige runde. Det kom også innspill om opplæring og om\n"
            "hvordan kommunene skal dele kostnadene til drift etter at avtalen er inngått.\n"
            "Konklusjon: Prosjektgruppen slutter seg til forslaget om kriteriene for valg.\n"
            "Leverandørene inviteres til presentasjon i uke 9.\n")
    [item] = parse_bytes(text.encode(), "r.txt").items
    task = "Leverandørene inviteres til presentasjon i uke 9."
    assert item.decisions == [
        "Prosjektgruppen slutter seg til forslaget om kriteriene for valg.", task]
    assert [(a.text, a.responsible) for a in item.actions] == [(task, None)]


def test_in_a_hard_wrapped_text_a_body_s_own_sentence_under_a_stop_starts_anew():
    # (s70i) the same wrapping, but the line under the stop at the margin is a sentence of
    # its own whose subject is a body ("Fylkeskommunen sender …"): the agency's errand
    # under its remark, a line of its own, no wrap of the remark
    text = ("Referat fra regionalt planforum\n\nTid: 4. mars 2025\n\n"
            "Til stede: Kari Holm, Ole Dahl\n\nSak 1/25 Kommuneplan for Åsen\n"
            "Kommunen orienterte om planforslaget og framdriften fram mot høringen. Det\n"
            "legges opp til fortetting rundt stasjonen og nye næringsområder mot sør, og\n"
            "planforum stilte spørsmål ved omfanget av nye boligreserver i utkanten. Det\n"
            "kom også innspill om jordvern og om hvordan overvann skal håndteres i nye\n"
            "boligfelt, der kommunen ønsker å prøve ut åpne løsninger i grøntområdene.\n"
            "Statsforvalteren: Jordvernet må styrkes for områdene langs elva mot vest.\n"
            "Fylkeskommunen sender kommunen registreringer av kulturminner innen 1. mai.\n")
    [item] = parse_bytes(text.encode(), "r.txt").items
    assert item.text.splitlines()[-2:] == [
        "Statsforvalteren: Jordvernet må styrkes for områdene langs elva mot vest.",
        "Fylkeskommunen sender kommunen registreringer av kulturminner innen 1. mai."]


def test_in_a_hard_wrapped_text_a_short_item_s_stop_at_the_margin_goes_on_below():
    # (s74l) the text is filled at 80 columns, but the item has three lines, too few to
    # tell: its first lines stop with a sentence at the margin ("… 8. januar 2027." /
    # "Byggjestart er …"), and the text around it, wrapped at the same width, says the
    # next sentence goes on in the same paragraph (whitespace collapsed, as the guide says)
    text = ("Referat fra styringsgruppemøte\n\nMøtedato: 24.11.2026\n\n"
            "Til stede: Kari Holm, Ole Dahl\n\n"
            "1. Økonomi\n\n"
            "Kostnadsoverslaget er no kr 412 mill. eks. mva., mot kr 389 mill. i\n"
            "forprosjektet. Auken kjem hovudsakleg av dyrare betong og stål (MNOK 14) og\n"
            "større sjøleidning (MNOK 9). Kommunane sin del av investeringa vert fordelt\n"
            "etter tal på tilknytte innbyggjarar i kvar av dei fire eigarkommunane.\n\n"
            "2. Framdrift\n\n"
            "Prosjektleiar orienterte. Detaljprosjekteringa er ferdig, og grunnlaget\n"
            "for totalentreprisen vart kunngjort i uke 45. Tilbodsfristen er 8. januar 2027.\n"
            "Byggjestart er planlagd i Q2 2027 og ferdigstilling i Q4 2029.\n\n"
            "Styringsgruppa tok orienteringa til vitande.\n\n"
            "3. Eventuelt\n\n"
            "Olav Tefre tok opp informasjon til naboane ved anlegget. Selskapet kallar inn\n"
            "til eit nabomøte i januar, og kommunane sender ut invitasjonen til naboane.\n")
    items = parse_bytes(text.encode(), "r.txt").items
    assert items[1].text.splitlines() == [
        "Prosjektleiar orienterte. Detaljprosjekteringa er ferdig, og grunnlaget for "
        "totalentreprisen vart kunngjort i uke 45. Tilbodsfristen er 8. januar 2027. "
        "Byggjestart er planlagd i Q2 2027 og ferdigstilling i Q4 2029.",
        "Styringsgruppa tok orienteringa til vitande."]


def test_a_short_line_ending_a_sentence_in_an_unwrapped_text_stays_apart():
    # (s74l) the same short item in a text typed a sentence a line (no line broken at a
    # margin): the lines stay the lines they were typed as
    text = ("Referat fra styringsgruppemøte\n\nMøtedato: 24.11.2026\n\n"
            "Til stede: Kari Holm, Ole Dahl\n\n"
            "1. Framdrift\n\n"
            "Prosjektleiar orienterte om framdrifta i prosjektet fram mot kunngjering.\n"
            "Byggjestart er planlagd i Q2 2027 og ferdigstilling i Q4 2029.\n")
    [item] = parse_bytes(text.encode(), "r.txt").items
    assert len(item.text.splitlines()) == 2


def test_a_sentence_opening_with_a_body_as_its_subject():
    from motebok.extract.text import _opens_with_body
    for text in ("Sametinget sender kartet innen 1. mai.", "Vefsn kommune melder saken inn.",
                 "NVE vurderer saken.", "Statsforvalteren i Nordland ber om møte.",
                 "Styringsgruppa tek saka opp att.", "Statens vegvesen gir innspill."):
        assert _opens_with_body(text), text
    for text in ("Leverandørene inviteres til presentasjon.", "Kari Holm sender kartet.",
                 "Det kom innspill om jordvern.", "Jordvernet må styrkes."):
        assert not _opens_with_body(text), text


def test_a_sentence_wrapped_after_a_colon_or_between_day_and_month_is_joined():
    from motebok.extract.text import Line, merge_wrapped
    from motebok.read.blocks import BlockKind

    def line(text, gap=False):
        return Line(text=text, body=text, kind=BlockKind.PARAGRAPH, level=0, cells=(),
                    bold=False, gap=gap)

    merged = merge_wrapped([line("Det var enighet om tre områder:", gap=True),
                            line("lesing, inkludering og digital kompetanse."),
                            line("Liv Berg sender innkalling innen 1.", gap=True),
                            line("april."),
                            line("Konklusjon:", gap=True), line("Gruppen er enig.")])
    assert [m.text for m in merged] == [
        "Det var enighet om tre områder: lesing, inkludering og digital kompetanse.",
        "Liv Berg sender innkalling innen 1. april.", "Konklusjon:", "Gruppen er enig."]


def test_a_register_entry_led_by_its_case_is_never_the_words_of_the_line_above():
    from motebok.extract.text import Line, merge_wrapped
    from motebok.read.blocks import BlockKind

    def line(text, gap=False):
        return Line(text=text, body=text, kind=BlockKind.PARAGRAPH, level=0, cells=(),
                    bold=False, gap=gap)

    merged = merge_wrapped([line("Sak 12/26: Signere kontrakt – KH", gap=True),
                            line("Sak 13: Informere beboerne – PB"),
                            line("Dette ble behandlet i"), line("Sak 12/24 i fjor.")])
    assert [m.text for m in merged] == ["Sak 12/26: Signere kontrakt – KH",
                                        "Sak 13: Informere beboerne – PB",
                                        "Dette ble behandlet i Sak 12/24 i fjor."]


def test_a_hyphen_at_a_line_end_joins_a_broken_word_but_keeps_a_compounds_shared_end():
    from motebok.extract.text import Line, merge_wrapped
    from motebok.read.blocks import BlockKind

    def line(text, gap=False):
        return Line(text=text, body=text, kind=BlockKind.PARAGRAPH, level=0, cells=(),
                    bold=False, gap=gap)

    merged = merge_wrapped([line("Rådmannen orienterte om kommune-", gap=True),
                            line("planen og om innspill fra Nord-"),
                            line("og Sør-Trøndelag, om helse-"),
                            line("eller omsorgstjenester og om regional-"),
                            line("t samarbeid.")])
    assert [m.text for m in merged] == [
        "Rådmannen orienterte om kommuneplanen og om innspill fra Nord- og Sør-Trøndelag, "
        "om helse- eller omsorgstjenester og om regionalt samarbeid."]


def test_a_hyphen_of_the_word_itself_stays_at_a_line_end():
    # after capitals or digits ("NAV-kontoret", "2024-budsjettet") and before a capital
    # ("Sør-Trøndelag", "Holm-Larsen") the hyphen is the word's own: kept, no space
    from motebok.extract.minutes import join_wrapped
    from motebok.read.blocks import join_at_hyphen

    assert join_at_hyphen("fra NAV-", "kontoret i Midt-") == "fra NAV-kontoret i Midt-"
    assert join_at_hyphen("fra Midt-", "Troms og 2024-") == "fra Midt-Troms og 2024-"
    assert join_at_hyphen("og 2024-", "budsjettet.") == "og 2024-budsjettet."
    assert join_at_hyphen("Leder -", "Kari Holm") is None  # a dash after a space
    # (s76d) an en dash written close between two names: the places a body joins
    assert join_at_hyphen("Gränskommittén Dals-Ed–", "Marker") == "Gränskommittén Dals-Ed–Marker"
    assert join_at_hyphen("en busslinje Ed –", "Ørje") is None  # spaced: a dash
    assert join_wrapped(["Kari Holm-", "Larsen, Per Dahl"]) == "Kari Holm-Larsen, Per Dahl"


def test_a_hyphen_after_a_lone_letter_or_between_numbers_stays_at_a_line_end():
    # Word wraps after any hyphen: "e-post" and "10.00-12.00" are no broken words
    from motebok.extract.minutes import join_wrapped
    from motebok.read.blocks import join_at_hyphen

    assert join_at_hyphen("sendt på e-", "post til alle") == "sendt på e-post til alle"
    assert join_at_hyphen("(e-", "læring)") == "(e-læring)"
    assert join_at_hyphen("kl. 10.00-", "12.00") == "kl. 10.00-12.00"
    assert join_at_hyphen("perioden 2023-", "2024") == "perioden 2023-2024"
    assert join_at_hyphen("til kommu-", "nene") == "til kommunene"  # broken: joined
    assert join_wrapped(["Møtet varte fra kl. 18.00-", "20.30."]) == \
        "Møtet varte fra kl. 18.00-20.30."


@pytest.mark.parametrize("papers", ["Vedlegg: Protokoll fra styremøte 9.12.2025",
                                    "Vedlegg 2: Notat om reinvesteringer",
                                    "Bilag: Revisors beretning"])
def test_a_line_naming_a_cases_papers_is_not_joined_to_the_sentence_below(papers):
    from motebok.extract.text import Line, merge_wrapped
    from motebok.read.blocks import BlockKind

    def line(text):
        return Line(text=text, body=text, kind=BlockKind.PARAGRAPH, level=0, cells=(),
                    bold=False, gap=False)

    merged = merge_wrapped([line(papers), line("Protokollen ble godkjent og signert.")])
    assert [m.text for m in merged] == [papers, "Protokollen ble godkjent og signert."]


def test_a_task_line_ended_by_its_deadline_is_not_joined_to_the_next():
    from motebok.extract.text import Line, merge_wrapped
    from motebok.read.blocks import BlockKind

    def line(text):
        return Line(text=text, body=text, kind=BlockKind.PARAGRAPH, level=0, cells=(),
                    bold=False, gap=False)

    merged = merge_wrapped([line("Jon Moe sender rapporten innen 1.3"),
                            line("Siri Dal oppdaterer listen, frist 31.01"),
                            line("Anne Lie kontakter kommunene innen 14. februar"),
                            line("Jon Moe sender ut invitasjonen til alle medlemmene")])
    assert len(merged) == 4


@pytest.mark.parametrize("owner", ["Ansvar: Liv Sande og Odd Bø",
                                   "Ansvarlig: Kari Holm og Per Dahl", "Hvem: Kari, Per og Ola"])
def test_a_short_owner_line_is_not_joined_to_the_next_task(owner):
    from motebok.extract.text import Line, merge_wrapped
    from motebok.read.blocks import BlockKind

    def line(text):
        return Line(text=text, body=text, kind=BlockKind.PARAGRAPH, level=0, cells=(),
                    bold=False, gap=False)

    merged = merge_wrapped([line("Planen sendes ut."), line(owner),
                            line("Odd Bø sender ut innkallinga innan 1. april.")])
    assert [m.text for m in merged] == ["Planen sendes ut.", owner,
                                        "Odd Bø sender ut innkallinga innan 1. april."]


def test_task_lines_without_full_stops_are_one_task_a_line():
    """"Kari Holm sender …" / "Ola Berg booker …": each line names who, then a verb in the
    present, so it starts a clause of its own; a wrap after "at" or "og" still joins."""
    from motebok.extract.text import Line, merge_wrapped
    from motebok.read.blocks import BlockKind

    def line(text):
        return Line(text=text, body=text, kind=BlockKind.PARAGRAPH, level=0, cells=(),
                    bold=False, gap=False)

    merged = merge_wrapped([line("Vi gikk gjennom planene for julebordet."),
                            line("Kari Holm sender invitasjon til alle medlemmene"),
                            line("Ola Berg booker lokale på Fjellstua hotell"),
                            line("Sekretariatet tar kontakt med Statens vegvesen om skilt")])
    assert [m.text for m in merged] == [
        "Vi gikk gjennom planene for julebordet.",
        "Kari Holm sender invitasjon til alle medlemmene",
        "Ola Berg booker lokale på Fjellstua hotell",
        "Sekretariatet tar kontakt med Statens vegvesen om skilt"]
    wrapped = merge_wrapped([line("Det ble avtalt at Kari Holm og"),
                             line("Ola Berg lager program for samlingen i mars.")])
    assert [m.text for m in wrapped] == [
        "Det ble avtalt at Kari Holm og Ola Berg lager program for samlingen i mars."]


def test_a_line_well_short_of_the_widest_ends_its_paragraph():
    """A web page's paragraphs on one line each: a short one without a full stop was
    not wrapped, but a line of a text wrapped at a width is."""
    from motebok.extract.text import Line, merge_wrapped
    from motebok.read.blocks import BlockKind

    def line(text):
        return Line(text=text, body=text, kind=BlockKind.PARAGRAPH, level=0, cells=(),
                    bold=False, gap=False)

    unwrapped = [line("Enstemmig vedtatt å kjøpe inn telt sammen med ungdomslaget"),
                 line("Ingebjørg og Ingrid tar på seg ansvaret for teltet. De vil lage forslag "
                      "til vedtekter for teltet og legge dem fram for styret.")]
    assert len(merge_wrapped(unwrapped)) == 2
    wrapped = [line("Regnskapets hovedposter ble gjennomgått og kommentert av kassereren, og"),
               line("Revisor hadde ingen merknader.")]
    assert len(merge_wrapped(wrapped)) == 1


@pytest.mark.parametrize(("group", "organization"), [
    ("Oslo kommune", "Oslo kommune"),  # a place word first, then the organisation's form
    ("Fra NAV", "NAV"), ("Koordineringsgruppen", "Koordineringsgruppen"),
    ("Representanter for kommunene", None), ("Andre", None),
    ("Brukerrepresentant", None), ("Ansattes representanter", None),  # seats, not places
    ("Representantar foreldre", None), ("Repr. lærarane", None),  # whom they speak for
])
def test_the_organisation_a_group_heading_names(group, organization):
    from motebok.extract.participants import organization_of_group
    assert organization_of_group(group) == organization


@pytest.mark.parametrize(("line", "organization", "attendance", "note"), [
    ("Torstein Hoem, SKE", "SKE", "present", None),  # an acronym after a comma
    ("Torstein Hoem, SKE, sak 1/22", "SKE", "partial", "sak 1/22"),
    ("Knut Berg, Digdir, alle saker", "Digdir", "present", None),
    ("Ellen Bakke, Kommunal- og distriktsdepartementet", "Kommunal- og distriktsdepartementet",
     "present", None),  # "Kommunal- og …" is one shortened word pair, not two pieces
    # how someone took part from afar: a note, no organisation
    ("Amanda Berg(Skype)", None, "present", "Skype"),
    ("Ola Dahl (på nett)", None, "present", "på nett"),
    ("Per Lie (Webex)", None, "present", "Webex"),
])
def test_one_person_with_whom_they_represent(line, organization, attendance, note):
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance, ParticipantRole
    [entry] = parse_people_list(line, ParticipantRole.GUEST, Attendance.PRESENT)
    assert (entry.organization, entry.attendance, entry.note) == (organization, attendance, note)


def test_names_separated_by_slashes():
    from motebok.extract.participants import parse_line
    from motebok.vocab import Attendance, ParticipantRole
    found = parse_line("Per Lie / Anne Moe / Kari Holm (referent)", ParticipantRole.MEMBER,
                       Attendance.PRESENT)
    assert [(e.name, e.role) for e in found] == [
        ("Per Lie", ParticipantRole.MEMBER), ("Anne Moe", ParticipantRole.MEMBER),
        ("Kari Holm", ParticipantRole.SECRETARY)]
    # a name and an organisation: the slash names whom she represents
    [entry] = parse_line("Kari Holm / Nordby kommune", ParticipantRole.MEMBER,
                         Attendance.PRESENT)
    assert entry.organization == "Nordby kommune"


@pytest.mark.parametrize(("line", "expected"), [
    # everyone after "v/" joined by "og" is from the organisation named first
    ("Lunde kommune v/Kari Nes og Per Bø",
     [("Kari Nes", "Lunde kommune"), ("Per Bø", "Lunde kommune")]),
    ("Lunde kommune v/Kari Nes, Sande kommune v/Per Bø",
     [("Kari Nes", "Lunde kommune"), ("Per Bø", "Sande kommune")]),
    # the person before "v/": a one-word organisation, or a known first name first
    ("Kari Nes v/ Vestdal kommune, Ola Dale v/NAV, Per Bø",
     [("Kari Nes", "Vestdal kommune"), ("Ola Dale", "NAV"), ("Per Bø", None)]),
    ("Anne Lie v/ Helse Vest", [("Anne Lie", "Helse Vest")]),
    # "alle" / "begge" after the list: everyone listed represents it
    ("Kari Lie, Ola Dale og Per Moe – alle Årdal kommune",
     [("Kari Lie", "Årdal kommune"), ("Ola Dale", "Årdal kommune"), ("Per Moe", "Årdal kommune")]),
    ("Kari Lie og Per Moe, begge frå Luster", [("Kari Lie", "Luster"), ("Per Moe", "Luster")]),
    # names joined by "og" alone, the organisation in brackets after the last
    ("Kari Nes og Per Bø og Tor Dal (Lunde kommune)",
     [("Kari Nes", "Lunde kommune"), ("Per Bø", "Lunde kommune"),
      ("Tor Dal", "Lunde kommune")]),
])
def test_one_organisation_for_names_joined_by_og(line, expected):
    from motebok.extract.participants import parse_line
    from motebok.vocab import Attendance, ParticipantRole
    found = parse_line(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == expected


@pytest.mark.parametrize(("attendance", "expected"), [
    ("Styremedlemmer: Kari Nes, Per Bø, Ola Dahl\nAlle styremedlemmer møtte unntatt Kari Nes.",
     [("Kari Nes", "absent"), ("Per Bø", "present"), ("Ola Dahl", "present")]),
    ("Alle møtte, unntatt Kari Nes og Per Bø.", [("Kari Nes", "absent"), ("Per Bø", "absent")]),
    ("Til stede: Alle medlemmer unntatt Kari Nes\nReferent: Ola Dahl",
     [("Kari Nes", "absent"), ("Ola Dahl", "present")]),
    ("Til stades: Kari Nes, Per Bø\nAlle var til stades med unntak av Per Bø.",
     [("Kari Nes", "present"), ("Per Bø", "absent")]),
])
def test_everyone_came_but_the_people_named(attendance, expected):
    text = (f"Referat fra styremøte 13. mars 2025\n\n{attendance}\n\n"
            "Sak 1/25 Regnskap\nGodkjent.\n")
    people = parse_bytes(text.encode(), "styre.txt").participants
    assert [(p.name, p.attendance) for p in people] == expected


@pytest.mark.parametrize(("line", "name", "organization", "role"), [
    # the seat before a name and whom they represent
    ("Leiar Kari Nes, Stryn kommune", "Kari Nes", "Stryn kommune", "chair"),
    ("styreleder Kari Nes, Stryn kommune", "Kari Nes", "Stryn kommune", "chair"),
    ("Rådmann Per Lie, Vik kommune", "Per Lie", "Vik kommune", "guest"),  # administration
    ("Nestleiar Per Bø, Stad kommune", "Per Bø", "Stad kommune", "member"),
    # the seat and its place first, then the name
    ("Ordførar i Ullensvang, Kari Nes (leiar)", "Kari Nes", "Ullensvang", "chair"),
    ("Ordførar i Eidfjord, Per Bø", "Per Bø", "Eidfjord", "member"),
    ("Kommunedirektør i Kvam, Siri Moe", "Siri Moe", "Kvam", "guest"),
])
def test_a_seat_before_a_name_with_whom_they_represent(line, name, organization, role):
    from motebok.extract.participants import parse_line
    from motebok.vocab import Attendance, ParticipantRole
    [entry] = parse_line(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.name, entry.organization, entry.role) == (name, organization, role)


@pytest.mark.parametrize(("line", "organization", "role", "note"), [
    ("Kari Nes, leiar (Sp)", "Sp", "chair", None),  # the seat, then the party in brackets
    ("Per Bø, nestleiar (Ap)", "Ap", "member", None),
    ("Eva Li (ansattevalgt)", None, "member", None),  # a seat on the board, not a place
    ("Kari Nes (leiar) - Lunde kommune", "Lunde kommune", "chair", None),  # no dash
    ("Kari Nes (prosjekteier)", None, "member", None),  # a job in a project, not a place
    ("Ola Dahl (saksbehandler)", None, "member", None),
    ("Siv Moe (SV) – gjekk etter sak 5/25", "SV", "member", "gjekk etter sak 5/25"),  # no dash
])
def test_a_seat_or_a_note_after_the_name_and_the_party(line, organization, role, note):
    from motebok.extract.participants import parse_line
    from motebok.vocab import Attendance, ParticipantRole
    [entry] = parse_line(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.organization, entry.role, entry.note) == (organization, role, note)


@pytest.mark.parametrize(("line", "organization"), [
    ("Kari Nes (Sp), ordførar i Askvoll", "Askvoll"),
    ("Kari Nes (Sp), ordførar Askvoll kommune, leiar", "Askvoll kommune"),
    ("Kari Nes (Sp), Askvoll kommune, leiar", "Askvoll kommune"),
])
def test_the_place_after_the_party_is_whom_they_represent(line, organization):
    from motebok.extract.participants import parse_line
    from motebok.vocab import Attendance, ParticipantRole
    [entry] = parse_line(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.name, entry.organization) == ("Kari Nes", organization)


def test_the_place_after_each_party_in_a_list():
    from motebok.extract.participants import parse_line
    from motebok.vocab import Attendance, ParticipantRole
    found = parse_line("Kari Nes (Sp) Stryn, Ola Dale (Ap) Gloppen, Per Vik (H) Stad",
                       ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(p.name, p.organization) for p in found] == [
        ("Kari Nes", "Stryn"), ("Ola Dale", "Gloppen"), ("Per Vik", "Stad")]


@pytest.mark.parametrize(("line", "organization"), [
    ("Siv Moe, revisor, Vestland Revisjon", "Vestland Revisjon"),  # a kontrollutval's guest
    ("Siv Moe, forvaltningsrevisor, Vestland Revisjon", "Vestland Revisjon"),
    ("Siv Moe (revisor)", None),  # her job, not whom she represents
])
def test_an_auditors_title_is_no_organisation(line, organization):
    from motebok.extract.participants import parse_line
    from motebok.vocab import Attendance, ParticipantRole
    [entry] = parse_line(line, ParticipantRole.GUEST, Attendance.PRESENT)
    assert (entry.name, entry.organization) == ("Siv Moe", organization)


@pytest.mark.parametrize(("line", "note"), [
    ("Knut Dahl, kommunedirektør (frå kl. 10.00)", "frå kl. 10.00"),
    ("Knut Dahl, rådmann (sak 3 og 4)", "sak 3 og 4"),
])
def test_a_job_title_then_when_they_were_there(line, note):
    from motebok.extract.participants import parse_line
    from motebok.vocab import Attendance, ParticipantRole
    [entry] = parse_line(line, ParticipantRole.GUEST, Attendance.PRESENT)
    assert (entry.organization, entry.attendance, entry.note) == (None, Attendance.PARTIAL, note)


@pytest.mark.parametrize("line", ["Per Aas            for Nils Aas",
                                  "Per Aas            Medlem          for Nils Aas",
                                  "Per Aas            vara for Nils Aas"])
def test_a_deputys_padded_for_cell_names_whom_they_came_for(line):
    from motebok.extract.participants import parse_line
    from motebok.vocab import Attendance, ParticipantRole
    [entry] = parse_line(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.name, entry.organization, entry.note) == ("Per Aas", None, "for Nils Aas")


def test_names_each_with_a_party_without_brackets_in_a_comma_list():
    from motebok.extract.participants import parse_line
    from motebok.vocab import Attendance, ParticipantRole
    found = parse_line("Kari Nes Sp, Per Bø Ap og Ola Dahl H", ParticipantRole.MEMBER,
                       Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [
        ("Kari Nes", "Sp"), ("Per Bø", "Ap"), ("Ola Dahl", "H")]


def test_names_each_with_a_party_in_brackets_without_commas():
    from motebok.extract.participants import parse_line
    found = parse_line("Kari Nes (Sp) Per Bø (Ap) Ola Dale (H)", ParticipantRole.MEMBER,
                       Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [
        ("Kari Nes", "Sp"), ("Per Bø", "Ap"), ("Ola Dale", "H")]
    found = parse_line("Anne Lie (KrF) Hans Moe (Ap)", ParticipantRole.MEMBER, Attendance.ABSENT)
    assert [(e.name, e.organization) for e in found] == [("Anne Lie", "KrF"), ("Hans Moe", "Ap")]
    # with commas and "og" a bracket after two names is theirs both, read as a list
    found = parse_line("Kari Nes (Sp), Ola Dale og Per Bø (Ap)", ParticipantRole.MEMBER,
                       Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [
        ("Kari Nes", "Sp"), ("Ola Dale", "Ap"), ("Per Bø", "Ap")]


def test_a_member_away_and_the_deputy_who_came_in_one_sentence():
    text = ("Referat frå styremøte 13. mars 2025\n\nTil stades: Kari Nes, Per Bø\n"
            "Jon Vik hadde meldt forfall, vara Tor Lund møtte.\n\n"
            "Sak 1/25 Rekneskap\nGodkjend.\n")
    people = parse_bytes(text.encode(), "styre.txt").participants
    assert [(p.name, p.attendance, p.note) for p in people][2:] == [
        ("Jon Vik", "absent", None), ("Tor Lund", "present", "for Jon Vik")]


@pytest.mark.parametrize("line", [
    "Eva Li – Tor Lund møtte som vara", "Eva Li (Tor Lund møtte)", "Eva Li, vara Tor Lund møtte"])
def test_the_deputy_who_came_after_a_dash_or_in_brackets_in_a_forfall_list(line):
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance, ParticipantRole
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.ABSENT)
    assert [(e.name, e.organization, e.attendance, e.note) for e in found] == [
        ("Eva Li", None, Attendance.ABSENT, None),
        ("Tor Lund", None, Attendance.PRESENT, "for Eva Li")]


def test_a_deputy_named_after_the_member_in_a_forfall_list():
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance, ParticipantRole
    found = parse_people_list("Anne Sætre (Østvik), også hennes vara Liv Strand",
                              ParticipantRole.MEMBER, Attendance.ABSENT)
    assert [(e.name, e.organization, e.attendance) for e in found] == [
        ("Anne Sætre", "Østvik", Attendance.ABSENT), ("Liv Strand", None, Attendance.ABSENT)]


def test_a_group_heading_alone_above_its_list_names_their_organisation():
    text = ("Referat fra styremøte 9. mars 2024\n\nTilstede:\n • Jan Lie, styreleder\n"
            " • Hilde Moe\n\nFra Fjordnett AS:\n • Siri Dahl\n • Per Bø\n\n"
            "Sak 1/24 Regnskap\nGodkjent.\n")
    people = parse_bytes(text.encode(), "styre.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Jan Lie", None), ("Hilde Moe", None), ("Siri Dahl", "Fjordnett AS"),
        ("Per Bø", "Fjordnett AS")]


def test_deputies_in_a_header_table():
    text = ("Referat fra styremøte 9. mars 2024\n\nTilstede\tJan Lie, Hilde Moe\n"
            "Forfall\tOla Berg\nVararepr.\tSiv Aas (for Ola Berg)\n\nSak 1/24 Regnskap\n"
            "Godkjent.\n")
    people = parse_bytes(text.encode(), "styre.txt").participants
    assert [(p.name, p.attendance, p.note) for p in people][-2:] == [
        ("Ola Berg", "absent", None), ("Siv Aas", "present", "for Ola Berg")]


@pytest.mark.parametrize(("line", "name", "organization"), [
    ("inspektør Jostein Moldsvor", "Jostein Moldsvor", None),  # any job title before a name
    ("adm.medarbeidar Torunn N. Åsebø", "Torunn N. Åsebø", None),
    ("Anders Vik Nordkommune", "Anders Vik", "Nordkommune"),  # columns without padding
    ("Per Holm Steinkjer kommune", "Per Holm", "Steinkjer kommune"),
    ("Erik Berge HOOK", "Erik Berge", "HOOK"),  # an acronym after the name
    ("May Granum leder Eldreråd", "May Granum", "Eldreråd"),  # her job, then where
    ("Ane Nordskar kommunalsjef", "Ane Nordskar", None),  # a job alone
])
def test_a_person_from_one_list_piece(line, name, organization):
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance, ParticipantRole
    [entry] = parse_people_list(line, ParticipantRole.GUEST, Attendance.PRESENT)
    assert (entry.name, entry.organization) == (name, organization)


def test_who_came_from_the_school_and_who_wrote_the_minutes():
    text = ("Referat foreldrerådsmøte 3. mars 2024\n\nFrå skulen møtte rektor Eli Dahl og "
            "inspektør Odd Lie.\n\nSak 1 Konstituering:\nLeiar: Kari Holm. (Inspektør Odd "
            "Lie skriv referat.)\n\nSak 2 Eventuelt:\nIngen saker.\n\nRefr. Odd Lie\n")
    record = parse_bytes(text.encode(), "fau.txt")
    assert [(p.name, p.role) for p in record.participants] == [
        ("Eli Dahl", "guest"), ("Odd Lie", "secretary")]
    assert record.body == "Foreldrerådet"
    assert record.items[-1].text == "Ingen saker."  # the signature is no part of it


@pytest.mark.parametrize(("line", "notes"), [
    ("Rolf Eide (frå 32/24), Hanne Lid (30-33/24)", ["frå 32/24", "30-33/24"]),
    ("Bjørn Kvam og Siri Tveit (31/24)", ["31/24", "31/24"]),  # one bracket for both
])
def test_case_numbers_in_brackets_are_partial_attendance(line, notes):
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance, ParticipantRole
    found = parse_people_list(line, ParticipantRole.GUEST, Attendance.PRESENT)
    assert [(e.attendance, e.note) for e in found] == [(Attendance.PARTIAL, n) for n in notes]


def test_a_title_and_place_in_brackets_give_the_place():
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance, ParticipantRole
    [entry] = parse_people_list("Gunnar Helle (varaordførar Nesvik)", ParticipantRole.MEMBER,
                                Attendance.PRESENT)
    assert entry.organization == "Nesvik"


def test_a_numbered_list_of_people_is_no_list_of_items():
    text = ("Referat 3. mars 2024\n\nTil stede:\n1. Kari Holm Nordby kommune\n"
            "2. Ola Dahl Sørby kommune\n3. Per Bø Sekretær\n\n1. Budsjett\nVedtatt.\n\n"
            "2. Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "r.txt")
    assert [i.title for i in record.items] == ["Budsjett", "Eventuelt"]
    assert [(p.name, p.organization, p.role) for p in record.participants] == [
        ("Kari Holm", "Nordby kommune", "member"), ("Ola Dahl", "Sørby kommune", "member"),
        ("Per Bø", None, "secretary")]


def test_a_place_with_whom_it_sent_in_brackets():
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance, ParticipantRole
    found = parse_people_list("Nordvik (Kari Holm), Østvik (Per Bø og Siv Lie)",
                              ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [
        ("Kari Holm", "Nordvik"), ("Per Bø", "Østvik"), ("Siv Lie", "Østvik")]


@pytest.mark.parametrize(("line", "name", "organization"), [
    ("Roald Huseth Fylkesmannen i Nord-Trøndelag", "Roald Huseth",
     "Fylkesmannen i Nord-Trøndelag"),
    ("Aage Schei Gassforum Trøndelag", "Aage Schei", "Gassforum Trøndelag"),
    ("Siv Lie Næringsforeningen i Trondheim", "Siv Lie", "Næringsforeningen i Trondheim"),
])
def test_a_name_before_a_longer_unmarked_organisation(line, name, organization):
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance, ParticipantRole
    # no comma: the organisation starts at its first word that ends as organisations do
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [(name, organization)]


@pytest.mark.parametrize("line", ["Siv Lie (H), vara Tor Vik (H) møtte",
                                  "Siv Lie – vara Tor Vik møtte", "Siv Lie og vara Tor Vik møtte"])
def test_the_deputy_who_came_named_in_the_forfall_list(line):
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance, ParticipantRole
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.ABSENT)
    assert [(e.name, e.attendance, e.note) for e in found] == [
        ("Siv Lie", Attendance.ABSENT, None), ("Tor Vik", Attendance.PRESENT, "for Siv Lie")]


def test_a_job_at_a_place_after_the_name():
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance, ParticipantRole
    found = parse_people_list("Kari Holm, ordfører i Nordvik; Per Bø, rådgiver ved "
                              "Statsforvalteren i Vestland", ParticipantRole.MEMBER,
                              Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [
        ("Kari Holm", "Nordvik"), ("Per Bø", "Statsforvalteren i Vestland")]


def test_a_greeting_under_a_mail_is_no_person():
    assert not looks_like_name("Hilsen Liv")


@pytest.mark.parametrize(("line", "role"), [
    ("Olav Myklebust, dagleg leiar (skrivar)", "secretary"),  # the job, then the meeting role
    ("Olav Myklebust, daglig leder", "guest"),  # "daglig leder" is a job, not the chair
    ("Kari Holm, leder", "chair"),
    ("Hege Valås, Utdanningsforbundet, president", "chair"),
])
def test_job_title_and_meeting_role(line, role):
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance, ParticipantRole
    [entry] = parse_people_list(line, ParticipantRole.GUEST, Attendance.PRESENT)
    assert entry.role == role


@pytest.mark.parametrize(("line", "names"), [
    ("Nora, Vegard, Erik og Sigrid", ["Nora", "Vegard", "Erik", "Sigrid"]),
    ("Ann-Kristin, Per og Ola", ["Ann-Kristin", "Per", "Ola"]),
    ("Hamar, Løten, Stange", []),  # places, not first names
    ("Nora og Vegard", ["Nora", "Vegard"]),  # "Forfall: Astrid og Gry"
    ("Tine, Tiril og Synnøve", ["Tine", "Tiril", "Synnøve"]),  # (s68n) common names
    ("Eirin, Sindre, Vetle og Ådne", ["Eirin", "Sindre", "Vetle", "Ådne"]),
    ("Kari Anne", []),  # one piece: a first and middle name, or a name and surname
])
def test_a_list_of_first_names_alone(line, names):
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance, ParticipantRole
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [e.name for e in found if e.first_name_only] == names


def test_first_names_in_the_record():
    text = ("Referat 1. februar 2023\n\nTilstede: Nora, Vegard, Erik, Sigrid\nReferent: Vegard\n\n"
            "Sak 1/23 Opptak\nVedtak: Fire nye tas opp.\n")
    people = parse_bytes(text.encode(), "gjeng.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Nora", "member"), ("Vegard", "secretary"), ("Erik", "member"), ("Sigrid", "member")]


def test_first_names_with_their_units_and_a_full_name_at_the_signature():
    text = ("Referat styremøte 1. februar 2023\n\nDeltagere: Kristin (Leder), Nora (FIN), "
            "Erik (HHS) Sigrid (FIN) Olav Kristian (LUI/Nestleder)\n\nSak 1: Opptak\n"
            "Fire nye tas opp.\n\nReferent\n\nOlav Kristian Berg\n")
    people = parse_bytes(text.encode(), "lag.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Kristin", None, "chair"), ("Nora", "FIN", "member"), ("Erik", "HHS", "member"),
        ("Sigrid", "FIN", "member"), ("Olav Kristian Berg", "LUI", "secretary")]


def test_first_names_alone_among_full_names():
    text = ("Referat styremøte 21. mars 2023\n\nTilstede: Monica, Anja, Geir, Sylvi Ofstad "
            "(Troms idrettskrets)\n\n1. Årsmøte\n\nÅrsmøtet utsettes.\n\n"
            "2. Dugnad\n\nDugnad i mai.\n")
    people = parse_bytes(text.encode(), "klubb.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Monica", None, "member"), ("Anja", None, "member"), ("Geir", None, "member"),
        ("Sylvi Ofstad", "Troms idrettskrets", "guest")]  # from elsewhere, named in full


def test_a_seat_in_the_group_someone_comes_from_names_that_group():
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance, ParticipantRole
    found = parse_people_list(
        "Tonje Lie (leder FAU), Halvor Dahl (tillitsvalgt Utdanningsforbundet), Amalie Berg "
        "(nestleder elevrådet) og Magnus Aas (rektor)", ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [
        ("Tonje Lie", "FAU"), ("Halvor Dahl", "Utdanningsforbundet"),
        ("Amalie Berg", "elevrådet"), ("Magnus Aas", None)]


def test_labels_over_bullets_a_name_twice_and_one_first_name_away():
    """"- Kari Holm" is under "Tilstede:" and again under "Møteleder" (no running page
    header), and one known first name alone under "Fraværende" is someone away."""
    text = ("Styremøte 2025-02-22\nTilstede:\n- Kari Holm\n- Ola Dahl\n- Per Lie\n"
            "Fraværende\n- Alexander\nMøteleder\n- Kari Holm\nReferent:\n- Ola Dahl\n\n"
            "Sak 1: Innkjøp\n\nVedtatt.\n\nSak 2: Økonomi\n\nGjennomgått.\n")
    people = parse_bytes(text.encode(), "styre.txt").participants
    assert [(p.name, p.role, p.attendance) for p in people] == [
        ("Kari Holm", "chair", "present"), ("Ola Dahl", "secretary", "present"),
        ("Per Lie", "member", "present"), ("Alexander", "member", "absent")]


def test_a_signature_with_a_middle_initial_is_the_person_in_the_list():
    text = ("Referat fra FAU-møte 22.10.2019\n\nTilstede: Kari Holm- 2.klasse, Bjørn Dahl-rektor"
            "\n\nSak 15/19 Leder\n\nKari Holm ble valgt.\n\nSak 16/19 Dugnad\n\nI mai.\n\n"
            "Referent\nBjørn F. Dahl\n")
    people = parse_bytes(text.encode(), "fau.txt").participants
    assert [(p.name, p.role) for p in people] == [("Kari Holm", "member"),
                                                  ("Bjørn Dahl", "secretary")]


def test_first_names_one_a_line_and_the_referent_at_the_end_of_a_sentence():
    text = ("REFERAT FRA STYREMØTE I SENIORLAGET\n\n27. september 2016 på Hasselbakken\n\n"
            "Tilstede: Ole Bjørn, leder\n\nAxel\n\nInger\n\nOddveig\n\nForfall: Nora\n\n"
            "1. ØKONOMI\n\nGod.\n\n2. EVENTUELT\n\nOle Bjørn takket for møtet. "
            "Referent: Oddveig\n")
    record = parse_bytes(text.encode(), "senior.txt")
    assert (record.meeting.date, record.meeting.location) == ("2016-09-27", "Hasselbakken")
    assert [(p.name, p.role, p.attendance) for p in record.participants] == [
        ("Ole Bjørn", "chair", "present"), ("Axel", "member", "present"),
        ("Inger", "member", "present"), ("Oddveig", "secretary", "present"),
        ("Nora", "member", "absent")]


def test_present_members_and_standing_observers_as_bullet_lists():
    text = ("Møtebok\n\nUtvalg: Læringsmiljøutvalget (LU)\n\nDato: Tirsdag 12. februar 2019, "
            "kl. 13:30-16:00\n\nTilstedeværende utvalgsmedlemmer:\n\n • Kari Holm (møteleder)\n"
            " • Ola Dahl (deler av møtet)\n\nFaste observatører til stede:\n\n • Roar I Huseby\n"
            " • Gitte Berg\n\nLU 01/19 Innkalling\n\nGodkjent.\n\nLU 02/19 Eventuelt\n\n"
            "Ingen saker.\n")
    people = parse_bytes(text.encode(), "lu.txt").participants
    assert [(p.name, p.role, p.attendance) for p in people] == [
        ("Kari Holm", "chair", "present"), ("Ola Dahl", "member", "partial"),
        ("Roar I Huseby", "guest", "present"), ("Gitte Berg", "guest", "present")]


@pytest.mark.parametrize(("text", "name"), [("Roar I Huseby", True), ("Elise V Moksnes", True),
                                            ("FAU I SKOLEN", False), ("Møte I Oslo", False)])
def test_a_middle_initial_without_its_stop(text, name):
    assert looks_like_name(text) is name


def test_a_second_group_after_a_semicolon_in_the_same_list():
    text = ("Styremøte 24.03.22\n\nTilstede fra styret: Kari Holm, Ola Dahl (teams), Per Lie; "
            "fra arbeidsgruppe Folkeforskning: Siv Moe\n\n 1. Referat. Godkjennes.\n"
            " 2. Årshjul. Kari lager et utkast.\n")
    people = parse_bytes(text.encode(), "lag.txt").participants
    assert [(p.name, p.organization, p.role, p.note) for p in people] == [
        ("Kari Holm", None, "member", None), ("Ola Dahl", None, "member", "teams"),
        ("Per Lie", None, "member", None),
        ("Siv Moe", "arbeidsgruppe Folkeforskning", "guest", None)]  # not one of the board


def test_two_first_names_at_a_line_end_and_the_surname_below():
    text = ("Referat FAU møte 22.11. 2022 kl 18.00-19.00\nTilstades: Kari Holm (1. klasse), "
            "Ola Dahl (2. klasse), og Tom Martin\nHahtokari\n\nSaker:\nSak 1\nVal\n"
            "Kari Holm er leiar.\n\nSak 2\nYmse\nIngen saker.\n")
    people = parse_bytes(text.encode(), "fau.txt").participants
    assert [p.name for p in people] == ["Kari Holm", "Ola Dahl", "Tom Martin Hahtokari"]


@pytest.mark.parametrize(("text", "name"), [("Referat. Godkjennes", False),
                                            ("Carl Chr. Mathiesen", True),
                                            ("Johs. Røinås", True)])
def test_a_word_with_a_full_stop_inside_a_name(text, name):
    assert looks_like_name(text) is name


def test_the_leader_welcoming_the_board_in_the_first_item_chaired():
    text = ("Referat styremøte i Oslo brukerforening\n\nTid: Onsdag 2006-03-22 kl. 17:30\n\n"
            "Styremedlemmer: Petter Dahl, Kari Holm, Ola Lie\n\n2006-21 Konstitusjon av styret"
            "\n\nLeder Petter Dahl ønsket det nye styret velkommen. Kari Holm er sekretær.\n\n"
            "2006-22 Referater\n\nGodkjent.\n")
    people = parse_bytes(text.encode(), "styre.txt").participants
    assert (people[0].name, people[0].role) == ("Petter Dahl", "chair")


def test_a_name_with_a_lost_letter_is_still_a_name():
    assert looks_like_name("Bj\ufffdrn Lie")  # U+FFFD from a broken encoding


@pytest.mark.parametrize(("line", "people"), [
    ("Inge Staldvik (SV), Ole Dahl (MED), Kari Holm (KHM)",  # a party, units
     [("Inge Staldvik", "SV"), ("Ole Dahl", "MED"), ("Kari Holm", "KHM")]),
    ("Marte Lien, Helse Innlandet (HI)", [("Marte Lien", "Helse Innlandet")]),
    ("Tor Bremer, Sogn og Fjordane fylkeskommune", [("Tor Bremer",
                                                      "Sogn og Fjordane fylkeskommune")]),
    ("Vidar Vik / Nore og Uvdal og Per Bø / Tinn", [("Vidar Vik", "Nore og Uvdal"),
                                                    ("Per Bø", "Tinn")]),
    ("Pål Strand paal.strand@kvikne.no Kirsten Lund ki-hlun@online.no",
     [("Pål Strand", None), ("Kirsten Lund", None)]),  # addresses between the names
    ("Daglig leder i Grenlandssamarbeidet Karianne Resare",
     [("Karianne Resare", "Grenlandssamarbeidet")]),
    ("Emil B?k Holland", [("Emil B?k Holland", None)]),  # a letter an export lost
])
def test_whom_people_in_a_list_represent(line, people):
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance, ParticipantRole
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == people


def test_secretary_abbreviated_in_brackets():
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance, ParticipantRole
    [entry] = parse_people_list("Rikke Foss (ref.)", ParticipantRole.MEMBER,
                                Attendance.PRESENT)
    assert entry.role is ParticipantRole.SECRETARY


@pytest.mark.parametrize(("line", "note"), [
    ("Medlem Vigdis Belbo (Sp) meldte fra om forsinkelse, men møtte ikke.",
     "meldte fra om forsinkelse, men møtte ikke"),
    ("Vigdis Belbo (Sp) møtte ikke", None),  # the note would only repeat the category
])
def test_one_person_who_did_not_come_in_a_present_list(line, note):
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance, ParticipantRole
    [entry] = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.name, entry.attendance, entry.note) == ("Vigdis Belbo", Attendance.ABSENT,
                                                          note)


@pytest.mark.parametrize(("line", "names"), [
    ("Ragnar Bakken –Tine Steinset - Kamilla Vestre – Frank Urke (vara for Stine Urke)",
     ["Ragnar Bakken", "Tine Steinset", "Kamilla Vestre", "Frank Urke"]),
    ("Ole Bye – Helse Vest – innleder sak 2", ["Ole Bye"]),  # one person, role and where
])
def test_people_set_apart_by_dashes(line, names):
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance, ParticipantRole
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [e.name for e in found] == names


def _people(text: str):
    record = parse_bytes(text.encode(), "referat.txt")
    return [(p.name, p.organization, p.role, p.attendance) for p in record.participants]


def test_groups_and_sentences_in_the_attendance_part():
    assert _people(
        "Protokoll Representantskapet 15. april 2026\n\nFølgende representanter møtte:\n\n"
        "For Skien kommune: Hedda Five, Erik Næs og Jan Olsen\n\n"
        "For Bamble kommune: Hallgeir Kjeldal\n\n"
        "Tilstades: Per Bø, Kari Holm. Siv Lie, Tor Vik og Ane Moe var ikkje tilstades.\n\n"
        "Sak 1 Åpning\n\nErik Næs var møteleder. Innkallingen ble godkjent.\n") == [
        ("Hedda Five", "Skien kommune", "member", "present"),
        ("Erik Næs", "Skien kommune", "chair", "present"),
        ("Jan Olsen", "Skien kommune", "member", "present"),
        ("Hallgeir Kjeldal", "Bamble kommune", "member", "present"),
        ("Per Bø", None, "member", "present"),
        ("Kari Holm", None, "member", "present"),
        ("Siv Lie", None, "member", "absent"),
        ("Tor Vik", None, "member", "absent"),
        ("Ane Moe", None, "member", "absent"),
    ]


def test_a_list_of_seats_under_the_title_without_a_label():
    assert _people(
        "SU referat 22.11.26\n\nÅse Hovden (nestleder SU)\n\nVidar Fossum (leder SU)\n\n"
        "Anne Dalen (repr. andre ansatte)\n\n"
        "Line Slevik (repr. lærere)forfall. Line Nilsen møtte som vara.\n\n"
        "Odd Bentsen (sekretær)\n\n1. Budsjett\nSU vil skrive til politikerne.\n\n"
        "2. Eventuelt\nIngen saker.\n") == [
        ("Åse Hovden", None, "member", "present"),
        ("Vidar Fossum", None, "chair", "present"),  # the SU's own leader
        ("Anne Dalen", None, "member", "present"),
        ("Line Slevik", None, "member", "absent"),
        ("Line Nilsen", None, "member", "present"),
        ("Odd Bentsen", None, "secretary", "present"),
    ]


def test_the_parents_short_name_in_the_title_is_whom_the_secretary_represents():
    # "arbeidsutvalet i Romsdal regionråd (ROR)": ROR is the council, not the utval, so
    # "Hege Bolsøy, ROR" keeps it (an acronym of the body itself is dropped: see above)
    assert _people(
        "Møtebok – arbeidsutvalet i Romsdal regionråd (ROR)\n\nMøtedato: 8. mars 2025\n\n"
        "Frammøtte medlemer:\n\nKari Nes, Molde\n\nOla Li, Rauma\n\n"
        "Frå sekretariatet:\n\nHege Bolsøy, ROR (referent)\n\n"
        "Sak 1/25 Referat\n\nGodkjent.\n")[-1] == \
        ("Hege Bolsøy", "ROR", "secretary", "present")


def test_a_deputys_note_with_an_initial_and_the_absent_member_in_full_are_one_person():
    people = _people("Styremøte 25.04.26\n\nTil stades: Kari Holm - Per Bø - Frank Urke "
                     "(vara for Stine Ø. Urke)\n\nForfall: Stine Ødegaard Urke\n\n"
                     "Ref. på møtet: Sekretær Kari Holm\n\nSak 1 Møtebok\nGodkjend.\n")
    assert [(p[0], p[2], p[3]) for p in people] == [
        ("Kari Holm", "secretary", "present"), ("Per Bø", "member", "present"),
        ("Frank Urke", "member", "present"), ("Stine Ødegaard Urke", "member", "absent")]


def test_a_first_name_signature_makes_the_participant_the_secretary():
    people = _people("Styremøte 6. oktober 2026\n\nTilstades: Arne Randen, Sverre Svindland og "
                     "Åse Skogum.\n\nSak. 1: Tilskot\nGustav betaler ut tilskotet.\n\n"
                     "Ref. Sverre\n")
    assert ("Sverre Svindland", None, "secretary", "present") in people


@pytest.mark.parametrize("ending", ["Referent\nAnne Lise Eriksen\n",
                                    "Anne Lise Eriksen,\n\nref.\n",
                                    "Referat skrevet av Anne Lise Eriksen\n",
                                    "Skrevet av: Anne Lise Eriksen\n",
                                    "Referatet er skrive av Anne Lise Eriksen.\n",
                                    "Anne Lise Eriksen (sign.)\nsekretær\n"])
def test_the_secretary_signs_under_the_minutes(ending):
    people = _people("Styremøte tirsdag 21.10.2026.\n\nTil stede; Kari Holm, Ola Dahl og Anne Lise "
                     f"Eriksen.\n\nSak 1. Dugnad\nDet blir dugnad i mai.\n\n{ending}")
    assert ("Anne Lise Eriksen", None, "secretary", "present") in people


@pytest.mark.parametrize("ending", [
    "Kari Holm                    Anne Lise Eriksen\nstyreleder                   referent\n",
    "____________        ____________\nKari Holm (sign.)        Anne Lise Eriksen (sign.)\n"
    "leder        sekretær\n",
])
def test_the_chair_and_the_secretary_sign_side_by_side(ending):
    people = _people("Styremøte tirsdag 21.10.2026.\n\nTil stede; Kari Holm, Ola Dahl og Anne Lise "
                     f"Eriksen.\n\nSak 1. Dugnad\nDet blir dugnad i mai.\n\n{ending}")
    assert [(p[0], p[2]) for p in people] == [
        ("Kari Holm", "chair"), ("Ola Dahl", "member"), ("Anne Lise Eriksen", "secretary")]


def test_members_signing_side_by_side_take_no_meeting_role():
    people = _people("Styremøte tirsdag 21.10.2026.\n\nTil stede; Kari Holm, Ola Dahl og Per Bø."
                     "\n\nSak 1. Dugnad\nDet blir dugnad i mai.\n\n"
                     "Kari Holm        Ola Dahl        Per Bø\nleder        leder        medlem\n")
    assert {p[2] for p in people} == {"member"}  # two chairs: not one meeting's signatures


def test_groups_that_met_and_sentences_about_who_did_not():
    people = _people(
        "Protokoll fra årsmøtet 30. mai 2026\n\nFra medlemsorganisasjonene møtte:\n"
        "Norges Birøkterlag (6 stemmer): Trude Sommerstad\n\nFra styret møtte:\n"
        "Tore Larsson (NJFF) og Inger Dahle (NKK)\n\n"
        "Desse deltok i møtet kl 12:30 -15:30 i Måløy:\nJan Heggheim, Frode Henden; "
        "Bente Nesse hadde forfall.\n\n"
        "Ingunn Kleven har meldt forfall, og Trond Paaske møtte ikke.\n\n"
        "Sak 1 Åpning\nÅrsmøtet ble åpnet.\n")
    assert people == [
        ("Trude Sommerstad", "Norges Birøkterlag", "member", "present"),
        ("Tore Larsson", "NJFF", "member", "present"),
        ("Inger Dahle", "NKK", "member", "present"),
        ("Jan Heggheim", None, "member", "present"),
        ("Frode Henden", None, "member", "present"),
        ("Bente Nesse", None, "member", "absent"),
        ("Ingunn Kleven", None, "member", "absent"),
        ("Trond Paaske", None, "member", "absent"),
    ]


def test_absence_in_brackets_and_in_a_sentence_about_two():
    people = _people("Referat\n\nTil stede: Per Dahl, Ola Vik (ikke møtt)\n\n"
                     "Kjell Steinbru og Ann-Cecilie Andersen hadde meldt forfall.\n\n"
                     "Sak 1 Test\nGodkjent.\n")
    assert [(p[0], p[3]) for p in people] == [
        ("Per Dahl", "present"), ("Ola Vik", "absent"), ("Kjell Steinbru", "absent"),
        ("Ann-Cecilie Andersen", "absent")]


@pytest.mark.parametrize("sentence", ["Kari Holm var ikkje til stades.",
                                      "Kari Holm hadde meldt forfall.", "Kari Holm møtte ikke."])
def test_one_sentence_says_someone_did_not_come(sentence):
    from motebok.extract.participants import attended_sentence
    from motebok.vocab import Attendance
    assert attended_sentence(sentence) == ("Kari Holm", Attendance.ABSENT)


def test_a_table_padded_with_two_spaces_needs_two_such_rows():
    text = ("Referat fra nettverksmøte 2. februar 2024\n\nDeltakere:\n"
            "Lillian Berg  Fjelldal\nJon Sverre Lia  Nesbygd kommune\n\n"
            "1. Status\nVi gikk gjennom planen.  Den er god.\n")
    record = parse_bytes(text.encode(), "nettverk.txt")
    assert [(p.name, p.organization) for p in record.participants] == [
        ("Lillian Berg", "Fjelldal"), ("Jon Sverre Lia", "Nesbygd kommune")]
    assert record.items[0].text == "Vi gikk gjennom planen. Den er god."


@pytest.mark.parametrize(("written", "plain"), [
    ("Reigstad, Monrad", "Monrad Reigstad"),  # the surname reads as one
    ("Holm, Kari", "Kari Holm"),  # the given name is a known one
    ("Trædal, Arne Gunnar", "Arne Gunnar Trædal"),
    ("Kari, Ola", None),  # two first names: two people
    ("Leder, Kari Holm", None),  # a seat, then the name
    ("Tolga, Kari Holm", None),  # a place, then the name
    ("Solbakken, Kari Holmstad", None),  # two surnames: two people
])
def test_names_written_surname_first(written, plain):
    assert uninverted(written) == plain


def test_a_second_parenthesis_gives_the_meeting_role():
    from motebok.extract.participants import parse_line
    found = parse_line("Eva Lid og Ståle Kvam (rådmann) (Referent)", None, Attendance.PRESENT)
    assert [(e.name, e.role) for e in found] == [("Eva Lid", None), ("Ståle Kvam", "secretary")]


def test_what_follows_a_name_after_a_hyphen_in_lower_case_or_digits():
    from motebok.extract.participants import parse_people_list
    found = parse_people_list("Kine Sandvik- 2.klasse, Rune Nordli-1.klasse, Bjørn Fram-rektor, "
                              "Ola Nordli-Hansen", None, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [
        ("Kine Sandvik", "2.klasse"), ("Rune Nordli", "1.klasse"), ("Bjørn Fram", None),
        ("Ola Nordli-Hansen", None)]


def test_a_first_name_list_may_hold_a_name_the_list_of_first_names_lacks():
    from motebok.extract.participants import parse_people_list
    found = parse_people_list("Karoline, Vanja, Atle og Silje", None, Attendance.PRESENT)
    assert [e.name for e in found] == ["Karoline", "Vanja", "Atle", "Silje"]
    assert parse_people_list("Hamar, Løten, Stange og Silje", None, Attendance.PRESENT) == []


def test_a_heading_in_capitals_ends_a_sentence_cut_off_above_it():
    text = ("MØTEBOK\nUngdomsrådet\nDato: 12. mai 2022\nDESSE MØTTE\nKari Holm\n"
            "GODKJENNING AV MØTEBOKA\nDet var ingen merknader til møtebok av\nYMSE\nOpen post\n")
    record = parse_bytes(text.encode(), "moteboka.txt")
    assert [(i.title, i.text) for i in record.items] == [
        ("GODKJENNING AV MØTEBOKA", "Det var ingen merknader til møtebok av"),
        ("YMSE", "Open post")]


def test_names_a_copy_ran_together_without_commas():
    from motebok.extract.participants import parse_line
    found = parse_line("Sigrid Nyhus Leiar Karen Anny Vik Nestleiar Ikkje til stades i sakene "
                       "12 og 13 Leif Jørgen Aas Ingvild Mo Solheim Eldrid Bø Varamedlem",
                       ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.role, e.attendance, e.note) for e in found] == [
        ("Sigrid Nyhus", ParticipantRole.CHAIR, Attendance.PRESENT, None),
        ("Karen Anny Vik", ParticipantRole.MEMBER, Attendance.PARTIAL,
         "Ikkje til stades i sakene 12 og 13"),
        ("Leif Jørgen Aas", ParticipantRole.MEMBER, Attendance.PRESENT, None),
        ("Ingvild Mo Solheim", ParticipantRole.MEMBER, Attendance.PRESENT, None),
        ("Eldrid Bø", ParticipantRole.MEMBER, Attendance.PRESENT, None)]
    # a run of places is no list of people
    assert parse_line("Hamar Løten Stange Elverum Åmot Våler Trysil", ParticipantRole.MEMBER,
                      Attendance.PRESENT) == []


def test_a_meeting_role_written_before_the_name():
    from motebok.extract.participants import parse_line
    found = parse_line("Referent Hilde Karlsen rådgiver grunnskole, Leder i KFU Gudrun Veske "
                       "(Nordvik skole) og Torunn Moe (Sørvik skole)",
                       ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.role) for e in found] == [
        ("Hilde Karlsen", None, ParticipantRole.SECRETARY),
        ("Gudrun Veske", "Nordvik skole", ParticipantRole.CHAIR),
        ("Torunn Moe", "Sørvik skole", ParticipantRole.MEMBER)]


def test_titled_people_a_copy_ran_together_one_line_each():
    from motebok.extract.participants import parse_line
    found = parse_line("Ordfører Kari Holm, Nordvik kommune, leder Ordfører Per Dahl, "
                       "Fjellregionen Utvikling Fylkesvaraordfører Siv Moe, Vestfylket (vara for "
                       "Ole Lie) "
                       "Ordfører Liv Berg, Regionrådet for Sørkysten",
                       ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.role, e.note) for e in found] == [
        ("Kari Holm", "Nordvik kommune", ParticipantRole.CHAIR, None),
        ("Per Dahl", "Fjellregionen Utvikling", ParticipantRole.MEMBER, None),
        ("Siv Moe", "Vestfylket", ParticipantRole.MEMBER, "for Ole Lie"),
        ("Liv Berg", "Regionrådet for Sørkysten", ParticipantRole.MEMBER, None)]


def test_first_names_with_a_role_or_a_deputys_place_and_two_labels_on_a_line():
    record = parse_bytes("Referat frå styremøte 04.10.2016\n\nTil stades: Oliv, Kjell og Helge "
                         "(referent) Fråverande: Harald og Målfrid (1. vara).\n\nSak 1 Referat\n"
                         "Godkjent.\n".encode(), "styre.txt")
    assert [(p.name, p.role, p.attendance, p.note) for p in record.participants] == [
        ("Oliv", ParticipantRole.MEMBER, Attendance.PRESENT, None),
        ("Kjell", ParticipantRole.MEMBER, Attendance.PRESENT, None),
        ("Helge", ParticipantRole.SECRETARY, Attendance.PRESENT, None),
        ("Harald", ParticipantRole.MEMBER, Attendance.ABSENT, None),
        ("Målfrid", ParticipantRole.MEMBER, Attendance.ABSENT, "1. vara")]


def test_a_title_ending_in_a_day_and_a_full_stop_and_who_sent_word():
    record = parse_bytes("Referat styremøte NSL tysdag 7. februar 2024.\n\nStad: Teams.\n\n"
                         "Desse var med: Reidar Vik, Kjetil Rød og 1. vara Lars Tveit. Ola Stein "
                         "meldte forfall.\n\nSak 06/24 Godkjenning av innkalling.\n\nVedtak: "
                         "Godkjent.\n".encode(), "styre.txt")
    assert (record.title, record.body, record.organization, record.meeting.date) == (
        "Referat styremøte NSL tysdag 7. februar 2024.", "Styret", "NSL", "2024-02-07")
    assert [(p.name, p.attendance) for p in record.participants] == [
        ("Reidar Vik", Attendance.PRESENT), ("Kjetil Rød", Attendance.PRESENT),
        ("Lars Tveit", Attendance.PRESENT), ("Ola Stein", Attendance.ABSENT)]


def test_a_nynorsk_seat_table_a_copy_ran_into_one_line_with_its_representing_column_empty():
    from motebok.extract.participants import parse_line
    found = parse_line("Namn Funksjon Representerer Hege Lothe Leder Jan Henrik Nygård Medlem "
                       "Gunn Sande Medlem", ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.role, e.organization) for e in found] == [
        ("Hege Lothe", ParticipantRole.CHAIR, None),
        ("Jan Henrik Nygård", ParticipantRole.MEMBER, None),
        ("Gunn Sande", ParticipantRole.MEMBER, None)]
    label = match_label("Følgjande medlemmar meldte forfall: Marius Strømmen")
    assert (label.field, label.value) == (Field.ABSENT, "Marius Strømmen")


def test_a_seat_table_a_copy_ran_into_one_line():
    from motebok.extract.participants import parse_line
    found = parse_line("Navn Funksjon Representerer Inge Myrvik Leder Rana kommune Siv Moe "
                       "Medlem Saltdal kommune Eva-Stina Anders Medlem Sametinget",
                       ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.role, e.organization) for e in found] == [
        ("Inge Myrvik", "chair", "Rana kommune"), ("Siv Moe", "member", "Saltdal kommune"),
        ("Eva-Stina Anders", "member", "Sametinget")]


def test_a_seat_table_run_together_with_seats_in_capitals_and_a_ranked_deputy():
    from motebok.extract.participants import parse_line
    found = parse_line("Navn Funksjon Repr Vara for Jørgen Foss LEDER AP Siri Mittet NESTLEDER "
                       "MDG Greger Holm 1. VARAMEDLEM AP Jens Kihl MEDLEM SV",
                       ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.role, e.organization) for e in found] == [
        ("Jørgen Foss", "chair", "AP"), ("Siri Mittet", "member", "MDG"),
        ("Greger Holm", "member", "AP"), ("Jens Kihl", "member", "SV")]


def test_names_each_followed_by_a_party_without_commas():
    from motebok.extract.participants import parse_line
    found = parse_line("Arve Helle Ap Aleksander Øren Heen Sp Bjørn Holvik H Olav Klungre Krf",
                       ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [
        ("Arve Helle", "Ap"), ("Aleksander Øren Heen", "Sp"), ("Bjørn Holvik", "H"),
        ("Olav Klungre", "Krf")]


def test_bullets_a_copy_nested_in_bullets():
    from motebok.extract.text import strip_bullet
    assert strip_bullet("• - Referatet godkjennes uten kommentarer") == \
        "Referatet godkjennes uten kommentarer"
    assert strip_bullet("- o-lag og orienteringsløp") == "o-lag og orienteringsløp"


@pytest.mark.parametrize("line", ["📌 Velkomen", "✅ Velkomen", "✔️ Velkomen", "👉🏻 Velkomen",
                                  "▶️ Velkomen", "⭐ Velkomen"])
def test_a_pictograph_from_a_chat_tool_is_a_bullet(line):
    from motebok.extract.text import strip_bullet
    assert strip_bullet(line) == "Velkomen"


def test_a_task_after_a_check_mark_is_read_as_a_bulleted_follow_up():
    text = ("Referat frå nettverksmøte\n\nDato: 23. januar 2025\n\n1. Kulturminneplan\n"
            "Solveig orienterte om arbeidet.\n✔️ Lene lagar ein felles mal.\n")
    item = parse_bytes(text.encode(), "nettverk.txt").items[0]
    assert item.text == "Solveig orienterte om arbeidet.\nLene lagar ein felles mal."
    assert [(a.text, a.responsible) for a in item.actions] == [
        ("Lene lagar ein felles mal.", "Lene")]


def test_a_seat_in_the_body_itself_is_no_organisation():
    text = ("Møtereferat\n\nBrukerrådet\nDato: 9. mars 2023 kl: 9.00-15.30\n"
            "Møteleder: Vebjørn Olsen, nestleder i brukerrådet\nReferent: Kari Holm\n\n"
            "SAK 1: Konstituering\n\nHun ble valgt ved akklamasjon.\n\nSAK 2: Info\n\nOk.\n")
    people = parse_bytes(text.encode(), "rad.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Vebjørn Olsen", None, "chair"), ("Kari Holm", None, "secretary")]


def test_entries_ended_by_full_stops_in_an_attendance_line():
    assert _people(
        "Styremøte i studentforeningen 08.10.2024\n\n"
        "Tilstede: Birgit B. Dokk, Styreleder. Therese Kjersem, nestleder. Karl Eriksen, "
        "Økonomiansvarlig. Vilde Bull, kontakt 2. Ida Moe, Styremedlem.\n\n"
        "Sak 1 Vedtekter\n\nGjennomgått.\n") == [
        ("Birgit B. Dokk", None, "chair", "present"),
        ("Therese Kjersem", None, "member", "present"),
        ("Karl Eriksen", None, "member", "present"),
        ("Vilde Bull", None, "member", "present"),
        ("Ida Moe", None, "member", "present")]


def test_a_job_title_opens_the_last_entry_after_a_full_stop():
    """ "Daglig leder Tor Arne Bøe. Fagsjef Live Haugan.": each of the administration
    with their job first; the title after the full stop opens the next entry."""
    assert _people(
        "Referat fra styremøte 14.3.2026\n\nTil stede fra styret: Helga Sundby, Arild Moen\n\n"
        "Til stede fra administrasjonen: Daglig leder Tor Arne Bøe. Fagsjef Live Haugan.\n\n"
        "Sak 1/26 Godkjenning\nGodkjent.\n") == [
        ("Helga Sundby", None, "member", "present"),
        ("Arild Moen", None, "member", "present"),
        ("Tor Arne Bøe", "administrasjonen", "guest", "present"),
        ("Live Haugan", "administrasjonen", "guest", "present")]


def test_first_names_the_name_list_does_not_hold_among_ones_it_does():
    assert _people(
        "# Fellesmøte 2023-09-05\n\n*fasilitator*: Gisela\n*sekretær*: Anne\n"
        "*tilstede*: Annika, Anne, Ragnhild, Federico, Naomi, Gisela, Pål\n\n"
        "## 1. Møtestruktur\nVi tester ut en ny møtestruktur.\n") == [
        ("Gisela", None, "chair", "present"), ("Anne", None, "secretary", "present"),
        ("Annika", None, "member", "present"), ("Ragnhild", None, "member", "present"),
        ("Federico", None, "member", "present"), ("Naomi", None, "member", "present"),
        ("Pål", None, "member", "present")]


def test_a_seat_label_with_a_surname_alone_adds_no_one():
    names = [p[0] for p in _people(
        "Protokoll frå styremøtet 13. september 2007\nTil stades: Ola Breivega, Tora Aasland\n"
        "Frå sekretariatet: Eilov Runnestø (rådgjevar)\nMøteleiar: Aasland\n"
        "Referent: Runnestø\n\nS 7.1/07 Protokoll\nGodkjend.\n")]
    assert "Aasland" not in names and "Runnestø" not in names


def test_a_substitute_said_with_mote_som_vara_for_inside_the_list():
    assert _people(
        "Fjellstyremøte 26.01.17\n\n"
        "Disse møtte: Tor Nesset, Dagny Lie møte som vara for Anne Moe, Signar Musum møtte "
        "som vara for Terje Aksnes, Kari Bø.\n\nSak 1/17 Budsjett\nVedtatt.\n") == [
        ("Tor Nesset", None, "member", "present"), ("Dagny Lie", None, "member", "present"),
        ("Anne Moe", None, "member", "absent"), ("Signar Musum", None, "member", "present"),
        ("Terje Aksnes", None, "member", "absent"), ("Kari Bø", None, "member", "present")]


def test_a_list_with_a_full_stop_for_a_comma_then_a_sentence_about_a_guest():
    people = _people(
        "Styremøte 07.02.19 på ungdomsskolen\n\n"
        "Til stede: Odd Myr, Geir Ellingsen. John Olsen, Arild Martinsen. Fridtjof Nordnes "
        "var invitert med for å diskutere sak 1 og 2\n\nMeldt forfall: Øistein Bakke\n\n"
        "Sak 1: Revy\nVedtak: Styret sier ja.\n")
    assert [p for p in people if p[0] != "Fridtjof Nordnes"] == [
        ("Odd Myr", None, "member", "present"),
        ("Geir Ellingsen", None, "member", "present"),
        ("John Olsen", None, "member", "present"),
        ("Arild Martinsen", None, "member", "present"),
        ("Øistein Bakke", None, "member", "absent")]


@pytest.mark.parametrize(("line", "names"), [
    ("Jon Slettvold. Anna-Lisa Bårdgård, Anita Berg", ["Jon Slettvold", "Anna-Lisa Bårdgård",
                                                       "Anita Berg"]),  # a stop for a comma
    ("Johs. Røinås, Kari Holm", ["Johs. Røinås", "Kari Holm"]),  # a first name cut short
    ("Kari Holm (repr. Lærerne), Per Dahl", ["Kari Holm", "Per Dahl"]),  # in brackets
])
def test_a_full_stop_between_people(line, names):
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance, ParticipantRole
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [e.name for e in found] == names


def test_titled_people_a_pdf_ran_together_with_a_group_after_them():
    assert _people(
        "Fagutvalget. Referat\n\nMedlemmer: Bibliotekdirektør Kari Holm (leder), "
        "Universitetsbiblioteket i Nordby Hovedbibliotekar Per Dahl, Høgskolen i Sørby "
        "FoU-koordinator Siv Lie, Høgskolen i Vestby Fra sekretariatet: Rådgiver, Ane Moe\n"
        "Forfall: Bibliotekdirektør Tor Vik, Universitetet i Østby Hovedbibliotekar Eva Berg, "
        "Høgskolen i Nordby Underdirektør Ola Bø, Universitetet i Sørby\n\n"
        "Sak 01/10 Godkjenning av innkalling\n\nGodkjent.\n") == [
        ("Kari Holm", "Universitetsbiblioteket i Nordby", "chair", "present"),
        ("Per Dahl", "Høgskolen i Sørby", "member", "present"),
        ("Siv Lie", "Høgskolen i Vestby", "member", "present"),
        ("Ane Moe", "sekretariatet", "secretary", "present"),
        ("Tor Vik", "Universitetet i Østby", "member", "absent"),
        ("Eva Berg", "Høgskolen i Nordby", "member", "absent"),
        ("Ola Bø", "Universitetet i Sørby", "member", "absent")]


def test_a_group_from_the_body_s_committees_are_guests_but_a_member_s_place_is_not():
    assert _people(
        "Referat frå styremøte i Nordby sogelag 23.01.2024\n\n"
        "Til stades frå styret: Kari Holm, Ola Dahl\n\n"
        "Frå nemndene: Per Bø, Eva Berg\n\nSak 1/24 Referat\nGodkjent.\n") == [
        ("Kari Holm", None, "member", "present"), ("Ola Dahl", None, "member", "present"),
        ("Per Bø", None, "guest", "present"), ("Eva Berg", None, "guest", "present")]


def test_an_innkalt_list_run_together_with_forfall_in_brackets():
    assert _people(
        "Styremøte i Nordby museum\n\nTid: Tirsdag 26. februar 2008 Sted: Museet "
        "Innkalt: Asle Tveit (meldt forfall) Åse Simonsen Elin Kaasen Ole Anton Teigen "
        "Solveig Bråstad (meldt forfall) Referent: Nina Strøm\n\n"
        "Sak 06/08: Godkjenning av innkalling\nGodkjent.\n") == [
        ("Asle Tveit", None, "member", "absent"), ("Åse Simonsen", None, "member", "present"),
        ("Elin Kaasen", None, "member", "present"),
        ("Ole Anton Teigen", None, "member", "present"),
        ("Solveig Bråstad", None, "member", "absent"), ("Nina Strøm", None, "secretary", "present")]


@pytest.mark.parametrize(("line", "people"), [
    ("Lene Almås, Ingelin Vik (møtte ikkje)",
     [("Lene Almås", "present"), ("Ingelin Vik", "absent")]),
    ("Lene Almås , (Ingelin Vik møtte ikkje)",  # the whole entry in brackets
     [("Lene Almås", "present"), ("Ingelin Vik", "absent")]),
    ("Heidi Scholz -vara (6. klasse), Tom Vik",  # a note after a hyphen, then brackets
     [("Heidi Scholz", "present"), ("Tom Vik", "present")]),
])
def test_notes_in_brackets_after_a_name_or_around_the_entry(line, people):
    from motebok.extract.participants import parse_line
    from motebok.vocab import Attendance, ParticipantRole
    found = parse_line(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.attendance) for e in found] == people


@pytest.mark.parametrize("row", [
    "<tr><td>Møte nr. 3</td><td></td></tr>",
    "<tr><td>Referat 3</td><td>&nbsp;</td></tr>",
])
def test_a_two_cell_row_with_an_empty_second_cell_is_no_page_footer(row):
    # a row whose text ends in a digit is tested as a running footer ("… | Side 1 av 2");
    # an empty second cell must not stop the whole document from being read
    page = f"<h1>Referat fra styremøte</h1><table>{row}</table><p>Vedtak: Godkjent.</p>"
    record = parse_bytes(page.encode(), "referat.html")
    assert (record.title, record.body) == ("Referat fra styremøte", "Styret")
    assert [item.decisions for item in record.items] == [["Godkjent."]]


@pytest.mark.parametrize(("line", "roles"), [
    ("Kari Holm, rådmann Per Lie", ["member", "guest"]),  # the administration: a guest
    ("Kari Holm, daglig leder Per Lie", ["member", "guest"]),
    ("Kari Holm, Kommunedirektør Per Lie", ["member", "guest"]),
    ("styreleder Kari Holm, Per Lie", ["chair", "member"]),
])
def test_a_title_before_the_name_gives_the_role(line, roles):
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance, ParticipantRole
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [entry.role for entry in found] == roles


@pytest.mark.parametrize(("line", "name"), [
    ("Oppdragsansvarleg revisor Tor Lie", "Tor Lie"),
    ("Assisterande rådmann Tor Lie", "Tor Lie"),
    ("Konstituert kommunedirektør Anne Bø", "Anne Bø"),
    ("fungerende daglig leder Per Dahl", "Per Dahl"),
])
def test_a_word_qualifying_a_job_title_goes_with_the_title(line, name):
    from motebok.extract.participants import tidy_name
    assert tidy_name(line) == name


def test_a_member_listed_as_present_then_named_as_a_substitute_gets_the_note():
    text = ("Protokoll frå kontrollutvalet 3. september 2024\n\n"
            "Til stades:\nLeiar Ola Dale\nMedlem Siri Dal\n\n"
            "Forfall: Odd Hagen\nVara: Siri Dal møtte for Odd Hagen\n\n"
            "PS 13/24 Godkjenning\nSamrøystes vedteke.\n")
    people = parse_bytes(text.encode(), "ku.txt").participants
    assert [(p.name, p.attendance, p.note) for p in people] == [
        ("Ola Dale", "present", None), ("Siri Dal", "present", "for Odd Hagen"),
        ("Odd Hagen", "absent", None)]


def test_forfall_in_the_role_column_of_an_attendance_table_is_absence():
    text = ("# Referat styringsgruppe 12.03.2025\n\n## Deltakere\n\n"
            "| Navn | Organisasjon | Rolle |\n|---|---|---|\n"
            "| Kari Holm | Lunde kommune | Leder |\n"
            "| Anne Bakke | Dalen kommune | Forfall |\n"
            "| Ola Berg | Dalen kommune | Medlem (forfall) |\n"
            "| Siv Moe | Berg kommune | - |\n\n"
            "## Sak 5/25 Status\n\nTatt til orientering.\n")
    people = parse_bytes(text.encode(), "sg.md").participants
    assert [(p.name, p.role, p.attendance) for p in people] == [
        ("Kari Holm", "chair", "present"), ("Anne Bakke", "member", "absent"),
        ("Ola Berg", "member", "absent"), ("Siv Moe", "member", "present")]


def test_a_substitute_after_a_party_and_a_dash():
    text = ("Referat fra styremøte 3. mars 2024\n\n"
            "Til stede: Kari Nes (Sp), Anne Lid (H) – vara for Ola Haug (H)\n\n"
            "Sak 1/24 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "s.txt").participants
    assert [(p.name, p.attendance, p.note) for p in people] == [
        ("Kari Nes", "present", None), ("Anne Lid", "present", "for Ola Haug"),
        ("Ola Haug", "absent", None)]


def test_names_written_surname_first_one_per_line_are_one_person_each():
    text = ("Referat fra styremøte 3. mars 2024\n\n"
            "Til stede:\nNes, Kari – leder\nBø, Per\nLid, Anne (referent)\n\n"
            "Sak 1/24 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "s.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Nes, Kari", "chair"), ("Bø, Per", "member"), ("Lid, Anne", "secretary")]


def test_a_present_label_that_says_how_gives_the_note_to_those_under_it():
    text = ("Referat fra styremøte 3. mars 2024\n\nTil stede: Kari Nes, Per Bø\n"
            "Deltakere (digitalt): Anne Lid\nTil stede på Teams: Jon Aas\n\n"
            "Sak 1/24 Budsjett\nBudsjettet ble vedtatt.\n")
    people = parse_bytes(text.encode(), "s.txt").participants
    assert [(p.name, p.attendance, p.note) for p in people] == [
        ("Kari Nes", "present", None), ("Per Bø", "present", None),
        ("Anne Lid", "present", "digitalt"), ("Jon Aas", "present", "på Teams")]


def test_a_deputy_member_for_someone_after_a_comma_is_their_substitute():
    text = ("Protokoll fra styremøte 20.11.2023\n\nTil stede:\nTrond Vikane, styreleder\n"
            "Guri Tangen, varamedlem for Rolf Aas\n\nSak 24/23 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "s.txt").participants
    assert [(p.name, p.role, p.attendance, p.note) for p in people] == [
        ("Trond Vikane", "chair", "present", None),
        ("Guri Tangen", "member", "present", "for Rolf Aas"),
        ("Rolf Aas", "member", "absent", None)]


def test_a_people_table_after_the_secretary_label_is_a_list_of_its_own():
    # a header table "Møtedato | … | Referent" over its values, then the people's table:
    # the secretary's role ends with her cell
    text = ("| Møtedato | Møtested | Referent |\n|---|---|---|\n"
            "| 12.03.2024 | Rådhuset | Hege Lund |\n\n"
            "| Navn | Virksomhet | Til stede |\n|---|---|---|\n"
            "| Arne Brekke (leder) | Nordby kommune | X |\n"
            "| Ole Sæther | Helse Vest | X |\n| Ingrid Sand | Nordby legekontor | |\n\n"
            "## 1. Godkjenning\n\nGodkjent.\n")
    people = parse_bytes(text.encode(), "sg.md").participants
    assert [(p.name, p.role, p.attendance) for p in people] == [
        ("Hege Lund", "secretary", "present"), ("Arne Brekke", "chair", "present"),
        ("Ole Sæther", "member", "present"), ("Ingrid Sand", "member", "absent")]


def test_the_job_column_of_a_case_system_gives_firm_secretariat_and_partial_presence():
    # "Frå administrasjonen møtte: Namn | Stilling": the job is no field, but the rest is
    text = ("# Møteprotokoll\n\nUtval: Kontrollutvalet\nDato: 22.11.2022\n\n"
            "Frå administrasjonen møtte:\n\n| Namn | Stilling |\n|---|---|\n"
            "| Brit Ulvik | Forvaltningsrevisor i Deloitte, t.o.m. sak PS 44/22 |\n"
            "| Oda Lothe | Rådgjevar, Sekretariat for kontrollutvalet |\n"
            "| Per Vik | Rådgiver, Kontrollutvalgssekretariatet |\n"
            "| Kari Engen | Sekretær for rådet |\n| Nils Ruud | Kommunalsjef, til kl. 11.00 |\n"
            "| Eva Dahl | Oppdragsansvarlig revisor |\n\n"
            "## PS 42/22 Godkjenning\n\nGodkjent.\n")
    people = parse_bytes(text.encode(), "ku.md").participants
    assert [(p.name, p.organization, p.role, p.attendance, p.note) for p in people] == [
        ("Brit Ulvik", "Deloitte", "guest", "partial", "t.o.m. sak PS 44/22"),
        ("Oda Lothe", "Sekretariat for kontrollutvalet", "secretary", "present", None),
        ("Per Vik", "Kontrollutvalgssekretariatet", "secretary", "present", None),
        # the rest are from the group the label names, as in a list under it
        ("Kari Engen", "administrasjonen", "secretary", "present", None),
        ("Nils Ruud", "administrasjonen", "guest", "partial", "til kl. 11.00"),
        ("Eva Dahl", "administrasjonen", "guest", "present", None)]


def test_a_role_in_brackets_in_the_presence_column_of_a_table():
    text = ("# Referat styringsgruppe 12.03.2025\n\n"
            "| Navn | Virksomhet | Til stede |\n|---|---|---|\n"
            "| Kari Nes | Nesvik kommune | x |\n"
            "| Siri Moe | Bøvik kommune | x (referent) |\n\n"
            "## Sak 5/25 Status\n\nTatt til orientering.\n")
    people = parse_bytes(text.encode(), "sg.md").participants
    assert [(p.name, p.role, p.attendance) for p in people] == [
        ("Kari Nes", "member", "present"), ("Siri Moe", "secretary", "present")]


def test_a_yes_and_a_note_in_the_presence_column_of_a_table():
    text = ("# Referat styringsgruppe 12.03.2025\n\n"
            "| Navn | Virksomhet | Til stede |\n|---|---|---|\n"
            "| Kari Nes | Nesvik kommune | Ja |\n"
            "| Siri Moe | Bøvik kommune | Ja, fra kl. 13 |\n\n"
            "## Sak 5/25 Status\n\nTatt til orientering.\n")
    people = parse_bytes(text.encode(), "sg.md").participants
    assert [(p.name, p.attendance, p.note) for p in people] == [
        ("Kari Nes", "present", None), ("Siri Moe", "partial", "fra kl. 13")]


@pytest.mark.parametrize(("present", "away", "attendance"), [
    ("☒", "☐", "present"), ("☐", "☒", "absent"), ("☑", "☐", "present"),
    ("✔", "", "present"), ("✗", "", "present"), ("☐", "", "absent"), ("☐", "☐", "absent"),
])
def test_ballot_boxes_and_ticks_in_an_attendance_table(present, away, attendance):
    text = ("# Referat styringsgruppe 12.03.2025\n\n"
            "| Navn | Til stede | Forfall |\n|---|---|---|\n"
            f"| Kari Nes | {present} | {away} |\n| Siri Moe | ☒ | ☐ |\n\n"
            "## Sak 5/25 Status\n\nTatt til orientering.\n")
    people = parse_bytes(text.encode(), "sg.md").participants
    assert [(p.name, p.organization, p.attendance) for p in people] == [
        ("Kari Nes", None, attendance), ("Siri Moe", None, "present")]


def test_a_ticked_box_beside_a_name_without_a_header_is_no_organisation():
    text = ("Referat styremøte 12.03.2024\n\nTil stede:\nKari Nes\t☒\nSiri Moe\t✓\n\n"
            "Sak 1/24 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "s.txt").participants
    assert [(p.name, p.organization, p.attendance) for p in people] == [
        ("Kari Nes", None, "present"), ("Siri Moe", None, "present")]


def test_the_secretariat_in_a_tables_organisation_column_takes_the_minutes():
    text = ("# Referat styringsgruppe 12.03.2025\n\n"
            "| Navn | Virksomhet |\n|---|---|\n"
            "| Kari Nes | Nesvik kommune |\n| Siri Moe | Sekretariatet |\n\n"
            "## Sak 5/25 Status\n\nTatt til orientering.\n")
    people = parse_bytes(text.encode(), "sg.md").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Kari Nes", "Nesvik kommune", "member"), ("Siri Moe", "Sekretariatet", "secretary")]


@pytest.mark.parametrize(("line", "orgs"), [
    ("Til stede: Kari Nes, Per Bø, Anne Lid (alle fra Bøvik kommune)",
     ["Bøvik kommune", "Bøvik kommune", "Bøvik kommune"]),
    ("Til stede: Kari Nes, Per Bø (begge Lunde), Anne Lid (Bøvik)", ["Lunde", "Lunde", "Bøvik"]),
])
def test_a_parenthesis_saying_all_or_both_covers_every_name_before_it(line, orgs):
    text = f"Referat fra styremøte 3. mars 2024\n\n{line}\n\nSak 1/24 Godkjenning\nGodkjent.\n"
    people = parse_bytes(text.encode(), "s.txt").participants
    assert [(p.name, p.organization) for p in people] == list(zip(
        ["Kari Nes", "Per Bø", "Anne Lid"], orgs, strict=True))


def test_an_organisation_on_behalf_of_a_person_is_a_person_not_the_organisation_before():
    text = ("Referat fra styremøte 3. mars 2024\n\n"
            "Til stede: Lunde kommune v/ Kari Nes, Per Bø, Bøvik kommune v/ Anne Lid\n\n"
            "Sak 1/24 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "s.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Kari Nes", "Lunde kommune"), ("Per Bø", None), ("Anne Lid", "Bøvik kommune")]


def test_names_with_their_mail_address_in_angle_brackets():
    assert clean("Kari Nes <kari.nes@example.no>") == "Kari Nes (kari.nes@example.no)"
    text = ("Referat fra styremøte 3. mars 2024\n\nTil stede:\n"
            "Kari Nes <kari.nes@example.no>\nPer Bø <per@example.no>\n\n"
            "Sak 1/24 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "s.txt").participants
    assert [p.name for p in people] == ["Kari Nes", "Per Bø"]


@pytest.mark.parametrize("sentence", ["Anne Lid deltok ikke under sak 4 (inhabil).",
                                      "Anne Lid deltok ikkje i handsaminga av sak 4."])
def test_someone_not_there_for_one_case_is_partial_with_the_whole_sentence(sentence):
    text = ("Referat fra styremøte 3. mars 2024\n\nTil stede: Kari Nes, Anne Lid\n"
            f"{sentence}\n\nSak 1/24 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "s.txt").participants
    assert (people[1].attendance, people[1].note) == ("partial", sentence[9:].rstrip("."))


def test_the_nynorsk_treasurer_is_a_seat_not_an_organisation():
    text = ("Styremøte 11. september 2024\n\nTil stades: Kari Nes (leiar), Per Bø (kasserar)\n\n"
            "Sak 21/24 Årboka\nManus er klart.\n")
    people = parse_bytes(text.encode(), "s.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Kari Nes", None, "chair"), ("Per Bø", None, "member")]


@pytest.mark.parametrize("text", ["Koordinator (leder)", "Rådgiver (referent)"])
def test_the_meeting_role_in_brackets_after_a_job_in_a_role_cell(text):
    from motebok.extract.participants import role_of
    assert role_of(text) == ("chair" if "leder" in text else "secretary")


def test_a_space_table_whose_role_column_gives_the_chair_in_brackets():
    text = ("REFERAT FRA MØTE I KOORDINERINGSGRUPPEN\n\nMøtedato: 05.03.25\n\nDeltakere:\n"
            "Navn                 Kommune          Funksjon\n"
            "Kari Nes             Lunde            Koordinator (leder)\n"
            "Per Bø               Bøvik            Rådgiver\n\n"
            "1/25   Status\n       Tatt til orientering.\n")
    people = parse_bytes(text.encode(), "k.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Kari Nes", "Lunde", "chair"), ("Per Bø", "Bøvik", "member")]


def _attendance_cell_docx(label: str, lines: list[str]) -> bytes:
    """A DOCX with a two-cell attendance row whose second cell holds one paragraph a line."""
    import docx
    document = docx.Document()
    document.add_heading("Referat styremøte 12.03.2024", 1)
    row = document.add_table(rows=1, cols=2).rows[0]
    row.cells[0].text = label
    fill_cell(row.cells[1], lines)
    document.add_heading("Sak 1/24 Godkjenning av innkalling", 2)
    document.add_paragraph("Innkallingen ble godkjent.")
    return docx_bytes(document)


@pytest.mark.parametrize("filename", ["referat.html", "referat.docx"])
def test_each_line_of_an_attendance_cell_is_a_person_with_the_role_beside_them(filename):
    lines = ["Kari Nordmann, leder", "Per Hansen", "Ola Berg"]
    if filename.endswith(".html"):
        data = ("<h1>Referat styremøte 12.03.2024</h1><table><tr><td>Til stede:</td>"
                f"<td>{'<br>'.join(lines)}</td></tr></table>"
                "<h2>Sak 1/24 Godkjenning av innkalling</h2><p>Innkallingen ble godkjent.</p>"
                ).encode()
    else:
        data = _attendance_cell_docx("Til stede:", lines)
    people = parse_bytes(data, filename).participants
    assert [(p.name, p.role) for p in people] == [
        ("Kari Nordmann", "chair"), ("Per Hansen", "member"), ("Ola Berg", "member")]


@pytest.mark.parametrize(("filename", "text"), [
    ("s.txt", "Referat styremøte 12.03.2024\n\nTil stede: Kari Nordmann, Guro Lie\n\n"
              "Fra administrasjonen:\nPer Hansen\tTor Li\nOla Berg\tGuro Østby\n\n"
              "Sak 1/24 Godkjenning\nGodkjent.\n"),
    ("s.html", "<h1>Referat styremøte 12.03.2024</h1><p>Til stede: Kari Nordmann, Guro Lie</p>"
               "<p>Fra administrasjonen:</p><table><tr><td>Per Hansen</td><td>Tor Li</td></tr>"
               "<tr><td>Ola Berg</td><td>Guro Østby</td></tr></table>"
               "<h2>Sak 1/24 Godkjenning</h2><p>Godkjent.</p>"),
])
def test_two_names_in_a_row_under_a_group_label_are_two_people(filename, text):
    people = parse_bytes(text.encode(), filename).participants
    assert [(p.name, p.organization, p.role) for p in people][2:] == [
        ("Per Hansen", "administrasjonen", "guest"), ("Tor Li", "administrasjonen", "guest"),
        ("Ola Berg", "administrasjonen", "guest"), ("Guro Østby", "administrasjonen", "guest")]


def test_a_name_in_a_column_headed_as_the_organisation_is_the_organisation():
    text = ("Referat styremøte 12.03.2024\n\nTil stede:\nNavn\tOrganisasjon\n"
            "Per Hansen\tTor Li\n\nSak 1/24 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "s.txt").participants
    assert [(p.name, p.organization) for p in people] == [("Per Hansen", "Tor Li")]


def test_a_name_copied_with_odd_spacing_is_no_padded_row():
    text = ("Styremøte\n\nDato: 14.02.2024\n\nTil stede:\nKari  Holm\nPer   Dahl\nSiri  Vik\n\n"
            "Sak 1 Budsjett\nGodkjent.\n")
    people = parse_bytes(text.encode(), "web.txt").participants
    assert [p.name for p in people] == ["Kari Holm", "Per Dahl", "Siri Vik"]


def test_people_an_organisation_sent_under_a_heading_without_a_colon():
    # a county protocol's groups, one per line, a name per line, items as bare words
    text = ("MØTEPROTOKOLL\n\nMøtedato: 14.06.2022 kl. 10:00 - 15:30\n\n"
            "Møtende medlemmer\nArne Krokstad (Senterpartiet)\nBerit Hagen (Høyre)\n\n"
            "Møtende varamedlem\nKjell Olsen (Fremskrittspartiet)\n\n"
            "Fra Revisjon Nord IKS møtte\nTove Hansen sak 13 og 14/2022\n"
            "Per Ivar Sæther sak 14/2022\n\n"
            "Fra Kontrollutvalgssekretariatet møtte\nSiri Bakken\n\n"
            "Sak 12/2022 Godkjenning av innkalling\nGodkjent.\n")
    people = parse_bytes(text.encode(), "ku.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance, p.note) for p in people][2:] == [
        ("Kjell Olsen", "Fremskrittspartiet", "member", "present", None),
        ("Tove Hansen", "Revisjon Nord IKS", "guest", "partial", "sak 13 og 14/2022"),
        ("Per Ivar Sæther", "Revisjon Nord IKS", "guest", "partial", "sak 14/2022"),
        ("Siri Bakken", "Kontrollutvalgssekretariatet", "secretary", "present", None)]


@pytest.mark.parametrize(("value", "people"), [
    ("Tove Hansen sak 13 og 14/2022, Per Bø", [("Tove Hansen", "sak 13 og 14/2022"),
                                               ("Per Bø", None)]),
    ("Kari Nes sak 3, 4, Ola Li", [("Kari Nes", "sak 3, 4"), ("Ola Li", None)]),
    ("Per Dahl og 2 elever", [("Per Dahl", None)]),  # a count, not a case number
])
def test_numbers_joined_by_og_or_a_comma_are_one_note(value, people):
    from motebok.extract.participants import parse_people_list
    found = parse_people_list(value, None, Attendance.PRESENT)
    assert [(e.name, e.note) for e in found] == people


def test_name_role_and_organisation_set_apart_by_plain_hyphens():
    text = ("Referat fra møte i Vestdal regionråd 4. mars 2024\n\nTil stede:\n"
            "Kari Nes - leder - Vestdal kommune\nPer Bø - Østdal kommune - nestleder\n"
            "Ola Dale - medlem – Sørvik kommune\nAnne Lid - rektor\n\n"
            "Sak 1/24 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "r.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Kari Nes", "Vestdal kommune", "chair"), ("Per Bø", "Østdal kommune", "member"),
        ("Ola Dale", "Sørvik kommune", "member"), ("Anne Lid", None, "member")]


@pytest.mark.parametrize(("line", "away_org", "deputy_org"), [
    ("Forfall: Ola Dale (vara: Per Lie)", None, None),
    ("Forfall: Ola Dale (Sp, vara Per Lie)", "Sp", "Sp"),  # one seat: the member's party
    ("Forfall: Ola Dale (Sp) (vara: Per Lie (Sp))", "Sp", "Sp"),
    ("Til stede: Kari Nes, Ola Dale (forfall, vara Per Lie møtte)", None, None),
    ("Til stede: Kari Nes, Ola Dale (forfall – vara Per Lie)", None, None),
    ("Forfall: Ola Dale, for ham møtte Per Lie", None, None),
    ("Forfall: Ola Dale (Sp), i hennes sted møtte Per Lie (Sp)", "Sp", "Sp"),
    ("Forfall: Ola Dale, Per Lie møtte som vara", None, None),
    ("Forfall: Ola Dale. Per Lie møtte som vara for Ola Dale.", None, None),
])
def test_the_deputy_who_came_named_with_the_member_away(line, away_org, deputy_org):
    text = f"Referat fra styremøte 4. mars 2024\n\n{line}\n\nSak 1/24 Godkjenning\nGodkjent.\n"
    people = {p.name: p for p in parse_bytes(text.encode(), "s.txt").participants}
    away, deputy = people["Ola Dale"], people["Per Lie"]
    assert (away.organization, away.attendance, away.note) == (away_org, "absent", None)
    assert (deputy.organization, deputy.role, deputy.attendance, deputy.note) == (
        deputy_org, "member", "present", "for Ola Dale")


def test_a_deputy_in_brackets_of_a_present_member_needs_words_saying_they_were_away():
    text = ("Referat fra styremøte 4. mars 2024\n\nTil stede: Kari Nes, Ola Dale (vara: Per Lie)"
            "\nForfall: Siv Moe (ingen vara)\n\nSak 1/24 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "s.txt").participants
    assert [(p.name, p.attendance) for p in people] == [
        ("Kari Nes", "present"), ("Ola Dale", "present"), ("Siv Moe", "absent")]


@pytest.mark.parametrize(("ending", "organization"), [
    ("Referent: Kari Nes, Vestdal regionråd", "Vestdal regionråd"),
    ("For referatet: Kari Nes / rådgiver, Vestdal kommune", "Vestdal kommune"),
    ("Ref.: Kari Nes, rådgiver i Vestdal kommune", "Vestdal kommune"),
    ("Referent: Kari Nes (Vestdal kommune)", "Vestdal kommune"),
    ("Kari Nes\nReferent, Vestdal kommune", "Vestdal kommune"),
    ("Med hilsen\nKari Nes\nsekretær i Vestdal regionråd", "Vestdal regionråd"),
    ("For referatet\nKari Nes\nrådgiver, Vestdal kommune", "Vestdal kommune"),
    ("Referent:\nKari Nes\nVestdal kommune", "Vestdal kommune"),
    ("Kari Nes\nreferent", None),
    ("Referent: Kari Nes, 5. mars 2024", None),
    ("Referent: Kari Nes (sign.)", None),
    ("Referent\nKari Nes\nGodkjent av styret", None),
])
def test_the_secretary_s_signature_names_whom_she_writes_for_only_when_it_says(
        ending, organization):
    text = ("Referat fra styremøte 4. mars 2024\n\nTil stede: Per Bø, Tor Vik\n\n"
            f"Sak 1/24 Godkjenning\nGodkjent.\n\n{ending}\n")
    people = parse_bytes(text.encode(), "s.txt").participants
    assert [(p.name, p.organization, p.role) for p in people][2:] == [
        ("Kari Nes", organization, "secretary")]


def test_a_table_under_a_group_label_takes_the_group_as_whom_they_represent():
    text = ("MØTEPROTOKOLL\n\nVestdal formannskap\n\nMøtedato: 04.03.2024\n\n"
            "Møtende medlemmer\nNavn\tFunksjon\tRepresenterer\nKari Nes\tLeder\tH\n\n"
            "Fra administrasjonen møtte\nNavn\tStilling\nTor Vik\tKommunedirektør\n\n"
            "Fra administrasjonen møtte:\nNavn          Stilling\nEva Li        konsulent\n\n"
            "PS 1/24 Godkjenning av innkalling\nVedtak: Godkjent.\n")
    people = parse_bytes(text.encode(), "p.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Kari Nes", "H", "chair"), ("Tor Vik", "administrasjonen", "guest"),
        ("Eva Li", "administrasjonen", "guest")]


@pytest.mark.parametrize(("line", "names"), [
    ("Til stede: NES, Kari (leder), BØ, Per Olav og LID, Anne",
     ["NES, Kari", "BØ, Per Olav", "LID, Anne"]),
    ("Til stede:\nNES, Kari (leder)\nBØ, Per Olav\nLID, Anne",
     ["NES, Kari", "BØ, Per Olav", "LID, Anne"]),
    ("Til stede: Kari NES (leder), Tone Merete ØDEGÅRD-HANSEN og Kari H. LID",
     ["Kari NES", "Tone Merete ØDEGÅRD-HANSEN", "Kari H. LID"]),
])
def test_surnames_in_capitals(line, names):
    text = f"Referat fra styremøte 4. mars 2024\n\n{line}\n\nSak 1/24 Godkjenning\nGodkjent.\n"
    people = parse_bytes(text.encode(), "s.txt").participants
    assert [p.name for p in people] == names
    assert people[0].role == "chair"


@pytest.mark.parametrize(("text", "is_name"), [
    ("Kari NES", True), ("Per Olav BØ", True), ("Kari SV", False), ("Per Bø UIA", False),
    ("Per Bø SV", False), ("Kari NAV", False),
])
def test_a_surname_in_capitals_after_first_names_is_a_name(text, is_name):
    assert looks_like_name(text) is is_name


def test_the_auditors_who_met_are_guests_and_a_lower_case_reason_or_job_no_organisation():
    text = ("Møteprotokoll\n\nUtval: Vestdal kontrollutval\nMøtedato: 04.03.2024\n\n"
            "Følgjande faste medlemer møtte:\nKari Nes, leiar\nPer Bø (ungdomskontakt)\n\n"
            "Fravær: Maja Holm (skoletur), Filip Berg (Vestdal kommune)\n"
            "Frå revisjonen møtte: Eva Li, oppdragsansvarleg revisor\n\n"
            "PS 1/24 Godkjenning av innkalling og sakliste\nVedtak: Samrøystes godkjent.\n")
    people = parse_bytes(text.encode(), "ku.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance) for p in people] == [
        ("Kari Nes", None, "chair", "present"), ("Per Bø", None, "member", "present"),
        ("Maja Holm", None, "member", "absent"),
        ("Filip Berg", "Vestdal kommune", "member", "absent"),
        ("Eva Li", "revisjonen", "guest", "present")]


def test_a_protocol_s_members_who_did_not_meet_and_a_guest_for_one_case_after_her_job():
    text = ("Referat fra møte i Vestdal eldreråd\n\nMøtedato: 15.02.2024\n\n"
            "Møtende medlemmer: Kari Nes (leder), Per Bø\n"
            "Møtende varamedlemmer: Siv Moe for Tor Vik\n"
            "Ikke møtende medlemmer: Tor Vik, Jon Aas\n"
            "Andre: Eva Li, kommunalsjef helse og omsorg (sak 3/24)\n\n"
            "Sak 1/24 Godkjenning av innkalling og saksliste\nVedtak: Godkjent.\n")
    people = parse_bytes(text.encode(), "e.txt").participants
    assert [(p.name, p.role, p.attendance, p.note) for p in people] == [
        ("Kari Nes", "chair", "present", None), ("Per Bø", "member", "present", None),
        ("Siv Moe", "member", "present", "for Tor Vik"), ("Tor Vik", "member", "absent", None),
        ("Jon Aas", "member", "absent", None), ("Eva Li", "guest", "partial", "sak 3/24")]


def test_a_seat_cell_with_a_note_and_a_group_named_like_a_person():
    text = ("Referat styremøte 9. januar 2024\n\nTilstede:\nKari Nes\t\tleder\n"
            "Siv Moe\t\tvara (møtte for Tor Vik)\n\nDeltakere fra andre organisasjoner:\n"
            "Innovasjon Norge: Ola Dale\n\nSak 1/24 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "s.txt").participants
    assert [(p.name, p.organization, p.role, p.note) for p in people] == [
        ("Kari Nes", None, "chair", None), ("Siv Moe", None, "member", "for Tor Vik"),
        ("Tor Vik", None, "member", None), ("Ola Dale", "Innovasjon Norge", "guest", None)]


def test_the_body_s_leader_by_its_kind_chairs_and_a_role_after_the_secretariat():
    text = ("Referat fra møte i Vestdal regionråd 14. juni 2024\n\nTilstede:\n"
            "Ordfører Kari Nes, Vestdal\nRegionrådsleder Tor Vik\n"
            "Rådgiver Eva Li, sekretariatet (referent)\n\n"
            "Sak 20/24 Godkjenning av innkalling\nGodkjent.\n")
    people = parse_bytes(text.encode(), "r.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Kari Nes", "Vestdal", "member"), ("Tor Vik", None, "chair"),
        ("Eva Li", "sekretariatet", "secretary")]


def test_a_note_after_a_seat_word_and_a_label_that_says_for_which_case():
    text = ("Protokoll fra møte i Vestdal kontrollutvalg\n\nTid: 04.03.2024 kl. 10.00\n\n"
            "Til stede:\nKari Nes, leder\nOla Dale, medlem (vara for Siv Moe)\n\n"
            "Forfall:\nSiv Moe, medlem\nJon Aas, medlem (ingen vara møtte)\n\n"
            "Fra administrasjonen (sak 5/24):\nLise Holm, kommunedirektør\n\n"
            "Sak 5/24 Orientering fra kommunedirektøren\nTatt til orientering.\n")
    people = parse_bytes(text.encode(), "ku.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance, p.note) for p in people] == [
        ("Kari Nes", None, "chair", "present", None),
        ("Ola Dale", None, "member", "present", "for Siv Moe"),
        ("Siv Moe", None, "member", "absent", None), ("Jon Aas", None, "member", "absent", None),
        ("Lise Holm", "administrasjonen", "guest", "partial", "sak 5/24")]


def test_a_place_or_a_seat_then_a_dash_then_the_person():
    text = ("Referat fra møte 4. mars 2024\n\nTil stede:\nLeder – Kari Nes\n"
            "Vestdal – Ola Dale og Siv Moe\nØstdal - Per Bø\nRådmann – Tor Vik\n"
            "Referent – Eva Li\n\nSak 1/24 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "r.txt").participants
    assert [(p.name, p.organization, p.role) for p in people] == [
        ("Kari Nes", None, "chair"), ("Ola Dale", "Vestdal", "member"),
        ("Siv Moe", "Vestdal", "member"), ("Per Bø", "Østdal", "member"),
        ("Tor Vik", None, "guest"), ("Eva Li", None, "secretary")]


@pytest.mark.parametrize("sentence", [
    "Ola Dale hadde meldt forfall, og vara Siv Moe møtte i hans sted.",
    "Siv Moe møtte som vara for Ola Dale, som hadde forfall.",
    "Ola Dale hadde forfall, hans vara Siv Moe møtte for ham.",
])
def test_a_sentence_on_the_deputy_who_came_and_the_member_away(sentence):
    text = ("Referat fra møte 4. mars 2024\n\nTil stede: Kari Nes, Per Bø\n"
            f"{sentence}\n\nSak 1/24 Godkjenning\nGodkjent.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "r.txt").participants}
    assert (people["Ola Dale"].attendance, people["Ola Dale"].note) == ("absent", None)
    assert (people["Siv Moe"].role, people["Siv Moe"].attendance, people["Siv Moe"].note) == (
        "member", "present", "for Ola Dale")


@pytest.mark.parametrize(("sentence", "place"), [
    ("Siv Moe møtte for Ola Dale, Vestdal.", "Vestdal"),
    ("Siv Moe møtte for Ola Dale, Vestdal kommune", "Vestdal kommune"),
    ("Siv Moe møtte for Ola Dale, som hadde forfall.", None),
])
def test_a_deputy_s_sentence_ending_in_the_seat_s_place_gives_both_the_place(sentence, place):
    text = ("Referat fra møte 4. mars 2024\n\nTil stede: Kari Nes, Per Bø\n\n"
            f"{sentence}\n\nSak 1/24 Godkjenning\nGodkjent.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "r.txt").participants}
    assert (people["Ola Dale"].attendance, people["Ola Dale"].organization) == ("absent", place)
    assert (people["Siv Moe"].note, people["Siv Moe"].organization) == ("for Ola Dale", place)


def test_how_people_took_part_in_a_sentence_or_in_their_brackets():
    text = ("Referat fra møte 4. mars 2024\n\nTil stede: Kari Nes, Per Bø, "
            "Siv Moe (telefon, fra sak 2), Tor Vik (tlf. 900 00 000)\n"
            "Per Bø og Ola Dale deltok på Teams.\n\nSak 1/24 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "r.txt").participants
    assert [(p.name, p.attendance, p.note) for p in people] == [
        ("Kari Nes", "present", None), ("Per Bø", "present", "på Teams"),
        ("Siv Moe", "partial", "telefon, fra sak 2"), ("Tor Vik", "present", None),
        ("Ola Dale", "present", "på Teams")]


def test_remarks_on_members_let_go_and_a_deputy_who_took_a_seat():
    text = ("Møteprotokoll\n\nUtvalg: Formannskapet\nMøtedato: 04.03.2024\n\n"
            "Møtende medlemmer: Kari Nes (leder), Per Bø, Siv Moe\n"
            "Merknader:\nPer Bø (Ap) ble permittert fra kl. 12.00.\n"
            "Siv Moe fratrådte møtet etter sak 4/24. Varamedlem Jon Aas tiltrådte.\n\n"
            "PS 1/24 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "fsk.txt").participants
    assert [(p.name, p.role, p.attendance, p.note) for p in people][1:] == [
        ("Per Bø", "member", "partial", "ble permittert fra kl. 12.00"),
        ("Siv Moe", "member", "partial", "fratrådte møtet etter sak 4/24"),
        ("Jon Aas", "member", "partial", "tiltrådte")]


def test_an_office_before_the_place_and_a_labelled_deputy_in_the_forfall_list():
    text = ("MØTEPROTOKOLL\n\nVestdal regionråd\n\nMøtedato: 12.06.2024\n\n"
            "Møtande medlemer:\nKari Nes (Sp), ordførar Vestdal, leiar\n"
            "Per Bø (Ap), ordførar Østdal\n\nForfall:\n"
            "Ola Dale (Sp), ordførar Sørvik – vara: Siv Moe (Sp), varaordførar Sørvik\n\n"
            "Sak 20/24 Godkjenning av innkalling og sakliste\nVedtak: Samrøystes godkjent.\n")
    people = parse_bytes(text.encode(), "rr.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance, p.note) for p in people] == [
        ("Kari Nes", "Vestdal", "chair", "present", None),
        ("Per Bø", "Østdal", "member", "present", None),
        ("Ola Dale", "Sørvik", "member", "absent", None),
        ("Siv Moe", "Sørvik", "member", "present", "for Ola Dale")]


@pytest.mark.parametrize(("lines", "roles"), [
    ("Deltakere: Kari Nes (prosjektleder), Per Bø\nReferent: Siv Moe",
     ["member", "member", "secretary"]),
    ("Deltakere: Kari Nes (PL), Per Bø, Siv Moe (referent)", ["member", "member", "secretary"]),
    ("Deltakere: Kari Nes (prosjektleder og referent), Per Bø", ["secretary", "member"]),
    ("Deltakere: Kari Nes (prosjektleder), Per Bø", ["secretary", "member"]),
])
def test_the_project_leader_is_the_secretary_only_when_nobody_else_takes_the_minutes(
        lines, roles):
    text = (f"Referat fra prosjektgruppemøte 4. mars 2024\n\n{lines}\n\n"
            "Sak 1/24 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "pg.txt").participants
    assert [p.role for p in people] == roles


def test_a_project_leader_listed_with_the_project_s_staff_is_a_guest():
    # "Fra prosjektet: X, prosjektleder" beside a "Referent:": the project's staff, who
    # report to the steering group without a seat in it
    text = ("Referat styringsgruppemøte 4. mars 2024\n\nReferent: Siv Moe\n\nTil stede:\n"
            "Kari Nes (leder)\nPer Bø\nFra prosjektet: Knut Aas, prosjektleder\n\n"
            "Sak 1/24 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "sg.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Siv Moe", "secretary"), ("Kari Nes", "chair"), ("Per Bø", "member"),
        ("Knut Aas", "guest")]


@pytest.mark.parametrize("line", ["Knut Aas, prosjektleder (referent)",
                                  "Knut Aas, prosjektleiar (sekretær)",
                                  "Knut Aas, fagansvarlig (referent)"])
def test_a_meeting_role_in_brackets_after_a_job_makes_the_secretary(line):
    text = ("Referat fra styremøte i Nordby Vel 14.03.2024\n\nTil stede:\n"
            f"Ola Nordmann, leder\nKari Holm, styremedlem\n{line}\n\n"
            "Sak 1 Godkjenning av innkalling\nInnkallingen ble godkjent.\n")
    people = parse_bytes(text.encode(), "s.txt").participants
    assert [(p.name, p.role) for p in people] == [
        ("Ola Nordmann", "chair"), ("Kari Holm", "member"), ("Knut Aas", "secretary")]


@pytest.mark.parametrize(("line", "organization", "role"), [
    ("Marit Kvåle, leiar, Sogndal", "Sogndal", ParticipantRole.CHAIR),
    ("Marit Kvåle, Sogndal, leiar", "Sogndal", ParticipantRole.CHAIR),
    ("Marit Kvåle (leiar), Sogndal", "Sogndal", ParticipantRole.CHAIR),
    ("Ola Berge, medlem, Luster", "Luster", ParticipantRole.MEMBER),
    ("Eva Li, Vik, referent", "Vik", ParticipantRole.SECRETARY),
])
def test_a_seat_word_beside_a_one_word_place(line, organization, role):
    from motebok.extract.participants import parse_people_list
    [entry] = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.organization, entry.role) == (organization, role)


def test_a_seat_word_between_two_names_is_no_place():
    from motebok.extract.participants import parse_people_list
    found = parse_people_list("Kari Nes, Ola Dale, Per Bø", ParticipantRole.MEMBER,
                              Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [
        ("Kari Nes", None), ("Ola Dale", None), ("Per Bø", None)]
    found = parse_people_list("Marit Kvåle, leiar, Sogndal, Ola Berge, Luster",
                              ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [  # places, after the first
        ("Marit Kvåle", "Sogndal"), ("Ola Berge", "Luster")]  # came after a seat word
    found = parse_people_list("Kari Nes, leiar, Ola, Per", ParticipantRole.MEMBER,
                              Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [
        ("Kari Nes", None), ("Ola", None), ("Per", None)]  # first names are no places
    found = parse_people_list("Kari Nes, leiar, Ola Dale", ParticipantRole.MEMBER,
                              Attendance.PRESENT)
    assert [(e.name, e.organization, e.role) for e in found] == [
        ("Kari Nes", None, ParticipantRole.CHAIR), ("Ola Dale", None, ParticipantRole.MEMBER)]


def test_a_person_named_for_an_organisation_in_a_tables_name_column():
    people = _people("Referat fra møte i samarbeidsutvalget 12.03.2024\n\n"
                     "| Navn | Representerer | Til stede |\n|---|---|---|\n"
                     "| Kari Nes | Vestdal kommune | x |\n| NAV v/ Ola Dale | | x |\n"
                     "| Per Bø v/ Helse Vest | | forfall |\n\n"
                     "Sak 1/24 Godkjenning av innkalling\nVedtak: Godkjent.\n")
    assert people == [("Kari Nes", "Vestdal kommune", "member", "present"),
                      ("Ola Dale", "NAV", "member", "present"),
                      ("Per Bø", "Helse Vest", "member", "absent")]


def test_a_deputys_second_bracket_names_whom_they_came_for():
    from motebok.extract.participants import parse_line
    found = parse_line("Siri Holm (KrF) for Anne Lie, Tor Vik (Ap) (for Hans Moe)",
                       ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.note) for e in found] == [
        ("Siri Holm", "KrF", "for Anne Lie"), ("Tor Vik", "Ap", "for Hans Moe")]


@pytest.mark.parametrize("ending", ["Kari Holm\nstyreleiar\n", "Kari Holm (sign.)\nleder\n"])
def test_the_chair_signs_over_the_title_on_the_next_line(ending):
    people = _people("Styremøte tirsdag 21.10.2026.\n\nTil stede: Kari Holm, Ola Dahl.\n\n"
                     f"Sak 1. Dugnad\nDet blir dugnad i mai.\n\n{ending}")
    assert [(p[0], p[2]) for p in people] == [("Kari Holm", "chair"), ("Ola Dahl", "member")]


@pytest.mark.parametrize(("label", "note"), [("Til stades frå sak 3", "frå sak 3"),
                                             ("Til stede fra kl. 11.30", "fra kl. 11.30")])
def test_a_present_label_saying_from_when_is_partial_attendance(label, note):
    record = parse_bytes(f"Styremøte 12.03.2024\n\nTil stede: Kari Holm\n{label}: Liv Lie\n\n"
                         "Sak 1/24 Innkalling\nGodkjent.\n".encode(), "referat.txt")
    liv = record.participants[1]
    assert (liv.name, liv.organization, liv.attendance, liv.note) == (
        "Liv Lie", None, "partial", note)


@pytest.mark.parametrize("head", [
    "Til stede:                      Forfall:\nKari Nes, leder                 Anne Lie\n"
    "Per Bø                          Hans Moe\nOla Dale\n",
    "| Til stede | Forfall |\n|---|---|\n| Kari Nes, leder | Anne Lie |\n| Per Bø | Hans Moe |\n"
    "| Ola Dale | |\n",
])
def test_attendance_lists_side_by_side_under_their_labels(head):
    people = _people(f"Referat fra styremøte 12.03.2024\n\n{head}\n"
                     "Sak 1/24 Godkjenning av innkalling\nVedtak: Godkjent.\n")
    assert [(p[0], p[2], p[3]) for p in people] == [
        ("Kari Nes", "chair", "present"), ("Per Bø", "member", "present"),
        ("Ola Dale", "member", "present"), ("Anne Lie", "member", "absent"),
        ("Hans Moe", "member", "absent")]


@pytest.mark.parametrize("header", ["Eldrerådet 14. mars 2024", "Eldrerådet 14. mars"])
def test_a_running_page_header_inside_the_attendance_list_is_nobodys_organisation(header):
    text = ("Protokoll fra møte i Eldrerådet\n\nDato: 14. mars 2024\nSted: Rådhuset\n\n"
            f"Til stede: Kari Holm, Ola Dahl,\n{header}\nPer Olsen og Siri Berg\n\n"
            "Sak 12/24 Helsetjenester\nOrientering.\n")
    people = parse_bytes(text.encode(), "referat.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Kari Holm", None), ("Ola Dahl", None), ("Per Olsen", None), ("Siri Berg", None)]


@pytest.mark.parametrize(("line", "organization", "note"), [
    ("Geir Lund (økonomisjef) til og med sak 4", None, "til og med sak 4"),
    ("Trine Holt, Statsforvaltaren, til og med sak 4", "Statsforvaltaren", "til og med sak 4"),
    ("Geir Lund, økonomisjef, fra og med sak 3", None, "fra og med sak 3"),
])
def test_up_to_and_including_an_item_is_one_note_not_two_people(line, organization, note):
    from motebok.extract.participants import parse_line
    from motebok.vocab import Attendance, ParticipantRole
    found = parse_line(line, ParticipantRole.GUEST, Attendance.PRESENT)
    assert [(e.organization, e.attendance, e.note) for e in found] == [
        (organization, Attendance.PARTIAL, note)]


@pytest.mark.parametrize(("line", "name", "organization", "role"), [
    ("Nes, Siv, Dal kommune", "Nes, Siv", "Dal kommune", ParticipantRole.MEMBER),
    ("Holm, Lars, Innlandet fylkeskommune (leder)", "Holm, Lars", "Innlandet fylkeskommune",
     ParticipantRole.CHAIR),
    ("Vik, Hilde, NAV", "Vik, Hilde", "NAV", ParticipantRole.MEMBER),
])
def test_a_name_written_surname_first_then_whom_they_represent(line, name, organization, role):
    from motebok.extract.participants import parse_line
    found = parse_line(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.role) for e in found] == [(name, organization, role)]
    # a list of places is no such name
    assert parse_line("Berg, Ås, Dal", ParticipantRole.MEMBER, Attendance.PRESENT) == []


def test_who_left_after_an_item_and_who_took_part_on_teams_in_one_paragraph():
    people = parse_bytes((
        "Referat faggruppemøte\n\nDato: 11.03.2022\nTil stede: Kari Nes, Per Bø og Siv Lie\n"
        "\nKari Nes deltok på Teams. Per Bø kom fra kl. 10.30. Siv Lie gikk etter sak 5.\n\n"
        "Sak 1 Velkommen\nGodkjent.\n").encode(), "referat.txt").participants
    assert [(p.name, p.attendance, p.note) for p in people] == [
        ("Kari Nes", "present", "på Teams"), ("Per Bø", "partial", "kom fra kl. 10.30"),
        ("Siv Lie", "partial", "gikk etter sak 5")]


def test_a_sentence_on_no_deputies_ends_a_forfall_list():
    people = _people("Styremøte 15.04.2024\n\nTil stede: Kari Nes, Per Bø\n"
                     "Meldt forfall: Tone Moe, Jon Aas. Ingen vara innkalt.\n\n"
                     "Sak 1 Innkalling\nGodkjent.\n")
    assert [(p[0], p[3]) for p in people] == [
        ("Kari Nes", "present"), ("Per Bø", "present"), ("Tone Moe", "absent"),
        ("Jon Aas", "absent")]


def test_guests_for_one_item_listed_in_the_head():
    people = parse_bytes((
        "Protokoll fra styremøte\n\nMøtedato: 5. februar 2024\n\n"
        "Møtende medlemmer: Kari Nes (leder), Per Bø\n"
        "Fra administrasjonen møtte: Anne Foss (daglig leder)\n"
        "Til stede under sak 4: Trine Holt (revisor)\n\n"
        "Sak 1 Godkjenning av innkalling\nGodkjent.\n").encode(), "styre.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance, p.note) for p in people][-1] == (
        "Trine Holt", None, "guest", "partial", "under sak 4")


@pytest.mark.parametrize("deputies", [
    "Varamedlemmer: Jon Aas, Eva Berg\n",
    "Varamedlemer innkallast ved forfall: Jon Aas, Eva Berg\n",
    "Kopi til varamedlemmer: Jon Aas, Eva Berg\n",
])
def test_deputies_named_in_a_summons_are_no_participants(deputies):
    # nor are the members it calls in: no one is named as attending a meeting not yet held
    record = parse_bytes((
        "INNKALLING TIL STYREMØTE\n\nTid: 20.04.2024 kl. 10.00\nSted: Kommunehuset\n\n"
        f"Styremedlemmer: Kari Nes (leder), Per Bø\n{deputies}\nSaksliste\n"
        "Sak 1/24 Godkjenning av innkalling\nSak 2/24 Referatsaker\n").encode(), "innk.txt")
    assert record.kind == "agenda"
    assert record.participants == []


def test_deputies_listed_in_minutes_are_participants():
    record = parse_bytes((
        "Referat fra styremøte 20.04.2024\n\nStyremedlemmer: Kari Nes (leder), Per Bø\n"
        "Varamedlemmer: Jon Aas\n\nSak 1/24 Godkjenning av innkalling\nGodkjent.\n"
    ).encode(), "referat.txt")
    assert [(p.name, p.role) for p in record.participants][-1] == ("Jon Aas", "member")


def test_guests_labelled_inside_an_item():
    people = _people(
        "Referat fra møte i Vestdal regionråd\n\nDato: 14.03.2024\n\n"
        "Til stede: Kari Nes (Ås), Per Bø (Berg)\n\n"
        "Sak 1/24 Næringsplan\nGjester: Lars Holm (Innovasjon Norge) og Eva Berg (NAV)\n"
        "Regionrådet tok saken til orientering.\n\n"
        "Sak 2/24 Samferdsel\nInnleder: Trine Holt, Statens vegvesen\n"
        "Til stede under saken: Geir Lund, Vestland fylkeskommune\nInnleder: Kari Nes\n"
        "Regionrådet tok saken til orientering.\n")
    assert people[2:] == [
        ("Lars Holm", "Innovasjon Norge", "guest", "present"),
        ("Eva Berg", "NAV", "guest", "present"),
        ("Trine Holt", "Statens vegvesen", "guest", "present"),
        ("Geir Lund", "Vestland fylkeskommune", "guest", "partial"),
    ]  # (Kari Nes, listed as a member, stays one)


def test_sentences_below_a_groups_list_are_not_its_entries():
    people = _people(
        "Protokoll\n\nMøte i styret for Vestdal Vekst AS\nDato: 8. mai 2024\n\n"
        "Til stede fra styret: Kari Nes (styreleder), Per Bø\n"
        "Til stede fra eierne: ordfører Ola Dahl, Vestdal kommune\n\n"
        "Styremedlem Tone Moe hadde meldt forfall. Varamedlem Jon Aas møtte ikke.\n\n"
        "Sak 10/24 Regnskap\nVedtak: Godkjent.\n")
    assert people[-2:] == [("Tone Moe", None, "member", "absent"),
                           ("Jon Aas", None, "member", "absent")]


@pytest.mark.parametrize("line", [
    "Jon Aas, 1. vara for Ola Dahl", "Jon Aas (2. varamedlem for Ola Dahl)",
    "Jon Aas i stedet for Ola Dahl", "Jon Aas (H) i staden for Ola Dahl (H)"])
def test_a_deputy_by_rank_or_instead_of_a_member(line):
    from motebok.extract.participants import parse_line
    found = parse_line(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.attendance, e.note) for e in found] == [
        ("Jon Aas", Attendance.PRESENT, "for Ola Dahl")]


@pytest.mark.parametrize(("line", "role"), [
    ("Lars Holm, rådgjevar, sekretær for utvalet", ParticipantRole.SECRETARY),
    ("Lars Holm, sekretær i rådet", ParticipantRole.SECRETARY),
    ("Lars Holm, nestleder i brukerrådet", ParticipantRole.GUEST),  # a seat: the label's role
])
def test_the_staffs_secretary_for_the_body_writes_the_minutes(line, role):
    from motebok.extract.participants import parse_line
    found = parse_line(line, ParticipantRole.GUEST, Attendance.PRESENT)
    assert [(e.name, e.role) for e in found] == [("Lars Holm", role)]


@pytest.mark.parametrize(("line", "note"), [
    ("Lars Holm (revisor, sak 2)", "sak 2"),
    ("Lars Holm (regnskapsfører, fra kl. 11)", "fra kl. 11"),
    ("Lars Holm (telefon, fra sak 2)", "telefon, fra sak 2"),  # how and when: both a note
])
def test_a_job_beside_when_someone_was_there_is_no_part_of_the_note(line, note):
    from motebok.extract.participants import parse_line
    found = parse_line(line, ParticipantRole.GUEST, Attendance.PRESENT)
    assert [(e.name, e.attendance, e.note) for e in found] == [
        ("Lars Holm", Attendance.PARTIAL, note)]


def test_a_seat_then_whom_one_represents_and_a_note_after_a_dash_in_a_list():
    people = parse_bytes((
        "Referat\n\nMøte: Brukerutvalget\nDato: 12.03.2024\n\nTil stede:\n"
        "Kari Nes, leder (Ås kommune)\nPer Bø - kom kl 10.15\nOla Dahl - deltok på Teams\n\n"
        "Sak 1/24 Godkjenning\nGodkjent.\n").encode(), "referat.txt").participants
    assert [(p.name, p.organization, p.role, p.attendance, p.note) for p in people] == [
        ("Kari Nes", "Ås kommune", "chair", "present", None),
        ("Per Bø", None, "member", "partial", "kom kl 10.15"),
        ("Ola Dahl", None, "member", "present", "deltok på Teams")]


@pytest.mark.parametrize("line", ["Ola Dahl og Tone Moe (arkitekt, Norconsult)",
                                  "Ola Dahl og Tone Moe (Norconsult, arkitekt)"])
def test_a_job_beside_whom_people_represent_in_their_brackets(line):
    from motebok.extract.participants import parse_line
    found = parse_line(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [
        ("Ola Dahl", "Norconsult"), ("Tone Moe", "Norconsult")]


@pytest.mark.parametrize("line", ["Ås kommune v/ ordfører Kari Nes", "Ås kommune ved Kari Nes"])
def test_an_organisation_and_the_person_it_sent_after_ved(line):
    from motebok.extract.participants import parse_line
    found = parse_line(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == [("Kari Nes", "Ås kommune")]


def test_names_written_surname_first_each_with_brackets_in_one_list():
    from motebok.extract.participants import parse_line
    found = parse_line("Nes, Kari (leder), Bø, Per, Lie, Siv (Dal kommune)",
                       ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization, e.role) for e in found] == [
        ("Nes, Kari", None, ParticipantRole.CHAIR), ("Bø, Per", None, ParticipantRole.MEMBER),
        ("Lie, Siv", "Dal kommune", ParticipantRole.MEMBER)]


@pytest.mark.parametrize(("sentence", "note"), [
    ("Eva Berg var ikke til stede under sak 4.", "var ikke til stede under sak 4"),
    ("Eva Berg måtte gå etter sak 5.", "måtte gå etter sak 5"),
    ("Eva Berg deltok via Teams fra sak 2.", "deltok via Teams fra sak 2"),
    ("Eva Berg kom seint.", "kom seint"),
    ("Eva Berg møtte kl. 11.", "møtte kl. 11"),
    ("Eva Berg gjekk etter sak 5.", "gjekk etter sak 5"),
])
def test_more_ways_of_saying_someone_was_there_for_part_of_the_meeting(sentence, note):
    from motebok.extract.participants import partial_sentences
    assert partial_sentences(sentence) == [("Eva Berg", None, note)]
    assert partial_sentences("Eva Berg deltok på Teams.") == []  # present, not partial


def test_a_protocols_remarks_on_who_left():
    people = parse_bytes((
        "PROTOKOLL\n\nUtval: Formannskapet\nMøtedato: 10.01.2024\n\n"
        "Faste medlemer som møtte: Kari Nes (Sp), Siv Lie (H)\n"
        "Merknader: Siv Lie gjekk etter sak 5/24.\n\n"
        "Sak 1/24 Godkjenning av innkalling\nGodkjent.\n").encode(), "protokoll.txt").participants
    assert [(p.name, p.attendance, p.note) for p in people] == [
        ("Kari Nes", "present", None), ("Siv Lie", "partial", "gjekk etter sak 5/24")]


@pytest.mark.parametrize("line", [
    "Ola Dahl – vara Jon Aas", "Ola Dahl, Jon Aas møtte", "Ola Dahl, erstattet av Jon Aas"])
def test_the_deputy_named_beside_an_absent_member_without_brackets(line):
    from motebok.extract.participants import parse_line
    found = parse_line(line, ParticipantRole.MEMBER, Attendance.ABSENT)
    assert [(e.name, e.organization, e.attendance, e.note) for e in found] == [
        ("Ola Dahl", None, Attendance.ABSENT, None),
        ("Jon Aas", None, Attendance.PRESENT, "for Ola Dahl")]


@pytest.mark.parametrize("text", ["Innovasjon Norge", "Statens Vegvesen"])
def test_state_bodies_are_no_names(text):
    assert not looks_like_name(text)


def test_who_presented_in_an_item_and_a_deputy_who_came_after_a_forfall_list():
    people = _people(
        "Referat fra møte i Vestdal eldreråd\n\nDato: 14.03.2024\n\n"
        "Til stede: Kari Nes (leder), Per Bø\nForfall: Ola Dahl. Vara Tone Moe møtte.\n\n"
        "Sak 1/24 Frivillighet\nLars Holm orienterte om frivilligsentralen. Nye Veier "
        "orienterte også.\n\nSak 2/24 Kultur\nSaka vart presentert av rådgjevar Eva Li frå "
        "Vestdal kommune. Per Bø orienterte.\n")
    assert people[2:] == [
        ("Ola Dahl", None, "member", "absent"), ("Tone Moe", None, "member", "present"),
        ("Lars Holm", None, "guest", "present"), ("Eva Li", "Vestdal kommune", "guest", "present")]


@pytest.mark.parametrize(("line", "organizations"), [
    # the title of everyone in the list is no part of the first name
    ("Ordførerne Kari Nes (Ås), Per Bø (Berg) og Siv Lie (Dal)", ["Ås", "Berg", "Dal"]),
    # "alle …" after each one's party: whom they all represent
    ("Kari Nes (Ap), Per Bø (H), Siv Lie (Sp) – alle Ås kommune", ["Ås kommune"] * 3),
])
def test_what_a_list_says_once_for_all_its_people(line, organizations):
    from motebok.extract.participants import parse_line
    found = parse_line(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == list(
        zip(["Kari Nes", "Per Bø", "Siv Lie"], organizations, strict=True))


@pytest.mark.parametrize(("line", "role"), [
    ("Tone Moe, prosjektleder (referent)", ParticipantRole.SECRETARY),
    ("Tone Moe, nestleder (referent)", ParticipantRole.SECRETARY),
])
def test_a_seat_then_the_meeting_role_in_brackets(line, role):
    from motebok.extract.participants import parse_line
    found = parse_line(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.role) for e in found] == [("Tone Moe", role)]


def test_nynorsk_sentences_on_who_sent_apologies_and_who_was_there_for_one_item():
    people = _people("Møtebok for levekårsutvalet\n\nMøtedato: 12.03.2024\n\n"
                     "Møtte: Kari Nes (leiar), Per Bø\n\nTone Moe melde forfall.\n"
                     "Per Bø var berre med under sak 2.\n\n"
                     "Sak 1/24 Godkjenning av innkalling\nSamrøystes godkjent.\n")
    assert [(p[0], p[3]) for p in people] == [
        ("Kari Nes", "present"), ("Per Bø", "partial"), ("Tone Moe", "absent")]


_BOXED_TEXT = ("Referat fra styremøte 04.03.2024\n\nTil stede: Kari Holm (leder), Per Dahl\n\n"
               "Forfall:\nOla Berg\nLiv Dahl\n\nSak 1/24 Eventuelt\n\nKonklusjon\n"
               "Styret ser på saken på neste møte.\nAnsvar: Per Dahl\n")


def _boxed(filename: str) -> bytes:
    """The minutes of ``_BOXED_TEXT`` with "Forfall" and the conclusion each framed in
    a table of one cell, as the format ``filename`` ends in writes such a frame."""
    if filename.endswith(".txt"):
        return _BOXED_TEXT.encode()
    absent, conclusion = ["Forfall:", "Ola Berg", "Liv Dahl"], [
        "Konklusjon", "Styret ser på saken på neste møte.", "Ansvar: Per Dahl"]
    if filename.endswith(".html"):
        def box(lines: list[str]) -> str:
            return "<table><tr><td>" + "".join(f"<p>{x}</p>" for x in lines) + "</td></tr></table>"
        return ("<h1>Referat fra styremøte 04.03.2024</h1>"
                "<p>Til stede: Kari Holm (leder), Per Dahl</p>" + box(absent) +
                "<h2>Sak 1/24 Eventuelt</h2>" + box(conclusion)).encode()

    import docx
    document = docx.Document()
    document.add_heading("Referat fra styremøte 04.03.2024", 1)
    document.add_paragraph("Til stede: Kari Holm (leder), Per Dahl")
    for heading, lines in ((None, absent), ("Sak 1/24 Eventuelt", conclusion)):
        if heading:
            document.add_heading(heading, 2)
        fill_cell(document.add_table(rows=1, cols=1).cell(0, 0), lines)
    return docx_bytes(document)


@pytest.mark.parametrize("filename", ["referat.html", "referat.docx"])
def test_a_table_of_one_cell_is_a_frame_round_lines_of_the_page(filename):
    # a frame round the absent and round a conclusion: its lines are lines, as in the
    # text copy (joined, the two names would be one and the label lost in the sentence)
    record = parse_bytes(_boxed(filename), filename).to_dict()
    assert record["participants"][2:] == [
        {"name": "Ola Berg", "organization": None, "role": "member", "attendance": "absent",
         "note": None},
        {"name": "Liv Dahl", "organization": None, "role": "member", "attendance": "absent",
         "note": None}]
    assert record["items"][0]["decisions"] == ["Styret ser på saken på neste møte."]
    plain = parse_bytes(_boxed("referat.txt"), "referat.txt").to_dict()
    assert {k: v for k, v in record.items() if k != "source"} == \
        {k: v for k, v in plain.items() if k != "source"}


def test_a_merged_row_of_one_cell_in_a_table_of_columns_stays_in_its_table():
    # "Sak | Tema | Ansvar" with the first item's text in a row across all columns
    record = parse_bytes(
        "<h1>Referat styremøte 12.03.2024</h1><p>Til stede: Kari Holm, Ola Dahl</p><table>"
        "<tr><td>Sak</td><td>Tema</td><td>Ansvar</td></tr>"
        "<tr><td>10/24</td><td>Orienteringer</td><td></td></tr>"
        "<tr><td colspan=3><p>Status ble gjennomgått.</p><p>Tatt til orientering.</p></td></tr>"
        "<tr><td>11/24</td><td>Nettside</td><td>Ola Dahl</td></tr></table>".encode(),
        "referat.html")
    assert [(i.number, i.title) for i in record.items] == [
        ("10/24", "Orienteringer"), ("11/24", "Nettside")]


def test_people_written_as_wiki_links_in_a_note_taking_apps_minutes():
    # Obsidian and other note apps link each person's page: [[Kari Holm]]
    text = ("# Styremøte 4. mars 2024\n\n**Deltakere:** [[Kari Holm]] (leder), [[Per Dahl]]\n"
            "**Forfall:** [[Liv Dahl]]\n\n## 1. Dugnad\n"
            "- [ ] [[Per Dahl]] bestiller container innen 1. april\n")
    record = parse_bytes(text.encode(), "styremote.md")
    assert [(p.name, p.attendance) for p in record.participants] == [
        ("Kari Holm", "present"), ("Per Dahl", "present"), ("Liv Dahl", "absent")]
    assert [(a.text, a.responsible) for a in record.items[0].actions] == [
        ("Per Dahl bestiller container innen 1. april", "Per Dahl")]


_LETTERHEAD_TEXT = ("Fjordvik vel\nStyret\nMØTEREFERAT\nDato: 4. mars 2024\nTid: 18.00–20.00\n"
                    "Sted: Grendehuset\n\nTil stede: Kari Holm (leder), Per Dahl\n\n"
                    "Sak 1/24 Godkjenning av innkalling\n\nInnkallingen ble godkjent.\n")


def _letterhead_in_columns(filename: str) -> bytes:
    """``_LETTERHEAD_TEXT`` with its head laid out as a table of one row: the club and
    the board on the left, the document's name, date, time and place on the right."""
    left, right = ["Fjordvik vel", "Styret"], ["MØTEREFERAT", "Dato: 4. mars 2024",
                                               "Tid: 18.00–20.00", "Sted: Grendehuset"]
    if filename.endswith(".html"):
        def cell(lines: list[str]) -> str:
            return "<td>" + "".join(f"<p>{line}</p>" for line in lines) + "</td>"
        return ("<table><tr>" + cell(left) + cell(right) + "</tr></table>"
                "<p>Til stede: Kari Holm (leder), Per Dahl</p>"
                "<h2>Sak 1/24 Godkjenning av innkalling</h2>"
                "<p>Innkallingen ble godkjent.</p>").encode()

    import docx
    document = docx.Document()
    row = document.add_table(rows=1, cols=2).rows[0]
    for cell, lines in zip(row.cells, (left, right), strict=True):
        fill_cell(cell, lines)
    document.add_paragraph("Til stede: Kari Holm (leder), Per Dahl")
    document.add_heading("Sak 1/24 Godkjenning av innkalling", 2)
    document.add_paragraph("Innkallingen ble godkjent.")
    return docx_bytes(document)


@pytest.mark.parametrize("filename", ["referat.html", "referat.docx"])
def test_a_letterhead_laid_out_in_the_columns_of_a_table_of_one_row(filename):
    record = parse_bytes(_letterhead_in_columns(filename), filename).to_dict()
    assert (record["title"], record["body"]) == ("MØTEREFERAT", "Styret")
    assert record["meeting"] == {"date": "2024-03-04", "start": "18:00", "end": "20:00",
                                 "location": "Grendehuset"}
    plain = parse_bytes(_LETTERHEAD_TEXT.encode(), "referat.txt").to_dict()
    assert {k: v for k, v in record.items() if k != "source"} == \
        {k: v for k, v in plain.items() if k != "source"}


def test_a_row_of_signatures_is_no_letterhead():
    # names over roles side by side, at the end: no "Label: value" line
    record = parse_bytes(
        "<h1>Referat styremøte 12.03.2024</h1><p>Til stede: Kari Holm, Per Dahl</p>"
        "<h2>Sak 1/24 Eventuelt</h2><p>Ingen saker.</p><table><tr>"
        "<td><p>Kari Holm</p><p>leder</p></td><td><p>Per Dahl</p><p>referent</p></td>"
        "</tr></table>".encode(), "referat.html")
    assert record.meeting.date == "2024-03-12"
    assert [p.name for p in record.participants] == ["Kari Holm", "Per Dahl"]


def test_a_paragraph_of_thousands_of_wrapped_lines_is_joined_in_linear_time():
    """Each wrapped line joins the paragraph above, which grows line by line; the tests
    of where a line ends look at the paragraph's end only (searched whole, these 3,000
    lines took most of a minute) and still end a heading stamped with a date."""
    from motebok.extract.text import Line, merge_wrapped
    from motebok.read.blocks import BlockKind

    def line(text):
        return Line(text=text, body=text, kind=BlockKind.PARAGRAPH, level=0, cells=(),
                    bold=False, gap=False)

    wrapped = [line("Tabellen viser tallene for kvartal 3") for _ in range(3000)]
    merged = merge_wrapped(wrapped)
    assert merged[0].text.count("kvartal 3") == 217  # 8,000 characters joined whole
    assert sum(m.text.count("kvartal 3") for m in merged) == 3000
    stamped = merge_wrapped([line("Tabellen viser tallene for kvartal 3"),
                             line("Behandling i Regionrådet - 12.03.2024"),
                             line("Saken ble drøftet")])
    # (the stamped heading is a unit of its own: it joins no line above either)
    assert [x.text for x in stamped] == ["Tabellen viser tallene for kvartal 3",
                                         "Behandling i Regionrådet - 12.03.2024",
                                         "Saken ble drøftet"]


def test_a_paragraph_stops_taking_lines_at_a_length_no_minutes_reach():
    """Lines without a full stop (digits, a column of figures, a dump) would join one
    paragraph that grows line by line and is copied at every line: 50,000 of them took
    minutes. Past 8,000 characters a paragraph takes no more lines."""
    from motebok.extract.text import Line, merge_wrapped
    from motebok.read.blocks import BlockKind

    def line(text):
        return Line(text=text, body=text, kind=BlockKind.PARAGRAPH, level=0, cells=(),
                    bold=False, gap=False)

    merged = merge_wrapped([line("123456 2024 12.03") for _ in range(20000)])
    assert 40 < len(merged) < 60 and all(len(m.text) < 8100 for m in merged)
    assert sum(m.text.count("2024") for m in merged) == 20000


def test_a_line_of_thousands_of_abbreviations_is_split_in_linear_time():
    """A stop after "kl." ends no sentence, so the sentence before it goes on; cutting
    it out at every such stop copied its growing front (50,000 "kl. 18.00" took
    seconds, twice as many four times as long). It is cut out where it ends."""
    parts = sentences("Møtet starter kl. 18.00 " * 60000 + "i dag. Neste møte kl. 19.00.")
    assert len(parts) == 2 and parts[0].count("kl.") == 60000
    assert parts[1] == "Neste møte kl. 19.00."


def test_markup_without_its_end_is_kept_in_linear_time():
    """Links, code spans and addresses that never close: each opening was scanned to the
    line's end (20,000 unclosed "[" took minutes); their words are still the line's, and
    closed ones are still reduced to their words."""
    assert clean("[" * 20000 + "](" * 20000) == "[" * 20000 + "](" * 20000
    assert clean("`" * 20000 + "a").endswith("`a")
    assert clean("<http:" * 20000).startswith("<http:<http:")
    assert clean("Se [sakspapirene](https://x.no/sak?id=1) og `budsjett v2`") == \
        "Se sakspapirene og budsjett v2"
    assert clean("Lenke: <https://x.no/a>") == "Lenke: https://x.no/a"


def test_a_task_line_ending_in_owner_initials_or_an_undated_deadline_ends_there():
    from motebok.extract.text import Line, merge_wrapped
    from motebok.read.blocks import BlockKind

    def line(text):
        return Line(text=text, body=text, kind=BlockKind.PARAGRAPH, level=0, cells=(),
                    bold=False, gap=False)

    merged = merge_wrapped([line("Rydde stien ved Storvatnet – ansvar: PD, frist: snarest"),
                            line("Søknad om spillemidler sendes innen 15. september."),
                            line("Bestille nye skilt til alle stiene, ansvar: KH/RB"),
                            line("Kart oppdateres før sommeren."),
                            # a name after the label goes on in the next line of a PDF
                            line("Kommunene melder inn kontaktpersoner. Ansvar: Tone Merete"),
                            line("Engebretsen")])
    assert [m.text for m in merged] == [
        "Rydde stien ved Storvatnet – ansvar: PD, frist: snarest",
        "Søknad om spillemidler sendes innen 15. september.",
        "Bestille nye skilt til alle stiene, ansvar: KH/RB", "Kart oppdateres før sommeren.",
        "Kommunene melder inn kontaktpersoner. Ansvar: Tone Merete Engebretsen"]


def test_per_and_from_and_with_before_a_date_end_no_sentence():
    assert sentences("Ola sender tall pr. 1. april. Kari sender brev f.o.m. 1. mai. Ny sak.") == [
        "Ola sender tall pr. 1. april.", "Kari sender brev f.o.m. 1. mai.", "Ny sak."]


def test_a_capital_letter_after_a_lower_case_word_ends_the_sentence():
    # an option's letter, not a middle initial (those follow a name: "Benthe K. Jansson")
    assert sentences("Styret går for alternativ B. Kari Holm skriver kontrakt.") == [
        "Styret går for alternativ B.", "Kari Holm skriver kontrakt."]
    assert sentences("K. Holm orienterte. Ny sak.") == ["K. Holm orienterte.", "Ny sak."]


@pytest.mark.parametrize("label", ["Ansvar:", "ansvarleg:", "Frist:"])
def test_a_line_ending_on_an_owner_label_goes_on_with_its_value(label):
    from motebok.extract.text import Line, merge_wrapped
    from motebok.read.blocks import BlockKind

    def line(text, gap=False):
        return Line(text=text, body=text, kind=BlockKind.PARAGRAPH, level=0, cells=(),
                    bold=False, gap=gap)
    merged = merge_wrapped([line(f"Styret ønsker dugnad i løpet av våren. {label}", gap=True),
                            line("Bjørn Moe innen 1. april.")])
    assert [m.text for m in merged] == [
        f"Styret ønsker dugnad i løpet av våren. {label} Bjørn Moe innen 1. april."]
    alone = merge_wrapped([line("Ansvar:", gap=True), line("Bjørn Moe")])
    assert len(alone) == 2  # a label alone on its line heads what is under it


def test_an_action_split_after_ansvar_keeps_its_owner_and_date():
    record = parse_bytes("Referat fra styremøte\n\nDato: 10. mars 2025\n\nSak 1/25 Dugnad\n"
                         "Styret ønsker dugnad i løpet av våren. Ansvar:\n"
                         "Bjørn Moe innen 1. april.\n\nSak 2/25 Eventuelt\nIngen saker.\n"
                         .encode(), "referat.txt")
    assert [(a.text, a.responsible, a.due) for a in record.items[0].actions] == [
        ("Styret ønsker dugnad i løpet av våren.", "Bjørn Moe", "2025-04-01")]


def test_a_lead_and_names_without_a_stop_ends_its_line():
    # "Til å skrive under protokollen: A og B" records who; the line below is a new sentence
    text = ("Protokoll fra årsmøte i Nordvik Båtforening\n\nDato: 12. mars 2025\n\n"
            "Sak 2 Valg\nTil å skrive under protokollen: Per Berg og Liv Dahl\n"
            "Årsmøtet valgte Anne Lie som ny leder.\n")
    item = parse_bytes(text.encode(), "protokoll.txt").items[0]
    assert item.decisions == ["Årsmøtet valgte Anne Lie som ny leder."]


def test_a_deputys_note_in_the_name_cell_of_a_padded_seat_row():
    text = ("Protokoll fra møte i representantskapet\n\nDato: 24. april 2025\n\nTil stede:\n"
            "Brekkvik kommune        Gunnar Rønning (leder)\n"
            "Vikdal kommune          Arild Sæther, vara for Marit Holm\n\n"
            "Sak 1 Konstituering\nGodkjent.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "p.txt").participants}
    assert people["Arild Sæther"].organization == "Vikdal kommune"
    assert people["Arild Sæther"].note == "for Marit Holm"
    assert people["Marit Holm"].attendance == Attendance.ABSENT


def test_a_job_with_its_field_before_a_name():
    text = ("Referat fra møte i styret\n\nDato: 9. september 2025\n\nDeltakere:\n"
            "Fylkesordfører Knut Aas\nFylkesdirektør for samferdsel Trine Vik\n\n"
            "1. Velkommen\nFylkesordfører Knut Aas ønsket velkommen og ledet møtet.\n")
    people = {p.name: p for p in parse_bytes(text.encode(), "p.txt").participants}
    assert set(people) == {"Knut Aas", "Trine Vik"}
    assert people["Knut Aas"].role == ParticipantRole.CHAIR  # he led the meeting


@pytest.mark.parametrize(("line", "people"), [
    # the body itself before "v/" is no organisation of the person
    ("Styret v/ Siv Nordahl (leder), Eirik Haug", [("Siv Nordahl", None), ("Eirik Haug", None)]),
    ("Rådet v/ Ola Brekke", [("Ola Brekke", None)]),
    ("Lunde kommune v/ Kari Nes", [("Kari Nes", "Lunde kommune")]),
    # a job title, "i" and the place before the name: the place is whom they represent
    ("Ordfører i Nordby Jon Berg, Lise Vik", [("Jon Berg", "Nordby"), ("Lise Vik", None)]),
    ("Varaordførar i Vestby kommune Eli Sand", [("Eli Sand", "Vestby kommune")]),
    ("Ordførar i Ullensvang, Kari Nes (leiar)", [("Kari Nes", "Ullensvang")]),
    # a whole job title with a seat word, then the organisation, in brackets
    ("Geir Dal (daglig leder Nordby frivilligsentral)", [("Geir Dal", "Nordby frivilligsentral")]),
])
def test_title_and_body_before_names(line, people):
    from motebok.extract.participants import parse_people_list
    from motebok.vocab import Attendance, ParticipantRole
    found = parse_people_list(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert [(e.name, e.organization) for e in found] == people


@pytest.mark.parametrize(("line", "note"), [
    ("Medlem       Anne Li                       (digitalt)", "digitalt"),
    ("Anne Li        (via Teams)", "via Teams"),
])
def test_padded_row_with_a_note_alone_in_its_column(line, note):
    """A note in brackets in its own column is the note, never the organisation."""
    from motebok.extract.participants import parse_line
    from motebok.vocab import Attendance, ParticipantRole
    [entry] = parse_line(line, ParticipantRole.MEMBER, Attendance.PRESENT)
    assert (entry.name, entry.organization, entry.note) == ("Anne Li", None, note)


def test_a_closing_abbreviation_before_a_capital_ends_its_sentence():
    # "kr." after an amount and "osv." after a list close their sentence before a word
    # that opens the next; abbreviations that lead into what follows never do
    assert sentences("Overskuddet ble på 40 000 kr. Regnskapet ble godkjent.") == [
        "Overskuddet ble på 40 000 kr.", "Regnskapet ble godkjent."]
    assert sentences("Vi kjøper stoler, bord osv. Kari bestiller.") == [
        "Vi kjøper stoler, bord osv.", "Kari bestiller."]
    assert sentences("Tilskudd på kr. 40 000 er gitt.") == ["Tilskudd på kr. 40 000 er gitt."]
    assert sentences("Rammen er 5 mill. NOK i år.") == ["Rammen er 5 mill. NOK i år."]
    assert sentences("Saken behandles jf. Sak 3/26 og bl.a. Oslo kommune svarer.") == [
        "Saken behandles jf. Sak 3/26 og bl.a. Oslo kommune svarer."]


def test_a_case_step_heading_joins_no_line_above_it():
    """A case system's step heading ("Vedtak i Kontrollutvalet - 03.02.2026") is a unit of
    its own: the line above it that stops without a full stop (the closed case's "… offl.
    § 13", "Kommunedirektøren si innstilling") does not run on into it."""
    from motebok.extract.text import Line, merge_wrapped
    from motebok.read.blocks import BlockKind

    def line(text):
        return Line(text=text, body=text, kind=BlockKind.PARAGRAPH, level=0, cells=(),
                    bold=False, gap=False)

    texts = ["Lukka sak - unnateke offentlegheit etter offl. § 13",
             "Vedtak i Kontrollutvalet - 03.02.2026",
             "Kontrollutvalet tek saka til orientering.",
             "Unntatt offentlighet etter offl. § 25",
             "Behandling i Formannskapet - 4.3.26",
             "Innstillingen ble enstemmig vedtatt."]
    assert [m.text for m in merge_wrapped([line(t) for t in texts])] == texts
    # a sentence wrapped before the name of a body and a date still joins
    wrapped = merge_wrapped([line("Saka vart send over til vedtak i"),
                             line("kommunestyret - 12.03.2026")])
    assert len(wrapped) == 1
    record = parse_bytes("Møteprotokoll\nUtval: Kontrollutvalet\nDato: 03.02.2026\n\n"
                         "PS 2/26 Oppfølging av varsel\nLukka sak etter offl. § 13\n"
                         "Vedtak i Kontrollutvalet - 03.02.2026\n"
                         "Kontrollutvalet tek saka til orientering.\n".encode(), "p.txt")
    assert record.items[0].text == ("Lukka sak etter offl. § 13\nVedtak i Kontrollutvalet - "
                                    "03.02.2026\nKontrollutvalet tek saka til orientering.")


def test_a_list_label_over_a_column_word_is_a_table_heading():
    """"Frå administrasjonen | Stilling" heads a case system's table: the list's label
    over the names and the job column's word, not "Frå administrasjonen: Stilling"; the
    job under it is no organisation."""
    record = parse_bytes("Møteprotokoll\nUtval: Eldrerådet\nMøtedato: 17.02.2026\n\n"
                         "Frå administrasjonen\tStilling\nAnita Djupvik\tKommunalsjef\n"
                         "Forfall\tParti\nPer Hole\tSP\n\n"
                         "PS 1/26 Eventuelt\nIngen saker.\n".encode(), "p.txt")
    assert [(p.name, p.organization, p.role, p.attendance) for p in record.participants] == [
        ("Anita Djupvik", "administrasjonen", ParticipantRole.GUEST, Attendance.PRESENT),
        ("Per Hole", "SP", ParticipantRole.MEMBER, Attendance.ABSENT)]


def test_lo_written_small_after_a_first_name_is_a_surname() -> None:
    """"Svein Lo" is a person; "LO" in capitals is the trade union, no surname."""
    assert looks_like_name("Svein Lo")
    assert not looks_like_name("Svein LO")


@pytest.mark.parametrize(("raw", "expected"), [
    ("Referatet vart ==godkjent==.", "Referatet vart godkjent."),
    ("_Sist endret av Liv Hauge 20.03.2026_", "Sist endret av Liv Hauge 20.03.2026"),
    ("Saka vart _ikkje_ vedteken.", "Saka vart ikkje vedteken."),
    # an equation, a rule, file names and snake_case stay as written
    ("a == b", "a == b"),
    ("====", "===="),
    ("Se referat_2026_03.docx", "Se referat_2026_03.docx"),
    ("felt_namn og _ alene", "felt_namn og _ alene"),
])
def test_clean_drops_a_note_apps_highlight_and_underscore_italics(raw: str,
                                                                   expected: str) -> None:
    assert clean(raw) == expected


def test_boxes_before_names_on_one_line_part_it_but_boxes_before_choices_do_not():
    from motebok.extract.text import _boxed_entries

    assert _boxed_entries("Møtt: ☒ Kari Holm ☐ Per Dahl") == ["Møtt:", "☒ Kari Holm",
                                                              "☐ Per Dahl"]
    assert _boxed_entries("Svar: ☐ Ja ☒ Nei") == ["Svar: ☐ Ja ☒ Nei"]
    assert _boxed_entries("Vi krysset av ☒ Kari Holm og ☐ Per Dahl") == [
        "Vi krysset av ☒ Kari Holm og ☐ Per Dahl"]
    # the label in bold ("**Møtt:**") is the same label
    assert _boxed_entries("**Møtt:** ☒ Kari Holm ☐ Per Dahl") == ["**Møtt:**", "☒ Kari Holm",
                                                                  "☐ Per Dahl"]


def test_a_line_whose_first_character_is_no_bullet_start_keeps_its_text() -> None:
    """``item_text`` and ``to_lines`` skip ``strip_bullet`` for a line that starts with no
    character of ``BULLET_STARTS`` and below U+25A0: for every such first character, and
    every text after it, the call would give the line back unchanged."""
    from motebok.extract.text import BULLET_STARTS, strip_bullet

    tails = ["", " ", " Kari Holm", "- Kari Holm", " ✅ Per Moe", "\u2610 Per", ".", "1. Sak"]
    for code in range(0x25A0):
        first = chr(code)
        if first in BULLET_STARTS:
            continue
        for tail in tails:
            assert strip_bullet(first + tail) == first + tail, repr(first + tail)
    assert strip_bullet("- Kari Holm") == "Kari Holm"  # (the test can fail)


def test_a_line_longer_than_a_typed_task_heading_is_none() -> None:
    """``merge_wrapped`` asks ``task_column_line`` only of lines of at most
    ``TASK_COLUMN_LINE_MAX`` characters: a longer one is no typed heading or row."""
    from motebok.extract.labels import TASK_COLUMN_LINE_MAX, task_column_line

    heading = "Tiltak – ansvarlig – frist"
    assert task_column_line(heading) is not None
    padded = heading + " " * (TASK_COLUMN_LINE_MAX + 1 - len(heading)) + "x"
    assert len(padded) > TASK_COLUMN_LINE_MAX and task_column_line(padded) is None


def test_a_paragraph_without_a_stop_holds_no_attendance_sentence_to_split() -> None:
    """``to_lines`` splits a paragraph at an attendance sentence after a stop only where
    the paragraph holds a "." or "!": without one, ``_ATTENDANCE_AFTER_STOP`` cannot
    match, whatever the words."""
    import random

    from motebok.extract.text import _ATTENDANCE_AFTER_STOP

    pieces = ["Møtet ble satt", "Til stede var", "Forfall", "Fra kommunene møtte",
              "Trine Lunde", "deltok", " ", "\n", "\t", "\xa0", ":", ",", "?", "Fraværende",
              "Frå Nav møtte", "Kari Holm", "kl 10", "Deltakere", "Møtende"]
    rng = random.Random(41)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        if "." not in text and "!" not in text:
            assert _ATTENDANCE_AFTER_STOP.search(text) is None, repr(text)
    assert _ATTENDANCE_AFTER_STOP.search("Møtet ble satt. Til stede var Kari Holm")


def test_a_paragraph_without_a_stop_before_a_space_holds_no_attendance_sentence() -> None:
    """``to_lines`` asks its attendance words only of a paragraph with ". " or "! ", or
    with an unprintable character (every space but " " is one): a split needs a stop
    and a space after it, so one sentence with its stop at the end ("Referatet ble
    godkjent.") or a stop inside a number ("kl 10.30") is never split."""
    import random

    from motebok.extract.text import _ATTENDANCE_AFTER_STOP, to_lines
    from motebok.read.blocks import Block, BlockKind

    pieces = ["Møtet ble satt", "Til stede var", "Forfall", "Fra kommunene møtte",
              "Trine Lunde", "deltok", " ", "\t", "\xa0", "\u2009", ".", "!", ":", ",",
              "Fraværende", "Frå Nav møtte", "Kari Holm", "kl 10.30", "Deltakere"]
    rng = random.Random(43)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        if ". " not in text and "! " not in text and text.isprintable():
            assert _ATTENDANCE_AFTER_STOP.search(text) is None, repr(text)
    # a no-break space after the stop is unprintable: the sentence still starts a line
    block = Block(BlockKind.PARAGRAPH, "Møtet ble satt av Kari Holm.\xa0Til stede var Per Dahl.")
    assert [line.text for line in to_lines([block])] == [
        "Møtet ble satt av Kari Holm.", "Til stede var Per Dahl."]


def test_a_capitalised_common_noun_broken_at_its_hyphen_joins_without_it() -> None:
    from motebok.read.blocks import join_at_hyphen

    # "Kommune-" / "styret" inside a sentence: a body's common noun, capitalised as an
    # institution, is one word broken; a name opening a compound keeps its hyphen
    assert join_at_hyphen("legges fram for Kommune-", "styret før sommeren") == \
        "legges fram for Kommunestyret før sommeren"
    assert join_at_hyphen("søknaden sendes til Fylkes-", "kommunen") == \
        "søknaden sendes til Fylkeskommunen"
    assert join_at_hyphen("saken oversendes Nav-", "kontoret") == "saken oversendes Nav-kontoret"
    assert join_at_hyphen("samarbeid i Hamar-", "regionen") == "samarbeid i Hamar-regionen"


def test_a_capitalised_word_broken_before_a_names_next_word_joins_without_its_hyphen() -> None:
    from motebok.read.blocks import join_at_hyphen

    # "Inno-" / "vasjon Norge": the broken word and the capitalised word after it are one
    # name of several words, so the hyphen was the line break's; real compounds keep theirs
    assert join_at_hyphen("tilskudd fra Inno-", "vasjon Norge og fylket") == \
        "tilskudd fra Innovasjon Norge og fylket"
    assert join_at_hyphen("søknad til Sel-", "skapet Nordbø Vekst") == \
        "søknad til Selskapet Nordbø Vekst"
    assert join_at_hyphen("erfaringene fra Nord-", "Norge kan brukes") == \
        "erfaringene fra Nord-Norge kan brukes"
    assert join_at_hyphen("saken oversendes Nav-", "kontoret. Neste sak") == \
        "saken oversendes Nav-kontoret. Neste sak"
    assert join_at_hyphen("til Helse-", "og omsorgsetaten") is None


def test_a_range_wrapped_after_its_en_dash_is_one_range() -> None:
    from motebok.read.blocks import join_at_hyphen

    # "plan for 2024–" / "2030": the dash between numbers stays and nothing comes between;
    # a dash after a space is a sentence's dash, which joins with a space as lines do
    assert join_at_hyphen("ny plan for helse og omsorg 2024–", "2030. Planen") == \
        "ny plan for helse og omsorg 2024–2030. Planen"
    assert join_at_hyphen("Møtet varte kl. 10.00–", "12.00") == "Møtet varte kl. 10.00–12.00"
    assert join_at_hyphen("Planen gjelder 2024 –", "2030") is None
    assert join_at_hyphen("Sak 2–", "Budsjett") is None


@pytest.mark.parametrize(("raw", "expected"), [
    ("Innkallingen ble godkjent .", "Innkallingen ble godkjent."),
    ("Sted: Åsvik grendehus , møterom 2", "Sted: Åsvik grendehus, møterom 2"),
    ("Dato: 14 . mars 2026", "Dato: 14. mars 2026"),
    ("Møtedato: 4 .5 .2026, kl. 18 .00", "Møtedato: 4.5.2026, kl. 18.00"),
    ("Tid: kl. 09. 00–11. 30", "Tid: kl. 09.00–11.30"),
    ("Tid: 09. 00 - 11. 30", "Tid: 09.00 - 11.30"),
    ("Tid: kl. 09 :00 – 11 :30", "Tid: kl. 09:00 – 11:30"),
    ("Tid: 09 : 00 – 11 : 30", "Tid: 09:00 – 11:30"),
    ("Resultat: 7 : 2 i favør", "Resultat: 7 : 2 i favør"),  # no time: a score stays
    ("Godkjent ! Er budsjettet klart ?", "Godkjent! Er budsjettet klart?"),
    ("Per Hansen ; Siri Dahl", "Per Hansen; Siri Dahl"),
    ("Frist: ? Ansvar: ?", "Frist: ? Ansvar: ?"),  # a mark standing for a value stays
    # an ellipsis, a file ending and a number of a list after a full stop stay
    ("Vi venter på svar ...", "Vi venter på svar ..."),
    ("Se vedlegg .pdf-fil", "Se vedlegg .pdf-fil"),
    ("Punkt 3. 12 personer har meldt seg.", "Punkt 3. 12 personer har meldt seg."),
    ("Møtet 12. 05-2026 ble avlyst", "Møtet 12. 05-2026 ble avlyst"),
])
def test_clean_closes_spaces_ocr_put_before_marks_and_inside_times(raw: str,
                                                                    expected: str) -> None:
    assert clean(raw) == expected


def test_an_agenda_s_first_case_under_the_title_is_no_running_header():
    # the agenda right under the title names "Sak nr. 14/26 …", which the minutes head again
    text = ("Referat: SRU styremøte 20. mars 2026\nDagsorden:\nSak nr. 14/26 Godkjenning av "
            "saksliste\nSak nr. 15/26 Budsjett\n\nTilstede: Kari Holm\n\n"
            "Sak nr. 14/26 Godkjenning av saksliste\nGodkjent.\n\n"
            "Sak nr. 15/26 Budsjett\nVedtatt.\n")
    record = parse_bytes(text.encode(), "sru.txt")
    assert [(item.number, item.decisions) for item in record.items] == [
        ("14/26", ["Godkjent."]), ("15/26", ["Vedtatt."])]


def test_a_heading_over_a_sentence_that_opens_with_a_count_is_not_joined_to_it():
    # "9 medlemskommunar deltek …": a number, a plural noun and a verb are prose; the short
    # heading above ended there (a line wrapped at a width fills it nearly to the widest)
    from motebok.extract.text import Line, merge_wrapped
    from motebok.read.blocks import BlockKind

    def line(text, gap=False):
        return Line(text=text, body=text, kind=BlockKind.PARAGRAPH, level=0, cells=(),
                    bold=False, gap=gap)

    merged = merge_wrapped([line("Deltaking i prosjektet", gap=True),
                            line("9 medlemskommunar deltek i prosjektet, og to kommunar har "
                                 "meldt interesse for å vere med frå hausten."),
                            line("Styringsgruppa tok orienteringa til vitande.")])
    assert [m.text for m in merged][:1] == ["Deltaking i prosjektet"]


def test_opens_with_count():
    from motebok.extract.text import opens_with_count

    assert opens_with_count("12 kommunar har svart på budsjettskissa.")
    assert opens_with_count("9 medlemskommuner deltar i prosjektet.")
    assert not opens_with_count("9 Budsjett for 2027")
    assert not opens_with_count("3 Eventuelt")


@pytest.mark.parametrize(("written", "plain"), [
    ("Kuoljok, Ánne Marja", "Ánne Marja Kuoljok"),  # Sami names: capitals beyond A–Å
    ("Utsi, Elle Márjá", "Elle Márjá Utsi"),
    ("Sara, Máret Ánne", None),  # "Sara" is a first name too: maybe two people in a list
])
def test_sami_names_written_surname_first(written, plain):
    assert uninverted(written) == plain


def test_a_surname_that_is_a_first_name_in_one_persons_cell():
    # a table's name cell holds one person: "Sara" is then her surname
    assert uninverted("Sara, Máret Ánne", one_person=True) == "Máret Ánne Sara"
    assert uninverted("Kari, Ola Holm", one_person=True) is None  # not all given names


def test_a_sentence_may_open_with_a_sami_capital():
    from motebok.extract.text import sentences
    assert sentences("Faggruppa lager en uttalelse. Ánte Gaup sender den innen 1. mars.") == [
        "Faggruppa lager en uttalelse.", "Ánte Gaup sender den innen 1. mars."]


def test_a_sentence_wrapped_after_an_abbreviations_stop_goes_on_in_small_letters():
    # "… en ramme på 3,2 mill." / "kroner.": the stop is the abbreviation's, and the line
    # below goes on in small letters, so it is the same sentence (a vedtak in a PDF)
    text = ("Referat styremøte\n\nDato: 3.3.2025\n\nSak 1/25 Kontrakt\nVedtak\n"
            "Styret gir daglig leder fullmakt til å inngå kontrakt innenfor en ramme på 3,2 mill.\n"
            "kroner.\nVedtatt mot 1 stemme.\n\nSak 2/25 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "styremote.txt")
    assert record.items[0].decisions == [
        "Styret gir daglig leder fullmakt til å inngå kontrakt innenfor en ramme på 3,2 mill. "
        "kroner.", "Vedtatt mot 1 stemme."]


def test_a_surname_that_is_a_first_name_on_its_own_attendance_line_is_kept():
    # "Sara" is a first name too, but two first names after the comma make one person
    # written surname first, as a table's one-person cell reads it
    text = ("Referat fra styremøte 3. mars 2024\n\n"
            "Til stede:\nKari Holm, leder\nSara, Máret Ánne (Sámi klinihkka)\n"
            "Dal, Ola (Nordby kommune); Nes, Siv (Ap)\n\n"
            "Sak 1/24 Godkjenning\nGodkjent.\n")
    people = parse_bytes(text.encode(), "s.txt").participants
    assert [(p.name, p.organization) for p in people] == [
        ("Kari Holm", None), ("Sara, Máret Ánne", "Sámi klinihkka"),
        ("Dal, Ola", "Nordby kommune"), ("Nes, Siv", "Ap")]


def test_a_cell_a_line_table_without_its_empty_last_cells_keeps_its_rows():
    """A converter that puts a web table one cell a line drops the empty cells: a row whose
    third cell is already the next name ended early, and a blank line ends the last."""
    cells = ["Namn", "Kommune", "Merknad", "Kari Dal", "Aurvik", "leiar", "Per Moe", "Nesby",
             "Siv Li", "Holt", "frå sak 2", "Ane Bø", "Aurvik"]
    blocks = [Block(kind=BlockKind.PARAGRAPH, text=text, gap=not n)
              for n, text in enumerate(cells)]
    blocks.append(Block(kind=BlockKind.PARAGRAPH, text="Forfall: Eva Lund"))
    rows = [line.text for line in to_lines(blocks)][:5]
    assert rows == ["Namn\tKommune\tMerknad", "Kari Dal\tAurvik\tleiar", "Per Moe\tNesby",
                    "Siv Li\tHolt\tfrå sak 2", "Ane Bø\tAurvik"]
    # the second cell a name: the organisation cannot be told from the next name
    shifted = [Block(kind=BlockKind.PARAGRAPH, text=text, gap=not n) for n, text in
               enumerate(["Namn", "Kommune", "Merknad", "Kari Dal", "Per Moe", "Nesby", ""])]
    assert [line.text for line in to_lines(shifted)][:3] == ["Namn", "Kommune", "Merknad"]


def test_a_cell_a_line_table_puts_cells_after_a_dropped_middle_cell_under_their_columns():
    """An empty cell in the middle of a row, dropped by the converter, would shift the
    cells after it one column left (an organisation read as a role): each cell goes back
    under the column its shape fits, a role word, a place, a party, a note."""
    cells = ["Navn", "Rolle", "Organisasjon", "Merknad", "Kari Dal", "leder", "Aurvik kommune",
             "Per Moe", "Nesby kommune", "kom kl. 11.00", "Siv Li", "medlem", "Holt kommune",
             "frå sak 2"]
    blocks = [Block(kind=BlockKind.PARAGRAPH, text=text, gap=not n)
              for n, text in enumerate(cells)]
    blocks.append(Block(kind=BlockKind.PARAGRAPH, text="Forfall: Eva Lund", gap=True))
    rows = [line.text for line in to_lines(blocks)][:4]
    assert rows == ["Navn\tRolle\tOrganisasjon\tMerknad", "Kari Dal\tleder\tAurvik kommune",
                    "Per Moe\t\tNesby kommune\tkom kl. 11.00",
                    "Siv Li\tmedlem\tHolt kommune\tfrå sak 2"]


@pytest.mark.parametrize(("cells", "placed"), [
    (("Kari Holm", "Ap", "leiar"), ("Kari Holm", "Ap", "", "leiar")),
    (("Kari Holm", "Luster", "leiar"), ("Kari Holm", "", "Luster", "leiar")),
    (("Kari Holm", "Ap", "Luster"), ("Kari Holm", "Ap", "Luster", "")),
    (("Kari Holm", "medlem"), ("Kari Holm", "", "", "medlem")),
])
def test_cells_of_a_short_row_under_party_municipality_and_role(cells, placed):
    assert _placed_cells(cells, ["namn", "parti", "kommune", "rolle"]) == placed


def test_a_page_s_running_header_under_the_page_number_is_no_item_text():
    text = ("Møtereferat\n\nDato: 16.01.2026\n\nDeltakere: Kari Holm, Per Berg\n\n"
            "1. Sykehus\nDet ble orientert om akuttfunksjonene på\n\nSide 1 av 2\n\n"
            "Nordvik – referat møte med benken 16.01.2026\n\nGjøvik. Notat sendes.\n")
    [item] = parse_bytes(text.encode(), "p.txt").items
    assert "referat møte" not in item.text and "Gjøvik" in item.text


def test_a_running_header_in_single_spaces_before_the_page_number_is_dropped():
    # a PDF's text layer lost the tab between the header's name and "Side 2": its repeats
    # with other numbers are the page's furniture, as the tabbed header is
    text = ("Innlandet fylkeskommune Side 1\n\nReferat fra nettverksmøte folkehelse\n\n"
            "Dato: 12.02.2025\n\nTil stede: Kari Moe (Gran), Per Li (Lunner)\n\n"
            "1. Legevakt\nPer Li orienterte om legevakten. Det er behov for flere leger\n\n"
            "Innlandet fylkeskommune Side 2\n\ni helgene. Nettverket tok saken til "
            "orientering.\n")
    record = parse_bytes(text.encode(), "n.txt")
    [item] = record.items
    assert "Side" not in item.text and "leger i helgene" in item.text
    assert record.title == "Referat fra nettverksmøte folkehelse"


def test_a_lone_reference_to_a_page_is_no_running_header():
    text = ("Referat fra nettverksmøte folkehelse\n\nDato: 12.02.2025\n\n"
            "Til stede: Kari Moe, Per Li\n\n1. Legevakt\nTallene står i vedlegget side 4\n"
            "Nettverket tok saken til orientering.\n")
    [item] = parse_bytes(text.encode(), "n.txt").items
    assert "vedlegget side 4" in item.text


def _row_cells(*cells: str) -> tuple[str, ...]:
    """The cells of a table row as ``to_lines`` makes them (after a heading row)."""
    blocks = [Block(BlockKind.TABLE_ROW, "Navn\tRolle", cells=("Navn", "Rolle")),
              Block(BlockKind.TABLE_ROW, "\t".join(cells), cells=cells, gap=False)]
    return to_lines(blocks)[-1].cells


@pytest.mark.parametrize(("cell", "expected"), [
    ("Kari Holm\nSolvik kommune", "Kari Holm, Solvik kommune"),
    ("Kari Holm\nleder, Solvik kommune", "Kari Holm, leder, Solvik kommune"),
    ("Kari Holm\n(frå sak 3)", "Kari Holm (frå sak 3)"),
    # no card: names a line, a sentence, a role over a name
    ("Kari Holm\nPer Dahl", "Kari Holm Per Dahl"),
    ("Kari Holm\norienterte om saken.", "Kari Holm orienterte om saken."),
    ("Leder\nKari Holm", "Leder Kari Holm"),
    ("Per Olav\nHaugen", "Per Olav Haugen"),  # a name that wrapped
])
def test_a_cell_of_a_name_over_its_organisation_is_read_as_a_list_line(cell, expected):
    assert _row_cells(cell, "Medlem")[0] == expected


def test_a_footers_words_over_the_next_page_are_no_items_text():
    text = ("Nordby AS\nProtokoll fra styremøte nr. 5/2025\nTid: 20. november 2025\n\n"
            "Sak 1/25 Handlingsplan\nDaglig leder presenterte utkastet.\n\n"
            "Nordby AS – Protokoll styremøte 5/2025                Side 1 av 2\n"
            "\x0cNordby AS – Protokoll styremøte 5/2025\n\n"
            "Vedtak: Styret slutter seg til planen.\n\n"
            "Nordby AS – Protokoll styremøte 5/2025                Side 2 av 2\n")
    item, = parse_bytes(text.encode(), "styre.txt").items
    assert "Protokoll styremøte" not in item.text


def test_a_short_bullet_without_a_stop_does_not_take_the_sentence_after_the_list():
    # in text that was never wrapped (its widest line is long), a short last bullet without
    # a stop ended where it stands: the capitalised sentence under it is the body's own,
    # not the rest of the bullet (a bullet wrapped at a width fills its line)
    text = ("Referat fra faggruppe helse\n\nMøtedato: 5. desember 2024\n\n1. Ungdom\n"
            "Synnøve Kolbu presenterte tall fra NAV: 214 unge mellom 18 og 29 år mottar "
            "arbeidsavklaringspenger i regionen.\n"
            "- Flere kommuner melder om lang ventetid\n"
            "- Behov for bedre samarbeid med oppfølgingstjenesten\n"
            "Faggruppen ble enige om å etablere en arbeidsgruppe for unge utenfor arbeid.\n\n"
            "2. Eventuelt\nIngen saker.\n")
    item = parse_bytes(text.encode(), "helse.txt").items[0]
    assert item.decisions == [
        "Faggruppen ble enige om å etablere en arbeidsgruppe for unge utenfor arbeid."]
    assert "oppfølgingstjenesten\nFaggruppen" in item.text


def _bulleted_cells_docx() -> bytes:
    """A DOCX item table "Sak | Tema | Referat" whose Referat cells hold Word bullet
    lists (paragraphs with numPr), as a secretary writes the talk in points."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from fixtures.builders import new_docx_list

    document = docx.Document()
    document.add_heading("Referat fra møte i kontaktutvalget", 1)
    document.add_paragraph("Dato: 12. mars 2026")
    bullets = new_docx_list(document, [("bullet", "•", 1)])
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Sak", "Tema", "Referat"), strict=True):
        cell.text = text
    for number, title, points in (
            ("4/26", "Beredskapsplan", ["Utkastet ble gjennomgått.",
                                        "Sekretariatet sender planen på høring innen 1. april."]),
            ("5/26", "Eventuelt", ["Kurs for ledere 24. april", "Ingen andre saker"])):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = number, title
        for n, point in enumerate(points):
            paragraph = cells[2].paragraphs[0] if n == 0 else cells[2].add_paragraph()
            paragraph.text = point
            num_pr = OxmlElement("w:numPr")
            for tag, value in (("w:ilvl", "0"), ("w:numId", bullets)):
                element = OxmlElement(tag)
                element.set(qn("w:val"), value)
                num_pr.append(element)
            paragraph._p.get_or_add_pPr().insert(0, num_pr)
    return docx_bytes(document)


def test_bullets_in_one_table_cell_stay_lines_of_the_item_and_give_their_tasks():
    # (s63h) each bullet a line of the text without its marker, also when none ends in a
    # full stop; the task among them is found as on a bulleted line
    record = parse_bytes(_bulleted_cells_docx(), "referat.docx")
    plan, other = record.items
    assert plan.text == ("Utkastet ble gjennomgått.\n"
                         "Sekretariatet sender planen på høring innen 1. april.")
    assert [(a.responsible, a.due) for a in plan.actions] == [("Sekretariatet", "2026-04-01")]
    assert other.text == "Kurs for ledere 24. april\nIngen andre saker"


def test_a_programme_tables_slot_keeps_its_cells_bullets_as_lines():
    # (s63h) "13:30 | Status | Kari | • … • …": the slot's bullets as a numbered row's
    page = ("<h1>Referat nettverksmøte 4. mars 2026</h1><table>"
            "<tr><th>Tid</th><th>Punkt</th><th>Hvem</th><th>Notater</th></tr>"
            "<tr><td>12:30</td><td>Velkommen</td><td>Mona</td><td>Referatet ble godkjent.</td>"
            "</tr><tr><td>13:30</td><td>Status prosjekter</td><td>Kari</td><td><ul>"
            "<li>Byggesaken er forsinket med en måned.</li><li>Piloten evalueres i april.</li>"
            "</ul></td></tr></table>")
    record = parse_bytes(page.encode(), "referat.html")
    assert [item.text for item in record.items] == [
        "Referatet ble godkjent.",
        "Byggesaken er forsinket med en måned.\nPiloten evalueres i april."]


def test_a_charts_figure_higher_than_the_deck_has_blocks_is_no_page_number():
    # (s63h) a slide's chart copied as text: "540" cannot number a page of a short deck
    deck = ("Nettverk for fagskole\n\nMøte 11. september 2025\n\nAgenda\n\n1. Velkommen\n"
            "2. Søkertall\n\nSøkertall\n\nSøkere per studiested\n\nGjøvik\n\nHamar\n\n540\n\n"
            "410\n\n- Nytt studium fra høsten\n")
    record = parse_bytes(deck.encode(), "foiler.txt")
    assert "540\n410" in record.items[-1].text
def test_a_charts_small_figures_next_to_each_other_are_no_page_numbers_nor_items():
    # (s64k) "3" / "12" under a caption, and "2" / "8" / "14": values side by side, no page
    # has its number next to another; "5" right under "Antall …" is the count's value
    deck = ("Folkehelsenettverket\n\nMøte 26. februar 2026\n\nAgenda\n\n1. Velkommen\n"
            "2. Ungdata\n3. Frisklivssentralene\n\nUngdata\n\nAntall kommuner med ny "
            "undersøkelse\n\n3\n\n12\n\n- Flere unge sover godt\n\nFrisklivssentralene\n\n"
            "Antall sentraler i fylket\n\n5\n\nDeltakere per sentral\n\n2\n\n8\n\n14\n\n"
            "- Nytt kurs fra våren\n")
    record = parse_bytes(deck.encode(), "foiler.txt")
    assert [(item.number, item.title) for item in record.items] == [
        ("1", "Velkommen"), ("2", "Ungdata"), ("3", "Frisklivssentralene")]
    assert "undersøkelse\n3\n12\nFlere" in record.items[1].text
    assert "fylket\n5\nDeltakere per sentral\n2\n8\n14" in record.items[2].text


def test_a_lone_page_number_between_two_pages_text_still_goes():
    text = ("Referat fra møte i faggruppe plan\nDato: 14.10.2025\n\n1. Arealregnskap\n"
            "Gruppen drøftet metoden.\n\n2\n\n2. Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [item.text for item in record.items] == ["Gruppen drøftet metoden.", "Ingen saker."]


def test_a_viewer_copys_footer_over_each_page_number_is_left_out():
    # a PDF viewer's copy keeps the footer in the flow: its line over "Side 1 av 2" comes
    # back over "Side 2 av 2", and is no text of the item the page ends in
    text = ("Referat fra møte i faggruppe plan\nDato: 14.10.2025\n1. Arealregnskap\n"
            "Gruppen drøftet metoden.\nVestregionen – Faggruppe plan\nSide 1 av 2\n"
            "2. Eventuelt\nIngen saker.\nVestregionen – Faggruppe plan\nSide 2 av 2\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert [item.text for item in record.items] == ["Gruppen drøftet metoden.", "Ingen saker."]


def test_a_line_over_one_page_number_only_stays():
    text = ("Referat fra møte i faggruppe plan\nDato: 14.10.2025\n1. Arealregnskap\n"
            "Gruppen drøftet metoden\nfor arealregnskapet i kommunene\nSide 1 av 2\n"
            "2. Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert "kommunene" in record.items[0].text


def test_a_line_split_after_a_page_break_frees_no_id_for_a_later_line():
    # (s66i) the line after a page number is flagged by its id; a run-in case heading there
    # ("**Sak 2/25 Vegstatus** Arbeidet …") is split into two new lines, and the flagged
    # one, dropped, freed its id: the next line made took it and, repeating the first
    # line's content ("Sted: Rådhuset"), was dropped as a running header. The flagged
    # lines are held, so no later line takes their id.
    para = BlockKind.PARAGRAPH
    blocks = [Block(para, "Sted: Rådhuset"), Block(para, "Referat fra styremøte"),
              Block(para, "Kari Holm, leder"), Block(para, "Sak 1/25 Godkjenning"),
              Block(para, "Godkjent."), Block(para, "Side 1 av 2"),
              Block(para, "**Sak 2/25 Vegstatus** Arbeidet går etter planen."),
              Block(para, "Sted: Rådhuset")]
    assert [line.text for line in to_lines(blocks)][-3:] == \
        ["Sak 2/25 Vegstatus", "Arbeidet går etter planen.", "Sted: Rådhuset"]


@pytest.mark.parametrize("wrapped", [
    "Saken utsettes – til sak\n3/24\npå neste møte.",  # the word for a case above
    "Saken ses i sammenheng med vedtaket i\n3/24\nom budsjett.",  # a sentence through it
])
def test_a_case_number_wrapped_onto_a_line_of_its_own_is_no_page_number(wrapped):
    # (s67f) "3/24" alone reads as page 3 of 24; after "sak", or inside a sentence that no
    # other page number of the same count repeats, it is the case the sentence names
    text = ("Referat fra møte i faggruppe kultur\n\nDato: 12.03.2024\n\nSak 4/24 Budsjett\n"
            f"{wrapped}\n\nSak 5/24 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert " ".join(wrapped.split("\n")) == record.items[0].text


def test_a_page_footer_n_of_m_inside_a_sentence_still_goes():
    # the same "n/m" repeated at each page break ("1/2", "2/2") numbers the pages
    text = ("Referat fra møte i faggruppe kultur\n\nDato: 12.03.2024\n\nSak 4/24 Budsjett\n"
            "Saken ses i sammenheng med vedtaket i\n1/2\nfjor om budsjett.\n\n"
            "Sak 5/24 Eventuelt\nIngen saker.\n2/2\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.items[0].text == "Saken ses i sammenheng med vedtaket i fjor om budsjett."
    assert record.items[1].text == "Ingen saker."


@pytest.mark.parametrize(("above", "below"), [
    ("Åpningen starter kl.", "10.00 på rådhuset."),
    ("Vi venter ca.", "40 deltakere fra kommunene."),
])
def test_a_figure_wrapped_after_an_abbreviation_that_leads_into_it_goes_on(above, below):
    # (s67f) "kl." cannot end a sentence: the hour under it is the same sentence's
    text = ("Referat fra møte i faggruppe kultur\n\nDato: 12.03.2024\n\nSak 4/24 Kulturdagene\n"
            f"Kulturdagene holdes 14. juni. {above}\n{below}\n\nSak 5/24 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.items[0].text == f"Kulturdagene holdes 14. juni. {above} {below}"


def test_a_numbered_line_after_a_closing_abbreviation_stays_apart():
    # "kr." may close its sentence: the line under it opens anew
    text = ("Referat fra møte i faggruppe kultur\n\nDato: 12.03.2024\n\nSak 4/24 Budsjett\n"
            "Rammen er 40 000 kr.\n2025 blir et år med stram økonomi.\n\n"
            "Sak 5/24 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.items[0].text == "Rammen er 40 000 kr.\n2025 blir et år med stram økonomi."


def test_a_capitalised_sentence_under_a_point_that_ends_with_a_stop_is_its_own_line():
    # a PDF's paragraph set at the point's indent under a list looks like the point
    # wrapped (``goes_on``); after the point's full stop a capital opens a sentence of
    # its own, while a point wrapped inside its sentence still goes on
    from motebok.extract.text import Line, merge_wrapped
    from motebok.read.blocks import BlockKind

    def line(text, kind=BlockKind.PARAGRAPH, goes_on=False):
        made = Line(text=text, body=text, kind=kind, level=0, cells=(), bold=False, gap=False)
        made.goes_on = goes_on
        return made

    merged = merge_wrapped([
        line("- Seljord sender tala sine før jul, og då kan analysen gå vidare til",
             BlockKind.LIST_ITEM),
        line("politisk handsaming i alle kommunane i løpet av våren."),
        line("Brannvesenet ønskjer at data om stengde vegar blir tekne med.", goes_on=True),
        line("- Analysen blir lagd fram i mars.", BlockKind.LIST_ITEM),
        line("kommunestyra får ho først.", goes_on=True)])
    assert [m.text for m in merged] == [
        "- Seljord sender tala sine før jul, og då kan analysen gå vidare til politisk "
        "handsaming i alle kommunane i løpet av våren.",
        "Brannvesenet ønskjer at data om stengde vegar blir tekne med.",
        "- Analysen blir lagd fram i mars. kommunestyra får ho først."]


@pytest.mark.parametrize("cut", ["denne\nprioriteringen:", "denne felles\nprioriteringen:"])
def test_a_line_cut_after_a_determiner_goes_on_past_the_nouns_colon(cut):
    # (s70c) "… ble enige om denne" / "prioriteringen:": a wrapped sentence, no label
    text = ("Referat\n\nDato: 03.06.2026\n\nSak 1 Prioritering\n"
            f"Utvalget gikk gjennom innspillene og ble enige om {cut}\n"
            "1. Fv. 9 Evje – Hornnes, gang- og sykkelveg\n")
    item = parse_bytes(text.encode(), "referat.txt").items[0]
    assert item.text.split("\n")[0].endswith("prioriteringen:")


def test_a_sentence_under_a_list_of_entries_without_stops_is_its_own_paragraph():
    from motebok.extract.text import Line, merge_wrapped
    from motebok.read.blocks import BlockKind

    def line(text, kind=BlockKind.PARAGRAPH):
        return Line(text=text, body=text, kind=kind, level=0, cells=(), bold=False, gap=False)

    # the entries stop with no full stop, so did the last: the board's outcome below it
    # is no rest of that entry
    merged = merge_wrapped([
        line("Dagleg leiar har gjort to delegerte vedtak:"),
        line("- Fjellgard Sanitetslag, tilskot kr 25 000 til hjartestartar", BlockKind.LIST_ITEM),
        line("- Bygdekinoen i Vassdal, tilskot kr 30 000 til nytt lerret", BlockKind.LIST_ITEM),
        line("Styret tok saka til vitande.")])
    assert [m.text for m in merged][-2:] == [
        "- Bygdekinoen i Vassdal, tilskot kr 30 000 til nytt lerret",
        "Styret tok saka til vitande."]
    # one entry alone, wrapped in the middle of its sentence, still goes on
    merged = merge_wrapped([
        line("- Kommunane sender oversikt over ledige tomter til", BlockKind.LIST_ITEM),
        line("Statsforvaltaren innan 1. mars.")])
    assert len(merged) == 1


def test_a_numbered_list_inside_a_sentence_is_one_sentence():
    # (s73g) the entries' numbers after the colon that opens the list end no sentence;
    # an unlisted "og 4." before a capital still does
    assert sentences("Som varamedlemmer velges i nummerert rekkefølge: 1. Solveig Håland, "
                     "2. Terje Øydna og 3. Marte Vatland. Valget var enstemmig.") == [
        "Som varamedlemmer velges i nummerert rekkefølge: 1. Solveig Håland, 2. Terje Øydna "
        "og 3. Marte Vatland.", "Valget var enstemmig."]
    assert sentences("Saken gjelder punkt 2 og 4. Styret vedtok planen.") == [
        "Saken gjelder punkt 2 og 4.", "Styret vedtok planen."]


def test_a_wrapped_numbered_list_inside_a_vedtak_stays_one_decision():
    # (s73g) a PDF's margin cut the sentence after a passive verb's words and after an
    # entry's number ("… og 3." / "Marte Vatland.")
    text = ("Referat fra styremøte\n\nSak 7/26 Valg av styre\nVedtak:\nBente Liland velges som "
            "styreleder, alle valgt for to år. Som varamedlemmer\nvelges i nummerert "
            "rekkefølge: 1. Solveig Håland, 2. Terje Øydna og 3.\nMarte Vatland.\n\n"
            "Sak 8/26 Eventuelt\nIngen saker.\n")
    record = parse_bytes(text.encode(), "referat.txt")
    assert record.items[0].decisions == [
        "Bente Liland velges som styreleder, alle valgt for to år.",
        "Som varamedlemmer velges i nummerert rekkefølge: 1. Solveig Håland, 2. Terje Øydna "
        "og 3. Marte Vatland."]


def test_a_line_that_trails_off_in_an_ellipsis_ends_its_sentence_over_a_capital():
    from motebok.extract.text import Line, merge_wrapped
    from motebok.read.blocks import BlockKind

    def line(text, gap=False):
        return Line(text=text, body=text, kind=BlockKind.PARAGRAPH, level=0, cells=(),
                    bold=False, gap=gap)

    merged = merge_wrapped([line("Skilnaden mellom kommunane er stor…", gap=True),
                            line("Faggruppa drøfta kva tala betyr."),
                            line("Tiltaka kom for seint, og …", gap=True),
                            line("resultatet vart deretter.")])
    assert [m.text for m in merged] == [
        "Skilnaden mellom kommunane er stor…", "Faggruppa drøfta kva tala betyr.",
        "Tiltaka kom for seint, og … resultatet vart deretter."]


def test_utf8_read_wrongly_once_or_twice_is_repaired_letter_by_letter():
    from motebok.extract.text import repair_mojibake

    assert repair_mojibake("MÃ¸te i Ã…sen â€“ kr 50 â‚¬") == "Møte i Åsen – kr 50 €"
    assert repair_mojibake("MÃƒÂ¸te i Ãƒâ€¦sen Ã¢â‚¬â€œ styret") == "Møte i Åsen – styret"
    assert repair_mojibake("Møte i Åsen – «godkjent»") == "Møte i Åsen – «godkjent»"


def test_a_least_or_greatest_amount_s_abbreviation_leads_into_its_figure():
    # (s78d) "min. 1 t/uke" is one sentence; "10 min." closes one as "kr." does
    assert sentences("Enighet om felles norm: min. 1 t/uke per 100 elever.") == [
        "Enighet om felles norm: min. 1 t/uke per 100 elever."]
    assert sentences("Maks. 20 deltakere per kurs.") == ["Maks. 20 deltakere per kurs."]
    assert sentences("Pause 10 min. Kari orienterte om saken.") == [
        "Pause 10 min.", "Kari orienterte om saken."]
