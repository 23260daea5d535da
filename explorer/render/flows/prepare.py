"""From a FlowView (what to draw) to PreparedFlows (arrays the painter walks).

Why a separate step: curves, colours and drawing order depend on the year,
filters and selection, not on zoom; computing them once per change keeps each
repaint to a transform and the polygon fills (DESIGN.md section 4).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from explorer.core.flows.geometry import flow_curves
from explorer.core.flows.selection import FlowView
from explorer.core.flows.settings import ColourMode
from explorer.core.view.palettes import FLOW_OTHER_COLOUR, FLOW_REGION_COLOURS, FLOW_SINGLE_COLOUR
from explorer.render.flows.prepared_flows import PreparedFlows
from explorer.render.map.paths import SCENE_SCALE

Point = tuple[float, float]


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    text = hex_colour.lstrip("#")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def flow_colour(region: object, mode: ColourMode) -> str:
    """Hex colour of a flow from its origin region (or the single flow colour)."""
    if mode is ColourMode.SINGLE:
        return FLOW_SINGLE_COLOUR
    return FLOW_REGION_COLOURS.get(region if isinstance(region, str) else "", FLOW_OTHER_COLOUR)


def _colours(regions: np.ndarray, mode: ColourMode) -> np.ndarray:
    table = np.array([_rgb(flow_colour(r, mode)) for r in regions], dtype=np.uint8)
    return table.reshape(-1, 3)


def _scene(codes: np.ndarray, points: Mapping[str, Point]) -> np.ndarray:
    xy = np.array([points[c] for c in codes], dtype=float).reshape(-1, 2)
    return xy * (SCENE_SCALE, -SCENE_SCALE)


def drawing_order(view: FlowView) -> np.ndarray:
    """Row order of ``view.drawn`` for painting: faded first, then emphasised, small to large."""
    drawn = view.drawn
    size = drawn["value"].fillna(drawn["lower"]).fillna(0.0).to_numpy(dtype=float)
    return np.lexsort((size, drawn["emphasised"].to_numpy(dtype=bool)))


def prepare_flows(
    view: FlowView,
    label_lonlat: Mapping[str, Point],
    label_projected: Mapping[str, Point],
    crs: str,
    region_of: Mapping[str, str],
    colour_mode: ColourMode = ColourMode.REGION,
    show_totals: bool = False,
) -> tuple[PreparedFlows, np.ndarray]:
    """Arrays for :func:`paint_flows`, and the ``view.drawn`` row of each painted flow."""
    order = drawing_order(view)
    drawn = view.drawn.iloc[order]
    origins = np.array([label_lonlat[c] for c in drawn["origin"]], dtype=float).reshape(-1, 2)
    targets = np.array([label_lonlat[c] for c in drawn["destination"]], dtype=float)
    curves = flow_curves(origins, targets.reshape(-1, 2), crs)
    rings = view.domestic
    totals = view.totals if show_totals else view.totals.iloc[0:0]
    biggest = float(np.nanmax(totals[["incoming", "outgoing"]].to_numpy(), initial=0.0))
    prepared = PreparedFlows(
        points=curves.points * (SCENE_SCALE, -SCENE_SCALE),
        t=curves.t,
        piece_start=curves.piece_start,
        piece_flow=curves.piece_flow,
        piece_ends_at_destination=curves.piece_ends_at_destination,
        width=drawn["width"].to_numpy(dtype=float),
        colour=_colours(drawn["origin_region"].to_numpy(dtype=object), colour_mode),
        emphasised=drawn["emphasised"].to_numpy(dtype=bool),
        rings=_scene(rings["iso3"].to_numpy(dtype=object), label_projected),
        ring_width=rings["width"].to_numpy(dtype=float),
        ring_colour=_colours(
            np.array([region_of.get(c) for c in rings["iso3"]], dtype=object), colour_mode
        ),
        ring_emphasised=rings["emphasised"].to_numpy(dtype=bool),
        totals=_scene(totals.index.to_numpy(dtype=object), label_projected),
        totals_in=totals["incoming"].to_numpy(dtype=float) / biggest if biggest else np.zeros(0),
        totals_out=totals["outgoing"].to_numpy(dtype=float) / biggest if biggest else np.zeros(0),
    )
    return prepared, order
