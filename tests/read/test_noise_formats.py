"""Noise a word processor or web exporter adds to a DOCX, ODT or HTML file must not change
its reading (a metamorphic check, as ``tests/extract/test_noise.py`` is for plain text).

Word, LibreOffice and web exporters write the same visible text in many ways: a word
split over several runs or spans where its formatting changed mid-word, no-break and
narrow no-break spaces, soft hyphens, zero-width spaces, marks around runs (proofing
errors, bookmarks, smart tags, comments), fields whose result is the text (a link, a
cross-reference) and a page number in the footer, tracked changes (an insertion shown, a
deletion not), a page break opening a heading, a line break or TAB left at a
paragraph's end, empty paragraphs, LibreOffice's ``text:s`` for a space and its soft
page breaks, a web page's ``&nbsp;``, ``<br/>``, Word's ``<o:p>`` and mso classes,
comments, and ``<style>`` or ``<script>`` inside the body. Each such change, made alone
to a few minutes built in each format (``fixtures.builders``), must leave the record as
it was (compared as JSON without ``source``).

Kept out of the changes, because there the noise is structure and may change a reading:
- a line break (w:br, text:line-break, <br>) or a TAB for a space inside a paragraph: a
  typist sets lines apart with it (a letterhead's lines, a list typed line by line, a
  label ⇥ value pair, an agenda's page number), so it may part what a space joins; they
  are added only at a paragraph's end (and a TAB at a first line's start, an indent);
- a run of several spaces for one (``text:s text:c="3"``): spaces set columns apart in a
  paragraph typed as a table;
- an empty paragraph of a DOCX or ODT between two paragraphs or before a table: in a
  document typed line by line (an empty paragraph for each blank line) it is a blank
  line, which parts what it stands between, and such empty paragraphs are the sign of
  that way of typing (``read.blocks.tighten_typed_paragraphs``). Added are the empty
  paragraphs Word and Writer users type for air alone: beside another one, before a
  heading, at the body's start (in the first paragraph's style: it may open the first
  page's page style) and end;
- a formatting change mid-word that changes the weight: bold runs are read (a follow-up's
  owners set in bold), so the split parts keep the run's bold and change size or colour.

Besides the minutes built here, a fixed, seeded sample of the corpus's files in each
format takes the same noise, and every format's noise is also made all at once.
"""

from __future__ import annotations

import io
import itertools
import json
import random
import re
import zipfile
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from lxml import etree

from fixtures.builders import to_docx, to_html, to_odt
from fixtures.noise import with_soft_hyphens
from motebok.parse import parse_bytes

SEED = 62

# --- the minutes: a cooperation body's summary, a faggruppe's and a project group's ----

SUMMARY = [
    ("heading", "OPPSUMMERING ADMINISTRATIV GRUPPE"),
    ("para", "Tidspunkt: 9. mai 2025 kl. 09-11"),
    ("para", "Sted: Teams"),
    ("para", "Til stede: Randi Løkken (Agder), Henrik Svendsen og Ingrid Moe (Rogaland), "
             "Bjørn Tveit (Vestland)."),
    ("para", "Sunniva Haug og Amund Rø (sekretariatet)."),
    ("bold", "Saksliste"),
    ("para", "Sak 07/25 Orienteringer\t2"),
    ("para", "Sak 08/25 Felles innspill til regional planstrategi\t3"),
    ("para", "Sak 09/25 Eventuelt\t4"),
    ("heading", "Sak 07/25 Orienteringer", 2),
    ("para", "Fylkeskommunene orienterte om arbeidet med kompetansestrategiene."),
    ("heading", "Sak 08/25 Felles innspill til regional planstrategi", 2),
    ("para", "Sekretariatet la fram et utkast til felles innspill. Gruppen ga innspill "
             "til prioriteringene."),
    ("para", "Konklusjon: Sekretariatet ferdigstiller innspillet innen 1. juni."),
    ("heading", "Sak 09/25 Eventuelt", 2),
    ("para", "Ingen saker."),
]

FAGGRUPPE = [
    ("para", "Dato: 2.6.25"),
    ("heading", "Referat møte i Vestlandets faggruppe for reiseliv"),
    ("para", "Tid: Tirsdag 27. mai kl. 1300-1500"),
    ("para", "Frammøtte:"),
    ("table", [("NAVN", "KOMMUNE / REGION"),
               ("Tone Brekke (møteleder)", "Voss kommune/Vossaregionen"),
               ("Leif Haugland", "Sogndal kommune/Sogn regionråd"),
               ("Marit Sæle", "Bergen kommune/Bergensregionen"),
               ("Øyvind Kleppe", "Stord kommune/Sunnhordland")]),
    ("para", "Forfall: Hilde Vatne (Førde kommune)"),
    ("heading", "1. Velkommen og godkjenning av referat", 2),
    ("para", "Referatet fra forrige møte ble godkjent uten merknader."),
    ("heading", "2. Sesongen som kommer", 2),
    ("list", ["Cruisetrafikken øker med om lag ti prosent",
              "Flere overnattinger utenfor sentrum"], False),
    ("para", "Oppfølging: Marit Sæle sender tallene til gruppen innen 15. juni."),
    ("heading", "3. Eventuelt", 2),
    ("para", "Neste møte: 9. september 2025 kl. 13.00."),
]

