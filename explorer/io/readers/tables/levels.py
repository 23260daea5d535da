"""Categorical indicators read from a table: their levels, in order.

Why: a column of text such as "Tier 1", "Tier 2 Watch List" is an ordered
category, not a failure to parse numbers; it is stored as ranks with the
level's text in ``flag`` (:mod:`explorer.core.data.categories`). Levels are
compared without regard to case or spacing and ordered naturally ("Tier 2"
before "Tier 10"), except on a known scale (the TIP Report's tiers,
:mod:`explorer.io.readers.tables.tiers`) or when the user gives the order.
A level outside the order (the TIP "Special case") is kept with value NaN and
its flag: shown everywhere, ranked nowhere.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from explorer.core.data.categories import CATEGORY_FLAG_PREFIX
from explorer.core.data.text import fold
from explorer.io.importing.errors import DataImportError
from explorer.io.importing.numbers import parse_numbers
from explorer.io.readers.tables.tiers import (
    SPECIAL,
    TIER_ORDER,
    are_tiers,
    header_says_tier,
    tier_of,
)

#: Most distinct text levels a categorical indicator may have.
MAX_LEVELS = 12


class LevelsError(DataImportError):
    """The user's level order does not fit the file's levels (the command line exits 2)."""


def natural_key(label: str) -> tuple:
    """Sort key putting "Tier 2" before "Tier 2 Watch List" before "Tier 10"."""
    parts = re.split(r"(\d+)", " ".join(str(label).split()).casefold())
    return tuple(int(p) if i % 2 else p for i, p in enumerate(parts))


def level_key(text: str) -> str:
    """The key two spellings of one level share (case and spacing ignored)."""
    return fold(text)


def tidy(text: object) -> str:
    """The file's spelling as shown: ends trimmed, inner spaces collapsed, case kept."""
    return " ".join(str(text).split())


def levels_of(texts: np.ndarray) -> list[tuple[str, str]] | None:
    """Ordered (key, label) levels of a categorical indicator, or None when too many."""
    first: dict[str, str] = {}
    for text in texts:
        first.setdefault(level_key(text), tidy(text))
    if len(first) > MAX_LEVELS:
        return None
    return sorted(first.items(), key=lambda kv: natural_key(kv[1]))


