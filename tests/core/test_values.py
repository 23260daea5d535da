"""A reader sees "<5" for a suppressed cell and "at least N" for a sum that contains one."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.core.data.schema import SUPPRESSED
from explorer.core.data.values import (
    NO_DATA,
    format_column,
    format_number,
    format_total,
    format_value,
    sum_bounds,
)

NAN = float("nan")


def _frame(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["value", "lower", "upper", "flag"]).astype(
        {"value": "float64", "lower": "float64", "upper": "float64", "flag": "string"}
    )


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0, "0"),
        (7, "7"),
        (1234, "1,234"),
        (1234567.0, "1,234,567"),
        (12.5, "12.5"),
        (1234.56, "1,234.6"),
    ],
)
def test_exact_values_get_thousands_separators(value: float, text: str) -> None:
    assert format_value(value, NAN, NAN, "") == text


def test_glotip_suppressed_cell_reads_less_than_five() -> None:
    assert format_value(NAN, 1, 4, SUPPRESSED) == "<5"


def test_suppressed_cell_shows_its_own_upper_bound() -> None:
    assert format_value(NAN, 1, 9, SUPPRESSED) == "<10"


def test_suppressed_cell_without_bounds_still_reads_less_than_five() -> None:
    assert format_value(None, None, None, SUPPRESSED) == "<5"
    assert format_value(pd.NA, pd.NA, pd.NA, SUPPRESSED) == "<5"


@pytest.mark.parametrize("missing", [None, NAN, pd.NA])
def test_missing_value_reads_no_data(missing: object) -> None:
    assert format_value(missing, missing, missing, pd.NA) == NO_DATA


def test_value_without_flag_but_with_range_shows_the_range() -> None:
    assert format_value(NAN, 10, 20, "estimated") == "10 to 20"
    assert format_value(NAN, 10, NAN, "") == "at least 10"


def test_total_of_exact_cells_is_their_sum() -> None:
    assert format_total(_frame([(1000, NAN, NAN, ""), (234, NAN, NAN, "")])) == "1,234"


def test_total_with_suppressed_cells_is_at_least_exact_plus_lower_bounds() -> None:
    frame = _frame([(1000, NAN, NAN, ""), (NAN, 1, 4, SUPPRESSED), (NAN, 1, 4, SUPPRESSED)])
    assert format_total(frame) == "at least 1,002"
    assert sum_bounds(frame) == (1002.0, 1008.0, False)


def test_one_suppressed_cell_is_never_two_and_a_half() -> None:
    frame = _frame([(NAN, 1, 4, SUPPRESSED)])
    assert format_total(frame) == "at least 1"
    assert "2.5" not in format_total(frame)


def test_total_of_nothing_is_no_data() -> None:
    assert format_total(_frame([])) == NO_DATA
    assert format_total(_frame([(NAN, NAN, NAN, "")])) == NO_DATA


def test_format_column_keeps_index() -> None:
    frame = _frame([(5, NAN, NAN, ""), (NAN, 1, 4, SUPPRESSED), (NAN, NAN, NAN, "")])
    frame.index = pd.Index(["AAA", "BBB", "CCC"], name="iso3")
    texts = format_column(frame)
    assert texts.to_dict() == {"AAA": "5", "BBB": "<5", "CCC": NO_DATA}


@given(st.integers(min_value=0, max_value=10**12))
def test_integers_round_trip_through_the_display(n: int) -> None:
    assert int(format_number(n).replace(",", "")) == n


@given(st.lists(st.one_of(st.integers(0, 10**6), st.none()), max_size=30))
def test_lower_bound_of_a_sum_never_exceeds_the_upper(cells: list[int | None]) -> None:
    frame = _frame([(NAN, 1, 4, SUPPRESSED) if c is None else (c, NAN, NAN, "") for c in cells])
    low, high, exact = sum_bounds(frame)
    assert high is not None and low <= high
    assert exact == (None not in cells)
    assert math.isclose(low, sum(c if c is not None else 1 for c in cells))


def test_format_share_never_rounds_a_real_share_to_zero():
    from explorer.core.data.values import format_share

    assert format_share(0.004) == "<1%"
    assert format_share(0.0) == "0%"
    assert format_share(0.376) == "38%"
    assert format_share(None) == ""
