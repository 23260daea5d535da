"""Colour-vision simulation: what red, green and the palettes look like to whom."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

from explorer.core.data.breakdown import Breakdown
from explorer.core.data.dataset import Dataset
from explorer.core.view.choropleth import CLASS, NO_DATA, ChoroplethBuilder
from explorer.core.view.colour_vision import VISION_KINDS, simulate, simulate_choropleth
from explorer.core.view.palettes import NO_DATA_COLOUR, palette_names, sequential


def rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def lightness(colour: str) -> float:
    """CIE L* (0 black .. 100 white) of an sRGB hex colour."""
    srgb = np.array(rgb(colour)) / 255
    linear = np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)
    y = float(linear @ [0.2126, 0.7152, 0.0722])
    return 116 * y ** (1 / 3) - 16 if y > 216 / 24389 else 24389 / 27 * y


def distance(a: str, b: str) -> float:
    return float(np.linalg.norm(np.subtract(rgb(a), rgb(b))))


def test_pure_red_is_not_red_to_a_deuteranope():
    seen = simulate("#ff0000", "deuteranopia")
    # Machado's first column (0.367, 0.280, -0.012) in linear RGB, encoded as sRGB
    assert seen == "#a39000"
    r, g, _b = rgb(seen)
    assert g > 0.8 * r  # olive, not red


def test_red_and_green_come_close_for_red_green_deficiencies_but_not_for_tritanopes():
    red, green = "#d62728", "#2ca02c"  # the classic confusable pair
    before = distance(red, green)
    for kind in ("deuteranopia", "protanopia"):
        assert distance(simulate(red, kind), simulate(green, kind)) < before / 2
    assert distance(simulate(red, "tritanopia"), simulate(green, "tritanopia")) > before / 2


def test_tritanopia_confuses_blue_and_green_hues():
    seen = simulate("#0000ff", "tritanopia")
    assert seen != "#0000ff"
    _r, g, _b = rgb(seen)
    assert g > 0  # blue picks up green


def test_greyscale_gives_equal_channels_ordered_by_luminance():
    greys = {c: simulate(c, "greyscale") for c in ("#ff0000", "#00ff00", "#0000ff")}
    for grey in greys.values():
        r, g, b = rgb(grey)
        assert r == g == b
    # green is the brightest primary, blue the darkest (Rec. 709 weights)
    assert rgb(greys["#00ff00"])[0] > rgb(greys["#ff0000"])[0] > rgb(greys["#0000ff"])[0]
    assert greys["#00ff00"] == "#dcdcdc"


@pytest.mark.parametrize("kind", VISION_KINDS)
def test_black_white_and_greys_are_seen_unchanged(kind):
    for grey in ("#000000", "#ffffff", NO_DATA_COLOUR, "#777777"):
        assert distance(simulate(grey, kind), grey) <= 1.8  # rounding only


@pytest.mark.parametrize("kind", VISION_KINDS)
def test_sequential_palettes_stay_ordered_light_to_dark_for_everyone(kind):
    # what makes them colour-blind safe: the order survives every deficiency
    for name in palette_names():
        seen = [simulate(c, kind) for c in sequential(name, 5)]
        lights = [lightness(c) for c in seen]
        assert all(a > b for a, b in itertools.pairwise(lights)), (name, seen)


def test_unknown_kind_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown colour-vision kind"):
        simulate("#ff0000", "x-ray")


def test_simulated_choropleth_recolours_fills_and_legend_only():
    rows = [
        {"iso3": f"C{i}", "year": 2020, "indicator": "V", "value": float(v)}
        for i, v in enumerate([1, 5, 20, 80, 300, 1000])
    ]
    frame = pd.DataFrame(rows)
    frame["dataset"] = "t"
    true = ChoroplethBuilder(Dataset("t", observations=frame)).build("V", 2020, Breakdown.TOTAL)
    seen = simulate_choropleth(true, "deuteranopia")
    top = true.fill("C5")
    assert seen.fill("C5").colour == simulate(top.colour, "deuteranopia") != top.colour
    assert seen.fill("C5").class_index == top.class_index
    assert seen.fill("ZZZ").kind == NO_DATA and seen.fill("ZZZ").colour == NO_DATA_COLOUR
    assert [e.label for e in seen.legend] == [e.label for e in true.legend]
    assert [e.colour for e in seen.legend if e.kind == CLASS] == list(seen.colours)
    assert seen.colours != true.colours
    assert seen.classes_note.endswith("deuteranopia preview")
    assert seen.values is true.values and seen.title == true.title
    assert true.fill("C5") == top  # the original keeps its true colours
