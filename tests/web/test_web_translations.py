"""The shared bokmål catalogue is complete, and the compiled .mo matches the .po.

Bokmål is the default language, so an untranslated string shows English to every
reader, and a stale .mo (edited .po, not recompiled) shows old text. Both are caught
here rather than by someone reading the pages.
"""

from __future__ import annotations

import ast
import gettext
import re
from pathlib import Path

import motebok

LOCALE = Path(motebok.__file__).parent / "locale" / "nb" / "LC_MESSAGES"
TEMPLATES = Path(motebok.__file__).parent / "web" / "templates"
#: ``{% translate "text" %}`` / ``{% translate 'text' context "c" %}`` with a literal.
TRANSLATE_TAG = re.compile(
    r"""\{%\s*(?:translate|trans)\s+("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')"""
    r"""(?:\s+context\s+("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'))?""")


def catalogue_entries(path: Path) -> list[dict]:
    """The entries of a .po file: context, msgid, plural, msgstr list, flags."""
    entries = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.splitlines() if line and not line.startswith("#~")]
        entry: dict = {"msgctxt": None, "msgid": None, "msgid_plural": None, "msgstr": [],
                       "fuzzy": any(line.startswith("#,") and "fuzzy" in line
                                    for line in lines)}
        key = None
        for line in lines:
            if line.startswith("#"):
                continue
            match = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) (".*")$', line)
            if match:
                key, value = match.group(1), ast.literal_eval(match.group(2))
                if key.startswith("msgstr"):
                    entry["msgstr"].append(value)
                else:
                    entry[key] = value
            elif line.startswith('"') and key is not None:
                value = ast.literal_eval(line)
                if key.startswith("msgstr"):
                    entry["msgstr"][-1] += value
                else:
                    entry[key] += value
        if entry["msgid"]:
            entries.append(entry)
    return entries


def test_every_message_is_translated_and_none_is_fuzzy():
    entries = catalogue_entries(LOCALE / "django.po")
    assert len(entries) > 100
    untranslated = [e["msgid"] for e in entries if not all(e["msgstr"]) or e["fuzzy"]]
    assert untranslated == []


def test_compiled_catalogue_matches_the_source():
    with (LOCALE / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    stale = []
    for entry in catalogue_entries(LOCALE / "django.po"):
        if entry["msgid_plural"] is not None:
            got = compiled.ngettext(entry["msgid"], entry["msgid_plural"], 1)
        elif entry["msgctxt"] is not None:
            got = compiled.pgettext(entry["msgctxt"], entry["msgid"])
        else:
            got = compiled.gettext(entry["msgid"])
        if got != entry["msgstr"][0]:
            stale.append(entry["msgid"])
    assert stale == [], "run msgfmt -o django.mo django.po"


def test_every_literal_translate_tag_of_the_pages_is_in_the_catalogue():
    known = {(e["msgctxt"], e["msgid"]) for e in catalogue_entries(LOCALE / "django.po")}
    missing = []
    for template in sorted(TEMPLATES.rglob("*.html")):
        for match in TRANSLATE_TAG.finditer(template.read_text(encoding="utf-8")):
            msgid = ast.literal_eval(match.group(1))
            context = ast.literal_eval(match.group(2)) if match.group(2) else None
            if (context, msgid) not in known:
                missing.append(f"{template.name}: {msgid}")
    assert missing == []


#: ``_("text")`` / ``gettext_lazy("text")`` with a literal in the shared catalogue's apps.
GETTEXT_CALL = re.compile(
    r"""\b(?:_|gettext|gettext_lazy)\(\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*[,)]""")


def test_every_literal_gettext_of_the_shared_apps_is_in_the_catalogue():
    # The secretariat has its own catalogue; every other app's Python strings are here
    # (model names and fields show in bokmål in the admin and on the pages).
    known = {e["msgid"] for e in catalogue_entries(LOCALE / "django.po")}
    root = Path(motebok.__file__).parent
    missing = []
    for module in sorted(root.rglob("*.py")):
        if "secretariat" in module.parts or "migrations" in module.parts:
            continue
        for match in GETTEXT_CALL.finditer(module.read_text(encoding="utf-8")):
            msgid = ast.literal_eval(match.group(1))
            if msgid not in known:
                missing.append(f"{module.relative_to(root)}: {msgid}")
    assert missing == []
