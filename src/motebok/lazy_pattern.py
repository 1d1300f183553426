"""Regular expressions compiled on first use, so that importing the parser stays cheap.

The reading rules define some 1,150 patterns at module level. Compiling them all was
half of ``import motebok.parse`` (about 0.3 s of CPU), and ``motebok parse FILE`` pays
the import once per file, while one document uses only a sixth of the patterns (most
rules are gated by a cheap test and never run on a given document). ``lazy_regex``
is the one mechanism for this: write ``NAME = lazy_regex(r"…", re.I)`` where a
module would write ``re.compile``; the pattern is compiled the first time a method or
compiled attribute is asked for, then behaves exactly as the compiled pattern.

The modules are not written by hand in this form: tools/lazify_patterns.py rewrites
their ``NAME = re.compile(...)`` and keeps as ``re.compile`` the patterns (almost) every
document uses (tools/hot_patterns.txt), where a call through the stand-in would cost a
little more on every document for nothing (see the tool's text). Re-run it after adding
patterns.

Use it through its methods (``NAME.search(text)``, ``NAME.sub(…)``) and attributes
(``NAME.pattern`` is there before compiling, so composing patterns costs nothing);
``re.sub(NAME, …)`` and ``isinstance(NAME, re.Pattern)`` need the real pattern:
``NAME.compiled()``.
"""

from __future__ import annotations

import re
from typing import Any

# What a compiled pattern offers that is copied onto the stand-in when it compiles.
_COMPILED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn",
             "split", "scanner", "flags", "groups", "groupindex")


class LazyPattern:
    """A stand-in for ``re.compile(pattern, flags)`` that compiles on first use.

    Once compiled, the compiled pattern's bound methods and attributes sit in slots of
    their own, so a call such as ``NAME.search(text)`` costs one slot read, no more than
    on the compiled pattern itself: parsing after the first use is as fast as before.
    """

    __slots__ = ("pattern", "_flags", "_compiled", *_COMPILED)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            compiled = re.compile(self.pattern, self._flags)
            for name in _COMPILED:
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        """Reached only while a slot of ``_COMPILED`` is still empty: compile, then read."""
        if name in _COMPILED and self._compiled is None:
            return getattr(self.compiled(), name)
        raise AttributeError(name)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its source, like a compiled pattern."""
        return (LazyPattern, (self.pattern, self._flags))

    def __repr__(self) -> str:
        return f"lazy_regex({self.pattern!r}, {self._flags})"


def lazy_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used (see the module's text).

    Typed as the compiled pattern it stands in for: it answers the same methods and
    attributes (an already compiled pattern is returned as it is).
    """
    if isinstance(pattern, re.Pattern):
        return pattern
    return LazyPattern(pattern, flags)  # type: ignore[return-value]
