"""One loaded dataset (its tables and provenance) and the queries the UI asks of it.

Why: the map asks for "indicator X, year Y, breakdown Z" on every slider
move, the panel for one country's series and flows. Answering from indexes
built once (one group-by per table, then a cached slice per key) keeps each
call far under a frame's time, whatever the table size, and puts every rule
about duplicates, ordering and ``<5`` cells in one place.

Duplicates rule: when a source has several rows for the same key
(iso3, year, indicator, dimension, category, sex, age) for observations, or
(origin, destination, year, indicator) for flows, queries use the LAST one in
table order (a later correction wins). The stored frames keep every row, and
``duplicate_observations`` / ``duplicate_flows`` count the rows set aside.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from explorer.core.data.breakdown import Breakdown, sort_breakdowns
from explorer.core.data.dataset_queries import (
    BREAKDOWN_COLUMNS,
    FLOW_KEY,
    OBSERVATION_KEY,
    VALUE_COLUMNS,
    breakdown_fields,
    empty_values,
    flow_arrays,
    last_of_duplicates,
    observation_arrays,
    pair_series,
    partners_at,
    ranked_partners,
)
from explorer.core.data.provenance import Provenance
from explorer.core.data.schema import (
    ACTIVITY_DTYPES,
    FLOW_DTYPES,
    OBSERVATION_DTYPES,
    TOTAL,
    conform,
    empty_frame,
)

SERIES_KEPT = 64


class Dataset:
    """Observations, flows and activities of one source, with cached queries.

    The frames are conformed to the schema on construction; missing breakdown
    fields (dimension, category, sex, age) read as "Total", because a file
    without a sex column reports totals. Treat the frames as read-only: query
    results are cached.
    """

    def __init__(
        self,
        name: str,
        provenance: Provenance | None = None,
        observations: pd.DataFrame | None = None,
        flows: pd.DataFrame | None = None,
        activities: pd.DataFrame | None = None,
    ) -> None:
        self.name = name
        self.provenance = provenance if provenance is not None else Provenance()
        obs = conform(
            observations if observations is not None else empty_frame(OBSERVATION_DTYPES),
            OBSERVATION_DTYPES,
        )
        for column in BREAKDOWN_COLUMNS:
            obs[column] = obs[column].fillna(TOTAL)
        self.observations = obs
        self.flows = conform(flows if flows is not None else empty_frame(FLOW_DTYPES), FLOW_DTYPES)
        self.activities = conform(
            activities if activities is not None else empty_frame(ACTIVITY_DTYPES), ACTIVITY_DTYPES
        )

        self._obs, self.duplicate_observations = last_of_duplicates(obs, OBSERVATION_KEY)
        self._flows, self.duplicate_flows = last_of_duplicates(self.flows, FLOW_KEY)
        # One group-by per table; every query below starts from these positions.
        self._obs_groups: dict[tuple, np.ndarray] = (
            self._obs.groupby(["indicator", *BREAKDOWN_COLUMNS], sort=False).indices
            if len(self._obs)
            else {}
        )
        self._flow_groups: dict[tuple, np.ndarray] = (
            self._flows.groupby(["indicator", "year"], sort=False).indices
            if len(self._flows)
            else {}
        )
        self._cubes: dict[tuple[str, Breakdown], tuple[pd.DataFrame, np.ndarray]] = {}
        self._values: dict[tuple[str, int, Breakdown], pd.DataFrame] = {}
        #: Recent ``series`` per (iso3, indicator, breakdown): the country panel asks for the
        #: same one three times per refresh, and a year change does not change it. Bounded
        #: (``SERIES_KEPT``): a brief of every country must not keep every country's frames.
        self._series: dict[tuple[str, str, Breakdown], pd.DataFrame] = {}
        self._years: dict[str | None, list[int]] = {}
        self._countries: dict[str, frozenset[str]] = {}
        self._arrays: dict[str, np.ndarray] | None = None
        self._flow_arrays: dict[str, np.ndarray] | None = None

    def __repr__(self) -> str:
        return (
            f"Dataset({self.name!r}, {len(self.observations)} observations, "
            f"{len(self.flows)} flows, {len(self.activities)} activities)"
        )

    @property
    def is_synthetic(self) -> bool:
        """True for generated demonstration data (the UI labels it everywhere)."""
        return self.provenance.synthetic

    @property
    def observation_figures(self) -> pd.DataFrame:
        """One row per observation key (the last of duplicates): what every query answers from."""
        return self._obs

    @property
    def flow_figures(self) -> pd.DataFrame:
        """One row per flow key (the last of duplicates): what every flow query answers from."""
        return self._flows

    # -- what is there -----------------------------------------------------

    def indicators(self) -> list[str]:
        """Indicators with observations, in order of first appearance."""
        return list(dict.fromkeys(key[0] for key in self._obs_groups))

    def flow_indicators(self) -> list[str]:
        """Indicators with flows, in order of first appearance."""
        return list(dict.fromkeys(key[0] for key in self._flow_groups))

    def years(self, indicator: str | None = None) -> list[int]:
        """Sorted years with observations or flows (of ``indicator``, or of any)."""
        if indicator not in self._years:
            if indicator is None:
                obs_years = self._obs["year"].dropna().astype(int)
                flow_years = self._flows["year"].dropna().astype(int)
                found = set(obs_years) | set(flow_years)
            else:
                arrays = self._observation_arrays()
                groups = [p for k, p in self._obs_groups.items() if k[0] == indicator]
                years = arrays["year"][np.concatenate(groups)] if groups else np.zeros(0)
                found = {int(y) for y in np.unique(years[~np.isnan(years)])}
                found |= {int(k[1]) for k in self._flow_groups if k[0] == indicator}
            self._years[indicator] = sorted(found)
        return list(self._years[indicator])

    def breakdowns(self, indicator: str) -> list[Breakdown]:
        """Map breakdowns present for ``indicator``: Total first (see ``Breakdown.sort_key``).

        Citizenship/repatriation keys are flows, so they are not listed.
        """
        found = {Breakdown(*key[1:]) for key in self._obs_groups if key[0] == indicator}
        return sort_breakdowns([b for b in found if not b.is_flow])

    def countries_with_data(self, indicator: str) -> set[str]:
        """Countries with at least one figure (suppressed included) for ``indicator``."""
        if indicator not in self._countries:
            mask = self._obs["indicator"] == indicator
            self._countries[indicator] = frozenset(self._obs.loc[mask, "iso3"])
        return set(self._countries[indicator])

    # -- map and panel queries ----------------------------------------------

    def _cube(self, indicator: str, breakdown: Breakdown) -> tuple[pd.DataFrame, np.ndarray]:
        """All years of one (indicator, breakdown), sorted by year then iso3; plus the years."""
        key = (indicator, breakdown)
        if key not in self._cubes:
            positions = self._obs_groups.get((indicator, *breakdown_fields(breakdown)))
            if positions is None:
                cube = self._obs.iloc[0:0]
            else:
                cube = self._obs.iloc[positions].sort_values(["year", "iso3"], kind="stable")
            cube = cube[["year", "iso3", *VALUE_COLUMNS, "parts"]].reset_index(drop=True)
            self._cubes[key] = (cube, cube["year"].to_numpy(dtype="int64"))
        return self._cubes[key]

    def cells(
        self, indicator: str, breakdown: Breakdown = Breakdown.TOTAL
    ) -> dict[str, np.ndarray]:
        """One (indicator, breakdown) as plain arrays: iso3, year, value, lower, upper, flag.

        Why arrays: place summaries turn every breakdown of an indicator into a
        country x year grid; fancy indexing the arrays of all observations,
        made once, is ~100x cheaper than slicing the frame per breakdown.
        Unsorted; after the duplicates rule; empty arrays when there is none.
        """
        arrays = self._observation_arrays()
        positions = self._obs_groups.get((indicator, *breakdown_fields(breakdown)))
        if positions is None:
            positions = np.zeros(0, dtype=np.int64)
        return {name: column[positions] for name, column in arrays.items()}

    def breakdown_cells(self, indicator: str) -> tuple[dict[str, np.ndarray], dict]:
        """Every breakdown of ``indicator`` at once: the arrays of ``cells`` over all of
        them, and each breakdown's slice of those arrays (``{Breakdown: slice}``)."""
        groups = [(Breakdown(*k[1:]), p) for k, p in self._obs_groups.items() if k[0] == indicator]
        if not groups:
            return self.cells(indicator), {}
        positions = np.concatenate([p for _, p in groups])
        bounds = np.cumsum([0] + [len(p) for _, p in groups])
        slices = {b: slice(int(bounds[i]), int(bounds[i + 1])) for i, (b, _) in enumerate(groups)}
        arrays = self._observation_arrays()
        return {name: column[positions] for name, column in arrays.items()}, slices

    def _observation_arrays(self) -> dict[str, np.ndarray]:
        if self._arrays is None:
            self._arrays = observation_arrays(self._obs)
        return self._arrays

    def panel(self, indicator: str, breakdown: Breakdown = Breakdown.TOTAL) -> pd.DataFrame:
        """Every year of one (indicator, breakdown): columns year, iso3, value, lower, upper, flag.

        Sorted by year then iso3, after the duplicates rule; read-only (cached).
        """
        return self._cube(indicator, breakdown)[0]

    def values(
        self, indicator: str, year: int, breakdown: Breakdown = Breakdown.TOTAL
    ) -> pd.DataFrame:
        """One row per country with a figure: index iso3, columns value/lower/upper/flag."""
        return self._values_kept(indicator, year, breakdown).copy()

    def value_row(
        self, iso3: str, indicator: str, year: int, breakdown: Breakdown = Breakdown.TOTAL
    ) -> pd.Series | None:
        """``iso3``'s row of ``values`` (value/lower/upper/flag), None without one; no copy of
        the whole frame (the country panel reads nine figures per refresh)."""
        frame = self._values_kept(indicator, year, breakdown)
        return frame.loc[iso3] if iso3 in frame.index else None

    def _values_kept(self, indicator: str, year: int, breakdown: Breakdown) -> pd.DataFrame:
        key = (indicator, int(year), breakdown)
        if key not in self._values:
            cube, years = self._cube(indicator, breakdown)
            start, stop = np.searchsorted(years, [int(year), int(year) + 1])
            if start == stop:
                frame = empty_values("iso3", OBSERVATION_DTYPES["iso3"])
            else:
                frame = cube.iloc[start:stop].set_index("iso3")[VALUE_COLUMNS]
            self._values[key] = frame
        return self._values[key]

    def parts_of(
        self, iso3: str, indicator: str, year: int, breakdown: Breakdown = Breakdown.TOTAL
    ) -> int:
        """How many rows of the source file were summed into this figure (1 for one row)."""
        cube, years = self._cube(indicator, breakdown)
        start, stop = np.searchsorted(years, [int(year), int(year) + 1])
        found = self._rows_of(cube, iso3, start, stop)
        part = cube["parts"].iloc[found[0]] if len(found) else None
        return 1 if part is None or pd.isna(part) else int(part)

    def series(
        self, iso3: str, indicator: str, breakdown: Breakdown = Breakdown.TOTAL
    ) -> pd.DataFrame:
        """One country's figures over time: index year (int), columns value/lower/upper/flag.

        Missing years are absent rows (gaps stay gaps; nothing is interpolated).
        """
        key = (iso3, indicator, breakdown)
        if key not in self._series:
            cube, years = self._cube(indicator, breakdown)
            found = self._rows_of(cube, iso3, 0, len(cube))
            frame = cube.iloc[found, [cube.columns.get_loc(c) for c in VALUE_COLUMNS]]
            if len(self._series) >= SERIES_KEPT:
                del self._series[next(iter(self._series))]  # the oldest
            self._series[key] = frame.set_index(pd.Index(years[found], name="year"))
        return self._series[key].copy()

    @staticmethod
    def _rows_of(cube: pd.DataFrame, iso3: str, start: int, stop: int) -> np.ndarray:
        """Positions of ``iso3``'s rows among ``cube``'s rows ``start:stop``, read on the
        column's array (the country panel asks on every year change; no frame is built)."""
        hit = cube["iso3"].array[start:stop] == iso3
        if isinstance(hit, pd.api.extensions.ExtensionArray):  # a string column: NA is no match
            hit = hit.to_numpy(dtype=bool, na_value=False)
        return start + np.flatnonzero(hit)

    def flows_for(self, year: int, indicator: str) -> pd.DataFrame:
        """All flows of one indicator and year (after the duplicates rule)."""
        positions = self._flow_groups.get((indicator, int(year)))
        if positions is None:
            return self._flows.iloc[0:0].copy()
        return self._flows.iloc[positions].reset_index(drop=True)

    def flow_cells(self, indicator: str) -> dict[str, np.ndarray]:
        """Every year's flows of one indicator as arrays (origin, destination, year, value,
        lower, upper, flag), after the duplicates rule, in table order (see ``cells``)."""
        if self._flow_arrays is None:
            self._flow_arrays = flow_arrays(self._flows)
        groups = [p for k, p in self._flow_groups.items() if k[0] == indicator]
        positions = np.sort(np.concatenate(groups)) if groups else np.zeros(0, dtype=np.int64)
        return {name: column[positions] for name, column in self._flow_arrays.items()}

    def flow_series(self, origin: str, destination: str, indicator: str) -> pd.DataFrame:
        """One origin-destination pair across years: index year, value columns."""
        return pair_series(self._flows, origin, destination, indicator)

    def top_origins(self, iso3: str, year: int, indicator: str, n: int | None = 5) -> pd.DataFrame:
        """Largest origins of flows into ``iso3``: columns code, label, value, lower, upper, flag,
        parts (rows of the file summed into the flow).

        Nothing is filtered out: the country itself (domestic), ``UNKNOWN`` and
        ``REGION:`` origins appear with their codes; ``label`` is the source
        text. Order: see ``dataset_queries.rank_by_size``. ``n=None`` returns all.
        """
        return self._partners(year, indicator, "destination", "origin", iso3, "origin_label", n)

    def top_destinations(
        self, iso3: str, year: int, indicator: str, n: int | None = 5
    ) -> pd.DataFrame:
        """Largest destinations of flows out of ``iso3``; same columns and order as top_origins.

        ``label`` repeats the destination code (sources only label origins).
        """
        return self._partners(year, indicator, "origin", "destination", iso3, None, n)

    def _partners(
        self,
        year: int,
        indicator: str,
        mine: str,
        theirs: str,
        iso3: str,
        labels: str | None,
        n: int | None,
    ) -> pd.DataFrame:
        """``ranked_partners`` of one year's flows, read from the cached arrays."""
        positions = self._flow_groups.get((indicator, int(year)))
        if positions is None:
            return ranked_partners(self.flows_for(year, indicator), mine, theirs, iso3, labels, n)
        if self._flow_arrays is None:
            self._flow_arrays = flow_arrays(self._flows)
        arrays = self._flow_arrays
        return partners_at(self._flows, arrays, positions, mine, theirs, iso3, labels, n)

    def activities_for(self, iso3: str) -> pd.DataFrame:
        """Activities delivered in ``iso3``, newest start first (undated last)."""
        rows = self.activities[self.activities["iso3"] == iso3]
        rows = rows.sort_values(
            ["start", "reference"], ascending=[False, True], na_position="last", kind="stable"
        )
        return rows.reset_index(drop=True)
