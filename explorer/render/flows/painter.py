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
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPaintEngine, QPainter, QPen, QPolygonF

from explorer.render.flows.hairlines import Hairlines
from explorer.render.flows.outlines import flow_outlines, piece_normals_and_arcs
from explorer.render.flows.prepared_flows import (
    EMPHASISED_ALPHA,
    FADED_ALPHA,
    PreparedFlows,
    colour_with_alpha,
    device_points,
    width_px,
)
from explorer.render.flows.rings import paint_rings, paint_totals
from explorer.render.map.qt_arrays import polygon_from_array

ANTIALIAS_LIMIT = 800  # more flows than this are drawn without antialiased edges
HALO_LIMIT = 60  # the largest emphasised flows that get a white halo
DETAIL_LIMIT = 500  # the largest flows drawn as tapered arrows; the rest as hairlines
DRAFT_DETAIL_LIMIT = 150  # the same while the view changes (refined when it settles)


def paint_flows(
    painter: QPainter,
    flows: PreparedFlows,
    scale: float = 1.0,
    highlight: int | None = None,
    draft: bool = False,
) -> None:
    """Draw rings, totals and flows in the painter's current scene transform.

    ``highlight`` (a flow index) is outlined on top: the flow the user selected.
    Level of detail: only the largest emphasised flows get a white halo; the
    largest DETAIL_LIMIT flows are tapered arrows and the rest hairlines; edges
    are antialiased up to ANTIALIAS_LIMIT flows. ``draft`` (while the screen's
    view changes) skips antialiasing and details fewer flows.

    Why layers: Qt fills an antialiased shape eight times slower in a
    translucent colour than in an opaque one (114 ms against 14 ms for 500
    flows at 1440x900). On raster devices the flows are therefore drawn opaque
    into one image per opacity (faded, emphasised) and each image is laid on
    the map once with that opacity. A larger flow then covers a smaller one
    where they cross, as in a sequence of translucent fills, only without the
    smaller showing through. Vector devices (SVG, PDF) get one translucent
    shape per flow.
    """
    transform = painter.worldTransform()
    device = device_points(flows.points, transform) if len(flows.points) else flows.points
    painter.save()
    painter.resetTransform()
    smooth = flows.flow_count <= ANTIALIAS_LIMIT and not draft
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
    paint_totals(painter, flows, transform, scale)
    paint_rings(painter, flows, transform, scale)
    shapes = _FlowShapes(flows, device, scale, draft)
    highlighted: list[QPolygonF] = []
    if painter.paintEngine().type() == QPaintEngine.Type.Raster:
        for emphasised, alpha in ((False, FADED_ALPHA), (True, EMPHASISED_ALPHA)):
            chosen = flows.emphasised == emphasised
            if chosen.any():
                highlighted += _paint_layer(painter, shapes, chosen, alpha, smooth, highlight)
    else:
        highlighted = shapes.paint(painter, np.ones(flows.flow_count, dtype=bool), None, highlight)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(0, 0, 0, 230), 1.6 * scale))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for polygon in highlighted:
        painter.drawPolygon(polygon)
    painter.restore()


