"""Tokens and query terms: the part both backends share, tested without a database."""

from __future__ import annotations

import pytest

from motebok.search.text import (
    MAX_TERMS,
    Token,
    index_words,
    letter_candidates,
    letter_forms,
    parse_query,
    stem_words,
    term_matches,
    tokens,
)


def words(query: str) -> list[str]:
    """The words of a parsed query, in order."""
    return [term.word for term in parse_query(query)]


@pytest.mark.parametrize("query", ["04/22", "4/22", "sak 4/22", "Sak 04/22", "SAK 4 / 22",
                                   "saksnr. 04/2022", "sak nr 4/22"])
def test_case_numbers_normalise_to_one_token(query):
    assert words(query) == ["saknr4x22"]


def test_case_number_is_not_part_of_a_longer_number():
    assert index_words("Sak 14/22 og 4/22") == "sak saknr14x22 og saknr4x22"
    assert index_words("1/2/3") == "1 2 3"


def test_sak_is_kept_when_no_number_follows():
    assert words("sak om budsjett") == ["sak", "om", "budsjett"]
    assert words("sak 3") == ["3"]


def test_operators_and_punctuation_are_not_syntax():
    assert words('"møte" AND (budsjett* OR -plan) NEAR/3') == [
        "møte", "budsjett", "or", "plan", "near", "3"]
    assert words("and i dammen") == ["and", "i", "dammen"]  # a duck, not an operator
    assert words("'; DROP TABLE x; --") == ["drop", "table", "x"]
    assert words("!!! ... ???") == []
    assert words("møte\x00budsjett") == ["møte", "budsjett"]


def test_terms_are_case_folded_deduplicated_and_capped():
    assert words("Møte MØTE møte") == ["møte"]
    many = " ".join(f"ord{i}" for i in range(50))
    assert len(parse_query(many)) == MAX_TERMS
    assert len(parse_query("x" * 10_000)[0].word) == 64


def test_terms_carry_norwegian_stems():
    stems = {term.word: term.stem for term in parse_query("møtene strategiene referatet")}
    assert stems == {"møtene": "møt", "strategiene": "strategi", "referatet": "referat"}


def test_only_long_letter_terms_match_inside_words():
    flags = {t.word: t.substring for t in parse_query("rekruttering år plan 2022 4/22 ab12")}
    assert flags == {"rekruttering": True, "år": False, "plan": True, "2022": False,
                     "saknr4x22": False, "ab12": False}


def test_diacritics_are_kept():
    assert index_words("År og ÆRE, øl") == "år og ære øl"
    assert stem_words("møtene saknr4x22") == "møt saknr4x22"


def test_accents_on_latin_letters_are_folded_but_nordic_letters_kept():
    assert index_words("Idé, kaféen, Renée, Müller, Ñandú, e\u0301") == (
        "ide kafeen renee muller nandu e")
    assert index_words("ÅR ÆRE ØL Göteborg Malmö Bräcke") == "år ære øl göteborg malmö bräcke"
    assert [t.word for t in parse_query("CAFÉ cafe")] == ["cafe"]
    # one character for one: the tokens keep their places in the original text
    assert [(t.start, t.end, t.value) for t in tokens("én café")] == [
        (0, 2, "en"), (3, 7, "cafe")]


def test_ae_oe_aa_spell_the_norwegian_letters_both_ways():
    [term] = parse_query("Aalesund")
    assert term.variants == (("ålesund", "ålesund"),)
    [term] = parse_query("møtene")
    assert term.words == ("møtene", "moetene") and term.stems == ("møt", "moet")
    [term] = parse_query("plan")
    assert term.variants == ()
    assert term_matches(parse_query("aarsmoete")[0], tokens("årsmøte")[0])


def test_the_forms_of_an_er_noun_are_variants_of_each_other():
    # ... and of its nynorsk "-ar" twin, both ways.
    forms = ("deltaker", "deltakere", "deltakerne", "deltakeren",
             "deltakar", "deltakaren", "deltakarar", "deltakarane")
    for query in forms:
        [term] = parse_query(query)
        assert all(term_matches(term, token) for token in tokens(" ".join(forms))), query
    [term] = parse_query("sakene")
    assert term.variants == ()
    assert [word for word, _ in parse_query("saker")[0].variants] == [
        "sakere", "sakerne", "sakarar"]
    assert parse_query("klar")[0].variants == ()


