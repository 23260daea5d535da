"""Paint origin-to-destination flows onto any QPainter: tapered arrows, rings, totals.

Why device space: widths and arrowheads are sized in pixels (times the output
``scale``), so a flow is as legible zoomed in as at world view, and a 4K export
gets proportionally wider lines. Curves come precomputed in projected space;
each paint maps their samples through the painter's transform with numpy and
builds one polygon per flow piece (DESIGN.md section 4: larger flows on top,
direction visible, Pacific crossings split at the map edge).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPaintEngine,
    QPainter,
    QPen,
    QPolygonF,
    QTransform,
)

from explorer.render.flows.hairlines import Hairlines
from explorer.render.flows.outlines import TAPER_START, flow_outlines, piece_normals_and_arcs
from explorer.render.map.qt_arrays import polygon_from_array

MIN_WIDTH_PX = 1.2
MAX_WIDTH_PX = 14.0
EMPHASISED_ALPHA = 200
FADED_ALPHA = 38
RING_MIN_RADIUS_PX = 3.0
RING_MAX_RADIUS_PX = 16.0
ANTIALIAS_LIMIT = 800  # more flows than this are drawn without antialiased edges
HALO_LIMIT = 60  # the largest emphasised flows that get a white halo
DETAIL_LIMIT = 500  # the largest flows drawn as tapered arrows; the rest as hairlines
DRAFT_DETAIL_LIMIT = 150  # the same while the view changes (refined when it settles)


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


def width_px(fraction: np.ndarray, scale: float) -> np.ndarray:
    """Pixel width of flows from their width fraction (monotone in volume)."""
    return (MIN_WIDTH_PX + (MAX_WIDTH_PX - MIN_WIDTH_PX) * np.nan_to_num(fraction)) * scale


def _device(points: np.ndarray, transform: QTransform) -> np.ndarray:
    m = np.array([[transform.m11(), transform.m12()], [transform.m21(), transform.m22()]])
    return points @ m + np.array([transform.dx(), transform.dy()])


def _colour(rgb: np.ndarray, alpha: int) -> QColor:
    return QColor(int(rgb[0]), int(rgb[1]), int(rgb[2]), alpha)


def flow_hits(flows: PreparedFlows, transform: QTransform, scale: float = 1.0) -> FlowHits:
    """Centre-line segments of every flow in device pixels, for hover and click.

    Computed from the prepared curves and a view transform, independently of
    painting, so the painted layer can be cached while hit-testing stays exact.
    """
    if not len(flows.points):
        empty = np.zeros((0, 2))
        return FlowHits(empty, empty, np.zeros(0, dtype=int), np.zeros(0))
    device = _device(flows.points, transform)
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
    device = _device(flows.points, transform) if len(flows.points) else flows.points
    painter.save()
    painter.resetTransform()
    smooth = flows.flow_count <= ANTIALIAS_LIMIT and not draft
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
    _paint_totals(painter, flows, transform, scale)
    _paint_rings(painter, flows, transform, scale)
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
        hairlines = Hairlines(scale)
        hairlines_drawn = False
        highlighted = []
        for k in range(len(flows.piece_flow)):
            a, b = flows.piece_start[k], flows.piece_start[k + 1]
            f = int(flows.piece_flow[k])
            if b - a < 2 or not chosen[f]:
                continue
            piece = self.device[a:b]
            own = EMPHASISED_ALPHA if flows.emphasised[f] else FADED_ALPHA
            opacity = own if alpha is None else alpha
            if np.isnan(flows.width[f]):
                pen = QPen(dashed)
                pen.setColor(_colour(flows.colour[f], min(opacity, 170 if alpha is None else 255)))
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPolyline(polygon_from_array(piece))
                continue
            if not self.detailed[f]:
                arrow = bool(flows.piece_ends_at_destination[k])
                hairlines.add(piece, flows.colour[f], opacity, arrow, self.normals[b - 1])
                continue
            if not hairlines_drawn:
                hairlines.paint(painter)
                hairlines_drawn = True
            outline = self.outlines.of(int(self.outline_of_piece[k]))
            painter.setPen(halo if self.haloed[f] else Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(_colour(flows.colour[f], opacity)))
            polygon = polygon_from_array(outline)
            painter.drawPolygon(polygon)
            if f == highlight:
                highlighted.append(painter.transform().map(polygon))
        if not hairlines_drawn:
            hairlines.paint(painter)
        return highlighted


def _paint_rings(
    painter: QPainter, flows: PreparedFlows, transform: QTransform, scale: float
) -> None:
    if not len(flows.rings):
        return
    centres = _device(flows.rings, transform)
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
            _colour(flows.ring_colour[i], alpha),
            (1.0 if suppressed else 1.5 + 2.5 * fraction) * scale,
        )
        if suppressed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(*centres[i]), radius, radius)


def _paint_totals(
    painter: QPainter, flows: PreparedFlows, transform: QTransform, scale: float
) -> None:
    if not len(flows.totals):
        return
    centres = _device(flows.totals, transform)
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


def scene_bounds(flows: PreparedFlows) -> QRectF:
    """The scene rectangle the flows can paint in (for item bounds and culling)."""
    if not len(flows.points):
        return QRectF()
    (x0, y0), (x1, y1) = flows.points.min(axis=0), flows.points.max(axis=0)
    return QRectF(x0, y0, x1 - x0, y1 - y0)
