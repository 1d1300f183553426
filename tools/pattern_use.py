"""Which module-level patterns the documents use: the measuring half of lazify_patterns.py.

    python tools/lazify_patterns.py measure [--share 0.9]

Parses the generated txt minutes of benchmarks/parse.py (20 documents) and every corpus
document in tests/extract/corpus, each pattern of src/motebok/{extract,read} standing in
as a recorder that counts the documents and the calls that use it. A pattern is hot —
kept ``re.compile`` by the rewrite — when at least ``share`` of the generated or of the
corpus documents use it (it is compiled during the parse anyway, so the import saves
nothing by waiting), or when the generated documents call it often enough that a call
through the lazy stand-in would add up (``CALLS_PER_DOCUMENT``). Works on modules
written either way (``re.compile`` or ``lazy_regex``), so it can be re-run at any time.
"""

from __future__ import annotations

import ast
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from lazify_patterns import FOLDERS, PACKAGE, ROOT, module_files, pattern_assignments

GENERATED_DOCUMENTS = 20
# Calls a generated document makes on average above which a pattern stays compiled: at
# about 100 instructions more per call through the stand-in, 20 calls cost 2,000.
CALLS_PER_DOCUMENT = 20


class Recorder:
    """A compiled pattern that notes, in ``use``, each document and call that reaches it."""

    def __init__(self, key: str, compiled: re.Pattern[str], use: PatternUse) -> None:
        self.key, self._compiled, self._use = key, compiled, use
        self.pattern = compiled.pattern

    def compiled(self) -> re.Pattern[str]:
        """As ``LazyPattern.compiled``: the real pattern."""
        self._use.note(self.key)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        """Every method call and attribute read passes here, and is counted."""
        self._use.note(self.key)
        return getattr(self._compiled, name)


class PatternUse:
    """Counts, per pattern ("extract/header.py _NAME"), documents and calls."""

    def __init__(self) -> None:
        self.calls: Counter[str] = Counter()
        self.documents: Counter[str] = Counter()
        self._this_document: set[str] = set()

    def note(self, key: str) -> None:
        """One call of the pattern ``key`` in the current document."""
        self.calls[key] += 1
        self._this_document.add(key)

    def next_document(self) -> None:
        """Close the current document's count."""
        self.documents.update(self._this_document)
        self._this_document = set()


def _names_by_line() -> dict[tuple[str, int], str]:
    """(file, line) of each module-level pattern's call → "module NAME"."""
    names = {}
    for path in module_files():
        module = path.relative_to(PACKAGE).as_posix()
        for name, call in pattern_assignments(ast.parse(path.read_text(encoding="utf-8"))):
            for line in range(call.lineno, call.end_lineno + 1):
                names[(str(path), line)] = f"{module} {name}"
    return names


def install(use: PatternUse) -> None:
    """Make the modules' pattern definitions build recorders (before they are imported)."""
    names = _names_by_line()
    folders = tuple(str(PACKAGE / folder) for folder in FOLDERS)
    compile_pattern = re.compile

    def recording(pattern: Any, flags: int = 0) -> Any:
        compiled = compile_pattern(pattern, flags)
        frame = sys._getframe(1)  # the module defining the pattern, or a function
        key = names.get((frame.f_code.co_filename, frame.f_lineno))
        if (key is None or frame.f_code.co_name != "<module>"
                or not frame.f_code.co_filename.startswith(folders)):
            return compiled
        return Recorder(key, compiled, use)

    sys.path.insert(0, str(ROOT / "src"))
    import motebok.lazy_pattern as lazy_pattern

    lazy_pattern.lazy_regex = recording
    re.compile = recording  # for good: some readers are imported with their first document


def documents() -> tuple[list[tuple[str, bytes]], list[tuple[str, bytes]]]:
    """The generated txt minutes and the corpus documents, as (name, bytes)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import parse as bench

    generated = bench.render_corpus(bench.generate_minutes(GENERATED_DOCUMENTS), "txt")
    corpus = [(path.name, path.read_bytes())
              for path in sorted((ROOT / "tests" / "extract" / "corpus").iterdir())]
    return generated, corpus


def measure() -> tuple[PatternUse, PatternUse, int, int]:
    """The use of each pattern over the generated documents and over the corpus, and
    how many documents each holds."""
    generated_use, corpus_use = PatternUse(), PatternUse()
    use = PatternUse()
    install(use)
    from motebok.parse import parse_bytes

    generated, corpus = documents()
    for documents_, target in ((generated, generated_use), (corpus, corpus_use)):
        for name, data in documents_:
            use.next_document()  # what import or the last document did is not counted
            use.calls.clear()
            use.documents.clear()
            parse_bytes(data, name)
            use.next_document()
            target.calls.update(use.calls)
            target.documents.update(use.documents)
    return generated_use, corpus_use, len(generated), len(corpus)


def hot_patterns(share: float) -> list[tuple[str, str]]:
    """Each hot pattern with why it is hot, for the hot list."""
    generated_use, corpus_use, generated, corpus = measure()
    hot = []
    for key in sorted(set(generated_use.calls) | set(corpus_use.calls)):
        generated_share = generated_use.documents[key] / generated
        corpus_share = corpus_use.documents[key] / corpus
        calls = generated_use.calls[key] / generated
        if max(generated_share, corpus_share) >= share or calls >= CALLS_PER_DOCUMENT:
            hot.append((key, f"generated {generated_share:.0%}, corpus {corpus_share:.0%}, "
                             f"{calls:.0f} calls per generated document"))
    return hot


def write_hot_list(path: Path, share: float) -> None:
    """Write the hot list the rewrite reads (see lazify_patterns.py)."""
    hot = hot_patterns(share)
    header = ("# Patterns that stay re.compile: used by at least "
              f"{share:.0%} of the generated or of the corpus documents, or called\n"
              f"# {CALLS_PER_DOCUMENT}+ times per generated document. "
              "Written by `python tools/lazify_patterns.py measure`.\n")
    width = max(len(key) for key, _ in hot)
    body = "".join(f"{key:<{width}}  # {why}\n" for key, why in hot)
    path.write_text(header + body, encoding="utf-8")
    print(f"{len(hot)} hot patterns written to {path}")
