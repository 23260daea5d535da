"""Paint the choropleth legend onto any QPainter (screen overlay or export).

Why one painter: the legend on screen and in an exported slide must list the
same classes with the same swatches; both call :func:`paint_legend`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from explorer.core.choropleth import Fill, LegendEntry
from explorer.render.fills import brush_for


def _fonts(scale: float) -> tuple[QFont, QFont]:
    body = QFont()
    body.setPointSizeF(8.5 * scale)
    title = QFont(body)
    title.setBold(True)
    return title, body


def _layout(title: str, entries: Sequence[LegendEntry], scale: float) -> tuple[float, float, float]:
    """Width, height and row height of the legend box."""
    title_font, body_font = _fonts(scale)
    tm, bm = QFontMetricsF(title_font), QFontMetricsF(body_font)
    pad, swatch = 8 * scale, 14 * scale
    row = max(swatch, bm.height()) + 3 * scale
    text_w = max([bm.horizontalAdvance(e.label) for e in entries] + [0.0])
    width = max(tm.horizontalAdvance(title), swatch + 6 * scale + text_w) + 2 * pad
    height = pad + tm.height() + 4 * scale + row * len(entries) + pad
    return width, height, row


def legend_size(
    title: str, entries: Sequence[LegendEntry], scale: float = 1.0
) -> tuple[float, float]:
    """The size the legend will take, so callers can place it (e.g. bottom-left)."""
    width, height, _ = _layout(title, entries, scale)
    return width, height


def paint_legend(
    painter: QPainter,
    top_left: QPointF,
    title: str,
    entries: Sequence[LegendEntry],
    scale: float = 1.0,
) -> QRectF:
    """Draw a boxed legend whose top-left corner is ``top_left``; returns its rectangle."""
    width, height, row = _layout(title, entries, scale)
    title_font, body_font = _fonts(scale)
    pad, swatch = 8 * scale, 14 * scale
    box = QRectF(top_left, QPointF(top_left.x() + width, top_left.y() + height))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(0, 0, 0, 60), 1 * scale))
    painter.setBrush(QColor(255, 255, 255, 228))
    painter.drawRoundedRect(box, 4 * scale, 4 * scale)
    painter.setPen(QColor("#222222"))
    painter.setFont(title_font)
    title_h = QFontMetricsF(title_font).height()
    painter.drawText(
        QRectF(box.left() + pad, box.top() + pad, width - 2 * pad, title_h),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        title,
    )
    painter.setFont(body_font)
    y = box.top() + pad + title_h + 4 * scale
    for entry in entries:
        swatch_rect = QRectF(box.left() + pad, y + (row - swatch) / 2, swatch, swatch)
        painter.setPen(QPen(QColor("#777777"), 0.8 * scale))
        painter.setBrush(brush_for(Fill(entry.kind, entry.colour)))
        painter.drawRect(swatch_rect)
        painter.setPen(QColor("#222222"))
        text_rect = QRectF(swatch_rect.right() + 6 * scale, y, width, row)
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, entry.label
        )
        y += row
    painter.restore()
    return box
