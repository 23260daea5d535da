"""What every benchmark reports: a row of median, min, max and a ratio to a baseline.

Why one shape for all figures: machines are shared and noisy, so a single
timing says little. Each figure is the median of several samples (with min and
max to show the spread) and, where it has one, a ratio to a baseline measured
in the same run, which survives a slower or busier machine better than the
absolute number.

The JSON rows have the issue's fields: ``figure, median, min, max, target,
peer, peer median, ratio, pass`` plus ``unit`` (read from the figure's name).
"peer" is what the figure is compared with in the same run: a peer program
(QGIS, folium, matplotlib, openpyxl) or a baseline of our own (an empty
window, the same paint without flows). A peer that could not run (QGIS not
installed) keeps its name with "not measured" as its median; so does a figure
whose input is absent (the GLOTIP workbook).
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

COLUMNS = ("figure", "median", "min", "max", "target", "peer", "peer median", "ratio")
NOT_MEASURED = "not measured"
_UNIT = re.compile(r"\((ms|s|MB|MiB|%|x)[;,) ]")


@dataclass(frozen=True)
class Row:
    """One figure; ``target`` is an upper bound in the figure's unit, or None."""

    figure: str
    median: float | None  # None: not measured (see ``not_measured``)
    min: float | None
    max: float | None
    target: float | None = None
    baseline: str | None = None  # the peer or baseline: JSON "peer"
    baseline_median: float | None = None  # None with a name: the peer was not measured

    @property
    def ratio(self) -> float | None:
        if not self.baseline_median or self.median is None:
            return None
        return self.median / self.baseline_median

    @property
    def passed(self) -> bool | None:
        if self.target is None or self.median is None:
            return None
        return self.median <= self.target

    @property
    def unit(self) -> str | None:
        """The unit named in the figure, e.g. "ms" for "... (ms)"; None when it has none."""
        found = _UNIT.findall(self.figure + " ")
        return found[-1] if found else None

    def as_json(self) -> dict[str, Any]:
        def r(value: float | None) -> float | None:
            return None if value is None else round(value, 4)

        peer_median: float | str | None = r(self.baseline_median)
        if self.baseline and peer_median is None:
            peer_median = NOT_MEASURED
        return {
            "figure": self.figure,
            "median": NOT_MEASURED if self.median is None else r(self.median),
            "min": r(self.min),
            "max": r(self.max),
            "target": self.target,
            "peer": self.baseline,
            "peer median": peer_median,
            "ratio": r(self.ratio),
            "pass": self.passed,
            "unit": self.unit,
        }


def not_measured(figure: str, target: float | None = None, peer: str | None = None) -> Row:
    """A figure that could not be measured in this run (its tool or input is absent)."""
    return Row(figure, None, None, None, target=target, baseline=peer)


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
        peer_median = _number(row.baseline_median)
        if row.baseline and row.baseline_median is None:
            peer_median = NOT_MEASURED
        cells = (
            row.figure,
            NOT_MEASURED if row.median is None else _number(row.median),
            _number(row.min),
            _number(row.max),
            "" if row.target is None else f"≤ {row.target:g}",
            row.baseline or "",
            peer_median,
            "" if row.ratio is None else f"{row.ratio:.2f}x",
            verdict,
        )
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
