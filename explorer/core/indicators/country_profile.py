"""The numbers behind the country detail panel: key figures, victim profile, flow tables.

Why Qt-free and apart from the widgets: the panel, the "copy as text" action and
the one-page PDF brief must say exactly the same sentences, and the rules about
``<5`` cells are easier to test on plain objects. The rules:

- A suppressed ``<5`` cell is never used as a number: changes, ranks, medians and
  shares are computed from exact figures only, and the sentences say when a
  ``<5`` figure prevented one.
- "Previous year" is the latest earlier year with a figure (gaps are skipped).
- Profile shares divide an exact bar by the year's exact Total figure; when the
  Total is missing, by the sum of the group's bars if all of them are exact.
- Flow shares divide an exact row by the sum of the table's exact rows: most
  flow tables hold some ``<5`` cell, so requiring an exact table total would
  leave almost every table without shares. ``FlowTable.share_note`` says which
  rows were left out, and the table total stays "at least N".
- Nothing here raises for a country without data: objects say "no data".
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

import pandas as pd

from explorer.core.data.breakdown import ADULTS, CHILDREN, FORM_DIMENSION, FORMS, SEXES, Breakdown
from explorer.core.data.categories import level_of
from explorer.core.data.dataset import Dataset
from explorer.core.data.figures import (
    AT_LEAST,
    NAN,
    Figure,
    figure_in,
    figure_of_row,
    share_of_exact,
)
from explorer.core.data.schema import DOMESTIC, SUPPRESSED, TOTAL, UNKNOWN
from explorer.core.data.values import format_number, sum_bounds
from explorer.core.flows.labels import origin_name, people_noun
from explorer.core.indicators.consistency import warnings_for


def sum_of(parts: int, short: bool = False) -> str:
    """ " (sum of 3 rows of the file)" for a figure the file gave in several rows, else "";
    ``short``: " (sum of 3 rows)", for bars and table cells."""
    if parts <= 1:
        return ""
    return f" (sum of {parts} rows)" if short else f" (sum of {parts} rows of the file)"


def _signed(x: float) -> str:
    return "0" if x == 0 else ("+" if x > 0 else "-") + format_number(abs(x))


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _percent(share: float) -> str:
    """A share (0..1) as a whole percentage; "<1%" rather than a misleading "0%"."""
    return "<1%" if 0 < share < 0.005 else f"{share * 100:.0f}%"


@dataclass(frozen=True)
class KeyFigures:
    """The selected year's figure, its change, its rank and its place in the region."""

    indicator: str
    year: int
    breakdown_label: str
    figure: Figure
    previous_year: int | None
    change: float | None
    change_pct: float | None
    rank: int | None
    ranked: int
    region: str
    region_median: float | None
    region_count: int
    previous: Figure = Figure()  # noqa: RUF009 (Figure is a frozen dataclass)
    parts: int = 1  # rows of the file summed into the figure
    warnings: tuple[str, ...] = ()  # contradictions of the file on this figure

    @property
    def position(self) -> str | None:
        """Against the region median: "above", "below", "at"; a ``<5`` compares by its bounds."""
        if self.region_median is None or not self.figure.has_data:
            return None
        m, f = self.region_median, self.figure
        if f.number is not None:
            return "above" if f.number > m else "below" if f.number < m else "at"
        if not math.isnan(f.upper) and f.upper < m:
            return "below"
        if not math.isnan(f.lower) and f.lower > m:
            return "above"
        return None

    def lines(self) -> list[str]:
        """The key figures as sentences, for the panel, the clipboard and the brief."""
        what = self.indicator
        if self.breakdown_label != "Total":
            what = f"{what}, {self.breakdown_label}"
        head = f"{what}, {self.year}: {self.figure.text}{sum_of(self.parts)}"
        if level_of(self.figure.flag) is not None or level_of(self.previous.flag) is not None:
            # Ordered categories (e.g. tiers): no arithmetic on ranks.
            earlier = (
                f"In {self.previous_year}: {self.previous.text}"
                if self.previous_year is not None
                else "No earlier year with a category"
            )
            return [head, earlier, "Categories are ordered levels, not quantities."]
        checks = [f"\u26a0 In the file: {w}" for w in self.warnings]
        return [head, *checks, self._change(), *self._ranks()]

    def _change(self) -> str:
        since = f"Change since {self.previous_year}"
        if self.previous_year is None:
            return "Change: no earlier year with a figure"
        if self.change is None:
            blocker = self.figure if self.figure.number is None else self.previous
            return f"{since}: not computable ({blocker.why_not})"
        if self.change_pct is None:
            return f"{since}: {_signed(self.change)} (no percentage: the earlier figure was 0)"
        return f"{since}: {_signed(self.change)} ({self.change_pct:+,.1f}%)"

    def _ranks(self) -> list[str]:
        countries = _plural(self.ranked, "country", "countries")
        if self.rank is not None:
            rank = f"Rank {self.rank} of {countries}"
        else:
            why = f"{self.figure.why_not} for {self.year}"
            rank = f"Not ranked: {why} (only exact figures are ranked; {countries} ranked)"
        if not self.region:
            return [rank, "Region unknown: no regional comparison"]
        if self.region_median is None:
            return [rank, f"{self.region} median: not computable (no exact {self.year} figures)"]
        median = format_number(self.region_median)
        head = (
            f"{self.region} median: {median} ({_plural(self.region_count, 'country', 'countries')})"
        )
        if self.position is None:
            return [rank, f"{head}; not compared ({self.figure.why_not} here)"]
        if self.figure.number is None:
            return [rank, f"{head}: {self.position} ({self.figure.why_not})"]
        return [rank, f"{head}: {self.position}"]


