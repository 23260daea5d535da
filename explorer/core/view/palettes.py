"""Colour-blind-safe palettes for the choropleth, as plain hex strings (no Qt here).

Why hand-listed: these are ColorBrewer's published schemes (every one listed
is marked colour-blind safe by ColorBrewer) and the viridis family, which is
perceptually uniform and readable with every common colour-vision deficiency
and in greyscale. Listing the 3-7 class variants avoids a plotting dependency
at start-up.

- ColorBrewer sequential and diverging sets: the exact published values for
  each number of classes (they are not samples of one ramp; checked against
  the copy that ships with branca, ``branca/_schemes.json``).
- viridis, cividis, plasma, magma: matplotlib's colormaps sampled evenly, light
  end first, computed once with ``matplotlib.colormaps[name](numpy.linspace(1,
  0, k))``. magma stops at 0.15 instead of 0: its last eighth is near-black,
  where country outlines, the selection outline and the dark flow colours
  disappear.

Sequential palettes run light to dark (low to high values). Diverging ones
keep ColorBrewer's order, first colour for the low (negative) end, with a light
neutral middle; they are for change indicators.
"""

from __future__ import annotations

from collections.abc import Sequence

_Variants = dict[int, tuple[str, ...]]

# ColorBrewer 2.0 (Cynthia Brewer, Apache-2.0 licensed colour specifications).
_BREWER_SEQUENTIAL: dict[str, _Variants] = {
    "YlOrRd": {
        3: ("#ffeda0", "#feb24c", "#f03b20"),
        4: ("#ffffb2", "#fecc5c", "#fd8d3c", "#e31a1c"),
        5: ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"),
        6: ("#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"),
        7: ("#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026"),
    },
    "OrRd": {
        3: ("#fee8c8", "#fdbb84", "#e34a33"),
        4: ("#fef0d9", "#fdcc8a", "#fc8d59", "#d7301f"),
        5: ("#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000"),
        6: ("#fef0d9", "#fdd49e", "#fdbb84", "#fc8d59", "#e34a33", "#b30000"),
        7: ("#fef0d9", "#fdd49e", "#fdbb84", "#fc8d59", "#ef6548", "#d7301f", "#990000"),
    },
    "PuRd": {
        3: ("#e7e1ef", "#c994c7", "#dd1c77"),
        4: ("#f1eef6", "#d7b5d8", "#df65b0", "#ce1256"),
        5: ("#f1eef6", "#d7b5d8", "#df65b0", "#dd1c77", "#980043"),
        6: ("#f1eef6", "#d4b9da", "#c994c7", "#df65b0", "#dd1c77", "#980043"),
        7: ("#f1eef6", "#d4b9da", "#c994c7", "#df65b0", "#e7298a", "#ce1256", "#91003f"),
    },
    "Purples": {
        3: ("#efedf5", "#bcbddc", "#756bb1"),
        4: ("#f2f0f7", "#cbc9e2", "#9e9ac8", "#6a51a3"),
        5: ("#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f"),
        6: ("#f2f0f7", "#dadaeb", "#bcbddc", "#9e9ac8", "#756bb1", "#54278f"),
        7: ("#f2f0f7", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#4a1486"),
    },
    "PuBu": {
        3: ("#ece7f2", "#a6bddb", "#2b8cbe"),
        4: ("#f1eef6", "#bdc9e1", "#74a9cf", "#0570b0"),
        5: ("#f1eef6", "#bdc9e1", "#74a9cf", "#2b8cbe", "#045a8d"),
        6: ("#f1eef6", "#d0d1e6", "#a6bddb", "#74a9cf", "#2b8cbe", "#045a8d"),
        7: ("#f1eef6", "#d0d1e6", "#a6bddb", "#74a9cf", "#3690c0", "#0570b0", "#034e7b"),
    },
    "Blues": {
        3: ("#deebf7", "#9ecae1", "#3182bd"),
        4: ("#eff3ff", "#bdd7e7", "#6baed6", "#2171b5"),
        5: ("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"),
        6: ("#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"),
        7: ("#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"),
    },
    "YlGnBu": {
        3: ("#edf8b1", "#7fcdbb", "#2c7fb8"),
        4: ("#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"),
        5: ("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"),
        6: ("#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"),
        7: ("#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"),
    },
    "Greens": {
        3: ("#e5f5e0", "#a1d99b", "#31a354"),
        4: ("#edf8e9", "#bae4b3", "#74c476", "#238b45"),
        5: ("#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c"),
        6: ("#edf8e9", "#c7e9c0", "#a1d99b", "#74c476", "#31a354", "#006d2c"),
        7: ("#edf8e9", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d", "#238b45", "#005a32"),
    },
}

# matplotlib's perceptually uniform colormaps (CC0), light end first.
_VIRIDIS_FAMILY: dict[str, _Variants] = {
    "viridis": {
        3: ("#fde725", "#21918c", "#440154"),
        4: ("#fde725", "#35b779", "#31688e", "#440154"),
        5: ("#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"),
        6: ("#fde725", "#7ad151", "#22a884", "#2a788e", "#414487", "#440154"),
        7: ("#fde725", "#8fd744", "#35b779", "#21918c", "#31688e", "#443983", "#440154"),
    },
    "cividis": {
        3: ("#fee838", "#7d7c78", "#00224e"),
        4: ("#fee838", "#a59c74", "#575d6d", "#00224e"),
        5: ("#fee838", "#bcae6c", "#7d7c78", "#434e6c", "#00224e"),
        6: ("#fee838", "#c8b866", "#948e77", "#666970", "#35456c", "#00224e"),
        7: ("#fee838", "#d2c060", "#a59c74", "#7d7c78", "#575d6d", "#2a3f6d", "#00224e"),
    },
    "plasma": {
        3: ("#f0f921", "#cc4778", "#0d0887"),
        4: ("#f0f921", "#ed7953", "#9c179e", "#0d0887"),
        5: ("#f0f921", "#f89540", "#cc4778", "#7e03a8", "#0d0887"),
        6: ("#f0f921", "#fca636", "#e16462", "#b12a90", "#6a00a8", "#0d0887"),
        7: ("#f0f921", "#fdb42f", "#ed7953", "#cc4778", "#9c179e", "#5c01a6", "#0d0887"),
    },
    "magma": {
        3: ("#fcfdbf", "#d5446d", "#251255"),
        4: ("#fcfdbf", "#f9785d", "#992d80", "#251255"),
        5: ("#fcfdbf", "#fd9a6a", "#d5446d", "#7c2382", "#251255"),
        6: ("#fcfdbf", "#feae77", "#ef5d5e", "#b2357b", "#6b1d81", "#251255"),
        7: ("#fcfdbf", "#febb81", "#f9785d", "#d5446d", "#992d80", "#601880", "#251255"),
    },
}

_SEQUENTIAL: dict[str, _Variants] = {**_BREWER_SEQUENTIAL, **_VIRIDIS_FAMILY}

# ColorBrewer 2.0 diverging schemes, low end first, light neutral middle.
_DIVERGING: dict[str, _Variants] = {
    "RdBu": {
        3: ("#ef8a62", "#f7f7f7", "#67a9cf"),
        4: ("#ca0020", "#f4a582", "#92c5de", "#0571b0"),
        5: ("#ca0020", "#f4a582", "#f7f7f7", "#92c5de", "#0571b0"),
        6: ("#b2182b", "#ef8a62", "#fddbc7", "#d1e5f0", "#67a9cf", "#2166ac"),
        7: ("#b2182b", "#ef8a62", "#fddbc7", "#f7f7f7", "#d1e5f0", "#67a9cf", "#2166ac"),
    },
    "PuOr": {
        3: ("#f1a340", "#f7f7f7", "#998ec3"),
        4: ("#e66101", "#fdb863", "#b2abd2", "#5e3c99"),
        5: ("#e66101", "#fdb863", "#f7f7f7", "#b2abd2", "#5e3c99"),
        6: ("#b35806", "#f1a340", "#fee0b6", "#d8daeb", "#998ec3", "#542788"),
        7: ("#b35806", "#f1a340", "#fee0b6", "#f7f7f7", "#d8daeb", "#998ec3", "#542788"),
    },
    "BrBG": {
        3: ("#d8b365", "#f5f5f5", "#5ab4ac"),
        4: ("#a6611a", "#dfc27d", "#80cdc1", "#018571"),
        5: ("#a6611a", "#dfc27d", "#f5f5f5", "#80cdc1", "#018571"),
        6: ("#8c510a", "#d8b365", "#f6e8c3", "#c7eae5", "#5ab4ac", "#01665e"),
        7: ("#8c510a", "#d8b365", "#f6e8c3", "#f5f5f5", "#c7eae5", "#5ab4ac", "#01665e"),
    },
}

#: What the user reads in menus: the colours in words, then the published name.
PALETTE_TITLES: dict[str, str] = {
    "YlOrRd": "Yellow-orange-red (ColorBrewer YlOrRd)",
    "OrRd": "Orange-red (ColorBrewer OrRd)",
    "PuRd": "Purple-red (ColorBrewer PuRd)",
    "Purples": "Purples (ColorBrewer)",
    "PuBu": "Purple-blue (ColorBrewer PuBu)",
    "Blues": "Blues (ColorBrewer)",
    "YlGnBu": "Yellow-green-blue (ColorBrewer YlGnBu)",
    "Greens": "Greens (ColorBrewer)",
    "viridis": "Viridis (yellow-green-purple)",
    "cividis": "Cividis (yellow-grey-blue)",
    "plasma": "Plasma (yellow-pink-blue)",
    "magma": "Magma (cream-red-purple)",
    "RdBu": "Red-blue (ColorBrewer RdBu)",
    "PuOr": "Orange-purple (ColorBrewer PuOr)",
    "BrBG": "Brown-blue-green (ColorBrewer BrBG)",
}

DEFAULT_PALETTE = "YlOrRd"
#: The numbers of classes every palette has its own variant for.
MIN_CLASSES, MAX_CLASSES = 3, 7

#: Fill for countries the dataset has no figure for (light, neutral, unmistakably not a class).
NO_DATA_COLOUR = "#d9d9d9"
#: Base colour of the hatched fill for suppressed (<5) figures.
SUPPRESSED_COLOUR = "#b7b7d6"
#: Fill for a category outside the order of levels (TIP "Special case"): a darker
#: neutral grey, told apart from "no data" and from every class colour.
UNRANKED_COLOUR = "#8c8c8c"


def palette_names(kind: str = "sequential") -> list[str]:
    """Names the user can choose from, in menu order: ``"sequential"`` or ``"diverging"``."""
    return list(_table(kind))


def palette_title(name: str) -> str:
    """The menu text of a palette, e.g. ``"Blues (ColorBrewer)"``."""
    return PALETTE_TITLES.get(name, name)


def sequential(name: str, k: int) -> Sequence[str]:
    """``k`` colours, light to dark.

    1 or 2 classes (too few distinct values) take an evenly spaced subset of
    the 5-class set.
    """
    return _colours(_SEQUENTIAL, name, k)


def diverging(name: str, k: int) -> Sequence[str]:
    """``k`` colours from the low end to the high end through a light neutral middle.

    An odd ``k`` has the neutral colour in the middle class; an even ``k``
    splits at zero change. 1 class is the neutral colour alone.
    """
    return _colours(_DIVERGING, name, k)


def _table(kind: str) -> dict[str, _Variants]:
    if kind == "sequential":
        return _SEQUENTIAL
    if kind == "diverging":
        return _DIVERGING
    raise ValueError(f"unknown palette kind {kind!r} (sequential or diverging)")


def _colours(table: dict[str, _Variants], name: str, k: int) -> Sequence[str]:
    try:
        scheme = table[name]
    except KeyError:
        raise ValueError(f"unknown palette {name!r}") from None
    if k in scheme:
        return scheme[k]
    if 1 <= k < MIN_CLASSES:
        five = scheme[5]
        return (five[2],) if k == 1 else (five[0], five[-1])
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
