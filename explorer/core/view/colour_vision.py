"""How a colour looks with a colour-vision deficiency, or in greyscale (no Qt here).

Why these models: Machado, Oliveira and Fernandes (2009), "A physiologically
based model for simulation of color vision deficiency" (IEEE TVCG 15(6)),
give one 3x3 matrix per deficiency and severity; at severity 1.0 they model
dichromats (deuteranopia, protanopia, tritanopia), the hardest case a map
must survive. The matrices act on *linear* RGB, so colours are decoded from
sRGB first and encoded again after. Greyscale is the relative luminance
(Rec. 709 / sRGB weights, also in linear RGB), which is what a
black-and-white printout or a projector with washed-out colours keeps.

The map uses this for a screen-only preview (as QGIS's "Preview mode"): the
choropleth keeps its true colours, only the displayed fills and legend
swatches are transformed (:func:`simulate_choropleth`).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import numpy as np

from explorer.core.view.choropleth import Choropleth, Fill, LegendEntry

#: The preview modes, in menu order.
VISION_KINDS: tuple[str, ...] = ("deuteranopia", "protanopia", "tritanopia", "greyscale")

#: Menu text: the condition and who has it (prevalences among men of northern
#: European descent, the usual reference figures).
VISION_TITLES: dict[str, str] = {
    "deuteranopia": "Deuteranopia (green-blind, the most common)",
    "protanopia": "Protanopia (red-blind)",
    "tritanopia": "Tritanopia (blue-blind, rare)",
    "greyscale": "Greyscale (black-and-white print)",
}

# Machado et al. (2009), severity 1.0, for linear RGB.
_MACHADO: dict[str, np.ndarray] = {
    "protanopia": np.array(
        [
            [0.152286, 1.052583, -0.204868],
            [0.114503, 0.786281, 0.099216],
            [-0.003882, -0.048116, 1.051998],
        ]
    ),
    "deuteranopia": np.array(
        [
            [0.367322, 0.860646, -0.227968],
            [0.280085, 0.672501, 0.047413],
            [-0.011820, 0.042940, 0.968881],
        ]
    ),
    "tritanopia": np.array(
        [
            [1.255528, -0.076749, -0.178779],
            [-0.078411, 0.930809, 0.147602],
            [0.004733, 0.691367, 0.303900],
        ]
    ),
}
# Relative luminance of linear sRGB (IEC 61966-2-1 / Rec. 709 primaries).
_LUMINANCE = np.array([0.2126, 0.7152, 0.0722])


def _hex_to_rgb(colour: str) -> np.ndarray:
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return np.array([int(text[i : i + 2], 16) for i in (0, 2, 4)], dtype=float) / 255.0


def _to_linear(srgb: np.ndarray) -> np.ndarray:
    return np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)


def _to_srgb(linear: np.ndarray) -> np.ndarray:
    linear = np.clip(linear, 0.0, 1.0)
    return np.where(linear <= 0.0031308, linear * 12.92, 1.055 * linear ** (1 / 2.4) - 0.055)


def _rgb_to_hex(srgb: np.ndarray) -> str:
    r, g, b = (round(float(c) * 255) for c in np.clip(srgb, 0.0, 1.0))
    return f"#{r:02x}{g:02x}{b:02x}"


@lru_cache(maxsize=4096)
def simulate(hex_colour: str, kind: str) -> str:
    """``hex_colour`` as seen with ``kind`` (one of :data:`VISION_KINDS`), as ``#rrggbb``."""
    linear = _to_linear(_hex_to_rgb(hex_colour))
    if kind == "greyscale":
        grey = float(_LUMINANCE @ linear)
        seen = np.array([grey, grey, grey])
    else:
        try:
            matrix = _MACHADO[kind]
        except KeyError:
            raise ValueError(
                f"unknown colour-vision kind {kind!r}; one of {', '.join(VISION_KINDS)}"
            ) from None
        seen = matrix @ linear
    return _rgb_to_hex(_to_srgb(seen))


def simulate_choropleth(choropleth: Choropleth, kind: str) -> Choropleth:
    """A copy of ``choropleth`` whose fills, class colours and legend swatches are simulated.

    Everything else (values, classes, labels, title) is shared, so the copy
    can stand in for the original wherever fills and legend are painted; the
    legend's note says which preview it is, so nobody takes it for the map.
    Countries without a figure keep the no-data grey: every matrix row sums to
    1, so greys are seen unchanged (a test checks it).
    """
    fills = {
        iso3: Fill(fill.kind, simulate(fill.colour, kind), fill.class_index)
        for iso3, fill in choropleth._fills.items()
    }
    legend = tuple(
        LegendEntry(entry.label, simulate(entry.colour, kind), entry.kind)
        for entry in choropleth.legend
    )
    colours = tuple(simulate(colour, kind) for colour in choropleth.colours)
    note = f"{choropleth.classes_note}; {kind} preview".lstrip("; ")
    return replace(choropleth, colours=colours, legend=legend, classes_note=note, _fills=fills)
