"""Categorical indicators read from a table: their levels, in natural order.

Why: a column of text such as "Tier 1", "Tier 2 Watch List" is an ordered
category, not a failure to parse numbers; it is stored as ranks with the
level's text in ``flag`` (:mod:`explorer.core.data.categories`). Levels are
compared without regard to case or spacing and ordered naturally ("Tier 2"
before "Tier 10").
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from explorer.core.data.categories import CATEGORY_FLAG_PREFIX
from explorer.core.data.text import fold

#: Most distinct text levels a categorical indicator may have.
MAX_LEVELS = 12


def natural_key(label: str) -> tuple:
    """Sort key putting "Tier 2" before "Tier 2 Watch List" before "Tier 10"."""
    parts = re.split(r"(\d+)", " ".join(str(label).split()).casefold())
    return tuple(int(p) if i % 2 else p for i, p in enumerate(parts))


def level_key(text: str) -> str:
    """The key two spellings of one level share (case and spacing ignored)."""
    return fold(text)


def levels_of(texts: np.ndarray) -> list[tuple[str, str]] | None:
    """Ordered (key, label) levels of a categorical indicator, or None when too many."""
    first: dict[str, str] = {}
    for text in texts:
        first.setdefault(level_key(text), " ".join(str(text).split()))
    if len(first) > MAX_LEVELS:
        return None
    return sorted(first.items(), key=lambda kv: natural_key(kv[1]))


def category_levels(observations: pd.DataFrame, indicator: str | None = None) -> list[str]:
    """The ordered level labels of a categorical indicator's observations.

    ``observations`` are rows of one indicator (or pass ``indicator`` to pick
    them); rows whose flag does not start with :data:`CATEGORY_FLAG_PREFIX` are
    ignored. Levels are ordered by their stored rank (``value``).
    """
    rows = observations
    if indicator is not None:
        rows = rows[(rows["indicator"] == indicator).fillna(False).to_numpy(dtype=bool)]
    flags = rows["flag"].astype(object)
    mask = flags.map(lambda f: isinstance(f, str) and f.startswith(CATEGORY_FLAG_PREFIX))
    levels = pd.DataFrame({"rank": rows["value"][mask], "flag": flags[mask]})
    levels = levels.drop_duplicates("flag").sort_values(["rank", "flag"], kind="stable")
    return [str(f)[len(CATEGORY_FLAG_PREFIX) :] for f in levels["flag"]]
