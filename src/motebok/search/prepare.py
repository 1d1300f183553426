"""The index's text work for one record, done ahead in a parse worker.

Why: an import has one storing process, and it is the pipeline's bottleneck; turning
each entry's text into index words and their stems was about a fifth of its work per
document. That work depends on the text alone, so a parse worker (which has CPU to
spare) does it for the texts the entries will most likely hold, and the storing process
looks them up (``Prepared``). A text it does not find — the body's stored name instead
of the record's, a responsible person matched to a fuller name — is simply worked out
there, so a wrong guess here costs time, never a different index.

Django-free: it runs in spawned parse processes that never start Django (see
``motebok.archive.parsing``). Registered by ``SearchConfig.ready`` in
``motebok.archive.signals.record_preparers``.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import NamedTuple

from motebok.record import MinutesRecord
from motebok.search.text import (
    action_text,
    context_words,
    contextual,
    headed_text,
    index_words,
    item_heading,
    stem_all,
    vocabulary_of,
)

#: What a meeting's own words (``text.context_words``) are made of: its body's name,
#: title, place and date, the date as ISO text ("2024-03-01"). Text, not a ``date``:
#: the answer is pickled file by file, and a ``date`` in it made the storing process
#: look its class up by name again for every file (an import and an attribute read,
#: some 5,800 instructions); the storing process writes its meeting's date the same way.
ContextKey = tuple[str | None, str | None, str | None, str | None]


class Prepared(NamedTuple):
    """Index words by entry text, stems by index words (SQLite's ``stems`` column), the
    meeting's own words with their stems (``text.contextual``) by what they are made of
    (``ContextKey``), and the index words of the entries' own texts (not their headings
    alone) with their vocabulary words."""

    words: dict[str, str]
    stems: dict[str, str]
    #: (a default shared by every ``Prepared`` made without it: only ever read)
    contexts: dict[ContextKey, str] = {}
    #: The index words of the entries' texts (title, items, decisions, actions; not the
    #: headings alone), each once: the same objects as values of ``words``, so pickled
    #: once.
    entry_words: tuple[str, ...] = ()
    #: ``text.vocabulary_of(entry_words)``, sorted: the storing process takes them for a
    #: meeting whose entries hold exactly those index words (``service.write_held``),
    #: instead of splitting and hashing every word of its entries again (some 350 a
    #: generated file, for about 100 distinct ones).
    vocabulary: tuple[str, ...] = ()


def prepare_record(record: MinutesRecord) -> Prepared:
    """The index words and stems of the entry texts a record will most likely give.

    The same texts ``motebok.search.service`` builds from the stored rows: the title
    (else the body's name), each item's number, title and text, its heading (number and
    title, ranked above the text), each decision, and each action with its responsible;
    and the meeting's own words (``record_context``), which every entry's tags carry.
    """
    texts = [record.title or record.body or ""]
    headings = []
    for item in record.items:
        heading = item_heading(item.number or "", None, None, item.title or "")
        texts.append(headed_text(heading, item.text))  # (``item_text``)
        headings.append(heading)
        texts.extend(item.decisions)
        texts.extend(action_text(a.text, a.responsible) for a in item.actions)
    words = {text: index_words(text) for text in [*texts, *headings]}
    # each distinct index words split once, for its stems (``stem_words``) and, an
    # entry's, its vocabulary words (the stemmer has hashed the split words by then)
    split = {found: found.split() for found in set(words.values()) if found}
    stems = {found: " ".join(stem_all(parts)) for found, parts in split.items()}
    entry_words = tuple(dict.fromkeys(found for text in texts if (found := words[text])))
    vocabulary = vocabulary_of(itertools.chain.from_iterable(map(split.__getitem__,
                                                                 entry_words)))
    return Prepared(words, stems, record_context(record), entry_words,
                    tuple(sorted(vocabulary)))


def record_context(record: MinutesRecord) -> dict[ContextKey, str]:
    """The meeting's own words with their stems (``contextual(context_words(…))``) under
    the body names the archive will most likely file the meeting by: the record's body,
    else its organisation (a body matched to an existing one under another spelling
    gives another key, and the storing process works that one out itself).

    Empty for a date that is not ISO 8601 (the import refuses such a record anyway).
    """
    try:
        day = dt.date.fromisoformat(record.meeting.date) if record.meeting.date else None
    except (TypeError, ValueError):
        return {}
    m = record.meeting
    names = dict.fromkeys(" ".join(name.split()) for name in (record.body, record.organization)
                          if name and name.strip())  # as a new body's name is written
    iso = day.isoformat() if day else None
    return {(name, record.title, m.location, iso):
            contextual(context_words(name, record.title, m.location, day))
            for name in names or [None]}
