"""The one-page country brief (A4 PDF) of the selected country.

Why here, in ui: the brief shows the live map scene (country, neighbours and
flows) through ``QGraphicsScene.render``, the same items the screen paints, and
the panel's own trend chart and profile bars; the numbers and sentences come
from ``core.country_profile`` like the panel's.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from explorer.core.country_profile import flow_table, key_figures, victim_profile
from explorer.core.trend import trend
from explorer.ui.plain_text import LINE_LIMIT, TEXT_LIMIT, shown
from explorer.ui.profile_bars import ProfileBars
from explorer.ui.translations import translate
from explorer.ui.trend_chart import TrendChart

DISCLAIMER = QT_TRANSLATE_NOOP(
    "CountryBrief",
    "The boundaries and names shown do not imply official endorsement or acceptance.",
)
RESOLUTION = 300  # dots per inch of the PDF's drawing coordinates
MARGIN_MM = 14


def _mm(mm: float) -> float:
    return mm * RESOLUTION / 25.4


class _Writer:
    """Places paragraphs down the page, each wrapped to the column width."""

    def __init__(self, painter: QPainter, left: float, width: float, top: float) -> None:
        self.painter, self.left, self.width, self.y = painter, left, width, top

    def text(
        self,
        text: str,
        size: float = 9.0,
        bold: bool = False,
        colour: str = "#222222",
        gap_mm: float = 1.2,
    ) -> None:
        if not text:
            return
        font = QFont()
        font.setPointSizeF(size)
        font.setBold(bold)
        self.painter.setFont(font)
        self.painter.setPen(QColor(colour))
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)
        bounds = self.painter.boundingRect(
            QRectF(self.left, self.y, self.width, 10_000), flags, text
        )
        self.painter.drawText(bounds, flags, text)
        self.y = bounds.bottom() + _mm(gap_mm)

    def widget(self, widget, height_mm: float) -> None:
        """Draw a small panel widget (chart, bars) scaled to the column width."""
        scale = RESOLUTION / 96
        widget.resize(int(self.width / scale), int(_mm(height_mm) / scale))
        self.painter.save()
        self.painter.translate(self.left, self.y)
        self.painter.scale(scale, scale)
        widget.render(self.painter, QPointF(0, 0).toPoint())
        self.painter.restore()
        self.y += _mm(height_mm) + _mm(1.5)


def write_country_brief(window, iso3: str, path: Path) -> Path:
    """Write the brief for ``iso3`` as shown in ``window`` (indicator, year, flows) to ``path``."""
    state, dataset = window.state, window.dataset
    countries = window.detail_panel.countries
    names = dict(countries["name"])
    row = countries.loc[iso3]
    indicator, year, breakdown = state.indicator, state.year, state.breakdown
    writer_device = QPdfWriter(str(path))
    writer_device.setResolution(RESOLUTION)
    writer_device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    name = shown(row["name"], LINE_LIMIT)
    writer_device.setTitle(translate("CountryBrief", "Country brief: {name}").format(name=name))
    writer_device.setCreator("Trafficking Flows Explorer")
    painter = QPainter(writer_device)
    page = QRectF(0, 0, _mm(210), _mm(297))
    left, width = _mm(MARGIN_MM), page.width() - 2 * _mm(MARGIN_MM)
    out = _Writer(painter, left, width, _mm(MARGIN_MM))

    if dataset.is_synthetic:
        band = QRectF(0, 0, page.width(), _mm(9))
        painter.fillRect(band, QColor("#ffcf40"))
        font = QFont()
        font.setPointSizeF(11)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#1d1d1d"))
        painter.drawText(
            band,
            int(Qt.AlignmentFlag.AlignCenter),
            translate("CountryBrief", "SYNTHETIC DEMONSTRATION DATA: not official statistics"),
        )
        out.y = _mm(MARGIN_MM + 4)
    out.text(name, size=20, bold=True, gap_mm=0.5)
    out.text(
        translate("CountryBrief", "{iso3} · {region} · {subregion} · country brief, {year}").format(
            iso3=iso3, region=row["region"], subregion=row["subregion"], year=year
        ),
        size=10,
        colour="#555555",
        gap_mm=2.5,
    )

    # The map: the country and its neighbours, with the flows as on screen.
    frame = window.map_view.frame_of(iso3)
    map_rect = QRectF(left, out.y, width, width * 0.45)
    if frame is not None:
        flows_item = window.flows.item
        flows_item.export_scale = RESOLUTION / 96 * 0.6
        painter.save()
        painter.setClipRect(map_rect)
        window.map_view.scene().render(
            painter, map_rect, frame, Qt.AspectRatioMode.KeepAspectRatioByExpanding
        )
        painter.restore()
        flows_item.export_scale = 1.0
        painter.setPen(QPen(QColor("#999999"), _mm(0.2)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(map_rect)
    out.y = map_rect.bottom() + _mm(3)

    figures = key_figures(dataset, countries.reset_index(), iso3, indicator, year, breakdown)
    out.text(translate("CountryBrief", "Key figures"), size=11, bold=True)
    out.text("\n".join(figures.lines()))
    chart = TrendChart()
    chart.set_trend(
        trend(dataset.series(iso3, indicator, breakdown), dataset.years(indicator)), year
    )
    if not chart.trend.empty:
        heading = translate("CountryBrief", "{indicator} ({breakdown}) by year").format(
            indicator=shown(indicator, LINE_LIMIT), breakdown=breakdown.label
        )
        out.text(heading, size=9, bold=True, gap_mm=0.5)
        out.widget(chart, 32)

    profile = victim_profile(dataset, iso3, year)
    if not profile.empty:
        out.text(
            translate("CountryBrief", "Who the detected victims were, {year}").format(year=year),
            size=11,
            bold=True,
        )
        out.text(profile.children_text, bold=True, colour="#b2182b")
        bars = ProfileBars()
        bars.set_profile(profile)
        out.widget(bars, bars.sizeHint().height() * 25.4 / 96)

    flow_indicator = window.flows.indicator
    if flow_indicator is not None:
        out.text(translate("CountryBrief", "Flows"), size=11, bold=True)
        for direction, heading in (
            ("origins", translate("CountryBrief", "Top origins: {flows}")),
            ("destinations", translate("CountryBrief", "Detected in: {flows}")),
        ):
            table = flow_table(dataset, names, iso3, year, flow_indicator, direction)
            listed = "; ".join(
                f"{shown(r.name, LINE_LIMIT)} {r.figure.text}" for r in table.rows[:6]
            )
            out.text(heading.format(flows=listed or translate("CountryBrief", "no flows recorded")))

    activities = dataset.activities_for(iso3)
    out.text(
        translate("CountryBrief", "Assistance activities ({count})").format(count=len(activities)),
        size=11,
        bold=True,
    )
    for record in activities.head(8).itertuples(index=False):
        start = "" if pd.isna(record.start) else str(record.start.year)
        facts = [record.kind, record.status, start]
        facts = ", ".join(shown(f, LINE_LIMIT) for f in facts if not pd.isna(f) and f != "")
        out.text(
            f"• {shown(record.title)} ({facts})",
            size=8.5,
            gap_mm=0.4,
        )
    if len(activities) > 8:
        out.text(
            translate("CountryBrief", "… and {count} more.").format(count=len(activities) - 8),
            size=8.5,
        )

    provenance = dataset.provenance
    footer = "\n".join(
        [
            shown(provenance.source_line(), TEXT_LIMIT),
            shown(" ".join(provenance.caveats), TEXT_LIMIT),
            translate("CountryBrief", DISCLAIMER),
            translate("CountryBrief", "Produced with Trafficking Flows Explorer on {date}.").format(
                date=f"{date.today():%d %B %Y}"
            ),
        ]
    )
    out.y = max(out.y + _mm(2), page.height() - _mm(MARGIN_MM + 22))
    out.text(footer, size=7.5, colour="#555555")
    painter.end()
    return path
