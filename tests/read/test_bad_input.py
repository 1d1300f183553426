"""Files motebok cannot read: one clear line on stderr, exit code 2, never a traceback.

Each failure kind goes through the real ``motebok parse`` entry point; the last test
runs the installed command in a subprocess with good and bad files mixed.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from fixtures.builders import to_docx, to_odt, to_pdf, to_txt
from motebok.cli import main

DOC = [("heading", "Referat fra styremøte"), ("para", "Tid: 5. mars 2024 kl. 18.00"),
       ("para", "Sak 01/24 Godkjenning av innkalling"), ("para", "Vedtak: Godkjent.")]
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06" + bytes(64)
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024)


def garbage_zip() -> bytes:
    """A valid zip archive that holds nothing a document would."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("tull.bin", bytes(range(256)))
    return out.getvalue()


def encrypted_pdf() -> bytes:
    """A PDF that needs a password to open (reportlab's standard encryption)."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, encrypt="hemmelig")
    pdf.drawString(72, 700, "Fortrolig referat")
    pdf.save()
    return out.getvalue()


def scanned_pdf() -> bytes:
    """A PDF whose only page holds a drawn rectangle and no text."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.rect(72, 72, 400, 600, fill=1)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def pageless_pdf() -> bytes:
    """A well-formed PDF whose page tree is empty (a canvas saved before any page)."""
    out = io.BytesIO()
    canvas.Canvas(out).save()
    return out.getvalue()


