"""Flows between places on the map: the summed flows, their anchors, the pairs behind them.

Why apart from the flows overlay: the overlay keeps the drawn flows in step
with the state; this knows how countries become places (subregions, regions),
where a place's flows start and end, and which country pairs a place flow sums.
Anchors are computed once, on first use (a launch on country flows pays nothing).
"""

from __future__ import annotations

import pandas as pd

from explorer.core.data.dataset import Dataset
from explorer.core.flows.settings import Between
from explorer.core.places.book import PlaceBook


class PlaceEnds:
    """Flows between places: the summed flows, the anchors on the map, the pairs behind them."""

    def __init__(self, book: PlaceBook, crs: str) -> None:
        self.book, self.crs = book, crs
        self._lonlat: dict[str, tuple[float, float]] | None = None
        self._projected: dict[str, tuple[float, float]] | None = None

    def flows(self, dataset: Dataset, between: Between) -> Dataset:
        if between is Between.COUNTRIES:
            return dataset
        from explorer.core.places.between import place_flows

        return place_flows(dataset, self.book, between).dataset

    def anchors_lonlat(self) -> dict[str, tuple[float, float]]:
        if self._lonlat is None:
            from explorer.core.geo.countries import load_countries
            from explorer.core.places.anchors import place_anchors

            self._lonlat = place_anchors(self.book, load_countries())
        return self._lonlat

    def anchors_projected(self) -> dict[str, tuple[float, float]]:
        if self._projected is None:
            from explorer.core.places.anchors import project_anchors

            self._projected = project_anchors(self.anchors_lonlat(), self.crs)
        return self._projected

    def regions(self) -> dict[str, str | None]:
        from explorer.core.places.between import place_region

        return {p.code: place_region(self.book, p.code) for p in self.book.places()}

    def place_of(self, iso3: str | None, between: Between) -> str | None:
        """The place of the selected country at this level (its flows get the focus)."""
        if iso3 is None:
            return None
        place = (
            self.book.country_region(iso3)
            if between is Between.REGIONS
            else self.book.country_subregion(iso3) or self.book.country_region(iso3)
        )
        return place.code if place is not None else None

    def pairs_behind(
        self,
        dataset: Dataset,
        between: Between,
        pair: tuple[str, str],
        year: int,
        indicator: str,
    ) -> pd.DataFrame:
        """The country pairs a place flow sums, largest first (a flow's tooltip lists them)."""
        from explorer.core.places.between import place_flows

        return place_flows(dataset, self.book, between).rows_behind(*pair, year, indicator)
