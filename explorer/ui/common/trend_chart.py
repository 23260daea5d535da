"""A small trend chart of the selected indicator across years, for the country panel.

Why painted by hand instead of Qt Charts: Qt Charts comes only with the large
PySide6-Addons wheel; this chart needs a line, gaps and ranges. Missing years
are gaps; a suppressed year is drawn as a 1-4 range bar, never as a point; the
selected year is marked.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from explorer.core.data.local_numbers import year_text
from explorer.core.data.values import format_number
from explorer.core.indicators.trend import Trend
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
        parts = [
            translate("TrendChart", "{first} to {last}").format(
                first=f"{self._year(run[0][0])} {format_number(run[0][1], self.lang)}",
                last=f"{self._year(run[-1][0])} {format_number(run[-1][1], self.lang)}",
            )
            if len(run) > 1
            else f"{self._year(run[0][0])} {format_number(run[0][1], self.lang)}"
            for run in self.trend.runs
        ]
        parts += [
            f"{self._year(y)} <{format_number(int(high) + 1, self.lang)}"
            for y, _low, high in self.trend.ranges
        ]
        if self.trend.missing:
            missing = ", ".join(self._year(y) for y in self.trend.missing)
            parts.append(translate("TrendChart", "no data {years}").format(years=missing))
        return translate("TrendChart", "Trend: {parts}").format(parts="; ".join(parts))

    def _plot(self) -> QRectF:
        metrics = QFontMetricsF(self.font())
        label_w = metrics.horizontalAdvance(format_number(self.trend.top, self.lang)) + 6
        return QRectF(
            label_w, 6, self.width() - label_w - 16, self.height() - metrics.height() - 12
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
        label_w = metrics.horizontalAdvance(format_number(trend.top, self.lang)) + 6
        plot = self._plot()
        first, last = trend.years[0], trend.years[-1]
        span = max(last - first, 1)
        top = trend.top * 1.1 or 1.0

        def point(year: float, value: float) -> QPointF:
            x = plot.left() + plot.width() * (year - first) / span
            return QPointF(x, plot.bottom() - plot.height() * value / top)

        painter.setPen(QPen(AXIS, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawText(
            QRectF(0, plot.top() - 4, label_w - 4, metrics.height()),
            Qt.AlignmentFlag.AlignRight,
            format_number(trend.top, self.lang),
        )
        painter.drawText(
            QRectF(0, plot.bottom() - metrics.height() + 4, label_w - 4, metrics.height()),
            Qt.AlignmentFlag.AlignRight,
            "0",
        )
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
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
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
            painter.drawLine(point(year, low), point(year, max(high, low + top * 0.02)))
        painter.end()
