"""Snippets with ``<mark>`` highlights, built the same way for both backends.

Safety comes from the order of work: the text is cut into plain segments and matched
tokens, *each segment is escaped*, and only then are ``<mark>`` tags put around the
escaped matches. No text from the archive reaches the page unescaped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from motebok.search.text import (
    Term,
    Token,
    closed_tokens,
    grouped_number_tokens,
    normalize,
    stem_all,
    tokens,
)

SPACES = re.compile(r"\s+")
ELLIPSIS = "…"


def _marked(found: Sequence[Token], terms: Sequence[Term]) -> list[bool]:
    """For every token, whether some query term matches it (``term_matches`` for all terms).

    Done with sets, one batch of stems and one regular expression for the compound parts
    rather than term by term: snippets are built for every hit of a page, and this was
    most of a search's time in Python. Only words starting with a term's stem are
    stemmed: a Snowball Norwegian stem only ever cuts letters off the end of its word.
    """
    words = {word for term in terms for word in (*term.words, *term.parts)}
    stems = {found for term in terms if not term.is_number for found in term.stems}
    parts = [term.word for term in terms if term.substring]
    part_search = re.compile("|".join(map(re.escape, parts))).search if parts else None
    values = [token.value for token in found]
    stem_of: dict[str, str] = {}
    if stems:
        starts = tuple(stems)
        candidates = list({value for value in values if value.startswith(starts)})
        stem_of = dict(zip(candidates, stem_all(candidates), strict=True))
    marked = []
    for token, value in zip(found, values, strict=True):
        if value in words:
            marked.append(True)
        elif token.is_number:
            marked.append(False)
        else:
            marked.append(stem_of.get(value) in stems
                          or (part_search is not None and part_search(value) is not None))
    return marked


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


def snippet(text: str, terms: Sequence[Term], width: int = 32) -> SafeString:
    """A short, escaped excerpt of ``text`` around the query terms, matches in ``<mark>``."""
    text = normalize(text)
    found = tokens(text)
    if not found:
        return mark_safe(escape(SPACES.sub(" ", text).strip()[:200]))
    marked = _marked(found, terms)
    # "e-post" is marked whole when "epost" matches it, "200 000" when "200000" does
    joined = sorted(closed_tokens(text) + grouped_number_tokens(text))
    if joined:
        index = 0
        for word, hit in zip(joined, _marked(joined, terms), strict=True):
            while index < len(found) and found[index].start < word.start:
                index += 1
            while index < len(found) and found[index].end <= word.end:
                marked[index] = marked[index] or hit
                index += 1
    first, last = _best_window(marked, width)
    start = 0 if first == 0 else found[first].start
    end = len(text) if last == len(found) else found[last - 1].end
    for word in joined:  # never cut a hyphenated word ("…post" of "e-post")
        if word.start < start < word.end:
            start = word.start
        if word.start < end < word.end:
            end = word.end
    parts = [ELLIPSIS] if start > 0 else []
    position = start
    for token, hit in zip(found[first:last], marked[first:last], strict=True):
        if not hit:
            continue
        parts.append(escape(SPACES.sub(" ", text[position:token.start])))
        parts.append(f"<mark>{escape(text[token.start:token.end])}</mark>")
        position = token.end
    parts.append(escape(SPACES.sub(" ", text[position:end])))
    if end < len(text):
        parts.append(ELLIPSIS)
    return mark_safe("".join(parts).strip())
