"""Which flow is under the pointer: flow centre lines in device pixels, and a hit-test.

Why apart from the painter: the view caches the painted flows layer, but
hovering and clicking must stay exact at every pan and zoom; the segments are
therefore computed from the prepared curves and the view transform alone.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtGui import QTransform

from explorer.render.flows.outlines import TAPER_START
from explorer.render.flows.prepared_flows import PreparedFlows, device_points, width_px


@dataclass(frozen=True)
class FlowHits:
    """Where flows were painted, in device pixels, so the view can tell which is hovered."""

    segments_a: np.ndarray  # (S, 2) segment starts
    segments_b: np.ndarray  # (S, 2) segment ends
    segment_flow: np.ndarray  # (S,) flow index
    half_width: np.ndarray  # (S,) half width in pixels at that segment

    def flow_at(self, x: float, y: float, slop: float = 3.0) -> int | None:
        """The topmost flow within ``slop`` pixels of (x, y), or None."""
        if not len(self.segment_flow):
            return None
        p = np.array([x, y])
        ab = self.segments_b - self.segments_a
        length2 = np.maximum((ab**2).sum(axis=1), 1e-12)
        u = np.clip(((p - self.segments_a) * ab).sum(axis=1) / length2, 0.0, 1.0)
        nearest = self.segments_a + ab * u[:, None]
        distance = np.hypot(*(nearest - p).T)
        hit = distance <= self.half_width + slop
        if not hit.any():
            return None
        return int(self.segment_flow[hit].max())  # drawing order: a higher index is on top


def flow_hits(flows: PreparedFlows, transform: QTransform, scale: float = 1.0) -> FlowHits:
    """Centre-line segments of every flow in device pixels, for hover and click.

    Computed from the prepared curves and a view transform, independently of
    painting, so the painted layer can be cached while hit-testing stays exact.
    """
    if not len(flows.points):
        empty = np.zeros((0, 2))
        return FlowHits(empty, empty, np.zeros(0, dtype=int), np.zeros(0))
    device = device_points(flows.points, transform)
    starts = np.ones(len(device), dtype=bool)
    starts[flows.piece_start[1:-1] - 1] = False  # no segment from a piece's end to the next
    starts[-1] = False
    index = np.flatnonzero(starts)
    piece_of_point = np.repeat(np.arange(len(flows.piece_flow)), np.diff(flows.piece_start))
    flow = flows.piece_flow[piece_of_point[index]]
    fraction = flows.width[flow]
    half = np.where(
        np.isnan(fraction),
        0.5 * scale,
        0.5 * width_px(fraction, scale) * (TAPER_START + (1 - TAPER_START) * flows.t[index]),
    )
    return FlowHits(device[index], device[index + 1], flow, half)
