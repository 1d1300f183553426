"""Case references between agenda items: "jf. sak 12/27", "behandlet i PS 4/26".

Minutes name earlier cases by their number in the body's series. This module holds the
one rule for finding such a reference in a text (``find_references``), normalising a
number as written (``normalise_number``) and resolving it to the item it names
(``ReferenceIndex``), for the web pages and the API alike.

Computed per page, not stored. An ``ItemReference`` table would have to follow every
import, re-import, deletion and secretariat edit (text, decisions, actions, renumbering),
and a stale row would link the wrong case; the numbers live on ``AgendaItem`` already
(``sequence``, ``year``, indexed), so one meeting's links and back-links cost a fixed
number of queries (``ReferenceIndex.for_meeting``: targets, visibility, three text
searches prefiltered by the number as text, source meetings' items, source items) —
bounded by the meeting's items, not by the archive.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext

from motebok import vocab
from motebok.archive.models import Action, AgendaItem, Decision, reads_closed_items

# "sak", "saken", "saka", "saker", "sakene" (each perhaps with "nr."), "saksnr.",
# "saknr.", "saksnummer" (any case) or the
# case-paper prefixes PS, RS, FS (politisk sak, referatsak, formannskapssak: upper case
# only, "ps" in running text is a postscript) — optionally after "jf."/"jfr.";
# or "jf."/"jfr." alone before a number with a year.
_KEYWORD = (r"(?:(?:jf|jfr)\.?\s+)?"
            r"(?:sak(?:en|a|ene|er)?(?:\s+nr\.?)?|saksnr\.?|saknr\.?|saksnummer"
            r"|(?-i:PS|RS|FS))\s*")
_JF = r"(?:jf|jfr)\.?\s*"
# a case number: 1–3 digits, "/", a 2- or 4-digit year; not part of a longer number
_YEAR_NUMBER = r"(?<![\d/])\d{1,3}/(?:\d{4}|\d{2})(?![\d/])"
# a bare number: not a date, fraction, sub-item ("5.2") or amount ("5,5")
_BARE_NUMBER = r"(?<![\d/])\d{1,3}(?![\d/]|[.,]\d)"
_REFERENCE = re.compile(
    rf"(?<![\w.])(?:{_KEYWORD}(?P<a>{_YEAR_NUMBER}|{_BARE_NUMBER})"
    rf"|{_JF}(?P<b>{_YEAR_NUMBER}))", re.IGNORECASE)
# the next number of a list: "sak 3/27 og 4/27", "sakene 07/22, 15/22 og 31/22"
_CONTINUE = re.compile(r"\s*(?:,|og|eller|samt|and|&)\s*(?:(?:sak|PS|RS|FS)\s*)?",
                       re.IGNORECASE)
_YEAR_ONLY = re.compile(_YEAR_NUMBER)
_BARE_ONLY = re.compile(_BARE_NUMBER)

Key = tuple[int, int | None]


@dataclass(frozen=True)
class CaseReference:
    """One number written in a text: where it stands and the case it names.

    ``start``/``end`` span the number only ("12/27" in "jf. sak 12/27"), so a link wraps
    just that; ``year`` is None for a bare "sak 5".
    """

    start: int
    end: int
    text: str
    sequence: int
    year: int | None

    @property
    def key(self) -> Key:
        """(sequence, year): what the number names, however it was written."""
        return (self.sequence, self.year)


def normalise_number(number: str) -> Key | None:
    """(sequence, year) of a case number as written, or None when it is not one.

    "12/27", "012/27", "PS 12/27", "12/2027" → (12, 2027); "5" → (5, None). Two-digit
    years are this century; a year outside 1900–2999 is no year.
    """
    text = number.strip().rstrip(".")
    text = re.sub(r"^(?:PS|RS|FS|sak)\s*", "", text, flags=re.IGNORECASE)
    head, sep, tail = text.partition("/")
    if not head.isdigit() or (sep and not tail.isdigit()):
        return None
    if not sep:
        return int(head), None
    year = int(tail) + (2000 if len(tail) == 2 else 0)
    if len(tail) not in (2, 4) or not 1900 <= year <= 2999:
        return None
    return int(head), year


def _reference(match: re.Match, group: int | str) -> CaseReference | None:
    """The reference a matched number makes, or None (a year out of range)."""
    key = normalise_number(match.group(group))
    if key is None:
        return None
    return CaseReference(match.start(group), match.end(group), match.group(group), *key)


def find_references(text: str) -> list[CaseReference]:
    """Every case reference in ``text``, in order.

    A number counts only after a case word ("sak", "saken", "saksnr.", "PS", "RS", "FS",
    "jf." before a number with a year) or as the next of such a list ("sak 3/27 og 4/27");
    a list keeps its form, so "sak 3/27 og 4 andre saker" names one case. Dates ("12/3",
    "12.03.27"), fractions ("1/2 av budsjettet") and "sak" inside a word
    ("saksbehandler 12/27") are not references. A cheap gate: no digit, no reference.
    """
    if not text or not any(ch.isdigit() for ch in text):
        return []
    found: list[CaseReference] = []
    for match in _REFERENCE.finditer(text):
        if found and match.start() < found[-1].end:
            continue  # "og sak 4/27" was read as the list's next number already
        group = "a" if match.group("a") is not None else "b"
        first = _reference(match, group)
        if first is None:
            continue
        found.append(first)
        form = _BARE_ONLY if first.year is None else _YEAR_ONLY
        found.extend(_list_tail(text, match.end(group), form))
    return found


def _list_tail(text: str, pos: int, form: re.Pattern) -> Iterator[CaseReference]:
    """The numbers continuing a list after ``pos``, each of the list's form."""
    while (joint := _CONTINUE.match(text, pos)) and joint.end() > pos:
        number = form.match(text, joint.end())
        if number is None:
            return
        ref = _reference(number, 0)
        if ref is None:
            return
        yield ref
        pos = number.end()


