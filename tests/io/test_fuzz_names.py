"""Country-name resolution under fuzzing: any label gets an answer, never an exception,
never a made-up code, and a misspelt country is never taken for another country.

Every importer sends its free-text labels here (``explorer.core.names.resolver``), so
what a user would notice is an origin on the map that the file never named.
"""

from __future__ import annotations

import ftfy
import pycountry
from hypothesis import assume
from hypothesis import strategies as st
from rapidfuzz import fuzz

from explorer.core.data.schema import DOMESTIC, REGION_PREFIX, UNKNOWN
from explorer.core.names.fuzzy import FUZZY_MARGIN, FUZZY_THRESHOLD
from explorer.core.names.keys import normalise
from explorer.core.names.lookup_tables import lookup_tables
from explorer.core.names.resolution import METHODS
from explorer.core.names.resolver import Resolver, resolve
from tests.io.fuzz_support import fast_and_slow

COUNTRIES = sorted(pycountry.countries, key=lambda c: c.alpha_3)
KNOWN = {c.alpha_3 for c in COUNTRIES} | {r for r, _ in lookup_tables().names.values() if r}
KNOWN |= set(lookup_tables().codes.values())
# Labels as they come from files: any character a decoded file can hold (no lone
# surrogates: neither calamine, expat nor Python's strict decoders produce them),
# biased towards letters, spaces, punctuation and accents.
LABEL_CHARS = st.one_of(
    st.sampled_from(list("aeiouy nrstlAEIOU-'(),.&/é\u00a0\u2019\ufffd")),
    st.characters(blacklist_categories=("Cs",)),
)
LABELS = st.one_of(
    st.text(LABEL_CHARS, max_size=40),
    st.sampled_from([c.name for c in COUNTRIES]).flatmap(
        lambda name: st.text(LABEL_CHARS, max_size=3).map(lambda extra: name + extra)
    ),
)


def well_formed(label: str) -> None:
    res = resolve(label)
    assert res.label == label  # the raw text is kept exactly, for the report and aliases
    assert res.method in METHODS
    assert (res.result is None) == (res.method == "unresolved")
    if res.result is not None:
        assert (
            res.result in KNOWN
            or res.result in (DOMESTIC, UNKNOWN)
            or (res.result.startswith(REGION_PREFIX) and len(res.result) > len(REGION_PREFIX))
        ), res
    assert (res.score is not None) == (res.method == "fuzzy")
    if res.method == "fuzzy":
        assert res.score >= FUZZY_THRESHOLD
    again = Resolver().resolve(label)  # a fresh cache gives the same answer
    assert (again.result, again.method, again.score) == (res.result, res.method, res.score)


test_any_label_gets_a_well_formed_answer, test_any_label_gets_a_well_formed_answer_slow = (
    fast_and_slow(well_formed, slow_examples=2000, label=LABELS)
)


def padding_and_case(label: str, pad: str) -> None:
    """Spaces around a label never change what it names, nor does the case of an ASCII
    label (two- and three-letter capitals are codes, so those are left as written).

    Labels that ftfy repairs as mojibake are left out: the repair reads the text
    around a character ("Â " is a broken no-break space, "ARUBAÃ¹" is "ARUBAù"), so
    padding or case changes it. The readers strip every cell before resolving it.
    """
    padded = pad + label + pad
    assume(ftfy.fix_text(label) == label and ftfy.fix_text(padded) == padded)
    res = resolve(label).result
    assert resolve(padded).result == res
    cased = (label.upper().strip(), label.lower().strip())
    if label.isascii() and not any(
        len(c) in (2, 3) and (c.isalpha() or c.isdigit()) for c in cased
    ):
        assert resolve(label.upper()).result == resolve(label.lower()).result


test_padding_and_case_do_not_matter, test_padding_and_case_do_not_matter_slow = fast_and_slow(
    padding_and_case,
    slow_examples=1000,
    label=LABELS,
    pad=st.text(st.sampled_from(" \t\u00a0\n"), min_size=1, max_size=3),
)


def _edited(name: str, kind: str, at: int, letter: str) -> str:
    at %= len(name)
    if kind == "replace":
        return name[:at] + letter + name[at + 1 :]
    if kind == "insert":
        return name[:at] + letter + name[at:]
    if kind == "delete":
        return name[:at] + name[at + 1 :]
    return name[:at] + name[at + 1 : at + 2] + name[at : at + 1] + name[at + 2 :]  # swap


def misspelt_country(country, kind: str, at: int, letter: str) -> None:
    """A name with one typo is matched fuzzily to its own country, or to another only
    when that one's name is clearly nearer (by the margin): "Ghyana" is nearer Ghana
    (90.9) than Guyana (83.3). Never a guess between two equally near countries."""
    name = getattr(country, "common_name", country.name)
    assume(len(normalise(name).replace(" ", "")) >= 6)
    label = _edited(name, kind, at, letter)
    res = resolve(label)
    if res.method == "fuzzy" and res.result != country.alpha_3:
        own = fuzz.ratio(normalise(label), normalise(name))
        assert res.score >= own + FUZZY_MARGIN, (label, res, own)


test_a_typo_never_names_another_country, test_a_typo_never_names_another_country_slow = (
    fast_and_slow(
        misspelt_country,
        slow_examples=1500,
        country=st.sampled_from(COUNTRIES),
        kind=st.sampled_from(["replace", "insert", "delete", "swap"]),
        at=st.integers(0, 60),
        letter=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz")),
    )
)


def test_every_country_code_and_name_resolves_to_itself():
    for country in COUNTRIES:
        for label in {country.alpha_3, country.alpha_2, country.name}:
            assert resolve(label).result == country.alpha_3, label
