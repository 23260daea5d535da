"""The revision map: each country coloured by how the newer edition revised its figure.

Why a picture of its own and not the main map: the main map keeps showing the
figures; this one answers "what changed between the two editions" for the
indicator and year on screen, in six classes with their counts, drawn by the
one map painter (:func:`explorer.render.map.painter.paint_map`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from explorer.core.editions.summaries import DIRECTION_WORDS, legend_counts
from explorer.render.direction import mirror_rect
from explorer.render.map.geometry import MapGeometry
from explorer.render.map.painter import MapPicture, paint_map, scene_to_target
from explorer.ui.common.plain_text import shown
from explorer.ui.common.translations import translate

#: Raised warm, lowered cool, made exact violet, new green, withdrawn dark grey, unchanged pale;
#: a level moved later warm and earlier cool as numbers, into or out of a level outside the
#: order (Special case) ochre and teal: neither up nor down.
COLOURS = {
    "raised": "#d6604d",
    "lowered": "#4393c3",
    "refined": "#9970ab",
    "later": "#d6604d",
    "earlier": "#4393c3",
    "into_unranked": "#bf812d",
    "out_of_unranked": "#35978f",
    "new": "#1b7837",
    "withdrawn": "#525252",
    "unchanged": "#e0e0e0",
}
LEGEND_ROW = 18.0
# The words of DIRECTION_WORDS, marked for the translators (the legend translates them).
MARKED = (
    QT_TRANSLATE_NOOP("Editions", "raised"),
    QT_TRANSLATE_NOOP("Editions", "lowered"),
    QT_TRANSLATE_NOOP("Editions", "made exact within the old range"),
    QT_TRANSLATE_NOOP("Editions", "moved to a later level"),
    QT_TRANSLATE_NOOP("Editions", "moved to an earlier level"),
    QT_TRANSLATE_NOOP("Editions", "moved into a level outside the order"),
    QT_TRANSLATE_NOOP("Editions", "moved out of a level outside the order"),
    QT_TRANSLATE_NOOP("Editions", "new in the newer edition"),
    QT_TRANSLATE_NOOP("Editions", "withdrawn"),
    QT_TRANSLATE_NOOP("Editions", "unchanged"),
)


def direction_words(direction: str) -> str:
    """How a direction reads in the legend, the tooltip and the table, translated."""
    return translate("Editions", DIRECTION_WORDS.get(direction, direction))


class RevisionMap(QWidget):
    """The world with each country's revision class, a legend with counts, and tooltips."""

    def __init__(self, geometry: MapGeometry, parent=None) -> None:
        super().__init__(parent)
        self.geometry = geometry
        self.directions: dict[str, str] = {}
        self.names: Mapping[str, str] = {}
        self.detail: Callable[[str], str] = lambda _iso3: ""
        self.setMouseTracking(True)
        self.setMinimumSize(480, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("Editions", "Revision map"))

    def set_directions(
        self,
        directions: dict[str, str],
        names: Mapping[str, str],
        detail: Callable[[str], str],
    ) -> None:
        """Show ``{iso3: direction}``; ``detail(iso3)`` is a country's tooltip line."""
        self.directions, self.names, self.detail = directions, names, detail
        self.setAccessibleDescription(self.legend_text())
        self.update()

    def legend(self) -> list[tuple[str, str, int]]:
        """(direction, words, countries) as the legend lists them."""
        return [(d, direction_words(d), n) for d, n in legend_counts(self.directions)]

    def legend_text(self) -> str:
        return "; ".join(f"{words}: {n}" for _d, words, n in self.legend())

    def colour_of(self, iso3: str) -> str | None:
        """The fill of a country (None: no figure in either edition)."""
        direction = self.directions.get(iso3)
        return COLOURS.get(direction) if direction else None

    def _map_rect(self) -> QRectF:
        legend_h = LEGEND_ROW * 2 + 12
        return QRectF(4, 4, self.width() - 8, max(self.height() - legend_h - 8, 10))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fills = {iso3: QBrush(QColor(COLOURS[d])) for iso3, d in self.directions.items()}
        picture = MapPicture(self.geometry, fills)
        paint_map(painter, picture, self._map_rect(), self.geometry.world_rect)
        self._paint_legend(painter)
        painter.end()

    def _paint_legend(self, painter: QPainter) -> None:
        top = self.height() - LEGEND_ROW * 2 - 6
        x, y = 8.0, top
        width = max((self.width() - 16) / 4, 120)
        entries = [
            (
                QColor(COLOURS[d]),
                translate("Editions", "{words} ({count})").format(words=words, count=count),
            )
            for d, words, count in self.legend()
        ]
        entries.append((QColor("white"), translate("Editions", "no figure in either edition")))
        painter.setPen(QColor("#222222"))
        # Right to left: entries from the right, swatches right of their labels (the
        # painter of a right-to-left widget aligns the texts right itself).
        box, rtl = QRectF(self.rect()), self.isRightToLeft()
        for i, (colour, text) in enumerate(entries):
            if i and i % 4 == 0:
                x, y = 8.0, y + LEGEND_ROW
            swatch = mirror_rect(QRectF(x, y + 3, 14, LEGEND_ROW - 6), box, rtl)
            painter.fillRect(swatch, colour)
            painter.drawRect(swatch)
            painter.drawText(
                mirror_rect(QRectF(x + 20, y, width - 24, LEGEND_ROW), box, rtl),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x += width

    def country_at(self, point: QPointF) -> str | None:
        """The country drawn at a widget position, or None."""
        transform, ratio = scene_to_target(self._map_rect(), self.geometry.world_rect)
        inverted, ok = transform.inverted()
        if not ok:
            return None
        scene = inverted.map(point)
        for shape in self.geometry.countries:  # the outline drawn at this size, not the full one
            if shape.bounds.contains(scene) and shape.paths.for_scale(ratio).contains(scene):
                return shape.iso3
        return None

    def mouseMoveEvent(self, event) -> None:
        iso3 = self.country_at(event.position())
        if iso3 is None or iso3 not in self.directions:
            QToolTip.hideText()
            return
        name = shown(self.names.get(iso3, iso3))
        QToolTip.showText(event.globalPosition().toPoint(), f"{name}: {self.detail(iso3)}", self)
