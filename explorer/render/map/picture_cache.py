"""Small drawings (legends) kept as images, keyed by what they show.

Why: a legend's text layout and rounded box cost about 2 ms per paint, and the
map repaints on every hover; the legend only changes with the year or settings,
so it is measured and drawn once per change and then only copied.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter


class PictureCache:
    """A few images drawn once per key at a device pixel ratio, least recently used dropped."""

    def __init__(self, capacity: int = 8) -> None:
        self.capacity = capacity
        self._images: OrderedDict[Hashable, QImage] = OrderedDict()

    def image(
        self,
        key: Hashable,
        measure: Callable[[], tuple[float, float]],
        paint: Callable[[QPainter], object],
        ratio: float = 1.0,
    ) -> QImage:
        """The picture for ``key``; ``measure`` and ``paint`` (at 0, 0) run only the first time."""
        full_key = (key, ratio)
        image = self._images.get(full_key)
        if image is not None:
            self._images.move_to_end(full_key)
            return image
        width, height = (int(v * ratio) + 2 for v in measure())
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        picture_painter = QPainter(image)
        paint(picture_painter)
        picture_painter.end()
        self._images[full_key] = image
        while len(self._images) > self.capacity:
            self._images.popitem(last=False)
        return image


def logical_size(image: QImage) -> tuple[float, float]:
    """Width and height of ``image`` in the painter's (device-independent) units."""
    ratio = image.devicePixelRatio() or 1.0
    return image.width() / ratio, image.height() / ratio
