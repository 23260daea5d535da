"""The hatch of suppressed (<5) countries reads as clean "/" lines in every picture.

The hatch was a texture that the map's scene transform shrank to a third of a
pixel per tile: PNGs at 1920x1080 and 4K showed a checkerboard moiré, and the
lines even ran the wrong way in small pictures. Each test paints a hatched
country and reads a patch inside it back: unchanged along the lines, the lines
one spacing apart (``HATCH_SPACING`` times the picture's scale), well visible.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from hatch_check import along_lines_change, contrast, grey, spacings
from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPicture

from explorer.core.geo.countries import PROJECTIONS, load_countries, project_countries
from explorer.core.view.fill import SUPPRESSED_KIND, Fill
from explorer.core.view.palettes import SUPPRESSED_COLOUR
from explorer.render.map.fills import brush_for
from explorer.render.map.geometry import MapGeometry
from explorer.render.map.hatch import HATCH_SPACING, hatch_colours, tile_size
from explorer.render.map.painter import MapPicture, Strokes, paint_map, scene_to_target

CRS = PROJECTIONS["Equal Earth"]
BACKGROUND, _LINE = hatch_colours(SUPPRESSED_COLOUR)


@pytest.fixture(scope="module")
def geometry(qapp) -> MapGeometry:
    return MapGeometry.build(project_countries(load_countries(), CRS), CRS)


def _picture(geometry: MapGeometry) -> MapPicture:
    """Brazil hatched, Argentina and Bolivia plain grey."""
    plain = QBrush(QColor("#cccccc"))
    hatch = brush_for(Fill(SUPPRESSED_KIND, SUPPRESSED_COLOUR))
    return MapPicture(geometry, {"BRA": hatch, "ARG": plain, "BOL": plain})


def _source(geometry: MapGeometry, zoom: float) -> QRectF:
    """The whole world (``zoom`` 1) or an area around Brazil ``zoom`` times smaller."""
    world = geometry.export_rect()
    if zoom == 1:
        return world
    area = QRectF(0, 0, world.width() / zoom, world.height() / zoom)
    area.moveCenter(geometry.by_iso3()["BRA"].label_point)
    return area


def _patch(geometry: MapGeometry, source: QRectF, size: QSize, side: int) -> QRect:
    """A ``side``-pixel square around Brazil's label point (well inside Brazil)."""
    transform, _ = scene_to_target(QRectF(0, 0, size.width(), size.height()), source)
    centre = transform.map(geometry.by_iso3()["BRA"].label_point).toPoint()
    return QRect(centre.x() - side // 2, centre.y() - side // 2, side, side)


def _raster(geometry: MapGeometry, source: QRectF, size: QSize, scale: float) -> QImage:
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    target = QRectF(0, 0, size.width(), size.height())
    paint_map(painter, _picture(geometry), target, source, Strokes(outlines=scale))
    painter.end()
    return image


@pytest.mark.parametrize(
    ("width", "scale", "zoom"),
    [
        (1920, 1.0, 1),  # a 1920x1080 slide (the moiré of the report)
        (3840, 2.0, 1),  # 4K: lines twice as far apart and as thick, as outlines grow
        (1600, 1.0, 4),  # zoomed in (an export of the view)
        (800, 0.6, 1),  # a small picture: the lines ran "\" before
    ],
)
def test_png_hatch_is_clean_diagonal_lines_at_the_pictures_scale(geometry, width, scale, zoom):
    size = QSize(width, width // 2)
    source = _source(geometry, zoom)
    spacing = tile_size(scale)
    image = _raster(geometry, source, size, scale)
    patch = grey(image, _patch(geometry, source, size, spacing * 4))
    assert along_lines_change(patch) <= 2, "the same grey all along each line (no moiré)"
    assert spacings(patch) == {spacing}, "one line every spacing, in every row"
    assert contrast(patch) >= 40, "the lines stand out from the background"


def test_the_hatch_stays_put_on_the_map_when_the_view_moves_a_whole_pixel(geometry):
    """Lines belong to the map (anchored at the scene's origin), not to the window."""
    size = QSize(1600, 800)
    source = _source(geometry, 4)
    first = _raster(geometry, source, size, 1.0)
    pixel = source.width() / size.width()
    moved = _raster(geometry, source.translated(3 * pixel, 0), size, 1.0)
    rect = _patch(geometry, source, size, 32)
    assert (grey(first, rect) == grey(moved, rect.translated(-3, 0))).all()


def _vector_image(paint, size: QSize) -> QImage:
    """What ``paint`` draws on a vector device (a recorded QPicture), replayed as pixels."""
    picture = QPicture()
    recorder = QPainter(picture)
    paint(recorder)
    recorder.end()
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.drawPicture(QPointF(0, 0), picture)
    painter.end()
    return image


def test_vector_hatch_is_lines_cut_to_the_country(geometry):
    """A vector device gets shapes, not an image: lines at the scale's spacing that stop
    at the border (Bolivia and Argentina, next to Brazil, stay plain)."""
    size = QSize(1600, 800)
    source = _source(geometry, 4)
    scale = 1.5
    target = QRectF(0, 0, size.width(), size.height())

    def paint(painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_map(painter, _picture(geometry), target, source, Strokes(outlines=scale))

    image = _vector_image(paint, size)
    patch = grey(image, _patch(geometry, source, size, 60))
    spacing = HATCH_SPACING * scale
    _assert_clean(patch, {int(spacing), int(spacing) + 1})
    transform, _ = scene_to_target(target, source)
    for neighbour in ("ARG", "BOL"):
        point = transform.map(geometry.by_iso3()[neighbour].label_point).toPoint()
        plain = grey(image, QRect(point.x() - 15, point.y() - 15, 30, 30))
        assert contrast(plain) == 0, f"no hatch line crosses into {neighbour}"


def _page(geometry: MapGeometry):
    from explorer.core.view.data import MapTexts
    from explorer.render.page.map_export import MapPage

    return MapPage(_picture(geometry), None, None, MapTexts(title="Hatch"))


def test_svg_export_shows_the_hatch_lines_where_qt_s_writer_dropped_the_texture(geometry, tmp_path):
    from PySide6.QtSvg import QSvgRenderer

    from explorer.core.view.export_spec import ExportSpec, Format
    from explorer.render.page.map_export import write_svg

    spec = ExportSpec(format=Format.SVG)
    path = write_svg(_page(geometry), spec, tmp_path / "map.svg")
    size = QSize(*spec.pixel_size)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    QSvgRenderer(str(path)).render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    _check_page(image, spec)


def _check_page(image: QImage, spec) -> None:
    """Brazil in a whole export page, read at the page's pixel size: clean lines
    ``spec.scale`` times the screen's spacing apart (a fraction of a pixel either way)."""
    background = BACKGROUND.rgb() & 0xFFFFFF
    found = [
        (x, y)
        for y in range(0, image.height(), 5)
        for x in range(0, image.width(), 5)
        if image.pixel(x, y) & 0xFFFFFF == background
    ]
    assert found, "the hatch's background is in the picture"
    centre_x = sorted(x for x, _ in found)[len(found) // 2]
    centre_y = sorted(y for _, y in found)[len(found) // 2]
    spacing = HATCH_SPACING * spec.scale
    side = round(spacing * 4)
    patch = grey(image, QRect(centre_x - side // 2, centre_y - side // 2, side, side))
    _assert_clean(patch, {int(spacing), int(spacing) + 1})


def _assert_clean(patch, allowed: set[int]) -> None:
    """Antialiased vector lines: the same along each line (but for edge shading), one
    spacing apart (rounded either way), well visible."""
    assert along_lines_change(patch) <= 12
    found = spacings(patch)
    assert found, "lines cross the patch"
    assert found <= allowed
    assert contrast(patch) >= 40


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")
def test_pdf_export_hatch_is_clean_lines_when_printed(geometry, tmp_path):
    from explorer.core.view.export_spec import ExportSpec, Format
    from explorer.render.page.map_export import write_pdf

    spec = ExportSpec(format=Format.PDF, width=297, height=210, unit="mm", dpi=300)
    path = write_pdf(_page(geometry), spec, tmp_path / "map.pdf")
    subprocess.run(
        ["pdftoppm", "-r", "300", "-png", "-singlefile", str(path), str(tmp_path / "page")],
        check=True,
    )
    _check_page(QImage(str(tmp_path / "page.png")), spec)  # read at the spec's dpi
