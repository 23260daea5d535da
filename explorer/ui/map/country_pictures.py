"""Countries kept as device-pixel pictures while the map is still, painted directly while
it zooms.

Why: with Qt's device-coordinate cache each country is a picture that a repaint
only lays down; a repaint for the flows, the hover or the selection no longer
fills 241 antialiased outlines (a 500-flow re-render 23% faster, a hover repaint
60%). But a zoom step invalidates every picture, and drawing into new pictures
then laying them down cost 40% more than painting the outlines directly. So a
zoom switches the pictures off, and they come back once the zoom has been still
for STILL_MS (as the flows layer refines: ``flows_overlay.SETTLE_MS``). Panning
keeps them: a picture moves with the map.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QGraphicsItem

STILL_MS = 150
PICTURES = QGraphicsItem.CacheMode.DeviceCoordinateCache
DIRECT = QGraphicsItem.CacheMode.NoCache


class CountryPictures(QObject):
    """Switches ``items``' cache off while ``view`` zooms and on once it is still."""

    def __init__(self, view, items: Iterable[QGraphicsItem]) -> None:
        super().__init__(view)
        self.items = list(items)
        self.on = True
        for item in self.items:
            item.setCacheMode(PICTURES)
        self._still = QTimer(self, singleShot=True, interval=STILL_MS)
        self._still.timeout.connect(lambda: self._switch(True))
        view.zoom_changed.connect(self._zooming)

    def _zooming(self, *_: object) -> None:
        self._switch(False)
        self._still.start()

    def _switch(self, on: bool) -> None:
        if on != self.on:
            self.on = on
            for item in self.items:
                item.setCacheMode(PICTURES if on else DIRECT)
