"""Small horizontal bar charts of the victim profile (by sex, by age, by form), with numbers.

Why painted here rather than with Qt Charts: three short bar groups with their
numbers and shares read at a glance, need no extra Qt module, and draw their
labels as plain text. A ``<5`` figure gets no bar: it is written, never drawn
as a length.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from explorer.core.data.values import format_share
from explorer.core.indicators.country_profile import sum_of
from explorer.core.indicators.country_victim_profile import ProfileBar, VictimProfile
from explorer.render.direction import mirror_rect
from explorer.ui.common.core_texts import core_text
from explorer.ui.common.plain_text import LINE_LIMIT, shown
from explorer.ui.common.translations import translate

BAR_COLOUR = QColor("#b2182b")
TRACK_COLOUR = QColor("#eeeeee")
GROUPS = (
    (QT_TRANSLATE_NOOP("ProfileBars", "By sex"), "by_sex"),
    (QT_TRANSLATE_NOOP("ProfileBars", "By age"), "by_age"),
    (QT_TRANSLATE_NOOP("ProfileBars", "By form of exploitation"), "by_form"),
)


def _share_text(bar: ProfileBar, lang: str | None) -> str:
    share = f" ({format_share(bar.share, lang)})" if bar.share is not None else ""
    return bar.figure.text_in(lang) + share + sum_of(bar.parts, short=True, lang=lang)


def _label(bar: ProfileBar) -> str:
    """A bar's label as shown: core's words translated, file words inert and elided."""
    return shown(core_text(bar.label), LINE_LIMIT)


class ProfileBars(QWidget):
    """Bars for one VictimProfile; ``text()`` gives the same content as plain lines."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.profile: VictimProfile | None = None
        self.lang: str | None = None  # the language its numbers are written in
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("ProfileBars", "Victim profile"))

    def set_profile(self, profile: VictimProfile | None) -> None:
        self.profile = profile
        self.setAccessibleDescription(self.text())
        self.updateGeometry()
        self.update()

    def _groups(self) -> list[tuple[str, tuple[ProfileBar, ...]]]:
        if self.profile is None:
            return []
        return [
            (translate("ProfileBars", title), getattr(self.profile, name))
            for title, name in GROUPS
            if getattr(self.profile, name)
        ]

    def _row(self) -> float:
        return QFontMetricsF(self.font()).height() + 4

    def sizeHint(self) -> QSize:
        rows = sum(1 + len(bars) for _, bars in self._groups())
        return QSize(260, int(rows * self._row()) + 4)

    def text(self) -> str:
        lines = []
        for title, bars in self._groups():
            lines.append(title)
            lines.extend(f"  {_label(bar)}: {_share_text(bar, self.lang)}" for bar in bars)
        return "\n".join(lines)

    def bar_at(self, y: float) -> ProfileBar | None:
        """The bar drawn at height ``y`` (None on a title or below the last bar)."""
        row, top = self._row(), 0.0
        for _title, bars in self._groups():
            top += row
            for bar in bars:
                if top <= y < top + row:
                    return bar
                top += row
        return None

    def label_width(self, width: float | None = None) -> float:
        """The labels' column: as wide as the widest label, from 36 % to 55 % of ``width``.

        Why not a fixed share: "Exploitation sexuelle" or "Adultes (18 ans et plus)"
        do not fit in the 36 % that "Female" needs, and were cut mid-word.
        """
        width = float(self.width()) if width is None else width
        labels = [_label(bar) for _, bars in self._groups() for bar in bars]
        return min(max(self._widest(labels) + 12, width * 0.36), width * 0.55)

    def _value_width(self, width: float) -> float:
        """The numbers' column: as wide as the widest "1 068 (99 %)", 20 % to 28 % of ``width``."""
        values = [_share_text(bar, self.lang) for _, bars in self._groups() for bar in bars]
        return min(max(self._widest(values) + 8, width * 0.2), width * 0.28)

    def _widest(self, texts: list[str]) -> float:
        metrics = QFontMetricsF(self.font())
        return max((metrics.horizontalAdvance(t) for t in texts), default=0.0)

    def shown_label(self, bar: ProfileBar) -> str:
        """The label as drawn: whole, or ended with "…" when even half the width is short."""
        room = self.label_width() - 12
        return QFontMetricsF(self.font()).elidedText(_label(bar), Qt.TextElideMode.ElideRight, room)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        row, width = self._row(), float(self.width())
        label_w, value_w = self.label_width(width), self._value_width(width)
        bar_x, bar_w = label_w + 4, width - label_w - value_w - 8
        bold = QFont(self.font())
        bold.setBold(True)
        y = 0.0
        # Laid out left to right, mirrored right to left (label, bar from the right, value);
        # the painter of a right-to-left widget mirrors the texts' alignments itself.
        box, rtl = QRectF(self.rect()), self.isRightToLeft()

        def at(rect: QRectF) -> QRectF:
            return mirror_rect(rect, box, rtl)

        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for title, bars in self._groups():
            painter.setFont(bold)
            painter.setPen(QColor("#222222"))
            painter.drawText(QRectF(0, y, width, row), left, title)
            painter.setFont(self.font())
            y += row
            for bar in bars:
                painter.setPen(QColor("#222222"))
                painter.drawText(at(QRectF(8, y, label_w - 8, row)), left, self.shown_label(bar))
                track = QRectF(bar_x, y + 3, bar_w, row - 6)
                painter.fillRect(at(track), TRACK_COLOUR)
                if bar.share is not None:
                    fill = QRectF(track.x(), track.y(), bar_w * bar.share, track.height())
                    painter.fillRect(at(fill), BAR_COLOUR)
                value = QRectF(width - value_w, y, value_w, row)
                painter.drawText(at(value), right, _share_text(bar, self.lang))
                y += row
        painter.end()