def test_a_word_that_doubles_its_m_when_inflected_finds_its_other_forms():
    # Norwegian writes "ungdom", "rom", "program" but "ungdommen", "rommet",
    # "programmet"; Snowball keeps the double m in the stem.
    for forms in (("ungdom", "ungdommen", "ungdommer", "ungdommene"),
                  ("rom", "rommet", "rommene"), ("program", "programmet", "programmer")):
        for query in forms:
            [term] = parse_query(query)
            assert all(term_matches(term, token) for token in tokens(" ".join(forms))), query
    assert parse_query("møte")[0].variants == (("moete", "moet"),)


def test_an_inflected_noun_ending_in_a_finds_its_bare_form():
    # Snowball stems "tema" to "tem" but "temaet" and "temaene" to "tema".
    for forms in (("tema", "temaet", "temaene", "temaer"), ("skjema", "skjemaet"),
                  ("klima", "klimaet")):
        for query in forms:
            [term] = parse_query(query)
            assert all(term_matches(term, token) for token in tokens(" ".join(forms))), query
    assert not term_matches(parse_query("saka")[0], tokens("sa")[0])


def test_irregular_plurals_and_short_words_find_their_other_forms():
    # Snowball gives each number of "bok"/"bøker" a stem of its own, keeps the endings of
    # "år" and "by", and the "-um" of "museum": the word-form list and two rules join them.
    for forms in (("år", "året", "årene", "årets", "åra"), ("by", "byen", "byer", "byene"),
                  ("bok", "boka", "boken", "bøker", "bøkene"),
                  ("bonde", "bonden", "bønder", "bøndene"),
                  ("mann", "mannen", "menn", "mennene"),
                  ("rådmann", "rådmannen", "rådmenn", "rådmennene"),
                  ("varamann", "varamenn", "varamennene"),
                  ("museum", "museet", "museer", "museene", "musea"),
                  ("jubileum", "jubileet", "jubileer"), ("kriterium", "kriteriet", "kriteriene")):
        for query in forms:
            [term] = parse_query(query)
            assert all(term_matches(term, token) for token in tokens(" ".join(forms))), query
    # "allmenn" is an adjective, not a plural of "allmann"; "museum" doubles no m.
    assert parse_query("allmenn")[0].variants == ()
    assert parse_query("museum")[0].variants == (("museet", "muse"),)
    # A word starting with "by" or "bok" is no compound of theirs in the other standard.
    assert parse_query("byggesak")[0].variants == ()


def test_nfc_makes_decomposed_letters_equal():
    assert index_words("a\u030ar") == index_words("år")


def test_term_matches_word_stem_and_part():
    [term] = parse_query("rekruttering")
    found = {t.value: term_matches(term, t)
             for t in tokens("rekrutteringen talentrekrutteringskampanje rekrutt")}
    assert found == {"rekrutteringen": True, "talentrekrutteringskampanje": True,
                     "rekrutt": False}


def test_index_words_equal_the_tokens_of_the_text():
    # index_words takes shortcuts (one findall; folding the joined words); the result
    # must stay exactly what tokens() gives (then the hyphenated words written closed),
    # or queries would stop meeting the index.
    import random

    from motebok.search.text import closed_tokens, closed_words, index_words, normalize
    from motebok.search.text import tokens as split

    def tokens(text):
        joined = closed_words(text)  # the same words closed_tokens gives the snippets
        assert joined == [token.value for token in closed_tokens(text)], text
        return [*split(text), *(Token(0, 0, word, False) for word in joined)]

    pool = [*"abcæøåÆØÅ ßİſΣς\u0301_-.,/\x00\n\t047\u00ad\u200b", "e\u0301", "ﬁ", "Ǆ", "²", "Sak",
            "saknr", "12/22", "4 / 2022", "04/22", "1/1/1", "99999999/22", "_12/22_", " / ",
            "straße", "ΣΑΣ"]
    # "_" is punctuation but no space: "4_/74" is no case number, "74 / 2022" is one.
    for text in ("4_/74 / 2022", "_12/22_", "Sak 4 /\n22", "1/1/1", "04/22a 7/2024."):
        assert index_words(text) == " ".join(t.value for t in tokens(normalize(text))), text
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 25)))
        assert index_words(text) == " ".join(t.value for t in tokens(normalize(text))), text


