"""Trend pieces: lines through consecutive exact years, gaps for missing ones, ranges for <5."""

from __future__ import annotations

import math

import pandas as pd

from explorer.core.indicators.trend import trend

NAN = math.nan


def _series(rows):
    frame = pd.DataFrame(rows, columns=["year", "value", "lower", "upper", "flag"])
    return frame.set_index("year")


def test_missing_years_break_the_line_and_suppressed_years_are_ranges():
    series = _series(
        [
            (2015, 10.0, NAN, NAN, ""),
            (2016, 12.0, NAN, NAN, ""),
            (2018, NAN, 1.0, 4.0, "suppressed"),
            (2019, 7.0, NAN, NAN, ""),
            (2020, 9.0, NAN, NAN, ""),
        ]
    )
    result = trend(series, range(2015, 2022))
    assert result.runs == (((2015, 10.0), (2016, 12.0)), ((2019, 7.0), (2020, 9.0)))
    assert result.ranges == ((2018, 1.0, 4.0),)
    assert result.missing == (2017, 2021)
    assert result.top == 12.0


def test_a_series_of_only_suppressed_years_has_no_line():
    result = trend(_series([(2020, NAN, 1.0, 4.0, "suppressed")]), [2019, 2020])
    assert result.runs == () and result.ranges == ((2020, 1.0, 4.0),)
    assert not result.empty and result.top == 4.0
    assert trend(_series([]), [2020]).empty


def test_a_level_outside_the_order_is_marked_not_a_gap():
    levels = ("Tier 1", "Tier 2", "Tier 3")
    series = _series(
        [
            (2020, 3.0, NAN, NAN, "level:Tier 3"),
            (2021, NAN, NAN, NAN, "level:Special case"),
            (2023, 1.0, NAN, NAN, "level:Tier 1"),
        ]
    )
    result = trend(series, range(2020, 2024), levels)
    assert result.runs == (((2020, 3.0),), ((2023, 1.0),))
    assert result.unranked == ((2021, "Special case"),)
    assert result.missing == (2022,)
    assert result.level(3.0) == "Tier 3" and result.level(1.0) == "Tier 1"
    only_special = trend(series.loc[[2021]], [2021], levels)
    assert not only_special.empty and only_special.runs == ()
