"""The extractor's shortcuts give the answers of the patterns they stand in front of.

Guards (substring tests, first letters), per-line facts and rewritten patterns exist
for speed only; each test here compares a shortcut with the plain pattern or the plain
computation it replaces, including the letters IGNORECASE treats specially.
"""

from __future__ import annotations

import itertools
import random
import re
import sys

import pytest

from motebok.extract import labels, participants
from motebok.extract.dates import find_time_range
from motebok.extract.outcomes import (
    _is_action,
    _is_bare_verdict,
    _is_decision,
    _passive_ending,
    decided_by_another,
    is_action,
    responsible_of,
)
from motebok.extract.text import (
    NEXT_MEETING_CUE,
    NEXT_MEETING_HINTS,
    OTHER_PEOPLE_CUE,
    OTHER_PEOPLE_WORDS,
    Line,
    _collapse_spaces,
    _line_cues,
    clean,
    contains_any,
    fold,
    fold_lowered,
    folded_pattern,
    hint_mask,
    sentences,
    starts_with_any,
    text_test,
    to_lines,
    written_clean,
)
from motebok.parse import parse_bytes
from motebok.read.blocks import Block, BlockKind
from motebok.vocab import Attendance

ODD_LETTERS = "ſıİ\u212a\u212b"  # long s, dotless i, dotted I, Kelvin sign, Ångström sign


@pytest.mark.parametrize("word", ["sak", "item", "konklusjon", "tiltak", "ansvar"])
def test_fold_finds_every_spelling_ignorecase_matches(word):
    pattern = re.compile(word, re.I)
    variants = {"s": "sSſ", "i": "iIıİ", "k": "kK\u212a", "a": "aA"}
    spellings = ["".join(chars) for chars in itertools.product(
        *(variants.get(c, c + c.upper()) for c in word))]
    for spelling in spellings:
        assert pattern.fullmatch(spelling)
        assert word in fold(f"x {spelling} y"), spelling


def test_fold_keeps_ordinary_text_as_lower():
    assert fold("Møtet ble HEVET kl. 11") == "møtet ble hevet kl. 11"


def test_starts_with_any_lets_every_ignorecase_first_letter_through():
    may_be_s = starts_with_any("s")
    assert may_be_s("Sak 1") and may_be_s("sak") and may_be_s("ſak")
    assert not may_be_s("Tid: 10") and not may_be_s("") and not may_be_s("1. Sak")
    for letter in ODD_LETTERS:  # not ASCII: the pattern must decide
        assert may_be_s(letter + "ak")


def test_contains_any_drops_hints_that_contain_shorter_ones():
    test = contains_any(("enighet", "enig", "semje", "semje"))
    assert test("det var uenighet") and test("enig") and test("full semje")
    assert not test("ingen av delene")
    assert contains_any(())("alt") is False


