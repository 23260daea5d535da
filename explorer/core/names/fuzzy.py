"""The resolver's last, inexact stages: a lost letter, then conservative fuzzy matching.

Why kept apart, with its thresholds: these are the only stages that can guess, so their
safety rules live in one place. Exact keys always win (these stages run last); a fuzzy
match needs a score of at least :data:`FUZZY_THRESHOLD`, a margin of
:data:`FUZZY_MARGIN` over any candidate naming another country, at least
:data:`FUZZY_MIN_LENGTH` characters and no digits; a key naming several countries is
never a winner.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from explorer.core.names.resolution import UNRESOLVED, Outcome, outcome

if TYPE_CHECKING:
    from explorer.core.names.lookup_tables import LookupTables

#: Lowest fuzzy score accepted (rapidfuzz ``fuzz.ratio``, 0-100). 87 admits one swapped
#: pair of letters in an eight-letter name (``Columbia``) and rejects ``Lybia``.
FUZZY_THRESHOLD = 87.0
#: A fuzzy winner must beat the best candidate with another result by this much.
FUZZY_MARGIN = 5.0
#: Shorter normalised labels are never matched fuzzily (``Iran``/``Iraq``, ``Mali``).
FUZZY_MIN_LENGTH = 5


def wildcard_match(tables_: LookupTables, key: str) -> Outcome:
    """A replacement character stands for one lost letter or a lost apostrophe."""
    letters = sum(char.isalpha() for char in key)
    if letters < 3:
        return UNRESOLVED
    pattern = re.compile(".?".join(re.escape(part) for part in key.split("\ufffd")))
    matches = {tables_.names[name] for name in tables_.names if pattern.fullmatch(name) is not None}
    results = {result for result, _ in matches}
    if len(results) == 1 and "" not in results:
        return outcome(min(matches))
    return UNRESOLVED


def fuzzy_match(tables_: LookupTables, key: str) -> Outcome:
    """The one table key close enough to ``key`` and clearly closer than any other country's."""
    if len(key.replace(" ", "")) < FUZZY_MIN_LENGTH or not key.replace(" ", "").isalpha():
        return UNRESOLVED
    candidates = process.extract(
        key,
        tables_.fuzzy_keys,
        scorer=fuzz.ratio,
        limit=20,
        score_cutoff=FUZZY_THRESHOLD - FUZZY_MARGIN,
    )
    if not candidates:
        return UNRESOLVED
    best_key, best_score, _ = candidates[0]
    best_result = tables_.names[best_key][0]
    if best_score < FUZZY_THRESHOLD or not best_result:
        return UNRESOLVED
    for other_key, other_score, _ in candidates[1:]:
        other = tables_.names[other_key][0]
        if other != best_result and other_score > best_score - FUZZY_MARGIN:
            return UNRESOLVED
    return best_result, "fuzzy", round(float(best_score), 1)
