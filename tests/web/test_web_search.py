"""The search page: form with filters, ranked hits with highlighted snippets, paging."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from motebok.search import KINDS, rebuild
from motebok.web.forms import SEARCH_KINDS
from web.builders import make_item, make_meeting, participate

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


@pytest.fixture
def indexed(archive):
    """The archive with its search index built."""
    rebuild()
    return archive


def search_page(client, **query) -> str:
    """The HTML of /search with the given parameters."""
    response = client.get(reverse("web:search"), query)
    assert response.status_code == 200
    return response.content.decode()


def test_empty_search_shows_the_form_with_labels(client, indexed):
    html = search_page(client)
    for field in ("q", "body", "year", "person", "kind"):
        assert f'<label for="id_{field}">' in html
    assert "Treff" not in html


def test_hit_is_highlighted_and_links_to_the_item(client, indexed):
    html = search_page(client, q="naust")
    assert "<mark>naust</mark>" in html
    assert "Registrering av gamle naust" in html
    item = indexed.first.items.get(number="02/25")
    assert f'{reverse("web:meeting", args=[indexed.first.id])}#item-{item.id}' in html


def test_query_is_kept_in_the_header_and_form(client, indexed):
    html = search_page(client, q="naust")
    assert 'id="header-search-q" name="q" value="naust"' in html
    assert 'value="naust"' in html[html.index('id="id_q"') - 200:]


def test_no_hits_message(client, indexed):
    html = search_page(client, q="sjøormer")
    assert "Ingen treff for «sjøormer»." in html


def test_body_filter(client, indexed):
    assert "Skolestruktur" in search_page(client, q="skolestruktur")
    assert "Skolestruktur" not in search_page(client, q="skolestruktur", body="kulturarv")
    assert "Skolestruktur" in search_page(client, q="skolestruktur", body="oppvekst")


def test_year_filter(client, indexed):
    old = make_meeting(indexed.body, date(2019, 5, 5), title="Gammelt møte")
    make_item(old, "07/19", "Naust i gamle dager")
    rebuild()
    assert "Naust i gamle dager" in search_page(client, q="naust")
    assert "Naust i gamle dager" in search_page(client, q="naust", year=2019)
    assert "Naust i gamle dager" not in search_page(client, q="naust", year=2025)


def test_person_filter(client, indexed):
    html = search_page(client, q="skolestruktur", person=indexed.people["Dag"].id)
    assert "Skolestruktur" in html
    html = search_page(client, q="skolestruktur", person=indexed.people["Astrid"].id)
    assert "Skolestruktur" not in html


def test_the_person_is_typed_whole_or_in_part(client, indexed):
    # the name as typed, in any case; a part only one name holds is that person (the
    # page says whom it found); the name an id once stood for in a link still works
    for typed in ("dag  øvrebø", "Øvrebø", "DAG Ø"):
        html = search_page(client, q="skolestruktur", person=typed)
        assert "Skolestruktur" in html, typed
    assert "Møter der Dag Øvrebø er oppført." in search_page(client, q="skole", person="øvre")
    assert "Skolestruktur" not in search_page(client, q="skolestruktur", person="Astrid")


@pytest.mark.parametrize(("typed", "said"), [
    # an id no one has, one too large for the database, a digit that is no number ("²",
    # read as a name, with no letter to look for): each the form's error, never a server
    # error
    ("999999", "Ingen slik person."), ("9" * 30, "Ingen slik person."),
    ("²", "Skriv minst 2 bokstaver av navnet."),
])
def test_a_typed_person_that_is_no_one_is_the_forms_error(client, indexed, typed, said):
    assert said in search_page(client, q="naust", person=typed)


def test_a_part_of_several_names_offers_them_and_a_whole_name_wins(client, indexed):
    from web.builders import make_person

    for name in ("Kari Holm", "Kari Holmen", "Per Holmås"):
        participate(indexed.first, make_person(name), order=9)
    rebuild()
    html = search_page(client, q="naust", person="holm")
    assert "Flere personer passer til «holm»: velg én." in html
    assert "<mark>naust</mark>" not in html  # no search on a person not yet chosen
    links = [f'href="?q=naust&amp;person={name.replace(" ", "+")}"'
             for name in ("Kari Holm", "Kari Holmen", "Per Holm%C3%A5s")]
    assert [link for link in links if link not in html] == []
    assert "skriv mer av navnet" not in html  # all three offered
    html = search_page(client, q="naust", person="kari holm")  # whole: not Holmen
    assert "<mark>naust</mark>" in html and "Flere personer" not in html


@pytest.mark.parametrize("typed", [".", "-", "ø", "Ø.", " a ", "'"])
def test_a_part_without_two_letters_asks_for_more_not_for_whoever_holds_it(
        client, indexed, typed):
    # (s76h) "." or "a" is in nearly every name: no one picked, no list offered, the
    # form asks for more of the name (and searches nothing)
    html = search_page(client, q="skolestruktur", person=typed)
    assert "Skriv minst 2 bokstaver av navnet." in html
    assert "Skolestruktur" not in html and "Flere personer" not in html
    assert "Møter der" not in html


def test_a_short_part_that_is_someones_whole_name_is_that_person(client, indexed):
    # (s76h) the whole name wins however short it is; two letters are a part again
    from web.builders import make_person

    participate(indexed.first, make_person("Å"), order=9)
    participate(indexed.first, make_person("Per Ås"), order=10)
    rebuild()
    assert "Møter der Å er oppført." in search_page(client, q="naust", person="å")
    assert "Møter der Per Ås er oppført." in search_page(client, q="naust", person="ås")


def test_a_name_known_only_from_a_draft_is_nobody_to_the_public(clients, indexed):
    html = search_page(clients["anonymous"], q="fredning", person="Eline")
    assert "Ingen med navnet «Eline» er oppført i referatene." in html
    assert "Eline Rustad" not in html
    assert "Ingen med navnet" not in search_page(clients["member"], q="fredning",
                                                   person="Eline")


def test_the_names_offered_are_the_chosen_body_s(client, indexed):
    html = search_page(client, body="oppvekst")
    offered = html[html.index('<datalist id="search-people">'):]
    assert '<option value="Dag Øvrebø">' in offered and "Astrid" not in offered
    assert 'list="search-people"' in html
    assert 'aria-describedby="id_person_helptext"' in html and 'id="id_person_helptext"' in html


def test_bad_year_is_a_form_error(client, indexed):
    html = search_page(client, q="naust", year="tjue")
    assert "Oppgi et heltall" in html  # Django's bokmål message next to the field


def test_drafts_are_not_found_by_the_public(clients, indexed):
    assert "Fredning av kirkegården" not in search_page(clients["anonymous"], q="fredning")
    assert "Fredning av kirkegården" not in search_page(clients["outsider"], q="fredning")
    assert "Fredning av kirkegården" in search_page(clients["member"], q="fredning")


def test_a_hit_in_minutes_not_yet_published_says_so(clients, indexed):
    """A member finds the draft's words, marked "Utkast" as in the meeting lists, so a
    hit is not quoted as a decision made public; published hits carry no badge."""
    html = search_page(clients["member"], q="fredning")
    hit = html[html.index("Fredning av kirkegården"):]
    hit = hit[:hit.index("</h3>")]
    assert '<span class="badge badge-draft">Utkast</span>' in hit
    html = search_page(clients["member"], q="naust")
    assert "Registrering av gamle naust" in html and "badge-draft" not in html


def test_snippet_escapes_archive_text(client, indexed):
    meeting = make_meeting(indexed.body, date(2025, 7, 7), title="Sikkerhetsmøte")
    make_item(meeting, "05/25", "Nettside", "Noen skrev <script>alert(1)</script> om brannvern.")
    rebuild()
    html = search_page(client, q="brannvern")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
    assert "<mark>brannvern</mark>" in html


def test_paging_keeps_query_and_filters(client, indexed):
    for number in range(25):
        meeting = make_meeting(indexed.body, date(2024, 1, 1 + number), title=f"Møte {number}")
        make_item(meeting, f"{number:02d}/24", f"Kystkultur del {number}")
        participate(meeting, indexed.people["Astrid"])
    rebuild()
    html = search_page(client, q="kystkultur", body="kulturarv", kind="item")
    assert "Side 1 av 2" in html
    assert "Treff 1–20 av 25" in html
    next_link = html[html.index('rel="next"') - 200:html.index('rel="next"')]
    assert "q=kystkultur" in next_link and "body=kulturarv" in next_link and "page=2" in next_link
    assert "kind=item" in next_link
    html = search_page(client, q="kystkultur", body="kulturarv", kind="item", page=2)
    assert "Side 2 av 2" in html
    assert "Treff 21–25 av 25" in html


def test_query_text_is_escaped_everywhere(client, indexed):
    html = search_page(client, q='"><script>alert(1)</script>')
    assert "<script>alert(1)</script>" not in html
    assert "Ingen treff for «&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;»." in html


def test_search_in_english(client, indexed):
    html = client.get(reverse("web:search"), {"q": "naust"},
                      HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Hits 1–" in html and " for “naust”." in html
    assert '<label for="id_body">Body</label>' in html


def test_capped_count_says_more_than(client, indexed, monkeypatch):
    from motebok.search import backends

    # "registrering" is in the item, its decision and its action: three exact hits.
    html = search_page(client, q="registrering")
    assert "Treff 1–3 av 3 for «registrering»." in html
    monkeypatch.setattr(backends, "COUNT_CAP", 2)
    html = search_page(client, q="registrering")
    assert "Treff 1–2 av over 2 for «registrering». Legg til ord eller filtre" in html


HOSTILE = ['"', '"naust', "naust*", "*", "NEAR(naust registrering)", "-naust", "((naust",
           "naust))", "'; DROP TABLE search_searchentry; --", "%_%", "naust\x00", "\\",
           "a & b | !c <-> d", "words:naust", "1/1/1/1", "x" * 300]


@pytest.mark.parametrize("query", HOSTILE, ids=[repr(q)[:30] for q in HOSTILE])
def test_hostile_query_text_gives_a_page_on_the_web_and_the_api(client, indexed, query):
    page = client.get(reverse("web:search"), {"q": query, "body": "kulturarv", "year": "2025"})
    assert page.status_code == 200
    api = client.get("/api/v1/search", {"q": query, "year": "2025"})
    assert api.status_code == 200, api.content
    assert isinstance(api.json()["results"], list)
    assert client.get(reverse("web:search"), {"q": "naust"}).status_code == 200


def test_person_filter_offers_only_people_the_viewer_may_see(clients, indexed):
    # Eline is named only in the draft: the public must not learn her name from the form.
    for persona in ("anonymous", "outsider"):
        html = search_page(clients[persona])
        assert "Eline Rustad" not in html, persona
        assert "Dag Øvrebø" in html, persona
    assert "Eline Rustad" in search_page(clients["member"])


@pytest.mark.parametrize("page", ["abc", "0", "-3", "2.5", ""])
def test_a_mangled_page_number_gives_the_first_page_not_nothing(client, indexed, page):
    # The page is a hidden field: an error there would be shown nowhere.
    html = search_page(client, q="naust", page=page)
    assert "<mark>naust</mark>" in html


def test_body_filter_offers_no_organisation_known_only_from_drafts(clients, indexed):
    from datetime import date

    from motebok.archive.models import Organization
    from motebok.vocab import MeetingStatus

    municipality = Organization.objects.get(slug="lundvik")
    make_meeting(municipality, date(2025, 8, 1), status=MeetingStatus.DRAFT)
    assert "Lundvik kommune" not in search_page(clients["anonymous"])
    make_meeting(municipality, date(2025, 8, 2))
    assert "Lundvik kommune" in search_page(clients["anonymous"])


def test_a_page_filled_by_whole_words_says_at_least_and_links_on(client, indexed):
    # 25 items hold "kystkultur" whole (tier 0), three only inside a longer word
    # (tier 1, read only by the page that reaches past tier 0): page 1 says "at least",
    # its next link leads to the page where the word-part hits show and the total is exact.
    for number in range(25):
        meeting = make_meeting(indexed.body, date(2024, 2, 1 + number), title=f"Møte {number}")
        make_item(meeting, f"{number:02d}/24", f"Kystkultur del {number}")
    parts = make_meeting(indexed.body, date(2023, 5, 5), title="Vårmøte")
    for number in range(3):
        make_item(parts, f"{number + 1:02d}/23", f"Kystkulturminner i fjorden {number}")
    rebuild()
    html = search_page(client, q="kystkultur")
    assert "Treff 1–20 av minst 25 for «kystkultur»." in html
    assert "Side 1 av minst 2" in html and "Kystkulturminner" not in html
    next_link = html[html.index('rel="next"') - 200:html.index('rel="next"')]
    assert "q=kystkultur" in next_link and "page=2" in next_link
    html = search_page(client, q="kystkultur", page=2)
    assert "Treff 21–28 av 28 for «kystkultur»." in html and "minst" not in html
    assert "Side 2 av 2" in html and html.count("Kystkulturminner i fjorden") == 3
    assert 'rel="next"' not in html
    english = client.get(reverse("web:search"), {"q": "kystkultur"},
                         HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Hits 1–20 of at least 25 for “kystkultur”." in english
    assert "Page 1 of at least 2" in english


@pytest.mark.parametrize("typed", ["Astrid Fjelheim", "astrid fjellhaim", "Fjelheim"])
def test_a_misspelt_name_with_no_hits_offers_the_person(client_nb, indexed, typed):
    html = search_page(client_nb, q=typed)
    assert "Ingen treff" in html
    assert "Mente du:" in html
    assert "?q=Astrid%20Fjellheim" in html
    assert reverse("web:person", args=[indexed.people["Astrid"].pk]) in html


def test_no_offer_when_nothing_is_alike_or_there_are_hits(client_nb, indexed):
    assert "Mente du" not in search_page(client_nb, q="Zacharias Quist")
    assert "Mente du" not in search_page(client_nb, q="naust")


@pytest.mark.parametrize("persona, offered", [("anonymous", False), ("outsider", False),
                                              ("member", True)])
def test_a_person_named_only_in_a_draft_is_offered_only_to_who_may_see_it(
        clients, indexed, persona, offered):
    html = search_page(clients[persona], q="Eline Rustadd")
    assert ("Mente du" in html and ">Eline Rustad<" in html) is offered


def test_the_offer_costs_one_query(client, indexed, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        search_page(client, q="Astrid Fjelheim")


def test_a_participant_s_very_name_leads_to_their_person_page(client_nb, indexed):
    """Names in the lists of participants are not searched text: the very name says so
    and links the person page, rather than offering itself as a correction."""
    html = search_page(client_nb, q="cecilie  moen")
    assert "Ingen treff" in html
    assert "Cecilie Moen står i deltakerlistene, men ikke i teksten i referatene:" in html
    assert reverse("web:person", args=[indexed.people["Cecilie"].pk]) in html
    assert "Mente du" not in html


@pytest.mark.parametrize(("kind", "found", "left_out"), [
    ("item", "Registrering av gamle naust", ["Registreringen starter til våren",
                                             "Lage skjema for registrering"]),
    ("decision", "Registreringen starter til våren", ["Lage skjema for registrering",
                                                      "Gruppen drøftet"]),
    ("action", "Lage skjema for registrering", ["Registreringen starter til våren",
                                                "Gruppen drøftet"]),
])
def test_kind_filter_keeps_only_items_decisions_or_actions(client_nb, indexed, kind, found,
                                                           left_out):
    everything = search_page(client_nb, q="registrering")
    assert found in everything.replace("<mark>", "").replace("</mark>", "")
    html = search_page(client_nb, q="registrering", kind=kind)
    text = html.replace("<mark>", "").replace("</mark>", "")
    assert found in text and "av 1 for" in text
    for other in left_out:
        assert other not in text
    assert f'<option value="{kind}" selected>' in html


def test_kind_filter_is_offered_in_norwegian(client_nb, indexed):
    html = search_page(client_nb, q="naust", kind="item")
    assert '<label for="id_kind">Vis</label>' in html
    for label in ("Alt", "Saker", "Vedtak", "Tiltak", "Møter"):
        assert f">{label}</option>" in html


def test_an_unknown_kind_is_the_form_s_error(client_nb, indexed):
    html = search_page(client_nb, q="naust", kind="vedtak")
    assert "<mark>naust</mark>" not in html
    assert 'id="id_kind"' in html and "overdue" in html[html.index('id="id_kind"'):]


def test_the_kind_filter_offers_every_kind_the_index_holds():
    offered = [value for value, _label in SEARCH_KINDS]
    assert offered[0] == "" and sorted(offered[1:]) == sorted(KINDS)