def test_contains_any_with_shared_parts_is_any_of_the_hints():
    from motebok.extract.outcomes import _OUTCOME_HINTS
    rng = random.Random(11)
    for hints in (_OUTCOME_HINTS, NEXT_MEETING_HINTS, ("møteplan", "møtedato", "møter våren", "x")):
        test = contains_any(hints)
        alphabet = sorted(set("".join(hints)))
        pieces = [*hints, *(hint[:len(hint) // 2] for hint in hints)]
        texts = ["", *hints, *(f"ab {hint} cd" for hint in hints)]
        texts += ["".join(rng.choice(pieces) if rng.random() < 0.3 else rng.choice(alphabet)
                          for _ in range(rng.randint(0, 30))) for _ in range(5000)]
        for text in texts:
            assert test(text) == any(hint in text for hint in hints), text


def test_text_test_is_any_of_the_hints_behind_its_gates():
    # (a document's text: no_partial_hint's hints behind the parts its gates name)
    hints = tuple(h for h in participants._PARTIAL_HINTS if h != "med ")
    gates = (" i sak", " under", "innle", "perm", "tiltr", "forl", "delt", "til st")
    test = text_test(hints, gates)
    assert text_test(hints, ()).__doc__ == test.__doc__
    rng = random.Random(12)
    alphabet = sorted(set("".join(hints) + "\n"))
    pieces = [*hints, *gates, *(hint[:len(hint) // 2] for hint in hints)]
    texts = ["", *hints, *(f"sak 3\n{hint} under sak 4" for hint in hints)]
    texts += ["".join(rng.choice(pieces) if rng.random() < 0.3 else rng.choice(alphabet)
                      for _ in range(rng.randint(0, 60))) for _ in range(5000)]
    for text in texts:
        assert test(text) == any(hint in text for hint in hints), text
    assert participants._text_has_partial_hint("kari holm gikk etter sak 3.")
    assert not participants._text_has_partial_hint("vedtak: saken utsettes.\nsak 2 under arbeid")
    assert text_test((), gates)("alt") is False


def test_contains_any_quotes_its_hints_as_literals():
    test = contains_any(("a'b", 'c"d', "e\\f", " or True or "))
    assert test("xa'bx") and test('c"d') and test("e\\f")
    assert not test("nothing here")


def test_hint_mask_sets_the_bits_of_the_guards_that_hold():
    sets = (("godkj", "vedt"), ("tok", "tar "), ("vedt",), (), ("a'b", " or True or "))
    mask = hint_mask(sets)
    guards = [contains_any(hints) for hints in sets]
    rng = random.Random(3)
    texts = ["", "ble vedtatt", "tar saken", "godkjent og vedtatt", "xa'bx", "tok det"]
    texts += ["".join(rng.choice("godkjvetar' ") for _ in range(rng.randint(0, 12)))
              for _ in range(5000)]
    for text in texts:
        expected = sum(1 << i for i, guard in enumerate(guards) if guard(text))
        assert mask(text) == expected, text


def test_hint_mask_leaves_out_hints_that_hold_a_shorter_one_of_their_guards():
    """A hint holding a shorter hint of every guard it belongs to is not searched, and the
    mask still sets its guards' bits; one holding a shorter hint of another guard only is
    kept ("neste møte" sets the second bit where "møte" sets only the first)."""
    sets = (("møte", "neste møte", "referat"), ("neste møte", "plan"), ("referat fra",))
    mask = hint_mask(sets)
    guards = [contains_any(hints) for hints in sets]
    pieces = ["møte", "neste", " ", "referat", "fra", "plan", "ne", "x"]
    rng = random.Random(64)
    texts = ["", "neste møte", "møte", "referat fra møtet", "neste plan"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(5000)]
    for text in texts:
        expected = sum(1 << i for i, guard in enumerate(guards) if guard(text))
        assert mask(text) == expected, text


def test_line_cues_are_the_two_passes_own_hint_tests():
    """``Line.cues``, found once where a line is made, answers what read_other_people's
    and find_next_meeting's own tests of the line's cue words would (s64f)."""
    other, following = contains_any(OTHER_PEOPLE_WORDS), contains_any(NEXT_MEETING_HINTS)
    rng = random.Random(64)
    hints = (*OTHER_PEOPLE_WORDS, *NEXT_MEETING_HINTS)
    alphabet = sorted(set("".join(hints)))
    pieces = [*hints, *(hint[:len(hint) // 2] for hint in hints),
              *(hint[2:] for hint in hints), *(hint[:-1] for hint in hints)]
    texts = ["", "kari holm ledet møtet.", "neste møte blir 4. mai.", "referent: per dahl",
             "møteplan for våren", "saken ble drøftet.", "vi møtes igjen i mai", *hints]
    texts += ["".join(rng.choice(pieces) if rng.random() < 0.3 else rng.choice(alphabet)
                      for _ in range(rng.randint(0, 30))) for _ in range(20000)]
    for text in texts:
        cues = _line_cues(text)
        assert bool(cues & OTHER_PEOPLE_CUE) == other(text), text
        assert bool(cues & NEXT_MEETING_CUE) == following(text), text
    line = Line("Neste møte: 4. mai", "Neste møte: 4. mai", BlockKind.PARAGRAPH, 0, (),
                False, False)
    assert line.cues == NEXT_MEETING_CUE
    lowered = Line("X", "Referent: Per Dahl", BlockKind.PARAGRAPH, 0, (), False, False,
                   lowered="referent: per dahl")
    assert lowered.cues == OTHER_PEOPLE_CUE


def test_passive_ending_is_the_plain_pattern():
    plain = re.compile(r"\w(?:es|ast)\b|\btas\b")
    rng = random.Random(7)
    alphabet = "aestæ _.-1"
    texts = ["sendes ut", "tas med", "det tas", "stasjon", "gjerast", "tast", "es", "møtes.",
             "ast", "tas", "xtas", "éses", "vurderast!", "seast1", "ta s"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
              for _ in range(20000)]
    for text in texts:
        assert _passive_ending(text) == bool(plain.search(text)), text


def test_passive_tasks_are_still_actions():
    assert is_action("Et forslag til høringssvar utarbeides til neste møte.")
    assert not is_action("Saken ble behandlet i forrige møte.")


def test_label_lookup_by_first_word_is_the_full_pattern():
    every_spelling = re.compile(labels._LABEL_HEAD + "|".join(
        re.escape(s) for s in labels._SORTED) + ")" + labels._LABEL_TAIL, re.I)
    tails = [":", ": Kari", ";", " - fredag", "", " Kari", "(3): Kari", " (2): Kari", "x",
             " var Kari", "s: x", "/tid: 10", "ene: Kari", " – tilsynet: Kari", " Og tidene"]
    checked = 0
    for spelling in labels.LABELS:
        for written, head, tail in itertools.product(
                (spelling, spelling.upper(), spelling.capitalize()), ("", "- ", "• "), tails):
            text = head + written + tail
            first = labels._FIRST_WORD.match(text)
            if not first or first.group(1).lower() not in labels._FIRST_WORDS:
                continue
            full = every_spelling.match(text)
            grouped = labels._label_match(first.group(1).lower(), text)
            assert (full and full.group("label", "value")) == \
                (grouped and (grouped[0].group("label"), grouped[1].group("value"))), text
            checked += 1
    assert checked > 1000


@pytest.mark.parametrize("text", [
    "Saken ble tatt til orientering.",
    "Ingen punktum her",
    "  Ett spørsmål?  ",
    "Møtet er fredag 25. mars kl. 10. Neste møte blir 4.9. Takk for nå.",
    "Informerte bl.a. om saken. Godkjent.",
    "",
    "   ",
])
def test_sentences_shortcut_for_single_sentences(text):
    splitter = re.compile(r"(?<=[.!?])[\"»”')]*\s+(?=[«\"(]?[A-ZÆØÅ0-9])")
    if not splitter.search(text):  # the shortcut's case: the whole text, stripped
        assert sentences(text) == ([text.strip()] if text.strip() else [])
    else:
        assert len(sentences(text)) >= 2


def test_line_facts_are_computed_once_from_the_line():
    bullet = Line(text="- Kari Holm", body="Kari Holm", kind=BlockKind.LIST_ITEM, level=0,
                  cells=(), bold=False, gap=True)
    row = Line(text="Kari\t\tOslo", body="Kari\t\tOslo", kind=BlockKind.TABLE_ROW, level=0,
               cells=("Kari", "", "Oslo"), bold=False, gap=False)
    lone = Line(text="Kari", body="Kari", kind=BlockKind.TABLE_ROW, level=0,
                cells=("Kari", ""), bold=False, gap=False)
    assert bullet.is_bullet and not bullet.is_table and bullet.lowered == "kari holm"
    assert row.is_table and not row.is_bullet
    assert not lone.is_table


@pytest.mark.parametrize(("text", "kept"), [
    ("Side 3 av 9", False), ("ſide 3", False), ("SIDE 2/9", False), ("- 4 -", False),
    ("12", False), ("Side – 2", False), ("Side: 2", False), ("Sak 3", True),
    ("Sted: Teams", True), ("Sideordnet tema", True), ("Side 2 av saken", True),
    # a running footer with the page number at its end, padded or run together
    ("Regionrådet Vestfjord – referat 12.03.2024            Side 1 av 2", False),
    ("Regionrådet Vestfjord – referat 12.03.2024 Side 1 av 2", False),
    ("Se vedlegget, side 3 av 10, for tallene.", True),
    ("Kari Holm            12", True),  # a padded row ending in a number is no footer
    # the page number first, then the running header; "2 (5)": page 2 of 5
    ("Side 2 av 4 – Møtebok for Eldrerådet", False), ("Side 2/4 | Eldrerådet", False),
    ("Side 2 av 4 viser tallene for 2023.", True), ("2 (5)", False), ("Side 2 (5)", False),
    ("6 (5)", True),
    ("2 av 4", False), ("Page 2 of 4", False), ("page 3", False), ("5 av 4", True),
    ("Page two", True), ("Pages 2", True),
])
def test_page_number_lines_are_dropped(text, kept):
    lines = to_lines([Block(BlockKind.PARAGRAPH, "Referat"), Block(BlockKind.PARAGRAPH, text)])
    assert (len(lines) == 2) is kept


@pytest.mark.parametrize(("head", "kept"), [
    (None, False), ("Sak nr.", True), ("Saksnr", True), ("Sak", False)])
@pytest.mark.parametrize("head_after", [False, True])
def test_a_case_column_heading_keeps_n_of_m_lines_wherever_it_stands(head, kept, head_after):
    # the heading is looked for only once a line reads as page "1/10"; it counts wherever it
    # stands (a copy of the case table puts one cell a line), the title after the number too
    blocks = [Block(BlockKind.PARAGRAPH, text) for text in
              ("Referat", "1/10", "Årsmøte 2010", "Iren sørger for mat.")]
    if head is not None:
        blocks.insert(len(blocks) if head_after else 1, Block(BlockKind.PARAGRAPH, head))
    assert ("1/10" in [line.text for line in to_lines(blocks)]) is kept


@pytest.mark.parametrize(("before", "runs_on"), [
    ("Uttalelsen sendes til", True), ("Saken gjelder Kari Holm,", True),
    ("Ingen merknader", False), ("Saken ble godkjent.", False)])
def test_a_page_number_left_out_inside_a_sentence_leaves_no_paragraph_break(before, runs_on):
    # "Side 1 av 2" set apart by blank lines: the page's margins; the line after runs on
    # only from a line that stops on a comma or a word no sentence ends on
    lines = to_lines([Block(BlockKind.PARAGRAPH, before),
                      Block(BlockKind.PARAGRAPH, "Side 1 av 2"),
                      Block(BlockKind.PARAGRAPH, "Statsforvalteren innen 1. april.")])
    assert [line.text for line in lines] == [before, "Statsforvalteren innen 1. april."]
    assert lines[1].gap is not runs_on


@pytest.mark.parametrize(("text", "expected"), [
    ("Tid: kl. 10.00–12.00", ("10:00", "12:00")),
    ("\u212aL. 9-11", ("09:00", "11:00")),  # Kelvin sign: IGNORECASE reads it as "k"
    ("Møtet varte 09:30 til 11:00", ("09:30", "11:00")),
    ("Fredag 20.6.2014, 0900-1440", ("09:00", "14:40")),
    ("Budsjett 2025", (None, None)),
    ("Vi møtes 10 ganger", (None, None)),
])
def test_time_ranges_behind_their_guards(text, expected):
    assert find_time_range(text) == expected


@pytest.mark.parametrize("name", ["referat.txt", "", ".", "..", "a/b.txt", "a/b/", "dir/.",
                                  " x.txt", "x\\y.txt"])
def test_source_file_name_is_the_path_name(name):
    from pathlib import Path

    from motebok.parse import _base_name

    assert _base_name(name) == Path(name).name


def test_every_space_but_the_plain_one_is_unprintable():
    # clean() returns printable text without double or edge spaces as it is, instead of
    # splitting and joining it: that is only the same when str.split() could find no
    # other space in it
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char.isspace() and char != " ":
            assert not char.isprintable(), hex(code)


@pytest.mark.parametrize("text", [
    "Møtet ble hevet kl. 11.30.", " Sak 1", "Sak 1 ", "Sak  1", "Sak\u00a01", "Sak\t1",
    "Sak\u20091", "a\u200bb", "myk\u00adbindestrek", "", " ", "Kari\u3000Holm", "x\x1cy",
    "Referat fra m&oslash;te", "**Vedtak:** godkjent", "MÃ¸te i styret",
])
def test_clean_shortcut_is_the_full_collapse(text):
    assert clean(text) == _collapse_spaces(clean(text))
    assert _collapse_spaces(text) == " ".join(text.split())


def _all_characters() -> str:
    return "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def test_fold_maps_each_character_to_what_ignorecase_matches_it_with():
    # folded_pattern relies on it: a lower-case pattern on the folded text finds what
    # the same pattern finds with IGNORECASE in the text, at the same positions
    text = _all_characters()
    folded = "".join(fold(c) for c in text)
    assert len(folded) == len(text)
    for letter in "abcdefghijklmnopqrstuvwxyzæøå":
        assert [m.start() for m in re.finditer(letter, text, re.I)] == \
            [m.start() for m in re.finditer(letter, folded)], letter
    for cls in (r"\w", r"\s", r"\d", r"\b", r"[a-zæøå]", r"[\wæøå-]", r"[^.]"):
        assert [m.start() for m in re.finditer(cls, text, re.I)] == \
            [m.start() for m in re.finditer(cls, folded)], cls


def test_folded_pattern_refuses_upper_case_and_inline_flags():
    assert folded_pattern(r"\bvedtatt\s+\S+").search("saken ble vedtatt enstemmig")
    for pattern in (r"[A-ZÆØÅ]\w+", r"Sak", r"(?i:sak)", r"(?-i:x)"):
        with pytest.raises(ValueError):
            folded_pattern(pattern)


def test_outcome_forms_compile_at_first_use_with_the_flags_folded_pattern_chose():
    # Compiling the 92 forms was a fifth of the patterns the parser's import compiled; a
    # document uses a few of them. Lazily compiled, each searches what it searched before:
    # the folded sentence without IGNORECASE when written in lower case, else the sentence.
    from motebok.extract.outcomes import _any_case
    from motebok.lazy_pattern import LazyPattern

    lower, on_folded = _any_case(r"\bvedtatt\s+\S+")
    named, on_sentence = _any_case(r"^[A-ZÆØÅ]\w+\s+vedtok\b")
    assert isinstance(lower, LazyPattern) and lower.compiled().flags & re.I == 0 and on_folded
    assert named.compiled().flags & re.I and not on_sentence
    assert named.search("STYRET VEDTOK planen.") and not named.search("Styret har vedtatt.")


def test_a_folded_pattern_compiles_its_any_case_twin_only_for_a_text_that_needs_it():
    from motebok.extract.text import FoldedPattern

    found = FoldedPattern(r"\bsender\s+ut\b")
    assert found.search("Kari SENDER UT innkallingen").start() == 5
    assert found._any_case._compiled is None  # (lower-casing kept every text's length)
    assert found.search("İnger sender ut innkallingen").start() == 6  # "İ" lowers to two
    assert found._any_case._compiled is not None


def test_hints_sharing_a_part_are_grouped_by_the_longest_part_most_of_them_share():
    from motebok.extract.text import _by_shared_part

    # "møte" and "øte" are in three hints each: the longer part goes first; "dato" and
    # "plan" are each in one hint of the rest, which stand alone
    assert _by_shared_part(("møteplan", "møtedato", "møter våren", "frist")) == (
        ["frist"], [("møte", ["møteplan", "møtedato", "møter våren"])])
    # inside a group found by "møte", a part within it ("øte") tells nothing more, nor
    # one every hint of the group holds
    assert _by_shared_part(("møteplan", "møtedato", "møteplaner"), ("møte",)) == (
        ["møtedato"], [("møteplan", ["møteplan", "møteplaner"])])
    assert _by_shared_part(("møteplan", "møtedato"), ("møte",)) == (
        ["møteplan", "møtedato"], [])


def test_a_part_most_lines_hold_gates_no_group():
    from motebok.extract.text import _by_rare_letter, _by_shared_part, contains_any

    # "st" is in all three hints, and in about a third of all minutes lines: a test of it
    # would skip their searches only now and then, and cost one on every line
    assert _by_shared_part(("neste", "st att", "nästa"), shortest=2) == (
        ["neste", "st att", "nästa"], [])
    # … while a rarer part still gates ("møte" in a seventh of the lines)
    assert _by_shared_part(("neste møte", "møteplan"), shortest=2) == (
        [], [("møte", ["neste møte", "møteplan"])])
    # "v" is in half of the lines: no gate; "j" in a quarter: one
    assert _by_rare_letter(("velkom", "vedtak")) == (("velkom", "vedtak"), [])
    assert _by_rare_letter(("jubileum", "prosjekt")) == ((), [("j", ["jubileum", "prosjekt"])])
    test = contains_any(("neste", "st att", "nästa", "velkom", "vedtak"))
    assert test("neste møte blir i mars") and test("velkommen") and not test("sak 3 og 4")


def test_sentence_tests_gate_only_on_letters_few_sentences_hold():
    from motebok.extract.text import SENTENCE_RARE_LETTERS, _by_rare_letter, hint_mask

    # "ø" stands in most sentences of minutes ("møtet", "før", "støtte"): a sentence test
    # searches its hints without that gate, a line test behind it; "j" gates both
    hints = ("støtt", "ønsk", "prosjekt", "jubileum", "vedtatt")
    assert _by_rare_letter(hints) == (("vedtatt",), [("ø", ["støtt", "ønsk"]),
                                                     ("j", ["prosjekt", "jubileum"])])
    assert _by_rare_letter(hints, SENTENCE_RARE_LETTERS) == (
        ("støtt", "ønsk", "vedtatt"), [("j", ["prosjekt", "jubileum"])])
    # the answers are the same, only the order of the searches differs
    sets = (("støtt", "ønsk"), ("prosjekt", "jubileum"), ("vedtatt",))
    for_lines, for_sentences = hint_mask(sets), hint_mask(sets, rare=SENTENCE_RARE_LETTERS)
    for text in ("styret støtter prosjektet.", "forslaget ble vedtatt.", "sak 3 og 4.",
                 "rådet ønsker et jubileum og vedtatt plan.", ""):
        assert for_lines(text) == for_sentences(text)
    assert for_sentences("styret støtter prosjektet.") == 0b011


@pytest.mark.parametrize("text", ["Sak 1", "SAK 1", "İnger", "ſend", "Kari ſ ı", "abc", ""])
def test_fold_lowered_is_fold(text):
    assert fold_lowered(text, text.lower()) == fold(text)


SENTENCES = ["Send inn innen fredag.", "SEND inn", "ſend inn", "Husk å melde fra.", "Kontakt Ola.",
             "Gi beskjed til leder.", "Ta kontakt med NAV.", "Takk for møtet.", "Svar på høring",
             "Sendes ut.", "Registreringen åpner", "ta  kontakt", "fyll ut skjema", "Lever inn"]


def test_imperatives_on_folded_text_are_the_ignorecase_pattern():
    from motebok.extract.outcomes import _IMPERATIVE
    plain = re.compile(_IMPERATIVE.pattern, re.I)
    for sentence in SENTENCES:
        assert bool(plain.match(sentence)) == bool(_IMPERATIVE.match(fold(sentence))), sentence


def test_outcome_forms_on_folded_text_are_the_ignorecase_patterns():
    from motebok.extract.outcomes import _OUTCOME_PATTERNS
    samples = [*SENTENCES, "Saken ble tatt til orientering.", "Det var enighet om forslaget.",
               "Styret VEDTOK budsjettet.", "Saka vart utsett.", "Valgt ved akklamasjon",
               "Ola ble valgt som leder.", "Referatet godkjennes.", "ENSTEMMIG VEDTATT",
               "Møtet ſluttet ſeg til forslaget.", "Gruppen var enige om saken."]
    for pattern, on_folded in _OUTCOME_PATTERNS.values():
        if not on_folded:
            continue
        plain = re.compile(pattern.pattern, re.I)
        for sentence in samples:
            assert bool(plain.search(sentence)) == bool(pattern.search(fold(sentence)))


TITLES = ["Budsjett 2024 ........ 3", "Budsjett …", "Budsjett\t4", "Budsjett   side 5 ",
          "Budsjett 2024", "Budsjett.", "Budsjett...", "Status .. 3", "Møteplan  12",
          "Orientering\n", "Tittel … 7\n", ""]


def test_page_tail_shortcut_is_the_two_patterns():
    from motebok.extract.items import _DOT_LEADERS, _TOC_TAIL, _has_page_tail
    for title in TITLES:
        assert _has_page_tail(title) == bool(_TOC_TAIL.search(title) or
                                             _DOT_LEADERS.search(title)), title


def test_case_start_shortcut_lets_every_case_heading_through():
    from motebok.extract.items import _CASE, _may_be_case
    lines = ["Sak 1 Budsjett", "SAK 01/22 x", "ſak 3 Tittel", "PS 12/21 Tittel", "RS 3/22 x",
             "OS 1 x", "DS 2/20", "Pkt. 4 Eventuelt", "Punkt 5 x", "Item 3 x", "Arkivsak 22/133",
             "Saksnr. 12/2020 x", "Sak nr. 4 x", "Saken ble vedtatt", "Det var enighet",
             "pKt 3 x", "İtem 3 x", "ıtem 3 x"]
    lines += ["Sak /22 x", "Sak ٣ Tittel", "V-sak 12/24 x", "Orienteringssak 3/24 x"]
    for line in lines:
        if _CASE.match(line):
            assert _may_be_case(line), line
            assert re.search(r"\d", line), line  # the digit test before the pattern


def test_task_verbs_grouped_by_first_letter_start_where_the_flat_alternation_does():
    from motebok.extract.outcomes import _TASK_VERB_RE, _TASK_VERBS
    from motebok.extract.text import FoldedPattern
    flat = FoldedPattern(r"\b(?:" + "|".join(re.escape(v) for v in _TASK_VERBS) + r")\b")
    samples = ["Kari sender ut innkalling.", "PL følger opp og sender referat.",
               "Sekretariatet tar kontakt med NAV.", "De kaller inn til møte i mai.",
               "Utsender ikke noe.", "Styret SER NÆRMERE PÅ saken.", "Ola ſender ut.",
               "Det var enighet om saken.", "Hun legger fram, legger ut og skriver referat."]
    rng = random.Random(5)
    samples += [" ".join(rng.choice(_TASK_VERBS) + rng.choice(["", "e", " x"]) for _ in range(3))
                for _ in range(200)]
    for sentence in samples:
        want = flat.search(sentence)
        got = _TASK_VERB_RE.search(sentence)
        assert (want and want.start()) == (got and got.start()), sentence


LABEL_LINES = ["Vedtak: Innkallingen ble godkjent.", "PS - 12/24 vedtak: Godkjent.",
               "RR- 12.03.2024 vedtak: Som innstilt.", "Styret fattet følgende vedtak:",
               "Konklusjon/oppfølging: Kari sender", "Vedtak", "Enstemmig vedtak.",
               "Vedtak i vassområdeutvalet", "Styret vedtok med 9 mot 4 stemmer: x",
               "Det var enighet om vedtaket.", "Regionrådet – 12.3.2024 vedtak: ok",
               "ſtyrets vedtak: godkjent", "VEDTAK – godkjent", "", "-", "Vedtak -  x"]


def test_decision_label_without_a_dash_needs_no_stamp():
    from motebok.extract.outcomes import _DECISION_LABEL, _decision_label
    for line in LABEL_LINES + [line.replace("-", "").replace("–", "") for line in LABEL_LINES]:
        plain, quick = _DECISION_LABEL.match(line), _decision_label(line)
        assert (plain and plain.group("rest")) == (quick and quick.group("rest")), line


def test_bare_decision_label_shortcut_matches_as_the_label_patterns():
    # "Vedtak:" with any text after it: the shortcut's match is the full patterns' match
    from motebok.extract.outcomes import _DECISION_LABEL, _decision_label
    rng = random.Random(12)
    pieces = ["Vedtak:", "VEDTAK:", "vedtak:", " ", "  ", "-", "–", "/", "(", ")", ",", ":",
              "Styret", "fattet", "følgende", "vedtak", "12.03.2024", "Sak 12/24", "\n", "x"]
    lines = ["Vedtak:", "Vedtak: ", "Vedtak:Godkjent", "Vedtak: – 12.03.2024 ok",
             "Vedtak:/oppfølging: x", "Vedtak: (enstemmig) x", "Vedtak:\nx", "VEDTAK:  ja\n"]
    lines += [rng.choice(pieces[:3]) + "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
              for _ in range(5000)]
    for line in lines:
        plain, quick = _DECISION_LABEL.match(line), _decision_label(line)
        assert (plain and (plain.span(), plain.span("rest"))) == \
            (quick and (quick.span(), quick.span("rest"))), line


def test_bare_verdict_first_letters():
    from motebok.extract.outcomes import _BARE_VERDICT, _is_bare_verdict
    verdicts = ["Samrøystes vedteke.", "Vedtatt mot 2 stemmer.", "Enstemmig", "godkjent",
                "Vedtaket var enstemmig", ".", "!", "", " vedtatt", "ſamrøystes vedteke",
                " med 5 mot 4 stemmer", "Einstemmig vedteke.", "Kari sender ut", "1 stemme",
                "Saken ble tatt til orientering.", "Styret vedtok", "SAMRØYSTES", "GODKJENT.",
                "Ve", "v", "Eins", "Godkjennt", "Godkjend!", "Vedteken (Sp)", "ſamrøystes"]
    for text in verdicts + SENTENCES:
        assert _is_bare_verdict(text) == bool(_BARE_VERDICT.match(text)), text


def test_item_title_guards_pass_every_title_the_patterns_take():
    from motebok.extract import outcomes
    titles = ["Orienteringssaker", "Informasjon fra leder", "Meldinger", "Referatsaker",
              "Runden", "Gjensidig orientering", "Arbeidsoppgaver", "Oppfølging", "Videre",
              "To do", "Huskeliste", "Ting som må gjøres", "Fordeling av oppgaver",
              "Til neste møte", "Neste steg", "Gjøremål:", "Konstituering", "Valg av leder",
              "Val", "KONSTITUERING AV STYRET", "Budsjett", "Eventuelt", "ıNFORMASJON",
              "Ørjan orienterer", "Valgkomite", "Styrets arbeid", "Nytt fra kommunene",
              "Status frå medlemane", "Oppdatering fra deltakerne", "Kommunerunden",
              "Erfaringsdeling", "Rundt bordet", "Kort runde blant deltakarane",
              "ORIENTERING VED LEIAR", "Referatſaker", "Meldıngar"]
    for title in titles:
        assert bool(outcomes._ORIENTATION_TITLE.match(title)) <= \
            outcomes._may_be_orientation_title(fold(title)), title
        assert bool(outcomes._ACTION_TITLE.match(title)) <= \
            outcomes._may_be_action_title(title), title
        assert bool(outcomes._CONSTITUTING.search(title)) <= \
            outcomes._may_be_constituting(fold(title)), title


def test_title_and_deadline_guards_pass_what_the_patterns_take():
    from motebok.extract import dates, header
    titles = ["Skate-møte – referat", "SU REFERAT", "Styremøte – protokoll", "Møte – Oppsummering",
              "Rådet – hovudutskrift", "Rådet møtebok", "Universitetsstyret - ekstraordinært møte",
              "Veglag hos Ove Straume torsdag", "Styremøte i Bygdelaget måndag 23.febr.",
              "Styremøte TIRSDAG 4. mai", "Faggruppe for reiseliv", "Rådet – oppſummering", ""]
    for title in titles:
        assert header._without_doc_word(title) == header._TRAILING_DOC_WORD.sub("", title)
        if not ("-" in title or "–" in title or "—" in title):
            assert not header._TRAILING_KIND.search(title), title
        if "hos" not in title:
            assert not header._AT_SOMEONES.search(title), title
        if "dag" not in title.lower():
            assert not header._FROM_WEEKDAY.search(title), title
    tasks = ["Send innen 15/4", "frist: 1/3", "innen utgangen av mars", "før ſlutten av april",
             "I LØPET AV MAI 2025", "til enden av juni", "innen 3. mars", "Kari sender"]
    for task in tasks:
        plain_slash = dates._DEADLINE_SLASH.search(task)
        plain_end = dates._DEADLINE_MONTH_END.search(task)
        expected = None
        if plain_slash:
            expected = dates.dt.date(2024, int(plain_slash["month"]), int(plain_slash["day"]))
        elif plain_end:
            month = dates.MONTHS[plain_end["month"].lower()]
            year = int(plain_end["year"]) if plain_end["year"] else 2024
            expected = dates.dt.date(year + month // 12, month % 12 + 1, 1) - \
                dates.dt.timedelta(days=1)
        assert dates.deadline(task, 2024) == expected, task


def test_passive_tasks_grouped_by_first_letter_match_as_the_flat_alternation():
    from motebok.extract.outcomes import _PASSIVE_TASK, _PASSIVE_TASKS
    flat = re.compile(r"\b(?:" + "|".join(_PASSIVE_TASKS) + r")\b", re.I)
    words = [*re.findall(r"[a-zæøåò]+", " ".join(_PASSIVE_TASKS)), "x", "neste", "ny", "Ole"]
    rng = random.Random(4)
    texts = ["Referatet sendes ut.", "Saken tas opp til ny vurdering", "Det legges fram av leder",
             "Styret inviteres til å komme", "Styret inviteres til å vurdere", "TAS MED"]
    texts += ["".join(rng.choice(words) + rng.choice([" ", "  ", ". ", ", "])
                      for _ in range(rng.randint(1, 8))) for _ in range(20000)]
    for text in texts:
        for variant in (text, text.capitalize()):
            expected = flat.search(variant)
            found = _PASSIVE_TASK.search(variant)
            assert (found and found.span()) == (expected and expected.span()), variant


def test_stop_first_patterns_match_as_their_lookbehind_forms():
    from motebok.extract.text import _GLUED_SENTENCE, _SENTENCE_END
    sentence_end = re.compile(r"(?<=[.!?])[\"»”')]*\s+(?=[«\"(]?[A-ZÆØÅ0-9])")
    glued = re.compile(r"(?<=[a-zæøå]{3})\.(?=[A-ZÆØÅ][a-zæøå]{2})")
    rng = random.Random(6)
    pieces = ["Det", "ble", ".", "!", "?", " ", "\t", "bl.a.", "17.", "Mai", "«Ja»", "(", ")",
              "\"", "”", "K.", "side.Prosjekt", "x", "Å", "3", ".."]
    texts = ["Vedtatt. Neste sak!  «Ja» sa han.", "nettside.Prosjektleder får", "..A", ". B"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 16))) for _ in range(20000)]
    for text in texts:
        assert [(m.start() + 1, m.end()) for m in _SENTENCE_END.finditer(text)] == \
            [m.span() for m in sentence_end.finditer(text)], text
        assert [m.span() for m in _GLUED_SENTENCE.finditer(text)] == \
            [m.span() for m in glued.finditer(text)], text


def test_ascii_stand_in_letters_are_their_lower_case_only():
    from motebok.extract.labels import _ASCII_STAND_IN, _has_ascii_stand_in
    letters = re.compile("[oea]", re.I)  # what IGNORECASE matches with the three letters
    odd = [c for c in map(chr, range(sys.maxunicode + 1))
           if letters.fullmatch(c) and c.lower() not in "oea"]
    assert odd == []
    for text in ["Moetedato:", "FRAVAER:", "Aarsmøte", "Møtedato", "oE", "", "møte"]:
        assert _has_ascii_stand_in(text.lower()) == bool(_ASCII_STAND_IN.search(text))


def test_partial_sentences_with_and_without_the_with_clause_guard():
    # "med " alone lets a line on only when "var/vart/ble (berre) med" stands in it
    from motebok.extract import participants as p
    rng = random.Random(8)
    words = ["Kari", "Holm", "Per", "var", "vart", "ble", "berre", "bare", "kun", "med", "til",
             "under", "sak", "3", "fra", "kl.", "11", "stede", "møtet", "sammen", "forlot",
             "referatet", "kom", "(vara)", "VAR", "Med"]
    texts = ["Kari Holm var med under sak 3.", "Per Dahl var berre med fra kl. 11.",
             "Presentasjonen sendes ut sammen med referatet.", "Kari Holm var\tmed  under sak 2",
             "Per Bø ble med til sak 4, men forlot møtet."]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 10)))
              for _ in range(20000)]
    for text in texts:
        expected = [(m.group("name").strip(), m.group("paren"),
                     " ".join(m.group("note").split()).strip(" ."))
                    for m in p._PARTIAL_SENTENCE.finditer(text)] \
            if p.has_partial_hint(text.lower()) else []
        assert p.partial_sentences(text) == expected, text


def test_names_with_parties_needs_two_party_words():
    # the word count stands in front of _NAME_PARTY: it never says fewer than two pairs
    # where the pattern finds two
    from motebok.extract import participants as p
    from motebok.vocab import Attendance
    rng = random.Random(9)
    words = ["Kari", "Nes", "Per", "Bø", "Ola", "Dale", "Ap", "Sp", "H", "FRP", "KrF", "Krf",
             "Frp", "SV", "MDG", "AP", "Ap.", "Venstre", "og", "V", "ÆØÅ", "Æ", "Høyre", "\u00a0"]
    texts = ["Kari Nes Ap Per Bø H Ola Dale FrP", "Kari Nes SV Per Bø KrF", "Kari Nes Ap"]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 9)))
              for _ in range(20000)]
    for text in texts:
        if ")" in text:
            continue
        pairs = list(p._NAME_PARTY.finditer(text))
        assert p._party_tokens(text) >= len(pairs), text
        found = p._names_with_parties(text, None, Attendance.PRESENT)
        expected = [] if len(pairs) < 2 or sum(len(m.group(0)) for m in pairs) < \
            0.9 * len(text.strip()) or not all(p.looks_like_name(m.group("name"))
                                               for m in pairs) else pairs
        assert [(e.name, e.organization) for e in found] == \
            [(m.group("name"), m.group("party")) for m in expected], text