# --------------------------------------------------------------------------- resolving


@dataclass
class ItemLink:
    """A resolved reference seen from one side: the other item, if the viewer may see it."""

    item_id: int
    meeting_id: int
    number: str | None
    title: str | None

    def url(self) -> str:
        """The web address of the item (its anchor on the meeting page)."""
        return f"{reverse('web:meeting', args=[self.meeting_id])}#item-{self.item_id}"


@dataclass
class _Target:
    """A candidate item a number may name."""

    pk: int
    meeting_id: int
    sequence: int | None
    year: int | None
    number: str | None = None
    title: str | None = None


@dataclass
class ReferenceIndex:
    """One meeting's references: for each item, the texts' numbers resolved (outgoing,
    keyed by (item id, text)) and the visible items that refer to it (incoming)."""

    resolved: dict[tuple[int, Key], _Target] = field(default_factory=dict)
    visible: dict[int, ItemLink] = field(default_factory=dict)
    referred_by: dict[int, list[ItemLink]] = field(default_factory=dict)

    def link_for(self, item_id: int, ref: CaseReference) -> ItemLink | None:
        """The visible item ``ref`` (written under item ``item_id``) names, or None."""
        target = self.resolved.get((item_id, ref.key))
        if target is None or target.pk == item_id:
            return None
        return self.visible.get(target.pk)

    @classmethod
    def for_meeting(cls, meeting: Any, user: Any) -> ReferenceIndex:
        """Resolve the references of ``meeting``'s items (loaded with decisions and actions)
        both ways, only to and from items ``user`` may see."""
        index = cls()
        items = list(meeting.items.all())
        if not items:
            return index
        year = meeting.year()
        texts = {it.pk: list(_item_texts(it)) for it in items}
        own = {it.pk: _Target(it.pk, meeting.pk, it.sequence, it.year, it.number, it.title)
               for it in items}
        refs = {pk: [r for t in ts for r in find_references(t)] for pk, ts in texts.items()}
        scope = (Q(meeting__body_id=meeting.body_id) if meeting.body_id is not None
                 else Q(meeting_id=meeting.pk))
        # targets: every (sequence, year) the texts name, a bare number in this year, and
        # this meeting's own numbers (to know whether they are unique in the series)
        keys = {(s, y) for rs in refs.values() for s, y in (r.key for r in rs)}
        keys = {(s, y if y is not None else year) for s, y in keys}
        keys |= {(t.sequence, t.year) for t in own.values()
                 if t.sequence is not None and t.year is not None}
        series: dict[Key, list[_Target]] = defaultdict(list)
        if keys:
            wanted = Q()
            for s, y in keys:
                wanted |= Q(sequence=s, year=y)
            for row in (AgendaItem.objects.filter(scope).filter(wanted)
                        .values("pk", "meeting_id", "sequence", "year", "number", "title")):
                series[(row["sequence"], row["year"])].append(_Target(
                    row["pk"], row["meeting_id"], row["sequence"], row["year"],
                    row["number"], row["title"]))
        by_meeting = {meeting.pk: _by_sequence(own.values())}
        for pk, rs in refs.items():
            for ref in rs:
                target = _resolve(ref, meeting.pk, year, series, by_meeting)
                if target is not None:
                    index.resolved[(pk, ref.key)] = target
        sources = _sources(meeting, own, scope)
        index._add_back_links(sources, own, series, year, meeting, texts)
        index._add_visible(user, meeting, {it.pk for it in items if it.is_closed})
        return index

    def _add_back_links(self, sources: dict[int, dict[str, Any]], own: dict[int, _Target],
                        series: dict[Key, list[_Target]], year: int, meeting: Any,
                        texts: dict[int, list[str]]) -> None:
        """Record which items (this meeting's or the series') name this meeting's items."""
        other_meetings = {s["meeting_id"] for s in sources.values()} - {meeting.pk}
        by_meeting: dict[int, dict[int | None, list[_Target]]] = defaultdict(dict)
        by_meeting[meeting.pk] = _by_sequence(own.values())
        for row in AgendaItem.objects.filter(meeting_id__in=other_meetings).values(
                "pk", "meeting_id", "sequence", "year"):
            by_meeting[row["meeting_id"]].setdefault(row["sequence"], []).append(
                _Target(row["pk"], row["meeting_id"], row["sequence"], row["year"]))
        for pk, ts in texts.items():
            sources.setdefault(pk, {"meeting_id": meeting.pk, "year": year, "texts": []})
            sources[pk]["texts"] = ts
        for source_pk, source in sources.items():
            named: set[int] = set()
            for text in source["texts"]:
                for ref in find_references(text):
                    target = _resolve(ref, source["meeting_id"], source["year"], series,
                                      by_meeting)
                    if target is not None and target.pk in own and target.pk != source_pk:
                        named.add(target.pk)
            for target_pk in named:
                self.referred_by.setdefault(target_pk, []).append(
                    ItemLink(source_pk, source["meeting_id"], None, None))

    def _add_visible(self, user: Any, meeting: Any, closed_own: set[int]) -> None:
        """Keep only the items ``user`` may see, with their numbers and titles.

        An item closed to the public ("unntatt offentlighet") that ``user`` may not read
        (``reads_closed_items``: the body's drafts rule; every item here is of one body)
        is named by its public title, and names nothing itself: its text, decisions and
        actions are hidden, so the references written in them are too.
        """
        wanted = {t.pk for t in self.resolved.values()}
        wanted |= {link.item_id for links in self.referred_by.values() for link in links}
        if not wanted:
            return
        rows = (AgendaItem.objects.visible_to(user).filter(pk__in=wanted)
                .values("pk", "meeting_id", "number", "title", "exemption", "title_public",
                        "meeting__date", "order"))
        info = {row["pk"]: row for row in rows}
        closed = closed_own | {pk for pk, row in info.items() if row["exemption"].strip()}
        hidden = closed if closed and not reads_closed_items(user, meeting) else set()
        for pk, row in info.items():
            title = row["title"]
            if pk in hidden and not row["title_public"]:
                title = vocab.closed_title(row["exemption"], gettext(vocab.CLOSED_TO_PUBLIC))
            self.visible[pk] = ItemLink(pk, row["meeting_id"], row["number"], title)
        if hidden:
            self.resolved = {key: t for key, t in self.resolved.items() if key[0] not in hidden}
        for target_pk, links in list(self.referred_by.items()):
            kept = sorted((self.visible[link.item_id] for link in links
                           if link.item_id in self.visible and link.item_id not in hidden),
                          key=lambda lk: (_date_key(info[lk.item_id]), info[lk.item_id]["order"],
                                          lk.item_id))
            self.referred_by[target_pk] = kept


