"""Reading a hatch back from pixels: is it clean "/" lines, and how far apart?

Why a module: the map painter's tests (PNG, SVG, PDF) and the window's (the screen
at several zoom levels) ask the same two questions of a patch of pixels inside a
hatched country.
"""

from __future__ import annotations

import itertools

import numpy as np
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage


def grey(image: QImage, rect: QRect) -> np.ndarray:
    """``rect`` of ``image`` as a 2-D array of grey levels (0-255)."""
    part = image.copy(rect).convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = part.width(), part.height(), part.bytesPerLine()
    data = np.frombuffer(part.constBits(), dtype=np.uint8, count=stride * height)
    return data.reshape(height, stride)[:, :width].astype(int)


def along_lines_change(patch: np.ndarray) -> int:
    """The largest grey change one pixel along a "/" line (up and to the right).

    Clean "/" hatching changes nothing along its lines; a moiré or "\\" lines do.
    """
    return int(np.abs(patch[1:, :-1] - patch[:-1, 1:]).max())


def line_starts(row: np.ndarray) -> list[int]:
    """Where the dark lines begin along one row (light to dark crossings)."""
    middle = (int(row.min()) + int(row.max())) / 2
    dark = row < middle
    return [x for x in range(1, len(row)) if dark[x] and not dark[x - 1]]


def spacings(patch: np.ndarray) -> set[int]:
    """The distances between neighbouring lines along every row of ``patch``."""
    found: set[int] = set()
    for row in patch:
        starts = line_starts(row)
        found.update(b - a for a, b in itertools.pairwise(starts))
    return found


def contrast(patch: np.ndarray) -> int:
    """Grey levels between the lightest and the darkest pixel (lines that can be seen)."""
    return int(patch.max() - patch.min())
