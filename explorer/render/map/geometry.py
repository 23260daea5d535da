"""The map's shapes in scene units, built once per projection: what every picture draws.

Why one object: the window's map view, the headless export and the briefs all
draw the same country outlines and sea; building the paths is the only costly
step (DESIGN.md section 4), so it happens once and every picture shares the
result. Scene units are projected kilometres with y down (``paths.to_scene``).
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath

from explorer.core.geo.outline import sphere_outline
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

    @classmethod
    def build(cls, countries: gpd.GeoDataFrame, crs: str) -> MapGeometry:
        """From projected countries (``project_countries``) and their CRS."""
        sea = path_from_geometry(sphere_outline(crs))
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
        sea_margin = SEA_OUTLINE_HALF_WIDTH
        world = sea.boundingRect().adjusted(-sea_margin, -sea_margin, sea_margin, sea_margin)
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