def exact_figures(values: pd.DataFrame) -> pd.DataFrame:
    """The rows of a value frame (index iso3) whose figure is exact: what is ranked."""
    inexact = values["flag"].isin([SUPPRESSED, AT_LEAST]).fillna(False).to_numpy(dtype=bool)
    return values.loc[values["value"].notna().to_numpy() & ~inexact]


def exact_rank(values: pd.DataFrame, iso3: str) -> tuple[int | None, int]:
    """(competition rank of ``iso3`` among the exact figures, or None; how many are ranked).

    One rule for the panel ("Rank 4 of 194 countries") and the status bar.
    """
    exact = exact_figures(values)
    if iso3 not in exact.index:
        return None, len(exact)
    own = float(exact.loc[iso3, "value"])
    return int((exact["value"].astype("float64") > own).sum()) + 1, len(exact)


def key_figures(
    dataset: Dataset,
    countries: pd.DataFrame,
    iso3: str,
    indicator: str,
    year: int,
    breakdown: Breakdown = Breakdown.TOTAL,
) -> KeyFigures:
    """Key figures of ``iso3``; ``countries`` (iso3, region) gives the region to compare with.

    Rank is competition ranking (ties share a rank) among every country with an
    exact figure that year; the region median is over the region's exact figures.
    """
    year = int(year)
    figure = figure_in(dataset, iso3, indicator, year, breakdown)
    series = dataset.series(iso3, indicator, breakdown)
    earlier = [
        (int(y), f)
        for y, f in zip(series.index, map(figure_of_row, series.to_dict("records")), strict=True)
        if int(y) < year and f.has_data
    ]
    previous_year, previous = max(earlier) if earlier else (None, Figure())
    change = change_pct = None
    if figure.number is not None and previous.number is not None:
        change = figure.number - previous.number
        change_pct = change / previous.number * 100 if previous.number != 0 else None

    values = dataset.values(indicator, year, breakdown)
    exact = exact_figures(values)
    exact_values = exact["value"].astype("float64")
    rank, _ = exact_rank(values, iso3)

    region_of = dict(zip(countries["iso3"], countries["region"], strict=True))
    region = region_of.get(iso3)
    region = "" if region is None or region is pd.NA else str(region)
    in_region = [c for c in exact.index if region and region_of.get(c) == region]
    median = float(exact_values.loc[in_region].median()) if in_region else None
    head = (indicator, year, breakdown.label, figure, previous_year, change, change_pct)
    parts = dataset.parts_of(iso3, indicator, year, breakdown)
    warnings = tuple(warnings_for(dataset, iso3, indicator, year))
    return KeyFigures(
        *head, rank, len(exact), region, median, len(in_region), previous, parts, warnings
    )


@dataclass(frozen=True)
class ProfileBar:
    label: str
    figure: Figure
    share: float | None
    parts: int = 1


@dataclass(frozen=True)
class VictimProfile:
    """Who the detected victims of one country and year are; empty groups are ``()``."""

    year: int
    by_sex: tuple[ProfileBar, ...]
    by_age: tuple[ProfileBar, ...]
    by_form: tuple[ProfileBar, ...]
    children_share: float | None
    children_text: str

    @property
    def empty(self) -> bool:
        return not (self.by_sex or self.by_age or self.by_form)


def _bars(
    figure_of: Callable[[Breakdown], Figure],
    present: list[Breakdown],
    required: list[Breakdown],
    total: Figure,
    parts_of: Callable[[Breakdown], int] = lambda _b: 1,
) -> tuple[ProfileBar, ...]:
    """The group's bars: the required ones always, others when present; () without data."""
    group = required[0].group
    # Forms split by sex or age ("Sexual exploitation (Girls)") are not bars of this chart.
    extra = [
        b
        for b in present
        if b.group == group
        and b not in required
        and (group != "Form of exploitation" or b.sex == b.age == TOTAL)
    ]
    figures = [(b, figure_of(b)) for b in required + extra]
    if not any(f.has_data for _, f in figures):
        return ()
    figures = [(b, f) for b, f in figures if b in required or f.has_data]
    denominator = total.number
    if not total.has_data and all(f.number is not None for _, f in figures if f.has_data):
        denominator = sum(f.number or 0.0 for _, f in figures)
    return tuple(
        ProfileBar(b.label, f, share_of_exact(f, denominator), parts_of(b)) for b, f in figures
    )


