"""Markdown reader: the plain-text line rules plus what Markdown adds.

Minutes written in Markdown are plain text with a little markup, so this reader reuses
the text reader's line rules (lists, tables, "# heading", "**bold**" lines) and adds
setext headings ("Title" over "====="), horizontal rules and fenced code blocks, and
reads "__bold__" as "**bold**". Inline markup is kept as written; the extractor strips
it in one place for every format.
"""

from __future__ import annotations

import html
import re

from motebok.lazy_pattern import lazy_regex
from motebok.read.blocks import Block
from motebok.read.pandoc import may_hold_pandoc_markup, without_pandoc_markup
from motebok.read.text import (
    blocks_from_lines,
    decode,
    lines_of,
    normalised,
    without_breadcrumb,
    without_chat_log,
    without_front_matter,
    without_shortcodes,
)

__all__ = ["read"]

_SETEXT = lazy_regex(r" {0,3}(=+|-+)\s*$")
_RULE = lazy_regex(r" {0,3}([-*_])(?:\s*\1){2,}\s*$")
_FENCE = lazy_regex(r" {0,3}(```|~~~)")
# A footnote's text at the page's foot ("[^1]: Forslag fra medlemsmøtet."): a note on
# the text, not part of the section it happens to follow.
_FOOTNOTE = lazy_regex(r" {0,3}\[\^[^\]\s]+\]:")
_HTML_COMMENT = lazy_regex(r"<!--.*?-->", re.DOTALL)
# An Obsidian or GitHub callout's type over a quote ("> [!note]", "> [!info]- Møteinfo"):
# how the note is drawn, no word of it; a title after it stays.
# A note app's page properties on when the page was made and edited ("Created: 12. mars
# 2024 20:14", "Last edited time: …", "Opprettet av: …"): the page's, no meeting's time.
_PAGE_STAMP = lazy_regex(r"(?:created|last\s+edited|opprett[ae]t|sist\s+redigert)"
                         r"(?:\s+(?:time|by|av))?\s*:", re.I)
_PROPERTY_LINES = 30
# A slide deck converted by MarkItDown ("<!-- Slide number: 3 -->", "# Title", a line per
# text box) ends a slide with its speaker notes under "### Notes:": what the presenter
# meant to say, which the audience never saw, so no words of the slide or of an item.
_SPEAKER_NOTES = lazy_regex(r"^### Notes:[ \t]*\n.*?(?=^<!-- Slide number:|\Z)", re.M | re.S)
# A handout's speaker notes under each slide ("> **Talarnotat:** Ønskj velkomen …",
# "Talenotat: …", "Speaker notes: …"): the paragraph the label opens is what the presenter
# meant to say, as MarkItDown's "### Notes:" is, no words of the slide or of an item.
_HANDOUT_NOTE = lazy_regex(r"^[ \t]*(?:>[ \t]*)*(?:\*\*|__|\*|_)?(?:tal[ae]r?notat(?:ar|er)?|"
                           r"foredragsnotat(?:ar|er)?|speaker\s+notes?)(?:\*\*|__|\*|_)?[ \t]*:"
                           r".*(?:\n(?![ \t]*(?:>[ \t]*)*\n).+)*", re.M | re.I)
# A line that is one picture alone ("![Kart over regionen](Picture4.jpg)"): its alt text
# describes an image, and is no sentence of the minutes.
_IMAGE_LINE = lazy_regex(r" {0,3}!\[[^\]]*\]\([^)]*\)\s*")
_CALLOUT = lazy_regex(r"( {0,3}>[ >]*)\[![\w-]+\][+-]? ?")
# Bold written with underscores ("__Vedtak:__", "__Kari Holm__"), Markdown's other
# spelling of "**…**": rewritten as that one, which every rule after this reads. Only
# between a non-word and a non-space, so "snake__case" words and "__ __" stay as written.
_UNDERSCORE_BOLD = lazy_regex(r"(?<![\w*])__(?=[^\s_])(.+?)(?<=[^\s_])__(?![\w*])")

