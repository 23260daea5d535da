"""Choropleth classes: which class each country's value falls into, and the legend text.

Why a wrapper around mapclassify: the UI needs a small, stable result (class
index per country, bounds, labels) no matter which scheme computed it, and
suppressed or missing figures must stay out of the class computation so a
``<5`` is never treated as a number.

Why quantiles are computed here: importing mapclassify pulls in scipy.stats
and scikit-learn (0.85-1.4 s measured on the 2-core machine), more than half
the launch budget. The default scheme repeats mapclassify's own ``quantile``
arithmetic in numpy (a property test checks they agree); every other scheme
imports mapclassify on first use.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd

#: Scheme names offered to users -> mapclassify classifier names.
SCHEMES: dict[str, str] = {
    "quantiles": "Quantiles",
    "fisher_jenks": "FisherJenks",
    "equal_interval": "EqualInterval",
}
DEFAULT_SCHEME = "quantiles"
DEFAULT_K = 5


@dataclass(frozen=True)
class Classification:
    """Class bounds: class ``i`` holds values in ``(upper_bounds[i-1], upper_bounds[i]]``."""

    upper_bounds: tuple[float, ...]
    minimum: float
    integer_data: bool

    @property
    def k(self) -> int:
        return len(self.upper_bounds)

    def assign(self, values: pd.Series) -> pd.Series:
        """Class index of each exact value; values beyond the top bound go to the top class."""
        bounds = np.asarray(self.upper_bounds)
        idx = np.searchsorted(bounds, values.to_numpy(dtype=float), side="left")
        return pd.Series(np.clip(idx, 0, len(bounds) - 1), index=values.index, dtype="int64")

    def labels(self) -> list[str]:
        """Legend text per class, e.g. ``"1 - 12"``, ``"13 - 40"``; integers for counts."""
        out: list[str] = []
        low = self.minimum
        for i, high in enumerate(self.upper_bounds):
            if self.integer_data:
                lo = math.floor(low) if i == 0 else math.floor(low) + 1
                hi = math.floor(high)
                out.append(f"{lo:,}" if lo >= hi else f"{lo:,} - {hi:,}")
            else:
                out.append(f"{low:,.1f} - {high:,.1f}")
            low = high
        return out


def classify(values: pd.Series, scheme: str = DEFAULT_SCHEME, k: int = DEFAULT_K) -> Classification:
    """Class bounds for the exact (non-NaN) values; NaN entries take no part.

    With fewer distinct values than ``k`` the number of classes shrinks
    rather than inventing empty classes.
    """
    exact = values.dropna().astype(float)
    if exact.empty:
        return Classification((), 0.0, True)
    y = exact.to_numpy()
    distinct = np.unique(y)
    k = max(1, min(k, len(distinct)))
    bins = distinct if len(distinct) <= k else _mapclassify_bins(y, scheme, k)
    integer = bool(np.all(np.equal(np.floor(y), y)))
    return Classification(
        upper_bounds=tuple(float(b) for b in np.unique(bins)),
        minimum=float(y.min()),
        integer_data=integer,
    )


def quantile_bins(y: np.ndarray, k: int) -> np.ndarray:
    """Upper bounds as ``mapclassify.classifiers.quantile`` computes them."""
    w = 100.0 / k
    p = np.arange(w, 100 + w, w)
    if p[-1] > 100.0:
        p[-1] = 100.0
    return np.unique(np.percentile(y, p))


def _mapclassify_bins(y: np.ndarray, scheme: str, k: int) -> np.ndarray:
    if scheme == "quantiles":
        return quantile_bins(y, k)
    import mapclassify  # heavy (scipy, scikit-learn): imported on first use

    try:
        classifier = getattr(mapclassify, SCHEMES[scheme])
    except KeyError:
        raise ValueError(f"unknown classification scheme {scheme!r}") from None
    with warnings.catch_warnings():
        # Fisher-Jenks says it would be faster with numba; the answer is the same.
        warnings.filterwarnings("ignore", message="Numba not installed")
        return np.asarray(classifier(y, k=k).bins, dtype=float)
