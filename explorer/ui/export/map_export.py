"""Export the window's current map: PNG, SVG, PDF, HTML, CSV, XLSX or GeoPackage.

Why from the window: the export shows exactly what the screen shows (dataset,
indicator, breakdown, year, selection, flow settings). Pictures go through
the same scene items and painters as the screen (DESIGN.md section 4), laid
out by :func:`explorer.render.page.layout.paint_page`; the other formats are
written from the same :class:`ViewData` tables. The headless ``export``
command builds an offscreen window and calls the same functions.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtSvg import QSvgGenerator

from explorer.core.geo.countries import load_countries
from explorer.core.view.data import MapTexts, ViewData, default_texts, view_data
from explorer.core.view.export_spec import (
    MM_PER_INCH,
    SCREEN_DPI,
    ExportSpec,
    Extent,
    Format,
    Theme,
)
from explorer.render.map.fills import flat_brush
from explorer.render.page.layout import DARK, LIGHT, ClassLegend, PageRects, paint_page
from explorer.render.page.legend import fit_title
from explorer.render.page.png_encode import write_png
from explorer.ui.common.core_texts import core_text
from explorer.ui.common.plain_text import LINE_LIMIT, NAME_LIMIT, TEXT_LIMIT, shown
from explorer.ui.map.theme import MapTheme, paint_sea

#: Qt writes its default family as "Sans Serif", which browsers do not know.
SVG_FONTS = "DejaVu Sans, Arial, Helvetica, sans-serif"


def default_map_texts(window) -> MapTexts:
    """The texts an export starts with: title from the view, source from the provenance."""
    texts = default_texts(
        window.dataset,
        window.map_view.choropleth,
        _flow_view(window),
        between=window.flows.between.value,
    )
    return replace(texts, disclaimer=core_text(texts.disclaimer))


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


def _flow_view(window):
    return window.flows.view if window.flow_settings.visible else None


def window_view_data(window, texts: MapTexts | None = None) -> ViewData:
    """The tables behind the window's current view (for HTML and data files)."""
    return view_data(
        window.countries,
        window.map_view.choropleth,
        texts or default_map_texts(window),
        window.state.breakdown.label,
        _flow_view(window),
        flow_names=window.flows.flow_names(),
        flow_ends=window.flows.flow_ends(),
    )


# -- pictures -------------------------------------------------------------------------
@contextmanager
def _export_style(window, scale: float, theme: Theme, textures: bool) -> Iterator[None]:
    """Scale outlines and flows for the output and apply the theme; restored afterwards.

    Why: the screen's outlines are cosmetic one-pixel pens; on a 4K slide they
    must be as thick, relative to the picture, as on screen.
    """
    view = window.map_view
    items = [*view.items_by_iso3.values(), view._selection, view.sea_item]
    brushes = {iso3: item.brush() for iso3, item in view.items_by_iso3.items()}
    if not textures:
        for iso3, item in view.items_by_iso3.items():
            item.setBrush(flat_brush(brushes[iso3]))
    sea_brush, sea_pen = view.sea_item.brush(), view.sea_item.pen()
    hover_visible = view._hover.isVisible()
    # Pens widen at paint time: setPen would change every item's bounds, and
    # Qt then rebuilt the scene's index on the next render (48 ms at 4K).
    for item in items:
        item.export_scale = scale
    # The export's theme, whatever the screen's (View > Map theme) is.
    paint_sea(view.sea_item, MapTheme.DARK if theme is Theme.DARK else MapTheme.LIGHT)
    view._hover.setVisible(False)
    flows_item = window.flows.item
    flows_item.export_scale = scale
    try:
        yield
    finally:
        for item in items:
            item.export_scale = 1.0
        for iso3, brush in brushes.items():
            view.items_by_iso3[iso3].setBrush(brush)
        view.sea_item.setBrush(sea_brush)
        view.sea_item.setPen(sea_pen)
        view._hover.setVisible(hover_visible)
        flows_item.export_scale = 1.0


def _source_rect(window, extent: Extent) -> QRectF:
    view = window.map_view
    if extent is Extent.VIEW and view.viewport().width() > 1:
        return view.mapToScene(view.viewport().rect()).boundingRect()
    margin = view.world_rect.width() * 0.01
    return view.world_rect.adjusted(-margin, -margin, margin, margin)


