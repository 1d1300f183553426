"""One set of minutes gives one record, whichever format it was saved in.

Three invented minutes (header, attendance table, "Sak NN/24" items with "Vedtak:")
are built in every format; the record parsed from each must equal the record parsed
from the plain-text version (apart from ``source``: file name, hash and format differ).
"""

from __future__ import annotations

import pytest

from fixtures.builders import BUILDERS
from motebok.parse import parse_bytes

REGIONRAD = [
    ("heading", "Referat fra møte i Åsen regionråd"),
    ("para", "Tid: 14. februar 2024 kl. 10.00–12.00"),
    ("para", "Sted: Rådhuset, Nordby"),
    ("bold", "Til stede:"),
    ("table", [("Kari Nordmann (leder)", "Åsen kommune"), ("Øystein Bø", "Nordby kommune"),
               ("Siri Ærø", "Trøndelag fylkeskommune")]),
    ("para", "Forfall: Per Hansen"),
    ("para", "Referent: Lise Berg"),
    ("heading", "Sak 01/24 Godkjenning av innkalling og saksliste", 2),
    ("para", "Vedtak: Innkalling og saksliste ble godkjent."),
    ("heading", "Sak 02/24 Budsjett for 2024", 2),
    ("para", "Daglig leder la fram forslag til budsjett."),
    ("para", "Vedtak: Budsjettet ble enstemmig vedtatt."),
    ("heading", "Sak 03/24 Eventuelt", 2),
    ("para", "Ingen saker."),
    ("para", "Neste møte: 12. mars 2024 kl. 10.00 på Rådhuset."),
]

FAGGRUPPE = [
    ("heading", "Møtereferat – Faggruppe for næring"),
    ("para", "Tid: Torsdag 5. september 2024 kl. 09.00–11.30"),
    ("para", "Sted: Teams"),
    ("para", "Til stede:"),
    ("table", [("Navn", "Organisasjon"), ("Åse Lie", "Bø kommune"),
               ("Jon Æsøy", "Sauda kommune"), ("Guro Østby", "Næringsforeningen")]),
    ("heading", "Sak 10/24 Orienteringer"),
    ("list", ["Status for reiselivsprosjektet", "Nytt fra fylkeskommunen"], False),
    ("para", "Vedtak: Orienteringene ble tatt til orientering."),
    ("heading", "Sak 11/24 Handlingsplan 2025"),
    ("para", "Sekretariatet lager utkast til neste møte, ansvar: Åse Lie."),
    ("para", "Vedtak: Faggruppen slutter seg til forslaget."),
]

UTVALG = [
    ("para", "PROTOKOLL FRA UTVALG FOR KULTUR"),
    ("para", "Tid: 21. oktober 2024 kl. 18.00"),
    ("para", "Sted: Kulturhuset, Ørsta"),
    ("para", "Til stede:"),
    ("table", [("Leder", "Mari Vik", "Ørsta kommune"), ("Medlem", "Tor Ås", "Volda kommune"),
               ("Medlem", "Eli Brå", "Hareid kommune")]),
    ("heading", "Sak 21/24 Tilskudd til lag og foreninger", 2),
    ("list", ["Ørsta skolekorps: 20 000 kr", "Volda IL: 15 000 kr"], True),
    ("para", "Vedtak: Tilskuddene tildeles som foreslått."),
    ("heading", "Sak 22/24 Kulturprisen", 2),
    ("para", "Vedtak: Kulturprisen for 2024 går til Hareid mannskor."),
]

# A public-record system's møtebok: the header as a label table, the attendance in
# tables under their group's heading, "PS" cases with "Saksbehandler:" lines and
# "Behandling" / "Vedtak" sub-headings.
MOTEBOK = [
    ("heading", "Møtebok"),
    ("table", [("Utvalg:", "Hovedutvalg for teknikk og miljø"),
               ("Møtested:", "Formannskapssalen, Lindvik rådhus"),
               ("Møtedato:", "11.03.2025"), ("Møtetid:", "Fra kl. 09:00 til kl. 12:30")]),
    ("heading", "Faste medlemmer som møtte:", 3),
    ("table", [("Navn", "Funksjon", "Representerer"), ("Randi Helgesen", "Leder", "AP"),
               ("Jostein Myrvang", "Nestleder", "SP"), ("Linnea Dahle", "Medlem", "H")]),
    ("heading", "Faste medlemmer som ikke møtte:", 3),
    ("table", [("Navn", "Funksjon", "Representerer"), ("Eivind Rasten", "Medlem", "SV")]),
    ("para", "Protokollfører: Silje Aamodt"),
    ("heading", "PS 12/25 Godkjenning av møteprotokoll", 2),
    ("para", "Saksbehandler: Silje Aamodt"),
    ("heading", "Behandling i Hovedutvalg for teknikk og miljø - 11.03.2025", 3),
    ("para", "Ingen merknader."),
    ("heading", "Vedtak i Hovedutvalg for teknikk og miljø - 11.03.2025", 3),
    ("para", "Møteprotokoll fra 4. februar 2025 godkjennes."),
    ("heading", "PS 13/25 Trafikksikkerhetsplan 2025-2028", 2),
    ("para", "Saksbehandler: Terje Bakken"),
    ("heading", "Behandling i Hovedutvalg for teknikk og miljø - 11.03.2025", 3),
    ("para", "Linnea Dahle (H) ba om at skoleveien prioriteres."),
    ("heading", "Vedtak i Hovedutvalg for teknikk og miljø - 11.03.2025", 3),
    ("para", "Trafikksikkerhetsplanen sendes på høring."),
]

