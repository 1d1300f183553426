"""Patterns compiled on first use (motebok.lazy_pattern) keep ``motebok parse`` start-up cheap."""

from __future__ import annotations

import pickle
import re

from motebok.lazy_pattern import LazyPattern, lazy_regex


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
