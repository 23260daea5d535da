"""The US State Department's TIP Report tiers, in any of the spellings files use.

Why a known scale: across years and copies the same tier is written "Tier 2
Watch List", "Tier 2WL", "2WL", "Watchlist", "2.5" or "Tier 2 Watch-list";
a natural sort then puts "Watchlist" after "Tier 3". The report's own order is
Tier 1 < Tier 2 < Tier 2 Watch List < Tier 3. "Special case" (e.g. Libya,
Somalia, Yemen in recent reports) is a placement outside that order: it is
kept as its own category and never ranked.

A bare "1", "2", "2.5", "3" (or "I", "II", "III") is a tier only when the
column's header (or the indicator's name) says tier or TIP: otherwise it is a
number like any other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Tier keys in the report's order; SPECIAL is outside it.
TIER_ORDER = ("tier 1", "tier 2", "tier 2 watch list", "tier 3")
SPECIAL = "special case"

_TIER = r"(?:tip\s*)?(?:tier\s*)"
_NUMBER = {"1": "tier 1", "i": "tier 1", "2": "tier 2", "ii": "tier 2", "3": "tier 3"}
_NUMBER["iii"] = "tier 3"
_WORDED = re.compile(rf"^{_TIER}(1|2|3|i|ii|iii)(?:\.0)?$")
_BARE = re.compile(r"^(1|2|3|i|ii|iii)(?:\.0)?$")
_WATCH = re.compile(rf"^(?:{_TIER}?(?:2|ii)\s*)?(?:wl|watch\s*list)$")
_WATCH_NUMBER = re.compile(rf"^(?:{_TIER})?2[.,]5$")
_SPECIAL = re.compile(r"^special\s*cases?$")
_HEADER = re.compile(r"\btiers?\b|\btip\b|trafficking in persons report", re.IGNORECASE)


def _clean(text: object) -> str:
    """Case, padding, hyphens, brackets and footnote marks gone: "Tier 2 (Watch-List)*"."""
    cleaned = re.sub(r"[-_()\[\]*\u2020]+", " ", str(text).casefold())
    return " ".join(cleaned.split())


def tier_of(text: object, bare_numbers: bool = False) -> str | None:
    """The tier key of a cell ("tier 2 watch list", "special case"), or None.

    ``bare_numbers``: whether "2", "2.5" or "II" alone count (the header says tier).
    """
    cell = _clean(text)
    if _WATCH.match(cell):
        return "tier 2 watch list"
    if _SPECIAL.match(cell):
        return SPECIAL
    found = _WORDED.match(cell) or (_BARE.match(cell) if bare_numbers else None)
    if found:
        return _NUMBER[found.group(1)]
    if _WATCH_NUMBER.match(cell) and (bare_numbers or cell.startswith(("tier", "tip"))):
        return "tier 2 watch list"
    return None


def header_says_tier(*headers: object) -> bool:
    """True when a header or indicator name speaks of TIP tiers ("TIP tier", "Tier 2023")."""
    return any(_HEADER.search(str(header or "")) for header in headers)


def are_tiers(distinct: Iterable[str], bare_numbers: bool) -> bool:
    """True when most distinct texts of a column are tier spellings (two tiers at least).

    Why "most": a tier column may hold a stray note ("not ranked") that is then
    rejected with its row, but a column of words with one "Tier 1" is no scale.
    """
    texts = [t for t in distinct if str(t).strip()]
    keys = [tier_of(text, bare_numbers) for text in texts]
    known = [key for key in keys if key is not None]
    return 2 * len(known) > len(texts) and len(set(known) - {SPECIAL}) >= 2
