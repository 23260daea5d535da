"""Which flows the map draws for a year and indicator, and how wide: the Qt-free decision.

Why here: the map layer, legend, panel and exports must agree on what is shown,
and the rules (no curve to an invented point, no invented width for a ``<5``,
top-N, focus on a selected country) need tests without a QApplication. It runs
on every year change, so it is numpy on one cached year (about 1 ms for the demo).

Rules beyond the issue text:
- Placed flows join two different countries of ``region_of``. Everything else
  that is not a domestic ring (UNKNOWN, REGION:*, an end not on the map, a
  DOMESTIC row of a country not on the map) goes to ``unplaced``, unfiltered.
- "Suppressed" = no exact value (a ``<5`` or any bounds-only cell); it passes
  ``min_volume`` when its upper bound could reach it. Cells with neither value
  nor bounds carry nothing and are never drawn.
- Rings obey region, ``min_volume`` and ``show_suppressed``; of the rest, only
  those at least as large as the smallest drawn flow (or the selected
  country's own) are kept, so rings do not outnumber the flows they sit among
  (with no flow drawn, as for internally displaced people, every ring is);
  with a focus only the selected country's is emphasised.
- A flow of exactly 0 is a figure, not a flow to draw: it never takes a top-N
  slot (nor an emphasis, nor the ends that admit suppressed flows), since it
  would be drawn at width 0; tables still list it as 0.
- ``scale_max``: largest exact value among this year's filtered placed flows
  (all years with ``lock_scale``). Rings have their own ``ring_scale_max``:
  domestic volumes are often far larger than any cross-border flow, and on
  one scale they would leave every curve a hairline; a ring's radius is a
  different visual variable anyway. Year splits and all-years maxima are
  memoised per dataset.
- Shown suppressed flows: with a focus, the focus ones (emphasised); else those
  with BOTH ends among the countries the drawn exact flows touch (~10 a year in
  the demo, where "either end" gave ~150 dashes).
- ``totals``: per country over the filtered placed flows (before top-N and focus,
  so totals do not change with N): exact values plus lower bounds of ``<5``
  cells; ``*_exact`` is False when one is in (display "at least N").
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from explorer.core.data.dataset import Dataset
from explorer.core.data.schema import DOMESTIC, REGION_PREFIX, UNKNOWN
from explorer.core.data.values import format_value
from explorer.core.flows.labels import origin_name
from explorer.core.flows.settings import FlowSettings, FocusMode, WidthScale
from explorer.core.texts import QT_TRANSLATE_NOOP, words

VALUES = ["value", "lower", "upper", "flag"]
FLOW_COLUMNS = ["origin", "destination", *VALUES, "origin_label"]
UNPLACED_COLUMNS = ["destination", "origin", "origin_label", *VALUES]


def width_fraction(values: np.ndarray, scale_max: float, scale: WidthScale) -> np.ndarray:
    """Width as a fraction of the full width: monotone in value, in [0, 1], NaN stays NaN."""
    v = np.asarray(values, dtype="float64")
    if not scale_max > 0:
        return np.where(np.isnan(v), np.nan, 0.0)
    ratio = np.clip(v / float(scale_max), 0.0, 1.0)
    return np.sqrt(ratio) if WidthScale(scale) is WidthScale.SQRT else ratio


def _round_down(x: float) -> float:
    """Largest 1-2-5 number (..., 10, 20, 50, 100, ...) not above ``x`` > 0."""
    power = 10.0 ** math.floor(math.log10(x))
    return max(m * power for m in (1, 2, 5) if m * power <= x * (1 + 1e-9))


@dataclass(frozen=True, eq=False)
class FlowView:
    """What the flow layer shows for one indicator and year (see the module rules)."""

    indicator: str
    year: int
    drawn: pd.DataFrame  # FLOW_COLUMNS, origin_region, width, emphasised, suppressed
    domestic: pd.DataFrame  # iso3, value, lower, upper, flag, width, suppressed, emphasised
    unplaced: pd.DataFrame  # UNPLACED_COLUMNS
    totals: pd.DataFrame  # index iso3: incoming, outgoing, incoming_exact, outgoing_exact
    scale_max: float  # the flow value drawn at width 1.0
    width_scale: WidthScale
    ring_scale_max: float = 0.0  # the domestic value drawn as the largest ring

    def unplaced_lines(
        self, iso3: str, names: Mapping[str, str] | None = None, lang: str | None = None
    ) -> list[str]:
        """Sentences for flows into ``iso3`` that have no curve, largest first, in ``lang``.

        e.g. ``"+120 of unknown origin"``, ``"+<5 from Africa (region, country not
        specified)"``; a bounded cell ranks by its lower bound.
        """
        rows = self.unplaced[self.unplaced["destination"] == iso3]
        size = rows["value"].fillna(rows["lower"]).fillna(0.0).to_numpy(dtype="float64")
        lines, w = [], words(lang)
        for i in np.argsort(-size, kind="stable"):
            row = rows.iloc[i]
            amount = "+" + format_value(row["value"], row["lower"], row["upper"], row["flag"], lang)
            code, label = str(row["origin"]), row["origin_label"]
            if code == UNKNOWN:
                said = w.say(
                    QT_TRANSLATE_NOOP("FlowWords", "{amount} of unknown origin"), amount=amount
                )
            elif code in (DOMESTIC, iso3):
                said = w.say(
                    QT_TRANSLATE_NOOP("FlowWords", "{amount} own nationals (domestic)"),
                    amount=amount,
                )
            elif code.startswith(REGION_PREFIX):
                said = w.say(
                    QT_TRANSLATE_NOOP("FlowWords", "{amount} from {place}"),
                    amount=amount,
                    place=origin_name(code, iso3, {}, lang),
                )
            else:  # a country the map does not have: its name, else the source's text
                name = (names or {}).get(code) or (label if isinstance(label, str) else code)
                said = w.say(
                    QT_TRANSLATE_NOOP("FlowWords", "{amount} from {place} (not on the map)"),
                    amount=amount,
                    place=name or code,
                )
            lines.append(said)
        return lines

    def reference_values(self) -> list[float]:
        """2-3 round legend values in (0, scale_max], increasing, spread over the widths."""
        if not self.scale_max > 0:
            return []
        # Width targets 1/3, 2/3 and 1 for sqrt; 1/4, 1/2, 1 for linear; then round down.
        shares = (1 / 9, 4 / 9, 1.0) if self.width_scale is WidthScale.SQRT else (0.25, 0.5, 1.0)
        found = sorted({_round_down(self.scale_max * s) for s in shares})
        if self.scale_max >= 2:  # counts: no "0.5 victims" in the legend
            found = [v for v in found if v >= 1]
        if len(found) < 2:
            found.insert(0, _round_down(found[0] * 0.99))
        return found

    def reference_widths(self) -> list[tuple[float, float]]:
        """(value, width fraction) pairs for the legend."""
        values = self.reference_values()
        widths = width_fraction(np.array(values), self.scale_max, self.width_scale)
        return list(zip(values, widths.tolist(), strict=True))


class _Year:
    """One year's flows as arrays, split into placed, ring and unplaced (settings-free)."""

    def __init__(self, flows: pd.DataFrame, region_of: Mapping[str, str]) -> None:
        self.columns = {c: flows[c].array for c in flows.columns}
        self.origin = flows["origin"].to_numpy(dtype=object)
        self.destination = flows["destination"].to_numpy(dtype=object)
        self.value = flows["value"].to_numpy(dtype="float64")
        self.lower = flows["lower"].to_numpy(dtype="float64")
        self.upper = flows["upper"].to_numpy(dtype="float64")
        regions = {k: v if isinstance(v, str) else None for k, v in region_of.items()}
        self.origin_region = np.array([regions.get(c) for c in self.origin], dtype=object)
        self.dest_region = np.array([regions.get(c) for c in self.destination], dtype=object)
        known_o = np.array([c in regions for c in self.origin], dtype=bool)
        known_d = np.array([c in regions for c in self.destination], dtype=bool)
        domestic = (self.origin == DOMESTIC) | (self.origin == self.destination)
        self.placed = known_o & known_d & ~domestic
        self.ring = domestic & known_d
        self.unplaced = ~self.placed & ~self.ring
        self.exact = ~np.isnan(self.value)
        self.lower_sum = np.where(self.exact, self.value, np.nan_to_num(self.lower))
        # One integer code per place (sorted), so set tests and sums are bincounts.
        codes, self.places = pd.factorize(
            np.concatenate([self.origin, self.destination]), sort=True
        )
        self.o_code, self.d_code = np.split(codes, [len(self.origin)])
        # Largest first, ties by origin then destination; no exact value goes last.
        self.order = np.lexsort(
            (self.destination, self.origin, -np.nan_to_num(self.value, nan=-np.inf))
        )

    def keep(self, s: FlowSettings) -> np.ndarray:
        """Rows passing ``min_volume`` and the region filter (no-information cells never)."""
        bounded = ~self.exact & (~np.isnan(self.lower) | ~np.isnan(self.upper))
        ceiling = np.where(np.isnan(self.upper), np.inf, self.upper)
        keep = np.where(self.exact, self.value >= s.min_volume, False)
        keep |= bounded & (ceiling >= s.min_volume)
        if s.region:
            keep &= (self.origin_region == s.region) | (self.dest_region == s.region)
        return keep

    def max_exact(self, keep: np.ndarray) -> tuple[float, float]:
        """Largest exact values among kept curves, and among kept rings (0 when none)."""
        found = []
        for kind in (self.placed, self.ring):
            values = self.value[kind & keep & self.exact]
            found.append(float(values.max()) if len(values) else 0.0)
        return found[0], found[1]

    def frame(self, rows: np.ndarray, columns: list[str]) -> pd.DataFrame:
        """The given rows and columns, keeping the schema dtypes."""
        return pd.DataFrame({c: self.columns[c][rows] for c in columns})