@dataclass(frozen=True)
class Levels:
    """The levels of one categorical indicator: ``ranked`` (key, label) pairs, rank 1
    first, and ``unranked`` ones kept outside the order. ``tiers``: keys are TIP tiers."""

    ranked: tuple[tuple[str, str], ...]
    unranked: tuple[tuple[str, str], ...] = ()
    tiers: bool = False
    bare_numbers: bool = False

    def key(self, text: object) -> str | None:
        """The level key of a cell (None: not a level of this scale)."""
        return tier_of(text, self.bare_numbers) if self.tiers else level_key(str(text))

    def labels(self) -> list[str]:
        return [label for _, label in self.ranked]

    def encode(self, texts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(value, flag, known)`` of cells: rank (NaN outside the order), flag, is a level."""
        codes, uniques = pd.factorize(np.asarray(texts, dtype=object))
        rank = {key: float(i + 1) for i, (key, _) in enumerate(self.ranked)}
        label = dict(self.ranked + self.unranked)
        keys = [self.key(text) for text in uniques]
        value = np.array([rank.get(k, math.nan) for k in keys], dtype="float64")
        flag = np.array([CATEGORY_FLAG_PREFIX + label[k] if k in label else "" for k in keys])
        known = np.array([k in label for k in keys], dtype=bool)
        return value[codes], flag.astype(object)[codes], known[codes]

    def caveat(self, name: str) -> str:
        """The provenance note listing the levels in order (and those outside it)."""
        labels = self.labels()
        text = (
            f"Categorical indicator {name!r} with levels, in order: {'; '.join(labels)} "
            f"(stored as ranks 1 to {len(labels)})."
        )
        for _, label in self.unranked:
            text += f" {label!r} is a category outside the order, never ranked."
        return text

    def reorder(self, order: Sequence[str], name: str) -> Levels:
        """These levels in the user's ``order`` (LevelsError when it does not fit them).

        Each level must be named once; a level outside the order (TIP "Special
        case") may be named or not and stays unranked.
        """
        label = dict(self.ranked + self.unranked)
        keys = [self.key(text) for text in order]
        known = "; ".join(self.labels() + [lab for _, lab in self.unranked])
        unknown = [text for text, key in zip(order, keys, strict=True) if key not in label]
        if unknown:
            raise LevelsError(
                f"the level order names {tidy(unknown[0])!r}, which is not a level of "
                f"{name!r} (its levels: {known})"
            )
        missing = [lab for key, lab in self.ranked if key not in keys]
        if missing:
            raise LevelsError(
                f"the level order leaves out {'; '.join(missing)}, found in {name!r}: "
                f"give every level (its levels: {known})"
            )
        twice = sorted({label[k] for k in keys if keys.count(k) > 1})
        if twice:
            raise LevelsError(f"the level order names {'; '.join(twice)} more than once")
        outside = {key for key, _ in self.unranked}
        ranked = tuple((key, label[key]) for key in keys if key not in outside)
        return Levels(ranked, self.unranked, self.tiers, self.bare_numbers)


def find_levels(texts: np.ndarray, mostly_text: bool, hint: str = "") -> Levels | None:
    """The levels of an indicator's cells (not missing), or None when it is numeric.

    Tiers are recognised first (a column of bare "1"/"2"/"2.5"/"3" only when
    ``hint``, its header or name, says tier); other text when ``mostly_text``
    and at most :data:`MAX_LEVELS` distinct levels.
    """
    bare = header_says_tier(hint)
    if not (mostly_text or bare):  # a column of numbers: no need to look at its texts
        return None
    distinct = pd.unique(np.asarray(texts, dtype=object))
    if are_tiers(distinct, bare):
        first: dict[str, str] = {}
        for text in distinct:
            key = tier_of(text, bare)
            if key is not None:
                first.setdefault(key, tidy(text))
        ranked = tuple((key, first[key]) for key in TIER_ORDER if key in first)
        unranked = ((SPECIAL, first[SPECIAL]),) if SPECIAL in first else ()
        return Levels(ranked, unranked, tiers=True, bare_numbers=bare)
    if not mostly_text:
        return None
    found = levels_of(distinct)
    return Levels(tuple(found)) if found is not None else None


#: Key of the wide layout's year columns, taken together, in :func:`column_levels`.
YEAR_COLUMNS = ""


def column_levels(body: pd.DataFrame, year_columns: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The ordered levels of each column of ``body`` that holds categories (two at least).

    Why: the mapping dialog shows the levels of the value column the user
    picks, to reorder them, before the table is read for good. The wide
    layout's ``year_columns`` count as one column, :data:`YEAR_COLUMNS`.
    """
    parts = {c: body[c].to_numpy(dtype=object) for c in body.columns if c not in year_columns}
    if len(year_columns):
        parts[YEAR_COLUMNS] = body[list(year_columns)].to_numpy(dtype=object).ravel()
    found: dict[str, tuple[str, ...]] = {}
    for column, texts in parts.items():
        _, missing, number = parse_numbers(texts)
        words = int((~missing & ~number).sum())
        levels = find_levels(texts[~missing], words > int(number.sum()), str(column))
        if levels is not None and len(levels.ranked) >= 2:
            found[str(column)] = tuple(levels.labels())
    return found


def category_levels(observations: pd.DataFrame, indicator: str | None = None) -> list[str]:
    """The ordered level labels of a categorical indicator's observations.

    ``observations`` are rows of one indicator (or pass ``indicator`` to pick
    them); rows whose flag does not start with :data:`CATEGORY_FLAG_PREFIX` are
    ignored. Levels are ordered by their stored rank (``value``); levels outside
    the order (value NaN, e.g. "Special case") come last.
    """
    rows = observations
    if indicator is not None:
        rows = rows[(rows["indicator"] == indicator).fillna(False).to_numpy(dtype=bool)]
    flags = rows["flag"].astype(object)
    mask = flags.map(lambda f: isinstance(f, str) and f.startswith(CATEGORY_FLAG_PREFIX))
    levels = pd.DataFrame({"rank": rows["value"][mask], "flag": flags[mask]})
    levels = levels.sort_values(["rank", "flag"], kind="stable", na_position="last")
    levels = levels.drop_duplicates("flag")
    return [str(f)[len(CATEGORY_FLAG_PREFIX) :] for f in levels["flag"]]