def _people(indicator: str) -> str:
    noun = people_noun(indicator)
    return "detected victims" if noun == "victims" else noun


def victim_profile(
    dataset: Dataset, iso3: str, year: int, indicator: str = "Detected trafficking victims"
) -> VictimProfile:
    """By sex, age and form of exploitation, with the children's share made explicit."""
    year = int(year)

    def figure_of(b: Breakdown) -> Figure:
        return figure_in(dataset, iso3, indicator, year, b)

    total, present = figure_of(Breakdown.TOTAL), dataset.breakdowns(indicator)

    def parts_of(b: Breakdown) -> int:
        return dataset.parts_of(iso3, indicator, year, b)

    by_sex, by_age, by_form = (
        _bars(figure_of, present, required, total, parts_of)
        for required in (
            [Breakdown(sex=s) for s in SEXES[:2]],
            [Breakdown(age=CHILDREN), Breakdown(age=ADULTS)],
            [Breakdown(FORM_DIMENSION, f) for f in FORMS],
        )
    )

    share = None
    if not by_age:
        text = f"No figures by age for {year}"
    else:
        children, adults = by_age[0].figure, by_age[1].figure
        c, a = children.number, adults.number
        if c is None:
            text = f"Children: {children.text}"
            if children.has_data:
                text += f" (no share computed from {children.why_not})"
        elif a is None:
            text = f"Children: {children.text} (share not computable: adults {adults.text})"
        elif c + a == 0:
            text = f"Children: 0 (no {_people(indicator)} of known age)"
        else:
            share = c / (c + a)
            known = " of known age" if any(b.figure.has_data for b in by_age[2:]) else ""
            text = (
                f"Children: {_percent(share)} of {_people(indicator)}{known} "
                f"({format_number(c)} of {format_number(c + a)})"
            )
    return VictimProfile(year, by_sex, by_age, by_form, share, text)


@dataclass(frozen=True)
class FlowRow:
    code: str
    name: str
    figure: Figure
    share: float | None
    parts: int = 1


@dataclass(frozen=True)
class FlowTable:
    """One country's origins (or destinations) in a year, largest first.

    ``share`` of a row is over the sum of the table's exact rows (see module
    docstring); ``share_note`` says so when some ``<5`` rows were left out.
    """

    rows: tuple[FlowRow, ...]
    total: Figure
    domestic_share: float | None
    unknown_share: float | None
    share_note: str = ""


def flow_table(
    dataset: Dataset,
    names: Mapping[str, str],
    iso3: str,
    year: int,
    indicator: str,
    direction: Literal["origins", "destinations"],
) -> FlowTable:
    """Where victims detected in ``iso3`` come from, or where victims from ``iso3`` were found.

    Domestic share is the share of the row for the country itself (or
    ``DOMESTIC``), unknown share that of ``UNKNOWN``; None when that row is absent
    or not exact (an absent row is not claimed to be 0).
    """
    query = dataset.top_origins if direction == "origins" else dataset.top_destinations
    frame = query(iso3, int(year), indicator, n=None)
    if frame.empty:
        return FlowTable((), Figure(), None, None)
    figures = [figure_of_row(row) for _, row in frame.iterrows()]
    exact_sum = sum(f.number for f in figures if f.number is not None)
    left_out = sum(1 for f in figures if f.number is None and f.has_data)
    rows = tuple(
        FlowRow(
            str(code),
            origin_name(str(code), iso3, names),
            f,
            share_of_exact(f, exact_sum),
            int(parts),
        )
        for code, f, parts in zip(frame["code"], figures, frame["parts"], strict=True)
    )
    low, high, exact = sum_bounds(frame)
    total = Figure(low) if exact else Figure(low, low, NAN if high is None else high, AT_LEAST)
    note = ""
    if left_out and not exact_sum:
        note = "No shares: no row has an exact figure"
    elif left_out:
        note = (
            f"Shares are of the {format_number(exact_sum)} {people_noun(indicator)} counted "
            f"exactly; {_plural(left_out, 'row', 'rows')} without an exact figure (<5) left out"
        )

    def share_of(codes: set[str]) -> float | None:
        found = [r.share for r in rows if r.code in codes]
        return None if not found or None in found else sum(f or 0.0 for f in found)

    return FlowTable(rows, total, share_of({DOMESTIC, iso3}), share_of({UNKNOWN}), note)


def empty_message(dataset: Dataset, iso3: str, name: str, indicator: str) -> str | None:
    """The empty-state sentence, or None when ``iso3`` has figures for ``indicator``."""
    if iso3 in dataset.countries_with_data(indicator):
        return None
    noun = people_noun(indicator)
    what = {
        "victims": "detected-victim",
        "smuggled migrants": "smuggled-migrant",
        "persons convicted": "persons-convicted",
    }.get(noun, f'"{indicator}"')
    return f"No {what} figures for {name or iso3} in this dataset"
