"""Which flows a map shows, for a dataset and its flow settings: Qt-free.

Why apart from the screen's flows layer: the window, the headless export and
the briefs must draw the same flows for the same indicator, year and
selection, and the data exports (HTML, CSV, XLSX, GeoPackage) need the same
flows without Qt. This knows the countries' flow ends (label points, regions),
the places' ends when flows are summed between subregions or regions, and
builds the :class:`FlowView` of a moment; drawing it is ``render``'s work.
"""

from __future__ import annotations

import copy
from dataclasses import astuple

import geopandas as gpd
import numpy as np
from pyproj import Transformer

from explorer.core.data.dataset import Dataset
from explorer.core.flows.selection import FlowView, build_flow_view
from explorer.core.flows.settings import Between, FlowSettings, resolve_flow_indicator
from explorer.core.places.book import PlaceBook, is_place_code
from explorer.core.places.ends import PlaceEnds

Point = tuple[float, float]


class MapFlows:
    """The flows of one dataset as the map draws them, under its flow settings."""

    def __init__(
        self,
        dataset: Dataset,
        settings: FlowSettings,
        countries: gpd.GeoDataFrame,
        crs: str,
        book: PlaceBook | None = None,
        lang: str | None = None,
    ) -> None:
        """``countries`` projected into ``crs`` (``project_countries``), with label points;
        ``lang`` (else the book's) names regions and writes numbers in the legend."""
        self.dataset, self.settings, self.crs = dataset, settings, crs
        self.names = dict(zip(countries["iso3"], countries["name"], strict=True))
        self.region_of = dict(zip(countries["iso3"], countries["region"], strict=True))
        xy = np.array([(p.x, p.y) for p in countries["label_point"]])
        self.label_projected: dict[str, Point] = dict(
            zip(countries["iso3"], map(tuple, xy), strict=True)
        )
        lon, lat = Transformer.from_crs(crs, "EPSG:4326", always_xy=True).transform(*xy.T)
        self.label_lonlat: dict[str, Point] = dict(
            zip(countries["iso3"], zip(lon, lat, strict=True), strict=True)
        )
        book = book if book is not None else PlaceBook(countries, lang=lang)
        self.lang = lang or book.lang
        self.places = PlaceEnds(book, crs)

    def for_dataset(self, dataset: Dataset) -> MapFlows:
        """The same map's flows of another dataset (countries and places' ends are kept)."""
        other = copy.copy(self)
        other.dataset = dataset
        return other

    @property
    def between(self) -> Between:
        return Between(self.settings.between)

    def indicator(self, shown_indicator: str | None) -> str | None:
        """The flow indicator drawn while the map shows ``shown_indicator`` (None: no flows)."""
        return resolve_flow_indicator(self.dataset, self.settings, shown_indicator)

    def key(self, shown_indicator: str | None, year: int, selected: str | None) -> tuple:
        """What a view depends on: equal keys, equal views (callers memoise by it)."""
        return (self.indicator(shown_indicator), year, selected, astuple(self.settings))

    def flow_dataset(self, pair: tuple[str, str] | None = None) -> Dataset:
        """The flows drawn: the dataset's own, or summed between subregions or regions.

        For ``pair``, the flows that hold it: a country pair (picked in the panel's
        tables) is in the dataset's own flows whatever the layer draws.
        """
        if pair is not None and not any(is_place_code(code) for code in pair):
            return self.dataset
        return self.places.flows(self.dataset, self.between)

    def flow_names(self) -> dict[str, str]:
        """Names of every flow end: countries, and places when flows join places."""
        if self.between is Between.COUNTRIES:
            return self.names
        return {**self.names, **self.places.book.names()}

    def flow_ends(self) -> dict[str, Point]:
        """(lon, lat) of the place ends of the drawn flows (exports draw them there)."""
        return {} if self.between is Between.COUNTRIES else self.places.anchors_lonlat()

    def ends(self) -> tuple[dict[str, str | None], dict[str, Point], dict[str, Point]]:
        """(region, lon/lat, projected point) of every flow end at the current level."""
        region_of, lonlat, projected = self.region_of, self.label_lonlat, self.label_projected
        if self.between is not Between.COUNTRIES:
            region_of = {**region_of, **self.places.regions()}
            lonlat = {**lonlat, **self.places.anchors_lonlat()}
            projected = {**projected, **self.places.anchors_projected()}
        return region_of, lonlat, projected

    def view(self, shown_indicator: str | None, year: int, selected: str | None) -> FlowView | None:
        """The flows to draw at ``year`` around ``selected``; None when no flows are shown."""
        indicator = self.indicator(shown_indicator)
        if not self.settings.visible or indicator is None:
            return None
        region_of, _, _ = self.ends()
        if self.between is not Between.COUNTRIES:
            selected = self.places.place_of(selected, self.between)
        return build_flow_view(
            self.flow_dataset(), region_of, indicator, year, self.settings, selected
        )

    def partners(
        self,
        iso3: str,
        view: FlowView | None,
        year: int,
        shown_indicator: str | None,
        most: int = 8,
    ) -> list[str]:
        """The other countries of ``iso3``'s drawn flows (else its largest exact flows).

        The country map of the panel and the brief frame these with the country, so
        the reader sees where victims came from and went to.
        """
        found: list[str] = []
        if view is not None and self.between is Between.COUNTRIES:
            drawn = view.drawn
            mine = drawn[(drawn["origin"] == iso3) | (drawn["destination"] == iso3)]
            mine = mine.sort_values("value", ascending=False, na_position="last")
            ends = [*mine["origin"], *mine["destination"]]
            found = [str(c) for c in dict.fromkeys(ends) if c != iso3]
        indicator = self.indicator(shown_indicator)
        if not found and indicator is not None:
            for table in (
                self.dataset.top_origins(iso3, year, indicator, n=most),
                self.dataset.top_destinations(iso3, year, indicator, n=most),
            ):
                exact = table[table["value"] > 0]  # a flow of 0 joins nothing
                found += [str(c) for c in exact["code"] if c != iso3]
        return [c for c in dict.fromkeys(found) if c in self.label_projected][:most]

    def unplaced_lines(self, iso3: str, view: FlowView | None) -> list[str]:
        """e.g. "+120 of unknown origin" for flows into ``iso3`` that have no curve.

        Always of the country flows: between places, a country's unknown and
        region-only origins still have no curve, and its tooltip still says so.
        """
        if view is None:
            return []
        if self.between is Between.COUNTRIES:
            return view.unplaced_lines(iso3, self.names, self.lang)
        countries_view = build_flow_view(
            self.dataset, self.region_of, view.indicator, view.year, self.settings
        )
        return countries_view.unplaced_lines(iso3, self.names, self.lang)
