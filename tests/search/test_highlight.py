"""Snippets: escaped text, then marks; a window around the matches."""

from __future__ import annotations

from motebok.search.highlight import _marked, snippet
from motebok.search.text import normalize, parse_query, term_matches, tokens


def test_text_is_escaped_before_marks_are_added():
    html = snippet('<b onclick="x">Møtet</b> & "budsjett"', parse_query("møtene"))
    assert html == ("&lt;b onclick=&quot;x&quot;&gt;<mark>Møtet</mark>&lt;/b&gt; "
                    "&amp; &quot;budsjett&quot;")


def test_a_query_cannot_inject_markup():
    html = snippet("mark script", parse_query("<mark> <script>"))
    assert html == "<mark>mark</mark> <mark>script</mark>"


def test_long_text_is_cut_around_the_best_window():
    text = " ".join(["fyll"] * 80 + ["budsjettet", "for", "budsjett"] + ["fyll"] * 80)
    html = snippet(text, parse_query("budsjett"), width=12)
    assert html.startswith("…") and html.endswith("…")
    assert html.count("<mark>") == 2
    assert len(html) < 200


def test_no_match_shows_the_beginning():
    html = snippet("Første linje\nandre linje " + "ord " * 100, parse_query("xyzzy"))
    assert html.startswith("Første linje andre linje")
    assert "<mark>" not in html


def test_case_numbers_are_marked_as_written():
    html = snippet("Sak 04/22: Budsjett; jf. sak 14/22", parse_query("sak 4/22"))
    assert html == "Sak <mark>04/22</mark>: Budsjett; jf. sak 14/22"


def test_text_without_words():
    assert snippet("<>!", parse_query("møte")) == "&lt;&gt;!"


def test_marks_agree_with_term_matches_for_every_token():
    text = ("Møtene om talentrekrutteringskampanjen, sak 04/22 og 4/2022; år og ar; "
            "strategien for REKRUTTERING i 2023 ble møtt med møteplan.")
    found = tokens(normalize(text))
    for query in ("møte", "rekruttering 04/22", "år strategiene", "ar 2023", "sak 4/22 møtt",
                  "saknr4x22", "x"):
        terms = parse_query(query)
        expected = [any(term_matches(term, token) for term in terms) for token in found]
        assert _marked(found, terms) == expected, query


def test_snippets_never_cut_a_hyphenated_word():
    # The window starts four words before the mark and ends 32 words on: both edges
    # fall inside a hyphenated word here, and move out to its ends.
    text = ("før " * 40 + "Nord-Norge-prosjektet-x og budsjett " + "etter " * 26
            + "sør-norsk-y z")
    shown = str(snippet(text, parse_query("budsjett")))
    assert shown.startswith("…Nord-Norge-prosjektet-x og <mark>budsjett</mark>")
    assert shown.endswith(" sør-norsk-y…")


def test_a_closed_query_word_marks_the_hyphenated_word():
    shown = str(snippet("Send e-post og epost til e-postlista.", parse_query("epost")))
    assert shown == ("Send <mark>e</mark>-<mark>post</mark> og <mark>epost</mark> til "
                     "<mark>e</mark>-<mark>postlista</mark>.")


def test_one_marker_for_a_page_gives_each_snippet_as_its_own_would():
    from motebok.search.highlight import Marker

    texts = ["Sak 04/22 Budsjettet for 2023 og budsjett-tallene", "Budsjett og e-post 200 000",
             "Ingen treff her", "Sak 4/22: møte om budsjettrammen", "saknr4x22 er et ord her"]
    for query in ("budsjett 2023", "sak 4/22", "saknr4x22 budsjett", "epost 200000"):
        terms = parse_query(query)
        marker = Marker(terms)
        shared = [snippet(text, terms, width=6, marker=marker) for text in texts]
        assert shared == [snippet(text, terms, width=6) for text in texts], query


def test_a_shared_marker_judges_case_numbers_and_words_apart():
    # "saknr4x22" typed in a text is a word; "sak" a word before a case number. One
    # marker judges the words of every text once, and each token still as
    # ``term_matches`` does, a case number only as a whole.
    from motebok.search.highlight import Marker

    text = "Sak 4/22 og saknr4x22, saken 04/2022 og sakene"
    found = tokens(text)
    for query in ("sak 4/22", "saknr4x22", "saken", "sak"):
        terms = parse_query(query)
        marker = Marker(terms)
        marker.marked(tokens("saknr4x22 sak saken sakene"))  # words judged before
        expected = [any(term_matches(term, token) for term in terms) for token in found]
        assert marker.marked(found) == expected, query