# A wiki's status icon typed in its markup, as a Confluence page exported to Markdown
# keeps it: "(/) Godkjent", "(x) Utgår", "(!) Ikke ferdig", "| (/) Ferdig |" (a tick,
# a cross, a warning): the icon, no word of the line. Only first on the line (after a
# list's marker or a quote's ">") or in a cell, so "over 50 (!) søknader" stays.
_WIKI_EMOTICON = lazy_regex(r"(^[ \t]*(?:[-*+][ \t]+|>[ \t]*)*|\|[ \t]*)\((?:/|x|!)\)[ \t]+")


def read(data: bytes) -> list[Block]:
    """Read a Markdown file into blocks."""
    text = without_chat_log(without_shortcodes(normalised(decode(data))))
    # (the label's stem in either case, as the pattern ignores it: "Talarnotat", "NOTES")
    if ("otat" in text or "otes" in text or "OTAT" in text or "OTES" in text) and \
            _HANDOUT_NOTE.search(text):
        text = _HANDOUT_NOTE.sub("", text)
    if "<!--" in text:
        if "### Notes:" in text and "<!-- Slide number:" in text:
            text = _SPEAKER_NOTES.sub("", text)
        text = _HTML_COMMENT.sub("", text)
    lines = without_front_matter(lines_of(text))
    if may_hold_pandoc_markup(text):
        lines = without_pandoc_markup(lines)
    lines = without_breadcrumb(_without_site_chrome(lines), _link_words)
    return blocks_from_lines(_prepare(lines), markdown=True)


# A web page saved as Markdown keeps its links as "[Forside](/)": a line that is links
# only, between list markers and the separators of a menu or a breadcrumb ("* [Om oss](/om)",
# "[Heim](/) | [Møte](/mote)", "![logo](/logo.svg)"), and a breadcrumb whose last crumb is
# the page's own name without a link ("[Heim](/) › [Møte](/mote) › Møtereferat 4. oktober").
_LINK = lazy_regex(r"!?\[(?:[^\[\]]|!?\[[^\]]*\]\([^)]*\))*\]\([^)]*\)")
_LINK_WORDS = lazy_regex(r"!?\[([^\[\]]*)\]\([^)]*\)")
_CHROME_LEFT = lazy_regex(r"[\s*+\-•|›»>/·]*(?:\d{1,2}\.\s*)?[\s|›»>/·]*")
_CRUMBS = lazy_regex(r"(?:\s*(?:[›»>/|]|&gt;)\s*\S[^›»>|]*){2,}$")
# How far down the page's own heading is looked for (a site's header, menus and crumbs).
_CHROME_LINES = 60


def _without_site_chrome(lines: list[str]) -> list[str]:
    """The lines of a web page saved as Markdown without the site's menus, skip links and
    breadcrumb above the page's "# " heading: links to other pages are no words of the
    minutes, and a crumb ("3. [Møter og referat](/moter)") would read as an item or a
    title. Only above the first "# " heading, and only where a line is links (and their
    separators) alone; a page without such a heading is left as it is."""
    top = next((n for n, line in enumerate(lines[:_CHROME_LINES]) if line.startswith("# ")), 0)
    if not top or not any("](" in line for line in lines[:top]):
        return lines
    head = [line if "](" not in line or not _links_only(line) else "" for line in lines[:top]]
    for n in range(1, top):
        dropped_crumb = head[n - 1] == "" and lines[n - 1].lstrip()[:1].isdigit()
        if dropped_crumb and lines[n].lstrip()[:1].isdigit() and "](" not in lines[n]:
            head[n] = ""  # "4. Referat 7. juni 2024" under "3. [Møter](/moter)": the last crumb
    return head + lines[top:]


def _link_words(line: str) -> str:
    """A Markdown line with each link as its words ("[Forside](/)" is "Forside")."""
    return _LINK_WORDS.sub(r"\1", line)


def _links_only(line: str) -> bool:
    """Whether a line is links (and images) alone, or a breadcrumb of links that may end
    in the page's own name: what is left without the links is list markers, numbers and
    the separators of a menu."""
    left = _LINK.sub("\x00", line)
    if _CHROME_LEFT.fullmatch(left.replace("\x00", " ")) is not None:
        return True
    return left.lstrip().startswith("\x00") and _CRUMBS.match(left.lstrip()[1:]) is not None


