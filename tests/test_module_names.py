"""Every module-level name in the package is bound once.

Why: the extractor's modules are long lists of patterns and small functions, written by
many hands. A second ``_AGREED = …`` further down a module silently replaces the first
for every function that reads it at run time, so a rule added at the end changes an
older rule's pattern without any test of the new rule noticing (it happened twice, and
ruff does not flag a rebinding that an earlier line already used).
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import motebok

PACKAGE = Path(motebok.__file__).resolve().parent
MODULES = sorted(PACKAGE.rglob("*.py"))


def bound_names(tree: ast.Module) -> Counter[str]:
    """How often each name is bound by a top-level statement (assignment, def, class);
    names bound under ``if``/``try`` (fallbacks by design) are left out."""
    counts: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            counts[node.name] += 1
        elif isinstance(node, ast.Assign):
            counts.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                and node.value is not None:
            counts[node.target.id] += 1
    return counts


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    counts = bound_names(ast.parse(path.read_text(encoding="utf-8")))
    twice = sorted(name for name, n in counts.items() if n > 1 and name != "__all__")
    assert twice == []


def test_a_second_binding_is_found() -> None:
    source = "_WORDS = ('a',)\n\ndef f():\n    return _WORDS\n\n_WORDS = ('b',)\n"
    assert bound_names(ast.parse(source))["_WORDS"] == 2
