"""The ``motebok parse`` command as a shell user meets it."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from fixtures import builders

MINUTES = """Referat fra møte i Faggruppe for samferdsel

Dato: 12.03.2024
Sted: Rådhuset

Sak 01/24 Godkjenning av innkalling
Innkallingen ble godkjent.
"""


def _command() -> str:
    """The installed console script beside this interpreter."""
    return str(Path(sys.executable).with_name("motebok"))


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    """``motebok parse … | head -1`` ends quietly: no BrokenPipeError on stderr."""
    files = []
    for n in range(300):  # well over a pipe buffer of output
        path = tmp_path / f"referat-{n}.txt"
        path.write_text(MINUTES, encoding="utf-8")
        files.append(str(path))
    proc = subprocess.Popen([_command(), "parse", "--json", *files],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # the reader goes away, as `head -1` does
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in stderr
    assert proc.returncode in (0, 141)


def test_summary_without_json(tmp_path: Path) -> None:
    """Without --json the command prints a short summary naming items and date."""
    path = tmp_path / "referat.txt"
    path.write_text(MINUTES, encoding="utf-8")
    result = subprocess.run([_command(), "parse", str(path)], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 0
    assert "2024-03-12" in result.stdout
    assert "01/24 Godkjenning av innkalling" in result.stdout


def test_python_dash_m_runs_the_same_command(tmp_path: Path) -> None:
    """``python -m motebok parse --json FILE`` prints the record, as ``motebok`` does."""
    path = tmp_path / "referat.txt"
    path.write_text(MINUTES, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "motebok", "parse", "--json", str(path)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert '"date": "2024-03-12"' in result.stdout


STDIN_DOC = [("heading", "Referat fra styremøte"), ("para", "Tid: 5. mars 2024 kl. 18.00"),
             ("para", "Sak 01/24 Godkjenning av innkalling"), ("para", "Vedtak: Godkjent.")]


def _parse_stdin(data: bytes, *options: str) -> subprocess.CompletedProcess:
    """``motebok parse - --json`` with ``data`` piped in, as ``cat FILE | motebok …``."""
    return subprocess.run([_command(), "parse", "-", "--json", *options], input=data,
                          capture_output=True, timeout=60, check=False)


@pytest.mark.parametrize("fmt", ["txt", "docx", "odt", "pdf", "html"])
def test_dash_reads_standard_input_in_the_format_its_content_shows(fmt: str) -> None:
    """``cat referat.docx | motebok parse -``: a pipe has no name to tell the format, so
    the bytes tell it (a PDF header, a zip package, a web page, else text)."""
    data = getattr(builders, f"to_{fmt}")(STDIN_DOC)
    result = _parse_stdin(data)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["source"] == {"filename": None, "format": fmt,
                                "sha256": hashlib.sha256(data).hexdigest()}
    assert record["meeting"]["date"] == "2024-03-05"


def test_format_option_names_the_format_of_standard_input() -> None:
    """``--format md`` reads the piped text as Markdown, which the content alone would
    read as plain text."""
    result = _parse_stdin(builders.to_md(STDIN_DOC), "--format", "md")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["source"]["format"] == "md"


def test_empty_standard_input_is_a_one_line_error() -> None:
    """Nothing piped in: the one-line error every empty file gets, exit code 2."""
    result = _parse_stdin(b"")
    assert result.returncode == 2
    assert result.stderr.decode() == "motebok: -: empty file\n"


def test_help_tells_how_to_read_standard_input() -> None:
    """``motebok parse --help`` says what "-" and --format do."""
    result = subprocess.run([_command(), "parse", "--help"], capture_output=True, text=True,
                            timeout=60, check=False)
    assert '"-" to read standard input' in " ".join(result.stdout.split())
    assert "--format FORMAT" in result.stdout


def test_the_summary_names_standard_input_as_such() -> None:
    result = subprocess.run([_command(), "parse", "-"], input=MINUTES.encode(),
                            capture_output=True, timeout=60, check=False)
    assert result.stdout.decode().startswith("(standard input) (txt, minutes)\n")
