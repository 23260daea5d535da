"""Lay out an exported map: SYNTHETIC band, title, map, legends, source and caveats.

Why one layout for every format: a PNG for a slide, an SVG for a designer and
an A3 PDF for a report must say the same things in the same places, as QGIS
print layouts and Our World in Data's downloads do. Everything is measured in
the output's drawing units times ``scale``, so a 4K image and an A3 sheet are
as legible as the screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from explorer.core.view.choropleth import LegendEntry
from explorer.core.view.data import SYNTHETIC_MARK, MapTexts
from explorer.render.direction import right_to_left
from explorer.render.flows.legend import FlowLegend, flow_legend_size, paint_flow_legend
from explorer.render.page.legend import legend_size, paint_legend

SYNTHETIC_BAND = "#ffcf40"


@dataclass(frozen=True)
class PageTheme:
    """Colours around the map (the map's own colours stay those of the data)."""

    background: str
    text: str
    muted: str
    frame: str
    sea: str


LIGHT = PageTheme(background="#ffffff", text="#1d1d1d", muted="#555555", frame="#b0b0b0", sea="")
DARK = PageTheme(
    background="#15191f", text="#f2f2f2", muted="#b8bec8", frame="#4a5260", sea="#1f2a38"
)


@dataclass(frozen=True)
class PageRects:
    """Where things were drawn (tests and the preview use them)."""

    band: QRectF | None
    title: QRectF
    map: QRectF
    legend: QRectF | None
    flow_legend: QRectF | None
    footer: QRectF


@dataclass(frozen=True)
class ClassLegend:
    title: str
    entries: Sequence[LegendEntry]
    note: str = ""


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _flags() -> int:
    """Wrapped, from the start of the line: the left, or the right for right to left."""
    side = Qt.AlignmentFlag.AlignRight if right_to_left() else Qt.AlignmentFlag.AlignLeft
    return int(Qt.TextFlag.TextWordWrap | side)


def _wrapped(painter: QPainter, rect: QRectF, text: str) -> QRectF:
    """The rectangle ``text`` needs when wrapped to ``rect``'s width."""
    return painter.boundingRect(QRectF(rect.left(), rect.top(), rect.width(), 1e6), _flags(), text)


def _text(painter: QPainter, rect: QRectF, text: str, font: QFont, colour: str) -> QRectF:
    painter.setFont(font)
    painter.setPen(QColor(colour))
    bounds = _wrapped(painter, rect, text)
    painter.drawText(bounds, _flags(), text)
    return bounds


def paint_page(
    painter: QPainter,
    size: QSizeF,
    texts: MapTexts,
    draw_map: Callable[[QPainter, QRectF], None],
    scale: float = 1.0,
    theme: PageTheme = LIGHT,
    legend: ClassLegend | None = None,
    flow_legend: FlowLegend | None = None,
    map_aspect: float | None = None,
) -> PageRects:
    """Draw the whole page into the painter's ``size`` (drawing units).

    ``map_aspect`` (height / width of what ``draw_map`` shows) fits the map
    frame to the map; where that leaves room (a portrait page) the legends go
    under the map instead of over its lower-left corner. Right to left (the
    application's layout direction), the texts start on the right and the legends
    sit at the lower right, the class legend rightmost.
    """
    rtl = right_to_left()
    margin = 18 * scale
    width = size.width() - 2 * margin
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(QPointF(0, 0), size), QColor(theme.background))

    top = margin
    band = None
    if texts.synthetic:
        band = QRectF(0, 0, size.width(), 30 * scale)
        painter.fillRect(band, QColor(SYNTHETIC_BAND))
        painter.setFont(_font(12 * scale, bold=True))
        painter.setPen(QColor("#1d1d1d"))
        # core's words in the user's language (listed for lupdate in ui/common/core_texts.py)
        mark = QCoreApplication.translate("CoreTexts", SYNTHETIC_MARK)
        painter.drawText(band, int(Qt.AlignmentFlag.AlignCenter), mark)
        top = band.bottom() + 10 * scale
    header = QRectF(margin, top, width, 0)
    title = _text(painter, header, texts.title, _font(17 * scale, bold=True), theme.text)
    bottom = title.bottom()
    if texts.subtitle:
        sub_rect = QRectF(margin, bottom + 3 * scale, width, 0)
        bottom = _text(painter, sub_rect, texts.subtitle, _font(10 * scale), theme.muted).bottom()
    title_rect = QRectF(margin, top, width, bottom - top)

    footer_text = "\n".join(texts.footer_lines())
    footer_font = _font(7.5 * scale)
    painter.setFont(footer_font)
    needed = _wrapped(painter, QRectF(margin, 0, width, 0), footer_text).height()
    footer = QRectF(margin, size.height() - margin - needed, width, needed)
    area = QRectF(margin, bottom + 10 * scale, width, footer.top() - bottom - 18 * scale)
    gap = 10 * scale
    sizes = []
    if legend is not None:
        sizes.append(legend_size(legend.title, legend.entries, scale, note=legend.note))
    if flow_legend is not None:
        sizes.append(flow_legend_size(flow_legend, scale))
    legends_h = max((h for _w, h in sizes), default=0.0)
    map_rect = area
    below = False
    if map_aspect:
        fitted_h = min(area.height(), area.width() * map_aspect)
        below = bool(sizes) and area.height() - fitted_h >= legends_h + gap
        fitted_w = min(area.width(), fitted_h / map_aspect)
        map_rect = QRectF(
            area.left() + (area.width() - fitted_w) / 2, area.top(), fitted_w, fitted_h
        )

    painter.save()
    painter.setClipRect(map_rect)
    draw_map(painter, map_rect)
    painter.restore()
    panel = map_rect if below else area  # the frame holds the map and the legends over it
    painter.setPen(QColor(theme.frame))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(panel)

    legend_rect = flow_rect = None
    x = map_rect.left() if below else area.left() + gap
    end = map_rect.right() if below else area.right() - gap  # right to left: the start

    def left_of(width: float) -> float:
        # Left to right: from x on; right to left: its right edge at ``end``.
        return end - width if rtl else x

    def top_of(height: float) -> float:
        # Under the map when it leaves room; else at the panel's foot, so a map that
        # does not fill the panel's height keeps more of itself clear of the legends.
        return map_rect.bottom() + gap if below else area.bottom() - gap - height

    if legend is not None:
        w, h = legend_size(legend.title, legend.entries, scale, note=legend.note)
        legend_rect = paint_legend(
            painter,
            QPointF(left_of(w), top_of(h)),
            legend.title,
            legend.entries,
            scale,
            note=legend.note,
        )
        x = legend_rect.right() + gap
        end = legend_rect.left() - gap
    if flow_legend is not None:
        w, h = flow_legend_size(flow_legend, scale)
        flow_rect = paint_flow_legend(painter, QPointF(left_of(w), top_of(h)), flow_legend, scale)
    painter.setFont(footer_font)
    painter.setPen(QColor(theme.muted))
    painter.drawText(footer, _flags(), footer_text)
    painter.restore()
    return PageRects(band, title_rect, map_rect, legend_rect, flow_rect, footer)
