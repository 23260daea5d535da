"""The arrays a flow paint walks, and how their fractions and flags become pixels.

Why apart from the painter: ``PreparedFlows`` is built once per flow
selection (``prepare.py``) and read by the painter, the hover hit-test and
the legend; none of them should need the painting code to know what a width
fraction, an emphasised flag or a scene point means in device pixels.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QTransform

MIN_WIDTH_PX = 1.2
MAX_WIDTH_PX = 14.0
EMPHASISED_ALPHA = 200
FADED_ALPHA = 38


@dataclass(frozen=True)
class PreparedFlows:
    """Everything the painter needs, computed once per flow selection (not per paint).

    Scene coordinates are projected kilometres with y down (as the map's scene).
    Flow arrays are in drawing order: larger flows last, so they end up on top.
    """

    points: np.ndarray  # (P, 2) scene coordinates of every curve sample
    t: np.ndarray  # (P,) position along the whole flow, 0 origin .. 1 destination
    piece_start: np.ndarray  # (K + 1,) offsets into points
    piece_flow: np.ndarray  # (K,) flow index of each piece
    piece_ends_at_destination: np.ndarray  # (K,) bool
    width: np.ndarray  # (F,) width fraction 0..1 (NaN: suppressed, drawn dashed)
    colour: np.ndarray  # (F, 3) uint8 RGB
    emphasised: np.ndarray  # (F,) bool
    rings: np.ndarray  # (R, 2) scene centres of domestic rings
    ring_width: np.ndarray  # (R,) width fraction (NaN: suppressed)
    ring_colour: np.ndarray  # (R, 3) uint8
    ring_emphasised: np.ndarray  # (R,) bool
    totals: np.ndarray  # (T, 2) scene centres for location totals
    totals_in: np.ndarray  # (T,) fraction of the largest total (0 = none)
    totals_out: np.ndarray  # (T,) fraction of the largest total

    @property
    def flow_count(self) -> int:
        return len(self.width)


def width_px(fraction: np.ndarray, scale: float) -> np.ndarray:
    """Pixel width of flows from their width fraction (monotone in volume)."""
    return (MIN_WIDTH_PX + (MAX_WIDTH_PX - MIN_WIDTH_PX) * np.nan_to_num(fraction)) * scale


def device_points(points: np.ndarray, transform: QTransform) -> np.ndarray:
    """Scene points mapped through ``transform`` with numpy (one matrix product, no Qt loop)."""
    m = np.array([[transform.m11(), transform.m12()], [transform.m21(), transform.m22()]])
    return points @ m + np.array([transform.dx(), transform.dy()])


def colour_with_alpha(rgb: np.ndarray, alpha: int) -> QColor:
    """A QColor from a uint8 RGB row and an opacity 0..255."""
    return QColor(int(rgb[0]), int(rgb[1]), int(rgb[2]), alpha)


def scene_bounds(flows: PreparedFlows) -> QRectF:
    """The scene rectangle the flows can paint in (for item bounds and culling)."""
    if not len(flows.points):
        return QRectF()
    (x0, y0), (x1, y1) = flows.points.min(axis=0), flows.points.max(axis=0)
    return QRectF(x0, y0, x1 - x0, y1 - y0)
