"""Origin-to-destination flow curves in projected metres, drawn as flow-map experts draw them.

Why curves and not straight lines: on a flow map a straight segment hides behind every
other segment that shares its corridor, and A->B would lie exactly on B->A. Cartographic
practice (Tobler's flow maps; Jenny et al., "Design principles for origin-destination flow
maps", 2018) bends each flow gently and always to the same side of its direction of travel
(here: to the right, going from origin to destination), so the two directions of a pair
become two separate arcs and the bend itself hints at the direction.

Why the unwrapping and splitting: the map is a planar projection cut at 180 degrees, so a
Philippines -> United States flow drawn naively would cross the whole map westwards over
Asia, Africa and the Atlantic. It must take the shorter way over the Pacific: leave the east
edge at +180 and re-enter at -180. The curve is built in unwrapped (lon, lat) degrees, cut
where it crosses +-180 (an exact edge point is inserted on both sides), wrapped back into
[-180, 180] and projected in one vectorised pyproj call (DESIGN.md sections 3-4).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
from pyproj import Transformer

GEOGRAPHIC_CRS = "EPSG:4326"
MAX_LAT = 89.5  # the poles are lines, not points, in Equal Earth and Robinson
MIN_CHORD = 1e-6  # degrees: about 0.1 m, nothing to draw between such ends


@dataclass(frozen=True)
class FlowCurves:
    """Sampled flow curves in projected metres (x east, y north), pieces concatenated."""

    points: np.ndarray  # (P, 2) float64 projected coordinates of every sample of every piece
    piece_start: np.ndarray  # (K + 1,) int64 offsets: piece k is points[start[k]:start[k+1]]
    piece_flow: np.ndarray  # (K,) int64: index (0..F-1) of the flow each piece belongs to
    t: np.ndarray  # (P,) float64 in [0, 1]: position along the whole flow (for the taper)
    piece_ends_at_destination: np.ndarray  # (K,) bool: this piece's last point is the destination

    def pieces_of(self, flow: int) -> list[np.ndarray]:
        """The pieces of one flow in drawing order (empty for a domestic or invalid flow)."""
        ks = np.flatnonzero(self.piece_flow == flow)
        return [self.points[self.piece_start[k] : self.piece_start[k + 1]] for k in ks]

    @property
    def flow_count(self) -> int:
        """Number of flows that produced at least one piece."""
        return len(np.unique(self.piece_flow))


@cache
def _transformer(crs: str) -> Transformer:
    return Transformer.from_crs(GEOGRAPHIC_CRS, crs, always_xy=True)


def _empty() -> FlowCurves:
    return FlowCurves(
        points=np.empty((0, 2), dtype=np.float64),
        piece_start=np.zeros(1, dtype=np.int64),
        piece_flow=np.empty(0, dtype=np.int64),
        t=np.empty(0, dtype=np.float64),
        piece_ends_at_destination=np.empty(0, dtype=bool),
    )


def _bezier(o: np.ndarray, d: np.ndarray, s: np.ndarray, bend: float) -> np.ndarray:
    """(F, S, 2) quadratic Bezier samples, control point offset to the right of o->d."""
    chord = d - o
    right = np.stack([chord[:, 1], -chord[:, 0]], axis=1)  # chord turned 90 degrees clockwise
    ctrl = (o + d) / 2 + bend * right
    a, b, c = ((1 - s) ** 2)[None, :, None], (2 * s * (1 - s))[None, :, None], (s**2)[None, :, None]
    return a * o[:, None, :] + b * ctrl[:, None, :] + c * d[:, None, :]


def _wrap_index(lon: np.ndarray) -> np.ndarray:
    """Which 360-degree copy of the map each sample is in (0 for [-180, 180)).

    A sample exactly on an edge belongs to the copy of its neighbour, so a flow that
    starts or ends at +-180 stays on the side it is drawn from instead of jumping.
    """
    shifted = (lon + 180.0) / 360.0
    w = np.floor(shifted).astype(np.int64)
    on_edge = shifted == np.floor(shifted)
    neighbour = np.concatenate([w[:, 1:2], w[:, :-1]], axis=1)  # next for the first, else previous
    return np.where(on_edge, neighbour, w)


def flow_curves(
    origins: np.ndarray,
    destinations: np.ndarray,
    crs: str = "EPSG:8857",
    samples: int = 24,
    bend: float = 0.2,
) -> FlowCurves:
    """origins, destinations: (F, 2) arrays of (lon, lat) degrees (the countries' label points).

    ``bend`` is the control-point offset as a fraction of the chord (in degrees), so the
    apex of the arc sits ``bend / 2`` chords to the right of the straight line. A flow whose
    origin equals its destination (domestic: the caller draws a ring) or that has a
    non-finite coordinate yields no piece; ``piece_flow`` still uses the caller's indices.
    A flow crossing the antimeridian yields two pieces (rarely three, when a short flow
    hugging the edge bends across it and back), each cut ending exactly at one map edge and
    the next piece starting exactly at the other; ``t`` continues across every cut.
    """
    if samples < 2:
        raise ValueError("samples must be at least 2")
    o_all = np.asarray(origins, dtype=np.float64).reshape(-1, 2)
    d_all = np.asarray(destinations, dtype=np.float64).reshape(-1, 2)
    if o_all.shape != d_all.shape:
        raise ValueError("origins and destinations must have the same shape (F, 2)")
    d_all = d_all.copy()
    dlon = d_all[:, 0] - o_all[:, 0]
    d_all[:, 0] -= 360.0 * np.sign(dlon) * (np.abs(dlon) > 180)  # the shorter way round
    finite = np.isfinite(o_all).all(axis=1) & np.isfinite(d_all).all(axis=1)
    # Ends closer than MIN_CHORD (after going the short way) are one place: no curve.
    chord = np.hypot(*(d_all - o_all).T)
    keep = np.flatnonzero(finite & (chord > MIN_CHORD))
    if keep.size == 0:
        return _empty()
    o, d = o_all[keep], d_all[keep]
    n, s = len(keep), np.linspace(0.0, 1.0, samples)

    curve = _bezier(o, d, s, bend)
    lon, lat = curve[..., 0], np.clip(curve[..., 1], -MAX_LAT, MAX_LAT)
    w = _wrap_index(lon)

    # A crossing after sample j when the wrap index changes between j and j + 1; two copies
    # of the exact edge point are inserted there (one per side), shifting later samples.
    cross = np.zeros((n, samples), dtype=bool)
    cross[:, :-1] = w[:, 1:] != w[:, :-1]
    shift = 2 * (np.cumsum(cross.ravel()) - cross.ravel())
    sample_pos = np.arange(n * samples) + shift
    fi, ji = np.nonzero(cross)
    w0, w1 = w[fi, ji], w[fi, ji + 1]
    edge = -180.0 + 360.0 * np.maximum(w0, w1)
    frac = (edge - lon[fi, ji]) / (lon[fi, ji + 1] - lon[fi, ji])
    lat_c = lat[fi, ji] + frac * (lat[fi, ji + 1] - lat[fi, ji])
    t_c = s[ji] + frac * (s[ji + 1] - s[ji])
    before = sample_pos[fi * samples + ji] + 1  # last point of the piece before the cut

    total = n * samples + 2 * len(fi)
    out_lon, out_lat, out_t = np.empty(total), np.empty(total), np.empty(total)
    out_lon[sample_pos] = (lon - 360.0 * w).ravel()
    out_lat[sample_pos] = lat.ravel()
    out_t[sample_pos] = np.broadcast_to(s, (n, samples)).ravel()
    out_lon[before], out_lon[before + 1] = edge - 360.0 * w0, edge - 360.0 * w1
    out_lat[before] = out_lat[before + 1] = lat_c
    out_t[before] = out_t[before + 1] = t_c

    x, y = _transformer(crs).transform(out_lon, out_lat)
    x = np.asarray(x, dtype=np.float64)
    at_edge = np.abs(out_lon) == 180.0  # +180 must land on the east edge, -180 on the west
    x[at_edge] = np.copysign(np.abs(x[at_edge]), out_lon[at_edge])

    flow_starts = sample_pos[::samples]
    starts = np.sort(np.concatenate([flow_starts, before + 1]))
    piece_local = np.searchsorted(flow_starts, starts, side="right") - 1
    ends_at_dest = np.append(piece_local[1:] != piece_local[:-1], True)
    return FlowCurves(
        points=np.column_stack([x, np.asarray(y, dtype=np.float64)]),
        piece_start=np.append(starts, total).astype(np.int64),
        piece_flow=keep[piece_local].astype(np.int64),
        t=out_t,
        piece_ends_at_destination=ends_at_dest,
    )
