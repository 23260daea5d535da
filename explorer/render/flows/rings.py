"""Circles drawn with the flows: domestic rings and the totals of each location.

Why apart from the flow arrows: a flow that starts and ends in one place has
no line to draw, and a location's totals in and out belong to no single flow;
both are circles sized by area, drawn beneath the arrows.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTransform

from explorer.render.flows.prepared_flows import (
    EMPHASISED_ALPHA,
    FADED_ALPHA,
    PreparedFlows,
    colour_with_alpha,
    device_points,
)

RING_MIN_RADIUS_PX = 3.0
RING_MAX_RADIUS_PX = 16.0


def paint_rings(
    painter: QPainter, flows: PreparedFlows, transform: QTransform, scale: float
) -> None:
    """Domestic flows as rings, big rings first so the small stay visible on top."""
    if not len(flows.rings):
        return
    centres = device_points(flows.rings, transform)
    order = np.argsort(-np.nan_to_num(flows.ring_width))  # big rings first, small on top
    for i in order:
        fraction = flows.ring_width[i]
        suppressed = np.isnan(fraction)
        radius = (
            RING_MIN_RADIUS_PX
            + (RING_MAX_RADIUS_PX - RING_MIN_RADIUS_PX) * (0.0 if suppressed else np.sqrt(fraction))
        ) * scale
        alpha = EMPHASISED_ALPHA if flows.ring_emphasised[i] else FADED_ALPHA
        pen = QPen(
            colour_with_alpha(flows.ring_colour[i], alpha),
            (1.0 if suppressed else 1.5 + 2.5 * fraction) * scale,
        )
        if suppressed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(*centres[i]), radius, radius)


def paint_totals(
    painter: QPainter, flows: PreparedFlows, transform: QTransform, scale: float
) -> None:
    """Each location's total in (grey disc) and total out (dashed circle)."""
    if not len(flows.totals):
        return
    centres = device_points(flows.totals, transform)
    radius_in = RING_MAX_RADIUS_PX * 1.4 * np.sqrt(flows.totals_in) * scale
    radius_out = RING_MAX_RADIUS_PX * 1.4 * np.sqrt(flows.totals_out) * scale
    painter.setPen(QPen(QColor(40, 40, 40, 140), 0.8 * scale))
    painter.setBrush(QColor(40, 40, 40, 45))
    for (x, y), r in zip(centres, radius_in, strict=True):
        if r > 0:
            painter.drawEllipse(QPointF(x, y), r, r)
    out_pen = QPen(QColor(40, 40, 40, 200), 1.2 * scale, Qt.PenStyle.DashLine)
    painter.setPen(out_pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for (x, y), r in zip(centres, radius_out, strict=True):
        if r > 0:
            painter.drawEllipse(QPointF(x, y), r, r)
