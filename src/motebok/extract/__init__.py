"""The extractor: text blocks → minutes record (see ``extract.minutes``).

``extract`` is imported on first use, not with the package: importing a light
submodule (``motebok.extract.dates``, whose month names the search index reads)
must not compile every pattern of the extractor. The storing process of
``motebok import``, the web server and the other commands need those names but never
extract anything, and the whole extractor cost them about 0.4 s of CPU at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from motebok.extract.minutes import extract

__all__ = ["extract"]


def __getattr__(name: str) -> Any:
    """``motebok.extract.extract``, imported when first asked for (PEP 562)."""
    if name == "extract":
        from motebok.extract.minutes import extract

        globals()["extract"] = extract
        return extract
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