def _by_sequence(targets: Iterable[_Target]) -> dict[int | None, list[_Target]]:
    """A meeting's items by sequence (two with one number make it ambiguous)."""
    found: dict[int | None, list[_Target]] = defaultdict(list)
    for t in targets:
        found[t.sequence].append(t)
    return dict(found)


def _date_key(row: dict[str, Any]) -> str:
    """Sort key of a source item: its meeting's date (undated last)."""
    return row["meeting__date"].isoformat() if row["meeting__date"] else "9999"


def _item_texts(item: Any) -> Iterator[str]:
    """The texts of an item that may name other cases: its text, decisions, actions."""
    if item.text:
        yield item.text
    for decision in item.decisions.all():
        yield decision.text
    for action in item.actions.all():
        yield action.text


def _resolve(ref: CaseReference, meeting_id: int, year: int,
             series: dict[Key, list[_Target]],
             by_meeting: dict[int, dict[int | None, list[_Target]]]) -> _Target | None:
    """The one item ``ref`` names, written in meeting ``meeting_id`` of ``year``.

    "12/27": the series' item 12 of 2027. A bare "sak 5": the same meeting's item 5, else
    the series' item 5 of the meeting's year. Two candidates (or none): no link.
    """
    if ref.year is not None:
        found = series.get(ref.key, [])
        return found[0] if len(found) == 1 else None
    here = by_meeting.get(meeting_id, {}).get(ref.sequence, [])
    if here:
        return here[0] if len(here) == 1 else None
    found = series.get((ref.sequence, year), [])
    return found[0] if len(found) == 1 else None


