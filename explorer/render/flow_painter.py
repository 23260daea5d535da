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
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QTransform

from explorer.render.qt_arrays import polygon_from_array

MIN_WIDTH_PX = 1.2
MAX_WIDTH_PX = 14.0
TAPER_START = 0.25  # width at the origin, as a share of the width at the destination
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


def _half_widths(full: float, t: np.ndarray, scale: float) -> np.ndarray:
    """Half widths along a flow: the taper, but never under 0.6 px so no part vanishes."""
    return np.maximum(0.5 * full * (TAPER_START + (1 - TAPER_START) * t), 0.6 * scale)


def piece_normals_and_arcs(
    points: np.ndarray, piece_start: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Unit normals and arc length from each piece's start, for all pieces in one pass."""
    n = len(points)
    forward = np.zeros_like(points)
    forward[:-1] = points[1:] - points[:-1]
    ends = piece_start[1:] - 1
    forward[ends] = 0.0  # no step from a piece's last sample into the next piece
    backward = np.zeros_like(points)
    backward[1:] = forward[:-1]
    backward[piece_start[:-1]] = 0.0
    tangent = forward + backward
    norm = np.maximum(np.hypot(tangent[:, 0], tangent[:, 1]), 1e-9)
    normals = np.column_stack([-tangent[:, 1], tangent[:, 0]]) / norm[:, None]
    step = np.hypot(forward[:, 0], forward[:, 1])
    cumulative = np.concatenate([[0.0], np.cumsum(step)[:-1]]) if n else step
    arcs = cumulative - np.repeat(cumulative[piece_start[:-1]], np.diff(piece_start))
    return normals, arcs


def arrow_outline(
    piece: np.ndarray,
    t: np.ndarray,
    full: float,
    scale: float,
    normals: np.ndarray | None = None,
    arcs: np.ndarray | None = None,
) -> np.ndarray:
    """Outline of a tapered ribbon ending in an arrowhead at the piece's last sample.

    ``normals`` and ``arcs`` (device units) may come precomputed for all pieces.
    """
    if normals is None or arcs is None:
        normals, arcs = piece_normals_and_arcs(piece, np.array([0, len(piece)]))
    total = arcs[-1]
    head = min(max(7.0 * scale, 2.2 * full), 0.45 * total)
    remaining = total - arcs
    base = int(np.searchsorted(-remaining, -head))  # first sample within `head` of the tip
    base = min(max(base, 1), len(piece) - 1)
    before = remaining[base - 1] - head
    share = before / max(arcs[base] - arcs[base - 1], 1e-9)
    base_point = piece[base - 1] + (piece[base] - piece[base - 1]) * share
    body = np.vstack([piece[:base], base_point])
    body_t = np.concatenate([t[:base], [t[base - 1] + (t[base] - t[base - 1]) * share]])
    normal = np.vstack([normals[:base], normals[base - 1]])
    half = _half_widths(full, body_t, scale)
    left, right = body + normal * half[:, None], body - normal * half[:, None]
    wing = max(0.5 * full + 3.0 * scale, 0.95 * full) * normal[-1]
    tip = piece[-1]
    return np.vstack([left, base_point + wing, tip, base_point - wing, right[::-1]])


def _ribbon_polygon(
    piece: np.ndarray, t: np.ndarray, full: float, normal: np.ndarray, scale: float
) -> np.ndarray:
    half = _half_widths(full, t, scale)
    return np.vstack([piece + normal * half[:, None], (piece - normal * half[:, None])[::-1]])


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
    are antialiased (which costs by their length in pixels: 5,000 long curves
    took a second) up to ANTIALIAS_LIMIT flows. ``draft`` (while the screen's
    view changes) skips antialiasing and details fewer flows.
    """
    transform = painter.worldTransform()
    device = _device(flows.points, transform) if len(flows.points) else flows.points
    painter.save()
    painter.resetTransform()
    smooth = flows.flow_count <= ANTIALIAS_LIMIT and not draft
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
    _paint_totals(painter, flows, transform, scale)
    _paint_rings(painter, flows, transform, scale)
    halo = QPen(QColor(255, 255, 255, 150), 0.7 * scale)
    haloed = np.zeros(flows.flow_count, dtype=bool)
    haloed[np.flatnonzero(flows.emphasised)[-HALO_LIMIT:]] = True  # drawing order: largest last
    dashed = QPen(QColor(60, 60, 60, 170), 1.0 * scale, Qt.PenStyle.DashLine)
    widths = width_px(flows.width, scale)
    normals, arcs = piece_normals_and_arcs(device, flows.piece_start)
    detailed = np.zeros(flows.flow_count, dtype=bool)
    detailed[-(DRAFT_DETAIL_LIMIT if draft else DETAIL_LIMIT) :] = True  # largest come last
    hairlines = _Hairlines(scale)
    hairlines_drawn = False
    highlighted = []
    for k in range(len(flows.piece_flow)):
        a, b = flows.piece_start[k], flows.piece_start[k + 1]
        if b - a < 2:
            continue
        f = int(flows.piece_flow[k])
        piece, t = device[a:b], flows.t[a:b]
        alpha = EMPHASISED_ALPHA if flows.emphasised[f] else FADED_ALPHA
        if np.isnan(flows.width[f]):
            pen = QPen(dashed)
            pen.setColor(_colour(flows.colour[f], min(alpha, 170)))
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(polygon_from_array(piece))
            continue
        if not detailed[f]:
            arrow = bool(flows.piece_ends_at_destination[k])
            hairlines.add(piece, flows.colour[f], alpha, arrow, normals[b - 1])
            continue
        if not hairlines_drawn:
            hairlines.paint(painter)
            hairlines_drawn = True
        full = widths[f]
        if flows.piece_ends_at_destination[k]:
            outline = arrow_outline(piece, t, full, scale, normals[a:b], arcs[a:b])
        else:
            outline = _ribbon_polygon(piece, t, full, normals[a:b], scale)
        painter.setPen(halo if haloed[f] else Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(_colour(flows.colour[f], alpha)))
        polygon = polygon_from_array(outline)
        painter.drawPolygon(polygon)
        if f == highlight:
            highlighted.append(polygon)
    if not hairlines_drawn:
        hairlines.paint(painter)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(0, 0, 0, 230), 1.6 * scale))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for polygon in highlighted:
        painter.drawPolygon(polygon)
    painter.restore()


class _Hairlines:
    """Small flows among thousands, drawn as one-pixel lines with small arrowheads.

    Why: a tapered, antialiased outline costs by its length in pixels; below the
    largest DETAIL_LIMIT flows the widths are near the minimum anyway. Lines of
    one colour go into one path, drawn with a single call, so 5,000 flows stay
    drawable while still showing their direction.
    """

    def __init__(self, scale: float) -> None:
        self.scale = scale
        self.paths: dict[tuple[int, int, int, int], QPainterPath] = {}
        self.heads: dict[tuple[int, int, int, int], QPainterPath] = {}

    def add(
        self, piece: np.ndarray, rgb: np.ndarray, alpha: int, arrow: bool, normal: np.ndarray
    ) -> None:
        # Opaque, pre-mixed with white: Qt draws translucent one-pixel lines about
        # twelve times slower than opaque ones (170 ms against 14 ms for 4,500).
        mixed = np.round(255 - (255 - rgb.astype(float)) * alpha / 255).astype(int)
        key = (int(mixed[0]), int(mixed[1]), int(mixed[2]), 255)
        self.paths.setdefault(key, QPainterPath()).addPolygon(polygon_from_array(piece))
        if arrow:
            tip = piece[-1]
            along = np.array([normal[1], -normal[0]])  # the direction of travel
            size = 5.0 * self.scale
            head = np.array(
                [
                    tip,
                    tip - along * size + normal * size / 2,
                    tip - along * size - normal * size / 2,
                    tip,
                ]
            )
            self.heads.setdefault(key, QPainterPath()).addPolygon(polygon_from_array(head))

    def paint(self, painter: QPainter) -> None:
        for (r, g, b, a), path in self.paths.items():
            painter.setPen(QPen(QColor(r, g, b, a), 0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        for (r, g, b, a), path in self.heads.items():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(r, g, b, a))
            painter.drawPath(path)


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