# A sentence on the next meeting in a paragraph of its own after the last item's text,
# with no heading over it: the next meeting in every format, no words of that item.
NESTE_MOTE = [
    ("heading", "Protokoll fra møte i Lindvik kontrollutvalg"),
    ("para", "Møtedato: 25. februar 2025, kl. 09.00–12.00"),
    ("para", "Til stede: Eirik Nes (leder), Marte Hovda, Olav Bråten"),
    ("heading", "Sak 01/25 Godkjenning av innkalling", 2),
    ("para", "Vedtak: Innkallingen godkjennes."),
    ("heading", "Sak 02/25 Eventuelt", 2),
    ("para", "Olav Bråten tok opp rutiner for innsyn i postlister."),
    ("para", "Neste møte blir 22. april kl. 09.00 i Lindvik rådhus."),
]

# An administrative group's summary: comma lists "Name (Org)" with "X og Y (Org)", the
# secretariat as a group of its own, a saksliste with page numbers before the sections.
ADMINISTRATIV = [
    ("para", "OPPSUMMERING ADMINISTRATIV GRUPPE"),
    ("para", "Tidspunkt: 6. mai 2025 kl. 9-11"),
    ("para", "Sted: Teams"),
    ("para", "Til stede: Eva Rud (Agder), Kåre Ask og Liv Moe (Rogaland)."),
    ("para", "Siri Dal og Tor Lid (sekretariatet)."),
    ("bold", "Saksliste"),
    ("table", [("Sak 08/25 Orienteringer", "2"), ("Sak 09/25 Høring om havneplan", "3")]),
    ("heading", "Sak 08/25 Orienteringer", 2),
    ("bold", "Agder"),
    ("para", "Ny næringsplan er på høring. Eva Rud sender planen til sekretariatet."),
    ("heading", "Sak 09/25 Høring om havneplan", 2),
    ("para", "Konklusjon: Sekretariatet sender innspillet innen 1. juni."),
]

# A project group's minutes: attendance in groups ("Fra kommunene:", "Tillitsvalgte:"),
# who came late and who left early in a sentence, numbered items with bullet points.
PROSJEKTGRUPPE = [
    ("heading", "Referat – møte i prosjektgruppen for Trygg hjemme"),
    ("para", "Dato: 3. februar 2026"),
    ("para", "Tid: kl. 12.00–14.00"),
    ("para", "Til stede:"),
    ("para", "Fra kommunene: Åse Lie (Tynset) og Per Ås (Alvdal)"),
    ("para", "Tillitsvalgte: Guro Bø (Fagforbundet)"),
    ("para", "Forfall: Odd Moe (Tolga)"),
    ("para", "Per Ås kom til møtet under sak 2. Guro Bø forlot møtet etter sak 2."),
    ("heading", "1. Status", 2),
    ("list", ["Kartleggingen er ferdig i alle kommunene", "Budsjettet holder"], False),
    ("para", "Prosjektgruppen tok orienteringen til orientering."),
    ("heading", "2. Velferdsteknologi", 2),
    ("list", ["Tre leverandører er vurdert",
              "PL lager anbefaling innen 1. mars"], False),
]

# A nynorsk network's minutes: a "Namn | Kommune" table with "(leiar)", "Meldt forfall:",
# "vart godkjent", and the meeting "i" a network named by its place first.
NETTVERK = [
    ("heading", "Referat frå nettverksmøte i Sunnfjord barnehagenettverk"),
    ("para", "Møtedato: 8. april 2025"),
    ("para", "Møtestad: Førde rådhus"),
    ("para", "Møtt:"),
    ("table", [("Namn", "Kommune"), ("Siv Vik (leiar)", "Sunnfjord kommune"),
               ("Ola Lote", "Fjaler kommune")]),
    ("para", "Meldt forfall: Kari Eide (Askvoll kommune)"),
    ("heading", "Sak 3/25 Godkjenning av innkalling", 2),
    ("para", "Vedtak: Innkallinga vart godkjent."),
    ("heading", "Sak 4/25 Eventuelt", 2),
    ("para", "Ingen saker vart melde."),
    ("para", "Neste møte: 10. juni 2025 i Fjaler."),
]

