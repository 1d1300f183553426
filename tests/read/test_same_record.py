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

DOCUMENTS = {"regionråd": REGIONRAD, "faggruppe": FAGGRUPPE, "utvalg": UTVALG}
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
