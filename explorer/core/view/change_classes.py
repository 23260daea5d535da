"""Classes for a change between years (%): fixed, symmetric around no change.

Why fixed: on a change map the question is "up or down, and how much", so the
classes must mean the same on every map and be centred on 0, with a diverging
palette whose light middle is "about the same" (Our World in Data and
ColorBrewer's advice for diverging data). Quantiles would put the zero
anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

#: Upper bounds of the classes, in percent; the last class is everything above.
CHANGE_BOUNDS = (-50.0, -20.0, -5.0, 5.0, 20.0, 50.0, float("inf"))
CHANGE_LABELS = (
    "fell by more than 50%",
    "fell by 20% to 50%",
    "fell by 5% to 20%",
    "about the same (within 5%)",
    "rose by 5% to 20%",
    "rose by 20% to 50%",
    "rose by more than 50%",
)
#: A diverging ColorBrewer set without good/bad connotation (orange down, purple up).
CHANGE_PALETTE = "PuOr"


@dataclass(frozen=True)
class ChangeClasses:
    """The classify API (k, upper_bounds, assign, labels) for change maps."""

    @property
    def k(self) -> int:
        return len(CHANGE_BOUNDS)

    @property
    def upper_bounds(self) -> tuple[float, ...]:
        return CHANGE_BOUNDS

    def assign(self, values: pd.Series) -> pd.Series:
        """Class index of each change: a value on a bound goes to the class below it."""
        index = np.searchsorted(np.asarray(CHANGE_BOUNDS), values.to_numpy(dtype=float), "left")
        return pd.Series(np.clip(index, 0, self.k - 1), index=values.index, dtype="int64")

    def labels(self, lang: str | None = None) -> list[str]:
        return list(CHANGE_LABELS)
