"""Rewrite the reading rules' module-level patterns to compile on first use (re-runnable).

    python tools/lazify_patterns.py [--check]     # rewrite src/motebok/{extract,read}
    python tools/lazify_patterns.py measure        # count which patterns every document uses

Why: ``motebok parse FILE`` imports the parser once per file, and compiling its ~1,100
module-level patterns was most of that import (see src/motebok/lazy_pattern.py). A
pattern that (almost) every document uses is compiled during the parse anyway, and a
call through the lazy stand-in costs a little more than a call on the compiled pattern,
so those stay ``re.compile``: they are named in tools/hot_patterns.txt ("extract/
header.py _NAME" per line), which ``measure`` writes from the documents' use.

The rewrite reads each module with ``ast`` and changes only statements of the form
``NAME = re.compile(...)`` (or ``NAME: T = re.compile(...)``) at module level:
``re.compile`` becomes ``lazy_regex`` (the same length, so continuation lines stay
aligned), unless NAME is on the hot list or somewhere in src/ passed to a function of
``re`` or to ``isinstance`` (those need the real pattern). A hot pattern written as
``lazy_regex`` goes back to ``re.compile``. Everything else is left as it is, so running
the tool again changes nothing, and it works on modules it has not seen. The import of
``lazy_regex`` is added (or dropped) as needed, then ``ruff --fix`` sorts the imports.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "motebok"
FOLDERS = ("extract", "read")
HOT_LIST = Path(__file__).resolve().parent / "hot_patterns.txt"
IMPORT_LINE = "from motebok.lazy_pattern import lazy_regex"
EAGER, LAZY = "re.compile", "lazy_regex"


def module_files() -> list[Path]:
    """The modules whose patterns are rewritten: the reading rules and the readers."""
    return sorted(path for folder in FOLDERS for path in (PACKAGE / folder).glob("*.py"))


def read_hot_list(path: Path = HOT_LIST) -> set[tuple[str, str]]:
    """(module path under src/motebok, pattern name) pairs that stay ``re.compile``."""
    if not path.exists():
        return set()
    pairs = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            module, name = line.split()
            pairs.add((module, name))
    return pairs


def _is_call_of(node: ast.AST, spelling: str) -> bool:
    """Whether ``node`` is a call of ``re.compile`` or ``lazy_regex`` (as ``spelling``)."""
    if not isinstance(node, ast.Call):
        return False
    if spelling == EAGER:
        func = node.func
        return (isinstance(func, ast.Attribute) and func.attr == "compile"
                and isinstance(func.value, ast.Name) and func.value.id == "re")
    return isinstance(node.func, ast.Name) and node.func.id == LAZY


def pattern_assignments(tree: ast.Module) -> Iterator[tuple[str, ast.Call]]:
    """(NAME, call) of each module-level ``NAME = re.compile(...)`` or ``lazy_regex(...)``."""
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target, value = stmt.targets[0], stmt.value
        elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
            target, value = stmt.target, stmt.value
        else:
            continue
        if isinstance(target, ast.Name) and (_is_call_of(value, EAGER)
                                             or _is_call_of(value, LAZY)):
            yield target.id, value


def names_needing_real_patterns(paths: list[Path]) -> set[str]:
    """Names passed to ``re.sub(NAME, …)``-like functions or ``isinstance`` anywhere.

    Those functions accept a compiled pattern but not the stand-in, so such a pattern
    stays eager (by name only: a name clash merely keeps one more pattern eager).
    """
    names = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func, first = node.func, node.args[0]
            takes_pattern = ((isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                              and func.value.id == "re")
                             or (isinstance(func, ast.Name) and func.id == "isinstance"))
            if takes_pattern and isinstance(first, ast.Name | ast.Attribute):
                names.add(first.id if isinstance(first, ast.Name) else first.attr)
    return names


def rewrite_source(source: str, module: str, hot: set[tuple[str, str]],
                   keep_eager: set[str]) -> str:
    """``source`` with each module-level pattern in the form its name calls for."""
    lines = source.splitlines(keepends=True)
    for name, call in pattern_assignments(ast.parse(source)):
        eager = (module, name) in hot or name in keep_eager
        wanted = EAGER if eager else LAZY
        func = call.func
        line = lines[func.lineno - 1]
        current = line[func.col_offset:func.end_col_offset]
        if current != wanted:
            lines[func.lineno - 1] = line[:func.col_offset] + wanted + line[func.end_col_offset:]
    return _with_import("".join(lines))


def _uses_lazy_regex(tree: ast.Module) -> bool:
    """Whether the module calls ``lazy_regex`` anywhere."""
    return any(_is_call_of(node, LAZY) for node in ast.walk(tree))


def _with_import(source: str) -> str:
    """``source`` importing ``lazy_regex`` exactly when it uses it.

    The line goes after the module's last top-level import; ruff puts it in its place.
    """
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    has_import = any(line.rstrip("\n") == IMPORT_LINE for line in lines)
    if _uses_lazy_regex(tree) and not has_import:
        imports = [stmt for stmt in tree.body if isinstance(stmt, ast.Import | ast.ImportFrom)]
        after = imports[-1].end_lineno if imports else 0
        lines.insert(after, IMPORT_LINE + "\n")
    elif not _uses_lazy_regex(tree) and has_import:
        lines = [line for line in lines if line.rstrip("\n") != IMPORT_LINE]
    return "".join(lines)


def rewrite(check: bool = False) -> list[Path]:
    """Rewrite every module (or, with ``check``, only list those a rewrite would change)."""
    hot = read_hot_list()
    paths = module_files()
    keep_eager = names_needing_real_patterns(sorted(PACKAGE.rglob("*.py")))
    changed = []
    for path in paths:
        source = path.read_text(encoding="utf-8")
        module = path.relative_to(PACKAGE).as_posix()
        new = rewrite_source(source, module, hot, keep_eager)
        if new != source:
            changed.append(path)
            if not check:
                path.write_text(new, encoding="utf-8")
    if changed and not check:
        subprocess.run([sys.executable, "-m", "ruff", "check", "--fix", "--quiet",
                        "--select", "I,F401", *map(str, changed)], check=False)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", nargs="?", choices=("rewrite", "measure"), default="rewrite")
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a rewrite would change a module")
    parser.add_argument("--share", type=float, default=0.9,
                        help="measure: hot if used by at least this share of documents")
    args = parser.parse_args(argv)
    if args.command == "measure":
        from pattern_use import write_hot_list  # the measuring half, next to this file

        write_hot_list(HOT_LIST, args.share)
        return 0
    changed = rewrite(check=args.check)
    for path in changed:
        print(("would change " if args.check else "changed ") + str(path.relative_to(ROOT)))
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
