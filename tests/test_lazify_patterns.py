"""tools/lazify_patterns.py: module-level patterns rewritten to compile on first use."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

TOOLS = Path(__file__).resolve().parent.parent / "tools"


def _tool() -> ModuleType:
    """tools/lazify_patterns.py as a module (a script folder, not a package)."""
    spec = importlib.util.spec_from_file_location("lazify_patterns", TOOLS / "lazify_patterns.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


lazify = _tool()

MODULE = '''"""Rules."""

import re

from motebok.extract.text import folded

DATE = re.compile(r"\\d+\\.\\d+")
_LABEL = re.compile(
    r"møtested|sted",
    re.I,
)
_SEPARATORS = (re.compile(r"\\s+-\\s+"), re.compile(r"/"))


def first(text: str) -> str:
    return re.compile(r"x").sub("", text)
'''


def _rewrite(source: str, hot: set[tuple[str, str]] = frozenset(),
             keep: set[str] = frozenset()) -> str:
    return lazify.rewrite_source(source, "extract/rules.py", set(hot), set(keep))


def test_a_module_level_pattern_becomes_lazy_and_keeps_its_lines() -> None:
    new = _rewrite(MODULE)
    assert 'DATE = lazy_regex(r"\\d+\\.\\d+")' in new
    assert '_LABEL = lazy_regex(\n    r"møtested|sted",\n    re.I,\n)' in new
    assert "from motebok.lazy_pattern import lazy_regex\n" in new


def test_other_patterns_are_left_as_they_are() -> None:
    """Only ``NAME = re.compile(...)`` at module level: not a tuple's, not a function's."""
    new = _rewrite(MODULE)
    assert '(re.compile(r"\\s+-\\s+"), re.compile(r"/"))' in new
    assert 'return re.compile(r"x")' in new


def test_a_hot_pattern_stays_compiled_and_a_lazy_one_goes_back() -> None:
    hot = {("extract/rules.py", "DATE")}
    assert 'DATE = re.compile(r"\\d+' in _rewrite(MODULE, hot)
    assert 'DATE = re.compile(r"\\d+' in _rewrite(_rewrite(MODULE), hot)


def test_a_pattern_handed_to_re_functions_stays_compiled(tmp_path: Path) -> None:
    """``re.sub(DATE, …)`` and ``isinstance(_LABEL, …)`` need a real pattern."""
    user = tmp_path / "user.py"
    user.write_text("import re\n\ndef f(t):\n    return re.sub(DATE, '', t) or "
                    "isinstance(_LABEL, str)\n", encoding="utf-8")
    keep = lazify.names_needing_real_patterns([user])
    assert keep == {"DATE", "_LABEL"}
    assert 'DATE = re.compile(r"\\d+' in _rewrite(MODULE, keep=keep)


def test_running_it_again_changes_nothing() -> None:
    once = _rewrite(MODULE)
    assert _rewrite(once) == once


def test_the_import_goes_when_nothing_is_lazy() -> None:
    hot = {("extract/rules.py", "DATE"), ("extract/rules.py", "_LABEL")}
    new = _rewrite(_rewrite(MODULE), hot)
    assert "lazy_pattern" not in new


def test_the_hot_list_is_read_without_its_comments(tmp_path: Path) -> None:
    path = tmp_path / "hot.txt"
    path.write_text("# why\nextract/dates.py DIGIT   # generated 100%\n\n", encoding="utf-8")
    assert lazify.read_hot_list(path) == {("extract/dates.py", "DIGIT")}
