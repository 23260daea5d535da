"""Palettes and manual classes: the cartographic choices behind View > Map style."""

from __future__ import annotations

import itertools
import re
import warnings

import mapclassify
import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from explorer.core.view.classify import (
    MAX_MANUAL_BREAKS,
    classify,
    fisher_jenks_bins,
    manual_classification,
    parse_breaks,
)
from explorer.core.view.palettes import (
    MAX_CLASSES,
    MIN_CLASSES,
    NO_DATA_COLOUR,
    diverging,
    palette_names,
    palette_title,
    sequential,
)

SEQUENTIAL = palette_names()
DIVERGING = palette_names("diverging")
HEX = re.compile(r"^#[0-9a-f]{6}$")


def lightness(colour: str) -> float:
    """CIE L* (0 black .. 100 white) of an sRGB hex colour."""
    srgb = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)]) / 255
    linear = np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)
    y = float(linear @ [0.2126, 0.7152, 0.0722])
    return 116 * y ** (1 / 3) - 16 if y > 216 / 24389 else 24389 / 27 * y


def test_the_user_has_colour_blind_safe_sets_and_the_viridis_family():
    for name in ("YlOrRd", "PuBu", "Blues", "Greens", "Purples", "OrRd", "YlGnBu", "PuRd"):
        assert name in SEQUENTIAL
    for name in ("viridis", "cividis", "magma", "plasma"):
        assert name in SEQUENTIAL
    assert DIVERGING == ["RdBu", "PuOr", "BrBG"]
    assert SEQUENTIAL[0] == "YlOrRd"  # the default comes first in the menu


@pytest.mark.parametrize("name", SEQUENTIAL + DIVERGING)
def test_every_palette_has_a_variant_for_3_to_7_classes(name):
    pick = diverging if name in DIVERGING else sequential
    for k in range(MIN_CLASSES, MAX_CLASSES + 1):
        colours = pick(name, k)
        assert len(colours) == k
        assert len(set(colours)) == k
        assert all(HEX.match(c) for c in colours)
        assert NO_DATA_COLOUR not in colours  # a class never looks like "no data"


def test_no_two_palettes_are_the_same():
    fives = {name: tuple(sequential(name, 5)) for name in SEQUENTIAL}
    fives.update({name: tuple(diverging(name, 5)) for name in DIVERGING})
    for (a, ca), (b, cb) in itertools.combinations(fives.items(), 2):
        assert ca != cb, (a, b)
        # not merely reordered or sharing most colours either
        assert len(set(ca) & set(cb)) <= 1, (a, b)


@pytest.mark.parametrize("name", SEQUENTIAL)
def test_sequential_palettes_run_from_light_to_dark(name):
    for k in range(MIN_CLASSES, MAX_CLASSES + 1):
        lights = [lightness(c) for c in sequential(name, k)]
        assert all(a > b for a, b in itertools.pairwise(lights)), (k, lights)


@pytest.mark.parametrize("name", DIVERGING)
def test_diverging_palettes_are_light_in_the_middle_and_dark_at_both_ends(name):
    for k in range(MIN_CLASSES, MAX_CLASSES + 1):
        lights = [lightness(c) for c in diverging(name, k)]
        middle = k // 2
        rising, falling = lights[: middle + (k % 2)], lights[middle:]
        assert all(a < b for a, b in itertools.pairwise(rising)), (k, lights)
        assert all(a > b for a, b in itertools.pairwise(falling)), (k, lights)
        for low, high in zip(lights, reversed(lights), strict=True):
            assert abs(low - high) < 25, (k, lights)  # symmetric-ish in lightness
        if k % 2:
            assert lights[middle] > 95  # the "no change" class is near-white


def test_published_colorbrewer_values():
    # colorbrewer2.org, checked by hand against the published scheme tables
    assert tuple(sequential("Blues", 5)) == ("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c")
    assert tuple(sequential("YlOrRd", 3)) == ("#ffeda0", "#feb24c", "#f03b20")
    assert tuple(sequential("Greens", 7))[-1] == "#005a32"
    assert tuple(diverging("RdBu", 5)) == ("#ca0020", "#f4a582", "#f7f7f7", "#92c5de", "#0571b0")
    assert tuple(diverging("PuOr", 3)) == ("#f1a340", "#f7f7f7", "#998ec3")
    assert tuple(diverging("BrBG", 7))[3] == "#f5f5f5"


