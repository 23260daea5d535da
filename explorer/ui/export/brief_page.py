"""The A4 page of the one-page briefs (a country's, a place's): paragraphs, pictures, footer.

Why shared: both briefs must look alike (the same band for synthetic data, the
same margins, the same footer with source, caveats, disclaimer and date) and
draw the map with the painter of the screen and every export, from the view's data.
The page collects the body's parts and lays them out in ``finish()``, above the
footer's measured height, so the footer is always on the page; parts that do not
fit give way as :mod:`brief_blocks` says.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from explorer.core.data.local_numbers import date_text
from explorer.render.direction import right_to_left
from explorer.render.map.painter import MapPicture, Strokes, paint_map
from explorer.ui.common.plain_text import TEXT_LIMIT, shown
from explorer.ui.common.translations import translate
from explorer.ui.export.brief_blocks import (
    Block,
    Group,
    Listing,
    MapBox,
    Paragraph,
    Picture,
    Stages,
    Style,
    fit,
)

DISCLAIMER = QT_TRANSLATE_NOOP(
    "CountryBrief",
    "The boundaries and names shown do not imply official endorsement or acceptance.",
)
SHORTENED = QT_TRANSLATE_NOOP(
    "CountryBrief",
    "Shortened to fit one page (…): the app shows all of it.",
)
RESOLUTION = 300  # dots per inch of the PDF's drawing coordinates
MARGIN_MM = 14
FOOTER_MM = 22  # where the footer starts above the bottom margin, unless the body needs it
FLOOR_MM = 8  # the footer may use the bottom margin down to this: printers print there
BODY = Style()
FOOTER = Style(size=7.5, colour="#555555")


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
    """One A4 portrait page: parts are added top to bottom, ``finish()`` lays them out above
    the footer, draws them and ends the PDF."""

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
        self.blocks: list[Block] = []
        self._section: list[Block] | None = None
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

    # The parts of the body, in the order they are added.

    def _add(self, block: Block) -> None:
        (self.blocks if self._section is None else self._section).append(block)

    def text(
        self,
        text: str,
        size: float = 9.0,
        bold: bool = False,
        colour: str = "#222222",
        gap_mm: float = 1.2,
    ) -> None:
        """A paragraph wrapped to the column width; it never gives way."""
        self._add(Paragraph(text, Style(size, bold, colour, gap_mm)))

    def listing(self, items: Sequence[str], style: Style = BODY, **options: Any) -> None:
        """Items that lose items from their end (or start) when the page is full; ``options``
        as :class:`brief_blocks.Listing` takes them (joiner, stages, heading, more, ...)."""
        self._add(Listing(tuple(items), style, **options))

    def widget(self, widget: Any, height_mm: float) -> None:
        """A small panel widget (chart, bars) scaled to the column width."""
        self._add(Picture(widget, height_mm))

    def map(
        self,
        picture: MapPicture,
        frame: QRectF | None,
        height_share: float = 0.45,
        stages: Stages = (),
    ) -> None:
        """The map's ``frame`` (a scene rectangle) filling the column, flows as on screen;
        ``stages``: how low it may get when the page is full."""
        self._add(MapBox(picture, frame, height_share, stages))

    @contextmanager
    def section(self, goes_at: int) -> Iterator[None]:
        """The parts added inside stay or go together, going at level ``goes_at``."""
        self._section = []
        try:
            yield
        finally:
            parts, self._section = tuple(self._section), None
            self._add(Group(parts, goes_at))

    # Measuring and drawing (what brief_blocks.Canvas asks of the page).

    def mm(self, value: float) -> float:
        return mm(value)

    def _set(self, style: Style) -> int:
        font = QFont()
        font.setPointSizeF(style.size)
        font.setBold(style.bold)
        self.painter.setFont(font)
        self.painter.setPen(QColor(style.colour))
        side = Qt.AlignmentFlag.AlignRight if right_to_left() else Qt.AlignmentFlag.AlignLeft
        return int(Qt.TextFlag.TextWordWrap | side)

    def _bounds(self, text: str, style: Style, y: float) -> QRectF:
        flags = self._set(style)
        return self.painter.boundingRect(QRectF(self.left, y, self.width, 10_000), flags, text)

    def text_height(self, text: str, style: Style) -> float:
        return self._bounds(text, style, 0).height() + mm(style.gap_mm)

    def draw_text(self, text: str, style: Style, y: float) -> float:
        bounds = self._bounds(text, style, y)
        self.painter.drawText(bounds, self._set(style), text)
        return bounds.bottom() + mm(style.gap_mm)

    def draw_widget(self, widget: Any, height: float, y: float) -> float:
        scale = RESOLUTION / 96
        widget.resize(int(self.width / scale), int(height / scale))
        self.painter.save()
        self.painter.translate(self.left, y)
        self.painter.scale(scale, scale)
        widget.render(self.painter, QPointF(0, 0).toPoint())
        self.painter.restore()
        return y + height + mm(1.5)

    def draw_map(self, picture: MapPicture, frame: QRectF | None, height: float, y: float) -> float:
        map_rect = QRectF(self.left, y, self.width, height)
        if frame is not None:
            # Flows and hatching at the screen's size, a little finer for the small box.
            strokes = Strokes(flows=RESOLUTION / 96 * 0.6, hatch=RESOLUTION / 96 * 0.6)
            shown_area = grown_to(frame, map_rect.width() / map_rect.height())
            paint_map(self.painter, picture, map_rect, shown_area, strokes, expand=True)
            self.painter.setPen(QPen(QColor("#999999"), mm(0.2)))
            self.painter.setBrush(Qt.BrushStyle.NoBrush)
            self.painter.drawRect(map_rect)
        return map_rect.bottom() + mm(3)

    def finish(self, source: str, caveats: str, lang: str | None = None) -> None:
        """The body laid out above the footer (source, caveats, disclaimer, date in ``lang``),
        which always ends the page; ends the PDF."""
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
        # The footer starts FOOTER_MM above the bottom margin, lower when the body needs it,
        # but its last line never goes below FLOOR_MM from the page's edge: above that is
        # the body's room.
        bottom = self.page.height() - mm(MARGIN_MM)
        floor = self.page.height() - mm(FLOOR_MM)
        lowest = floor - (self.text_height(footer, FOOTER) - mm(FOOTER.gap_mm))
        room = lowest - mm(2) - self.y
        note = Paragraph(translate("CountryBrief", SHORTENED), Style(7.5, colour="#555555"))
        fitted = fit(self.blocks, room, self)
        if fitted.shortened:
            fitted = fit(self.blocks, room - note.height(self), self)
            fitted.blocks.append(note)
        # Parts that never give way may still not fit: they are cut, the footer stays whole.
        self.painter.save()
        self.painter.setClipRect(QRectF(0, 0, self.page.width(), lowest - mm(1)))
        y = self.y
        for block in fitted.blocks:
            y = block.draw(self, y)
        self.painter.restore()
        self.draw_text(footer, FOOTER, min(lowest, max(y + mm(2), bottom - mm(FOOTER_MM))))
        self.painter.end()
