"""Snippets with ``<mark>`` highlights, built the same way for both backends.

Safety comes from the order of work: the text is cut into plain segments and matched
tokens, *each segment is escaped*, and only then are ``<mark>`` tags put around the
escaped matches. No text from the archive reaches the page unescaped. The escaping is
the standard library's ``html.escape`` (quotes too), which Django's ``escape`` calls:
the same text, without the lazy-string checks Django adds around each of its calls
(five and more a snippet, twenty snippets a page); the snippet is marked safe whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from django.utils.safestring import SafeString, mark_safe

from motebok.search.text import (
    Term,
    Token,
    closed_tokens,
    grouped_number_tokens,
    normalize,
    stem_all,
    token_spans,
    token_values,
    tokens,
)

SPACES = re.compile(r"\s+")
ELLIPSIS = "…"


class Marker:
    """Which tokens some query term matches (``term_matches`` for all terms), for the
    snippets of one page of hits.

    Done with sets, one batch of stems and one regular expression for the compound parts
    rather than term by term: snippets are built for every hit of a page, and this was
    most of a search's time in Python. Only words starting with a term's stem are
    stemmed: a Snowball Norwegian stem only ever cuts letters off the end of its word.
    Each word is judged once for the whole page (``verdicts``): the hits of a page share
    most of their words ("og", "i", the searched words themselves), and a page of
    twenty texts holds some 3,000 tokens but a few hundred words.
    """

    def __init__(self, terms: Sequence[Term]) -> None:
        self.words = {word for term in terms for word in (*term.words, *term.parts)}
        self.stems = {found for term in terms if not term.is_number for found in term.stems}
        self.starts = tuple(self.stems)
        parts = [term.word for term in terms if term.substring]
        self.part_search = (re.compile("|".join(map(re.escape, parts))).search
                            if parts else None)
        #: Whether a word (a token that is no case number) is matched, by its value.
        self.verdicts: dict[str, bool] = {}

    def marked(self, found: Sequence[Token]) -> list[bool]:
        """For every token of ``found``, whether some query term matches it."""
        return self.marked_values([token.value for token in found],
                                  [index for index, token in enumerate(found)
                                   if token.is_number])

    def marked_values(self, values: Sequence[str], numbers: Sequence[int]) -> list[bool]:
        """``marked`` from the tokens' values and the places of the case numbers among
        them (``token_values``): a case number is matched only as a whole word."""
        verdicts = self.verdicts
        new = set(values).difference(verdicts)
        if new:
            self._judge(new)
        marked = list(map(verdicts.__getitem__, values))
        for index in numbers:
            marked[index] = values[index] in self.words
        return marked

    def _judge(self, values: set[str]) -> None:
        """Add the verdicts of words not judged before."""
        stem_of: dict[str, str] = {}
        if self.starts:
            candidates = [value for value in values
                          if value not in self.words and value.startswith(self.starts)]
            stem_of = dict(zip(candidates, stem_all(candidates), strict=True))
        part_search, stems = self.part_search, self.stems
        for value in values:
            self.verdicts[value] = (value in self.words or stem_of.get(value) in stems
                                    or (part_search is not None
                                        and part_search(value) is not None))


def _marked(found: Sequence[Token], terms: Sequence[Term]) -> list[bool]:
    """For every token, whether some query term matches it (a ``Marker`` of its own)."""
    return Marker(terms).marked(found)


def _best_window(marked: Sequence[bool], width: int) -> tuple[int, int]:
    """The token range of ``width`` tokens holding the most marks (earliest wins).

    The window starts a few tokens before its first mark so a reader sees context.
    """
    if len(marked) <= width:
        return 0, len(marked)
    best_start, best_count = 0, sum(marked[:width])
    count = best_count
    for start in range(1, len(marked) - width + 1):
        count += marked[start + width - 1] - marked[start - 1]
        if count > best_count:
            best_start, best_count = start, count
    if best_count:
        first = next(i for i in range(best_start, best_start + width) if marked[i])
        best_start = max(0, min(first - 4, len(marked) - width))
    return best_start, best_start + width


def snippet(text: str, terms: Sequence[Term], width: int = 32,
            marker: Marker | None = None) -> SafeString:
    """A short, escaped excerpt of ``text`` around the query terms, matches in ``<mark>``.

    ``marker``: a ``Marker`` of the same terms, shared by the snippets of one page.
    """
    text = normalize(text)
    if marker is None:
        marker = Marker(terms)
    # "e-post" is marked whole when "epost" matches it, "200 000" when "200000" does
    joined = sorted(closed_tokens(text) + grouped_number_tokens(text))
    spans: Sequence[tuple[int, int]] | None = None
    if joined:
        spans = found = tokens(text)
        marked = marker.marked(found)
        index = 0
        for word, hit in zip(joined, marker.marked(joined), strict=True):
            while index < len(found) and found[index].start < word.start:
                index += 1
            while index < len(found) and found[index].end <= word.end:
                marked[index] = marked[index] or hit
                index += 1
    else:  # the usual text: every token's value; the spans only as far as needed (below)
        marked = marker.marked_values(*token_values(text))
    if not marked:
        return mark_safe(escape(SPACES.sub(" ", text).strip()[:200]))
    first, last = _best_window(marked, width)
    hits = [index for index in range(first, last) if marked[index]]
    if spans is None:  # up to the last token whose place is needed: a mark or an edge
        spans = token_spans(text, max(hits[-1] if hits else 0, first,
                                      last - 1 if last < len(marked) else 0) + 1)
    start = 0 if first == 0 else spans[first][0]
    end = len(text) if last == len(marked) else spans[last - 1][1]
    for word in joined:  # never cut a hyphenated word ("…post" of "e-post")
        if word.start < start < word.end:
            start = word.start
        if word.start < end < word.end:
            end = word.end
    parts = [ELLIPSIS] if start > 0 else []
    position = start
    for index in hits:
        token_start, token_end = spans[index][0], spans[index][1]
        parts.append(escape(SPACES.sub(" ", text[position:token_start])))
        parts.append(f"<mark>{escape(text[token_start:token_end])}</mark>")
        position = token_end
    parts.append(escape(SPACES.sub(" ", text[position:end])))
    if end < len(text):
        parts.append(ELLIPSIS)
    return mark_safe("".join(parts).strip())
