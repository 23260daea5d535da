"""A small trend chart of the selected indicator across years, for the country panel.

Why painted by hand instead of Qt Charts: Qt Charts comes only with the large
PySide6-Addons wheel; this chart needs a line, gaps and ranges. Missing years
are gaps; a suppressed year is drawn as a 1-4 range bar, never as a point; the
selected year is marked. A categorical indicator (TIP tiers) is drawn on an
axis of its levels, and a year at a level outside the order ("Special case")
as a hollow mark in a row of its own above that axis.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from explorer.core.data.local_numbers import year_text
from explorer.core.data.values import format_number
from explorer.core.indicators.trend import Trend
from explorer.core.view.palettes import UNRANKED_COLOUR
from explorer.ui.common.translations import translate

LINE = QColor("#b2182b")
RANGE = QColor("#6a51a3")
AXIS = QColor("#888888")


class TrendChart(QWidget):
    """Draws a :class:`Trend`; ``text()`` describes it for screen readers and tests."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.trend: Trend | None = None
        self.selected_year: int | None = None
        self.lang: str | None = None  # the language its numbers are written in
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("TrendChart", "Trend over years"))

    def sizeHint(self) -> QSize:
        return QSize(260, 140)

    def set_trend(self, trend: Trend, selected_year: int) -> None:
        self.trend, self.selected_year = trend, selected_year
        self.setAccessibleDescription(self.text())
        self.update()

    def _year(self, year: int) -> str:
        """A year in the digits of the chart's numbers (Arabic-Indic in Arabic)."""
        return year_text(year, self.lang)

    def text(self) -> str:
        if self.trend is None or self.trend.empty:
            return ""
        shown = self._value_text
        parts = [
            translate("TrendChart", "{first} to {last}").format(
                first=f"{self._year(run[0][0])} {shown(run[0][1])}",
                last=f"{self._year(run[-1][0])} {shown(run[-1][1])}",
            )
            if len(run) > 1
            else f"{self._year(run[0][0])} {shown(run[0][1])}"
            for run in self.trend.runs
        ]
        parts += [
            f"{self._year(y)} <{format_number(int(high) + 1, self.lang)}"
            for y, _low, high in self.trend.ranges
        ]
        for level in self._unranked_levels():
            years = ", ".join(self._year(y) for y, at in self.trend.unranked if at == level)
            parts.append(f"{years} {level}")
        if self.trend.missing:
            missing = ", ".join(self._year(y) for y in self.trend.missing)
            parts.append(translate("TrendChart", "no data {years}").format(years=missing))
        return translate("TrendChart", "Trend: {parts}").format(parts="; ".join(parts))

    def _value_text(self, value: float) -> str:
        """A figure as the chart says it: a level's words, else the number."""
        return self.trend.level(value) or format_number(value, self.lang)

    def _categorical(self) -> bool:
        return bool(self.trend.levels or self.trend.unranked)

    def _unranked_levels(self) -> list[str]:
        """The levels outside the order this trend meets, each drawn as a row of its own."""
        return list(dict.fromkeys(level for _year, level in self.trend.unranked))

    def _label_width(self, metrics: QFontMetricsF) -> float:
        """Room for the axis labels: the top number, or the level names (at most 40%)."""
        if not self._categorical():
            return metrics.horizontalAdvance(format_number(self.trend.top, self.lang)) + 6
        names = [*self.trend.levels, *self._unranked_levels()]
        widest = max(metrics.horizontalAdvance(name) for name in names) + 8
        return min(widest, self.width() * 0.4)

    def _band(self, metrics: QFontMetricsF) -> float:
        """Height of the rows of levels outside the order, above the ranked axis."""
        rows = len(self._unranked_levels())
        return rows * metrics.height() + 6 if rows else 0.0

    def _plot(self) -> QRectF:
        metrics = QFontMetricsF(self.font())
        label_w, band = self._label_width(metrics), self._band(metrics)
        if self._categorical():  # room for half the first level's name above its line
            band += metrics.height() / 2
        return QRectF(
            label_w,
            6 + band,
            self.width() - label_w - 16,
            self.height() - metrics.height() - 12 - band,
        )

    def year_at(self, x: float) -> int | None:
        """The year of the trend nearest to ``x`` (pixels), or None without a trend."""
        trend = self.trend
        if trend is None or trend.empty or not trend.years:
            return None
        plot, first = self._plot(), trend.years[0]
        span = max(trend.years[-1] - first, 1)

        def distance(year: int) -> float:
            return abs(plot.left() + plot.width() * (year - first) / span - x)

        return min(trend.years, key=distance)

    def paintEvent(self, event) -> None:
        trend = self.trend
        if trend is None or trend.empty or len(trend.years) < 1:
            return
        painter = QPainter(self)
        # Time runs left to right in every language: right to left would only mirror the
        # labels' alignments (Qt does for a painter on a right-to-left widget), not the axis.
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetricsF(self.font())
        label_w, plot = self._label_width(metrics), self._plot()
        first, last = trend.years[0], trend.years[-1]
        span = max(last - first, 1)
        painter.setPen(QPen(AXIS, 1))
        if self._categorical():
            y_of = self._level_axis(painter, metrics, plot, label_w)
        else:
            y_of = self._number_axis(painter, metrics, plot, label_w)

        def point(year: float, value: float) -> QPointF:
            return QPointF(plot.left() + plot.width() * (year - first) / span, y_of(value))

        painter.setPen(QPen(AXIS, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        for year in trend.years:
            x = point(year, 0).x()
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3))
        label_y = plot.bottom() + 4
        painter.drawText(
            QRectF(plot.left(), label_y, 60, metrics.height()),
            Qt.AlignmentFlag.AlignLeft,
            self._year(first),
        )
        if last != first:
            painter.drawText(
                QRectF(0, label_y, self.width() - 2, metrics.height()),
                Qt.AlignmentFlag.AlignRight,
                self._year(last),
            )
        if trend.ranges:
            painter.setPen(QPen(RANGE, 1))
            painter.drawText(
                QRectF(0, label_y, self.width(), metrics.height()),
                Qt.AlignmentFlag.AlignHCenter,
                translate("TrendChart", "bars: <5 (1 to 4)"),
            )
        if self.selected_year is not None and first <= self.selected_year <= last:
            x = point(self.selected_year, 0).x()
            painter.setPen(QPen(QColor("#cccccc"), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, 6), QPointF(x, plot.bottom()))
        painter.setPen(QPen(LINE, 2))
        painter.setBrush(LINE)
        for run in trend.runs:
            points = [point(y, v) for y, v in run]
            for a, b in itertools.pairwise(points):
                painter.drawLine(a, b)
            for p in points:
                painter.drawEllipse(p, 2.5, 2.5)
        painter.setPen(QPen(RANGE, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        for year, low, high in trend.ranges:
            painter.drawLine(point(year, low), point(year, max(high, low + trend.top * 0.02)))
        self._paint_unranked(painter, metrics, lambda year: point(year, 0).x())
        painter.end()

    def _number_axis(
        self, painter: QPainter, metrics: QFontMetricsF, plot: QRectF, label_w: float
    ) -> Callable[[float], float]:
        """Label 0 and the top value; the height of a value."""
        top = self.trend.top * 1.1 or 1.0
        painter.drawText(
            QRectF(0, plot.top() - 4, label_w - 4, metrics.height()),
            Qt.AlignmentFlag.AlignRight,
            format_number(self.trend.top, self.lang),
        )
        painter.drawText(
            QRectF(0, plot.bottom() - metrics.height() + 4, label_w - 4, metrics.height()),
            Qt.AlignmentFlag.AlignRight,
            "0",
        )
        return lambda value: plot.bottom() - plot.height() * value / top

    def _level_axis(
        self, painter: QPainter, metrics: QFontMetricsF, plot: QRectF, label_w: float
    ) -> Callable[[float], float]:
        """Name the levels down the axis (the first at the top), faint lines across; the
        height of a rank. Every level is named when there is room, else the first and last."""
        levels = self.trend.levels
        inner_top, inner_bottom = plot.top(), plot.bottom() - 5
        step = (inner_bottom - inner_top) / max(len(levels) - 1, 1)

        def y_of(rank: float) -> float:
            if len(levels) <= 1:
                return (inner_top + inner_bottom) / 2
            return inner_top + step * (min(max(rank, 1.0), len(levels)) - 1)

        room = step >= metrics.height() or len(levels) <= 2
        named = range(len(levels)) if room else sorted({0, len(levels) - 1})
        for index in range(len(levels)):
            y = y_of(index + 1)
            painter.setPen(QPen(QColor("#e4e4e4"), 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            if index in named:
                painter.setPen(QPen(AXIS, 1))
                self._left_label(painter, metrics, levels[index], y, label_w)
        return y_of

    def _left_label(
        self, painter: QPainter, metrics: QFontMetricsF, text: str, y: float, label_w: float
    ) -> None:
        """``text`` right-aligned before the plot, centred on ``y``, elided to fit."""
        width = label_w - 6
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        box = QRectF(0, y - metrics.height() / 2, width, metrics.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)

    def _paint_unranked(
        self, painter: QPainter, metrics: QFontMetricsF, x_of: Callable[[int], float]
    ) -> None:
        """Years at a level outside the order: a hollow mark in that level's row above the
        ranked axis, the row named like a level ("Special case"), never on the axis."""
        rows = self._unranked_levels()
        if not rows:
            return
        colour = QColor(UNRANKED_COLOUR)
        label_w, plot = self._label_width(metrics), self._plot()
        for row, level in enumerate(rows):
            y = 6 + metrics.height() * (row + 0.5)
            painter.setPen(QPen(colour, 1))
            self._left_label(painter, metrics, level, y, label_w)
            painter.setPen(QPen(colour, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for year, at in self.trend.unranked:
                if at == level:
                    painter.drawEllipse(QPointF(x_of(year), y), 3.5, 3.5)
        painter.setPen(QPen(AXIS, 1, Qt.PenStyle.DashLine))
        line_y = plot.top() - metrics.height() / 2 - 1
        painter.drawLine(QPointF(plot.left(), line_y), QPointF(plot.right(), line_y))
