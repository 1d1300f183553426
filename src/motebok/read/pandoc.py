"""What pandoc's Markdown adds to minutes converted from Word, read back as the text.

Minutes converted with ``pandoc -t markdown`` (and saved as .md or .txt) carry the
converter's own syntax rather than the secretary's: grid tables for tables whose cells
hold more than one line ("+-----+" rules, "| cell |" rows whose cells run over several
lines), a backslash at a line's end for a line break (Shift+Enter in Word), backslash
escapes ("1\\.", "\\-", "\\*", "\\["), attribute spans ("[Vedtak:]{.underline}",
"{.mark}"), images with their size ("![](media/image1.png){width=\"2in\"}") and "--" for
an en dash. Each is rewritten here as the plain line a reader sees, so the line rules
after this read them as they read any other minutes. Cheap substring tests keep lines
without such syntax untouched.
"""

from __future__ import annotations

import itertools
import re

from motebok.lazy_pattern import lazy_regex

__all__ = ["may_hold_pandoc_markup", "without_pandoc_markup"]

# A grid table's rule: "+----+-----+", "+====+=====+" under the heading row, ":" for
# alignment ("+:---+---:+").
_GRID_RULE = lazy_regex(r" {0,3}\+(?:[-=:]+\+)+\s*$")
# The dashes under a simple or multiline table's heading, one run a column
# ("  ---------- ----------- ------"), and the rule over and under a multiline table.
_COLUMN_DASHES = lazy_regex(r" {0,3}-{3,}(?: +-{3,})+ *$")
_TABLE_RULE = lazy_regex(r" {0,3}-{10,} *$")
# A backslash escape of ASCII punctuation ("1\\.", "\\-", "\\*", "\\[", "\\\""); "\\|"
# stays for the pipe-table rule, which splits cells on unescaped bars only.
_ESCAPE = lazy_regex(r"\\([!-/:-@\[-`{-~])")
# An attribute span or a bracketed span ("[Vedtak:]{.underline}", "[tekst]{.mark}",
# "[ord]{custom-style=\"Sterk\"}"): the words alone.
_SPAN = lazy_regex(r"(?<![!\]\\])\[([^\[\]]*)\]\{[^{}\n]*\}")
# An image with its size attributes ("![](media/image1.png){width=\"2in\"}"): a logo
# or a picture pasted into the document, no words of the minutes.
_IMAGE = lazy_regex(r"!\[[^\[\]]*\]\([^()\s]*\)(?:\{[^{}\n]*\})?")
# pandoc's en dash, two hyphens between words, numbers or spaces ("10.00--14.00",
# "Høring -- regional plan"); rules and arrows ("----", "-->") are left.
_EN_DASH = lazy_regex(r"(?<=[\w\s.)])--(?=[\w\s(])")


def may_hold_pandoc_markup(text: str) -> bool:
    """Whether a text holds a character of pandoc's syntax at all: most minutes hold
    none, and a few scans of the whole text spare them the pass over every line. (A
    grid table's "+-" and "+=" need a "+", which most minutes lack: a search for the
    one character, faster than for a pair, spares the two.)"""
    return "\\" in text or "{" in text or "--" in text or \
        ("+" in text and ("+-" in text or "+=" in text))


def without_pandoc_markup(lines: list[str]) -> list[str]:
    """``lines`` with pandoc's grid tables as pipe-table rows and its inline syntax read.

    Only lines that hold a "+" rule, a backslash, a "{" or "--" are looked at again,
    so plain minutes cost one pass of substring tests.
    """
    out: list[str] = []
    number = 0
    count = len(lines)
    while number < count:
        line = lines[number]
        number += 1
        if not ("\\" in line or "{" in line or "--" in line or "+" in line[:4]):
            out.append(line)
            continue
        if line[:4].lstrip()[:2] in ("+-", "+=", "+:") and _GRID_RULE.match(line):
            end = _grid_end(lines, number - 1)
            if end > number:
                out.extend(_grid_rows(lines[number - 1 : end]))
                number = end
                continue
        if (
            line[:5].lstrip()[:3] == "---"
            and number > 1
            and _COLUMN_DASHES.match(line)
            and (table := _dashed_table(lines, number - 1, out)) is not None
        ):
            out[len(out) - table[0] :] = table[2]
            number = table[1]
            continue
        out.append(_inline(line))
    return out


