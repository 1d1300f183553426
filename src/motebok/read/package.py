"""Checks shared by the readers of zip packages (DOCX, ODT)."""

from __future__ import annotations

import zipfile

from motebok.errors import ReadError
from motebok.lazy_pattern import lazy_regex

# The text of a long report is a few megabytes of XML; a zip can hold a gigabyte of it
# in one megabyte (a "zip bomb"), which would take the reader minutes and the memory
# of the machine. The sizes the package declares are checked before anything is read
# (a member that unpacks past its declared size fails its CRC check instead).
MAX_XML_BYTES = 64 * 1024 * 1024


def refuse_oversized_xml(archive: zipfile.ZipFile, fmt: str) -> None:
    """ReadError when the XML parts of a package unpack to more than ``MAX_XML_BYTES``;
    pictures and other media, however large, are never read and not counted."""
    total = sum(info.file_size for info in archive.infolist()
                if info.filename.endswith((".xml", ".rels")))
    if total > MAX_XML_BYTES:
        raise ReadError(f"{fmt} text too large to read ({total // 1024 // 1024} MB of XML)")


# libxml2's message for XML nested deeper than it parses: 256 elements (python-docx's
# parser), 2048 with ``huge_tree`` (the ODT reader's).
_EXCESSIVE_DEPTH = lazy_regex(r"Excessive depth in document: (\d+)")


def nested_too_deep(exc: BaseException, fmt: str) -> ReadError | None:
    """The ReadError for a package whose XML nests too deep to read, None for any other
    failure. Word and LibreOffice nest tables in cells a few levels, and read lists,
    fields and content controls a few more: a document's XML is some tens of elements
    deep. Hundreds of levels are a generated or hostile file, which the parser refuses
    (or the reader's recursion meets Python's limit on); it is named as what it is, not
    as a damaged ("corrupt") file, which it is not."""
    if isinstance(exc, RecursionError):
        return ReadError(f"{fmt} nested too deep")
    depth = _EXCESSIVE_DEPTH.search(str(exc))
    if depth is None:
        return None
    return ReadError(f"{fmt} nested too deep (more than {depth.group(1)} levels)")