@pytest.mark.parametrize("name", ["a.txt", "a.", ".txt", "a.b.docx", "a", "..", ".", "x..",
                                  "A.TXT", "dir/a.pdf", "a..b", "a. txt", ""])
def test_format_suffix_as_path_gives_it(name):
    from pathlib import Path

    from motebok.read import _suffix
    assert _suffix(name) == Path(name).suffix


def test_presence_mark_as_the_first_present_column_gives_it():
    from motebok.extract.participants import _tick, presence_mark
    rng = random.Random(10)
    meanings = ["name", "org", "present", "absent", "other", "role"]
    for _ in range(5000):
        columns = {i: rng.choice(meanings) for i in rng.sample(range(6), rng.randint(0, 5))}
        cells = tuple(rng.choice(["x", "", " ", "☐", "Forfall", "✓"])
                      for _ in range(rng.randint(0, 6)))
        present = [i for i, meaning in columns.items() if meaning == "present"]
        expected = None if not present else _tick(cells[present[0]]) \
            if present[0] < len(cells) else ("" if present[0] == max(columns) else None)
        assert presence_mark(cells, columns or None) == expected, (cells, columns)


def test_table_columns_first_test_lets_every_name_column_heading_through():
    # the one substring test before the per-cell keys must pass each heading the keys take
    for word in (w for w, meaning in labels.ATTENDANCE_COLUMN_WORDS.items() if meaning == "name"):
        for written in (word, word.upper(), word.capitalize() + ":"):
            assert participants.table_columns((written, "Kommune", "Rolle")) is not None, written


def test_has_digit_is_the_digit_pattern_for_every_code_point():
    # no character below U+0100 is a digit but 0–9: text Latin-1 encodes needs no pattern
    from motebok.extract.dates import DIGIT, has_digit
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if code < 0x100 or DIGIT.match(char):
            for text in (char, f"Møtet {char} – neste", f"sak {char}å"):
                assert has_digit(text) == bool(DIGIT.search(text)), hex(code)
    for text in ["", "Sak 12/24", "Møte i styret", "tid – kl", "١٢ مارس", "Ｎｏ．１", "x\u00b2"]:
        assert has_digit(text) == bool(DIGIT.search(text)), text


