"""Pictures of the map as files: PNG, SVG and PDF pages with title, legends and footer.

Why here and from data: an export draws the view's data (:class:`MapPage`)
with the one map painter, laid out by :func:`paint_page`; it never reads or
changes anything on screen, so the window, the headless ``export`` command
(which builds no window at all) and the dialog's preview make the same file.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from explorer.core.data.shown_text import LINE_LIMIT, NAME_LIMIT, TEXT_LIMIT, shown
from explorer.core.view.choropleth import Choropleth
from explorer.core.view.data import MapTexts
from explorer.core.view.export_spec import (
    MM_PER_INCH,
    SCREEN_DPI,
    ExportSpec,
    Extent,
    Format,
    Theme,
)
from explorer.render.flows.legend import FlowLegend
from explorer.render.map.painter import MapPicture, SeaColours, Strokes, paint_map
from explorer.render.page.layout import DARK, LIGHT, ClassLegend, PageRects, paint_page
from explorer.render.page.legend import fit_title
from explorer.render.page.png_encode import write_png

#: Qt writes its default family as "Sans Serif", which browsers do not know.
#: The shipped Arabic and Chinese families follow, for viewers that have them (or Noto Sans SC).
SVG_FONTS = (
    "DejaVu Sans, Arial, Helvetica, Noto Sans Arabic, Noto Sans CJK SC, Noto Sans SC, sans-serif"
)
#: The sea of each export theme (the class colours never change with it).
SEA_OF_THEME = {Theme.LIGHT: SeaColours(), Theme.DARK: SeaColours(DARK.sea, DARK.frame)}


@dataclass(frozen=True)
class MapPage:
    """What an exported page of the map shows, all of it data.

    ``texts`` are the view's default texts (an export spec's own replace them);
    ``view_area`` is the scene area on screen, for ``Extent.VIEW``.
    """

    picture: MapPicture
    choropleth: Choropleth | None
    flow_legend: FlowLegend | None
    texts: MapTexts
    view_area: QRectF | None = None


def page_texts(texts: MapTexts) -> MapTexts:
    """The texts as a picture shows them: controls visible, no bidi overrides, long ones elided.

    Why: a picture has a fixed page; a 10,000-character caveat from a file
    would push the map off it, and a NUL would make an SVG unreadable XML.
    The data exports (HTML, CSV, XLSX) keep the texts whole.
    """
    return replace(
        texts,
        title=shown(texts.title, NAME_LIMIT),
        subtitle=shown(texts.subtitle, NAME_LIMIT),
        source=shown(texts.source, TEXT_LIMIT),
        caveat=shown(texts.caveat, TEXT_LIMIT),
        disclaimer=shown(texts.disclaimer, TEXT_LIMIT),
        exported=shown(texts.exported, NAME_LIMIT),
    )


def source_rect(page: MapPage, extent: Extent) -> QRectF:
    """The scene area the picture shows: the screen's, or the whole world."""
    if extent is Extent.VIEW and page.view_area is not None:
        return page.view_area
    return page.picture.geometry.export_rect()


def paint_export(painter: QPainter, size: QSizeF, page: MapPage, spec: ExportSpec) -> PageRects:
    """Draw the export page into ``size`` drawing units of ``painter``."""
    scale = spec.scale
    theme = DARK if spec.theme is Theme.DARK else LIGHT
    texts = page_texts(spec.texts or page.texts)
    choropleth = page.choropleth
    legend = flow_legend = None
    if spec.legend and choropleth is not None:
        name = choropleth.title_in()
        title = fit_title(shown(name, LINE_LIMIT), size.width() * 0.45, scale)
        legend = ClassLegend(title, choropleth.legend, choropleth.note_in())
        flow_legend = page.flow_legend
    source = source_rect(page, spec.extent)
    # Outlines and flows are drawn in device pixels (cosmetic pens, paint_flows):
    # they take the painter's own scaling (a preview, a 300-dpi page) on top.
    device_scale = scale * painter.worldTransform().m11()
    strokes = Strokes(outlines=device_scale, flows=device_scale)
    picture = replace(page.picture, sea=SEA_OF_THEME[spec.theme])

    def draw_map(p: QPainter, target: QRectF) -> None:
        paint_map(p, picture, target, source, strokes)

    aspect = source.height() / source.width() if source.width() else None
    return paint_page(
        painter,
        size,
        texts,
        draw_map,
        scale,
        theme,
        legend,
        flow_legend,
        map_aspect=aspect,
    )


