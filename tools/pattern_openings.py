"""The literal openings of an anchored pattern, read off its own branches.

    python tools/pattern_openings.py motebok.extract.items:_END_MARK

prints, folded and sorted, the texts of up to four characters that every match of the
pattern opens with. A module keeps such a table as a constant beside its pattern, to
leave most lines before the pattern runs (``items._END_MARK_OPENING_TEXTS``); a test
compares the constant with this tool's reading, so a branch added to the pattern without
its opening fails there. Reading the pattern at run time would import ``re``'s private
parser and cost about 10 ms at the first line a process asks.
"""

from __future__ import annotations

import importlib
import re
import sys
from re import _constants as _re_constants  # (the parser's node kinds)
from re import _parser as _re_parser

from motebok.extract.text import fold

# What ``literal_openings`` reads a character class as: up to this many characters ("[:;]",
# ``\s`` as a plain space); a wider class ends the opening there.
_SMALL_CLASS = 8


def literal_openings(pattern: re.Pattern[str], size: int = 4) -> frozenset[str]:
    r"""The folded texts of up to ``size`` characters that every match of ``pattern`` opens
    with, read off the pattern's own branches: a text that opens with none of them cannot
    match, so a gate that asks them leaves most lines before the pattern runs.

    Why: an anchored alternation of many word branches (``items._END_MARK``) fails slowly
    on every line, and a hand-kept list of first letters lets lines through on two
    letters and falls behind when a branch is added. Each branch is followed from its
    start: literals (folded, so the openings hold for IGNORECASE), small classes and
    ``\s`` (as " ": a gate must let a line through when its opening holds any other
    space, which ``str.isprintable`` tells) extend an opening; zero-width assertions are
    passed over (a gate may be looser than the pattern); anything else ends it there.
    An opening shorter than ``size`` is a prefix to test with ``startswith``; "" among
    them means a branch opens with something wider (a capital letter class).
    """
    tree = _re_parser.parse(pattern.pattern, pattern.flags)
    return frozenset(text for text, _ in _openings_of(list(tree), {("", True)}, size))


def _openings_of(nodes: list[tuple[object, object]], starts: set[tuple[str, bool]],
                 size: int) -> set[tuple[str, bool]]:
    """``starts`` (an opening and whether it may grow) carried through a sequence of
    parsed pattern nodes."""
    for op, arg in nodes:
        if not any(grows for _, grows in starts):
            break
        starts = _opening_node(op, arg, starts, size)
    return starts


def _grown(starts: set[tuple[str, bool]], chars: list[str], size: int) -> set[tuple[str, bool]]:
    grown = set()
    for text, grows in starts:
        if not grows:
            grown.add((text, False))
            continue
        for char in chars:
            longer = text + fold(char)
            grown.add((longer, len(longer) < size))
    return grown


def _ended(starts: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
    return {(text, False) for text, _ in starts}


def _class_chars(items: list[tuple[object, object]]) -> list[str] | None:
    chars = []
    for op, arg in items:
        if op is _re_constants.LITERAL:
            chars.append(chr(arg))
        elif op is _re_constants.CATEGORY and arg is _re_constants.CATEGORY_SPACE:
            chars.append(" ")
        else:
            return None
    return chars if len(chars) <= _SMALL_CLASS else None


def _opening_node(op: object, arg: object, starts: set[tuple[str, bool]],
                  size: int) -> set[tuple[str, bool]]:
    """One parsed node's part in the openings (see ``literal_openings``)."""
    c = _re_constants
    if op is c.LITERAL:
        return _grown(starts, [chr(arg)], size)
    if op is c.IN:
        chars = _class_chars(arg)
        return _ended(starts) if chars is None else _grown(starts, chars, size)
    if op is c.AT:
        zero_width = (c.AT_BEGINNING, c.AT_BEGINNING_STRING, c.AT_BOUNDARY, c.AT_NON_BOUNDARY)
        return starts if arg in zero_width else _ended(starts)
    if op in (c.ASSERT, c.ASSERT_NOT):
        return starts
    if op is c.SUBPATTERN:
        return _openings_of(list(arg[-1]), starts, size)
    if op is c.ATOMIC_GROUP:
        return _openings_of(list(arg), starts, size)
    if op is c.BRANCH:
        return set().union(*(_openings_of(list(branch), starts, size) for branch in arg[1]))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, item = arg
        once = _openings_of(list(item), starts, size)
        if high != 1:  # what follows a first round is another round or the rest
            once = _ended(once)
        return once | starts if low == 0 else once
    return _ended(starts)


def main(argv: list[str]) -> int:
    """Print the openings of ``module:PATTERN`` as a Python tuple, for pasting."""
    if len(argv) != 1 or ":" not in argv[0]:
        print("usage: pattern_openings.py module.path:PATTERN", file=sys.stderr)
        return 2
    module_name, name = argv[0].split(":", 1)
    pattern = getattr(importlib.import_module(module_name), name)
    print("(" + ", ".join(repr(text) for text in sorted(literal_openings(pattern))) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