def _paint_layer(
    painter: QPainter,
    shapes: _FlowShapes,
    chosen: np.ndarray,
    alpha: int,
    smooth: bool,
    highlight: int | None,
) -> list[QPolygonF]:
    """Draw the ``chosen`` flows opaque into an image, then lay it on ``painter`` at ``alpha``."""
    area = shapes.device_bounds(chosen).intersected(_device_rect(painter))
    if area.isEmpty():
        return []
    ratio = painter.device().devicePixelRatioF()
    layer = QImage(
        max(1, int(np.ceil(area.width() * ratio))),
        max(1, int(np.ceil(area.height() * ratio))),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    layer.setDevicePixelRatio(ratio)
    layer.fill(Qt.GlobalColor.transparent)
    layer_painter = QPainter(layer)
    layer_painter.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
    layer_painter.translate(-area.left(), -area.top())
    highlighted = shapes.paint(layer_painter, chosen, 255, highlight)
    layer_painter.end()
    painter.save()
    painter.setOpacity(painter.opacity() * alpha / 255)
    painter.drawImage(area.topLeft(), layer)
    painter.restore()
    return highlighted


def _device_rect(painter: QPainter) -> QRectF:
    """The painter's whole device in its (logical) device coordinates."""
    device = painter.device()
    ratio = device.devicePixelRatioF()
    return QRectF(0, 0, device.width() / ratio, device.height() / ratio)


class _FlowShapes:
    """The outlines of the flow pieces for one paint, in device coordinates."""

    def __init__(self, flows: PreparedFlows, device: np.ndarray, scale: float, draft: bool) -> None:
        self.flows, self.device, self.scale = flows, device, scale
        self.widths = width_px(flows.width, scale)
        self.normals, self.arcs = piece_normals_and_arcs(device, flows.piece_start)
        self.detailed = np.zeros(flows.flow_count, dtype=bool)
        self.detailed[-(DRAFT_DETAIL_LIMIT if draft else DETAIL_LIMIT) :] = True  # largest last
        self.haloed = np.zeros(flows.flow_count, dtype=bool)
        self.haloed[np.flatnonzero(flows.emphasised)[-HALO_LIMIT:]] = True
        # Outlines only for the detailed flows: the rest are hairlines.
        pieces = self.detailed[flows.piece_flow]
        count = np.diff(flows.piece_start)
        samples = np.repeat(pieces, count)
        self.outline_of_piece = np.cumsum(pieces) - 1
        self.outlines = flow_outlines(
            device[samples],
            flows.t[samples],
            np.concatenate([[0], np.cumsum(count[pieces])]),
            flows.piece_ends_at_destination[pieces],
            self.widths[flows.piece_flow[pieces]],
            scale,
            self.normals[samples],
            self.arcs[samples],
        )

    def device_bounds(self, chosen: np.ndarray) -> QRectF:
        """Device rectangle holding the chosen flows, with room for widths and arrowheads."""
        point_flow = np.repeat(self.flows.piece_flow, np.diff(self.flows.piece_start))
        points = self.device[chosen[point_flow]]
        if not len(points):
            return QRectF()
        margin = float(np.nanmax(self.widths[chosen], initial=0.0)) + 10.0 * self.scale
        (x0, y0), (x1, y1) = points.min(axis=0) - margin, points.max(axis=0) + margin
        return QRectF(x0, y0, x1 - x0, y1 - y0).toAlignedRect().toRectF()

    def paint(
        self, painter: QPainter, chosen: np.ndarray, alpha: int | None, highlight: int | None
    ) -> list[QPolygonF]:
        """Fill the chosen flows in drawing order; ``alpha`` None: each flow's own opacity.

        Returns the highlighted flow's outlines (in the painter's coordinates).
        """
        flows, scale = self.flows, self.scale
        # In an opaque layer the halo is opaque too: Qt strokes a translucent
        # outline about three times slower (12 ms for 60 halos in a 4K export).
        halo = QPen(QColor(255, 255, 255, 150 if alpha is None else 255), 0.7 * scale)
        dashed = QPen(QColor(60, 60, 60, 170), 1.0 * scale, Qt.PenStyle.DashLine)
        hairlines = _hairlines(
            flows, self.device, chosen, self.detailed, alpha, self.normals, scale
        )
        hairlines_drawn = False
        highlighted = []
        starts, ends, owner = flows.piece_start[:-1], flows.piece_start[1:], flows.piece_flow
        drawn_here = (self.detailed | np.isnan(flows.width))[owner]  # not a hairline
        for k in np.flatnonzero((ends - starts >= 2) & chosen[owner] & drawn_here):
            a, b = starts[k], ends[k]
            f = int(owner[k])
            piece = self.device[a:b]
            own = EMPHASISED_ALPHA if flows.emphasised[f] else FADED_ALPHA
            opacity = own if alpha is None else alpha
            if np.isnan(flows.width[f]):
                pen = QPen(dashed)
                pen.setColor(
                    colour_with_alpha(flows.colour[f], min(opacity, 170 if alpha is None else 255))
                )
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPolyline(polygon_from_array(piece))
                continue
            if not hairlines_drawn:
                hairlines.paint(painter)
                hairlines_drawn = True
            outline = self.outlines.of(int(self.outline_of_piece[k]))
            painter.setPen(halo if self.haloed[f] else Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour_with_alpha(flows.colour[f], opacity)))
            polygon = polygon_from_array(outline)
            painter.drawPolygon(polygon)
            if f == highlight:
                highlighted.append(painter.transform().map(polygon))
        if not hairlines_drawn:
            hairlines.paint(painter)
        return highlighted


def _hairlines(
    flows: PreparedFlows,
    device: np.ndarray,
    chosen: np.ndarray,
    detailed: np.ndarray,
    alpha: int | None,
    normals: np.ndarray,
    scale: float,
) -> Hairlines:
    """The chosen flows below the detailed ones, gathered for one call per colour."""
    hairlines = Hairlines(scale)
    starts, ends = flows.piece_start[:-1], flows.piece_start[1:]
    f = flows.piece_flow
    pieces = np.flatnonzero(
        (ends - starts >= 2) & chosen[f] & ~detailed[f] & ~np.isnan(flows.width[f])
    )
    if not len(pieces):
        return hairlines
    counts = (ends - starts)[pieces]
    offsets = np.repeat(starts[pieces] - np.concatenate([[0], np.cumsum(counts)[:-1]]), counts)
    samples = np.arange(int(counts.sum())) + offsets
    own = np.where(flows.emphasised[f[pieces]], EMPHASISED_ALPHA, FADED_ALPHA)
    hairlines.add(
        device[samples],
        np.concatenate([[0], np.cumsum(counts)]),
        np.asarray(flows.colour)[f[pieces]],
        own if alpha is None else np.full(len(pieces), alpha),
        np.asarray(flows.piece_ends_at_destination, dtype=bool)[pieces],
        normals[ends[pieces] - 1],
    )
    return hairlines