def test_case_and_grouped_numbers_open_with_a_digit_and_find_what_a_look_behind_first_finds():
    # CASE_NUMBER and GROUPED_NUMBER test the character before their first digit by a
    # look-behind placed after that digit, so a search skips to digits in C; the matches
    # (spans and groups) must be those of the plain forms with the look-behind first.
    import random
    import re

    from motebok.search.text import CASE_NUMBER, GROUPED_NUMBER

    plain_case = re.compile(r"(?<![^\W_])(\d{1,4})\s*/\s*(\d{4}|\d{2})(?![^\W_]|/\d)")
    plain_grouped = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?![\d]|[.,]\d)")
    pool = [*"0123456789 /._,-aÅ\u00a0\n", "12/22", "4 / 2022", "1 000", ".000", "_", "²"]
    rng = random.Random(7)
    texts = ["Sak 12/22 og 1/2024, 3/22/23, ab12/22, _5/22_", "1 000 000 kr og 3.000.000",
             "x1 000", "4,5 000", "12 000 000,5", "²12/22", "99999/22"]
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(0, 30))) for _ in range(5000)]
    for text in texts:
        for fast, plain in ((CASE_NUMBER, plain_case), (GROUPED_NUMBER, plain_grouped)):
            assert ([(m.span(), m.groups()) for m in fast.finditer(text)]
                    == [(m.span(), m.groups()) for m in plain.finditer(text)]), text


def test_index_words_find_the_words_a_scan_of_token_values_finds():
    # index_words writes a text's case numbers as their tokens before one WORD findall;
    # the words must be those of a scan of TOKEN_VALUES (case numbers tried first),
    # before the hyphenated words written closed and the grouped numbers it adds.
    import random

    from motebok.search.text import TOKEN_VALUES, case_number_token, fold, index_words

    pool = [*"abÉ 0123456789/_-.", "12/22", "4 / 2022", "sak ", "1/1/1", "a-12/22"]
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 20)))
        words = [word or case_number_token(sequence, year)
                 for sequence, year, word in TOKEN_VALUES.findall(text)]
        expected = fold(" ".join(words).casefold()).split()
        assert index_words(text).split()[:len(expected)] == expected, text


def test_stem_words_keep_case_numbers():
    from motebok.search.text import case_number_token, stem, stem_words

    assert stem_words("møtene saknr4x22 strategiene") == (
        f"{stem('møtene')} saknr4x22 {stem('strategiene')}")
    # Every token a case number can become ends in two digits: the stemmer leaves it.
    numbers = " ".join(case_number_token(n, year) for n in range(0, 1000, 7)
                       for year in range(100))
    assert stem_words(numbers) == numbers


def test_hyphenated_words_are_also_indexed_and_queried_closed():
    # "e-post" is indexed as its parts and as "epost"; a query for "e-post" is one word.
    assert index_words("Send e-post og E\u2011postliste, Nord-Norge") == (
        "send e post og e postliste nord norge epost epostliste nordnorge")
    assert words("e-post nett-side") == ["epost", "nettside"]
    # Dashes, spaced hyphens, number ranges and operators join nothing.
    assert index_words("Oslo–Bergen, 2022-2023, a - b") == "oslo bergen 2022 2023 a b"
    assert words("-møte møte- a - b") == ["møte", "a", "b"]


@pytest.mark.parametrize(("query", "text"), [
    ("skole", "skulen"), ("skulane", "skolene"), ("uke", "vekene"), ("vekene", "ukene"),
    ("ikke", "ikkje"), ("vedtatt", "vedteke"), ("fråvær", "fraværet"),
    ("kommunene", "kommunane"), ("tjenester", "tenestene"), ("høring", "høyringa"),
])
def test_bokmal_and_nynorsk_forms_find_each_other(query, text):
    [term] = parse_query(query)
    assert term_matches(term, tokens(text)[0]), (query, text)


