"""Bokmål and nynorsk forms of the same word, for searches: the one vocabulary of them.

Minutes of the same region are written in both written standards, and a user searching
"skole" expects the minutes that write "skule" (and "skulen", "skulane"). Snowball's
Norwegian stemmer already joins the endings the two share ("kommunene"/"kommunane",
"møta"/"møtene"); this table holds the words whose stems differ ("skol"/"skul",
"uke"/"vek", "fravær"/"fråvær").

Applied at query time only (``motebok.search.text.parse_query``): a query word that is
one of a group's forms, or has the stem of one of them, also matches the group's other
forms, as other spellings do (``Term.variants``). The index stores the words as written,
so nothing is re-indexed when the table changes, and both databases match the variants
the same way (by word and by stem). A compound starting with a group's first form is
searched in the other standard's too ("skolebygg" → "skulebygg", ``compound_forms``).

The module also holds the few words whose Snowball stem collides with an unrelated
word's ("leder" and "ledige" → "led"): ``OWN_STEMS`` gives them a stem of their own.

The same table holds the words whose own forms Snowball gives stems it never joins:
plurals that change the vowel ("bok"/"bøker", "bonde"/"bønder") and short words whose
endings it keeps ("år"/"året"/"årene", "by"/"byen"/"byer"), on lines without "|" (both
standards write them alike, or nearly: a nynorsk form stands among the others). Whole
classes of words are rules instead (``text.man_forms``: "rådmann"/"rådmenn";
``text.latin_um_forms``: "museum"/"museet").

Keep it small: each group costs a search for one of its words a few more alternatives.
One group a line, the bokmål forms before "|" and the nynorsk ones after; list the
forms whose stems differ (Snowball gives "uke", "uka" and "ukene" three stems). A plural
whose stem also stems an unrelated word stays out ("krefter" → "kreft", cancer;
"netter" → "nett"; "tenner" → "tenn"), or a search for the word would find that one.
"""

from __future__ import annotations

from functools import lru_cache

GROUPS = """
skole skolen skoler skolene | skule skulen skular skulane
uke uka uken uker ukene | veke veka veker vekene
ikke | ikkje
vedtatt vedtatte | vedteke vedtekne
fravær fraværet | fråvær fråværet
høring høringen høringer høringene | høyring høyringa høyringar høyringane
tilskudd tilskuddet tilskuddene | tilskot tilskotet tilskota
utvalg utvalget utvalgene | utval utvalet utvala
sykehus sykehuset sykehusene | sjukehus sjukehuset sjukehusa
virksomhet virksomheten virksomheter virksomhetene | verksemd verksemda verksemder verksemdene
oppgave oppgaven oppgaver oppgavene | oppgåve oppgåva oppgåver oppgåvene
tjeneste tjenesten tjenester tjenestene | teneste tenesta tenester tenestene
innbygger innbyggeren innbyggere innbyggerne | innbyggjar innbyggjaren innbyggjarar innbyggjarane
leder lederen ledere lederne | leiar leiaren leiarar leiarane
behandling behandlingen | handsaming handsaminga
undersøkelse undersøkelsen undersøkelser | undersøking undersøkinga undersøkingar
forebygging forebyggende | førebygging førebyggjande
bevilgning bevilgningen bevilgninger | løyving løyvinga løyvingar
kunngjøring kunngjøringen | kunngjering kunngjeringa
fremtid fremtiden | framtid framtida
sammen | saman
hjem hjemme | heim heime
mye | mykje
regnskap regnskapet regnskapene | rekneskap rekneskapen rekneskapar rekneskapane
eiendom eiendommen eiendommer eiendommene | eigedom eigedomen eigedomar eigedomane
tilbud tilbudet tilbudene | tilbod tilbodet tilboda
samferdsel | samferdsle
måned måneden måneder månedene | månad månaden månader månadene
mulig mulige mulighet muligheten muligheter | mogleg moglege moglegheit moglegheita moglegheiter
vei veien veier veiene | veg vegen vegar vegane
følge følger følges fulgte | følgje følgjer følgjast følgde
frem | fram
innspill innspillet innspillene | innspel innspelet innspela
utredning utredningen utredninger utredningene | utgreiing utgreiinga utgreiingar utgreiingane
høst høsten | haust hausten
år året årene årets åra
bok boka boken bøker bøkene
bonde bonden bønder bøndene
by byen byer byene byar byane
"""

