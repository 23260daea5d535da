"""One figure with its qualifier: exact, suppressed ``<5``, or "at least N" (a partial sum).

Why its own type: the country panel, the clipboard text and the PDF brief
compute changes, ranks, medians and shares, and a ``<5`` cell must never take
part in that arithmetic as a number. ``Figure.number`` is None unless the
figure is exact, so each rule that needs a number has to say what it does
without one.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from explorer.core.data.breakdown import Breakdown
from explorer.core.data.categories import level_of
from explorer.core.data.dataset import Dataset
from explorer.core.data.schema import SUPPRESSED
from explorer.core.data.values import AT_LEAST, format_value
from explorer.core.texts import QT_TRANSLATE_NOOP, words

__all__ = ["AT_LEAST", "NAN", "Figure", "figure_in", "figure_of_row", "share_of_exact"]
NAN = float("nan")


def _float(x: Any) -> float:
    """A cell as float, NaN for None and pandas' NA."""
    return NAN if x is None or x is pd.NA else float(x)


@dataclass(frozen=True)
class Figure:
    """One number with its qualifier, as the dataset has it (NaN where unknown)."""

    value: float = NAN
    lower: float = NAN
    upper: float = NAN
    flag: str = ""

    @property
    def text(self) -> str:
        """``"1,234"``, ``"<5"``, ``"at least 12"`` or ``"no data"``."""
        return self.text_in(None)

    def text_in(self, lang: str | None) -> str:
        """:attr:`text` with its numbers written as ``lang`` writes them."""
        return format_value(self.value, self.lower, self.upper, self.flag, lang)

    @property
    def number(self) -> float | None:
        """The value when it may be used in arithmetic (exact), else None."""
        if math.isnan(self.value) or self.flag in (SUPPRESSED, AT_LEAST):
            return None
        return self.value

    @property
    def has_data(self) -> bool:
        """A figure, bounds, or a category (one outside the order, "Special case", has no rank)."""
        if level_of(self.flag) is not None:
            return True
        return not (math.isnan(self.value) and math.isnan(self.lower) and math.isnan(self.upper))

    @property
    def why_not(self) -> str:
        """Why ``number`` is None, in words for a sentence ("a <5 figure")."""
        return self.why_not_in(None)

    def why_not_in(self, lang: str | None) -> str:
        """:attr:`why_not` in ``lang``'s words and numbers."""
        say = words(lang).say
        if not self.has_data:
            return say(QT_TRANSLATE_NOOP("Figures", "no figure"))
        if self.flag == SUPPRESSED:
            return say(QT_TRANSLATE_NOOP("Figures", "a {figure} figure"), figure=self.text_in(lang))
        return say(QT_TRANSLATE_NOOP("Figures", "an inexact figure"))


def figure_of_row(row: Mapping[str, Any] | pd.Series) -> Figure:
    """The figure of a dataset row (value, lower, upper, flag)."""
    flag = row["flag"]
    numbers = (_float(row[c]) for c in ("value", "lower", "upper"))
    return Figure(*numbers, flag if isinstance(flag, str) else "")


def figures_of(frame: pd.DataFrame) -> list[Figure]:
    """``figure_of_row`` of every row of a frame, read by column (iterrows builds a Series
    per row, too slow for tables redrawn on every year change)."""
    columns = (frame[c].to_numpy(dtype=object) for c in ("value", "lower", "upper", "flag"))
    return [
        Figure(_float(v), _float(lo), _float(hi), flag if isinstance(flag, str) else "")
        for v, lo, hi, flag in zip(*columns, strict=True)
    ]


def figure_in(dataset: Dataset, iso3: str, indicator: str, year: int, b: Breakdown) -> Figure:
    """``iso3``'s figure for one indicator, year and breakdown (no data: an empty Figure)."""
    row = dataset.value_row(iso3, indicator, year, b)
    return Figure() if row is None else figure_of_row(row)


def share_of_exact(figure: Figure, denominator: float | None) -> float | None:
    """Only an exact figure over a non-zero exact denominator has a share."""
    return figure.number / denominator if figure.number is not None and denominator else None
