"""The peer for the flows benchmark: the same flows as folium PolyLines, built and rendered.

Why apart: this is the route a Python user would take (folium, then HTML);
it shares nothing with our painter, so it lives in its own module.
"""

from __future__ import annotations

import time

import numpy as np


def folium_inputs(window) -> list[tuple[list, float, str, str]]:
    """(pieces of [lat, lon], weight px, colour, tooltip) per drawn flow, off the clock."""
    from pyproj import Transformer

    from explorer.render.flows.prepare import drawing_order
    from explorer.render.flows.prepared_flows import width_px
    from explorer.render.map.paths import SCENE_SCALE

    flows = window.flows
    prepared, view = flows.item.prepared, flows.view
    metres = prepared.points / (SCENE_SCALE, -SCENE_SCALE)
    lon, lat = Transformer.from_crs(flows.crs, "EPSG:4326", always_xy=True).transform(*metres.T)
    latlon = np.column_stack([lat, lon]).round(5)
    pieces: list[list] = [[] for _ in range(prepared.flow_count)]
    for k, f in enumerate(prepared.piece_flow):
        a, b = prepared.piece_start[k], prepared.piece_start[k + 1]
        pieces[int(f)].append(latlon[a:b].tolist())
    widths = width_px(prepared.width, 1.0)
    drawn = view.drawn.iloc[drawing_order(view)]
    out = []
    for f in range(prepared.flow_count):
        r, g, b = (int(c) for c in prepared.colour[f])
        tooltip = flows.flow_text(drawn.iloc[f]).splitlines()[0]
        lines = pieces[f][0] if len(pieces[f]) == 1 else pieces[f]
        out.append((lines, float(widths[f]), f"#{r:02x}{g:02x}{b:02x}", tooltip))
    return out


def folium_once(inputs: list[tuple[list, float, str, str]]) -> tuple[float, int]:
    """Seconds to build the folium map and render it to HTML; and the HTML's polyline count."""
    import folium

    start = time.perf_counter()
    m = folium.Map(location=(20, 0), zoom_start=2, tiles=None)
    for locations, weight, colour, tooltip in inputs:
        folium.PolyLine(
            locations, weight=weight, color=colour, opacity=200 / 255, tooltip=tooltip
        ).add_to(m)
    html = m.get_root().render()
    seconds = time.perf_counter() - start
    return seconds, html.count("L.polyline(")
