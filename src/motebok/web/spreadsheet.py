"""The actions list as a spreadsheet file (``/actions.csv``): CSV for Excel and friends.

Written with Python's ``csv`` module, streamed row by row (an archive may hold thousands
of follow-ups), as a Norwegian spreadsheet opens it with a double-click:

- UTF-8 with a byte order mark, so Excel reads æøå as letters and not as "Ã¦Ã¸Ã¥";
- ``;`` between cells: in a Norwegian locale the decimal mark is the comma, so Excel's
  list separator is the semicolon and a comma-separated file opens in one column
  (LibreOffice and Numbers ask, or guess the semicolon right);
- a cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
  prefixed with ``'``, as OWASP advises against CSV (formula) injection: an action's
  text comes from minutes anyone may have written, and must never run as a formula.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from datetime import date

from django.utils.translation import gettext, pgettext

from motebok.vocab import ActionFilter, ActionStatus, label

#: What starts a formula in Excel, LibreOffice or Google Sheets (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Rows read from the database at a time while the file streams.
CHUNK = 500
DELIMITER = ";"
BOM = "\ufeff"


def safe_cell(value) -> str:
    """A cell's text, ``'``-prefixed when a spreadsheet would read it as a formula."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


class _Line:
    """A file-like object whose ``write`` returns what was written (one CSV line)."""

    def write(self, text: str) -> str:
        return text


def _iso(day: date | None) -> str:
    """A date as YYYY-MM-DD (which every spreadsheet reads as a date), or empty."""
    return day.isoformat() if day else ""


def action_header() -> list[str]:
    """The column names, in the reader's language."""
    return [gettext("Body"), gettext("Meeting date"), gettext("Item"), gettext("Item title"),
            gettext("Action"), gettext("Responsible"), gettext("Due"), gettext("Status"),
            pgettext("spreadsheet column", "Link")]


def action_row(action, today: date, meeting_url) -> list[str]:
    """One action's cells; ``meeting_url(meeting_id)`` gives the absolute page address."""
    item = action.item
    meeting = item.meeting
    if action.responsible_person_id:
        responsible = action.responsible_person.name
    else:
        responsible = action.responsible_text or ""
    # (the status in the vocabulary's words: overdue is an open action's, past its due date)
    state = ActionFilter.OVERDUE if action.is_overdue(today) else ActionStatus(action.status)
    return [meeting.body_name, _iso(meeting.date), item.number or "", item.title or "",
            action.text, responsible, _iso(action.due), gettext(label(state)),
            f"{meeting_url(meeting.id)}#item-{item.id}"]


def action_lines(actions: Iterable, today: date, meeting_url) -> Iterator[str]:
    """The CSV file of ``actions`` line by line: the BOM and the header first."""
    writer = csv.writer(_Line(), delimiter=DELIMITER)
    yield BOM + writer.writerow(action_header())
    for action in actions:
        yield writer.writerow([safe_cell(cell) for cell in action_row(action, today,
                                                                       meeting_url)])
