"""Label shapes the name tables alone do not cover: brackets, "X nationals", "city, country",
words for "others" in several languages, and ISO codes typed in lower case.

Why apart from :mod:`explorer.core.names.resolver`: each rule is a small reading of a label's
shape that runs only after the tables found nothing (or, for brackets, before the
bracket is dropped), and each must never turn a label into the wrong country:

- ``Congo (DRC)``, ``Guinea (Equatorial)``, ``Sudan (South)``: the bracket names the
  country meant. The two readings ("Equatorial Guinea", "Guinea Equatorial") are tried;
  then the bracket alone when it names a country that shares the outside name; a shared
  name (Congo, Guinea, Sudan, Korea ...) with a bracket nobody understands stays
  unresolved rather than becoming the plainer namesake.
- ``Vietnamese nationals``, ``Eritrean citizens``: the country before the word; a
  plural the tables lack (``Spaniards``) by its singular.
- ``Mumbai, India``, ``Kurdistan, Iraq``: a place the tables do not know, then a country.
- ``OTROS``, ``Autres``, ``Другие``, ``Other nationalities``: others, not stated.
- ``uga``: an ISO code in lower case, once nothing else matched.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

#: Outside names two or more countries share: a bracket must say which one.
SHARED_NAMES = frozenset(
    {"congo", "guinea", "korea", "sudan", "samoa", "virgin islands", "timor", "dominica"}
)
#: Words after a country's demonym or name that do not change the country.
PEOPLE_WORDS = frozenset(
    {
        "nationals",
        "national",
        "citizens",
        "citizen",
        "nationality",
        "nationalities",
        "people",
        "persons",
        "victims",
    }
)
#: Words of "others, not stated, foreigners" labels in English, French, Spanish,
#: Portuguese and Russian (compared folded: no accents, lower case). A label is UNKNOWN
#: when all its words are of these lists and at least one says "others", "unknown",
#: "not stated" or "foreign" (so "Nationality" alone stays unresolved).
# fmt: off
SAYING_WORDS = frozenset({
    "other", "others", "otros", "otras", "otro", "otra", "autres", "autre", "outros",
    "outras", "outro", "outra", "altri", "altre", "другие", "другая", "другой", "прочие",
    "иные", "unknown", "stated", "specified", "unspecified", "especificado",
    "especificada", "precise", "precisee", "indique", "consta", "informado", "informada",
    "указано", "указана", "известно", "неизвестно", "неизвестна", "установлено",
    "foreign", "foreigners", "foreigner", "abroad", "etrangers", "etrangere", "etrangeres",
    "etranger", "extranjeros", "extranjeras", "extranjero", "estrangeiros", "estrangeiras",
    "estrangeiro", "иностранцы", "иностранные",
})
CONTEXT_WORDS = frozenset({
    "nationalities", "nationality", "nacionalidades", "nacionalidad", "nationalites",
    "nationalite", "nacionalidade", "countries", "country", "paises", "pais", "pays",
    "страны", "гражданства", "гражданство", "национальности", "граждане", "nationals",
    "citizens", "personnes", "persons", "specify", "especifique", "especificar", "preciser",
    "precisez", "указать", "укажите", "not", "no", "non", "nao", "не", "sabe", "de", "and",
    "or", "y", "e", "et", "и", "the", "of", "del", "la", "las", "los",
})
# fmt: on

_BRACKETED = re.compile(r"^\s*([^()]+?)\s*\(([^()]*)\)\s*$")

Lookup = Callable[[str], "str | None"]  # folded key -> result ("" ambiguous) or None
AMBIGUOUS = ""


def bracketed(text: str, fold: Callable[[str], str], lookup: Lookup) -> str | None:
    """The country an ``X (Y)`` label means; ``""`` when it cannot be told; None: not this shape."""
    match = _BRACKETED.match(text)
    if match is None:
        return None
    outside, inside = fold(match.group(1)), fold(match.group(2))
    if not outside or not inside:
        return None
    for combined in (f"{outside} {inside}", f"{inside} {outside}"):
        found = lookup(combined)
        if found:
            return found
    named = lookup(inside)
    plain = lookup(outside)
    if plain and not _is_country(plain):  # "Domestic (Myanmar)": a class, whoever it stands for
        return plain
    if named and _is_country(named):
        if not plain or plain == named:
            return named
        if outside in SHARED_NAMES:  # "Congo (DRC)": the bracket says which Congo
            return named
        return AMBIGUOUS  # two countries named: say neither
    if outside in SHARED_NAMES:
        return AMBIGUOUS  # "Congo (RDC?)": never the plainer namesake by default
    return None


def with_people_word(key: str, lookup: Lookup) -> str | None:
    """``"vietnamese nationals"`` -> the country of ``"vietnamese"`` (countries only)."""
    words = key.split()
    if len(words) < 2 or words[-1] not in PEOPLE_WORDS:
        return None
    found = lookup(" ".join(words[:-1]))
    return found if found and _is_country(found) else None


def plural(key: str, lookup: Lookup) -> str | None:
    """``"spaniards"`` -> the country of ``"spaniard"``; ``"swedes"`` of ``"swede"`` (countries)."""
    words = key.split()
    if not words or len(words[-1]) < 5 or not words[-1].endswith("s"):
        return None
    for cut in (1, 2):  # "nepalis" -> "nepali", "marroquies" -> "marroqui"
        found = lookup(" ".join([*words[:-1], words[-1][:-cut]]))
        if found and _is_country(found):
            return found
    return None


def place_then_country(fixed: str, fold: Callable[[str], str], lookup: Lookup) -> str | None:
    """``"Mumbai, India"``: an unknown place, then a country."""
    if fixed.count(",") != 1:
        return None
    place, country = (fold(part) for part in fixed.split(","))
    if not place or lookup(place) is not None:
        return None
    found = lookup(country)
    return found if found and _is_country(found) else None


def others_only(key: str, fold: Callable[[str], str]) -> bool:
    """True for a label made only of words for "others", "not stated", "foreigners"."""
    words, (saying, context) = key.split(), _folded(fold)

    def known(word: str, within: frozenset[str]) -> bool:
        if "\ufffd" not in word:
            return word in within
        lost = re.compile(".?".join(map(re.escape, word.split("\ufffd"))))  # a letter lost
        return any(lost.fullmatch(other) for other in within)

    return (
        bool(words)
        and all(known(w, saying | context) for w in words)
        and any(known(w, saying) for w in words)
    )


@cache
def _folded(fold: Callable[[str], str]) -> tuple[frozenset[str], frozenset[str]]:
    """The word lists folded like keys (accents and Cyrillic breves dropped)."""
    return frozenset(map(fold, SAYING_WORDS)), frozenset(map(fold, CONTEXT_WORDS))


def lower_case_code(raw: str, codes: dict[str, str]) -> str | None:
    """``"uga"`` -> UGA: three letters typed in lower case, tried only when nothing else fits."""
    text = raw.strip()
    if len(text) == 3 and text.isalpha() and text.isascii():
        return codes.get(text.upper())
    return None


def _is_country(result: str) -> bool:
    return len(result) == 3 and result.isalpha() and result.isupper()
