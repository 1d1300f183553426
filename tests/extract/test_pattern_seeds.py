"""Every module pattern of the reader and the extractor is the same text whatever
Python's hash seed: a pattern built by joining a set's words in iteration order could
try its alternatives in another order from run to run, and an alternation's order can
decide which of two overlapping words it matches."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PATTERNS = """
import importlib, json, pkgutil, sys
import motebok.extract, motebok.read
found = {}
for package in (motebok.extract, motebok.read):
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for name, value in vars(module).items():
            if isinstance(getattr(value, "pattern", None), str):
                found[f"{module.__name__}.{name}"] = value.pattern
json.dump(found, sys.stdout)
"""


def patterns_with_seed(seed: int) -> dict[str, str]:
    """The module patterns as a fresh interpreter with this hash seed builds them."""
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    out = subprocess.run([sys.executable, "-c", PATTERNS], env=env, check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def test_module_patterns_do_not_depend_on_the_hash_seed():
    first, second = patterns_with_seed(1), patterns_with_seed(2)
    assert len(first) > 1000  # the walk found the modules' patterns
    assert {name for name in first if first[name] != second.get(name)} == set()
