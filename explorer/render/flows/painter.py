"""Paint origin-to-destination flows onto any QPainter: tapered arrows, rings, totals.

Why device space: widths and arrowheads are sized in pixels (times the output
``scale``), so a flow is as legible zoomed in as at world view, and a 4K export
gets proportionally wider lines. Curves come precomputed in projected space
(``prepared_flows.py``); each paint maps their samples through the painter's
transform with numpy and builds one polygon per flow piece (DESIGN.md
section 4: larger flows on top, direction visible, Pacific crossings split at
the map edge).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPaintEngine, QPainter, QPen, QPolygonF

from explorer.render.flows.layers import paint_layer
from explorer.render.flows.prepared_flows import (
    EMPHASISED_ALPHA,
    FADED_ALPHA,
    PreparedFlows,
    device_points,
)
from explorer.render.flows.rings import paint_rings, paint_totals
from explorer.render.flows.shapes import DETAIL_LIMIT, HALO_LIMIT, FlowShapes

__all__ = ["ANTIALIAS_LIMIT", "DETAIL_LIMIT", "HALO_LIMIT", "paint_flows"]

ANTIALIAS_LIMIT = 800  # more flows than this are drawn without antialiased edges


def paint_flows(
    painter: QPainter,
    flows: PreparedFlows,
    scale: float = 1.0,
    highlight: int | None = None,
    draft: bool = False,
    supersample: bool = False,
) -> None:
    """Draw rings, totals and flows in the painter's current scene transform.

    ``highlight`` (a flow index) is outlined on top: the flow the user selected.
    Level of detail: only the largest emphasised flows get a white halo; the
    largest DETAIL_LIMIT flows are tapered arrows and the rest hairlines; edges
    are antialiased up to ANTIALIAS_LIMIT flows. ``draft`` (while the screen's
    view changes) skips antialiasing and details fewer flows; ``supersample``
    (the screen's refined rendering) smooths the edges of all but the largest
    flows more cheaply than Qt's exact antialiasing (``layers.py``).

    On raster devices the flows are drawn opaque into one image per opacity
    (faded, emphasised), each laid on the map once with that opacity
    (``layers.py`` says why). Vector devices (SVG, PDF) get one translucent
    shape per flow, never an image.
    """
    transform = painter.worldTransform()
    device = device_points(flows.points, transform) if len(flows.points) else flows.points
    painter.save()
    painter.resetTransform()
    smooth = flows.flow_count <= ANTIALIAS_LIMIT and not draft
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
    paint_totals(painter, flows, transform, scale)
    paint_rings(painter, flows, transform, scale)
    shapes = FlowShapes(flows, device, scale, draft)
    highlighted: list[QPolygonF] = []
    if painter.paintEngine().type() == QPaintEngine.Type.Raster:
        for emphasised, alpha in ((False, FADED_ALPHA), (True, EMPHASISED_ALPHA)):
            chosen = flows.emphasised == emphasised
            if chosen.any():
                highlighted += paint_layer(
                    painter, shapes, chosen, alpha, smooth, highlight, supersample
                )
    else:
        highlighted = shapes.paint(painter, np.ones(flows.flow_count, dtype=bool), None, highlight)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(0, 0, 0, 230), 1.6 * scale))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for polygon in highlighted:
        painter.drawPolygon(polygon)
    painter.restore()
