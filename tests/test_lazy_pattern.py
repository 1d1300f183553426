"""Patterns compiled on first use (motebok.lazy_pattern) keep ``motebok parse`` start-up cheap."""

from __future__ import annotations

import pickle
import re
import subprocess
import sys

from motebok.lazy_pattern import LazyPattern, lazy_regex

# Importing the parser compiled some 1,150 patterns before they were compiled on first
# use. Still compiled (about 240): the ~120 patterns nearly every document uses
# (tools/hot_patterns.txt) and those the modules build their prefilter tables with. A
# count above this says module-level patterns were added without re-running
# tools/lazify_patterns.py.
_MOST_COMPILED_AT_IMPORT = 300

_COUNT_COMPILES = """
import re._compiler as compiler
compiled = 0
original = compiler.compile
def counting(*args, **kwargs):
    global compiled
    compiled += 1
    return original(*args, **kwargs)
compiler.compile = counting
import motebok.parse
print(compiled)
"""


def test_importing_the_parser_compiles_few_patterns() -> None:
    """``motebok parse FILE`` imports the parser once per file: compiling every rule's
    pattern then cost most of a second per file."""
    run = subprocess.run([sys.executable, "-c", _COUNT_COMPILES], capture_output=True,
                         text=True, check=True)
    assert int(run.stdout) < _MOST_COMPILED_AT_IMPORT


def test_a_lazy_pattern_matches_as_the_compiled_one() -> None:
    lazy = lazy_regex(r"møte(?P<kind>dato|sted)", re.I)
    compiled = re.compile(r"møte(?P<kind>dato|sted)", re.I)
    text = "Møtedato: 3. mars. Møtested: Rådhuset"
    assert lazy.search(text).group("kind") == compiled.search(text).group("kind")
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.sub("X", text) == compiled.sub("X", text)
    assert lazy.flags == compiled.flags and lazy.groupindex == compiled.groupindex


def test_reading_the_source_does_not_compile() -> None:
    """Patterns built from other patterns' ``.pattern`` cost nothing at import."""
    lazy = lazy_regex(r"sak\s+\d+")
    assert lazy.pattern == r"sak\s+\d+"
    assert isinstance(lazy, LazyPattern) and lazy._compiled is None
    assert isinstance(lazy.compiled(), re.Pattern)


def test_an_already_compiled_pattern_is_kept() -> None:
    compiled = re.compile("vedtak")
    assert lazy_regex(compiled) is compiled


def test_a_lazy_pattern_pickles_as_its_source() -> None:
    copy = pickle.loads(pickle.dumps(lazy_regex(r"ref\.", re.I)))
    assert copy.match("REF.") is not None
