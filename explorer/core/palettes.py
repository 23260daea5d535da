"""Colour-blind-safe sequential palettes, as plain hex strings (no Qt here).

Why hand-listed: these are ColorBrewer's published sequential schemes (marked
colour-blind safe by ColorBrewer) and the viridis endpoints; listing the
5-7 class variants avoids a plotting dependency at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence

# ColorBrewer 2.0 (Cynthia Brewer, Apache-2.0 licensed colour specifications).
_BREWER: dict[str, dict[int, tuple[str, ...]]] = {
    "YlOrRd": {
        5: ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"),
        6: ("#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"),
        7: ("#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026"),
    },
    "PuBu": {
        5: ("#f1eef6", "#bdc9e1", "#74a9cf", "#2b8cbe", "#045a8d"),
        6: ("#f1eef6", "#d0d1e6", "#a6bddb", "#74a9cf", "#2b8cbe", "#045a8d"),
        7: ("#f1eef6", "#d0d1e6", "#a6bddb", "#74a9cf", "#3690c0", "#0570b0", "#034e7b"),
    },
    "viridis": {
        5: ("#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"),
        6: ("#fde725", "#7ad151", "#22a884", "#2a788e", "#414487", "#440154"),
        7: ("#fde725", "#8fd744", "#35b779", "#21918c", "#31688e", "#443983", "#440154"),
    },
}

DEFAULT_PALETTE = "YlOrRd"

#: Fill for countries the dataset has no figure for (light, neutral, unmistakably not a class).
NO_DATA_COLOUR = "#d9d9d9"
#: Base colour of the hatched fill for suppressed (<5) figures.
SUPPRESSED_COLOUR = "#b7b7d6"


def palette_names() -> list[str]:
    """Names the user can choose from."""
    return list(_BREWER)


def sequential(name: str, k: int) -> Sequence[str]:
    """``k`` colours, light to dark; below 5, an evenly spaced subset of the 5-class set."""
    scheme = _BREWER[name]
    if k in scheme:
        return scheme[k]
    if 1 <= k < 5:
        five = scheme[5]
        step = (len(five) - 1) / max(k - 1, 1)
        return tuple(five[round(i * step)] for i in range(k)) if k > 1 else (five[2],)
    raise ValueError(f"palette {name!r} has no {k}-class variant")


#: Flow colours by origin region: dark, distinct hues that stay visible on the
#: yellow-to-red choropleth and remain distinguishable with colour-vision
#: deficiencies (blue, green, purple, black, sky blue; grey for the rest).
FLOW_REGION_COLOURS: dict[str, str] = {
    "Africa": "#0b5cad",
    "Americas": "#00875a",
    "Asia": "#7b3294",
    "Europe": "#1b1b1b",
    "Oceania": "#3fa7d6",
}
FLOW_OTHER_COLOUR = "#6b6b6b"
FLOW_SINGLE_COLOUR = "#1f4e79"
