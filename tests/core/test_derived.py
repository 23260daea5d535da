"""Derived indicators match a hand computation and never use suppressed counts."""

from __future__ import annotations

import pandas as pd
import pytest

from explorer.core.data.breakdown import CHILDREN
from explorer.core.data.dataset import Dataset
from explorer.core.indicators.derived import (
    CHANGE_SUFFIX,
    CHILDREN_SHARE,
    VICTIMS,
    WOMEN_GIRLS_SHARE,
    is_change,
    with_derived_indicators,
)


def _row(iso3, year, value, sex="Total", age="Total", flag="", lower=None, upper=None):
    return {
        "iso3": iso3, "year": year, "indicator": VICTIMS, "sex": sex, "age": age,
        "value": value, "flag": flag, "lower": lower, "upper": upper,
    }  # fmt: skip


def dataset() -> Dataset:
    rows = [
        _row("DEU", 2019, 400.0),
        _row("DEU", 2020, 500.0),
        _row("DEU", 2020, 125.0, age=CHILDREN),
        _row("DEU", 2020, 300.0, sex="Female"),
        _row("ITA", 2020, 80.0),
        _row("ITA", 2020, None, age=CHILDREN, flag="suppressed", lower=1.0, upper=4.0),
        _row("ITA", 2018, 50.0),  # 2019 missing: no change for 2020
    ]
    return Dataset("d", observations=pd.DataFrame(rows))


def test_shares_match_a_hand_computation_and_skip_suppressed_parts():
    derived = with_derived_indicators(dataset())
    children = derived.values(CHILDREN_SHARE, 2020)
    assert children.loc["DEU", "value"] == pytest.approx(25.0)  # 125 of 500
    assert "ITA" not in children.index  # <5 children: no invented share
    women = derived.values(WOMEN_GIRLS_SHARE, 2020)
    assert women.loc["DEU", "value"] == pytest.approx(60.0)


def test_change_against_the_calendar_year_before():
    derived = with_derived_indicators(dataset())
    name = VICTIMS + CHANGE_SUFFIX
    assert is_change(name)
    change = derived.values(name, 2020)
    assert change.loc["DEU", "value"] == pytest.approx(25.0)  # 400 -> 500
    assert "ITA" not in change.index  # a gap in 2019 gives no change


def test_a_change_map_uses_fixed_diverging_classes_centred_on_zero():
    from explorer.core.view.change_classes import CHANGE_PALETTE
    from explorer.core.view.choropleth import ChoroplethBuilder
    from explorer.core.view.palettes import diverging

    derived = with_derived_indicators(dataset())
    choropleth = ChoroplethBuilder(derived, palette="Blues").build(VICTIMS + CHANGE_SUFFIX, 2020)
    classes = [e for e in choropleth.legend if e.kind == "class"]
    assert [e.colour for e in classes] == list(diverging(CHANGE_PALETTE, 7))
    assert classes[3].label == "about the same (within 5%)"
    assert choropleth.fill("DEU").colour == classes[5].colour  # +25%: rose by 20% to 50%


def test_regional_totals_sum_the_exact_figures_of_each_region():
    from explorer.core.indicators.derived import regional_name

    region_of = {"DEU": "Europe", "ITA": "Europe", "NGA": "Africa"}
    derived = with_derived_indicators(dataset(), region_of)
    totals = derived.values(regional_name(VICTIMS), 2020)
    assert totals.loc["DEU", "value"] == totals.loc["ITA", "value"] == 580  # 500 + 80
    assert "NGA" not in totals.index  # no African figure that year: no total
