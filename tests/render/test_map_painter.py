"""The one map painter: a picture of the map from data alone, as the screen paints it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QTransform
from PySide6.QtWidgets import QGraphicsPathItem, QStyleOptionGraphicsItem

from explorer.core.geo.countries import PROJECTIONS, load_countries, project_countries
from explorer.render.map.fills import outline_pen
from explorer.render.map.geometry import MapGeometry
from explorer.render.map.painter import (
    MapPicture,
    SeaColours,
    Strokes,
    level_of_detail,
    paint_map,
    scene_to_target,
)

CRS = PROJECTIONS["Equal Earth"]
WORLD = QRectF(0, 0, 1600, 800)


@pytest.fixture(scope="module")
def geometry(qapp) -> MapGeometry:
    return MapGeometry.build(project_countries(load_countries(), CRS), CRS)


def _picture(geometry: MapGeometry, **fills: str) -> MapPicture:
    return MapPicture(geometry, {iso3: QBrush(QColor(c)) for iso3, c in fills.items()})


def _paint(picture: MapPicture, source: QRectF, size=WORLD, **kwargs) -> QImage:
    image = QImage(int(size.width()), int(size.height()), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_map(painter, picture, size, source, **kwargs)
    painter.end()
    return image


def _pixel(image: QImage, geometry: MapGeometry, iso3: str, source: QRectF) -> str:
    transform, _ = scene_to_target(WORLD, source)
    point = transform.map(geometry.by_iso3()[iso3].label_point)
    return image.pixelColor(point.toPoint()).name()


def test_countries_get_their_fill_and_the_sea_its_colour(geometry):
    picture = _picture(geometry, BRA="#123456", CAN="#abcdef")
    source = geometry.export_rect()
    image = _paint(picture, source)
    assert _pixel(image, geometry, "BRA", source) == "#123456"
    assert _pixel(image, geometry, "CAN", source) == "#abcdef"
    # Mid-Pacific is sea; the margin outside the sphere stays the page's white.
    transform, _ = scene_to_target(WORLD, source)
    pacific = transform.map(geometry.world_rect.center() + type(source.center())(-14000, 0))
    assert image.pixelColor(pacific.toPoint()).name() == SeaColours().fill
    assert image.pixelColor(2, 2).name() == "#ffffff"


def test_the_sea_takes_the_picture_s_theme(geometry):
    dark = SeaColours("#102030", "#405060")
    source = geometry.export_rect()
    image = _paint(MapPicture(geometry, {}, dark), source)
    transform, _ = scene_to_target(WORLD, source)
    pacific = transform.map(geometry.world_rect.center() + type(source.center())(-14000, 0))
    assert image.pixelColor(pacific.toPoint()).name() == "#102030"


def test_the_selected_country_is_outlined_and_nothing_else_changes(geometry):
    source = geometry.by_iso3()["FRA"].focus.adjusted(-300, -300, 300, 300)
    plain = _paint(_picture(geometry, FRA="#ffffff", DEU="#ffffff"), source)
    picture = MapPicture(
        geometry,
        {"FRA": QBrush(QColor("#ffffff")), "DEU": QBrush(QColor("#ffffff"))},
        selected="FRA",
    )
    outlined = _paint(picture, source)
    differ = [
        (x, y)
        for x in range(0, 1600, 4)
        for y in range(0, 800, 4)
        if plain.pixel(x, y) != outlined.pixel(x, y)
    ]
    assert differ, "the selection outline is drawn"
    # Darker wherever it differs (the outline is near-black), and black at its core.
    assert all(
        outlined.pixelColor(x, y).lightness() <= plain.pixelColor(x, y).lightness()
        for x, y in differ
    )
    assert min(outlined.pixelColor(x, y).lightness() for x, y in differ) < 40
    # A selection code the map does not know draws nothing.
    unknown = _paint(MapPicture(geometry, picture.fills, selected="XXX"), source)
    assert unknown == plain


def test_wider_strokes_thicken_the_borders_only(geometry):
    source = geometry.export_rect()
    fills = {shape.iso3: "#ffffff" for shape in geometry.countries}
    thin = _paint(_picture(geometry, **fills), source)
    thick = _paint(_picture(geometry, **fills), source, strokes=Strokes(outlines=4.0))

    def dark(image: QImage) -> int:
        return sum(
            image.pixelColor(x, y).lightness() < 180
            for x in range(0, 1600, 2)
            for y in range(0, 800, 2)
        )

    assert dark(thick) > 2 * dark(thin)


def test_a_country_outside_the_area_is_left_out_of_a_vector_file(geometry, tmp_path):
    """An SVG of Europe carries no path for Brazil (a file holds no invisible shapes)."""
    from PySide6.QtSvg import QSvgGenerator

    europe = geometry.by_iso3()["DEU"].focus.adjusted(-1500, -1000, 1500, 1000)

    def paths_in(source: QRectF) -> int:
        path = tmp_path / "map.svg"
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(WORLD.size().toSize())
        painter = QPainter(generator)
        paint_map(painter, _picture(geometry, BRA="#00ff00", DEU="#ff0000"), WORLD, source)
        painter.end()
        text = path.read_text(encoding="utf-8")
        return text.count("#00ff00"), text.count("#ff0000")

    assert paths_in(geometry.export_rect()) == (1, 1)
    assert paths_in(europe) == (0, 1)


def test_bounds_are_those_of_qt_s_path_items(geometry):
    """The world frame and each country's bounds match Qt's items with the screen's pens,
    so pictures frame the map and leave countries out exactly as the screen's scene did."""
    sea = QGraphicsPathItem(geometry.sea)
    sea.setPen(outline_pen(1.0))
    assert sea.boundingRect() == geometry.world_rect
    for shape in geometry.countries[:40]:
        item = QGraphicsPathItem(shape.paths.full)
        item.setPen(outline_pen())
        assert item.boundingRect() == shape.bounds, shape.iso3


@pytest.mark.parametrize(
    "transform",
    [
        QTransform(),
        QTransform().translate(3, 4),
        QTransform().scale(0.05, 0.05),
        QTransform().translate(960, 540).scale(0.0516, 0.0516),
        QTransform().rotate(30).scale(2, 3),
    ],
)
def test_level_of_detail_is_qt_s(qapp, transform):
    expected = QStyleOptionGraphicsItem.levelOfDetailFromTransform(transform)
    assert level_of_detail(transform) == pytest.approx(expected)