def test_date_start_finds_every_place_a_date_can_start():
    from motebok.extract.dates import _DATE, _DATE_START
    rng = random.Random(7)
    pieces = ["1", "12", "2024", ".", ". ", "/", "-", ":", ",", " ", "a", "mars", "okt.", "i",
              "'", "’", "–", "Kl", "x2", "\u0663", "den "]
    texts = ["Møtet 14. mars 2024 kl. 10.00, sak 12/24 og 3.4.2024.", "2024-03-04", "v2.3.2024"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    for text in texts:
        for at in range(len(text)):
            if _DATE.match(text, at):
                assert _DATE_START.match(text, at), (text, at)


def test_letter_first_patterns_match_as_their_word_boundary_forms():
    from motebok.extract.header import _COLUMN_GAP
    from motebok.extract.minutes import _SENTENCE_BREAK
    from motebok.extract.outcomes import _HAS_BEEN
    column_gap = re.compile(r"\s{2,}|\t|:\s*")
    has_been = re.compile(r"\bhar\s+blitt\b")
    sentence_break = re.compile(_SENTENCE_BREAK.pattern.replace(
        r"\.(?:(?<=[a-zæøå)]\.)|(?<=[A-ZÆØÅ]{2}\.))", r"(?:(?<=[a-zæøå)])|(?<=[A-ZÆØÅ]{2}))\."))
    assert sentence_break.pattern != _SENTENCE_BREAK.pattern
    rng = random.Random(8)
    pieces = ["har", "blitt", "xhar", "Har", " ", "  ", "\t", ":", ": ", ".", "Kari", "KH.",
              "Per", "hadde", "møtte", "Vara.", ")", "(", "x", "og", "Fra", "AP", "sign", "\n"]
    texts = ["styreleiar    sign.", "Dato:\t4.3.", "Kari og Per. Siv Lie møtte.", "Det har blitt"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(20000)]
    for text in texts:
        assert column_gap.split(text) == _COLUMN_GAP.split(text), text
        assert sentence_break.split(text) == _SENTENCE_BREAK.split(text), text
        assert [m.span() for m in has_been.finditer(text)] == \
            [m.span() for m in _HAS_BEEN.finditer(text)], text


def test_space_first_patterns_match_as_their_repeat_and_look_back_forms():
    from motebok.extract import header, participants, text
    pairs = [(re.compile(r"\s+[–—-]\s+"), header._DASH),
             (re.compile(r"\s+[-–—]\s+"), participants._DASH_PARTS),
             (re.compile(r"\s{2,}"), participants._MULTISPACE),
             (re.compile(r"\s+" + participants._TITLE_HEAD.pattern[len(r"\s\s*"):],
                         participants._TITLE_HEAD.flags), participants._TITLE_HEAD),
             (re.compile(r"(?<=[.!])\s+" + text._ATTENDANCE_AFTER_STOP.pattern[
                 len(r"\s(?<=[.!]\s)\s*"):]), text._ATTENDANCE_AFTER_STOP)]
    rng = random.Random(9)
    pieces = [" ", "  ", "\t", "\n", "-", "–", "—", ".", "!", "Forfall", "Til stede", "Ordfører",
              "Rådmann", "Kari", "x", "\u00a0", ":"]
    texts = ["Kari Holm - leder", "Møtet ble satt.  Til stede: Kari", "Per  Ordfører Kari"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(20000)]
    for plain, fast in pairs:
        for sample in texts:
            assert plain.split(sample) == fast.split(sample), (fast.pattern, sample)
            assert [m.span() for m in plain.finditer(sample)] == \
                [m.span() for m in fast.finditer(sample)], (fast.pattern, sample)


@pytest.mark.parametrize("sentence", [
    "Presentasjonen sendes ut sammen med referatet.",
    "Det foreslås at saken sendes på høring.",
    "Rapporten oversendes kommunestyret hvert  år.",
    "Neste møte planlegges til 29. november.",
    "Det ble drøftet om protokollen skulle legges ut.",
    "Forslagsstiller gis anledning til å utdype forslaget.",
])
def test_not_a_task_guard_is_the_plain_pattern(sentence):
    from motebok.extract.outcomes import _NOT_A_TASK, _not_a_task
    lowered = sentence.lower()
    assert _not_a_task(lowered) == bool(_NOT_A_TASK.search(lowered))


@pytest.mark.parametrize("text", [
    "Kari Holm", "Kari og Per og Ola Lie .", "Ola Dahl innen 1. april",
    "Kari Holm, frist 1. mars", "Sekretariatet lager et forslag til høringssvar. Ansvar: Eli",
    "A B C D E F G H", "Kari  Holm\n",
])
def test_owner_only_guard_lets_every_match_through(text):
    from motebok.extract.outcomes import _OWNER_ONLY, _may_be_owner_only
    if _OWNER_ONLY.match(text):
        assert _may_be_owner_only(text)


@pytest.mark.parametrize("text", [
    "Inger Dyrnesli hadde forfall.", "Per Dahl møtte  ikkje", "Eli Sund var ikke til stede",
    "Ola Berg var fråverande", "Kari Holm meldte også fråfall", "Anne Moe",
])
def test_absence_guard_lets_every_absent_sentence_through(text):
    if participants._ABSENT_SENTENCE.match(text):
        assert participants._has_absence_verb(text)


class _CountedText(str):
    """A text that counts the substring searches made in it."""

    searches = 0

    def __contains__(self, part: object) -> bool:
        _CountedText.searches += 1
        return str.__contains__(self, part)


def test_contains_any_searches_a_common_part_s_hints_in_groups_of_their_own():
    # "til" is in most lines: its hints are grouped again behind longer parts, so a line
    # with "til" but none of them is answered without searching every hint
    hints = ("sendes tilbake", "sendt tilbake", "send tilbake", "satt til", "sett til",
             "kom til at", "ja til", "nei til")
    test = contains_any(hints)
    _CountedText.searches = 0
    assert not test(_CountedText("saken ble lagt fram til orientering"))
    assert _CountedText.searches < len(hints)


def test_contains_any_with_nested_parts_is_any_of_the_hints():
    rng = random.Random(5)
    for hints in (participants._PARTIAL_HINTS, participants.JOB_TITLE_ENDINGS):
        test = contains_any(hints)
        alphabet = sorted(set("".join(hints)))
        pieces = [*hints, *(hint[:len(hint) // 2] for hint in hints),
                  *(hint[len(hint) // 2:] for hint in hints)]
        texts = ["", *hints, *(f"ab {hint} cd" for hint in hints)]
        texts += ["".join(rng.choice(pieces) if rng.random() < 0.3 else rng.choice(alphabet)
                          for _ in range(rng.randint(0, 30))) for _ in range(5000)]
        for text in texts:
            assert test(text) == any(hint in text for hint in hints), text


def test_title_head_guard_lets_every_titled_list_through():
    titles = [*participants._HEAD_TITLES, "Bibliotekdirektør", "Seniorrådgiver",
              "Prosjektkoordinator", "Fagrådgjevar", "Hovedbibliotekar"]
    names = ["Kari Holm", "Per Dahl (leder)", "Eli Sund, Nordvik", "ordfører Ola Lie"]
    rng = random.Random(9)
    texts = [" ".join(rng.choice(titles + names) for _ in range(rng.randint(1, 6)))
             for _ in range(3000)]
    texts += ["Ordfører Kari Holm Rådmann Per Dahl Kommunedirektør Eli Sund", "Kari Holm"]
    for text in texts:
        if participants._TITLE_HEAD.findall(f" {text}"):
            assert participants._has_head_title(text), text


def test_hint_mask_of_the_outcome_forms_sets_the_bits_of_the_guards_that_hold():
    # many hints, sharing parts within parts ("til", "ste", "stem"): nested groups
    from motebok.extract.outcomes import _OUTCOME_FORM_SPECS, _outcome_guards
    sets = [guards for guards, _pattern in _OUTCOME_FORM_SPECS]
    rng = random.Random(13)
    hints = sorted({hint for guards in sets for hint in guards})
    pieces = [*hints, *(hint[:len(hint) // 2] for hint in hints),
              *(hint[len(hint) // 2:] for hint in hints)]
    alphabet = sorted(set("".join(hints)))
    texts = ["", *hints]
    texts += ["".join(rng.choice(pieces) if rng.random() < 0.3 else rng.choice(alphabet)
                      for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for text in texts:
        expected = sum(1 << i for i, guards in enumerate(sets)
                       if any(hint in text for hint in guards))
        assert _outcome_guards(text) == expected, text


def test_abbreviation_before_stop_finds_what_one_ignorecase_alternation_finds():
    # the search it replaced, over tails of up to 16 characters as ``sentences`` cuts them
    from motebok.extract.text import _ABBREVIATIONS, abbreviation_before_stop
    searched = re.compile(r"(?:^|[\s(])(?P<abbr>" + "|".join(map(re.escape, _ABBREVIATIONS))
                          + r")\.$", re.I)
    pieces = [*_ABBREVIATIONS, "KL", "Bl.A", "ſt", "ıfm", "kr", "Kr", "x", "ab", " ", "  ",
              "(", "\t", "\xa0", ".", "1", "–"]
    rng = random.Random(21)
    tails = ["", ".", " .", "(kl.", "kl.", "kr!", "bl.a.", "Dvs?"]
    tails += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))[-15:] +
              rng.choice(".!?.") for _ in range(20000)]
    for tail in tails:
        found = searched.search(tail)
        assert abbreviation_before_stop(tail) == (found["abbr"] if found else None), tail


def test_owner_and_role_guards_let_every_match_through():
    from motebok.extract import outcomes
    words = ["Kari", "Holm", "og", "Per", ".", "!", "frist", "1.", "mars", "innen", "innan",
             "sekretariatet", "dagleg", "leiar", "v/", "ved", "Ola", "lager", "et", ",", "–",
             "Ved", "Åse", "Øvre", "(frist", "kari", "Frist", "snarest"]
    rng = random.Random(22)
    texts = ["Kari Holm", "Kari og Per Lie, frist 1. mars", "dagleg leiar .",
             "sekretariatet v/ Per Dahl, frist snarest", "Kari ."]
    texts += ["".join(rng.choice(words) + rng.choice([" ", "  ", "\t", ""])
                      for _ in range(rng.randint(1, 9))).strip() for _ in range(20000)]
    for text in texts:
        if outcomes._OWNER_ONLY.match(text):
            assert outcomes._may_be_owner_only(text), text
        if outcomes._ROLE_BY_WHOM.match(text):
            assert outcomes._may_be_role_by_whom(text), text


def test_presenter_guard_lets_every_match_through():
    from motebok.extract import minutes
    words = ["Kari", "Holm", "Lars", "B.", "Hansen", "fra", "frå", "(", "NAV", ")", "(NAV)",
             "orienterte", "deltok", "holdt", "la fram", "gikk gjennom", "kulturkontoret",
             "og", "om", "Fra", "Orienterte", "i", "Agder", "kommune", "spørsmål"]
    rng = random.Random(23)
    texts = ["Siri Lund fra kulturkontoret orienterte", "Lars Holm (NAV) deltok",
             "Kari Holm orienterte og svarte på spørsmål fra medlemmene."]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 9)))
              for _ in range(20000)]
    for text in texts:
        if minutes._PRESENTER.search(text):
            assert minutes._may_hold_presenter(text), text
    assert not minutes._may_hold_presenter(texts[2])  # the verb only before "fra"


def test_body_own_act_guard_lets_every_match_through():
    from motebok.extract import outcomes
    sentences = ["Kontrollutvalet godkjenner årsrapporten og sender han til kommunestyret.",
                 "Styret vedtar budsjettet og ber leder sende det.", "AU vedtek planen.",
                 "Vi vedtar reglementet slik det ligg føre.", "STYRET GODKJENNER avtalen.",
                 "Styret vedtok budsjettet.", "Budsjettet ble vedtatt."]
    for sentence in sentences:
        lowered = sentence.lower()
        if outcomes._BODY_OWN_ACT.match(sentence):
            assert "godkjenner" in lowered or "vedtar" in lowered or "vedtek" in lowered
    # (the guard reads the lower-cased sentence: the act in capitals is the body's too)
    for sentence in ("Kontrollutvalet godkjenner årsrapporten og sender han til kommunestyret.",
                     "Styret vedtar budsjettet og sender det til kommunen.",
                     "STYRET GODKJENNER avtalen og sender den til banken."):
        assert not is_action(sentence), sentence


def test_thing_subject_on_the_folded_word_is_the_ignorecase_pattern():
    from motebok.extract import outcomes
    plain = re.compile(r"[\wæøå-]*(?:" + "|".join(outcomes._THING_NOUNS) +
                       r")(?:et|en|a|ene|ane|ne|n|t)", re.I)
    rng = random.Random(31)
    pieces = [*outcomes._THING_NOUNS, "et", "en", "a", "ene", "ane", "ne", "n", "t", "-", ".",
              " ", "x", "Sekretariat", "PLAN", "Rapport", *ODD_LETTERS, "Ø", "å"]
    words = ["Planforslaget", "Budsjettet", "Sekretariatet", "PROGRAMMET", "x-rapporten",
             "rapport.en", "ſkiltet", "Skiltet", "Kari", "planen ", "Oversikta", "Lista"]
    words += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
              for _ in range(20000)]
    for word in words:
        assert outcomes._thing_subject(word) == bool(plain.fullmatch(word)), word


# One sentence that each task form takes, by the family of words its guard reads, and some
# that none takes: the family's bit is set, and opening every guard changes no answer.
_TASK_FORM_SENTENCES = [
    "Per Dahl fikk i oppgave å kontakte kommunen.",
    "Det forutsettes at vi kommer med et forslag til neste møte.",
    "Styret ber Kari Holm om å sende søknaden innen 1. mars.",
    "Styret ber lokallagene om innspill innen 15. april.",
    "Regionrådet ber om at kommunedirektøren gir en orientering innen 1. juni.",
    "Fotballstyret: Rydder kontor i klubbhuset.",
    "Kari Nes: sende ut invitasjon til seminaret.",
    "Per – bestille buss til turen.",
    "Leder foreslo at det lages en ny plan.",
    "Styret søker kommunen om tilskudd til ny lekeplass.",
    "Sekretariatet vil sende ut innkallingen.",
    "Det ble avtalt at Kari skal kontakte kommunen.",
    "Invitere spelemannslaget, Rigmor kontaktar dei.",
    "Dugnad 12. mai (Per ordner).",
    "Sekretariatet må sende ut innkalling innen 20. februar.",
    "Per Dahl rapporterer til styret innen 1. mars.",
    "Lise Moe spør kommunen om å sende oversikten innen 1. april.",
    "Kari sa at hun skal sende brevet.",
    "Forslaget vert sendt som vedlegg til neste møte.",
    "Presentasjonen sendes ut sammen med referatet.",
    "Send inn timelistene innen fredag.",
    "Sende ut referatet innen fredag.",
    "Vi sender ut invitasjon innen 15. april.",
    "Sekretariatet lager et forslag til høringssvar.",
    "Etter møtet sender sekretariatet ut referatet.",
    # and none
    "Gruppen drøftet hvordan kommunene kan dele erfaringer på tvers.",
    "Flere pekte på at kapasiteten er begrenset, og at tiltakene må prioriteres.",
    "Det var enighet om at saken er viktig for hele regionen.",
    "Bør følges opp av styret.",
]


def test_task_facts_open_every_form_that_takes_the_sentence():
    from motebok.extract import outcomes
    every = (1 << len(outcomes._TASK_FACT_FAMILIES)) - 1
    for sentence in _TASK_FORM_SENTENCES:
        lowered = sentence.lower()
        facts = outcomes._task_facts(lowered)
        for bit, words in enumerate(outcomes._TASK_FACT_FAMILIES):
            assert bool(facts & 1 << bit) == any(word in lowered for word in words), sentence
        assert outcomes._task_form(sentence, lowered, facts) == \
            outcomes._task_form(sentence, lowered, every), sentence
    # (the sentences of the forms above are still tasks, the last four are not)
    assert all(is_action(sentence) for sentence in _TASK_FORM_SENTENCES[:25])
    assert not any(is_action(sentence) for sentence in _TASK_FORM_SENTENCES[25:])


def test_task_fact_families_are_the_guards_other_tests_ask():
    from motebok.extract import outcomes
    families = outcomes._TASK_FACT_FAMILIES
    # (one vocabulary: the tuples the forms' other callers test are the families' own)
    for words, test in ((outcomes._ASKING_WORDS, outcomes._has_asking_word),
                        (outcomes._FUTURE_WORDS, outcomes._has_future_hint),
                        (outcomes._DATED_WORDS, outcomes._has_dated_word),
                        (outcomes._ASK_VERBS, outcomes._has_ask_verb),
                        (outcomes._OWN_PLAN_WORDS, outcomes._may_tell_own_plan)):
        assert words in families
        assert all(test(f"x{word}x") for word in words)
    bits = (outcomes._ENGLISH, outcomes._READY, outcomes._OWNER_WORD, outcomes._GOT,
            outcomes._EXPECTED, outcomes._ASKING, outcomes._COLON, outcomes._DASH,
            outcomes._PROPOSED, outcomes._APPLIES, outcomes._FUTURE, outcomes._THAT,
            outcomes._COMMA, outcomes._BRACKET, outcomes._MUST, outcomes._DATED,
            outcomes._ASK_VERB, outcomes._OWN_PLAN, outcomes._BECOMES, outcomes._PASSIVE)
    assert [bit.bit_length() - 1 for bit in bits] == list(range(len(families)))


def test_responsible_of_reads_its_own_sentences_facts_not_the_last_ones():
    from motebok.extract import outcomes
    from motebok.extract.outcomes import responsible_of
    # (the facts ``_is_action`` found are reused only for the same text)
    for sentence, who in (("Styret ber Kari Holm om å sende søknaden innen 1. mars.",
                           "Kari Holm"),
                          ("Per Dahl fikk i oppgave å kontakte kommunen.", "Per Dahl"),
                          ("Dugnad 12. mai (Per ordner).", "Per"),
                          ("Presentasjonen sendes ut sammen med referatet.", None)):
        for before in _TASK_FORM_SENTENCES:
            is_action(before)
            assert responsible_of(sentence) == who, (before, sentence)
            assert outcomes._task_facts_of(before.lower()) == \
                outcomes._task_facts(before.lower())


def test_hints_with_a_rare_letter_are_skipped_by_one_search_where_it_is_not():
    # "ø", "j", "b" … stand in few words: hints that hold one are searched only where it
    # is, so a sentence without it pays one search for all of them, not one each
    hints = ("ønsker", "støtter", "søknad", "følger opp", "tar til følge")
    test = contains_any(hints)
    _CountedText.searches = 0
    assert not test(_CountedText("saken ble lagt fram til orientering"))
    assert _CountedText.searches == 1
    mask = hint_mask((hints[:2], hints[2:]))
    _CountedText.searches = 0
    assert mask(_CountedText("saken ble lagt fram til orientering")) == 0
    assert _CountedText.searches == 1
    for text in ("styret ønsker en ny runde", "kari følger opp", "rådet tar til følge",
                 "en ny søknad", "ingen", "ø", "føl"):
        assert test(text) == any(hint in text for hint in hints), text
        assert mask(text) == (any(h in text for h in hints[:2])
                              | any(h in text for h in hints[2:]) << 1), text


def test_first_letter_tests_written_out_are_the_generated_ones():
    # the outcome finder writes ``_may_be_owner_or_due`` and ``_may_be_bare_verdict`` out
    # as a set test where every sentence asks them; they must pass the same first
    # characters (a non-ASCII one always, as IGNORECASE may match it with an ASCII letter)
    from motebok.extract import outcomes
    texts = ["", " ", ".", "!", *map(chr, range(0x300)), *ODD_LETTERS, "Ansvar: Kari",
             "Frist: 1. mars", "Samrøystes vedteke.", "Øvrig", "ſaken", "\u212aari"]
    for letters, written in ((outcomes._OWNER_OR_DUE_LETTERS, outcomes._OWNER_OR_DUE_FIRSTS),
                             (outcomes._VERDICT_LETTERS, outcomes._VERDICT_FIRSTS)):
        generated = starts_with_any(letters)
        for text in texts:
            first = text[:1]
            assert (first in written or not first.isascii()) == generated(text), (letters, text)


def test_case_item_decided_once_is_the_plain_patterns():
    # the item's title is asked once (``_is_case_title``), each sentence only for the
    # answer (``_case_answered``): together the two patterns, whatever the guards skip
    from motebok.extract import outcomes
    titles = [None, "", "Søknad om tilskudd til lekeplass", "søknader om midler",
              "Klage på vedtak om parkering", "Klagesak – Nordby IL", "Klage sak 3/24",
              "Søknad om tilskudd – status", "Søknad til Kommunen om midler", "Skolerute",
              "Kontingent", "ſøknad om støtte", "SØKNAD OM STØTTE", "Eventuelt"]
    said = ["Søknaden ble avslått.", "Søknaden ble derfor enstemmig avslått.",
            "Klagen ble ikke tatt til følge.", "Klaga vart ikkje teken til følgje.",
            "Søknaden ble delvis innvilget.", "Søknaden ble avslått av kommunen.",
            "Søknadene vart avviste.", "Klagene ble avvist.", "Saken ble tatt til orientering.",
            "Styret innvilget søknaden.", "SØKNADEN BLE AVSLÅTT.", "Søknaden ble innvilget."]
    for title, sentence in itertools.product(titles, said):
        plain = bool(title) and bool(outcomes._CASE_TITLE.match(title)) and \
            bool(outcomes._CASE_ANSWERED.match(sentence))
        written = outcomes._is_case_title(title) and \
            outcomes._case_answered(sentence.lower(), sentence)
        assert written == plain, (title, sentence)


def test_verdict_openings_let_every_verdict_through():
    # the outcome finder asks ``_is_bare_verdict`` only of sentences whose first
    # character is in ``_VERDICT_OPENINGS`` (or not ASCII): no verdict opens otherwise
    from motebok.extract import outcomes
    tails = ["", ".", "lle stemte for.", "amrøystes vedteke.", "nstemmig.", "edtatt.",
             " stemte for, 1 mot.", "odkjent.", "edtaket ble fattet med 7 mot 2 stemmer.",
             "ille vedtatt.", "  ", "! "]
    verdicts = ["Samrøystes vedteke.", "Enstemmig vedtatt.", "Vedtatt mot 2 stemmer.",
                "4 stemte for, 1 mot.", "Alle stemte for.", "Godkjent.", "", " .", ".", "!",
                "\tEnstemmig.", "\u212aari", "ſamrøystes vedteke."]
    texts = verdicts + [chr(c) + tail for c in range(0x180) for tail in tails]
    for text in texts:
        if outcomes._is_bare_verdict(text):
            first = text[:1]
            assert first in outcomes._VERDICT_OPENINGS or not first.isascii(), text


def test_grouped_task_forms_ask_only_their_groups_families():
    # ``_is_action`` and ``_task_form`` skip a run of forms when the sentence holds none
    # of the run's families (one test of ``_OPENING_FORMS`` / ``_FIRST_FORMS``): each form
    # in the run must open on a family of its group, or a sentence could skip a form
    # that takes it
    import ast
    import inspect
    import textwrap

    from motebok.extract import outcomes

    def families(node: ast.AST) -> set[str]:
        return {name.id for part in ast.walk(node) if isinstance(part, ast.BinOp)
                and isinstance(part.op, ast.BitAnd) and isinstance(part.left, ast.Name)
                and part.left.id == "facts" for name in ast.walk(part.right)
                if isinstance(name, ast.Name)}

    found = 0
    for function in (outcomes._is_action, outcomes._task_form):
        tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.If) and families(node.test) in
                    ({"_OPENING_FORMS"}, {"_FIRST_FORMS"})):
                continue
            group = getattr(outcomes, families(node.test).pop())
            found += 1
            for form in node.body:
                assert isinstance(form, ast.If), ast.unparse(form)
                asked = families(form.test)
                assert asked, ast.unparse(form.test)  # (no form without a family)
                for name in asked:
                    assert getattr(outcomes, name) & ~group == 0, name
    assert found == 2


def _corpus_and_generated_blocks() -> list[tuple[str, list]]:
    """The blocks of every plain-text and Markdown corpus document and of 120 generated
    minutes: the inputs a fast path is checked on against its slow path."""
    from pathlib import Path

    from motebok.read import read_bytes
    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    import parse as bench

    found = []
    for path in sorted((Path(__file__).parent / "corpus").iterdir()):
        if path.suffix in (".txt", ".md"):
            found.append((path.name, read_bytes(path.read_bytes(), path.suffix[1:]).blocks))
    for n, minutes in enumerate(bench.generate_minutes(120, seed=5)):
        found.append((f"generated {n}", read_bytes(bench.to_txt(minutes), "txt").blocks))
    return found


def test_head_lines_without_a_digit_skipped_is_the_full_reading(monkeypatch):
    # ``read_head`` leaves a line without a digit before its date and time tests (none can
    # hold without one); with every line taken as holding one, the head reads the same
    from motebok.extract import header
    from motebok.extract.minutes import Draft, case_year, find_items
    from motebok.extract.text import to_lines
    from motebok.record import MinutesRecord, Source

    for name, blocks in _corpus_and_generated_blocks():
        draft = Draft(lines=to_lines(blocks), record=MinutesRecord(source=Source(
            filename=name, sha256="", format="txt")))
        find_items(draft)
        year = case_year(draft.items or draft.toc)
        skipped = header.read_head(draft.lines, draft.head_end, year)
        with monkeypatch.context() as patch:
            patch.setattr(header, "_may_be_dated", lambda text: True)
            full = header.read_head(draft.lines, draft.head_end, year)
        assert skipped == full, name


# (the same words asked by several steps of an item, and in other items and minutes)
_ASKED_AGAIN = ["Saken ble tatt til orientering.", "Referatet ble godkjent.",
                "Kari Holm sender søknaden innen 1. mars.", "Samrøystes vedteke.",
                "Kommunestyret vedtok 12. mai å støtte planen.", "Gunnar orienterte om status."]


@pytest.mark.parametrize("sentence", _ASKED_AGAIN)
def test_a_sentence_asked_again_is_answered_from_memory_as_the_first_time(sentence):
    lowered = sentence.lower()
    asked = [(_is_decision, (sentence, lowered)), (_is_action, (sentence, lowered)),
             (_is_bare_verdict, (sentence,)), (responsible_of, (sentence,)),
             (decided_by_another, (sentence, "Regionrådet", lowered, "2025-03-14", None))]
    for test, arguments in asked:
        first = test(*arguments)
        hits = test.cache_info().hits
        assert test(*arguments) == first == test.__wrapped__(*arguments)
        assert test.cache_info().hits == hits + 1


def test_case_heads_answer_as_lowering_the_first_two_letters_did():
    from motebok.extract.items import _CASE_HEADS, _CASE_STARTS, _may_be_case
    from motebok.extract.text import fold
    letters = [*(chr(code) for code in range(0x250)), "ſ", "ı", "İ", "\u212a", "§", "#"]
    for first, second in itertools.product(letters, [*letters[:0x80], "ſ", "ı", "İ"]):
        head = first + second
        plain = (head.lower() if head.isascii() else fold(head)) in _CASE_STARTS
        quick = head in _CASE_HEADS or (not head.isascii() and fold(head) in _CASE_STARTS)
        assert quick == plain, head
    assert _may_be_case("sAK 3/24 Budsjett") and _may_be_case("PS 12/24 x")
    assert not _may_be_case("Gruppen drøftet saken.")


def test_list_marker_stripped_as_before_with_the_bullet_call_skipped():
    from motebok.extract.text import _NUMBER_MARK, strip_bullet, strip_list_marker

    def plain(text: str) -> str:
        text = strip_bullet(text)
        if "." not in text[1:5] and ")" not in text[1:5] and ":" not in text[1:3]:
            return text
        return _NUMBER_MARK.sub("", text, count=1)

    tails = ["", " Kari sender", "] x", "x] Per", " ] Per", ". a", "1. Tekst", "\ufe0f Lene"]
    for code in [*range(0x3000), *range(0x1F300, 0x1FB00)]:
        for tail in tails:
            assert strip_list_marker(chr(code) + tail) == plain(chr(code) + tail)
    assert strip_list_marker("- 2. Kari sender brev") == "Kari sender brev"
    assert strip_list_marker("📌 Velkomen") == "Velkomen"


def test_orientation_title_guard_skips_titles_that_name_no_orientation():
    from motebok.extract import outcomes
    for title in ("Godkjenning av referat fra forrige møte", "Budsjett for 2025",
                  "Møteplan for våren", "Eventuelt", "Status for bredbåndsutbygging"):
        assert not outcomes._may_be_orientation_title(fold(title)), title


def test_bold_owner_pointer_guard_passes_every_text_the_pattern_takes():
    from motebok.extract import outcomes
    texts = ["De i uthevet skrift følger opp gruppens første møte.", "Ansvarlige er UTHEVA.",
             "Dei som står i feit skrift følgjer opp.", "(ansvarlig i fet skrift)",
             "Oppfølging: markert med fet", "Med halvfet font: ansvarlige", "ı FET SKRIFT",
             "Kari sender brev.", "Per lager en fetter-oversikt.", ""]
    for text in texts:
        assert outcomes._marks_owners(text) == bool(outcomes._MARKED_OWNERS.search(text)), text
    assert not outcomes._may_mark_owners(fold("Kari sender brevet innen fredag."))



def test_writing_word_guard_lets_every_writer_through():
    """``_has_writing_word`` holds wherever ``_WRITES_MINUTES`` finds a writer: random
    texts of names, the pattern's verbs and titles, and near misses of them."""
    from motebok.extract import minutes
    words = ["Kari", "Holm", "Per", "Lie", "og", "som", "også", "er", "var", "ble", "blei",
             "vart", "deltok", "møtte", "skriver", "skriv", "skrev", "skreiv", "fører",
             "førte", "referat", "referatet", "Referatet", "protokollen", "Protokollen",
             "oppsummeringa", "denne", "referent", "Referent", "skrivar", "møtesekretær",
             "skrevet", "skrive", "ført", "av", "Protokollført", "protokollert", ",", ":",
             "daglig", "leder", "Skrev", "REFERENT", "nettverkskoordinator"]
    rng = random.Random(53)
    texts = ["Kari Holm skriver referat", "Geir Sand var referent.",
             "Referatet ble skrevet av Kari Holm", "Protokollført av daglig leder Siv Ramstad",
             "Kari Holm, som er nettverkskoordinator og skreiv denne oppsummeringa"]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
              for _ in range(30000)]
    matched = 0
    for text in texts:
        if minutes._WRITES_MINUTES.search(text):
            matched += 1
            assert minutes._has_writing_word(text), text
    assert matched > 20  # (the pattern found writers in some of them)


def test_group_numeral_first_characters():
    """An ASCII character outside ``_GROUP_NUMERAL_FIRSTS`` never starts a numeral that
    ``_GROUP_NUMERAL`` reads (IGNORECASE included); other first characters are left to the
    pattern."""
    from motebok.extract import items
    for code in range(128):
        first = chr(code)
        for rest in (". Orienteringar", ") Drøfting", " Referatsaker", "i. Saker", "1 Saker"):
            if items._GROUP_NUMERAL.match(first + rest):
                assert first in items._GROUP_NUMERAL_FIRSTS, first


def test_next_meeting_guard_lets_every_match_through():
    """``_may_name_next_meeting`` holds wherever ``_NEXT_MEETING`` finds a next meeting:
    random folded lines of its words, stops, dashes and the summons' verbs."""
    from motebok.extract import minutes
    words = ["neste", "nytt", "kommende", "ordinære", "møte", "styremøte", "samling",
             "forum", "møtedato", "til", "kalle", "kaller", "inn", "innkaller", "innkalle",
             "inviterer", "utsettes", "saken", "første", "i", "2025", "next", "meeting", "vi",
             "møtes", "treffast", "igjen", "att", "dato", "tid", "og", "sted", "for", "-", "–",
             ".", ":", ";", "4.", "mars", "vedtak:", "moete", "nettverkssamling"]
    rng = random.Random(54)
    texts = ["neste møte: 4. mars", "vedtak: saken utsettes til neste møte.",
             "styret kaller inn til nytt møte 3. mai", "første møte i 2009 er 20. januar.",
             "vi møtes igjen 3. desember", "tid og sted for neste møte: 4. mars",
             "neste: 2. juli 2014", "referat. neste styremøte er 4. mai"]
    texts += [rng.choice(["", " "]).join(
        rng.choice(words) + rng.choice([" ", "  ", "\t", ""]) for _ in range(rng.randint(1, 8))
    ).strip() for _ in range(40000)]
    matched = 0
    for text in texts:
        if minutes._NEXT_MEETING.search(text):
            matched += 1
            assert minutes._may_name_next_meeting(text), text
    assert matched > 300  # (the pattern found a next meeting in some of them)


def test_signature_furniture_word_test_keeps_the_answers():
    """``_signature_furniture``'s test of each word decides as the split into columns
    does: random lines of titles, marks, gaps and other words."""
    from motebok.extract import header
    from motebok.extract.text import Line
    from motebok.read.blocks import BlockKind
    entries = sorted(header._SIGNATURE_FURNITURE)
    rng = random.Random(55)
    pieces = [*entries[:40], "sign.", "(sign.)", "(s.)", "_____", "leder", "daglig leder",
              "kari holm", "referatet", "møte", "(", ")", ".", "le"]
    gaps = ["  ", "\t", ":", ": ", " ", "\xa0", "   ", " \xa0"]
    matched = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) + rng.choice(gaps)
                       for _ in range(rng.randint(1, 4))).strip()
        line = Line(text, text, BlockKind.PARAGRAPH, 0, (), False, False)
        lowered = line.lowered
        plain = not (len(lowered) > 80 or not (
            "sign" in lowered or "le" in lowered or "medlem" in lowered or "ord" in lowered
            or "ref" in lowered)) and all(
            cell.strip("(). _") in header._SIGNATURE_FURNITURE
            for cell in header._COLUMN_GAP.split(lowered.strip()))
        matched += plain
        assert header._signature_furniture(line) == plain, text
    assert matched > 500


