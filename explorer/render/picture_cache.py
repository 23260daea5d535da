"""Small drawings (legends) kept as images, keyed by what they show.

Why: a legend's text layout and rounded box cost about 2 ms per paint, and the
map repaints on every hover; the legend only changes with the year or settings.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QPainter


class PictureCache:
    """A few images drawn once per key at a device pixel ratio, least recently used dropped."""

    def __init__(self, capacity: int = 8) -> None:
        self.capacity = capacity
        self._images: OrderedDict[Hashable, QImage] = OrderedDict()

    def draw(
        self,
        painter: QPainter,
        top_left: QPointF,
        key: Hashable,
        size: tuple[float, float],
        paint: Callable[[QPainter], object],
        ratio: float = 1.0,
    ) -> None:
        """Draw the picture for ``key`` at ``top_left``; ``paint`` draws it at (0, 0) once."""
        full_key = (key, ratio)
        image = self._images.get(full_key)
        if image is None:
            width, height = (int(v * ratio) + 2 for v in size)
            image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(ratio)
            image.fill(Qt.GlobalColor.transparent)
            picture_painter = QPainter(image)
            paint(picture_painter)
            picture_painter.end()
            self._images[full_key] = image
            while len(self._images) > self.capacity:
                self._images.popitem(last=False)
        else:
            self._images.move_to_end(full_key)
        painter.drawImage(top_left, image)
