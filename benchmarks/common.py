"""What every benchmark reports: a row of median, min, max and a ratio to a baseline.

Why one shape for all figures: machines are shared and noisy, so a single
timing says little. Each figure is the median of several samples (with min and
max to show the spread) and, where it has one, a ratio to a baseline measured
in the same run, which survives a slower or busier machine better than the
absolute number.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

COLUMNS = ("figure", "median", "min", "max", "target", "baseline", "baseline median", "ratio")


@dataclass(frozen=True)
class Row:
    """One figure; ``target`` is an upper bound in the figure's unit, or None."""

    figure: str
    median: float
    min: float
    max: float
    target: float | None = None
    baseline: str | None = None
    baseline_median: float | None = None

    @property
    def ratio(self) -> float | None:
        if not self.baseline_median:
            return None
        return self.median / self.baseline_median

    @property
    def passed(self) -> bool | None:
        return None if self.target is None else self.median <= self.target

    def as_json(self) -> dict[str, Any]:
        def r(value: float | None) -> float | None:
            return None if value is None else round(value, 4)

        return {
            "figure": self.figure,
            "median": r(self.median),
            "min": r(self.min),
            "max": r(self.max),
            "target": self.target,
            "baseline": self.baseline,
            "baseline_median": r(self.baseline_median),
            "ratio": r(self.ratio),
            "pass": self.passed,
        }


def summarise(
    figure: str,
    samples: Sequence[float],
    *,
    target: float | None = None,
    baseline: str | None = None,
    baseline_samples: Sequence[float] | None = None,
) -> Row:
    """The row for ``samples``, against the median of ``baseline_samples`` if given."""
    if not samples:
        raise ValueError(f"no samples for {figure!r}")
    return Row(
        figure=figure,
        median=statistics.median(samples),
        min=min(samples),
        max=max(samples),
        target=target,
        baseline=baseline,
        baseline_median=statistics.median(baseline_samples) if baseline_samples else None,
    )


def _number(value: float | None) -> str:
    if value is None:
        return ""
    if abs(value) >= 100:
        return f"{value:.0f}"
    return f"{value:.1f}" if abs(value) >= 10 else f"{value:.3f}"


def markdown_table(rows: Sequence[Row]) -> str:
    """The rows as a GitHub markdown table (blank cells where a figure has no target)."""
    lines = [
        "| " + " | ".join((*COLUMNS, "pass")) + " |",
        "|" + "---|" * (len(COLUMNS) + 1),
    ]
    for row in rows:
        verdict = {None: "", True: "yes", False: "**NO**"}[row.passed]
        cells = (
            row.figure,
            _number(row.median),
            _number(row.min),
            _number(row.max),
            "" if row.target is None else f"≤ {row.target:g}",
            row.baseline or "",
            _number(row.baseline_median),
            "" if row.ratio is None else f"{row.ratio:.2f}x",
            verdict,
        )
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