def encrypted_odt() -> bytes:
    """An ODT package whose manifest declares encrypted parts."""
    source = zipfile.ZipFile(io.BytesIO(to_odt(DOC)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in source.namelist():
            body = source.read(name)
            if name == "META-INF/manifest.xml":
                body = body.replace(b"</manifest:manifest>",
                                    b"<manifest:encryption-data/></manifest:manifest>")
            archive.writestr(name, body)
    return out.getvalue()


def docx_with_main_part(xml: bytes) -> bytes:
    """A DOCX package whose word/document.xml is replaced by ``xml``."""
    source = zipfile.ZipFile(io.BytesIO(to_docx(DOC)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in source.namelist():
            body = xml if name == "word/document.xml" else source.read(name)
            archive.writestr(name, body)
    return out.getvalue()


WORD_NS = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

CASES = {
    "empty": ("tom.txt", lambda: b"", "empty file"),
    "blank": ("blank.md", lambda: b"  \n\n \r\n", "empty file"),
    "text as pdf": ("referat.pdf", lambda: "Referat fra møtet\n".encode(), "not a valid PDF file"),
    "png as docx": ("referat.docx", lambda: PNG, "not a DOCX file"),
    "png as odt": ("referat.odt", lambda: PNG, "not an ODT file"),
    "truncated pdf": ("avkuttet.pdf", lambda: to_pdf(DOC)[:500], "not a valid PDF file"),
    "garbage zip as docx": ("zip.docx", garbage_zip, "corrupt DOCX file"),
    "garbage zip as odt": ("zip.odt", garbage_zip, "corrupt ODT file"),
    "truncated docx": ("avkuttet.docx", lambda: to_docx(DOC)[:900], "corrupt DOCX file"),
    "encrypted pdf": ("hemmelig.pdf", encrypted_pdf, "encrypted PDF (password required)"),
    "ole as docx": ("gammel.docx", lambda: OLE, "encrypted or legacy Word file, not DOCX"),
    "encrypted odt": ("hemmelig.odt", encrypted_odt, "encrypted ODT file"),
    "binary as txt": ("data.txt", lambda: bytes(range(256)) * 8, "binary file, not text"),
    "binary as html": ("side.html", lambda: PNG + bytes(range(256)), "binary file, not HTML"),
    "scanned pdf": ("skannet.pdf", scanned_pdf, "no text layer (scanned?)"),
    "pdf without pages": ("tom.pdf", pageless_pdf, "PDF has no pages"),
    "unknown type": ("referat.xyz", lambda: b"tekst", "unsupported file type '.xyz'"),
    "docx without a body": ("utenkropp.docx",
                            lambda: docx_with_main_part(b"<w:document " + WORD_NS + b"/>"),
                            "corrupt DOCX file"),
    "docx with another root": ("annenrot.docx", lambda: docx_with_main_part(b"<x/>"),
                               "corrupt DOCX file"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_one_line_error_and_exit_code_2(case, tmp_path, capsys):
    name, make, message = CASES[case]
    path = tmp_path / name
    path.write_bytes(make())
    assert main(["parse", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"motebok: {path}: {message}\n"


def test_missing_file(tmp_path, capsys):
    path = tmp_path / "finnes-ikke.txt"
    assert main(["parse", str(path)]) == 2
    assert capsys.readouterr().err == f"motebok: {path}: no such file\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path):
    pipe = tmp_path / "referat.txt"
    os.mkfifo(pipe)
    command = Path(sys.executable).with_name("motebok")
    result = subprocess.run([str(command), "parse", str(pipe)], capture_output=True,
                            text=True, timeout=60)  # reading the pipe would never return
    assert (result.returncode, result.stderr) == (2, f"motebok: {pipe}: not a regular file\n")


def test_good_files_are_still_printed_when_one_is_bad(tmp_path: Path):
    good_txt, bad, good_docx = tmp_path / "a.txt", tmp_path / "b.pdf", tmp_path / "c.docx"
    good_txt.write_bytes(to_txt(DOC))
    bad.write_bytes(b"ikke en pdf")
    good_docx.write_bytes(to_docx(DOC))
    command = Path(sys.executable).with_name("motebok")
    result = subprocess.run([str(command), "parse", "--json", str(good_txt), str(bad),
                             str(good_docx)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr == f"motebok: {bad}: not a valid PDF file\n"
    assert "Traceback" not in result.stdout + result.stderr
    records = json.loads(result.stdout)
    assert [r["source"]["filename"] for r in records] == ["a.txt", "c.docx"]


@pytest.mark.parametrize("name", ["blank.txt", "blank.md", "blank.html"])
def test_only_invisible_characters_are_no_text(name, tmp_path, capsys):
    # no-break, ideographic and zero-width spaces, a BOM and a soft hyphen show nothing
    path = tmp_path / name
    path.write_bytes("\u00a0\u3000\n\u200b\u00ad\n\ufeff\u2060\n".encode())
    assert main(["parse", str(path)]) == 2
    assert capsys.readouterr().err == f"motebok: {path}: no text found\n"


@pytest.mark.parametrize("name", ["nul.txt", "nul.md", "nul.html"])
def test_stray_control_characters_never_reach_the_record(name, tmp_path, capsys):
    # past the first 4 KB a NUL does not make the file binary; it is left out like a
    # BOM pasted mid-text and other stray control bytes
    filler = "Orientering om saken ble gitt i møtet.\n" * 150
    text = (f"Referat fra styremøte\nTid: 5. mai 2024\n{filler}"
            "Sak 1/24 Bud\x00sjett\x01\nVedtak: \ufeffBudsjettet ble godkjent\x7f.\n")
    path = tmp_path / name
    path.write_bytes(text.encode())
    assert main(["parse", str(path), "--json"]) == 0
    out = capsys.readouterr().out
    assert "Budsjett" in out and "Budsjettet ble godkjent." in out
    assert not any(c in json.loads(out).__repr__() for c in ("\\x00", "\\x01", "\\x7f", "\\ufeff"))


@pytest.mark.parametrize("name", ["utf32.txt", "utf32.md", "utf32.html"])
@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "utf-32-be"])
def test_utf32_with_or_without_its_bom_is_read(name, encoding, tmp_path, capsys):
    # without a BOM it is told by its NULs, as UTF-16 without one is
    path = tmp_path / name
    path.write_bytes("Referat fra styremøte\nTid: 5. mai 2024\n".encode(encoding))
    assert main(["parse", str(path), "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["meeting"]["date"] == "2024-05-05"
    assert "\x00" not in json.dumps(record, ensure_ascii=False)


@pytest.mark.parametrize(("name", "shown"), [("tom\nfil.txt", "tom\\nfil.txt"),
                                              ("farge\x1b[31m.txt", "farge\\x1b[31m.txt"),
                                              ("møte\t1.txt", "møte\\t1.txt")])
def test_a_file_name_with_control_characters_stays_on_one_line(name, shown, tmp_path, capsys):
    # a newline in the name would split the error in two; an escape would recolour
    # the terminal: they are written as escapes, the Norwegian letters as they are
    path = tmp_path / name
    path.write_bytes(b"")
    assert main(["parse", str(path)]) == 2
    assert capsys.readouterr().err == f"motebok: {tmp_path}/{shown}: empty file\n"


@pytest.mark.parametrize("name, data", [
    ("logg.txt", b"Sak 1/24 Test\n" * 150_000),  # 2.1 million characters of short lines
    ("en-linje.md", b"a" * 2_100_000),
    ("dump.html", b"<html><body>" + b"<p>Sak 1/24 Test</p>" * 160_000 + b"</body></html>"),
])
def test_a_text_far_longer_than_any_minutes_is_refused_quickly(name, data, tmp_path, capsys):
    # the extractor's time grows with the text: a dump of millions of characters would
    # hold a parse or an import for minutes, and is no minutes record
    path = tmp_path / name
    path.write_bytes(data)
    assert main(["parse", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"motebok: {path}: text too long to be minutes (2.")
    assert err.endswith("at most 2 million)\n") and err.count("\n") == 1


def test_a_utf32_text_too_long_is_refused_before_it_is_decoded(tmp_path, capsys):
    path = tmp_path / "stor.txt"
    path.write_bytes(("Sak 1/24 Test\n" * 600_000).encode("utf-32"))  # 33.6 MB
    assert main(["parse", str(path)]) == 2
    assert "text too long to be minutes (8.4 million characters" in capsys.readouterr().err


def test_a_page_made_big_by_an_embedded_image_is_read_by_its_text(tmp_path, capsys):
    # 9 MB of bytes, nearly all a picture inlined as base64: the text is a short minutes
    image = "data:image/png;base64," + "iVBORw0KGgo" * 800_000
    page = (f"<html><body><h1>Referat fra styremøte</h1><img src='{image}'>"
            "<p>Dato: 4. mars 2025</p><h2>Sak 1/25 Budsjett</h2><p>Vedtatt.</p>"
            "</body></html>")
    path = tmp_path / "side.html"
    path.write_text(page, encoding="utf-8")
    assert main(["parse", str(path), "--json"]) == 0
    assert '"date": "2025-03-04"' in capsys.readouterr().out
