"""Outlines of tapered flow ribbons and arrowheads, for every flow piece at once.

Why vectorised: the painter fills hundreds of flows per repaint. Building each
outline with its own numpy calls cost about 10 ms for 500 flows, a third of the
33 ms a refined repaint may take; one pass over all samples costs well under
that. Widths are in device pixels (times the output ``scale``), so outlines are
built from device coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

TAPER_START = 0.25  # width at the origin, as a share of the width at the destination


@dataclass(frozen=True)
class Outlines:
    """Closed outlines, one per piece, concatenated: piece k is ``points[start[k]:start[k+1]]``."""

    points: np.ndarray  # (Q, 2)
    start: np.ndarray  # (K + 1,)

    def of(self, piece: int) -> np.ndarray:
        return self.points[self.start[piece] : self.start[piece + 1]]


def half_widths(full: np.ndarray | float, t: np.ndarray, scale: float) -> np.ndarray:
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


def flow_outlines(
    points: np.ndarray,
    t: np.ndarray,
    piece_start: np.ndarray,
    arrow: np.ndarray,
    full: np.ndarray,
    scale: float,
    normals: np.ndarray | None = None,
    arcs: np.ndarray | None = None,
) -> Outlines:
    """Outlines of all pieces: a tapered ribbon, ending in an arrowhead where ``arrow``.

    ``points`` and ``t`` hold every piece's samples; ``full`` is each piece's full
    width in pixels. An arrowhead's base sits ``head`` pixels before the tip,
    where the ribbon stops; its wings stand out past the ribbon so that the
    direction reads even on a thin flow. A piece of fewer than two samples gets
    an empty outline.
    """
    first, count = piece_start[:-1], np.diff(piece_start)
    if not len(points):
        return Outlines(np.zeros((0, 2)), np.zeros(len(first) + 1, dtype=np.int64))
    if normals is None or arcs is None:
        normals, arcs = piece_normals_and_arcs(points, piece_start)
    valid = count >= 2
    arrow = arrow & valid
    last = np.maximum(piece_start[1:] - 1, 0)
    total = arcs[last]
    head = np.minimum(np.maximum(7.0 * scale, 2.2 * full), 0.45 * total)

    # Arrow pieces: the first sample within `head` of the tip (arcs grow along a piece).
    local = np.arange(len(points)) - np.repeat(first, count)
    within = (np.repeat(total - head, count) <= arcs) & np.repeat(arrow, count)
    candidate = np.where(within, local, np.iinfo(np.int64).max)
    base = np.ones(len(first), dtype=np.int64)
    nonempty = count > 0
    base[nonempty] = np.minimum.reduceat(candidate, first[nonempty])
    base = np.clip(base, 1, np.maximum(count - 1, 1))
    lo = np.clip(first + base - 1, 0, len(points) - 1)
    hi = np.clip(first + base, 0, len(points) - 1)
    before = (total - arcs[lo]) - head
    share = (before / np.maximum(arcs[hi] - arcs[lo], 1e-9))[:, None]
    base_point = points[lo] + (points[hi] - points[lo]) * share
    base_t = t[lo] + (t[hi] - t[lo]) * share[:, 0]

    # The body: every sample of a ribbon; an arrow's samples before its base, then the base.
    # Rows of (x, y) are gathered and scattered as single complex numbers: numpy moves
    # one-dimensional elements several times faster than rows of a 2-D array.
    kept = np.where(arrow, base, np.where(valid, count, 0))
    body_len = kept + arrow
    body_start = np.concatenate([[0], np.cumsum(body_len)])
    piece_of_row = np.repeat(np.arange(len(first)), body_len)
    row = np.arange(body_start[-1]) - np.repeat(body_start[:-1], body_len)
    is_base = row == np.repeat(kept, body_len)
    source = np.where(is_base, lo[piece_of_row], np.repeat(first, body_len) + row)
    body_c = _as_complex(points)[source]
    body_c[is_base] = _as_complex(base_point)[piece_of_row[is_base]]
    body = _as_pairs(body_c)
    body_t = np.where(is_base, base_t[piece_of_row], t[source])
    half = half_widths(full[piece_of_row], body_t, scale)[:, None]
    normal = _as_pairs(_as_complex(normals)[source])

    # Outline order: left side, the three head points (arrows), right side reversed.
    size = 2 * body_len + 3 * arrow
    start = np.concatenate([[0], np.cumsum(size)])
    out_c = np.empty(start[-1], dtype=np.complex128)
    out_c[np.repeat(start[:-1], body_len) + row] = _as_complex(body + normal * half)
    right = np.repeat(start[:-1] + size - 1, body_len) - row
    out_c[right] = _as_complex(body - normal * half)
    out = _as_pairs(out_c)
    k = np.flatnonzero(arrow)
    at = start[k] + body_len[k]
    wing = np.maximum(0.5 * full[k] + 3.0 * scale, 0.95 * full[k])[:, None] * normals[lo[k]]
    out[at] = base_point[k] + wing
    out[at + 1] = points[last[k]]
    out[at + 2] = base_point[k] - wing
    return Outlines(out, start)


def _as_complex(pairs: np.ndarray) -> np.ndarray:
    """(N, 2) floats as N complex numbers sharing their memory (copied if not contiguous)."""
    return np.ascontiguousarray(pairs, dtype=np.float64).view(np.complex128).reshape(-1)


def _as_pairs(numbers: np.ndarray) -> np.ndarray:
    """N complex numbers as (N, 2) floats sharing their memory."""
    return numbers.view(np.float64).reshape(-1, 2)


def arrow_outline(piece: np.ndarray, t: np.ndarray, full: float, scale: float) -> np.ndarray:
    """Outline of one tapered ribbon ending in an arrowhead at its last sample (legends)."""
    outlines = flow_outlines(
        piece, t, np.array([0, len(piece)]), np.array([True]), np.array([full]), scale
    )
    return outlines.of(0)