DOCUMENTS = {"regionråd": REGIONRAD, "faggruppe": FAGGRUPPE, "utvalg": UTVALG,
             "møtebok": MOTEBOK, "administrativ": ADMINISTRATIV,
             "prosjektgruppe": PROSJEKTGRUPPE, "nettverk": NETTVERK}
FORMATS = ["md", "html", "docx", "odt", "pdf"]


def record_without_source(fmt: str, doc) -> dict:
    """The parsed record of one rendering, without its ``source`` part."""
    record = parse_bytes(BUILDERS[fmt](doc), f"referat.{fmt}").to_dict()
    assert record.pop("source")["format"] == fmt
    return record


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_same_record_as_plain_text(fmt, name):
    doc = DOCUMENTS[name]
    assert record_without_source(fmt, doc) == record_without_source("txt", doc)


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "odt"])
def test_a_closing_next_meeting_paragraph_is_no_text_of_the_last_item(fmt):
    # (a PDF's text layer keeps no blank line between the paragraphs: its line under the
    # last item's sentence reads as that item's last line, which the gold reads as text)
    record = record_without_source(fmt, NESTE_MOTE)
    assert record == record_without_source("txt", NESTE_MOTE)
    assert record["items"][-1]["text"] == "Olav Bråten tok opp rutiner for innsyn i postlister."
    assert record["next_meeting"]["date"] == "2025-04-22"


# Minutes that mark a follow-up's owners in bold inside running text ("De i uthevet
# skrift følger opp …"): each paragraph is (kind, [(text, bold), …]). Every format keeps
# its bold runs inside a paragraph (Markdown "**…**", DOCX w:b and the "Strong" style,
# ODT an automatic text style in bold, HTML <strong> and Google Docs' weighted classes),
# so each gives the same owners.
BOLD_OWNERS = [
    ("h1", [("Referat fra styremøte i Lia velforening", False)]),
    ("p", [("Dato: 3. april 2025 kl. 19.00–21.00", False)]),
    ("p", [("Sted: Grendehuset på Lia", False)]),
    ("p", [("Til stede: Hanne Solberg (leder), Arvid Moen, Tone Kvam, Sindre Lund og "
            "Ragnhild Bakke", False)]),
    ("p", [("Referent: Tone Kvam", False)]),
    ("h2", [("Sak 12/25 Vårdugnad", False)]),
    ("p", [("Dugnaden blir lørdag 10. mai. ", False), ("Arvid Moen", True), (" og ", False),
           ("Sindre Lund", True), (" har ansvar for containere.", False)]),
    ("p", [("De i uthevet skrift følger opp med kommunen innen 1. mai.", False)]),
    ("h2", [("Sak 13/25 Eventuelt", False)]),
    ("p", [("Vedtak:", True), (" Styret tok saken til orientering.", False)]),
]


def _bold_md(doc) -> bytes:
    lines = []
    for kind, segments in doc:
        text = "".join(f"**{s}**" if bold else s for s, bold in segments)
        lines += [{"h1": "# ", "h2": "## "}.get(kind, "") + text, ""]
    return "\n".join(lines).encode()


def _bold_html(doc, google: bool = False) -> bytes:
    out = ["<html><head><style>.c1{font-weight:700}.c0{font-weight:400}</style></head><body>"]
    for kind, segments in doc:
        tag = kind  # (a soft line break: <br>)
        if google:
            text = "".join(f'<span class="{"c1" if bold else "c0"}">{s}</span>'
                           for s, bold in segments)
        else:
            text = "".join(f"<strong>{s}</strong>" if bold else s for s, bold in segments)
        out.append(f"<{tag}>{text}</{tag}>".replace("\n", "<br>"))
    return "\n".join([*out, "</body></html>"]).encode()


def _bold_docx(doc, strong_style: bool = False) -> bytes:
    import docx

    from fixtures.builders import docx_bytes

    document = docx.Document()
    for kind, segments in doc:
        if kind != "p":
            document.add_heading("".join(s for s, _ in segments), int(kind[1]))
            continue
        paragraph = document.add_paragraph()
        for text, bold in segments:
            run = paragraph.add_run(text)
            if bold and strong_style:
                run.style = document.styles["Strong"]
            elif bold:
                run.bold = True
    return docx_bytes(document)