def test_existing_palettes_keep_their_five_to_seven_class_colours():
    assert tuple(sequential("YlOrRd", 5)) == ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")
    assert tuple(sequential("viridis", 7))[1] == "#8fd744"
    assert tuple(sequential("PuBu", 6))[-1] == "#045a8d"


def test_one_or_two_classes_take_ends_or_middle_and_too_many_is_an_error():
    five = sequential("Blues", 5)
    assert tuple(sequential("Blues", 2)) == (five[0], five[-1])
    assert tuple(sequential("Blues", 1)) == (five[2],)
    assert tuple(diverging("RdBu", 1)) == ("#f7f7f7",)
    with pytest.raises(ValueError, match="no 8-class"):
        sequential("Blues", 8)
    with pytest.raises(ValueError, match="unknown palette"):
        sequential("Rainbow", 5)
    with pytest.raises(ValueError, match="unknown palette kind"):
        palette_names("qualitative")


def test_every_palette_has_a_readable_title():
    assert palette_title("YlOrRd") == "Yellow-orange-red (ColorBrewer YlOrRd)"
    for name in SEQUENTIAL + DIVERGING:
        assert palette_title(name) != name


# -- natural breaks -----------------------------------------------------------------------
counts = arrays(np.float64, st.integers(2, 120), elements=st.integers(0, 50_000).map(float))
rates = arrays(
    np.float64,
    st.integers(2, 120),
    elements=st.floats(0, 500, allow_nan=False).map(lambda v: round(v, 2)),
)


@settings(max_examples=150, deadline=None)
@given(y=st.one_of(counts, rates), k=st.integers(2, 7))
def test_fisher_jenks_bins_are_mapclassifys(y, k):
    assume(len(np.unique(y)) > k)  # classify() asks for bins only then
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Numba not installed"
        expected = mapclassify.FisherJenks(y, k=k).bins
    np.testing.assert_array_equal(fisher_jenks_bins(y, k), expected)


def test_natural_breaks_separate_clusters():
    y = pd.Series([1.0, 2, 3, 100, 101, 102, 1000, 1001])
    assert classify(y, "fisher_jenks", 3).upper_bounds == (3.0, 102.0, 1001.0)


# -- manual breaks ------------------------------------------------------------------------
def test_manual_breaks_classify_as_given():
    values = pd.Series([1.0, 5, 10, 11, 50, 99, 100, 250, 500, np.nan])
    c = classify(values, "manual", k=3, breaks=(10, 50, 100, 500))
    assert c.upper_bounds == (10.0, 50.0, 100.0, 500.0)  # k is ignored
    assert c.labels() == ["1 - 10", "11 - 50", "51 - 100", "101 - 500"]
    assigned = c.assign(values.dropna())
    assert assigned.tolist() == [0, 0, 0, 1, 1, 2, 2, 3, 3]


def test_values_above_the_last_break_get_a_class_of_their_own_as_in_mapclassify():
    y = np.array([1.0, 20, 70, 300, 2000])
    c = manual_classification(y, (10, 50, 100, 500))
    expected = mapclassify.UserDefined(y, [10, 50, 100, 500]).bins
    np.testing.assert_allclose(c.upper_bounds, expected)
    assert c.labels()[-1] == "501 - 2,000"


def test_manual_breaks_keep_empty_classes_the_user_asked_for():
    c = classify(pd.Series([1.0, 2.0]), "manual", breaks=(10, 50))
    assert c.k == 2  # not shrunk to the number of distinct values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10, 50, 100, 500", (10.0, 50.0, 100.0, 500.0)),
        ("10,50,100,500", (10.0, 50.0, 100.0, 500.0)),
        ("0.5; 2.5 7", (0.5, 2.5, 7.0)),
        ("  1000  ", (1000.0,)),
    ],
)
def test_break_text_is_read_with_any_common_separator(text, expected):
    assert parse_breaks(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "at least one"),
        ("10, ten", "'ten' is not a number"),
        ("10, inf", "not a finite number"),
        ("100, 50", "must increase"),
        ("1,000, 5,000", "without separators"),
        (", ".join(str(i) for i in range(MAX_MANUAL_BREAKS + 1)), "At most"),
    ],
)
def test_bad_break_text_says_what_is_wrong(text, message):
    with pytest.raises(ValueError, match=message):
        parse_breaks(text)
