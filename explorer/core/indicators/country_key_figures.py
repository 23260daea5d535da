"""A country's key figures: the year's figure, its change, its rank, its place in the region.

Why apart from the rest of the profile: these are the only sentences that compare
the country with its own past and with other countries, so they carry the
comparison rules (see ``country_profile`` for the rules every part shares):

- "Previous year" is the latest earlier year with a figure (gaps are skipped).
- Ranks and region medians count exact figures only; ``exact_rank`` is also the
  status bar's rule, so the two never disagree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from explorer.core.data.breakdown import Breakdown
from explorer.core.data.categories import level_of
from explorer.core.data.dataset import Dataset
from explorer.core.data.figures import AT_LEAST, Figure, figure_in, figure_of_row
from explorer.core.data.local_numbers import (
    signed_number_text,
    signed_percent_text,
    year_text,
)
from explorer.core.data.schema import SUPPRESSED
from explorer.core.data.values import format_number
from explorer.core.indicators.consistency import Contradiction, contradictions_for
from explorer.core.indicators.country_profile import sum_of
from explorer.core.indicators.shown_names import breakdown_name, indicator_name
from explorer.core.names.display_names import region_name
from explorer.core.texts import QT_TRANSLATE_NOOP, Words, fill, words


def _signed(x: float, lang: str | None) -> str:
    """A change in the figure with its sign ("+1,234"), as the place panel writes it."""
    return signed_number_text(x, lang)


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
    warnings: tuple[Contradiction, ...] = ()  # contradictions of the file on this figure

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

    def lines(self, lang: str | None = None) -> list[str]:
        """The key figures as sentences, for the panel, the clipboard and the brief;
        words, numbers and the region's name as ``lang`` writes them."""
        w = words(lang)
        what = indicator_name(self.indicator, lang)
        if self.breakdown_label != "Total":
            what = w.say(
                QT_TRANSLATE_NOOP("KeyFigures", "{indicator}, {breakdown}"),
                indicator=what,
                breakdown=breakdown_name(self.breakdown_label, lang),
            )
        head = w.say(
            QT_TRANSLATE_NOOP("KeyFigures", "{indicator}, {year}: {figure}"),
            indicator=what,
            year=self.year,
            figure=self.figure.text_in(lang) + sum_of(self.parts, lang=lang),
        )
        if level_of(self.figure.flag) is not None or level_of(self.previous.flag) is not None:
            # Ordered categories (e.g. tiers): no arithmetic on ranks.
            earlier = (
                w.say(
                    QT_TRANSLATE_NOOP("KeyFigures", "In {year}: {figure}"),
                    year=self.previous_year,
                    figure=self.previous.text_in(lang),
                )
                if self.previous_year is not None
                else w.say(QT_TRANSLATE_NOOP("KeyFigures", "No earlier year with a category"))
            )
            ordered = QT_TRANSLATE_NOOP(
                "KeyFigures", "Categories are ordered levels, not quantities."
            )
            return [head, earlier, w.say(ordered)]
        in_file = QT_TRANSLATE_NOOP("KeyFigures", "⚠ In the file: {warning}")
        checks = [w.say(in_file, warning=c.text(lang)) for c in self.warnings]
        return [head, *checks, self._change(w), *self._ranks(w)]

    def _change(self, w: Words) -> str:
        lang = w.lang
        if self.previous_year is None:
            return w.say(QT_TRANSLATE_NOOP("KeyFigures", "Change: no earlier year with a figure"))
        if self.change is None:
            blocker = self.figure if self.figure.number is None else self.previous
            return w.say(
                QT_TRANSLATE_NOOP("KeyFigures", "Change since {year}: not computable ({reason})"),
                year=self.previous_year,
                reason=blocker.why_not_in(lang),
            )
        if self.change_pct is None:
            return w.say(
                QT_TRANSLATE_NOOP(
                    "KeyFigures",
                    "Change since {year}: {change} (no percentage: the earlier figure was 0)",
                ),
                year=self.previous_year,
                change=_signed(self.change, lang),
            )
        pct = signed_percent_text(self.change_pct / 100, lang)
        return w.say(
            QT_TRANSLATE_NOOP("KeyFigures", "Change since {year}: {change} ({percent})"),
            year=self.previous_year,
            change=_signed(self.change, lang),
            percent=pct,
        )

    def _ranks(self, w: Words) -> list[str]:
        lang = w.lang
        if self.rank is not None:
            rank = w.translate("KeyFigures", "Rank {rank} of %n countries", None, self.ranked)
            rank = fill(rank, {"rank": format_number(self.rank, lang)})
        else:
            rank = w.translate(
                "KeyFigures",
                "Not ranked: {reason} for {year} (only exact figures are ranked; "
                "%n countries ranked)",
                None,
                self.ranked,
            )
            rank = fill(
                rank, {"reason": self.figure.why_not_in(lang), "year": year_text(self.year, lang)}
            )
        if not self.region:
            return [
                rank,
                w.say(QT_TRANSLATE_NOOP("KeyFigures", "Region unknown: no regional comparison")),
            ]
        region = region_name(self.region, lang)
        if self.region_median is None:
            return [
                rank,
                w.say(
                    QT_TRANSLATE_NOOP(
                        "KeyFigures", "{region} median: not computable (no exact {year} figures)"
                    ),
                    region=region,
                    year=self.year,
                ),
            ]
        values = {
            "region": region,
            "median": format_number(self.region_median, lang),
            "reason": self.figure.why_not_in(lang),
            "position": w.say(POSITIONS[self.position]) if self.position else "",
        }
        n = self.region_count
        if self.position is None:
            median = w.translate(
                "KeyFigures",
                "{region} median: {median} (%n countries); not compared ({reason} here)",
                None,
                n,
            )
        elif self.figure.number is None:
            median = w.translate(
                "KeyFigures",
                "{region} median: {median} (%n countries): {position} ({reason})",
                None,
                n,
            )
        else:
            median = w.translate(
                "KeyFigures", "{region} median: {median} (%n countries): {position}", None, n
            )
        return [rank, fill(median, values)]


#: A figure against its region's median (``KeyFigures.position``), in words.
POSITIONS = {
    "above": QT_TRANSLATE_NOOP("KeyFigures", "above"),
    "below": QT_TRANSLATE_NOOP("KeyFigures", "below"),
    "at": QT_TRANSLATE_NOOP("KeyFigures", "at"),
}


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
    warnings = tuple(contradictions_for(dataset, iso3, indicator, year))
    return KeyFigures(
        *head, rank, len(exact), region, median, len(in_region), previous, parts, warnings
    )