def test_end_mark_gate_lets_every_match_through():
    """``items._end_mark`` finds what ``_END_MARK`` finds: random lines of the pattern's
    own words in any case (the letters IGNORECASE treats specially among them), names,
    dates, commas, brackets and the other marks its branches open with."""
    from motebok.extract import items
    words = ["referent", "ref.", "refr.", "rett", "protokollutskrift", "referat", "referatet",
             "protokollen", "møtereferatet", "sted", "stad", "og", "dato", ":", ";", "mvh",
             "med", "vennlig", "vennleg", "venleg", "hilsen", "helsing", "vel", "møtt", "!",
             "eventuelt", "eventuelle", "meld", "forfall", "fråfall", "meldes", "ved", ",",
             "gi", "gje", "beskjed", "ha", "en", "fin", "dag", "god", "helg", "si", "sei",
             "fra", "frå", "kom", "gjerne", "rettelser", "sendt", "hentet", "min", "iphone",
             "sent", "from", "my", "get", "outlook", "for", "ai-generert", "ki", "generert",
             "innhold", "intelligent", "oppsummering", "av", "copilot", "denne", "e-posten",
             "kan", "inneholde", "beste", "møtet", "ble", "vart", "hevet", "heva",
             "avsluttet", "slutt", "sluttet", "endte", "kl.", "14", "underskrift",
             "signert", "godkjent", "signatur", "sign.", "(sign.)", "(s.)", "godkjennes",
             "kopi", "til", "distribusjon", "mottakere", "skrevet", "ført", "sendes",
             "utsendt", "sekretær", "møtesekretær", "protokollfører", "skrivar", "skriver",
             "postadresse", "besøksadresse", "org.nr.", "974", "567", "321", "sist",
             "oppdatert", "endret", "tags", "stikkord", "nøkkelord", "etiketter", "les",
             "også", "publisert", "skriv", "ut", "tips", "venn", "del", "på", "facebook",
             "dette", "personvern", "relaterte", "saker", "obs!", "artikkelen", "Kari",
             "Holm", "KH", "Austvik", "30.11.2023", "6.3.26", "--", "/", "/Kari", "Per",
             "samtlige", "elektronisk", "den", "6.", "mars", "2025", "leder", "Saken"]
    odd = {"s": "ſ", "i": "ı", "k": "\u212a", "å": "\u212b"}
    rng = random.Random(56)
    texts = ["Referent: Kari Holm", "Med vennlig hilsen", "-- ", "/Kari", "Austvik, 30.11.2023",
             "Kari Holm (sign.)   Ola Berg (sign.)", "Møtet ble hevet kl. 15.10.",
             "Sendt fra min iPhone", "Protokollen godkjennes av:", "Ref. KH"]
    for _ in range(60000):
        picked = [rng.choice(words) for _ in range(rng.randint(1, 6))]
        text = " ".join(picked)
        if rng.random() < 0.4:
            text = text[:1].upper() + text[1:]
        elif rng.random() < 0.2:
            text = text.upper()
        if rng.random() < 0.1:
            text = "".join(odd.get(c, c) if rng.random() < 0.5 else c for c in text)
        texts.append(text)
    texts += ["Det var enighet", "Vedtak: Saken ble tatt", "Ved\tforfall, gi beskjed",
              "Med\xa0vennlig hilsen", "ha\u2003en fin dag", "Austvik,\t30.11.2023",
              "En lang setning uten komma tidlig i linja, men med et senere"]
    texts += [line.strip() for _, blocks in _corpus_and_generated_blocks() for block in blocks
              for line in block.text.split("\n")]
    matched = 0
    for text in texts:
        found = items._END_MARK.match(text)
        matched += found is not None
        assert (items._end_mark(text) is None) == (found is None), text
    assert matched > 1000  # (the pattern took many of them)


def _openings_tool():
    """tools/pattern_openings.py as a module (a script folder, not a package)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "tools" / "pattern_openings.py"
    spec = importlib.util.spec_from_file_location("pattern_openings", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_end_mark_openings_are_those_its_pattern_opens_with():
    # ``items._END_MARK_OPENING_TEXTS`` is kept as a constant (reading the pattern at run
    # time costs the first line of a process about 10 ms); it must be what the tool reads
    # off the pattern: a branch added without its opening would let its lines pass unread
    from motebok.extract import items

    read = _openings_tool().literal_openings(items._END_MARK) - {""}
    assert tuple(sorted(read)) == items._END_MARK_OPENING_TEXTS


def test_decision_label_without_a_colon_matches_as_the_whole_pattern():
    """``_DECISION_LABEL_NO_COLON``, asked of a text without a colon, leaves out only the
    branches that need one: the same spans and named groups as ``_DECISION_LABEL_UNSTAMPED``
    on texts without a colon, and none of its branches ends in ``(?=\\s*:)``."""
    from motebok.extract import outcomes

    whole = outcomes._DECISION_LABEL_UNSTAMPED.compiled()
    without = outcomes._DECISION_LABEL_NO_COLON.compiled()
    assert whole.groupindex == without.groupindex
    assert outcomes._NEEDS_COLON + "|" not in without.pattern
    assert len(without.pattern) < len(whole.pattern)
    rng = random.Random(64)
    words = ["Styret", "fattet", "følgende", "vedtak", "enstemmig", "Vedtak", "vedtaket", "ble",
             "vart", "Rådets", "uttalelse", "i", "saken", "Konklusjon", "konkl.", "V1", "B2",
             "besluttet", "Eldrerådet", "uttaler", "gav", "slik", "uttale", "med", "5", "mot",
             "stemmer", "12.03.2024", "–", ".", ";", "/", "innstilling", "(", ")", "sitt",
             "samrøystes", "nr.", "beslutningspunkt", "Decision", "viste", "til", "ſemje"]
    texts = ["Styret fattet følgende vedtak", "Vedtak", "Rådets uttalelse",
             "Per viste til tidligere vedtak og foreslo å vente."]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 9))) for _ in range(20000)]
    for text in texts:
        fast, slow = without.match(text), whole.match(text)
        assert (fast and (fast.span(), fast.groupdict())) == \
            (slow and (slow.span(), slow.groupdict())), text


def test_branches_that_need_a_colon_are_read_off_the_pattern_text():
    from motebok.extract.outcomes import _without_colon_branches

    assert _without_colon_branches(r"(?:a(?=\s*:)|b[)|]c|(d|e)(?=\s*:)|\(f)x") == \
        r"(?:b[)|]c|\(f)x"
    assert _without_colon_branches(r"(?:[^)](?=\s*:)|g)$") == "(?:g)$"
    with pytest.raises(ValueError):
        _without_colon_branches("abc")


def test_end_mark_branches_without_a_literal_opening_are_the_two_capital_ones():
    # ``_end_mark`` lets a line through on its opening (``literal_openings``) or, for the
    # branches that open with a capital letter class, on a comma within its first 32
    # characters or a bracket: those must stay the only branches without an opening (a
    # new one needs its own condition in ``_end_mark``)
    from re import _constants, _parser

    from motebok.extract import items

    tool = _openings_tool()
    tree = _parser.parse(items._END_MARK.pattern, items._END_MARK.flags)
    (_, branches), = [arg for op, arg in tree if op is _constants.BRANCH]
    assert len(branches) > 50
    wide = [branch for branch in branches
            if "" in {opening for opening, _ in tool._openings_of(list(branch), {("", True)}, 4)}]
    assert len(wide) == 2
    for branch in wide:  # each opens with "(?-i:[A-ZÆØÅ])"
        op, arg = branch[0]
        assert op is _constants.SUBPATTERN
        first = arg[-1][0]
        assert first[0] is _constants.IN and (_constants.RANGE, (ord("A"), ord("Z"))) in first[1]


def test_literal_openings_of_small_patterns():
    literal_openings = _openings_tool().literal_openings

    found = literal_openings(re.compile(r"^(?:ab\s*[:;]|d[ef]g?h\b|(?:x|yz)+w|mvh\b|"
                                        r"[A-Z]\w+,|ſt(?=\d)|(?>qq)r)", re.I))
    assert found == {"ab ", "ab:", "ab;", "dfgh", "dfh", "degh", "deh", "x", "yz", "mvh",
                     "", "st", "qqr"}
    assert literal_openings(re.compile(r"abcdef")) == {"abcd"}
    assert literal_openings(re.compile(r"ab.d|a\s+b")) == {"ab", "a "}


def test_literal_openings_hold_for_every_match_of_the_line_patterns():
    # every match of an anchored pattern opens with one of its openings (folded, a space
    # for any space), on corpus and generated lines and random word strings
    from motebok.extract import items
    literal_openings = _openings_tool().literal_openings

    patterns = [items._END_MARK, items._CASE]
    lines = [line.strip() for _, blocks in _corpus_and_generated_blocks() for block in blocks
             for line in block.text.split("\n")]
    rng = random.Random(60)
    words = ["Sak", "ſak", "PS", "ps", "12/24", "Ref.", "Med", "vennlig", "hilsen", "\t", ":",
             "\u212aopi", "til", "Møtet", "MØTET", "hevet", "kl.", "3", "--", "/Kari", "İtem"]
    lines += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 5)))
              for _ in range(20000)]
    for pattern in patterns:
        openings = tuple(literal_openings(pattern))
        matched = 0
        for line in lines:
            if pattern.match(line):
                matched += 1
                head = fold(line[:4]).replace("\t", " ")
                assert head.startswith(openings), (pattern.pattern[:30], line)
        assert matched > 300

def test_club_meeting_and_owner_guards_let_every_match_through():
    """``header._may_name_club_meeting`` holds wherever ``_CLUB_THEN_MEETING`` matches, and
    every ``_OWNER_BEFORE_DOC`` match has a colon or dash: random titles of clubs, meeting
    words, numbers, dates and separators."""
    from motebok.extract import header
    words = ["Referat", "referat", "fra", "frå", "Møtereferat", "Protokoll", "møtebok",
             "Havbygd", "IL", "Nordby", "vel", "Fjordvik", "Vel", "borettslag", "styremøte",
             "årsmøte", "Styremøtet", "MØTE", "møte", "i", "styret", "3/2026", "2024", "14.",
             "mars", "–", "-", "—", ":", "nr.", "7", "Prosjekt", "Ny", "referat,", "12.03.2024",
             "styre-møte", "Generalforsamling", "Regionrådet"]
    rng = random.Random(57)
    texts = ["Havbygd IL – årsmøte 2024", "Referat fra Nordby vel styremøte 3/2026",
             "Haugen borettslag styre-møte", "Fellesløsninger innen X: Referat fra møte i Y",
             "Referat fra møte i Regionrådet Vest"]
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 7)))
              + rng.choice(["", " ", "\n", ".", " 4"]) for _ in range(30000)]
    clubs = owners = 0
    for text in texts:
        if header._CLUB_THEN_MEETING.match(text):
            clubs += 1
            assert header._may_name_club_meeting(text), text
        if header._OWNER_BEFORE_DOC.match(text):
            owners += 1
            assert ":" in text or "-" in text or "–" in text, text
    assert clubs > 300 and owners > 50  # (the patterns matched some of them)


def test_present_from_first_word_test_keeps_the_answers():
    """``labels._present_from`` leaves at a first word none of its forms opens with; the
    five patterns behind it find nothing there: random lines of their words, names,
    groups, colons and spaces of any kind."""
    from motebok.extract import labels
    patterns = (labels._FOLLOWING, labels._MEMBERS_OF, labels._PRESENT_DURING,
                labels._PRESENT_FROM, labels._FROM_GROUP_MET)
    words = ["Følgende", "følgjande", "Desse", "disse", "medlemmer", "Faste", "medlemer",
             "Representanter", "Til", "stede", "stades", "Tilstede", "møtte", "Møtt",
             "frammøtte", "Deltok", "deltakere", "Fra", "frå", "FOR", "av", "i", "under",
             "sak", "3:", "styret", "Styret", "rådet", "AS", "kommune", "Nordby", "Kari",
             "Holm", ":", ";", "ikke", "hadde", "forfall", "var", "på", "møtet", "også",
             "Referat", "Sak", "DISSE", "ſtyret", "dıSSE", "tıl"]
    rng = random.Random(58)
    texts = ["Til stede fra styret: Kari Holm", "Følgende møtte: Per Li",
             "Fra revisjonen møtte: Eva Dahl", "Medlemmer av Rådet: Kari Holm",
             "Deltok fra MagSil AS Gunnar Bråthen under sak 12/17"]
    texts += ["".join(rng.choice(words) + rng.choice([" ", " ", "\t", "\xa0", ""])
                      for _ in range(rng.randint(1, 4)))
              + rng.choice([": Kari Holm", ":", " Kari Holm", "", "; Per Li, Eva Dahl"])
              for _ in range(40000)]
    matched = 0
    for text in texts:
        found = any(p.match(text) for p in patterns)
        matched += found
        if found:
            head = text[:20]
            first = head.lower().split(None, 1)
            assert (first and first[0] in labels._PRESENT_FROM_FIRSTS) or \
                ("ſ" in head or "ı" in head or "İ" in head), text
    assert matched > 100  # (the patterns read some of them)


def test_case_text_before_proposal_with_the_lines_lowered_is_the_folded_reading():
    """``_case_text_before_proposal`` with the lines' own lower-cased texts answers as
    folding the joined lines did: random openings of labels, proposals and running text,
    some with the letters IGNORECASE reads as "s" or "i"."""
    from motebok.extract import outcomes

    def folded_reading(texts):
        opening = texts[:8]
        if not outcomes._has_proposal_label_word(fold("\n".join(t for t, *_ in opening))):
            return 0
        for position, (text, *_) in enumerate(opening):
            kind = outcomes._paper_label(text, fold(text), with_action=True)
            if kind == "proposal":
                return position
            if kind and ":" in text[:40]:
                return 0
        return 0

    lines = ["Forslag til vedtak:", "Innstilling:", "Vedtak:", "Behandling:", "Tiltak:",
             "Saken ble drøftet.", "Kommunene skal oppdatere planen innen våren.",
             "Daglig leders forslag til vedtak: Styret slutter seg til planen.",
             "FORſLAG TIL VEDTAK:", "Innſtilling:", "İnnstilling:", "Tılråding:",
             "Rådmannens innstilling:", "Styret vedtok planen.", "Ansvar: Kari Holm"]
    rng = random.Random(59)
    for _ in range(3000):
        texts = []
        for text in rng.sample(lines, rng.randint(1, 9)):
            known = text.lower() if rng.random() < 0.6 else None
            texts.append((text, False, False, False, known))
        assert outcomes._case_text_before_proposal(texts) == folded_reading(texts), texts


def test_leader_seat_words_in_the_lowered_lines_wherever_case_folding_finds_them():
    """``minutes._leader_of_the_body_chairs`` looks for "leder" / "leiar" (and the two
    ligatures that fold to more letters) in the lines' lower-cased texts before it
    case-folds them: every code point around the words, and each in place of a letter."""
    import sys as _sys

    def lowered_test(text):
        lowered = text.lower()
        return "leder" in lowered or "leiar" in lowered or "ﬂ" in lowered or "ﬄ" in lowered

    for code in range(_sys.maxunicode + 1):
        char = chr(code)
        for word in ("leder", "leiar", "LEDER", "Leiar"):
            for text in (char + word[1:], word[:1] + char + word[2:], word[:3] + char,
                         char + "eder", char + "eiar"):
                folded = text.casefold()
                if "leder" in folded or "leiar" in folded:
                    assert lowered_test(text), repr(text)


def test_row_absence_gate_answers_as_each_cell_would():
    """``table_row_people`` tests a row's cells joined by tabs once for an absence word
    before its two readings of a seat's deputy, which test cell by cell: the joined test
    holds exactly when one cell's does (no hint holds a tab, so none spans two cells),
    also for words cut between cells and in capitals."""
    rng = random.Random(55)
    pieces = ["Per Dal", "(forfall)", "Forfall", "meldt fråfall", "fravær", "Fråvær", "FORFALL",
              "Kari Fosse møtte", "vara", "", "Nordby kommune", "x", "forf", "all", "fr", "avær",
              "råvær", "–", "møtt"]
    test = participants._has_absence_word
    for _ in range(5000):
        cells = tuple(" ".join(rng.sample(pieces, rng.randint(0, 3)))
                      for _ in range(rng.randint(1, 5)))
        assert test("\t".join(cells)) == any(test(cell) for cell in cells), cells


@pytest.mark.parametrize("cells, columns, names", [
    (("Per Dal (forfall), Kari Fosse møtte", "Nordby"), {0: "name", 1: "org"},
     ["Per Dal", "Kari Fosse"]),
    (("Per Dal", "Nordby", "forfall – Kari Fosse møtte"), {0: "name", 1: "org", 2: "note"},
     ["Per Dal", "Kari Fosse"]),
    (("Per Dal", "Nordby", "forfall – Kari Fosse møtte"), None, ["Per Dal", "Kari Fosse"]),
    (("Per Dal", "Nordby"), {0: "name", 1: "org"}, ["Per Dal"]),
])
def test_row_absence_gate_keeps_the_deputy_readings(cells, columns, names):
    """A row whose cell names the member away and the deputy who came is still read as
    both, behind the row's one absence test; a row without one as its one person."""
    found = participants.table_row_people(cells, None, Attendance.PRESENT, columns)
    assert [entry.name for entry in found] == names


