"""Choropleth classes: which class each country's value falls into, and the legend text.

Why a wrapper around mapclassify: the UI needs a small, stable result (class
index per country, bounds, labels) no matter which scheme computed it, and
suppressed or missing figures must stay out of the class computation so a
``<5`` is never treated as a number.

Why quantiles are computed here: importing mapclassify pulls in scipy.stats
and scikit-learn (0.85-1.4 s measured on the 2-core machine), more than half
the launch budget. The default scheme repeats mapclassify's own ``quantile``
arithmetic in numpy (a property test checks they agree); so does equal
interval, so that no scheme offered loads mapclassify at all (the standalone
app leaves it, scipy and scikit-learn out: tests still compare against it).

Why Fisher-Jenks is computed here too: mapclassify's implementation is a
pure-Python triple loop (2.8 s for the demo's 1,584 pooled values with 7
classes, measured on the development machine, redone on every restyle and
indicator change). :func:`fisher_jenks_bins` is the same algorithm with the
same float32 arithmetic, vectorised (45 ms; a test checks the bins are
identical). Manual breaks need no library either: they are the user's upper
bounds, plus one class above the last if the data go beyond it (as
``mapclassify.UserDefined`` does; a test checks they agree).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from explorer.core.data.local_numbers import decimal_text, number_text
from explorer.core.view.style_defaults import DEFAULT_K, DEFAULT_SCHEME

#: Scheme names offered to users -> mapclassify classifier names.
SCHEMES: dict[str, str] = {
    "quantiles": "Quantiles",
    "fisher_jenks": "FisherJenks",
    "equal_interval": "EqualInterval",
    "manual": "UserDefined",
}
MANUAL = "manual"
#: At most this many user breaks: with the class above the last one, 7 classes,
#: the most a palette has colours for.
MAX_MANUAL_BREAKS = 6


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

    def labels(self, lang: str | None = None) -> list[str]:
        """Legend text per class, e.g. ``"1 - 12"``, ``"13 - 40"``; integers for counts;
        digits and separators as ``lang`` writes them (French ``"1 000 - 2 500"``)."""
        out: list[str] = []
        low = self.minimum
        for i, high in enumerate(self.upper_bounds):
            if self.integer_data:
                lo = math.floor(low) if i == 0 else math.floor(low) + 1
                hi = math.floor(high)
                lo_text, hi_text = number_text(lo, lang), number_text(hi, lang)
                out.append(lo_text if lo >= hi else f"{lo_text} - {hi_text}")
            else:
                out.append(f"{decimal_text(low, lang)} - {decimal_text(high, lang)}")
            low = high
        return out


def classify(
    values: pd.Series,
    scheme: str = DEFAULT_SCHEME,
    k: int = DEFAULT_K,
    breaks: Sequence[float] = (),
) -> Classification:
    """Class bounds for the exact (non-NaN) values; NaN entries take no part.

    With fewer distinct values than ``k`` the number of classes shrinks
    rather than inventing empty classes. The ``"manual"`` scheme ignores
    ``k`` and uses ``breaks`` (see :func:`manual_classification`).
    """
    exact = values.dropna().astype(float)
    if exact.empty:
        return Classification((), 0.0, True)
    y = exact.to_numpy()
    if scheme == MANUAL:
        return manual_classification(y, breaks)
    distinct = np.unique(y)
    k = max(1, min(k, len(distinct)))
    bins = distinct if len(distinct) <= k else _bins(y, scheme, k)
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


def equal_interval_bins(y: np.ndarray, k: int) -> np.ndarray:
    """Upper bounds as ``mapclassify.EqualInterval(y, k).bins`` computes them."""
    low, high = float(np.min(y)), float(np.max(y))
    width = (high - low) / k
    cuts = np.arange(low + width, high + width, width)[:k]
    cuts[-1] = high
    return cuts


def fisher_jenks_bins(y: np.ndarray, k: int) -> np.ndarray:
    """Upper bounds as ``mapclassify.FisherJenks(y, k).bins`` computes them.

    Fisher's exact optimisation (Jenks natural breaks) in mapclassify's own
    float32 arithmetic and tie-breaking, one numpy step per data value instead
    of a Python loop over every (value, start, class) triple.
    """
    values = np.sort(np.asarray(y, dtype="f8"))
    n = len(values)
    v32 = values.astype(np.float32)
    # lower[end, j]: 1-based start of the last of j classes covering values[:end];
    # var[end, j]: the summed within-class variance of that best split.
    lower = np.zeros((n + 1, k + 1), dtype=np.int64)
    var = np.zeros((n + 1, k + 1), dtype=np.float32)
    lower[1, 1:] = 1
    var[2:, 1:] = np.inf
    for end in range(2, n + 1):
        # Sums over values[start-1:end] for start = end, end-1, ..., 1, accumulated in
        # that order in float32, as mapclassify's inner loop does.
        backwards = v32[:end][::-1]
        s1 = np.cumsum(backwards, dtype=np.float32)
        s2 = np.cumsum(backwards * backwards, dtype=np.float32)
        count = np.arange(1, end + 1, dtype=np.float32)
        variance = s2 - (s1 * s1) / count
        if k > 1:
            before = end - np.arange(1, end)  # values ending the previous class
            candidates = variance[:-1, None] + var[before, 1:k]
            # mapclassify updates on ">=", so among equal candidates the last wins
            best = candidates.shape[0] - 1 - np.argmin(candidates[::-1], axis=0)
            lower[end, 2:] = end - best
            var[end, 2:] = candidates[best, np.arange(k - 1)]
        lower[end, 1] = 1
        var[end, 1] = variance[-1]
    bounds = np.zeros(k + 1, dtype="f8")
    bounds[k] = values[-1]
    bounds[0] = values[0]
    row = n
    for j in range(k, 1, -1):
        pivot = int(lower[row, j])
        bounds[j - 1] = values[pivot - 2]
        row = pivot - 1
    return bounds[1:]


def _bins(y: np.ndarray, scheme: str, k: int) -> np.ndarray:
    schemes = {
        "quantiles": quantile_bins,
        "fisher_jenks": fisher_jenks_bins,
        "equal_interval": equal_interval_bins,
    }
    if scheme not in schemes:
        raise ValueError(f"unknown classification scheme {scheme!r}")
    return schemes[scheme](y, k)


def manual_classification(y: np.ndarray, breaks: Sequence[float]) -> Classification:
    """The user's breaks as upper bounds, kept even where a class stays empty.

    Values above the last break get a class of their own up to the maximum
    (never silently lumped into the last class the user named). The first
    class starts at the smallest value, or at the first break when every
    value lies above it.
    """
    bounds = np.unique(np.asarray(breaks, dtype=float))
    if not len(bounds):
        raise ValueError("manual classification needs at least one break")
    top = float(y.max())
    if top > bounds[-1]:
        bounds = np.append(bounds, top)
    return Classification(
        upper_bounds=tuple(float(b) for b in bounds),
        minimum=min(float(y.min()), float(bounds[0])),
        integer_data=bool(np.all(np.equal(np.floor(y), y))),
    )


def parse_breaks(text: str) -> tuple[float, ...]:
    """Break values typed by a user, e.g. ``"10, 50, 100, 500"``.

    Commas, semicolons or spaces separate values, which must increase from
    left to right: that also catches thousands separators (``"1,000, 5,000"``
    reads 1, 0, 5, 0). Raises ValueError with a message fit to show when a
    value is not a number, none is given, they do not increase, or there are
    more than :data:`MAX_MANUAL_BREAKS`.
    """
    parts = [part for part in re.split(r"[,;\s]+", text.strip()) if part]
    if not parts:
        raise ValueError("Type at least one break value, e.g. 10, 50, 100, 500.")
    values: list[float] = []
    for part in parts:
        try:
            value = float(part)
        except ValueError:
            raise ValueError(f"{part!r} is not a number.") from None
        if not math.isfinite(value):
            raise ValueError(f"{part!r} is not a finite number.")
        if values and value <= values[-1]:
            raise ValueError(
                f"The breaks must increase from left to right ({part} follows"
                f" {values[-1]:g}). Type thousands without separators: 1000, not 1,000."
            )
        values.append(value)
    if len(values) > MAX_MANUAL_BREAKS:
        raise ValueError(
            f"At most {MAX_MANUAL_BREAKS} breaks, please: with the class above the last"
            " break that makes 7 classes, the most a palette has colours for."
        )
    return tuple(values)
