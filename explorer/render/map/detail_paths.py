"""One shape at several levels of detail: what every map painting picks its path from.

Why apart from ``paths``: the first frame of a launch paints shapes read from
the cache before numpy and shapely are imported; this module needs only Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QPainterPath

#: The largest shape error a level may show, in device pixels.
MAX_ERROR_PX = 0.4


@dataclass(frozen=True)
class DetailPaths:
    """One shape at several levels of detail, coarsest first, then the full path.

    Why: at world zoom one pixel spans about 30 km, yet the full 1:50m shapes
    have 100,000 points; painting a simplified path whose error stays under
    half a pixel looks the same and halves the repaint time. Exports at high
    resolution get the full path automatically, because the level is chosen
    from the painter's scale.
    """

    full: QPainterPath
    levels: tuple[tuple[float, QPainterPath], ...]  # (tolerance in scene units, path)

    def for_scale(self, pixels_per_unit: float) -> QPainterPath:
        """The coarsest path whose error at this scale stays under MAX_ERROR_PX."""
        for tolerance, path in self.levels:
            if tolerance * pixels_per_unit <= MAX_ERROR_PX:
                return path
        return self.full