def paint_export(window, painter: QPainter, size: QSizeF, spec: ExportSpec) -> PageRects:
    """Draw the export page of the window's view into ``size`` drawing units."""
    scale = spec.scale
    theme = DARK if spec.theme is Theme.DARK else LIGHT
    texts = page_texts(spec.texts or default_map_texts(window))
    choropleth = window.map_view.choropleth
    legend = flow_legend = None
    if spec.legend and choropleth is not None:
        title = fit_title(shown(choropleth.title, LINE_LIMIT), size.width() * 0.45, scale)
        legend = ClassLegend(title, choropleth.legend, choropleth.classes_note)
        if window.flow_settings.visible:
            flow_legend = window.flows.legend()
    source = _source_rect(window, spec.extent)
    scene = window.map_view.scene()

    def draw_map(p: QPainter, target: QRectF) -> None:
        scene.render(p, target, source, Qt.AspectRatioMode.KeepAspectRatio)

    textures = spec.format is not Format.SVG  # Qt's SVG writer drops texture brushes
    aspect = source.height() / source.width() if source.width() else None
    # Outlines and flows are drawn in device pixels (cosmetic pens, paint_flows):
    # they take the painter's own scaling (a preview, a 300-dpi page) on top.
    device_scale = scale * painter.worldTransform().m11()
    with _export_style(window, device_scale, spec.theme, textures):
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
            textures=textures,
        )


def render_png(window, spec: ExportSpec, factor: float = 1.0) -> QImage:
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
        paint_export(window, painter, QSizeF(width, height), spec)
    finally:  # an error must not leave the image being painted (Qt aborts on that)
        painter.end()
    # Set after painting: Qt sizes fonts by the image's resolution while drawing.
    dots_per_metre = round(spec.dpi / MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def _paint_vector(window, device, spec: ExportSpec) -> None:
    """Paint on a 96-dpi vector device, scaled from the spec's drawing units."""
    width, height = spec.pixel_size
    page_w_mm, _ = spec.page_mm
    device_width = page_w_mm / MM_PER_INCH * SCREEN_DPI
    painter = QPainter(device)
    try:
        factor = device_width / width
        painter.scale(factor, factor)
        paint_export(window, painter, QSizeF(width, height), spec)
    finally:
        painter.end()


def write_pdf(window, spec: ExportSpec, path: Path) -> Path:
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
    texts = page_texts(spec.texts or default_map_texts(window))
    writer.setTitle(texts.title)
    writer.setCreator("Trafficking Flows Explorer")
    _paint_vector(window, writer, spec)
    return path


def write_svg(window, spec: ExportSpec, path: Path) -> Path:
    page_w, page_h = spec.page_mm
    size = QSizeF(page_w, page_h) * (SCREEN_DPI / MM_PER_INCH)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setResolution(round(SCREEN_DPI))
    generator.setSize(size.toSize())
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    texts = page_texts(spec.texts or default_map_texts(window))
    generator.setTitle(texts.title)
    generator.setDescription(" ".join(texts.footer_lines()))
    _paint_vector(window, generator, spec)
    _name_fonts(path)
    return path


def _name_fonts(path: Path) -> None:
    """Give the SVG's text a font family that browsers and Inkscape resolve to a sans face."""
    text = path.read_text(encoding="utf-8")
    families = {f'font-family="{family}"' for family in ("Sans Serif", QFont().family())}
    for family in families:
        text = text.replace(family, f'font-family="{SVG_FONTS}"')
    path.write_text(text, encoding="utf-8")


def export(window, spec: ExportSpec, path: Path) -> Path:
    """Write the window's current view to ``path`` in ``spec.format``."""
    path = Path(path)
    if spec.format is Format.PNG:
        return write_png(render_png(window, spec), path, spec.dpi, in_place=True)
    if spec.format is Format.SVG:
        return write_svg(window, spec, path)
    if spec.format is Format.PDF:
        return write_pdf(window, spec, path)
    data = window_view_data(window, spec.texts)
    if spec.format is Format.HTML:
        from explorer.web.html_export import write_html

        return write_html(data, load_countries(), path)
    from explorer.io.exports import view_export

    if spec.format is Format.CSV:
        return view_export.write_csv(data, path)
    if spec.format is Format.XLSX:
        return view_export.write_xlsx(data, path)
    return view_export.write_gpkg(data, load_countries(), path)


def copy_to_clipboard(window, spec: ExportSpec) -> QImage:
    """Put the export image on the clipboard, for pasting into slides."""
    image = render_png(window, replace(spec, format=Format.PNG))
    QGuiApplication.clipboard().setImage(image)
    return image