def _bold_odt(doc) -> bytes:
    import io

    import odfdo

    document = odfdo.Document("text")
    document.insert_style(odfdo.Style("text", name="T1", bold=True), automatic=True)
    for kind, segments in doc:
        if kind != "p":
            document.body.append(odfdo.Header(int(kind[1]), "".join(s for s, _ in segments)))
            continue
        paragraph = odfdo.Paragraph("")
        for text, bold in segments:
            if bold:
                paragraph.append(odfdo.Span(text, style="T1"))
            else:
                paragraph.append(text)
        document.body.append(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_BOLD_BUILDERS = {
    "html": _bold_html,
    "google.html": lambda doc: _bold_html(doc, google=True),
    "docx": _bold_docx,
    "strong.docx": lambda doc: _bold_docx(doc, strong_style=True),
    "odt": _bold_odt,
}


@pytest.mark.parametrize("fmt", sorted(_BOLD_BUILDERS))
def test_bold_runs_inside_paragraphs_give_the_same_record(fmt):
    def record(data: bytes, name: str) -> dict:
        parsed = parse_bytes(data, name).to_dict()
        parsed.pop("source")
        return parsed

    expected = record(_bold_md(BOLD_OWNERS), "referat.md")
    got = record(_BOLD_BUILDERS[fmt](BOLD_OWNERS), f"referat.{fmt}")
    assert got == expected
    owners = [a["responsible"] for a in got["items"][0]["actions"]
              if a["text"].startswith("De i uthevet")]
    assert owners == ["Arvid Moen, Sindre Lund"]


# A text that went through Latin-1 on its way into a DOCX or an ODT (a converter, a mail
# merge, a copy out of an old system) keeps its Windows punctuation as C1 control codes
# in the XML: the dash of a time span, the quotes of a title, a table cell's apostrophe.
_C1_MINUTES = [
    ("heading", "Referat fra styremøte i Lia vel"),
    ("para", "Tid: 4. mars 2025 kl. 18.00{dash}20.00"),
    ("para", "Sted: Grendehuset"),
    ("para", "Til stede:"),
    ("table", [("Kari Nordmann (leder)", "Lia vel"), ("Ola Bø", "Lia{apos}s velforening")]),
    ("para", "Referent: Lise Berg"),
    ("heading", "Sak 1/25 {open}Godkjenning{close} av innkalling", 2),
    ("para", "Vedtak: Innkallingen ble godkjent."),
    ("heading", "Sak 2/25 Vårdugnad {dash} rydding av stien", 2),
    ("para", "Dugnad holdes 3. mai{dots} Ansvar: Ola Bø."),
]


def _c1_minutes(signs: dict[str, str]):
    def filled(entry):
        if isinstance(entry, str):
            return entry.format(**signs)
        if isinstance(entry, tuple):
            return tuple(filled(part) for part in entry)
        if isinstance(entry, list):
            return [filled(part) for part in entry]
        return entry
    return [filled(entry) for entry in _C1_MINUTES]


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_c1_controls_in_a_word_processor_file_read_as_the_cp1252_signs(fmt):
    controls = {"dash": "\x96", "apos": "\x92", "open": "\x93", "close": "\x94",
                "dots": "\x85"}
    signs = {"dash": "–", "apos": "’", "open": "“", "close": "”", "dots": "…"}
    got = parse_bytes(BUILDERS[fmt](_c1_minutes(controls)), f"referat.{fmt}").to_dict()
    expected = parse_bytes(BUILDERS["txt"](_c1_minutes(signs)), "referat.txt").to_dict()
    got.pop("source"), expected.pop("source")
    assert got == expected
    assert got["meeting"]["end"] == "20:00"
    assert got["items"][0]["title"] == "“Godkjenning” av innkalling"


def test_the_seed_family_reads_its_people_and_items_in_every_format():
    # (what the three minutes above give, so that "the same record" is also the right one)
    admin = record_without_source("txt", ADMINISTRATIV)
    assert [(p["name"], p["organization"], p["role"]) for p in admin["participants"]] == [
        ("Eva Rud", "Agder", "member"), ("Kåre Ask", "Rogaland", "member"),
        ("Liv Moe", "Rogaland", "member"), ("Siri Dal", "sekretariatet", "secretary"),
        ("Tor Lid", "sekretariatet", "secretary")]
    assert [item["number"] for item in admin["items"]] == ["08/25", "09/25"]
    project = record_without_source("txt", PROSJEKTGRUPPE)
    assert [(p["name"], p["attendance"]) for p in project["participants"]] == [
        ("Åse Lie", "present"), ("Per Ås", "partial"), ("Guro Bø", "partial"),
        ("Odd Moe", "absent")]
    assert project["items"][0]["text"] == (
        "Kartleggingen er ferdig i alle kommunene\nBudsjettet holder\n"
        "Prosjektgruppen tok orienteringen til orientering.")
    network = record_without_source("txt", NETTVERK)
    assert (network["body"], network["organization"]) == ("Sunnfjord barnehagenettverk", None)
    assert network["next_meeting"]["date"] == "2025-06-10"