def _inline(line: str) -> str:
    """One line with a hard line break, escapes, spans, sized images and "--" read."""
    if "\\" in line:
        if line[-1:] == " ":  # (spaces a converter or an editor left after the line)
            line = line.rstrip(" ")
        if line.endswith("\\") and (len(line) - len(line.rstrip("\\"))) % 2:
            line = line[:-1].rstrip()  # a hard line break ("Tid: kl. 10.00\\")
        if "\\" in line:
            line = _ESCAPE.sub(_unescaped, line)
    if "{" in line and "]" in line:
        if "![" in line:
            line = _IMAGE.sub("", line)
        line = _SPAN.sub(r"\1", line)
    if "--" in line:
        line = _EN_DASH.sub("–", line)
    return line


def _unescaped(match: re.Match[str]) -> str:
    """The character an escape stands for; a bar stays escaped for the table rule."""
    char = match.group(1)
    return "\\|" if char == "|" else char


def _grid_end(lines: list[str], start: int) -> int:
    """The line after a grid table that starts with the rule at ``start``: its rows
    ("|" lines) and rules run on until a line that is neither."""
    number = start + 1
    while number < len(lines):
        stripped = lines[number].strip()
        if not stripped or stripped[0] not in "|+":
            break
        number += 1
    return number if lines[number - 1].strip().startswith("+") else start


def _grid_rows(table: list[str]) -> list[str]:
    """A grid table as the pipe table Markdown writes: one "| a | b |" line a row, a
    cell's wrapped lines joined by spaces and its paragraphs by "<br>" (the line rules
    break a cell there, as at a Word cell's paragraph), a "|---|" line under the
    heading row that a "+===+" rule sets apart, and blank lines around the table."""
    bounds = [n for n, char in enumerate(table[0].rstrip()) if char == "+"]
    rows: list[str] = [""]
    cells: list[list[str]] = [[] for _ in bounds[1:]]
    for line in table[1:]:
        if line.strip().startswith("+"):
            if any(cells):
                rows.append(_pipe_row(cells))
            if "=" in line:
                rows.append("|" + "---|" * len(cells))
            cells = [[] for _ in bounds[1:]]
            continue
        for column, (left, right) in enumerate(itertools.pairwise(bounds)):
            cells[column].append(line[left + 1 : right].strip())
    rows.append("")
    return rows


def _pipe_row(cells: list[list[str]]) -> str:
    """One pipe-table row from the lines each cell holds (blank lines part paragraphs)."""
    texts = []
    for lines in cells:
        paragraphs = " ".join(line or "\n" for line in lines).split("\n")
        text = "<br>".join(" ".join(p.split()) for p in paragraphs if p.strip())
        texts.append(_inline(text).replace("|", "/").replace("\\/", "/"))
    return "| " + " | ".join(texts) + " |"


def _dashed_table(
    lines: list[str], dashes: int, above: list[str]
) -> tuple[int, int, list[str]] | None:
    """A simple or multiline table whose column dashes are at ``dashes``, as pipe rows:
    (how many lines of ``above`` its heading took, the line after it, its rows). Its
    columns are the runs of dashes, so an empty heading over a column ("Deltaker",
    "Kommune", "" over the roles) still parts its cells. A multiline table sits between
    two long rules and parts its rows by blank lines (a row's lines are one cell text);
    a simple table has one line a row and ends at a blank line. None without a heading
    line right above the dashes: dashes alone are a rule, not a table."""
    top = len(above) - 1
    while top >= 0 and above[top].strip() and not _TABLE_RULE.match(above[top]):
        top -= 1
    heading = above[top + 1 :]
    multiline = top >= 0 and _TABLE_RULE.match(above[top]) is not None
    if not heading or (not multiline and len(heading) > 1):
        return None
    spans = [match.start() for match in re.finditer(r"-+", lines[dashes])]
    rows: list[list[str]] = [heading, []]
    number = dashes + 1
    while number < len(lines):
        line = lines[number]
        if multiline and _TABLE_RULE.match(line):
            number += 1
            break
        if not line.strip():
            if not multiline or (number + 1 < len(lines) and not lines[number + 1].strip()):
                break
            rows.append([])
        else:
            rows[-1].append(line) if multiline else rows.append([line])
        number += 1
    table = [_dashed_row(row, spans) for row in rows if row]
    table.insert(1, "|" + "---|" * len(spans))
    return len(heading) + (1 if multiline else 0), number, ["", *table, ""]


def _dashed_row(lines: list[str], spans: list[int]) -> str:
    """One row of a dashed table: each column's text from its run's start to the next
    run's, its wrapped lines joined by spaces."""
    cells = []
    for column, left in enumerate(spans):
        right = spans[column + 1] if column + 1 < len(spans) else None
        text = " ".join(line[left:right].strip() for line in lines)
        cells.append(_inline(" ".join(text.split())).replace("|", "/"))
    return "| " + " | ".join(cells) + " |"
