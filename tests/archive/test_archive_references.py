"""Case references: finding "jf. sak 12/27" in a text, normalising the number as written
and resolving it to the item of the same body's series (``archive.references``)."""

from __future__ import annotations

import datetime as dt

import pytest

from motebok.archive.importer import parse_number
from motebok.archive.models import AgendaItem, Decision, Meeting, Organization
from motebok.archive.references import ReferenceIndex, find_references, normalise_number
from motebok.vocab import DocumentKind, MeetingStatus, OrganizationKind


def found(text: str) -> list[tuple[str, tuple[int, int | None]]]:
    """The references of ``text`` as (number as written, (sequence, year))."""
    return [(ref.text, ref.key) for ref in find_references(text)]


@pytest.mark.parametrize("text, expected", [
    ("jf. sak 12/27", [("12/27", (12, 2027))]),
    ("Saken ble behandlet i sak 4/26.", [("4/26", (4, 2026))]),
    ("viser til PS 3/27", [("3/27", (3, 2027))]),
    ("RS 2/27 og FS 11/2027", [("2/27", (2, 2027)), ("11/2027", (11, 2027))]),
    ("oppfølging av sak 07/22 og 15/22", [("07/22", (7, 2022)), ("15/22", (15, 2022))]),
    ("Sak 12/27 Budsjett 2028 (fortsettelse av sak 31/27)",
     [("12/27", (12, 2027)), ("31/27", (31, 2027))]),
    ("sakene 012/27, 13/2027 og sak 14/27",
     [("012/27", (12, 2027)), ("13/2027", (13, 2027)), ("14/27", (14, 2027))]),
    ("jf. 12/2027", [("12/2027", (12, 2027))]),
    ("saksnr. 5/25", [("5/25", (5, 2025))]),
    ("i sak nr. 8/25 og saksnummer 9/25", [("8/25", (8, 2025)), ("9/25", (9, 2025))]),
    ("Se saken 5.", [("5", (5, None))]),
    ("saker 3, 4 og 5", [("3", (3, None)), ("4", (4, None)), ("5", (5, None))]),
    ("sak 3/27 og 4 andre saker", [("3/27", (3, 2027))]),
])
def test_references_in_text(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Møtet 12/3 ble flyttet.",            # a date
    "1/2 av budsjettet går til drift.",   # a fraction
    "jf. 12/3",                           # a date after jf.
    "jf. § 5",                            # a paragraph
    "saksbehandler 12/27 svarte",         # "sak" inside a word
    "forsak 3/27",
    "sak 5.2 om veier",                   # a sub-item
    "saken koster 5,5 millioner",         # an amount
    "ps 3/27",                            # a postscript, not a case paper
    "sak 2027/123",                       # an archive case number, year first
    "",
])
def test_not_references(text):
    assert found(text) == []


@pytest.mark.parametrize("number, key", [
    ("12/27", (12, 2027)), ("012/27", (12, 2027)), ("PS 12/27", (12, 2027)),
    ("12/2027", (12, 2027)), ("5", (5, None)), ("5.", (5, None)), ("12/3", None),
    ("Orienteringer", None), ("3a", None),
])
def test_normalise_number(number, key):
    assert normalise_number(number) == key


def _body(name: str, slug: str) -> Organization:
    return Organization.objects.create(name=name, slug=slug, kind=OrganizationKind.BODY)


def _meeting(body, day, status=MeetingStatus.PUBLISHED) -> Meeting:
    return Meeting.objects.create(body=body, date=day, status=status,
                                  kind=DocumentKind.MINUTES)


def _item(meeting, number: str, text: str = "", order: int = 0) -> AgendaItem:
    sequence, year = parse_number(number)
    return AgendaItem.objects.create(meeting=meeting, number=number, sequence=sequence,
                                     year=year, title=f"Sak {number}", text=text, order=order)


def _index(meeting, user=None) -> ReferenceIndex:
    meeting = Meeting.objects.prefetch_related("items__decisions", "items__actions").get(
        pk=meeting.pk)
    return ReferenceIndex.for_meeting(meeting, user)


def _targets(index: ReferenceIndex, item: AgendaItem) -> dict[str, int | None]:
    result = {}
    for text in [item.text, *item.decisions.values_list("text", flat=True)]:
        for ref in find_references(text):
            link = index.link_for(item.pk, ref)
            result[ref.text] = link.item_id if link else None
    return result


@pytest.mark.django_db
def test_resolution_across_years_and_bodies():
    region, school = _body("Regionrådet", "regionradet"), _body("Skolenettverket", "skole")
    old = _meeting(region, dt.date(2026, 11, 2))
    old12 = _item(old, "12/26")
    other_body_12 = _item(_meeting(school, dt.date(2027, 1, 5)), "12/27")
    early = _meeting(region, dt.date(2027, 2, 1))
    new12 = _item(early, "12/27")
    later = _meeting(region, dt.date(2027, 5, 3))
    item = _item(later, "20/27", "Oppfølging av sak 12/26 og sak 12/2027; jf. sak 12/25.")
    Decision.objects.create(item=item, text="Se også sak 12.")
    index = _index(later)
    assert _targets(index, item) == {"12/26": old12.pk, "12/2027": new12.pk, "12/25": None,
                                     "12": new12.pk}   # bare: this year's 12 in the series
    assert other_body_12.pk not in {t.pk for t in index.resolved.values()}
    back = _index(early)
    assert [link.item_id for link in back.referred_by[new12.pk]] == [item.pk]
    assert [link.item_id for link in _index(old).referred_by[old12.pk]] == [item.pk]


@pytest.mark.django_db
def test_bare_number_prefers_the_same_meeting_and_gives_up_when_ambiguous():
    body = _body("Nettverket", "nettverket")
    first = _meeting(body, dt.date(2027, 3, 1))
    five_a = _item(first, "5")
    meeting = _meeting(body, dt.date(2027, 6, 1))
    here = _item(meeting, "5", order=1)
    item = _item(meeting, "6", "Fortsettelse av sak 5.", order=2)
    assert _targets(_index(meeting), item) == {"5": here.pk}
    second_five = _item(meeting, "5", order=3)
    assert _targets(_index(meeting), item) == {"5": None}
    assert five_a.pk and second_five.pk


@pytest.mark.django_db
def test_hidden_items_resolve_to_nothing(personas):
    body = personas.body
    draft = _meeting(body, dt.date(2027, 1, 1), MeetingStatus.DRAFT)
    hidden = _item(draft, "01/27", "Bygger på sak 02/27.")
    shown = _meeting(body, dt.date(2027, 2, 1))
    item = _item(shown, "02/27", "Jf. sak 01/27.")
    for user in (None, personas.anonymous, personas.outsider):
        index = _index(shown, user)
        assert _targets(index, item) == {"01/27": None}
        assert index.referred_by.get(item.pk, []) == []
    for user in (personas.member, personas.secretariat, personas.superuser):
        index = _index(shown, user)
        assert _targets(index, item) == {"01/27": hidden.pk}
        assert [link.item_id for link in index.referred_by[item.pk]] == [hidden.pk]