def test_folded_forms_are_every_text_fold_reads_as_the_word():
    """``folded_forms`` stands in for ``fold(text) == word``: every character that
    ``fold`` turns into one ASCII letter is among the letter's forms, and no other."""
    from motebok.extract.text import _FOLDED_AS, folded_forms

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        folded = fold(char)
        if len(folded) == 1 and "a" <= folded <= "z":
            assert char in _FOLDED_AS[folded], char
    for letter, forms in _FOLDED_AS.items():
        assert all(fold(form) == letter for form in forms)
    assert folded_forms("side") == {
        "".join(chars) for chars in itertools.product(*(_FOLDED_AS[c] for c in "side"))}


@pytest.mark.parametrize("text", ["Side 2 av 5", "SIDE", "ſide 3", "sıde 4", "Page 2",
                                  "lysBilde 3", "Slide", "Sidene", "Sid", "Sak 2", "P", ""])
def test_page_heads_is_the_folded_first_four_letters(text):
    from motebok.extract.text import _PAGE_HEADS, _PAGE_WORDS

    assert (text[:4] in _PAGE_HEADS) == (fold(text[:4]) in _PAGE_WORDS)


def test_cell_table_heads_are_every_block_text_read_as_a_heading():
    """``cell_per_line_tables`` skips a document whose block texts are none of
    ``_CELL_TABLE_HEADS``: every four-letter text that casefolds to "navn" or "namn" (no
    character beyond a letter's own forms casefolds to one of these letters), and every
    task heading it looks up."""
    from motebok.extract.text import (
        _CELL_TABLE_HEADS,
        _FOLDED_AS,
        _NAME_HEADINGS,
        _TASK_WHAT_HEADINGS,
    )

    letters = set("".join(_NAME_HEADINGS))
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        if char.casefold() in letters:  # (one letter: casefolded, it may be one of them)
            assert char in _FOLDED_AS[char.casefold()], char
    names = {"".join(chars) for word in _NAME_HEADINGS
             for chars in itertools.product(*(_FOLDED_AS[c] for c in word))
             if "".join(chars).casefold() == word}
    assert {"Navn", "NAMN", "navN", "Namn"} <= names
    tasks = {t for t in _TASK_WHAT_HEADINGS if len(t) < 19}
    assert names | tasks == _CELL_TABLE_HEADS

# Lines of an item for ``test_a_line_of_talk_skips_the_sentence_tests_as_they_would_answer``:
# talk, and every kind of line the sentence tests of ``find_outcomes`` look for, so that
# talk comes in every state those lines leave open (a vedtak, a proposal, a vote, an owner
# entry, a habilitet ruling, a task whose deadline follows …).
_ITEM_LINES = [
    "Gruppen drøftet hvordan kommunene kan dele erfaringer på tvers.",
    "Det var enighet om at saken er viktig for hele regionen. Flere pekte på kostnadene.",
    "Presentasjonen sendes ut sammen med referatet.",
    "Kari Holm orienterte om arbeidet så langt og svarte på spørsmål.",
    "Saken ble drøftet.", "Styret diskuterte saken grundig, og flere hadde innspill.",
    "Vedtak:", "Vedtak: Saken tas til orientering.", "Enstemmig vedtatt.",
    "Styret godkjenner planen.", "Forslag til vedtak:", "Innstilling: Planen godkjennes.",
    "Innstillingen ble enstemmig vedtatt.", "Endringsforslag fra Sp:",
    "Endringsforslaget falt.", "Per Dahl fremmet forslag om å utsette saken.",
    "Forslaget ble vedtatt.", "Oppfølging:", "Oppfølging: Per Lie sender brev innen 1. mai.",
    "Ansvar: Kari Holm", "Frist: 1. mars", "Hvem: Kari", "Hva: Sende brev",
    "Status: Ferdig", "Kari sender søknaden.", "Dette må gjøres før 1. mars.",
    "Søknaden må være ferdig innen 1. april.", "Trong tar ansvar for det.",
    "Gjort.", "Ola Moe meldte seg inhabil.", "Styret var enig i dette.",
    "Referatet godkjent, Marit arkiverer.", "(Ansvar: Kari Holm, frist: 1. mai)",
    "Kommunestyret vedtok 12. mai å bygge ny skole.", "Behandling:",
    "Bakgrunn:", "Videre arbeid:", "- Lage invitasjon", "- [ ] Kari sender oversikt",
    "1. Styret vil prioritere saken.", "Mindretallet ville utsette saken.",
    "Per Dahl stemte mot.", "Neste møte: 17. januar", "Konklusjon: Planen vert godkjend.",
    "Vi drøfta planen. Konklusjon: Planen vert godkjend.", "Tatt til orientering.",
    "Innspill fra gruppen:", "Nestleder: Nina Follesøy", "Nordre Land: planen er vedtatt.",
    "Vestby: høring i mai.", "Det ble orientert om status i prosjektet. Ingen merknader.",
    "Rådet hadde ingen merknader til dette.", "Ola Moe meldte seg inhabil.",
    "Styret tok erklæringen til etterretning.", "Kari Holm erklærte seg inhabil. Rådet "
    "hadde ingen merknader til dette.", "Arbeidet er godt i gang. Den er laget og sendt ut.",
    # short lines a heading test of the label chain reads, or that only look like one
    "Oppgaver", "Til oppfølging.", "Veien videre:", "Beslutninger", "Styrets vedtak",
    "Drøftingen tok tid.", "Vi ser på det igjen.",
]


def _parsed_both_ways(data: bytes, name: str, monkeypatch):
    """A document's record with ``find_outcomes``'s shortcut for lines of talk, and without."""
    from motebok.extract import outcomes

    with_shortcut = parse_bytes(data, name)
    with monkeypatch.context() as patch:
        patch.setattr(outcomes, "_talk_only", lambda text, lowered: None)
        without = parse_bytes(data, name)
    return with_shortcut, without


def test_a_line_of_talk_skips_the_sentence_tests_as_they_would_answer(monkeypatch):
    """``find_outcomes`` skips the sentence tests of a line that ``_talk_only`` finds to be
    talk alone, while nothing is open: the record must be the one the tests give, for items
    that mix talk with every kind of line in random order (so talk comes in every state)."""
    rng = random.Random(2026)
    titles = ["Budsjett 2025", "Habilitet", "Konstituering", "Orienteringer fra kommunene",
              "Godkjenning av innkalling", "Eventuelt"]
    for number in range(120):
        items = []
        for item in range(1, rng.randint(2, 5)):
            body = [rng.choice(_ITEM_LINES) if rng.random() < 0.6 else _ITEM_LINES[
                rng.randrange(6)] for _ in range(rng.randint(2, 12))]
            # (a blank line between some lines: a paragraph set apart ends a block)
            items.append(f"Sak {item}/25 {rng.choice(titles)}\n\n" + "".join(
                line + rng.choice(("\n", "\n", "\n\n")) for line in body))
        text = "Referat fra styremøte\n\nDato: 3. februar 2025\n\n" + "\n\n".join(items)
        with_shortcut, without = _parsed_both_ways(text.encode(), f"{number}.txt", monkeypatch)
        assert with_shortcut == without, text


def test_a_line_of_talk_skips_the_sentence_tests_on_the_corpus(monkeypatch):
    """The same on every fifth document of the corpus (all formats)."""
    from pathlib import Path

    corpus = sorted((Path(__file__).parent / "corpus").iterdir())
    for path in corpus[::5]:
        with_shortcut, without = _parsed_both_ways(path.read_bytes(), path.name, monkeypatch)
        assert with_shortcut == without, path.name


def test_may_hold_partial_is_the_two_guards_partial_sentences_opens_with():
    # ``read_other_people`` asks ``may_hold_partial`` once a line and tells
    # ``partial_sentences`` so (``hinted``): the test must pass exactly the texts that hold
    # a hint, and one but "med " or a "var med" clause, and a hinted call must find what
    # the plain one finds, on every corpus and generated line and on random word strings
    from motebok.extract import participants as p
    from motebok.extract.text import to_lines

    def guards(lowered: str, text: str) -> bool:  # (the hints searched one by one)
        return any(hint in lowered for hint in p._PARTIAL_HINTS) and (
            any(hint in lowered for hint in p._PARTIAL_HINTS if hint != "med ") or
            p._WITH_CLAUSE.search(text) is not None)

    texts = [(line.lowered, line.body) for _name, blocks in _corpus_and_generated_blocks()
             for line in to_lines(blocks)]
    rng = random.Random(56)
    words = ["Kari", "var", "vart", "ble", "berre", "kun", "med", "med\u00a0", "Med", "medlem",
             "til stede", "forlot", "gikk", "kom", "møtte", "deltok", "inhabil", "orienterte",
             "under", "sak", "3", "fratrådte", "perm.", "sammen", "\t", "tok sete", "ankom"]
    for _ in range(20000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
        texts.append((text.lower(), text))
    assert len(texts) > 50000
    for lowered, text in texts:
        assert p.may_hold_partial(lowered, text) == guards(lowered, text), text
        if p.may_hold_partial(lowered, text):
            assert p.partial_sentences(text, lowered, hinted=True) == \
                p.partial_sentences(text, lowered), text


def _hint_tests() -> list:
    """Every ``contains_any`` test of the extractor's modules (the gates ``none_holds``
    may stand in front of)."""
    from motebok.extract import header, items, minutes, outcomes

    modules = (header, items, labels, minutes, outcomes, participants)
    return [value for module in modules for value in vars(module).values()
            if callable(value) and (value.__doc__ or "").startswith("Whether the text contains")]


def test_none_holds_is_every_line_tested_alone():
    # a pass skips its per-line cue tests when ``none_holds`` finds its cues in none of
    # its lines' joined text: that must be the per-line answer for every line, for every
    # hint test, on the corpus's and generated documents' lines (each tail of a document
    # from a random line, as a pass over the lines under the head takes) and random text
    from motebok.extract.text import none_holds, to_lines

    tests = _hint_tests()
    assert len(tests) > 40
    rng = random.Random(57)
    documents = [to_lines(blocks) for _name, blocks in _corpus_and_generated_blocks()]
    letters = "abdeklmnorstvøå .,:\t()/-–\u00a0ſİ"
    for _ in range(300):
        documents.append([Line(text, text, BlockKind.PARAGRAPH, 0, (), False, False, index=i)
                          for i, text in enumerate(
                              "".join(rng.choice(letters) for _ in range(rng.randint(0, 40)))
                              for _ in range(rng.randint(1, 6)))])
    for lines in documents:
        tail = lines[rng.randint(0, len(lines)):]
        for test in tests:
            assert none_holds(test, tail) == (not any(test(line.lowered) for line in tail)), \
                (test.__doc__, [line.lowered for line in tail][:5])


def test_no_partial_hint_leaves_may_hold_partial_as_it_was():
    # ``read_other_people`` asks ``no_partial_hint`` of the lines under the head once and
    # then ``may_hold_partial`` of each without its hint search when none holds one: each
    # line's answer must be the full test's, on every corpus and generated document
    from motebok.extract.text import to_lines

    for _name, blocks in _corpus_and_generated_blocks():
        lines = to_lines(blocks)
        for start in (0, len(lines) // 3, len(lines) // 2):
            hints = not participants.no_partial_hint(lines[start:])
            for line in lines[start:]:
                assert participants.may_hold_partial(line.lowered, line.body, hints) == \
                    participants.may_hold_partial(line.lowered, line.body), line.body


def test_decide_kind_finds_an_outcome_whichever_lines_it_asks_first(monkeypatch):
    # ``decide_kind`` asks the lines from the first item on before the head's: the answer
    # must be the plain one over all lines in order, on every corpus and generated document
    from motebok.extract import minutes

    def plain(lines) -> bool:
        return any(minutes._OUTCOME_WORDS.search(line.lowered) for line in lines)

    seen = []

    def detect_kind(title, lines, people, has_outcomes, *rest):
        # (recorded, not asserted here: ``extract`` turns a step's error into a warning)
        seen.append((has_outcomes, plain(lines)))
        return real(title, lines, people, has_outcomes, *rest)

    real = minutes.detect_kind
    monkeypatch.setattr(minutes, "detect_kind", detect_kind)
    for name, blocks in _corpus_and_generated_blocks():
        minutes.extract(blocks, minutes.Source(filename=name))
    assert len(seen) > 1000 and any(found for found, _ in seen) and \
        not all(found for found, _ in seen)
    assert all(found == expected for found, expected in seen)


def _written_clean_by_searches(whole: str) -> bool:
    """``written_clean`` as it was written before its spacing and stop tests became
    patterns: each rare mark, each ". " and ": " found by a substring search, and the
    characters on either side of a stop looked at one by one."""
    if whole[:1] == " " or whole[-1:] == " ":
        return False
    if any(sign in whole for sign in ("&", "<", "[", "`", "@", "=", "*", "_", "Ã", "Â", "â",
                                      "ï", " #")):  # (" #": a note app's tag, s70p)
        return False
    if any(mark in whole and f" {mark}" in whole for mark in ("?", "!", ";")):
        return False
    if "\n " in whole or re.search(r" [ .,:\n]", whole) is not None:
        return False
    for stop in (". ", ": "):
        at = whole.find(stop)
        while at != -1:
            if whole[at + 2:at + 3].isdecimal() and whole[at - 1:at].isdecimal():
                return False
            at = whole.find(stop, at + 2)
    return whole.replace("\n", " ").isprintable()


def _document_texts() -> list[str]:
    """The texts ``to_lines`` gives ``written_clean`` for every plain-text and Markdown
    corpus document and 120 generated minutes (paragraphs and cells joined by line
    breaks), each also with its lines' spaces doubled and its stops set between digits."""
    found = []
    for _, blocks in _corpus_and_generated_blocks():
        whole = "\n".join([block.text if block.kind is not BlockKind.TABLE_ROW else
                           "\n".join(block.cells) for block in blocks
                           if block.kind is not BlockKind.TABLE_ROW or block.cells])
        found += [whole, whole.replace(" ", "  ", 1), whole.replace(". ", ".", 3)]
    return found


def test_written_clean_by_patterns_is_written_clean_by_searches():
    # the rare marks in the spacing pattern, and one pattern a stop between two digits,
    # answer as the substring searches did: on the corpus's and generated documents'
    # texts, and on random texts of digits (also other scripts'), stops, marks and spaces
    texts = _document_texts()
    assert any(written_clean(text) for text in texts) and \
        not all(written_clean(text) for text in texts)
    rng = random.Random(58)
    pieces = ["1", "09", "٣", "７", "a", "Kari", ".", ":", ". ", ": ", " ", "\n", "?", "!",
              ";", ",", "–", "x.", "0:", "ø"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
              for _ in range(40_000)]
    for text in texts:
        assert written_clean(text) == _written_clean_by_searches(text), text


def test_a_written_clean_text_holds_no_double_space():
    # ``to_lines`` skips its searches for a narrow row's double space and a padded
    # table's triple space in a text ``written_clean`` passed: it holds neither
    rng = random.Random(59)
    pieces = ["Kari", " ", "  ", "\n", ".", "|", " | ", "] ", "]", "\u00a0", "\t", "1"]
    texts = _document_texts() + [
        "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(20_000)]
    for text in texts:
        if written_clean(text):
            assert "  " not in text and "   " not in text, text


def test_decision_label_needs_a_colon_or_a_label_word():
    # ``_talk_only`` asks the label patterns only of a line with a colon or a label word:
    # every line the patterns match passes the guard (corpus and generated lines, the
    # label lines above, and random strings of label words, odd letters and marks)
    from motebok.extract.outcomes import (
        _DECISION_LABEL,
        _decision_label,
        _may_be_decision_label,
    )

    lines = [block.text for _, blocks in _corpus_and_generated_blocks() for block in blocks]
    lines += LABEL_LINES
    rng = random.Random(59)
    words = ["Vedtak", "vedtaket", "VEDTAK", "Konklusjon", "konkl.", "Beslutning",
             "beslutting", "avgjerd", "Avgjørelse", "decision", "Conclusions", "uttalelse",
             "Uttale", "fråsegn", "FRÅSEGN", "Eldrerådets", "Rådet", "si", "sitt", "Styrets",
             "Styret", "fattet", "følgende", "enstemmig", "Samrøystes", "vedtok", "gjorde",
             "Det", "ble", "besluttet", "bestemt", "enighet", "V1", "B12", "nr.", "3", "mot",
             "i", "saka", "12.03.2024", "-", "–", "/", "(", ")", ",", ".", ":", ";", "x",
             "ved\u017ftak", "konkluſjon", "Be\u017flutning", "\u212aonklusjon", "FR\u212bSEGN"]
    lines += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 7)))
              for _ in range(20000)]
    matched = 0
    for line in lines:
        if _decision_label(line) is not None or _DECISION_LABEL.match(line) is not None:
            matched += 1
            assert _may_be_decision_label(line, fold(line)), line
    assert matched > 500


