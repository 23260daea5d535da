"""The order Up and Down step through: exact figures first, then bounded ones by lower bound."""

from __future__ import annotations

import pandas as pd
import pytest

from explorer.core.data.breakdown import Breakdown
from explorer.core.data.dataset import Dataset
from explorer.core.data.schema import SUPPRESSED
from explorer.core.indicators.ranking import rank_frame, ranking

NAN = float("nan")
T = "Total"
V = "Detected trafficking victims"
LESS = dict(value=NAN, lower=1.0, upper=4.0, flag=SUPPRESSED)  # a GLOTIP "<5"


def _obs(iso3, value=NAN, year=2020, sex=T, indicator=V, **cell):
    cell = {"value": value, "lower": NAN, "upper": NAN, "flag": "", **cell}
    return dict(
        iso3=iso3, year=year, indicator=indicator, dimension=T, category=T, sex=sex, age=T, **cell
    )  # fmt: skip


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    observations = pd.DataFrame(
        [
            _obs("AAA", 80),
            _obs("BBB", 120),
            _obs("CCC", 0),  # an exact 0 still ranks above every <5
            _obs("DDD", **LESS),
            _obs("EEE", 80),  # ties with AAA: by code
            _obs("FFF", value=NAN, lower=10.0, upper=19.0, flag=""),  # a range, no value
            _obs("GGG", value=NAN),  # no information at all: not ranked
            _obs("HHH", value=6.0, flag="at_least"),  # "at least 6": a lower bound
            _obs("III", **LESS),
            _obs("JJJ", value=NAN, lower=1.0, upper=9.0, flag=SUPPRESSED),  # "<10"
            _obs("AAA", 5, year=2021),
            _obs("BBB", 7, sex="Female"),
        ]
    )
    return Dataset("ranking test", observations=observations)


def test_exact_figures_first_largest_first_ties_by_code(dataset):
    order = ranking(dataset, V, 2020)
    assert order[:4] == ["BBB", "AAA", "EEE", "CCC"]


def test_inexact_figures_after_exact_ones_by_lower_then_upper_bound(dataset):
    # FFF (10-19) > HHH (at least 6) > JJJ (1-9) > DDD = III (1-4, by code)
    assert ranking(dataset, V, 2020)[4:] == ["FFF", "HHH", "JJJ", "DDD", "III"]


def test_countries_without_a_figure_are_left_out(dataset):
    assert "GGG" in dataset.values(V, 2020).index  # a row, but nothing in it
    assert "GGG" not in ranking(dataset, V, 2020)


def test_year_breakdown_and_among_select_the_cells(dataset):
    assert ranking(dataset, V, 2021) == ["AAA"]
    assert ranking(dataset, V, 2020, Breakdown(sex="Female")) == ["BBB"]
    assert ranking(dataset, V, 2020, among={"DDD", "AAA", "ZZZ"}) == ["AAA", "DDD"]


def test_nothing_to_rank(dataset):
    assert ranking(dataset, V, 1999) == []
    assert ranking(dataset, "", 2020) == []
    assert ranking(dataset, "No such indicator", 2020) == []
    assert rank_frame(dataset.values(V, 1999)) == []