PROSJEKT = [
    ("heading", "Referat fra møte i prosjektgruppen for felles barnevernvakt"),
    ("para", "Dato: 12. juni 2025, kl. 10.00–14.00"),
    ("para", "Sted: Rådhuset i Stord"),
    ("bold", "Til stede:"),
    ("para", "Fra kommunene: Gunn Lie (Stord), Pål Vik (Fitjar), Ellen Rabben (Kvinnherad)"),
    ("para", "Fra prosjektet: Anne Stokke (prosjektleder)"),
    ("para", "Tillitsvalgte: Jan Eide (Fagforbundet), Siv Onarheim (FO)"),
    ("para", "Forfall: Kåre Sandvik (Bømlo)"),
    ("para", "Pål Vik deltok fra sak 3."),
    ("para", "Referent: Anne Stokke"),
    ("heading", "1. Godkjenning av innkalling og referat", 2),
    ("para", "Innkalling og referat ble godkjent."),
    ("heading", "2. Status i prosjektet", 2),
    ("list", ["Kartleggingen av dagens vaktordninger er ferdig",
              ("Rekruttering av leder pågår", ["Intervjuer i uke 26"])], False),
    ("para", "Vedtak: Prosjektgruppen tar statusen til orientering."),
    ("heading", "3. Budsjett for 2026", 2),
    ("para", "Prosjektleder la fram forslag til fordeling etter innbyggertall."),
    ("para", "Vedtak: Forslaget sendes til rådmannsgruppen."),
    ("para", "Ansvar: Anne Stokke. Frist: 20. august."),
]

DOCUMENTS = {"summary": SUMMARY, "faggruppe": FAGGRUPPE, "prosjekt": PROSJEKT}
BUILD = {"docx": to_docx, "odt": to_odt, "html": to_html}

# And a fixed, seeded sample of the corpus's files in each format: real structure (styles,
# numbering, tables in tables, letterheads, Word's web pages) for the noise to land in.
CORPUS = Path(__file__).parents[1] / "extract" / "corpus"
SAMPLE = {"docx": 12, "odt": 8, "html": 12}


def _utf8(path: Path) -> bool:
    try:
        path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@cache
def _files(fmt: str) -> dict[str, bytes]:
    """The documents of a format by name: the minutes above built, and the sample."""
    files = {name: BUILD[fmt](doc) for name, doc in DOCUMENTS.items()}
    names = sorted(p.name for p in CORPUS.iterdir() if p.suffix == f".{fmt}"
                   and (fmt != "html" or _utf8(p)))
    for name in sorted(random.Random(SEED).sample(names, SAMPLE[fmt])):
        files[name] = (CORPUS / name).read_bytes()
    return files


def _record(data: bytes, fmt: str) -> str:
    """The record of a file as JSON, without ``source``."""
    record = parse_bytes(data, f"referat.{fmt}").to_dict()
    record.pop("source", None)
    return json.dumps(record, ensure_ascii=False, sort_keys=True, indent=1)


@cache
def _original(fmt: str, name: str) -> str:
    return _record(_files(fmt)[name], fmt)


# --- text noise, the same in every format ---------------------------------------------

_LONG_WORD = re.compile(r"[^\W\d_]{9,}")


def _nbsp(text: str, rng: random.Random) -> str:
    """About a third of the spaces between words as NBSP or narrow NBSP (Word's
    Ctrl+Shift+Space, LibreOffice's autocorrect before "kr" and in "kl. 10")."""
    return re.sub(r"(?<=\S) (?=\S)", lambda m: rng.choice("\u00a0\u202f  ")
                  if rng.random() < 0.5 else " ", text)


def _soft_hyphen_char(text: str, rng: random.Random) -> str:
    """A soft hyphen (U+00AD, as LibreOffice and HTML exporters keep it) in about half
    the long words."""
    return with_soft_hyphens(text, rng, _LONG_WORD)


def _zero_width(text: str, rng: random.Random) -> str:
    """Zero-width spaces at some word ends and at the text's end (web editors)."""
    text = re.sub(r"(?<=\w)(?= )", lambda m: "\u200b" if rng.random() < 0.3 else "", text)
    return text + "\u200b" if rng.random() < 0.5 else text


TEXT_NOISE: dict[str, Callable[[str, random.Random], str]] = {
    "nbsp": _nbsp,
    "soft_hyphen_char": _soft_hyphen_char,
    "zero_width": _zero_width,
}


