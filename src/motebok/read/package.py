"""Checks shared by the readers of zip packages (DOCX, ODT)."""

from __future__ import annotations

import zipfile

from motebok.errors import ReadError

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