_CACHE: weakref.WeakKeyDictionary[Dataset, dict[tuple, Any]] = weakref.WeakKeyDictionary()


def _split(dataset: Dataset, region_of: Mapping[str, str], indicator: str, year: int) -> _Year:
    """One year's split, memoised per dataset (its frames are read-only)."""
    cache = _CACHE.setdefault(dataset, {})
    key = ("year", indicator, int(year), hash(frozenset(region_of.items())))
    if key not in cache:
        cache[key] = _Year(dataset.flows_for(year, indicator), region_of)
    return cache[key]


def _locked_max(
    dataset: Dataset, region_of: Mapping[str, str], indicator: str, s: FlowSettings
) -> tuple[float, float]:
    """Largest filtered exact curve and ring values over all years, memoised."""
    cache = _CACHE.setdefault(dataset, {})
    key = ("max", indicator, s.region, s.min_volume, hash(frozenset(region_of.items())))
    if key not in cache:
        splits = (_split(dataset, region_of, indicator, t) for t in dataset.years(indicator))
        maxima = [y.max_exact(y.keep(s)) for y in splits]
        cache[key] = (
            max((m[0] for m in maxima), default=0.0),
            max((m[1] for m in maxima), default=0.0),
        )
    return cache[key]


def _top(order: np.ndarray, mask: np.ndarray, n: int) -> np.ndarray:
    """The first ``n`` positions of ``order`` where ``mask`` holds."""
    return order[mask[order]][:n]