def _cuts(text: str, rng: random.Random) -> list[str]:
    """The text cut inside one or two of its words (where formatting changed)."""
    inside = [n for n in range(1, len(text)) if text[n - 1].isalnum() and text[n].isalnum()]
    if not inside:
        return [text]
    at = sorted(rng.sample(inside, min(len(inside), rng.randint(1, 2))))
    bounds = [0, *at, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


# --- DOCX -----------------------------------------------------------------------------

W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_URI}}}"


def _w(tag: str, **attrs: str):
    """A w: element with w: attributes."""
    el = etree.Element(f"{W}{tag}")
    for key, value in attrs.items():
        el.set(f"{W}{key}", value)
    return el


def _text_runs(root) -> list:
    """The body's runs that hold one w:t (what the builder writes for a text)."""
    return [r for r in root.iter(f"{W}r")
            if len(r.findall(f"{W}t")) == 1 and (r.find(f"{W}t").text or "").strip()]


def _run_like(run, text: str):
    """A copy of a run's properties with another text."""
    new = _w("r")
    rpr = run.find(f"{W}rPr")
    if rpr is not None:
        new.append(_copy(rpr))
    t = _w("t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    new.append(t)
    return new


def _copy(el):
    return etree.fromstring(etree.tostring(el))


def _docx_text(root, rng: random.Random, change) -> None:
    for run in _text_runs(root):
        t = run.find(f"{W}t")
        t.text = change(t.text, rng)
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _docx_split_runs(root, rng: random.Random) -> None:
    """Words split over several runs; the middle part in another size or colour, as
    Word saves a word whose formatting changed mid-word (or a spell check's rsid)."""
    for run in _text_runs(root):
        if any(child.tag not in (f"{W}rPr", f"{W}t") for child in run):
            continue  # (a run that also breaks a line, or holds a TAB)
        pieces = _cuts(run.find(f"{W}t").text, rng)
        if len(pieces) == 1:
            continue
        for n, piece in enumerate(pieces):
            new = _run_like(run, piece)
            if n % 2:
                rpr = new.find(f"{W}rPr")
                if rpr is None:
                    rpr = _w("rPr")
                    new.insert(0, rpr)
                rpr.append(_w("color", val="1F3864"))
                rpr.append(_w("sz", val="22"))
                new.set(f"{W}rsidR", "00A1B2C3")
            run.addprevious(new)
        run.getparent().remove(run)


def _docx_space_runs(root, rng: random.Random) -> None:
    """Some spaces between words as runs of their own without the run's bold or other
    formatting (Word leaves the space after a bold word plain, or a space typed later
    gets its own rsid)."""
    for run in _text_runs(root):
        if any(child.tag not in (f"{W}rPr", f"{W}t") for child in run):
            continue
        words = run.find(f"{W}t").text.split(" ")
        if len(words) < 2:
            continue
        texts = [words[0]]
        for word in words[1:]:
            if rng.random() < 0.5:
                texts += [" ", word]
            else:
                texts[-1] += " " + word
        for text in texts:
            new = _run_like(run, text) if text != " " else _run_like(_w("r"), text)
            run.addprevious(new)
        run.getparent().remove(run)


def _docx_wrappers(root, rng: random.Random) -> None:
    """Proofing marks, bookmarks, smart tags, comment marks and rendered page breaks
    around and between runs."""
    for n, run in enumerate(_text_runs(root)):
        parent = run.getparent()
        choice = (n + rng.randint(0, 7)) % 8
        if choice == 0:
            run.addprevious(_w("proofErr", type="spellStart"))
            run.addnext(_w("proofErr", type="spellEnd"))
        elif choice == 1:
            run.addprevious(_w("bookmarkStart", id=str(n), name=f"_Toc{n}"))
            run.addnext(_w("bookmarkEnd", id=str(n)))
        elif choice == 2:
            tag = _w("smartTag", uri="urn:schemas-microsoft-com:office:smarttags",
                     element="PersonName")
            run.addprevious(tag)
            parent.remove(run)
            tag.append(run)
        elif choice == 3:
            run.addprevious(_w("commentRangeStart", id=str(n)))
            run.addnext(_w("commentRangeEnd", id=str(n)))
            reference = _w("r")
            reference.append(_w("commentReference", id=str(n)))
            run.getnext().addnext(reference)
        elif choice == 4:
            run.insert(0 if run.find(f"{W}rPr") is None else 1, _w("lastRenderedPageBreak"))
        else:
            wrapper = (_w("hyperlink", anchor=f"_Ref{n}", history="1"),
                       _w("fldSimple", instr=' MERGEFIELD "Felt" '), _w("sdt"))[choice - 5]
            inner = wrapper
            if wrapper.tag == f"{W}sdt":  # an inline content control showing its value
                props = _w("sdtPr")
                props.append(_w("alias", val="Felt"))
                wrapper.append(props)
                inner = _w("sdtContent")
                wrapper.append(inner)
            run.addprevious(wrapper)
            parent.remove(run)
            inner.append(run)


def _field_runs(code: str, result: list) -> list:
    """The runs of a complex field: begin, its code, separate, the result, end."""
    def mark(kind: str):
        run = _w("r")
        run.append(_w("fldChar", fldCharType=kind))
        return run
    instr = _w("r")
    text = _w("instrText")
    text.text = code
    instr.append(text)
    return [mark("begin"), instr, mark("separate"), *result, mark("end")]


def _docx_fields(root, rng: random.Random) -> None:
    """Some runs as the result of a field (a link, a cross-reference, a merge field),
    as templates and mail merges leave them."""
    for n, run in enumerate(_text_runs(root)):
        if rng.random() < 0.6:
            continue
        code = (' HYPERLINK "https://example.org/sak" ', f" REF _Ref{n} \\h ",
                ' MERGEFIELD "Felt" ')[n % 3]
        parent = run.getparent()
        at = parent.index(run)
        parent.remove(run)
        for k, part in enumerate(_field_runs(code, [run])):
            parent.insert(at + k, part)


def _docx_tracked(root, rng: random.Random) -> None:
    """Tracked changes: some runs inserted (shown), deleted words between runs and a
    paragraph deleted whole (not shown)."""
    info = {"id": "0", "author": "Saksbehandler", "date": "2025-06-01T10:00:00Z"}
    for n, run in enumerate(_text_runs(root)):
        roll = rng.random()
        if roll < 0.1:  # moved here: shown; its old place (w:moveFrom) is not
            moved = _w("moveTo", **{**info, "id": str(500 + n)})
            run.addprevious(moved)
            run.getparent().remove(run)
            moved.append(run)
            away = _w("moveFrom", **{**info, "id": str(700 + n)})
            gone = _w("r")
            gone.append(_w("delText"))
            gone[0].text = "flyttet tekst "
            away.append(gone)
            moved.addprevious(away)
        elif roll < 0.5:
            ins = _w("ins", **{**info, "id": str(100 + n)})
            run.addprevious(ins)
            run.getparent().remove(run)
            ins.append(run)
        else:
            deleted = _w("del", **{**info, "id": str(300 + n)})
            gone = _w("r")
            text = _w("delText")
            text.text = rng.choice(("ikke ", "Utkast ", "xx"))
            gone.append(text)
            deleted.append(gone)
            run.addprevious(deleted)
    body = root.find(f"{W}body")
    paragraphs = body.findall(f"{W}p") or [body[0]]
    for p in paragraphs:  # a paragraph split in two, its first mark a tracked deletion
        runs = [child for child in p if child.tag != f"{W}pPr"]
        if len(runs) == 1 and runs[0].tag == f"{W}r" and rng.random() < 0.3 and \
                [c.tag for c in runs[0]] in ([f"{W}t"], [f"{W}rPr", f"{W}t"]):
            text = runs[0].find(f"{W}t").text or ""
            cut = text.find(" ", len(text) // 2)
            if cut < 0:
                continue
            head = _copy(p)
            head.find(f"{W}r/{W}t").text = text[:cut + 1]
            ppr = head.find(f"{W}pPr")
            if ppr is None:
                ppr = _w("pPr")
                head.insert(0, ppr)
            mark = ppr.find(f"{W}rPr")
            if mark is None:
                mark = _w("rPr")
                ppr.append(mark)
            mark.append(_w("del", **info))
            runs[0].find(f"{W}t").text = text[cut + 1:]
            p.addprevious(head)
    p = _w("p")
    ppr = _w("pPr")
    rpr = _w("rPr")
    rpr.append(_w("del", **info))
    ppr.append(rpr)
    p.append(ppr)
    deleted = _w("del", **info)
    gone = _w("r")
    text = _w("delText")
    text.text = "Dette avsnittet er strøket."
    gone.append(text)
    deleted.append(gone)
    p.append(deleted)
    paragraphs[len(paragraphs) // 2].addnext(p)


def _docx_soft_hyphens(root, rng: random.Random) -> None:
    """Word's optional hyphen (w:softHyphen) inside long words."""
    for run in _text_runs(root):
        t = run.find(f"{W}t")
        words = list(_LONG_WORD.finditer(t.text))
        if not words:
            continue
        word = rng.choice(words)
        at = rng.randint(word.start() + 3, word.end() - 3)
        before, after = t.text[:at], t.text[at:]
        t.text = before
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        rest = _w("t")
        rest.text = after
        rest.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        t.addnext(rest)
        t.addnext(_w("softHyphen"))


def _docx_breaks(root, rng: random.Random) -> None:
    """A page break run opening some headings, a line break or TAB left at the end of
    some paragraphs (Shift+Enter or Tab typed before Enter)."""
    for p in root.iter(f"{W}p"):
        runs = p.findall(f"{W}r")
        if not runs or not any((t.text or "").strip() for t in p.iter(f"{W}t")):
            continue
        ppr = p.find(f"{W}pPr")
        style = ppr.find(f"{W}pStyle") if ppr is not None else None
        if style is not None and style.get(f"{W}val", "").startswith("Heading"):
            if rng.random() < 0.5:
                page = _w("r")
                page.append(_w("br", type="page"))
                runs[0].addprevious(page)
            continue
        roll = rng.random()
        if roll < 0.25:
            runs[-1].append(_w("br"))
        elif roll < 0.5:
            runs[-1].append(_w("tab"))
        elif roll < 0.6 and (ppr is None or ppr.find(f"{W}numPr") is None):
            tab = _w("r")  # (a first line indented with Tab)
            tab.append(_w("tab"))
            runs[0].addprevious(tab)


def _docx_empty(p) -> bool:
    return not "".join(t.text or "" for t in p.iter(f"{W}t")).strip()


def _docx_empty_paragraphs(root, rng: random.Random) -> None:
    """Empty paragraphs (Enter typed for space) where the reading already sets a gap:
    beside an empty paragraph (two for one), before a table or heading, at the body's
    start and end; some keep a run property or an empty run. (Not between paragraphs
    typed line by line: there an empty paragraph is a blank line, which parts them.)"""
    body = root.find(f"{W}body")
    blocks = [el for el in body if el.tag in (f"{W}p", f"{W}tbl")]
    for n, el in enumerate(blocks):
        style = el.find(f"{W}pPr/{W}pStyle")
        spaced = el.tag == f"{W}p" and (_docx_empty(el) or (style is not None and (
            style.get(f"{W}val", "").startswith(("Heading", "Overskrift", "Title")))))
        if n and (not spaced or rng.random() < 0.4):
            continue
        p = _w("p")
        if rng.random() < 0.5:
            p.append(_w("r"))
        el.addprevious(p)
    blocks[-1].addnext(_w("p"))


def _docx_page_field(document) -> None:
    """"Side PAGE av NUMPAGES" in a paragraph of its own in the footer, as complex
    fields."""
    if not document.sections:
        return  # (a body without section properties: no page to number)
    p = document.sections[0].footer.add_paragraph()._p
    label = _w("r")
    text = _w("t")
    text.text = "Side "
    text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    label.append(text)
    p.append(label)
    for part in _field_runs(" PAGE ", [_run_like(label, "2")]):
        p.append(part)
    p.append(_run_like(label, " av "))
    for part in _field_runs(" NUMPAGES ", [_run_like(label, "3")]):
        p.append(part)


def _docx(change: Callable) -> Callable[[bytes, random.Random], bytes]:
    """A DOCX perturbation from a change to its body's XML (or to the document)."""
    def perturb(data: bytes, rng: random.Random) -> bytes:
        import docx

        document = docx.Document(io.BytesIO(data))
        if change is _docx_page_field:
            change(document)
        else:
            change(document.element, rng)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()
    return perturb


DOCX_NOISE = {
    **{name: _docx(lambda root, rng, f=f: _docx_text(root, rng, f))
       for name, f in TEXT_NOISE.items()},
    "split_runs": _docx(_docx_split_runs),
    "space_runs": _docx(_docx_space_runs),
    "wrappers": _docx(_docx_wrappers),
    "fields": _docx(_docx_fields),
    "page_field": _docx(_docx_page_field),
    "tracked_changes": _docx(_docx_tracked),
    "soft_hyphens": _docx(_docx_soft_hyphens),
    "breaks_and_tabs": _docx(_docx_breaks),
    "empty_paragraphs": _docx(_docx_empty_paragraphs),
}


# --- ODT ------------------------------------------------------------------------------

TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
T = f"{{{TEXT_NS}}}"
OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def _odt(change: Callable) -> Callable[[bytes, random.Random], bytes]:
    """An ODT perturbation from a change to its content.xml."""
    def perturb(data: bytes, rng: random.Random) -> bytes:
        source = zipfile.ZipFile(io.BytesIO(data))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as target:
            for info in source.infolist():
                body = source.read(info.filename)
                if info.filename == "content.xml":
                    root = etree.fromstring(body)
                    change(root, rng)
                    body = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
                kind = zipfile.ZIP_STORED if info.filename == "mimetype" else \
                    zipfile.ZIP_DEFLATED
                target.writestr(info.filename, body, compress_type=kind)
        return out.getvalue()
    return perturb


def _odt_paragraphs(root) -> list:
    return [el for el in root.iter(f"{T}p", f"{T}h")]


def _odt_texts(root, rng: random.Random, change) -> None:
    """``change`` made to every text node of the body's paragraphs."""
    for el in _odt_paragraphs(root):
        for node in el.iter():
            if node.text:
                node.text = change(node.text, rng)
            if node is not el and node.tail:
                node.tail = change(node.tail, rng)


def _odt_split_spans(root, rng: random.Random) -> None:
    """A word's part in a span of another style (formatting changed mid-word)."""
    for el in _odt_paragraphs(root):
        if len(el) or not (el.text or "").strip():
            continue
        pieces = _cuts(el.text, rng)
        el.text = pieces[0]
        for n, piece in enumerate(pieces[1:], start=1):
            if n % 2:
                span = etree.SubElement(el, f"{T}span")
                span.set(f"{T}style-name", "T9")
                span.text = piece
            else:
                el[-1].tail = piece


def _odt_spaces(root, rng: random.Random) -> None:
    """Some single spaces written as text:s, as LibreOffice writes a space after a
    span's end or at a paragraph's start."""
    for el in _odt_paragraphs(root):
        if len(el) or not el.text or " " not in el.text:
            continue
        parts = el.text.split(" ")
        el.text = parts[0]
        last = None
        for part in parts[1:]:
            if rng.random() < 0.4:
                last = etree.SubElement(el, f"{T}s")
                last.tail = part
            elif last is None:
                el.text += " " + part
            else:
                last.tail += " " + part


def _odt_soft_page_breaks(root, rng: random.Random) -> None:
    """text:soft-page-break where a page ended when the file was saved: between
    paragraphs and inside a paragraph, mid-sentence."""
    for el in _odt_paragraphs(root):
        if rng.random() < 0.3 and el.getparent().tag == f"{{{OFFICE_NS}}}text":
            el.addprevious(etree.Element(f"{T}soft-page-break"))
        elif rng.random() < 0.3 and not len(el) and el.text and " " in el.text:
            at = el.text.index(" ") + 1
            head, tail = el.text[:at], el.text[at:]
            el.text = head
            etree.SubElement(el, f"{T}soft-page-break").tail = tail


def _odt_marks(root, rng: random.Random) -> None:
    """Bookmarks, a comment (office:annotation) and a tracked deletion's mark inside
    paragraphs; the deleted text kept in text:tracked-changes; insertions marked."""
    office_text = root.find(f"{{{OFFICE_NS}}}body/{{{OFFICE_NS}}}text")
    changes = etree.Element(f"{T}tracked-changes")
    for n, el in enumerate(_odt_paragraphs(root)):
        if len(el) or not el.text:
            continue
        choice = rng.randint(0, 5)
        if choice == 4:  # a link round the text
            link = etree.Element(f"{T}a", {"{http://www.w3.org/1999/xlink}href": "#sak"})
            link.text, el.text = el.text, None
            el.insert(0, link)
        elif choice == 5:  # a bookmark round the text, in a span of no style of its own
            span = etree.Element(f"{T}span")
            span.text, el.text = el.text, None
            el.insert(0, etree.Element(f"{T}bookmark-start", {f"{T}name": f"_b{n}"}))
            el.insert(1, span)
            el.append(etree.Element(f"{T}bookmark-end", {f"{T}name": f"_b{n}"}))
        elif choice == 0:
            el.insert(0, etree.Element(f"{T}bookmark", {f"{T}name": f"_mark{n}"}))
            el[0].tail, el.text = el.text, None
        elif choice == 1:
            note = etree.SubElement(el, f"{{{OFFICE_NS}}}annotation")
            creator = etree.SubElement(note, "{http://purl.org/dc/elements/1.1/}creator")
            creator.text = "Saksbehandler"
            etree.SubElement(note, f"{T}p").text = "Sjekk dette før utsending."
        elif choice == 2:
            region = etree.SubElement(changes, f"{T}changed-region",
                                      {"{http://www.w3.org/XML/1998/namespace}id": f"ct{n}",
                                       f"{T}id": f"ct{n}"})
            deletion = etree.SubElement(region, f"{T}deletion")
            etree.SubElement(deletion, f"{{{OFFICE_NS}}}change-info")
            etree.SubElement(deletion, f"{T}p").text = "strøket tekst"
            etree.SubElement(el, f"{T}change", {f"{T}change-id": f"ct{n}"})
        else:
            region_id = f"ci{n}"
            region = etree.SubElement(changes, f"{T}changed-region",
                                      {f"{T}id": region_id})
            insertion = etree.SubElement(region, f"{T}insertion")
            etree.SubElement(insertion, f"{{{OFFICE_NS}}}change-info")
            start = etree.Element(f"{T}change-start", {f"{T}change-id": region_id})
            start.tail, el.text = el.text, None
            el.insert(0, start)
            etree.SubElement(el, f"{T}change-end", {f"{T}change-id": region_id})
    office_text.insert(0, changes)


def _odt_breaks(root, rng: random.Random) -> None:
    """A line break or TAB left at some paragraphs' ends."""
    for el in _odt_paragraphs(root):
        if not "".join(el.itertext()).strip():
            continue
        roll = rng.random()
        if roll < 0.25:
            etree.SubElement(el, f"{T}line-break")
        elif roll < 0.5:
            etree.SubElement(el, f"{T}tab")


def _odt_empty_paragraphs(root, rng: random.Random) -> None:
    """Empty paragraphs where the reading already sets a gap: beside an empty paragraph,
    before a heading or table, at the body's start (in the first paragraph's style, as
    Enter at its start leaves it: that style may start the first page's own page style)
    and at its end. (Not between paragraphs typed line by line: see the DOCX's.)"""
    office_text = root.find(f"{{{OFFICE_NS}}}body/{{{OFFICE_NS}}}text")
    blocks = [el for el in office_text if el.tag in (
        f"{T}p", f"{T}h", f"{T}list", "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}table")]
    for n, el in enumerate(blocks):
        spaced = el.tag == f"{T}h" or (el.tag == f"{T}p" and not "".join(el.itertext()).strip())
        if n and (not spaced or rng.random() < 0.4):
            continue
        style = el.get(f"{T}style-name") if el.tag == f"{T}p" else None
        el.addprevious(etree.Element(f"{T}p", {f"{T}style-name": style or "Standard"}))
    blocks[-1].addnext(etree.Element(f"{T}p"))


ODT_NOISE = {
    **{name: _odt(lambda root, rng, f=f: _odt_texts(root, rng, f))
       for name, f in TEXT_NOISE.items()},
    "split_spans": _odt(_odt_split_spans),
    "text_s": _odt(_odt_spaces),
    "soft_page_breaks": _odt(_odt_soft_page_breaks),
    "marks_and_changes": _odt(_odt_marks),
    "breaks_and_tabs": _odt(_odt_breaks),
    "empty_paragraphs": _odt(_odt_empty_paragraphs),
}


# --- HTML -----------------------------------------------------------------------------

# A page's markup: comments, elements whose text is no running text (or is preformatted),
# and tags; the texts between them are the running text the noise goes into.
_HTML_MARKUP = re.compile(r"<!--.*?-->|<(script|style|pre|textarea|title)\b.*?</\1\s*>|<[^>]*>",
                          re.S | re.I)
_BODY = re.compile(r"<body\b[^>]*>", re.I)
_ENTITY = re.compile(r"(&#?\w+;)")
_BLOCK_END = re.compile(r"</(p|h[1-6]|li|td)>", re.I)
_BLOCK_START = re.compile(r"(?=<(?:p|h[1-6]|table|ul|ol)[ >])", re.I)


def _html(change: Callable[[str, random.Random], str]) -> Callable[[bytes, random.Random], bytes]:
    """An HTML perturbation from a change to the page's body (from <body> on)."""
    def perturb(data: bytes, rng: random.Random) -> bytes:
        page = data.decode("utf-8")
        body = _BODY.search(page)
        start = body.end() if body else 0
        return (page[:start] + change(page[start:], rng)).encode("utf-8")
    return perturb


def _in_texts(markup: str, change: Callable[[str], str]) -> str:
    """``change`` made to every running text of the markup, around its entities."""
    out, at = [], 0
    for match in _HTML_MARKUP.finditer(markup):
        out.append(_around_entities(markup[at:match.start()], change))
        out.append(match.group())
        at = match.end()
    out.append(_around_entities(markup[at:], change))
    return "".join(out)


def _around_entities(text: str, change: Callable[[str], str]) -> str:
    if not text.strip():
        return text
    return "".join(part if n % 2 else change(part)
                   for n, part in enumerate(_ENTITY.split(text)))


def _html_texts(change: Callable[[str, random.Random], str], entity: bool = False):
    def perturb(body: str, rng: random.Random) -> str:
        def text(part: str) -> str:
            changed = change(part, rng)
            if entity:
                changed = (changed.replace("\u00a0", "&nbsp;").replace("\u00ad", "&shy;")
                           .replace("\u200b", "&#8203;").replace("\u202f", "&#8239;"))
            return changed
        return _in_texts(body, text)
    return perturb


def _html_spans(body: str, rng: random.Random) -> str:
    """A word's part in a <span> with a style (formatting changed mid-word)."""
    def text(part: str) -> str:
        return "".join(f"<span style='font-size:11.0pt;color:#1F3864'>{piece}</span>"
                       if n % 2 else piece for n, piece in enumerate(_cuts(part, rng)))
    return _in_texts(body, text)


def _html_word(body: str, rng: random.Random) -> str:
    """Word's "Save as web page": class="MsoNormal" and mso styles on paragraphs and
    cells, a cell's text in a paragraph, <o:p></o:p> at paragraphs' ends, texts in
    <span lang=NO-BOK>, a bookmark's anchor opening each heading, empty paragraphs as
    <p class=MsoNormal><o:p>&nbsp;</o:p></p>."""
    body = re.sub(r"<td>([^<]*)</td>", r"<td><p class=MsoNormal>\1</p></td>", body)
    body = body.replace("<p>", '<p class=MsoNormal style="mso-margin-top-alt:auto">')
    body = body.replace("<td>", '<td valign=top style="mso-border-alt:solid windowtext .5pt">')
    body = re.sub(r"</p>", "<o:p></o:p></p>", body, flags=re.I)
    body = _in_texts(body, lambda text: f"<span lang=NO-BOK style='mso-ansi-language:NO-BOK'>"
                     f"{text}</span>" if text.strip() else text)
    body = re.sub(r"(<h[1-6][^>]*>)",
                  lambda m: f'{m.group(1)}<a name="_Toc{rng.randint(1, 999)}"></a>', body,
                  flags=re.I)
    return _BLOCK_START.sub(lambda m: "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
                            if rng.random() < 0.3 else "", body)


def _html_comments(body: str, rng: random.Random) -> str:
    """Comments inside and between paragraphs, and <style> and <script> in the body."""
    body = _BLOCK_END.sub(lambda m: ("<!-- endret 01.06 -->" if rng.random() < 0.4 else "")
                          + m.group(), body)
    return _BLOCK_START.sub(
        lambda m: rng.choice(("", "<!--[if gte mso 9]><xml>x</xml><![endif]-->",
                              "<style>.c1 { color: red }</style>",
                              "<script>var sak = 'Sak 99/99';</script>")), body)


def _html_breaks(body: str, rng: random.Random) -> str:
    """A <br/> left at the end of some paragraphs and cells, and source line breaks with
    indentation inside the text (HTML collapses them)."""
    body = _BLOCK_END.sub(lambda m: ("<br/>" if rng.random() < 0.3 else "") + m.group(), body)
    return _in_texts(body, lambda text: re.sub(
        r"(?<=\S) (?=\S)", lambda s: "\n      " if rng.random() < 0.2 else " ", text))


def _html_empty(body: str, rng: random.Random) -> str:
    """Empty paragraphs (<p>&nbsp;</p>, <p></p>) before some blocks."""
    return _BLOCK_START.sub(
        lambda m: rng.choice(("", "", "<p>&nbsp;</p>", "<p></p>", "<p> </p>")), body)


HTML_NOISE = {
    "nbsp": _html(_html_texts(_nbsp, entity=True)),
    "nbsp_chars": _html(_html_texts(_nbsp)),
    "soft_hyphen_char": _html(_html_texts(_soft_hyphen_char, entity=True)),
    "zero_width": _html(_html_texts(_zero_width, entity=True)),
    "spans": _html(_html_spans),
    "word_export": _html(_html_word),
    "comments_styles_scripts": _html(_html_comments),
    "breaks_and_wrapping": _html(_html_breaks),
    "empty_paragraphs": _html(_html_empty),
}

def _all_at_once(noise: dict[str, Callable[[bytes, random.Random], bytes]]):
    """Every perturbation of a format in turn, as a real file carries them together; the
    breaks and empty paragraphs first, at the ends of whole paragraphs (after a tracked
    change has cut a paragraph in two, a break at the first part's end is one inside the
    paragraph Word shows)."""
    first = [name for name in noise if name.startswith(("breaks", "empty"))]
    order = first + [name for name in noise if name not in first]

    def perturb(data: bytes, rng: random.Random) -> bytes:
        for name in order:
            data = noise[name](data, rng)
        return data
    return perturb


for _noise in (DOCX_NOISE, ODT_NOISE, HTML_NOISE):
    _noise["all_at_once"] = _all_at_once(dict(_noise))

NOISE = {"docx": DOCX_NOISE, "odt": ODT_NOISE, "html": HTML_NOISE}
CASES = [(fmt, name) for fmt, noise in NOISE.items() for name in noise]


def changed_readings(fmt: str, perturbation: str) -> dict[str, str]:
    """The documents whose record the perturbation changes, with the changed record."""
    perturb = NOISE[fmt][perturbation]
    moved = {}
    for name, data in _files(fmt).items():
        noisy = perturb(data, random.Random(f"{SEED}-{fmt}-{perturbation}-{name}"))
        record = _record(noisy, fmt)
        if record != _original(fmt, name):
            moved[name] = record
    return moved


@pytest.mark.parametrize(("fmt", "perturbation"), CASES)
def test_converter_noise_leaves_the_reading(fmt: str, perturbation: str) -> None:
    moved = changed_readings(fmt, perturbation)
    assert sorted(moved) == []
