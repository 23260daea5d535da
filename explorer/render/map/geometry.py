"""The map's shapes in scene units, built once per projection: what every picture draws.

Why one object: the window's map view, the headless export and the briefs all
draw the same country outlines and sea; building the paths is the only costly
step (DESIGN.md section 4), so it happens once and every picture shares the
result. Scene units are projected kilometres with y down (``paths.to_scene``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import geopandas as gpd
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath

from explorer.core.geo.outline import sphere_outline
from explorer.render.map import geometry_cache
from explorer.render.map.paths import (
    DetailPaths,
    detail_paths,
    main_part_rect,
    path_from_geometry,
    to_scene,
)

#: Half the width of a country's and of the sea's outline pen, in scene units: what
#: Qt's path items add around a path for their bounds. The map has always been
#: framed on the sea with its outline, and pictures leave out the same countries.
OUTLINE_HALF_WIDTH = 0.3
SEA_OUTLINE_HALF_WIDTH = 0.5


@dataclass(frozen=True)
class CountryShape:
    """One country as the map draws it."""

    iso3: str
    name: str
    paths: DetailPaths
    bounds: QRectF  # scene rectangle its outline can touch
    label_point: QPointF  # where its flows start and end
    focus: QRectF  # its main part (zooming to France frames Europe, not Guiana)


@dataclass(frozen=True)
class MapGeometry:
    """The sea and every country, in drawing order (the order of the countries table)."""

    sea: QPainterPath
    world_rect: QRectF  # the sea with its outline
    countries: tuple[CountryShape, ...]
    cache_key: str = ""  # the name of its file in the cache (``geometry_cache``)

    @classmethod
    def build(cls, countries: gpd.GeoDataFrame, crs: str) -> MapGeometry:
        """From projected countries (``project_countries``) and their CRS: read from the
        cache of an earlier launch when it holds them (:mod:`geometry_cache`), else built
        and kept there."""
        sea = path_from_geometry(sphere_outline(crs))
        sea_margin = SEA_OUTLINE_HALF_WIDTH
        world = sea.boundingRect().adjusted(-sea_margin, -sea_margin, sea_margin, sea_margin)
        key = geometry_cache.cache_key(countries, crs, Path(__file__))
        kept = geometry_cache.read(key, countries)
        if kept is not None:
            shapes = (
                CountryShape(iso3, name, DetailPaths(full, levels), bounds, anchor, focus)
                for iso3, name, (full, levels, bounds, anchor, focus) in zip(
                    countries["iso3"], countries["name"], kept, strict=True
                )
            )
            return cls(sea, world, tuple(shapes), key)
        geometry = cls._built(countries, sea, world)
        geometry_cache.write(key, geometry)
        return replace(geometry, cache_key=key)

    @classmethod
    def _built(cls, countries: gpd.GeoDataFrame, sea: QPainterPath, world: QRectF) -> MapGeometry:
        all_paths = detail_paths(countries.geometry.to_numpy())
        shapes = []
        margin = OUTLINE_HALF_WIDTH
        for row, paths in zip(countries.itertuples(index=False), all_paths, strict=True):
            shapes.append(
                CountryShape(
                    row.iso3,
                    row.name,
                    paths,
                    paths.full.controlPointRect().adjusted(-margin, -margin, margin, margin),
                    to_scene(row.label_point.x, row.label_point.y),
                    main_part_rect(row.geometry, row.label_point),
                )
            )
        return cls(sea, world, tuple(shapes))

    def by_iso3(self) -> dict[str, CountryShape]:
        return {shape.iso3: shape for shape in self.countries}

    def scene_rect(self) -> QRectF:
        """The world with a 2% margin: how far the view may scroll."""
        margin = self.world_rect.width() * 0.02
        return self.world_rect.adjusted(-margin, -margin, margin, margin)

    def export_rect(self) -> QRectF:
        """The whole world with a 1% margin: what a world export shows."""
        margin = self.world_rect.width() * 0.01
        return self.world_rect.adjusted(-margin, -margin, margin, margin)

    def frame_of(self, iso3: str, partners: Iterable[str] = ()) -> QRectF | None:
        """Scene rectangle showing a country's main part with its neighbours around it,
        widened (at 16:10) to show the main parts of ``partners`` too (its flows' other ends)."""
        focus = self._focus()
        rect = focus.get(iso3)
        if rect is None:
            return None
        side = 1.6 * max(rect.width(), rect.height(), self.world_rect.width() / 25)
        frame = QRectF(
            rect.center().x() - side, rect.center().y() - side / 1.6, 2 * side, 2 * side / 1.6
        )
        others = [focus[c] for c in partners if c in focus]
        if not others:
            return frame
        for other in others:
            frame = frame.united(other)
        margin = 0.06 * max(frame.width(), frame.height())
        frame = frame.adjusted(-margin, -margin, margin, margin)
        if frame.width() < 1.6 * frame.height():  # keep the map's 16:10 shape around it
            grow = (1.6 * frame.height() - frame.width()) / 2
            frame = frame.adjusted(-grow, 0, grow, 0)
        else:
            grow = (frame.width() / 1.6 - frame.height()) / 2
            frame = frame.adjusted(0, -grow, 0, grow)
        return frame

    def members_frame(self, members: Iterable[str], margin: float) -> QRectF | None:
        """Scene rectangle framing the main parts of ``members`` (a region, a group), with
        ``margin`` (a share of its size) around; None when none of them is on the map."""
        focus = self._focus()
        rects = [focus[iso3] for iso3 in sorted(members) if iso3 in focus]
        if not rects:
            return None
        frame = rects[0]
        for rect in rects[1:]:
            frame = frame.united(rect)
        dx, dy = frame.width() * margin, frame.height() * margin
        return frame.adjusted(-dx, -dy, dx, dy)

    def _focus(self) -> dict[str, QRectF]:
        return {shape.iso3: shape.focus for shape in self.countries}