def test_a_label_without_a_colon_must_end_before_the_first_stop():
    # ``_label_cannot_end`` leaves ``_DECISION_LABEL_NO_COLON`` out on a text whose words
    # before its first "." or ";" end in no label word: it must never leave out a match
    from motebok.extract.outcomes import _DECISION_LABEL_NO_COLON, _label_cannot_end

    lines = [block.text for _, blocks in _corpus_and_generated_blocks() for block in blocks]
    lines += LABEL_LINES
    rng = random.Random(61)
    words = ["Vedtak", "vedtaket", "vedtatt", "VEDTAK", "Konklusjon", "Konklusjoner",
             "Beslutningar", "beslutting", "avgjerd", "Avgjørelse", "decision", "Conclusions",
             "uttalelse", "Uttale", "fråsegn", "Eldrerådets", "Rådet", "si", "sitt",
             "Styrets", "fattet", "fatta", "gjort", "følgende", "slikt", "enstemmig",
             "Samrøystes", "Oppfølging", "tiltak", "Innstilling", "tilråding", "/", "og",
             "oppsummering", "drøfting", "Det", "ble", "vart", "i", "sak", "SAK", "møtet",
             "12/23.", "12.03.2024", "ut 2020.", "(enst.)", "(", ")", ";", ".", " ", "\t",
             "Per", "viste", "til", "tidligere", "ved\u017ftak", "\u212aonklusjon",
             "FR\u212bSEGN", "endelig", "gruppens", "forslag", "som"]
    lines += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 8))) +
              rng.choice(["", ".", " .", ";", ". Mer tekst."]) for _ in range(40000)]
    gated = 0
    for line in lines:
        if ":" in line or "-" in line or "\u2013" in line:
            continue  # (the pattern is asked only of texts without a colon or a dash)
        if _label_cannot_end(line):
            assert _label_cannot_end(line, fold(line)), line  # (the caller's folded text)
            gated += 1
            assert _DECISION_LABEL_NO_COLON.match(line) is None, line
    assert gated > 5000
    assert _label_cannot_end("Per Dahl viste til tidligere vedtak og foreslo det ut 2020.")
    assert not _label_cannot_end("Styrets vedtak 12.03.2024.")
    assert not _label_cannot_end("Samrøystes vedtak.")


def test_presenter_first_without_a_spokesperson_is_the_named_pattern():
    # ``_add_presenters`` tries ``_PRESENTER_FIRST_NAMED`` where ``_may_name_spokesperson``
    # says the body before the name ("Valgkomiteen ved …", "NAV v/ …") cannot match: the
    # same spans and groups as ``_PRESENTER_FIRST`` at every sentence start of the corpus's
    # and generated documents' lines and of random strings of names, "ved", "vedtak",
    # "v/", titles, verbs and spaces of other kinds
    from motebok.extract import minutes

    lines = [line.strip() for _, blocks in _corpus_and_generated_blocks() for block in blocks
             for line in block.text.split("\n")]
    rng = random.Random(61)
    words = ["Kari", "Holm", "Lars", "B.", "Lie", "Valgkomiteen", "NAV", "ved", "vedtak", "Ved",
             "v/", "v/Eva", "ved\t", "ved\u00a0", "ved\u2003", "rådgiver", "dagleg", "leiar",
             "orienterte", "presenterte", "la", "fram", "viste", "las", "om", "saken", "til",
             "tidligere", ".", "og", "\t", "i"]
    lines += [" ".join(rng.choice(words) for _ in range(rng.randint(2, 9)))
              for _ in range(30000)]
    lines += ["Kari Holm viste til vedtak. Valgkomiteen ved Eva Lie orienterte.",
              "Valgkomiteen ved\tKari Holm orienterte om saken."]
    named = full = 0
    for text in lines:
        quick = minutes._PRESENTER_FIRST if minutes._may_name_spokesperson(text) \
            else minutes._PRESENTER_FIRST_NAMED
        named += quick is minutes._PRESENTER_FIRST_NAMED
        for start in [0] + [i + 2 for i in range(len(text)) if text.startswith(". ", i)]:
            found = minutes._PRESENTER_FIRST.match(text, start)
            got = quick.match(text, start)
            full += found is not None
            assert (got is None) == (found is None), text
            if found is not None:
                assert got.span() == found.span(), text
                assert {k: v for k, v in got.groupdict().items() if v is not None} == \
                    {k: v for k, v in found.groupdict().items() if v is not None}, text
    assert named > 10000 and full > 300


def test_sak_case_shortcut_gives_the_full_patterns_match():
    # ``find_candidates`` asks ``_SAK_CASE`` ("Sak 12/24 Budsjett") before ``_CASE``: where
    # it matches, ``_CASE`` must match with the same span and groups, on every corpus and
    # generated line and on random headings of case words in odd spellings, numbers,
    # marks, spaces of other kinds and titles
    from motebok.extract import items

    lines = [line.strip() for _, blocks in _corpus_and_generated_blocks() for block in blocks
             for line in block.text.split("\n")]
    rng = random.Random(62)
    words = ["Sak", "SAK", "sak", "ſak", "SAk", "Saksnr.", "Sak nr.", "PS", "Sakene", "og"]
    numbers = ["1/24", "12/24", "123/24", "1234/24", "12/2024", "12/24/2024", "1/3/19",
               "12/24-3", "12/245", "4a/24", "12 / 24", "3-4/26", "12/2", "2/24.", "3",
               "1-3", "12.23", "3/", "3 av 2025", "\u0663/24", "1\u0663/24"]
    gaps = [" ", "  ", "\t", "\u00a0", "", ": ", " - ", " – ", ". ", ") ", "*", "—", "\n"]
    titles = ["Budsjett", "budsjett 2025", "2025 plan", "og 13/24 Økonomi", "av 2025",
              "a) Tilskudd", "- 16/17: Konstituering", "", " ", "Ø", ".", ":x", "(forts.)",
              "Eventuelt\n", "Sak 2/24 x", "\u212aommune"]
    lines += [rng.choice(words) + rng.choice(gaps[:4]) + rng.choice(numbers) +
              rng.choice(gaps) + rng.choice(titles) for _ in range(40000)]
    quick = 0
    for text in lines:
        got = items._SAK_CASE.match(text)
        if got is None:
            continue
        quick += 1
        found = items._CASE.match(text)
        assert found is not None, text
        assert found.span() == got.span(), text
        for group in ("num", "title"):
            assert found.span(group) == got.span(group), text
    assert quick > 3000


def test_a_name_opening_with_a_first_name_has_no_title_before_it():
    # ``tidy_name`` leaves ``_TITLE_PREFIX`` out for a name whose first word is a first
    # name: on every first name in any case, before whatever would complete one of the
    # pattern's branches, and on every piece of every corpus and generated line, the
    # pattern finds no title where the shortcut says there is none
    from motebok.extract.first_names import FIRST_NAMES

    endings = [" Kari Nes", " vara Kari Nes", " varamedlem Kari Nes", " leder Kari Nes",
               " leiar i Gran Kari Nes", " for plan og bygg Kari Nes", " NAV Kari Nes",
               "/rådmann Kari Nes", " leder/rådmann Kari Nes", "- og omsorgssjef Kari Nes",
               " ansattes representant Kari Nes", " tilsette sin representant Kari Nes",
               " emeritus Kari Nes", " tillitsvalgt Kari Nes", "\u00a0Kari Nes", " Kari"]
    names = [case(name) + ending for name in FIRST_NAMES
             for case in (str.capitalize, str.lower, str.upper) for ending in endings]
    names += ["Hans vara Per Lie", "hennes vara Liv Strand", "Og Per Lie Nes"]
    names += [piece.strip() for _, blocks in _corpus_and_generated_blocks() for block in blocks
              for line in block.text.split("\n") for piece in re.split(r"[,;:()]", line)]
    skipped = 0
    for name in names:
        if participants._first_name_first(name):
            skipped += 1
            assert participants._TITLE_PREFIX.match(name) is None, name
    assert participants._first_name_first("Per Arne Moen")
    assert not participants._first_name_first("Hans vara Per Lie")
    assert participants._TITLE_PREFIX.match("Hans vara Per Lie") is not None
    assert skipped > 30000


def test_owner_line_without_a_deadline_reads_as_the_full_pattern():
    # ``_owner_line`` reads a line where no deadline can follow who by the plain pattern:
    # on every corpus and generated line and sentence and on random owner lines of labels,
    # names, deadlines, marks and odd spellings, it gives the full pattern's span and groups
    from motebok.extract import outcomes

    lines = [line.strip() for _, blocks in _corpus_and_generated_blocks() for block in blocks
             for line in block.text.split("\n")]
    lines += [part for line in lines for part in sentences(line)]
    rng = random.Random(62)
    labels_ = ["Ansvar", "ANSVAR", "ansvarlig", "Ansvarleg", "Ansv.", "Ansv", "Hvem", "Kven",
               "Ansvar for oppfølging", "Ansvar for å", "Anſvar", "Ansvarlige", "Oppfølging"]
    marks = [":", ": ", " : ", ";", " – ", " - ", ". ", " ", ":\t", ":\u00a0", ""]
    whos = ["Kari Holm", "Per", "sekretariatet", "Kari-Anne Li", "KH/PD", "Eva og Tor",
            "Kari Holm, Per Dal", "ÅSE", "Ola Dahl innen 1. april", "Eva Li frist: 1.5.",
            "Per NÅR: mai", "Liv Berg, uke 14", "Per ſeneſt i mai", "Tor innan fredag",
            "Kari · Status: Åpen", "Kari | x", " ", "", "Kari\nHolm", "Per\n", "Siv  "]
    lines += [rng.choice(labels_) + rng.choice(marks) + rng.choice(whos) +
              rng.choice(["", ".", " ", "  ", "\n", " ·", ", frist 1. mai", " – x"])
              for _ in range(40000)]
    plain = 0
    for text in lines:
        got = outcomes._owner_line(text)
        found = outcomes._OWNER_LINE.match(text)
        assert (got is None) == (found is None), text
        if found is not None:
            plain += got.re is outcomes._OWNER_LINE_PLAIN.compiled()
            assert got.span() == found.span(), text
            for group in ("who", "when"):
                assert got.span(group) == found.span(group), text
                assert got.group(group) == found.group(group), text
    assert plain > 2000


def _line_ends_and_odd_endings(rng: random.Random) -> list[str]:
    """Every corpus and generated line, and random lines of the words, marks, capitals and
    spaces the end-anchored patterns below look for (odd letters among them)."""
    lines = [line for _, blocks in _corpus_and_generated_blocks() for block in blocks
             for line in block.text.split("\n")]
    heads = ["Referent:", "Ref.", "ref", "REFERENT", "Referent", "Til stede:", "Navn",
             "ÅS", "Vest Vatn", "Møtested: Teams", "innen", "frist 1.", "x", "", "Ås - Nord"]
    middles = [" ", "  ", "\t", "\u00a0", ": ", " – ", " - ", ""]
    tails = ["TS", "KH", "KHM", "Kari Holm", "ÆØ", "Ts", "tS", "T", "ABCD", "kommune",
             "Kommune", "KOMMUNE", "fylkeskommune", "herad", "Regionråd", "REGIONRÅD",
             "utvikling", "Næringsråd", "IKS", "iks", "Rådet", "RÅDET", "rådet",
             "\u212aommune", "ſamkommune", "regıonråd", "regionr\u212bd", "1.", "12.", "123.",
             " 1.", "\u0663.", "1. ", "mai", "samkommunen"]
    ends = ["", " ", "\n", "  \n", ".", "\t", "\n\n"]
    lines += [rng.choice(heads) + rng.choice(middles) + rng.choice(heads) +
              rng.choice(middles) + rng.choice(tails) + rng.choice(ends) for _ in range(60000)]
    return lines


def test_end_anchored_shortcuts_give_the_patterns_answers():
    # ``_DAY_END`` searched from five characters before the end, ``_HEAD_INITIALS`` asked
    # only where the line ends in two capitals, ``_LETTERHEAD_LINE`` only where it ends in
    # one of its words: each gives the full pattern's answer on every line
    from motebok.extract import header, minutes
    from motebok.extract import text as text_module

    day_end = text_module._DAY_END.compiled()
    initials = minutes._HEAD_INITIALS.compiled()
    kept = {"day": 0, "initials": 0, "letterhead": 0}
    for text in _line_ends_and_odd_endings(random.Random(62)):
        found = day_end.search(text)
        got = day_end.search(text, len(text) - 5)
        assert (got and got.span()) == (found and found.span()), text
        kept["day"] += found is not None
        found = initials.search(text)
        if not minutes._ends_in_capitals(text):
            assert found is None, text
        kept["initials"] += found is not None
        found = header._LETTERHEAD_LINE.match(text)
        got = header._letterhead_line(text)
        assert (got and got.span(1)) == (found and found.span(1)), text
        kept["letterhead"] += found is not None
    assert min(kept.values()) > 500, kept


def test_letterhead_endings_folded_hold_every_letter_ignorecase_matches():
    # ``_letterhead_line`` compares the line's folded end with its words: every character
    # that IGNORECASE matches with one of their letters folds to that letter
    from motebok.extract import header

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter in set("".join(header._LETTERHEAD_ENDINGS)):
        for found in re.finditer(letter, every, re.I):
            assert fold(found.group()) == letter, (hex(found.start()), letter)


def test_whole_job_title_exit_is_the_pattern_s_fullmatch():
    # a text whose last four letters, folded, end no job form ("Hilde", "Bjørnar") is
    # answered without the pattern; every other text still asks it
    pattern = participants._JOB_TITLE.compiled()
    forms = [*participants._JOB_TITLE_WORDS, *participants.JOB_TITLE_ENDINGS, "ceo", "CTO",
             "head of sales", "Head of Sales and Marketing", "business developer",
             "Destination Manager", "seniorrådgiver", "Kommunalsjef", "IKT-rådgiver",
             "KOMMUNALSJEF", "hilde", "Per Arne", "kari holm", "headmaster", "c-o", "Bjørnar",
             "Øystein", "konſulent", "DIREKTØR", "rektor\u212a", "HEAD OF IT", "Cſo", "per",
             "Håkon", "xlege", "diakon"]
    # (the tails are each form's last four letters: a shorter ending would need its own)
    assert min(map(len, [*participants._JOB_TITLE_WORDS, *participants.JOB_TITLE_ENDINGS])) >= 4
    rng = random.Random(13)
    letters = "abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ -." + ODD_LETTERS
    texts = [*forms, *(form.upper() for form in forms), *(f"x{form}" for form in forms),
             *(form[:-1] for form in forms), *(form[1:] for form in forms)]
    for _ in range(20000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 8)))
        if rng.random() < 0.5:
            form = rng.choice(forms)
            cut = rng.randint(0, len(form))
            text = text + form[cut:] if rng.random() < 0.5 else form[:cut] + text
        texts.append(text)
    for text in texts:
        assert participants.is_whole_job_title(text) == \
            (pattern.fullmatch(text) is not None), text


def test_only_a_capital_or_small_a_lowers_to_an_opening_of_ansv():
    # ``find_outcomes`` asks ``text[:4].lower() == "ansv"`` only after ``text[:1] in
    # "Aa"``: exact when no other character lowers to a text "ansv" starts with
    openers = [chr(code) for code in range(sys.maxunicode + 1)
               if (low := chr(code).lower()) and "ansv".startswith(low)]
    assert openers == ["A", "a"]


@pytest.mark.parametrize("text", ["Kari Holm", "Skolenes Landsforbund", "Danmarks Lærerforening",
                                  "Gassforum Midt", "Per Dahl", "KARI HOLM", "Liv Moe Lag",
                                  "Ola Nordmann Forum"])
def test_looks_like_name_tests_each_words_ending_as_it_lowers_it(text):
    # the organisation endings are asked inside the loop over the words (where each word
    # is lowered anyway): the answer is the one a test after the loop gave
    from motebok.extract.text import _NO_SURNAME_ENDINGS, looks_like_name
    ends = any(word.lower().endswith(_NO_SURNAME_ENDINGS) for word in text.split())
    if ends:
        assert not looks_like_name(text)
    rnd = random.Random(7)
    words = text.split()
    for _ in range(50):
        mixed = " ".join(rnd.sample(words, len(words)))
        if any(word.lower().endswith(_NO_SURNAME_ENDINGS) for word in mixed.split()):
            assert not looks_like_name(mixed)


def test_participant_places_and_present_in_one_pass_are_the_two_passes():
    # ``build_items`` reads the places and the present organisations in one pass that
    # folds each organisation once and splits the folded text: folding goes letter by
    # letter and keeps spaces spaces, so the folded words are the words folded
    from motebok.extract.minutes import _PLACE_KINDS, _participant_places
    from motebok.record import Participant

    def places_by_words(people):
        places = set()
        for person in people:
            words = (person.organization or "").split()
            if (len(words) == 2 and words[1].casefold() in _PLACE_KINDS) or \
                    (len(words) == 1 and words[0][:1].isupper()):
                places.add(words[0].casefold())
        return frozenset(places)

    def present_by_organisation(people):
        return frozenset(person.organization.casefold() for person in people
                         if person.organization and person.attendance != "absent")

    rng = random.Random(69)
    words = ["Gran", "gran", "Lunner", "KOMMUNE", "kommune", "Kommuna", "herad", "Herad",
             "fylkeskommune", "Åsen", "ÅSEN", "Straße", "ſtord", "Ørsta", "NAV", "İnderøy",
             "ﬁskå", "Σ", "a", ""]
    spaces = [" ", "  ", "\t", "\u00a0", "\u2003", "\n", ""]
    for _ in range(3000):
        people = []
        for _ in range(rng.randint(0, 6)):
            parts = [rng.choice(spaces) if rng.random() < 0.3 else ""]
            for _ in range(rng.randint(0, 3)):
                parts += [rng.choice(words), rng.choice(spaces[:-1])]
            organization = "".join(parts).rstrip() if rng.random() < 0.7 else \
                "".join(parts)
            people.append(Participant(name="Kari Holm",
                                      organization=rng.choice([organization, None, ""]),
                                      attendance=rng.choice(["present", "absent", "partial"])))
        assert _participant_places(people) == (places_by_words(people),
                                               present_by_organisation(people))


