"""The one way text is folded for matching: accents and case gone, spaces collapsed.

Why one function: country names, column headers, search terms, statuses and
category levels are all matched "as a person reads them": "Åland", "aland" and
"  ALAND " are one word. Each use adds only what is its own (the name resolver
drops punctuation and "the"; headers keep letters and digits).
"""

from __future__ import annotations

import unicodedata


def strip_accents(text: str) -> str:
    """``"Curaçao"`` -> ``"Curacao"`` (decomposed, combining marks dropped)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def fold(text: object) -> str:
    """``"  Åland   ISLANDS "`` -> ``"aland islands"``: no accents, no case, single spaces."""
    return " ".join(strip_accents(str(text)).casefold().split())