#: Words whose Snowball stem also stems unrelated words: "leder" (leader), "ledige"
#: (vacant), "lede" (to lead) and "ledelse" all become "led", so a search for "leder"
#: found every vacant post. A query word listed here is matched by the forms of its
#: line and the stem after ":" (a stem some of its forms have, "lederen" → "leder"; or
#: the word itself, which only its own forms match) instead of Snowball's, and gets no
#: guessed "-er"/"-ar" forms (``text.agent_forms`` makes "leier", a tenant, of the
#: nynorsk "leiar", a leader). One line per word family; keep it to real collisions.
OWN_STEMS = """
leder lederen ledere lederne : leder
leiar leiaren leiarar leiarane : leiar
ledig ledige ledighet : ledig
"""

#: A query word's stem shorter than this picks no group by stem alone (only as a listed
#: form): "led" (of "leder") is also the stem of "lede", "ledet" …
MIN_STEM = 4


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Each group's forms by form and by stem (of at least ``MIN_STEM`` letters)."""
    from motebok.search.text import stem  # text.py imports this module

    by_word: dict[str, tuple[str, ...]] = {}
    by_stem: dict[str, tuple[str, ...]] = {}
    for line in GROUPS.strip().splitlines():
        forms = tuple(line.replace("|", " ").split())
        for form in forms:
            by_word[form] = forms
            if len(stem(form)) >= MIN_STEM:
                by_stem[stem(form)] = forms
    return by_word, by_stem


def other_forms(word: str, found: str) -> tuple[str, ...]:
    """The forms of ``word``'s group (``found`` is its stem) to search as well: one for
    each stem other than ``found`` ("skolen" → "skule"; "uke" → "uka", "uken", "uker",
    "veke"); none when the word is in no group."""
    by_word, by_stem = _table()
    forms = by_word.get(word) or by_stem.get(found)
    if forms is None:
        return ()
    from motebok.search.text import stem

    seen = {found}
    kept = []
    for form in forms:
        if form != word and (form_stem := stem(form)) not in seen:
            seen.add(form_stem)
            kept.append(form)
    return tuple(kept)


#: A compound's remainder after a group's first form has at least this many letters.
MIN_COMPOUND_REST = 3


@lru_cache(maxsize=1)
def _heads() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each group's first bokmål and first nynorsk form (its lemmas), each with the
    other side's, longest first: the first parts of compounds ("skole" → "skule")."""
    pairs = []
    for line in GROUPS.strip().splitlines():
        if "|" not in line:  # one word's forms: no other standard's lemma
            continue
        bokmal, nynorsk = (side.split()[0] for side in line.split("|"))
        pairs += [(bokmal, (nynorsk,)), (nynorsk, (bokmal,))]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def compound_forms(word: str) -> tuple[str, ...]:
    """A compound whose first part is a group's lemma, written with the other standard's
    ("skolebygg" → "skulebygg", "høyringsfrist" → "høringsfrist", "ukeplan" →
    "vekeplan"); none for other words. The index holds compounds as one word, so
    ``other_forms`` alone never reaches them."""
    for head, others in _heads():
        if word.startswith(head) and len(word) - len(head) >= MIN_COMPOUND_REST:
            rest = word[len(head):]
            return tuple(other + rest for other in others)
    return ()


@lru_cache(maxsize=1)
def _own_stems() -> dict[str, tuple[str, tuple[str, ...]]]:
    """``OWN_STEMS`` by form: the stem to match it by and the forms of its line."""
    found = {}
    for line in OWN_STEMS.strip().splitlines():
        words, own = line.split(":")
        forms = tuple(words.split())
        for form in forms:
            found[form] = (own.strip(), forms)
    return found


def own_stem(word: str) -> str | None:
    """The stem ``OWN_STEMS`` gives a word instead of Snowball's, or None."""
    found = _own_stems().get(word)
    return found[0] if found is not None else None


def own_forms(word: str) -> tuple[str, ...]:
    """The other forms of a word's ``OWN_STEMS`` line (none for most words)."""
    found = _own_stems().get(word)
    return tuple(form for form in found[1] if form != word) if found is not None else ()