def _prepare(lines: list[str]) -> list[str]:
    """Rewrite setext headings as "#" headings, drop rules, code-fence and footnote lines.

    Lines inside a fenced block are read like any other line: minutes rarely hold
    code, and what they hold there is still text a reader of the minutes sees.
    """
    out: list[str] = []
    previous_is_text = False
    table_end = -1  # the last line of an HTML table being read
    for number, line in enumerate(lines):
        if number <= table_end:
            continue
        if line[:1] in " <" and line.lstrip()[:6].lower() == "<table" and \
                (table_end := _table_end(lines, number)) >= 0:
            out.extend(["", *_pipe_rows(" ".join(lines[number:table_end + 1])), ""])
            previous_is_text = False
            continue
        if number < _PROPERTY_LINES and line[:1] in "CcLlOoSs" and _PAGE_STAMP.match(line):
            continue
        if _FENCE.match(line):
            out.append("")
            previous_is_text = False
            continue
        if previous_is_text and line[:1] in "=-" and line and _SETEXT.match(line):
            level = "#" if line.lstrip()[0] == "=" else "##"
            out[-1] = f"{level} {out[-1].strip()}"
            previous_is_text = False
            continue
        if _RULE.match(line) or ("[^" in line[:5] and _FOOTNOTE.match(line)):
            out.append("")
            previous_is_text = False
            continue
        if "[!" in line[:12] and line.lstrip()[:1] == ">":
            line = _CALLOUT.sub(r"\1", line, count=1)
        if line.lstrip()[:2] == "![" and _IMAGE_LINE.fullmatch(line):
            out.append("")
            previous_is_text = False
            continue
        if "__" in line:
            line = _UNDERSCORE_BOLD.sub(r"**\1**", line)
        if ")" in line and ("(/)" in line or "(x)" in line or "(!)" in line):
            line = _WIKI_EMOTICON.sub(r"\1", line)
        out.append(line)
        stripped = line.strip()
        previous_is_text = bool(stripped) and _is_plain_text(stripped)
    return out


def _table_end(lines: list[str], start: int) -> int:
    """The line that closes an HTML table opened at ``start``, or -1 when none does (a
    stray tag stays a line of text)."""
    return next((number for number in range(start, len(lines))
                 if "</table" in lines[number].lower()), -1)


def _pipe_rows(table: str) -> list[str]:
    """An HTML table written into the Markdown as the pipe table's rows Markdown writes
    ("<tr><td>Marte Vold</td><td>leder</td></tr>" → "| Marte Vold | leder |"), so its
    rows are read as table rows, not as tag soup one line a tag. A "<br>" in a cell stays
    (the line rules break the cell there); other tags are dropped, entities read."""
    rows = []
    for row in _HTML_ROW.findall(table):
        cells = [html.unescape(_HTML_TAG.sub("", cell)).replace("|", "/").strip()
                 for cell in _HTML_CELL.findall(row)]
        if any(cells):
            rows.append("| " + " | ".join(" ".join(cell.split()) for cell in cells) + " |")
    return rows


_HTML_ROW = lazy_regex(r"<tr\b[^>]*>(.*?)(?=<tr\b|</table|$)", re.IGNORECASE | re.DOTALL)
_HTML_CELL = lazy_regex(r"<t[dh]\b[^>]*>(.*?)(?=<t[dh]\b|</tr|$)", re.IGNORECASE | re.DOTALL)
_HTML_TAG = lazy_regex(r"</?(?!br\b)[a-zA-Z][^>]*>", re.IGNORECASE)


def _is_plain_text(stripped: str) -> bool:
    """Whether a line can be the text of a setext heading (not a list, table, heading)."""
    first = stripped[0]
    if first in "#|>" or "\t" in stripped:
        return False
    return not (first in "-*+" and len(stripped) > 1 and stripped[1] == " ")

