"""Rows that share one breakdown: parts of one figure, or one figure reported again?

Why a rule and not "keep the largest": GLOTIP files hold groups of rows with
the same country, year, indicator and breakdown. Some repeat one figure (the
same value twice, or a corrected value); others are parts recorded apart, such
as three "Other forms of exploitation" rows of the Philippines 2018 (231, 230
and 289) that, with the other forms, add up to no more than the total (2,318).
Keeping the largest undercounts the parts; summing repeats overcounts. The file
itself says which it is:

- the same value in every row: a repeat (one kept);
- a matching total exists (the country's total for a form, a sex or an age; the
  victims' total for origins): if the group, with its sibling parts, stays
  within it (every ``<5`` at its lower bound, 1), the rows are parts and are
  summed; if they would exceed it, they are repeats and the largest is kept;
- no total to check against: a repeat, the largest kept (nothing is invented).

A sum with a ``<5`` part is a range (value unknown, bounds the sums). The user
can turn any group's rule the other way in the import report; the choice is
stored in the workspace and applied at the next import (``overrides``, keyed
by :func:`group_key`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from explorer.core.data.values import RANGE, format_number
from explorer.core.texts import fill
from explorer.io.importing import report_words as rw

PARTS, REPEATS = "parts", "repeats"
RULES = (PARTS, REPEATS)


def group_key(key: Sequence[object]) -> str:
    """The stable text of a group's key (how a user's choice of rule is stored)."""
    return " | ".join(str(part) for part in key)


@dataclass(frozen=True)
class Cell:
    """One row of a group: file row, text as written, and its figure."""

    row: int
    text: str
    value: float  # NaN unless exact
    lower: float
    upper: float

    @property
    def low(self) -> float:
        return self.value if not math.isnan(self.value) else _zero(self.lower)

    @property
    def high(self) -> float:
        return self.value if not math.isnan(self.value) else _inf(self.upper)


def _zero(x: float) -> float:
    return 0.0 if math.isnan(x) else x


def _inf(x: float) -> float:
    return math.inf if math.isnan(x) else x


@dataclass(frozen=True)
class Total:
    """The figure a group's parts must stay within: exact, or only an upper bound (``<5``)."""

    text: str
    ceiling: float  # the exact value, or the upper bound of a <5

    @property
    def words(self) -> str:
        """The total as the report writes it: "2,318", or "<5" as the file has it."""
        return (
            self.text.strip() if self.text.strip().startswith("<") else format_number(self.ceiling)
        )


@dataclass(frozen=True)
class Decision:
    rule: str
    reason: str
    value: float
    lower: float
    upper: float
    flag: str
    kept: str  # the figure the dataset keeps, as text ("750", "231 to 234", "289")
    parts: int  # rows summed (1 for a repeat)


def decide(
    cells: Sequence[Cell],
    total: Total | None,
    siblings_low: float,
    override: str | None = None,
) -> Decision:
    """The rule for one group of rows and the figure it gives (see the module docstring).

    ``siblings_low`` is the least the other parts of the same breakdown add
    (every ``<5`` at 1), so the group is checked together with them.
    """
    low = sum(c.low for c in cells)
    if override in RULES:
        return _figure(cells, override, str(rw.YOUR_CHOICE))
    if len({c.text.strip() for c in cells}) == 1:
        return _figure(cells, REPEATS, str(rw.SAME_VALUE))
    if total is None:
        return _figure(cells, REPEATS, str(rw.NO_TOTAL))
    together = low + siblings_low
    values = {"sum": format_number(together), "total": total.words}
    if together <= total.ceiling:
        return _figure(cells, PARTS, fill(rw.WITHIN_TOTAL, values))
    return _figure(cells, REPEATS, fill(rw.ABOVE_TOTAL, values))


def _figure(cells: Sequence[Cell], rule: str, reason: str) -> Decision:
    if rule == PARTS:
        if all(not math.isnan(c.value) for c in cells):
            value = sum(c.value for c in cells)
            text = format_number(value)
            return Decision(rule, reason, value, math.nan, math.nan, "", text, len(cells))
        low, high = sum(c.low for c in cells), sum(c.high for c in cells)
        top = "?" if math.isinf(high) else format_number(high)
        text = fill(rw.RANGE, {"low": format_number(low), "high": top})
        upper = math.nan if math.isinf(high) else high
        return Decision(rule, reason, math.nan, low, upper, RANGE, text, len(cells))
    # Repeats: the largest; an exact figure before a <5 of the same size; then the earliest.
    best = min(cells, key=lambda c: (-c.low, math.isnan(c.value), c.row))
    flag = "" if not math.isnan(best.value) else "suppressed"
    return Decision(rule, reason, best.value, best.lower, best.upper, flag, best.text, 1)


def siblings_low(lows: Mapping[object, Sequence[float]], own: object) -> float:
    """What the other parts of the breakdown add: each its largest row (a part that repeats
    counts once), every ``<5`` at its lower bound."""
    return float(sum(max(values) for key, values in lows.items() if key != own and values))
