"""The A4 page of the one-page briefs (a country's, a place's): paragraphs, pictures, footer.

Why shared: both briefs must look alike (the same band for synthetic data, the
same margins, the same footer with source, caveats, disclaimer and date) and
draw the map with the painter of the screen and every export, from the view's data.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from explorer.core.data.local_numbers import date_text
from explorer.render.direction import right_to_left
from explorer.render.map.painter import MapPicture, Strokes, paint_map
from explorer.ui.common.plain_text import TEXT_LIMIT, shown
from explorer.ui.common.translations import translate

DISCLAIMER = QT_TRANSLATE_NOOP(
    "CountryBrief",
    "The boundaries and names shown do not imply official endorsement or acceptance.",
)
RESOLUTION = 300  # dots per inch of the PDF's drawing coordinates
MARGIN_MM = 14


def mm(value: float) -> float:
    return value * RESOLUTION / 25.4


def grown_to(frame: QRectF, aspect: float) -> QRectF:
    """``frame`` widened or heightened about its centre to ``aspect`` (width / height).

    Why: the brief's map box is wide and a country's frame with its flows' partners
    is often tall (Nigeria with Europe); filling the box with the frame as it is cut
    off its bottom, the country itself. Grown to the box's shape, all of it shows.
    """
    if frame.width() <= 0 or frame.height() <= 0 or aspect <= 0:
        return QRectF(frame)
    width, height = frame.width(), frame.height()
    if width / height < aspect:
        width = height * aspect
    else:
        height = width / aspect
    grown = QRectF(0, 0, width, height)
    grown.moveCenter(frame.center())
    return grown


class BriefPage:
    """One A4 portrait page being written top to bottom; ``finish()`` ends the PDF."""

    def __init__(self, path: Path, title: str, synthetic: bool) -> None:
        self.device = QPdfWriter(str(path))
        self.device.setResolution(RESOLUTION)
        self.device.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        self.device.setTitle(title)
        self.device.setCreator("Trafficking Flows Explorer")
        self.painter = QPainter(self.device)
        self.page = QRectF(0, 0, mm(210), mm(297))
        self.left, self.width = mm(MARGIN_MM), self.page.width() - 2 * mm(MARGIN_MM)
        self.y = mm(MARGIN_MM)
        if synthetic:
            self._synthetic_band()

    def _synthetic_band(self) -> None:
        band = QRectF(0, 0, self.page.width(), mm(9))
        self.painter.fillRect(band, QColor("#ffcf40"))
        font = QFont()
        font.setPointSizeF(11)
        font.setBold(True)
        self.painter.setFont(font)
        self.painter.setPen(QColor("#1d1d1d"))
        self.painter.drawText(
            band,
            int(Qt.AlignmentFlag.AlignCenter),
            translate("CountryBrief", "SYNTHETIC DEMONSTRATION DATA: not official statistics"),
        )
        self.y = mm(MARGIN_MM + 4)

    def text(
        self,
        text: str,
        size: float = 9.0,
        bold: bool = False,
        colour: str = "#222222",
        gap_mm: float = 1.2,
    ) -> None:
        """A paragraph wrapped to the column width."""
        if not text:
            return
        font = QFont()
        font.setPointSizeF(size)
        font.setBold(bold)
        self.painter.setFont(font)
        self.painter.setPen(QColor(colour))
        side = Qt.AlignmentFlag.AlignRight if right_to_left() else Qt.AlignmentFlag.AlignLeft
        flags = int(Qt.TextFlag.TextWordWrap | side)
        bounds = self.painter.boundingRect(
            QRectF(self.left, self.y, self.width, 10_000), flags, text
        )
        self.painter.drawText(bounds, flags, text)
        self.y = bounds.bottom() + mm(gap_mm)

    def widget(self, widget, height_mm: float) -> None:
        """Draw a small panel widget (chart, bars) scaled to the column width."""
        scale = RESOLUTION / 96
        widget.resize(int(self.width / scale), int(mm(height_mm) / scale))
        self.painter.save()
        self.painter.translate(self.left, self.y)
        self.painter.scale(scale, scale)
        widget.render(self.painter, QPointF(0, 0).toPoint())
        self.painter.restore()
        self.y += mm(height_mm) + mm(1.5)

    def map(self, picture: MapPicture, frame: QRectF | None, height_share: float = 0.45) -> None:
        """The map's ``frame`` (a scene rectangle) filling the column, flows as on screen."""
        map_rect = QRectF(self.left, self.y, self.width, self.width * height_share)
        if frame is not None:
            # Flows and hatching at the screen's size, a little finer for the small box.
            strokes = Strokes(flows=RESOLUTION / 96 * 0.6, hatch=RESOLUTION / 96 * 0.6)
            shown_area = grown_to(frame, map_rect.width() / map_rect.height())
            paint_map(self.painter, picture, map_rect, shown_area, strokes, expand=True)
            self.painter.setPen(QPen(QColor("#999999"), mm(0.2)))
            self.painter.setBrush(Qt.BrushStyle.NoBrush)
            self.painter.drawRect(map_rect)
        self.y = map_rect.bottom() + mm(3)

    def finish(self, source: str, caveats: str, lang: str | None = None) -> None:
        """The footer (source, caveats, disclaimer, date in ``lang``) at the foot of the page;
        ends the PDF."""
        footer = "\n".join(
            [
                shown(source, TEXT_LIMIT),
                shown(caveats, TEXT_LIMIT),
                translate("CountryBrief", DISCLAIMER),
                translate(
                    "CountryBrief", "Produced with Trafficking Flows Explorer on {date}."
                ).format(date=date_text(date.today(), lang)),
            ]
        )
        self.y = max(self.y + mm(2), self.page.height() - mm(MARGIN_MM + 22))
        self.text(footer, size=7.5, colour="#555555")
        self.painter.end()
