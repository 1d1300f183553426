"""Instructions per generated document, this tree against a named git revision.

    .venv/bin/python benchmarks/instructions.py                  # against HEAD
    .venv/bin/python benchmarks/instructions.py --baseline main~3 --docs 20
    .venv/bin/python benchmarks/instructions.py --format pdf --docs 20   # and full/bare

Why: on a shared machine the wall clock and even the CPU time of the same code move 30 %
between runs, far more than one change saves. Valgrind's callgrind counts the executed
instructions instead, which repeat to about 0.01 % for the same code. Only the measured
documents are counted (``--toggle-collect`` on the ``itertools.starmap`` that parses
them): start-up, imports, the corpus generator and the warm-up documents are left out,
and every lazily compiled pattern (``motebok.lazy_pattern``, found among all objects)
is compiled before, so a first use does not land on a measured document. The objects
alive before the measured documents are collected and frozen (``gc.freeze``): otherwise
a full collection over the start-up's objects lands inside the 20 documents or not
depending on how many objects a tree made at import, which moved the count by 5 % for
changes that added a few patterns.
The baseline's ``src`` is taken from git (``git archive``) into a temporary folder and run
by the same script and interpreter.
With ``--format pdf`` the generated minutes are parsed as PDFs (``parse.py``'s
``to_pdf``), PDFium's own instructions included, and pypdfium2's bare text read of the
same files (``parse.py``'s ``bare_pdf``, the target's baseline) is counted as well, so
the target's full/bare ratio comes out in instructions: a figure that holds still on a
busy machine, where the timed ratio swings by a fifth between runs.
Needs Debian's ``valgrind``; each tree takes about a minute for 20 documents.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import itertools
import os
import pkgutil
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def measure_here(docs: int, warm: int, fmt: str = "txt", bare: bool = False) -> None:
    """The child: parse ``warm`` documents, compile every lazy pattern, then ``docs``
    documents inside ``itertools.starmap`` (the only part callgrind counts); with
    ``bare``, pypdfium2's bare read of them instead of the parse."""
    sys.path.insert(0, str(HERE))
    from parse import bare_pdf, generate_minutes, render_corpus

    import motebok
    from motebok.lazy_pattern import LazyPattern
    from motebok.parse import parse_bytes

    files = render_corpus(generate_minutes(warm + docs), fmt)
    for info in pkgutil.walk_packages(motebok.__path__, "motebok."):
        if info.name.startswith(("motebok.extract", "motebok.read")):
            importlib.import_module(info.name)
    # (every one, also those held in a table or by an object: ``outcomes._any_case``'s,
    # ``FoldedPattern``'s pattern for texts that lower-casing lengthens)
    for value in gc.get_objects():
        if isinstance(value, LazyPattern):
            value.compiled()
    for name, data in files[:warm]:
        parse_bytes(data, name)
    measured = [(data, name) for name, data in files[warm:]]
    work = parse_bytes
    if bare:
        work = lambda data, name: bare_pdf(data)  # noqa: E731
        for _, data in files[:warm]:
            bare_pdf(data)
    gc.collect()
    gc.freeze()
    list(itertools.starmap(work, measured))


def count(src: Path, docs: int, warm: int, fmt: str = "txt", bare: bool = False) -> float:
    """Million instructions per document for the package under ``src`` (or for the bare
    pypdfium2 read, with ``bare``)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        env = {**os.environ, "PYTHONPATH": str(src), "PYTHONHASHSEED": "0"}
        result = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--toggle-collect=starmap_next",
                f"--callgrind-out-file={out}",
                sys.executable,
                __file__,
                "--child",
                "--docs",
                str(docs),
                "--warm",
                str(warm),
                "--format",
                fmt,
                *(["--bare"] if bare else []),
            ],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
    collected = [line for line in result.stderr.splitlines() if "Collected" in line]
    return int(collected[-1].split()[-1]) / docs / 1e6


def baseline_src(revision: str, into: Path) -> Path:
    """The ``src`` folder of a git revision, unpacked under ``into``."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "src"], capture_output=True, check=True
    ).stdout
    tar_path = into / "src.tar"
    tar_path.write_bytes(archive)
    with tarfile.open(tar_path) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="HEAD", help="git revision to compare with")
    parser.add_argument("--docs", type=int, default=20)
    parser.add_argument("--warm", type=int, default=3)
    parser.add_argument("--format", default="txt", choices=["txt", "pdf"])
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        measure_here(args.docs, args.warm, args.format, args.bare)
        return 0
    if shutil.which("valgrind") is None:
        print(
            "benchmarks/instructions.py: needs valgrind (apt-get install valgrind)", file=sys.stderr
        )
        return 2
    fmt = args.format
    with tempfile.TemporaryDirectory() as tmp:
        base = count(baseline_src(args.baseline, Path(tmp)), args.docs, args.warm, fmt)
    here = count(ROOT / "src", args.docs, args.warm, fmt)
    print(f"baseline {args.baseline}: {base:.3f} M instructions per {fmt} document")
    print(
        f"this tree: {here:.3f} M ({here / base:.3f}× the baseline, "
        f"{(here - base) / base:+.1%}); {args.docs} documents after {args.warm} warm-up"
    )
    if fmt == "pdf":
        bare = count(ROOT / "src", args.docs, args.warm, fmt, bare=True)
        print(
            f"bare pypdfium2 read: {bare:.3f} M; full/bare {base / bare:.2f} for the "
            f"baseline, {here / bare:.2f} for this tree"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