def render_png(page: MapPage, spec: ExportSpec, factor: float = 1.0) -> QImage:
    """The export as an image of ``spec.pixel_size`` (PNG, clipboard).

    ``factor`` below 1 draws the same page smaller (the dialog's preview).
    """
    width, height = spec.pixel_size
    image = QImage(
        max(1, round(width * factor)),
        max(1, round(height * factor)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    if factor != 1.0:  # the page covers a full-size image; a preview may leave an edge
        image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.scale(factor, factor)
        paint_export(painter, QSizeF(width, height), page, spec)
    finally:  # an error must not leave the image being painted (Qt aborts on that)
        painter.end()
    # Set after painting: Qt sizes fonts by the image's resolution while drawing.
    dots_per_metre = round(spec.dpi / MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def _paint_vector(device, page: MapPage, spec: ExportSpec) -> None:
    """Paint on a 96-dpi vector device, scaled from the spec's drawing units."""
    width, height = spec.pixel_size
    page_w_mm, _ = spec.page_mm
    device_width = page_w_mm / MM_PER_INCH * SCREEN_DPI
    painter = QPainter(device)
    try:
        factor = device_width / width
        painter.scale(factor, factor)
        paint_export(painter, QSizeF(width, height), page, spec)
    finally:
        painter.end()


def write_pdf(page: MapPage, spec: ExportSpec, path: Path) -> Path:
    page_w, page_h = spec.page_mm
    writer = QPdfWriter(str(path))
    writer.setResolution(round(SCREEN_DPI))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QSizeF(page_w, page_h), QPageSize.Unit.Millimeter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    texts = page_texts(spec.texts or page.texts)
    writer.setTitle(texts.title)
    writer.setCreator("Trafficking Flows Explorer")
    _paint_vector(writer, page, spec)
    return path


def write_svg(page: MapPage, spec: ExportSpec, path: Path) -> Path:
    page_w, page_h = spec.page_mm
    size = QSizeF(page_w, page_h) * (SCREEN_DPI / MM_PER_INCH)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setResolution(round(SCREEN_DPI))
    generator.setSize(size.toSize())
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    texts = page_texts(spec.texts or page.texts)
    generator.setTitle(texts.title)
    generator.setDescription(" ".join(texts.footer_lines()))
    _paint_vector(generator, page, spec)
    _name_fonts(path)
    return path


def _name_fonts(path: Path) -> None:
    """Give the SVG's text a font family that browsers and Inkscape resolve to a sans face."""
    text = path.read_text(encoding="utf-8")
    default = QFont()  # with the shipped fonts its family list is "DejaVu Sans,...,Noto..."
    names = ("Sans Serif", default.family(), ",".join(default.families()))
    families = {f'font-family="{family}"' for family in names if family}
    for family in families:
        text = text.replace(family, f'font-family="{SVG_FONTS}"')
    path.write_text(text, encoding="utf-8")


def write_picture(page: MapPage, spec: ExportSpec, path: Path) -> Path:
    """Write ``page`` as ``spec.format`` (PNG, SVG or PDF) to ``path``."""
    path = Path(path)
    if spec.format is Format.PNG:
        return write_png(render_png(page, spec), path, spec.dpi, in_place=True)
    if spec.format is Format.SVG:
        return write_svg(page, spec, path)
    if spec.format is Format.PDF:
        return write_pdf(page, spec, path)
    raise ValueError(f"{spec.format.value} is a data file, not a picture of the map")