def build_flow_view(
    dataset: Dataset,
    region_of: Mapping[str, str],
    indicator: str,
    year: int,
    settings: FlowSettings,
    selected: str | None = None,
) -> FlowView:
    """The flows, rings, unplaced flows and totals for ``indicator`` in ``year``."""
    y, s = _split(dataset, region_of, indicator, year), settings
    keep = y.keep(s)
    locked = s.lock_scale
    scale_max, ring_max = (
        _locked_max(dataset, region_of, indicator, s) if locked else y.max_exact(keep)
    )
    scale = WidthScale(s.width_scale)
    focused = selected is not None and s.focus is not FocusMode.ALL
    into, out_of = y.destination == selected, y.origin == selected
    focus = {FocusMode.INCOMING: into, FocusMode.OUTGOING: out_of}.get(s.focus, into | out_of)

    candidates = y.placed & keep
    exact = candidates & y.exact & (y.value > 0)  # a 0 is listed in tables, never drawn
    top = _top(y.order, exact, s.top_n)
    emphasised = np.zeros(len(y.value), dtype=bool)
    emphasised[_top(y.order, exact & focus, s.top_n) if focused else top] = True
    show = emphasised.copy()
    show[top] = True
    if s.show_suppressed:
        loose = candidates & ~y.exact
        if focused:
            loose &= focus
        else:  # both ends among the countries the drawn exact flows touch
            ends = np.zeros(len(y.places), dtype=bool)
            ends[y.o_code[top]] = ends[y.d_code[top]] = True
            loose &= ends[y.o_code] & ends[y.d_code]
        show |= loose
        emphasised |= loose
    rows = np.flatnonzero(show)
    size = np.nan_to_num(y.value[rows], nan=-np.inf)  # ascending, no-value first: big on top
    rows = rows[np.lexsort((y.destination[rows], y.origin[rows], size))]
    drawn = y.frame(rows, FLOW_COLUMNS)
    drawn["origin_region"] = pd.array(y.origin_region[rows], dtype="string")
    drawn["width"] = width_fraction(y.value[rows], scale_max, scale)
    drawn["emphasised"] = emphasised[rows]
    drawn["suppressed"] = ~y.exact[rows]

    # A ring is as significant as the smallest drawn flow, or the selected country's own;
    # with no flow drawn (an indicator of flows within countries: displaced people), every one.
    smallest = y.value[top].min() if len(top) else -np.inf
    significant = (np.nan_to_num(y.value, nan=-np.inf) >= smallest) | (y.destination == selected)
    rings = np.flatnonzero(y.ring & keep & (y.exact | s.show_suppressed) & significant)
    domestic = y.frame(rings, ["destination", *VALUES]).rename(columns={"destination": "iso3"})
    domestic["width"] = width_fraction(y.value[rings], ring_max, scale)
    domestic["suppressed"] = ~y.exact[rings]
    domestic["emphasised"] = (y.destination[rings] == selected) | (not focused)
    unplaced = y.frame(np.flatnonzero(y.unplaced), UNPLACED_COLUMNS)
    totals = _totals(y, candidates)
    return FlowView(
        indicator, int(year), drawn, domestic, unplaced, totals, scale_max, scale, ring_max
    )


def _totals(y: _Year, rows: np.ndarray) -> pd.DataFrame:
    """Incoming/outgoing sums per country ("at least" values when a ``<5`` is in)."""
    size = len(y.places)
    amount = np.where(rows, y.lower_sum, 0.0)
    loose = (rows & ~y.exact).astype("float64")
    used = np.bincount(y.d_code[rows], minlength=size) + np.bincount(y.o_code[rows], minlength=size)
    frame = pd.DataFrame(
        {
            "incoming": np.bincount(y.d_code, amount, size),
            "outgoing": np.bincount(y.o_code, amount, size),
            "incoming_exact": np.bincount(y.d_code, loose, size) == 0,
            "outgoing_exact": np.bincount(y.o_code, loose, size) == 0,
        },
        index=pd.Index(y.places, dtype="string", name="iso3"),
    )
    return frame[used > 0]
