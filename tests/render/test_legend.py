"""The legend painter draws every swatch and grows with the output scale."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter

from explorer.core.view.choropleth import CLASS, NO_DATA, SUPPRESSED_KIND, LegendEntry
from explorer.render.page.legend import legend_size, paint_legend

ENTRIES = [
    LegendEntry("1 - 10", "#ffffb2", CLASS),
    LegendEntry("11 - 99", "#bd0026", CLASS),
    LegendEntry("Suppressed (<5)", "#b7b7d6", SUPPRESSED_KIND),
    LegendEntry("No data", "#d9d9d9", NO_DATA),
]


def _render(scale: float) -> tuple[QImage, tuple[float, float]]:
    image = QImage(800, 600, QImage.Format.Format_ARGB32)
    image.fill(QColor("#336699"))
    painter = QPainter(image)
    box = paint_legend(painter, QPointF(10, 10), "Victims, 2020", ENTRIES, scale, note="Quantiles")
    painter.end()
    return image, (box.width(), box.height())


def test_every_swatch_colour_is_painted(qapp):
    image, _ = _render(1.0)
    colours = {image.pixelColor(x, y).name() for x in range(0, 300) for y in range(0, 200)}
    assert {"#ffffb2", "#bd0026", "#d9d9d9"} <= colours


def test_size_matches_what_is_painted_and_scales(qapp):
    _, painted = _render(1.0)
    assert painted == legend_size("Victims, 2020", ENTRIES, 1.0, note="Quantiles")
    _, doubled = _render(2.0)
    assert doubled[0] > 1.8 * painted[0] and doubled[1] > 1.8 * painted[1]