def test_hot_constructors_by_position_follow_the_fields_order():
    # ``People._add`` (Participant), ``_row_by_columns`` (Entry), ``find_outcomes``
    # (Outcomes) and ``build_items`` (Item) build their objects by position, which skips
    # the dict a keyword call builds and unpacks: the fields must stay in this order
    from dataclasses import fields

    from motebok.extract.items import Candidate, Section
    from motebok.extract.outcomes import Outcomes
    from motebok.extract.participants import Entry
    from motebok.read.blocks import Block
    from motebok.record import Action, Item, Participant

    def names(cls):
        return [f.name for f in fields(cls)]

    assert names(Participant)[:5] == ["name", "organization", "role", "attendance", "note"]
    assert names(Entry)[:4] == ["name", "organization", "role", "attendance"]
    assert names(Outcomes)[:5] == ["decisions", "actions", "cited", "cited_texts", "rows"]
    assert names(Item)[:5] == ["number", "title", "text", "decisions", "actions"]
    assert names(Block)[:5] == ["kind", "text", "level", "cells", "bold"]  # (_tabbed_block)
    # (s70g: ``make_action`` (Action), ``find_candidates``' case heading (Candidate),
    # ``build_sections`` (Section), a list of first names with surnames (Entry))
    assert names(Action) == ["text", "responsible", "due"]
    assert names(Candidate)[:9] == ["line", "number", "seq", "title", "style", "toc",
                                    "raw_title", "row", "series"]
    assert names(Section)[:7] == ["number", "title", "lines", "heading_rest", "row",
                                  "rest_after", "briefing"]


def _page_tail_as_searched(title: str) -> bool:
    """``items._has_page_tail`` without its substring tests: the last character, then the
    patterns' searches."""
    from motebok.extract import items
    end = title.rstrip()[-1:]
    if end.isdecimal():
        return bool(items._TOC_TAIL.search(title))
    return end in {".", "…"} and bool(items._DOT_LEADERS.search(title))


def test_page_tail_substring_tests_let_every_contents_entry_through():
    # before its searches ``_has_page_tail`` asks for three dots, an ellipsis, two spaces
    # or an unprintable character (a TAB, a no-break space) for a page's digits, and for
    # the leaders at the end for a title ending in a stop: on corpus and generated lines
    # and random strings of words, leaders, spaces and page numbers
    from motebok.extract.items import _has_page_tail
    lines = [line for _, blocks in _corpus_and_generated_blocks() for block in blocks
             for line in block.text.split("\n")]
    rng = random.Random(69)
    words = ["Sak", "3/25", "Budsjett", "for", "regionrådet", "side", "Side", "s.", "4", "12",
             "...", "..", ".", "…", "……", ". . .", "2025.", "kl.", "mill.", "٣", "Referat"]
    spaces = [" ", "  ", "   ", "\t", "\t\t", "\u00a0", "\u2009", " \u00a0 ", "", "\n"]
    for _ in range(30000):
        parts = []
        for _ in range(rng.randint(1, 6)):
            parts += [rng.choice(words), rng.choice(spaces)]
        lines.append("".join(parts[:-1] if rng.random() < 0.7 else parts))
    found = 0
    for line in lines:
        expected = _page_tail_as_searched(line)
        assert _has_page_tail(line) == expected, repr(line)
        found += expected
    assert found > 1000


def test_a_title_finished_by_the_line_under_it_is_asked_in_any_order():
    # ``items._finishes_title`` asks the line's gap and the heading's stop before it
    # cleans the line of a page's tail: the answer of the tests in their first order,
    # on every pair of lines of the corpus's and generated documents and random pairs
    from motebok.extract.items import FINITE_VERB, _finishes_title, _has_page_tail, clean_title

    def in_first_order(heading, line):
        text = line.body
        if (text[-1:].isdecimal() or text[-1:] in ".…") and _has_page_tail(text):
            text = clean_title(text)
        return text[:1].islower() and not line.gap and len(text) <= 40 and \
            not text.endswith((".", ":", "!", "?")) and \
            not heading.body.endswith((".", ":", "!", "?")) and not FINITE_VERB.search(text)

    pairs = []
    for _, blocks in _corpus_and_generated_blocks():
        lines = to_lines(blocks)
        pairs += list(itertools.pairwise(lines))
    rng = random.Random(70)
    texts = ["Sak 3/25 Budsjett 2026 for", "regionrådet ........ 4", "regionrådet", "kommunene.",
             "og styret ... 12", "Godkjenning av innkalling", "vedtas ....... 3", "side 2",
             "(V) budsjett", "rådet …… 7", "Saker til behandling:", "Referat 5. mai.", "ok"]
    for index in range(5000):
        heading = Line(rng.choice(texts), rng.choice(texts), BlockKind.PARAGRAPH, 0, (), False,
                       rng.random() < 0.3, index)
        line = Line(rng.choice(texts), rng.choice(texts), BlockKind.PARAGRAPH, 0, (), False,
                    rng.random() < 0.3, index + 1)
        pairs.append((heading, line))
    finished = 0
    for heading, line in pairs:
        expected = in_first_order(heading, line)
        assert _finishes_title(heading, line) == expected, (heading.body, line.body)
        finished += expected
    assert finished > 50


def test_a_sentence_under_a_point_is_only_asked_under_a_list_item():
    # ``merge_wrapped`` asks ``_sentence_under_point`` only under a list item: under any
    # other line its answer is no, on every pair of lines of the corpus's and generated
    # documents
    from motebok.extract.text import _sentence_under_point
    from motebok.read.blocks import LIST_ITEM
    asked = 0
    for _, blocks in _corpus_and_generated_blocks():
        for prev, line in itertools.pairwise(to_lines(blocks)):
            if _sentence_under_point(prev, line):
                assert prev.kind is LIST_ITEM
                asked += 1
    assert asked > 0


def test_an_open_parenthesis_above_a_wrapped_entry_is_asked_after_one_search():
    # ``minutes._wrapped_on`` counts and finds the parentheses of the line above only
    # when it holds an opening one: both of its tests need one, on random lines of
    # brackets, names and places
    from motebok.extract.minutes import _wrapped_on

    def as_counted(before, text):  # the first test without its search, the rest as is
        if text[:1] == "(" or before.count("(") > before.count(")") or \
                before.rfind("(") > before.rfind(")"):
            return True
        return _wrapped_on(before, text)

    rng = random.Random(71)
    words = ["(", ")", "Jon", "Kvam", "(Iveland", "kommune),", "IKS)", "og", "Siri", "/", "&",
             "Dahl,", "sak", "14/25", "(Vest-Telemark", "brann", "ordfører", "Mona", "Lie"]
    opened = 0
    for _ in range(20000):
        before = " ".join(rng.choice(words) for _ in range(rng.randint(0, 6)))
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 4)))
        expected = as_counted(before, text)
        assert _wrapped_on(before, text) == expected, (before, text)
        opened += "(" in before and expected
    assert opened > 1000


def test_no_surname_endings_by_tail_find_what_the_whole_tuple_finds():
    # ``looks_like_name`` asks ``endswith`` only of the endings that end in its word's
    # last two letters (s70g): every ending is two letters or more, and each word of the
    # corpus and generated documents (lowered), each ending itself and random ones get
    # the answer of the whole tuple
    from motebok.extract.text import _NO_SURNAME_BY_TAIL, _NO_SURNAME_ENDINGS

    assert min(len(ending) for ending in _NO_SURNAME_ENDINGS) >= 2
    assert sorted(e for group in _NO_SURNAME_BY_TAIL.values() for e in group) == \
        sorted(_NO_SURNAME_ENDINGS)

    def by_tail(word: str) -> bool:
        return (endings := _NO_SURNAME_BY_TAIL.get(word[-2:])) is not None and \
            word.endswith(endings)

    words = {word.lower() for _, blocks in _corpus_and_generated_blocks() for block in blocks
             for word in block.text.split()}
    rng = random.Random(70)
    for ending in _NO_SURNAME_ENDINGS:
        words.update((ending, ending[1:], ending[-2:], ending[-1:], "x" + ending,
                      ending + "e", ending[:-1]))
    letters = "aeiounrstdgkløæåéü-."
    words.update("".join(rng.choice(letters) for _ in range(rng.randint(0, 9)))
                 for _ in range(20000))
    for word in words:
        assert by_tail(word) == word.endswith(_NO_SURNAME_ENDINGS), word


@pytest.mark.parametrize("body", [
    "Kari Holm fra NAV orienterte.", "Eva Lie frå Statsforvaltaren orienterte.",
    "Per Dahl (Nordby kommune) presenterte", "Tor Rudi i Nordby kommune fortalte om planen",
    "Fra kommunen møtte Kari Holm", "Saken ble drøftet.", "", "kommune", "Frå", "(",
    "Refusjon fraktet", "Sørby kommune ", "frakk"])
def test_the_presenter_gate_written_out_asks_what_the_hint_test_asks(body):
    # (s76f) ``read_other_people`` writes out ``_has_presenter_from``'s searches (and the
    # "kommune " one) instead of calling it for every line: the same answer
    from motebok.extract import minutes
    written = "(" in body or "fra" in body or "frå" in body or "kommune " in body
    assert written == (minutes._has_presenter_from(body) or "kommune " in body)


def test_letter_groups_ask_what_the_whole_tuple_asks():
    # ``by_first_letter`` / ``by_last_letter`` gates (s70g): a group's ``startswith`` /
    # ``endswith`` gives the whole tuple's answer on every corpus and generated line (as
    # written and lowered), each word itself and random strings; ``TERMINAL_CHARS`` is
    # ``TERMINAL`` letter by letter
    from motebok.extract import header, items, minutes, outcomes
    from motebok.extract.text import by_first_letter, by_last_letter
    from motebok.read.blocks import TERMINAL, TERMINAL_CHARS

    with pytest.raises(ValueError):
        by_first_letter(("ref", ""))
    with pytest.raises(ValueError):
        by_last_letter(("", "leder"))

    with pytest.raises(ValueError):  # (a word shorter than the key could start a text)
        by_first_letter(("ref", "for ref"), width=4)
    with pytest.raises(ValueError):
        by_last_letter(("leder", "ref)"), width=5)
    assert minutes._SIGN_KEY > 1  # (the keys of width: the tests below ask as many letters)
    assert {len(key) for key in minutes._ITEM_GUEST_BY_START} == {minutes._GUEST_KEY}
    assert all(len(end) == 1 for end in TERMINAL) and set(TERMINAL) == TERMINAL_CHARS
    starts = [(header._MINUTES_TITLE_BY_FIRST, header._MINUTES_TITLE_GATE),
              (header._SIGNER_BY_FIRST, header._SIGNER_STARTS),
              (header._WEB_STAMPS_BY_FIRST, header._WEB_STAMPS),
              (minutes._ITEM_GUEST_BY_START, minutes._ITEM_GUEST_STARTS),  # (by four, s76f)
              (minutes._PRESENTER_OPENERS_BY_FIRST, minutes.PRESENTER_OPENERS),
              # (s71g: s70g's further sites)
              (header._PUBLISHED_BY_FIRST, header._PUBLISHED),
              (items._INVITATION_BY_FIRST, items._INVITATION_STARTS),
              (items._CONTACT_BY_FIRST, items._CONTACT_STARTS),
              (minutes._MAIL_HEAD_BY_FIRST, minutes._MAIL_HEAD_FIELDS),
              (minutes._SIGNED_BY_FIRST, minutes._SIGNED_STARTS),
              (outcomes._IMPERATIVE_BY_FIRST, outcomes._IMPERATIVE_STARTS)]
    # (``_signed_date`` asks its signing place-and-date starts only of a line opening "s")
    assert all(start[:1] == "s" for start in header._SIGNING_PLACE_DATE)
    ends = [(minutes._SIGNER_BY_LAST, minutes._SIGNER_ENDINGS),
            (minutes._NOTE_LEADS_BY_LAST, minutes._NOTE_LEADS),
            (outcomes._LEAD_ENDS_BY_LAST, (":", " å", " at"))]
    texts = {text for _, blocks in _corpus_and_generated_blocks() for block in blocks
             for line in block.text.split("\n") for text in (line, line.lower())}
    rng = random.Random(701)
    for _, words in starts + ends:
        for word in words:
            texts.update((word, word[1:], word[:-1], "x" + word, word + "x", word[:1],
                          word[-1:]))
    parts = [word for _, words in starts + ends for word in words] + \
        ["", " ", "a", "r", ".", ":", "Kari Holm", "leder", "x"]
    texts.update("".join(rng.choice(parts) for _ in range(rng.randint(0, 4)))
                 for _ in range(20000))
    # (a group keyed by more letters, ``width``, is asked with as many: s75b's signer gate)
    for groups, words in starts:
        assert sorted(w for group in groups.values() for w in group) == sorted(words)
        width = len(next(iter(groups)))
        for text in texts:
            assert ((group := groups.get(text[:width])) is not None and
                    text.startswith(group)) == text.startswith(words), text
    for groups, words in ends:
        assert sorted(w for group in groups.values() for w in group) == sorted(words)
        width = len(next(iter(groups)))
        for text in texts:
            assert ((group := groups.get(text[-width:])) is not None and
                    text.endswith(group)) == text.endswith(words), text
    for text in texts:
        assert (text[-1:] in TERMINAL_CHARS) == text.endswith(TERMINAL)
        assert (text[-1:] == "t" and text.endswith(" at")) == text.endswith(" at")


def test_held_sentence_verb_gate_lets_every_match_through():
    # ``_held_sentence`` (s71g) asks its two "møte … holdt" / "… hadde … møte" patterns
    # only of a line holding a verb of holding or having: every corpus and generated line
    # either pattern matches holds one
    from motebok.extract import header

    texts = {line for _, blocks in _corpus_and_generated_blocks() for block in blocks
             for line in block.text.split("\n")}
    texts |= {"Årsmøte i Stord Sogelag vart halde onsdag 13.04.2024 kl. 20.00 på Stord.",
              "Styremøte i Nordby IL ble avholdt 3. mai 2024 på Klubbhuset.",
              "Onsdag 30. november hadde Sogn Bygdekvinnelag styremøte i Førde."}
    matched = 0
    for text in texts:
        lowered = text.lower()
        if header._MEETING_WAS_HELD.match(text) or header._DAY_BODY_HAD.match(text):
            matched += 1
            assert "møte" in lowered and ("hold" in lowered or "hald" in lowered or
                                          "hadde" in lowered or "heldt" in lowered), text
    assert matched >= 3


def _cell_rows() -> list[tuple[str, ...]]:
    """Every corpus and generated table row's cells, and rows made of random cells that
    open with "Nei", "Møte nr." and their pieces."""
    rows = [tuple(block.cells) for _, blocks in _corpus_and_generated_blocks()
            for block in blocks if block.cells]
    rng = random.Random(702)
    parts = ["Nei", "nei", "NEI", " nei", "Nei – vara Kari Fosse møtte", "ei", "Neida", "e",
             "i", "Møte nr.", "møte nr:", "Møtenr", "MØTENUMMER", "Møte nummer:", "M", "m",
             "Kari Holm", "Ja", "x", "", " ", ":", "\t"]
    rows += [tuple("".join(rng.choice(parts) for _ in range(rng.randint(0, 3)))
                   for _ in range(rng.randint(1, 5))) for _ in range(20000)]
    return rows


def test_a_no_in_a_row_is_asked_after_one_search_of_its_joined_cells():
    # ``table_row_people`` asks ``_said_no_in_cells`` only of a row whose cells, joined by
    # tabs, hold an "ei" (s70o): the answer of every corpus, generated and random row
    from motebok.extract.participants import _said_no_in_cells

    for cells in _cell_rows():
        assert ("ei" in "\t".join(cells) and _said_no_in_cells(cells)) == \
            _said_no_in_cells(cells), cells


def test_a_meeting_number_head_is_asked_only_of_a_cell_starting_with_m():
    # ``_all_bare_labels`` asks a cell's first letter before it folds it for
    # ``MEETING_NUMBER_HEADS`` (s70o): no other character folds to a word starting "m",
    # and every corpus, generated and random cell gets the fold's answer
    from motebok.extract.text import MEETING_NUMBER_HEADS

    assert {chr(n) for n in range(sys.maxunicode + 1) if chr(n).casefold()[:1] == "m"} == \
        {"m", "M"}
    assert all(head[:1] == "m" for head in MEETING_NUMBER_HEADS)
    for cells in _cell_rows():
        for cell in cells:
            if cell:
                assert (cell[0] not in "mM" or
                        cell.rstrip(": ").casefold() not in MEETING_NUMBER_HEADS) == \
                    (cell.rstrip(": ").casefold() not in MEETING_NUMBER_HEADS), cell


def test_a_find_with_bounds_is_asked_after_an_in_test():
    # ``_round_by_shape``'s ": " and ``find_candidates``' " / " (s70o): ``in`` first, then
    # ``find`` with its start and end; the same answer on every corpus, generated and
    # random line
    lines = {line for _, blocks in _corpus_and_generated_blocks() for block in blocks
             for line in block.text.split("\n")}
    rng = random.Random(703)
    parts = [": ", ":", " / ", "/", " ", "Sak", "x", "Økonomi", "Ášši"]
    lines.update("".join(rng.choice(parts) for _ in range(rng.randint(0, 12)))
                 for _ in range(20000))
    for text in lines:
        assert (text.find(": ", 1, 40) if ": " in text else -1) == text.find(": ", 1, 40)
        assert (" / " in text and text.find(" / ", 2, 24) > 0) == \
            (text.find(" / ", 2, 24) > 0)


def test_a_label_chained_alone_is_asked_by_identity_first():
    # ``_chained_attendance`` asks ``is`` before the dataclass's ``==`` (s70o): the same
    # answer for every header label of the corpus and generated lines, chained as they are,
    # and for equal labels that are other objects
    from motebok.extract.labels import Label, chained_labels, match_label

    labels = [label for _, blocks in _corpus_and_generated_blocks() for block in blocks
              for line in block.text.split("\n") if (label := match_label(line.strip()))]
    assert labels
    for label in labels:
        chain = chained_labels(label)
        copy = Label(label.field, label.label, label.value)
        for first in (chain[:1], [copy], [Label(label.field, label.label, label.value + "x")]):
            assert bool(first and (first[0] is label or first[0] == label)) == \
                bool(first and first[0] == label), label