def _sources(meeting: Any, own: dict[int, _Target],
             scope: Q) -> dict[int, dict[str, Any]]:
    """The other meetings' items (of the same series) whose texts may name one of
    ``own``: three prefiltered queries (item texts, decisions, actions). Keyed by item
    id: its meeting's id, that meeting's year and the texts."""
    year = meeting.year()
    targets = [t for t in own.values() if t.sequence is not None]
    if not targets:
        return {}
    dated = Q()
    for t in targets:
        if t.year is not None:
            dated |= Q(text__contains=f"{t.sequence}/{t.year % 100:02d}")
            dated |= Q(text__contains=f"{t.sequence}/{t.year}")
    bare = Q()
    for t in targets:
        if t.year is None or t.year == year:
            bare |= Q(text__contains=str(t.sequence))
    if bare:   # a bare "sak 5" names an item of its own meeting's year only
        bare &= Q(meeting__date__year=year) if meeting.date else Q(meeting_id=meeting.pk)
    wanted_item = dated | bare
    if not wanted_item:
        return {}
    rows = list(AgendaItem.objects.filter(scope).exclude(meeting_id=meeting.pk)
                .filter(wanted_item).values_list("pk", "meeting_id", "meeting__date", "text"))

    def prefixed(q: Q, prefix: str) -> Q:
        """``q`` on a decision's or action's item (its meeting fields prefixed)."""
        return Q(*[prefixed(c, prefix) if isinstance(c, Q)
                   else (c[0] if c[0].startswith("text") else prefix + c[0], c[1])
                   for c in q.children], _connector=q.connector, _negated=q.negated)

    for model in (Decision, Action):
        rows += (model.objects.filter(prefixed(scope, "item__"))
                 .exclude(item__meeting_id=meeting.pk)
                 .filter(prefixed(wanted_item, "item__"))
                 .values_list("item_id", "item__meeting_id", "item__meeting__date", "text"))
    sources: dict[int, dict[str, Any]] = {}
    for pk, meeting_id, day, text in rows:
        source = sources.setdefault(pk, {"meeting_id": meeting_id,
                                         "year": day.year if day else year, "texts": []})
        source["texts"].append(text)
    return sources
