"""How a label becomes a lookup key: repaired, folded, abbreviations expanded, cored.

Why one module for keys: the lookup tables fold every known name and the resolver folds
every label with the same functions, so a label matches a table entry exactly when
both fold to the same key. The word lists here change keys, not results: they expand
abbreviations (``Dem. Rep.``) and drop filler words for the order-free "core" key.
"""

from __future__ import annotations

import re

from explorer.core.data.text import fold

_APOSTROPHES = re.compile(r"[\u2019\u2018\u201b`\u00b4'\u02bc\u2032]")
_NON_WORD = re.compile(r"[^\w\ufffd]+")
_PARENTHESES = re.compile(r"\([^)]*\)?")

#: Abbreviations expanded before a second lookup ("Dem. Rep." -> "democratic republic").
ABBREVIATIONS: dict[str, str] = {
    "dem": "democratic",
    "rep": "republic",
    "st": "saint",
    "ste": "sainte",
    "is": "islands",
    "fed": "federation",
    "utd": "united",
    "pdr": "peoples democratic republic",
}

#: Words dropped for the last-chance "core" lookup ("Benin Rep" -> "benin").
FILLER_WORDS: frozenset[str] = frozenset(
    {
        "republic",
        "republique",
        "republica",
        "repubblica",
        "r",
        "of",
        "de",
        "del",
        "du",
        "da",
        "do",
        "di",
        "la",
        "le",
        "el",
        "nation",
        "state",
    }
)


def normalise(text: str) -> str:
    """The lookup key of a label: repaired, accent-, case- and punctuation-free.

    ``"  TÃ¼rkiye "`` -> ``"turkiye"``; ``"Lao People's Dem. Republic"`` ->
    ``"lao peoples dem republic"``. The word "the" is dropped; a replacement
    character (``\\ufffd``) is kept so that a later step can treat it as a wildcard.
    """
    import ftfy  # on first use: the window's search box folds keys before any import

    return fold_label(ftfy.fix_text(str(text)))


def fold_label(text: str) -> str:
    """:func:`normalise` without the mojibake repair, for text already repaired."""
    text = _APOSTROPHES.sub("", fold(text)).replace("&", " and ")
    return " ".join(word for word in _NON_WORD.sub(" ", text).split() if word != "the")


def drop_parentheses(text: str) -> str:
    """``"Congo (DRC)"`` -> ``"Congo  "``: the label without its bracketed remarks."""
    return _PARENTHESES.sub(" ", text)


def expand_abbreviations(key: str) -> str:
    """``"dem rep congo"`` -> ``"democratic republic congo"`` (see :data:`ABBREVIATIONS`)."""
    return " ".join(ABBREVIATIONS.get(word, word) for word in key.split())


def core_key(key: str) -> str:
    """Order-free key without filler words: ``"benin republic"`` -> ``"benin"``."""
    words = expand_abbreviations(key).split()
    return " ".join(sorted(word for word in words if word not in FILLER_WORDS))