def test_words_in_no_group_get_no_other_forms():
    from motebok.search.wordforms import other_forms

    assert [t.variants for t in parse_query("budsjett lede")] == [(), ()]
    assert other_forms("lede", "led") == ()  # a short stem picks no group alone


def test_invisible_characters_inside_words_are_dropped():
    # Pasted text can hold soft hyphens and zero-width spaces, as files do before the
    # readers drop them: the word is the word without them, on both sides.
    assert index_words("Kommune\u00adstyret, møte\u200bplan\ufeff") == "kommunestyret møteplan"
    assert words("kommune\u00adstyret") == ["kommunestyret"]


def test_letter_forms_read_a_and_o_as_the_norwegian_letters():
    assert letter_forms("tonsberg") == ("tønsberg",)
    assert set(letter_forms("barum")) == {"bårum", "bærum"}
    assert letter_forms("møte") == ()  # no a or o left to read
    assert len(letter_forms("arbeidsplassanalyse")) == 80  # 3 ** 4 readings, less itself
    assert letter_forms("aaaaa") == ()  # too many readings to look up


@pytest.mark.parametrize("query", ["PS 12/25", "ps 12/25", "RS 12/25", "O-sak 12/25",
                                   "Orienteringssak 12/25", "PS nr. 12/25", "Styresak 12/2025"])
def test_a_case_series_before_a_case_number_is_dropped(query):
    # the archive's item numbers leave the series out ("PS 12/25" is stored as "12/25")
    assert words(query) == ["saknr12x25"]


def test_a_short_word_before_a_plain_number_is_kept():
    assert words("EU 2025") == ["eu", "2025"]
    assert words("ps") == ["ps"]
    assert words("budsjett 12/25") == ["budsjett", "saknr12x25"]
    assert words("Os 12/25") == ["os", "saknr12x25"]  # the municipality
    # capitals that are no known series are kept, the case number standing in for them
    # (see test_capitals_before_a_case_number_are_kept_with_the_number_as_alternative)
    assert words("OS 12/25") == ["os", "saknr12x25"]


def test_letter_candidates_also_read_the_stem_and_the_ae_oe_aa_spellings():
    assert letter_candidates("horingen", "horing") == ("høringen", "høring")
    assert "ødegård" in letter_candidates("odegaard", "odegaard")
    assert letter_candidates("møte", "møt") == ()


def test_a_word_hyphenated_to_a_number_is_also_indexed_and_queried_closed():
    # "covid-19" and "covid19" are one word as writers use them
    assert index_words("Etter covid-19 og Covid-19-pandemien") == (
        "etter covid 19 og covid 19 pandemien covid19 covid19pandemien")
    assert words("covid-19") == ["covid19"]
    assert words("covid19") == ["covid19"]


def test_numbers_in_groups_of_three_digits_are_one_number():
    assert index_words("Tilskudd på 1 000 000 kroner, 200\u00a0000 og 1.500") == (
        "tilskudd på 1 000 000 kroner 200 000 og 1 500 1000000 200000 1500")
    assert words("1 000 000") == ["1000000"]
    assert words("200 000 kroner") == ["200000", "kroner"]
    # not decimals, dates, or a year before a number
    assert index_words("4,5 000 og 04.03.2025") == "4 5 000 og 04 03 2025"
    assert words("2024 200 000") == ["2024", "200000"]


@pytest.mark.parametrize(("query", "token"), [
    ("4. mars 2025", "dato20250304"), ("4 mars 2025", "dato20250304"),
    ("04.03.2025", "dato20250304"), ("4.3.25", "dato20250304"),
    ("2025-03-04", "dato20250304"), ("1. JUNI 2024", "dato20240601"),
    ("mars 2025", "mnd202503"), ("Des. 2024", "mnd202412"),
])
def test_a_date_or_month_in_a_query_is_one_term(query, token):
    assert words(query) == [token]


def test_a_date_that_names_no_day_stays_words():
    assert words("31.02.2025") == ["31", "02", "2025"]
    assert words("budsjett 2025") == ["budsjett", "2025"]


def test_the_meeting_words_leave_out_what_every_title_says():
    from datetime import date

    from motebok.search.text import context_words
    assert context_words("Regionrådet i Vestdalen", "Møte i regionrådet", "Rådhuset",
                         date(2025, 3, 4)) == (
        "regionrådet vestdalen rådhuset dato20250304 mnd202503 2025")


