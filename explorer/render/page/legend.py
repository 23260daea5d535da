"""Paint the choropleth legend onto any QPainter (screen overlay or export).

Why one painter: the legend on screen and in an exported slide must list the
same classes with the same swatches; both call :func:`paint_legend`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from explorer.core.data.local_numbers import digits_text
from explorer.core.texts import installed_language
from explorer.core.view.fill import NO_DATA, SUPPRESSED_KIND, Fill, LegendEntry
from explorer.render.direction import mirror_rect, right_to_left, text_align
from explorer.render.map.fills import brush_for
from explorer.render.map.hatch import fill_path

TEXT_COLOUR = "#222222"
NOTE_COLOUR = "#555555"


@dataclass(frozen=True)
class _Layout:
    width: float
    height: float
    row: float
    title_h: float
    note_h: float
    pad: float
    swatch: float


def _fonts(scale: float) -> tuple[QFont, QFont, QFont]:
    body = QFont()
    body.setPointSizeF(8.5 * scale)
    title = QFont(body)
    title.setBold(True)
    note = QFont(body)
    note.setPointSizeF(7.5 * scale)
    note.setItalic(True)
    return title, body, note


_THRESHOLD = re.compile(r"<(\d+)")


def entry_text(entry: LegendEntry) -> str:
    """The entry's label in the user's language where it is the core's own word.

    Class ranges and levels come from the data and stay as they are; "No data"
    and "Suppressed (<5)" are the core's (listed for lupdate in ui/common/core_texts.py).
    """
    if entry.kind == NO_DATA:
        return QCoreApplication.translate("CoreTexts", "No data")
    found = _THRESHOLD.search(entry.label) if entry.kind == SUPPRESSED_KIND else None
    if found:
        template = QCoreApplication.translate("CoreTexts", "Suppressed (<{n})")
        # In the digits of the language the words are in (Arabic-Indic in Arabic).
        return template.format(n=digits_text(found.group(1), installed_language() or None))
    return entry.label


def _layout(title: str, entries: Sequence[LegendEntry], note: str, scale: float) -> _Layout:
    title_font, body_font, note_font = _fonts(scale)
    tm, bm, nm = QFontMetricsF(title_font), QFontMetricsF(body_font), QFontMetricsF(note_font)
    pad, swatch = 8 * scale, 14 * scale
    row = max(swatch, bm.height()) + 3 * scale
    text_w = max([bm.horizontalAdvance(entry_text(e)) for e in entries] + [0.0])
    note_w = nm.horizontalAdvance(note) if note else 0.0
    width = max(tm.horizontalAdvance(title), swatch + 6 * scale + text_w, note_w) + 2 * pad
    note_h = nm.height() + 3 * scale if note else 0.0
    height = pad + tm.height() + 4 * scale + row * len(entries) + note_h + pad
    return _Layout(width, height, row, tm.height(), note_h, pad, swatch)


@lru_cache(maxsize=256)
def fit_title(title: str, max_width: float, scale: float = 1.0) -> str:
    """``title`` elided with "…" to ``max_width`` drawing units in the legend's title font.

    Why: a title comes from an indicator name in a file and may be thousands of
    characters long; a legend that wide would cover the map or leave the page.
    Memoised: the map asks on every repaint, with the same title and width.
    """
    metrics = QFontMetricsF(_fonts(scale)[0])
    return metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(max_width, 0.0))


def legend_size(
    title: str, entries: Sequence[LegendEntry], scale: float = 1.0, note: str = ""
) -> tuple[float, float]:
    """The size the legend will take, so callers can place it (e.g. bottom-left)."""
    layout = _layout(title, entries, note, scale)
    return layout.width, layout.height


def paint_legend(
    painter: QPainter,
    top_left: QPointF,
    title: str,
    entries: Sequence[LegendEntry],
    scale: float = 1.0,
    note: str = "",
    rtl: bool | None = None,
) -> QRectF:
    """Draw a boxed legend whose top-left corner is ``top_left``; returns its rectangle.

    ``note`` (how the classes were made) goes under the swatches in small italics.
    ``rtl`` (default: the application's layout direction) puts the swatches on the
    right of their labels and aligns the texts right.
    """
    rtl = right_to_left() if rtl is None else rtl
    lay = _layout(title, entries, note, scale)
    title_font, body_font, note_font = _fonts(scale)
    box = QRectF(top_left.x(), top_left.y(), lay.width, lay.height)
    left = box.left() + lay.pad
    inner_w = lay.width - 2 * lay.pad
    inner = QRectF(left, box.top(), inner_w, box.height())
    align = text_align(rtl)
    # The swatch's hatch as the map's at this legend's scale, in the device's pixels.
    hatch_scale = scale * math.sqrt(abs(painter.deviceTransform().determinant()))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(0, 0, 0, 60), 1 * scale))
    painter.setBrush(QColor(255, 255, 255, 228))
    painter.drawRoundedRect(box, 4 * scale, 4 * scale)
    painter.setPen(QColor(TEXT_COLOUR))
    painter.setFont(title_font)
    painter.drawText(QRectF(left, box.top() + lay.pad, inner_w, lay.title_h), align, title)
    painter.setFont(body_font)
    y = box.top() + lay.pad + lay.title_h + 4 * scale
    for entry in entries:
        swatch = QRectF(left, y + (lay.row - lay.swatch) / 2, lay.swatch, lay.swatch)
        swatch = mirror_rect(swatch, inner, rtl)
        brush = brush_for(Fill(entry.kind, entry.colour))
        outline = QPainterPath()
        outline.addRect(swatch)
        fill_path(painter, outline, brush, hatch_scale)
        painter.setPen(QPen(QColor("#777777"), 0.8 * scale))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(swatch)
        painter.setPen(QColor(TEXT_COLOUR))
        text_left = left + lay.swatch + 6 * scale
        text = mirror_rect(QRectF(text_left, y, inner.right() - text_left, lay.row), inner, rtl)
        painter.drawText(text, align, entry_text(entry))
        y += lay.row
    if note:
        painter.setFont(note_font)
        painter.setPen(QColor(NOTE_COLOUR))
        painter.drawText(QRectF(left, y + 3 * scale, inner_w, lay.note_h), align, note)
    painter.restore()
    return box
