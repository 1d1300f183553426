"""The ``motebok parse`` command as a shell user meets it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