def test_a_date_term_keeps_the_words_it_was_typed_with():
    assert parse_query("4. mars 2025")[0].parts == ("4", "mars", "2025")
    assert parse_query("mars 2025")[0].parts == ("mars", "2025")


def test_capitals_before_a_case_number_are_kept_with_the_number_as_alternative():
    ks, case = parse_query("KS 12/25")
    assert (ks.word, case.word) == ("ks", "saknr12x25")
    assert ks.words == ("ks", "saknr12x25") and not ks.is_number
    assert words("PS 12/25") == ["saknr12x25"]  # a known series still goes
    assert words("NAV sak 3/25") == ["nav", "saknr3x25"]


def test_the_search_text_imports_no_extractor():
    """The storing process of an import and the web server read the month names of
    ``motebok.extract.dates``; the extractor's patterns (about 0.4 s of CPU to compile)
    must not come with them. A fresh interpreter, since this one has the extractor."""
    import subprocess
    import sys

    code = ("import sys, motebok.search.text, motebok.extract.dates; "
            "print(sorted(m for m in sys.modules if m.startswith('motebok.extract')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "['motebok.extract', 'motebok.extract.dates']"
    from motebok.extract import extract
    from motebok.extract.minutes import extract as direct
    assert extract is direct


def test_a_filter_tag_of_an_id_or_year_is_the_same_by_its_fast_way():
    """``filter_tag`` writes a non-negative int without the letter-by-letter filter
    (the import writes a dozen per entry); the tag is the one the filter makes."""
    from motebok.search.text import filter_tag

    def slow(kind: str, value: object) -> str:
        return "zz" + kind + "".join(ch for ch in str(value).casefold() if ch.isalnum())

    for kind, value in (("person", 12), ("year", 2025), ("body", 0), ("body", None),
                        ("body", -3), ("status", "Published"), ("flag", True),
                        ("status", "published"), ("status", "in review"), ("s", "ß"),
                        ("s", "2024"), ("s", "abc123"), ("s", "é")):
        assert filter_tag(kind, value) == slow(kind, value)
    assert filter_tag("person", 12) == "zzperson12"
    assert filter_tag("flag", True) == "zzflagtrue"  # a bool is no id


def test_filter_tags_of_many_values_are_each_its_filter_tag():
    from motebok.search.text import filter_tag, filter_tags_of

    values = [12, 0, -3, None, True, "Published", 2025]
    assert filter_tags_of("person", values) == [filter_tag("person", v) for v in values]
    assert filter_tags_of("person", []) == []


# Texts where words, case numbers, folding and case-folding meet: "A4/22" is a word and
# a number, "1/22/23" holds one case number, "_4/22" one after an underscore, "İ"
# case-folds to two characters and "É" folds to "e".
TRICKY_TEXTS = ("Sak 04/22: Budsjett; jf. sak 14/22", "A4/22 og _4/22 og 1/22/23", "x/1 2/3/4",
                "Café İstanbul STRASSE straße ÉÉ ﬁre", "4/2022 12 / 25 Møtet/referatet", "", "/",
                "Sak 4/22", "ordet", "e-post 200 000 kr. 04/22É")


@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_tokens_are_the_case_numbers_and_the_words_between_them(text):
    from motebok.search.text import TOKEN, Token, case_number_token, fold, tokens

    expected = []  # one scan of TOKEN, case numbers tried first at every place
    for match in TOKEN.finditer(text):
        sequence, year = match.group(1, 2)
        value = (case_number_token(sequence, year) if sequence is not None
                 else fold(match.group(0).casefold()))
        expected.append(Token(*match.span(), value, sequence is not None))
    assert tokens(text) == expected


@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_token_values_and_spans_are_those_of_the_tokens(text):
    from motebok.search.text import token_spans, token_values, tokens

    found = tokens(text)
    values, numbers = token_values(text)
    assert values == [token.value for token in found]
    assert numbers == [index for index, token in enumerate(found) if token.is_number]
    assert token_spans(text, 3) == [(token.start, token.end) for token in found[:3]]
    assert token_spans(text, 1000) == [(token.start, token.end) for token in found]
