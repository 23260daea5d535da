"""The flows legend: reference widths, direction, colours by origin region, rings.

Why its own painter: like the choropleth legend it must be identical on screen
and in exports, and it must scale with the output.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from explorer.render.direction import mirror_rect, mirror_x, right_to_left, text_align
from explorer.render.flows.outlines import arrow_outline
from explorer.render.flows.prepared_flows import width_px
from explorer.render.map.qt_arrays import polygon_from_array

TEXT = QColor("#222222")


@dataclass(frozen=True)
class FlowLegend:
    """What the flows legend lists."""

    title: str
    references: Sequence[tuple[str, float]]  # (value label, width fraction), largest first
    colours: Sequence[tuple[str, str]]  # (label, hex colour)
    show_domestic: bool
    show_suppressed: bool
    note: str = ""
    show_totals: bool = False
    #: The ring's words ("" = own nationals; flows between places: within the place).
    domestic_text: str = ""

    @property
    def ring_text(self) -> str:
        return self.domestic_text or _tr(DOMESTIC_TEXT)


# Marked for lupdate; drawn in the user's language (see _tr).
TOTAL_IN_TEXT = QT_TRANSLATE_NOOP("FlowLegend", "Total detected in the country")
TOTAL_OUT_TEXT = QT_TRANSLATE_NOOP("FlowLegend", "Total from the country (dashed)")
DOMESTIC_TEXT = QT_TRANSLATE_NOOP("FlowLegend", "Own nationals (domestic)")
SUPPRESSED_TEXT = QT_TRANSLATE_NOOP("FlowLegend", "Suppressed (<5)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("FlowLegend", text)


def _fonts(scale: float) -> tuple[QFont, QFont]:
    body = QFont()
    body.setPointSizeF(8.5 * scale)
    title = QFont(body)
    title.setBold(True)
    return title, body


def _rows(legend: FlowLegend) -> int:
    return (
        len(legend.references)
        + len(legend.colours)
        + int(legend.show_domestic)
        + int(legend.show_suppressed)
        + int(bool(legend.note))
    )


def flow_legend_size(legend: FlowLegend, scale: float = 1.0) -> tuple[float, float]:
    title_font, body_font = _fonts(scale)
    tm, bm = QFontMetricsF(title_font), QFontMetricsF(body_font)
    pad, sample = 8 * scale, 44 * scale
    row = max(bm.height(), width_px(np.array([1.0]), scale)[0] + 4 * scale) + 2 * scale
    labels = [r[0] for r in legend.references] + [c[0] for c in legend.colours]
    labels += [legend.ring_text] * legend.show_domestic
    labels += [_tr(SUPPRESSED_TEXT)] * legend.show_suppressed
    labels += [_tr(TOTAL_IN_TEXT), _tr(TOTAL_OUT_TEXT)] * legend.show_totals
    text_w = max([bm.horizontalAdvance(t) for t in labels] + [0.0])
    width = (
        max(
            tm.horizontalAdvance(legend.title),
            sample + 8 * scale + text_w,
            bm.horizontalAdvance(legend.note),
        )
        + 2 * pad
    )
    return width, pad * 2 + tm.height() + 4 * scale + row * _rows(legend)


def paint_flow_legend(
    painter: QPainter,
    top_left: QPointF,
    legend: FlowLegend,
    scale: float = 1.0,
    rtl: bool | None = None,
) -> QRectF:
    """Draw the flows legend with its top-left corner at ``top_left``.

    ``rtl`` (default: the application's layout direction) mirrors it: samples on the
    right of their labels, arrows pointing left, texts aligned right.
    """
    rtl = right_to_left() if rtl is None else rtl
    width, height = flow_legend_size(legend, scale)
    title_font, body_font = _fonts(scale)
    tm, bm = QFontMetricsF(title_font), QFontMetricsF(body_font)
    pad, sample = 8 * scale, 44 * scale
    row = max(bm.height(), width_px(np.array([1.0]), scale)[0] + 4 * scale) + 2 * scale
    box = QRectF(top_left.x(), top_left.y(), width, height)
    left = box.left() + pad
    inner = QRectF(left, box.top(), width - 2 * pad, height)
    align = text_align(rtl)

    def x(at: float) -> float:
        return mirror_x(at, inner, rtl)

    def line(y_mid: float) -> tuple[QPointF, QPointF]:
        return QPointF(x(left), y_mid), QPointF(x(left + sample), y_mid)

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(0, 0, 0, 60), scale))
    painter.setBrush(QColor(255, 255, 255, 228))
    painter.drawRoundedRect(box, 4 * scale, 4 * scale)
    painter.setPen(TEXT)
    painter.setFont(title_font)
    title_rect = QRectF(left, box.top() + pad, inner.width(), tm.height())
    painter.drawText(title_rect, align, legend.title)
    painter.setFont(body_font)
    y = box.top() + pad + tm.height() + 4 * scale

    def label(text: str, colour: QColor = TEXT) -> None:
        painter.setPen(colour)
        text_left = left + sample + 8 * scale
        text_rect = QRectF(text_left, y, inner.right() - text_left, row)
        painter.drawText(mirror_rect(text_rect, inner, rtl), align, text)

    xs = np.linspace(x(left), x(left + sample), 12)
    for text, fraction in legend.references:
        piece = np.column_stack([xs, np.full_like(xs, y + row / 2)])
        full = float(width_px(np.array([fraction]), scale)[0])
        outline = arrow_outline(piece, np.linspace(0, 1, len(xs)), full, scale)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(70, 70, 70, 210)))
        painter.drawPolygon(polygon_from_array(outline))
        label(text)
        y += row
    for text, colour in legend.colours:
        painter.setPen(
            QPen(QColor(colour), 4 * scale, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        )
        painter.drawLine(*line(y + row / 2))
        label(text)
        y += row
    if legend.show_domestic:
        painter.setPen(QPen(QColor(70, 70, 70, 220), 2 * scale))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(x(left + sample / 2), y + row / 2), row / 2.6, row / 2.6)
        label(legend.ring_text)
        y += row
    if legend.show_suppressed:
        painter.setPen(QPen(QColor(60, 60, 60, 200), scale, Qt.PenStyle.DashLine))
        painter.drawLine(*line(y + row / 2))
        label(_tr(SUPPRESSED_TEXT))
        y += row
    if legend.show_totals:
        centre = QPointF(x(left + sample / 2), y + row / 2)
        painter.setPen(QPen(QColor(40, 40, 40, 140), 0.8 * scale))
        painter.setBrush(QColor(40, 40, 40, 45))
        painter.drawEllipse(centre, row / 2.4, row / 2.4)
        label(_tr(TOTAL_IN_TEXT))
        y += row
        painter.setPen(QPen(QColor(40, 40, 40, 200), 1.2 * scale, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(x(left + sample / 2), y + row / 2), row / 2.4, row / 2.4)
        label(_tr(TOTAL_OUT_TEXT))
        y += row
    if legend.note:
        painter.setPen(QColor("#555555"))
        painter.drawText(QRectF(left, y, inner.width(), row), align, legend.note)
    painter.restore()
    return box
