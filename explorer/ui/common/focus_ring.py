"""A 2 px focus-coloured frame over a widget while it has keyboard focus.

Why an overlay: the map view and the country panel's scroll area are drawn by
Qt's style with no focus indicator, so a keyboard user cannot tell that Tab
has reached them. A child widget painted on top of them (and transparent to
the mouse) frames them without touching how they draw themselves, and is
never part of a rendered map (exports draw the scene, not the widget).

Why not after a click: a mouse user sees where they clicked; the frame is for
focus that came from the keyboard or the program (Tab, a shortcut, start-up).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

WIDTH = 2


class FocusRing(QWidget):
    """Frames ``target`` while it has focus (see module docstring)."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.target = target
        self.setObjectName("focus_ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target:
            kind = event.type()
            if kind == QEvent.Type.FocusIn and isinstance(event, QFocusEvent):
                if event.reason() != Qt.FocusReason.MouseFocusReason:
                    self._show()
            elif kind == QEvent.Type.FocusOut:
                self.hide()
            elif kind == QEvent.Type.Resize and self.isVisible():
                self.setGeometry(self.target.rect())
        return False

    def _show(self) -> None:
        self.setGeometry(self.target.rect())
        self.show()
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(colour, WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = WIDTH / 2
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))


def add_focus_ring(target: QWidget) -> FocusRing:
    """Give ``target`` a focus ring (once: a second call returns the first ring)."""
    ring = target.findChild(FocusRing, "focus_ring", Qt.FindChildOption.FindDirectChildrenOnly)
    return ring if isinstance(ring, FocusRing) else FocusRing(target)
