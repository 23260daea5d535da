"""The outlines of one paint's flow pieces in device pixels, and the loop that fills them.

Why apart from ``paint_flows``: the painter decides where the flows go (straight
onto a vector device, or into opaque raster layers); this module only knows how
to fill a chosen set of flows in drawing order onto whatever painter it gets.
Why the loop is lean: 500 flows are 540 fills per repaint, and each Python step
per fill (numpy scalars, a new polygon, a new brush) cost about 20 us, a third
of a refined repaint; the per-fill facts are now worked out with numpy first.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

from explorer.render.flows.hairlines import Hairlines
from explorer.render.flows.outlines import flow_outlines, piece_normals_and_arcs
from explorer.render.flows.prepared_flows import (
    EMPHASISED_ALPHA,
    FADED_ALPHA,
    PreparedFlows,
    colour_with_alpha,
    width_px,
)
from explorer.render.map.qt_arrays import PolygonSlices, polygon_from_array

HALO_LIMIT = 60  # the largest emphasised flows that get a white halo
DETAIL_LIMIT = 500  # the largest flows drawn as tapered arrows; the rest as hairlines
DRAFT_DETAIL_LIMIT = 150  # the same while the view changes (refined when it settles)
DASHED_ALPHA = 170  # the most opacity a suppressed (dashed) flow gets on its own


class FlowShapes:
    """The outlines of the flow pieces for one paint, in device coordinates."""

    def __init__(self, flows: PreparedFlows, device: np.ndarray, scale: float, draft: bool) -> None:
        self.flows, self.device, self.scale = flows, device, scale
        self.widths = width_px(flows.width, scale)
        self.normals, self.arcs = piece_normals_and_arcs(device, flows.piece_start)
        self.detailed = np.zeros(flows.flow_count, dtype=bool)
        self.detailed[-(DRAFT_DETAIL_LIMIT if draft else DETAIL_LIMIT) :] = True  # largest last
        self.haloed = np.zeros(flows.flow_count, dtype=bool)
        self.haloed[np.flatnonzero(flows.emphasised)[-HALO_LIMIT:]] = True
        # Each piece's corners (for device_bounds): a layer's bounds without a pass over samples.
        nonempty = np.diff(flows.piece_start) > 0
        first = flows.piece_start[:-1][nonempty]
        self._piece_owner = flows.piece_flow[nonempty]
        self._piece_low = np.minimum.reduceat(device, first) if len(first) else np.zeros((0, 2))
        self._piece_high = np.maximum.reduceat(device, first) if len(first) else np.zeros((0, 2))
        # Outlines only for the detailed flows: the rest are hairlines.
        pieces = self.detailed[flows.piece_flow]
        self.outline_of_piece = np.cumsum(pieces) - 1
        if pieces.all():  # as with 500 flows or fewer: no copy of every sample
            starts, samples = flows.piece_start, slice(None)
        else:
            count = np.diff(flows.piece_start)
            starts = np.concatenate([[0], np.cumsum(count[pieces])])
            samples = np.repeat(pieces, count)
        self.outlines = flow_outlines(
            device[samples],
            flows.t[samples],
            starts,
            flows.piece_ends_at_destination[pieces],
            self.widths[flows.piece_flow[pieces]],
            scale,
            self.normals[samples],
            self.arcs[samples],
        )

    def device_bounds(self, chosen: np.ndarray) -> QRectF:
        """Device rectangle holding the chosen flows, with room for widths and arrowheads."""
        mine = chosen[self._piece_owner]
        if not mine.any():
            return QRectF()
        margin = float(np.nanmax(self.widths[chosen], initial=0.0)) + 10.0 * self.scale
        x0, y0 = self._piece_low[mine].min(axis=0) - margin
        x1, y1 = self._piece_high[mine].max(axis=0) + margin
        return QRectF(x0, y0, x1 - x0, y1 - y0).toAlignedRect().toRectF()

    def paint(
        self,
        painter: QPainter,
        chosen: np.ndarray,
        alpha: int | None,
        highlight: int | None,
        pixel: float = 1.0,
    ) -> list[QPolygonF]:
        """Fill the chosen flows in drawing order; ``alpha`` None: each flow's own opacity.

        ``pixel``: device pixels per output pixel (a supersampled layer's factor),
        so hairlines keep their one-pixel width. Returns the highlighted flow's
        outlines in device coordinates (those of the flows, not of ``painter``).
        """
        flows, scale = self.flows, self.scale
        # In an opaque layer the halo is opaque too: Qt strokes a translucent
        # outline about three times slower (12 ms for 60 halos in a 4K export).
        halo = QPen(QColor(255, 255, 255, 150 if alpha is None else 255), 0.7 * scale)
        hairlines = _hairlines(
            flows, self.device, chosen, self.detailed, alpha, self.normals, scale
        )
        starts, ends, owner = flows.piece_start[:-1], flows.piece_start[1:], flows.piece_flow
        drawn_here = (self.detailed | np.isnan(flows.width))[owner]  # not a hairline
        pieces = np.flatnonzero((ends - starts >= 2) & chosen[owner] & drawn_here)
        f = owner[pieces]
        opacity = (
            np.where(flows.emphasised[f], EMPHASISED_ALPHA, FADED_ALPHA)
            if alpha is None
            else np.full(len(f), alpha)
        )
        dashed = np.isnan(flows.width[f])
        filled = np.flatnonzero(~dashed)
        first_filled = int(filled[0]) if len(filled) else len(pieces)
        for i in np.flatnonzero(dashed[:first_filled]):  # below the hairlines and arrows
            self._dashed(painter, int(pieces[i]), int(f[i]), int(opacity[i]), alpha)
        hairlines.paint(painter, pixel)
        if not len(filled):
            return []
        rest = slice(first_filled, len(pieces))
        outline = self.outline_of_piece[pieces[rest]]
        rows = zip(
            dashed[rest].tolist(),
            self.haloed[f[rest]].tolist(),
            _brushes(flows.colour[f[rest]], opacity[rest]),
            self.outlines.start[outline].tolist(),
            self.outlines.start[outline + 1].tolist(),
            f[rest].tolist(),
            range(first_filled, len(pieces)),
            strict=True,
        )
        polygons = PolygonSlices(self.outlines.points)
        highlighted = []
        pen: QPen | Qt.PenStyle | None = None  # set only when it changes
        no_pen = Qt.PenStyle.NoPen  # looked up once: an enum attribute costs a microsecond
        for is_dashed, haloed, brush, a, b, flow, i in rows:
            if is_dashed:  # outline_of_piece means nothing here: no outline was built
                self._dashed(painter, int(pieces[i]), flow, int(opacity[i]), alpha)
                pen = None
                continue
            wanted = halo if haloed else no_pen
            if wanted is not pen:
                painter.setPen(wanted)
                pen = wanted
            painter.setBrush(brush)
            polygon = polygons.take(a, b)
            painter.drawPolygon(polygon)
            if flow == highlight:
                highlighted.append(QPolygonF(polygon))  # a copy: the next take refills it
        return highlighted

    def _dashed(
        self, painter: QPainter, piece: int, flow: int, opacity: int, alpha: int | None
    ) -> None:
        """A suppressed flow (its size unknown): a dashed centre line, no arrow."""
        pen = QPen(QColor(60, 60, 60), 1.0 * self.scale, Qt.PenStyle.DashLine)
        limit = DASHED_ALPHA if alpha is None else 255
        pen.setColor(colour_with_alpha(self.flows.colour[flow], min(opacity, limit)))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        a, b = self.flows.piece_start[piece], self.flows.piece_start[piece + 1]
        painter.drawPolyline(polygon_from_array(self.device[a:b]))


def _brushes(rgb: np.ndarray, opacity: np.ndarray) -> list[QBrush]:
    """One brush per row of (rgb, opacity), made once per distinct colour."""
    if not len(rgb):
        return []
    keys = (rgb.astype(np.int64) << np.array([24, 16, 8])).sum(axis=1) | opacity.astype(np.int64)
    distinct, which = np.unique(keys, return_inverse=True)
    made = [
        QBrush(QColor(int(k >> 24) & 255, int(k >> 16) & 255, int(k >> 8) & 255, int(k) & 255))
        for k in distinct.tolist()
    ]
    return [made[w] for w in which.reshape(-1).tolist()]


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
