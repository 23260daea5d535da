"""Place totals, changes, trends and shares by the report's rules, on small made-up datasets."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from explorer.core.data.breakdown import ADULTS, CHILDREN
from explorer.core.data.dataset import Dataset
from explorer.core.geo.countries import load_countries
from explorer.core.places.book import PlaceBook
from explorer.core.places.summary import summarise
from explorer.core.places.summary_json import summary_json
from explorer.core.places.wording import summary_lines, total_lines

VICTIMS = "Detected trafficking victims"


@pytest.fixture(scope="module")
def book() -> PlaceBook:
    return PlaceBook(load_countries())


def _obs(rows: list[tuple], indicator: str = VICTIMS) -> pd.DataFrame:
    """(iso3, year, value or "<5"[, age]) rows as observations."""
    records = []
    for row in rows:
        iso3, year, value, *rest = row
        age = rest[0] if rest else "Total"
        suppressed = value == "<5"
        records.append(
            {
                "iso3": iso3,
                "year": year,
                "indicator": indicator,
                "age": age,
                "value": math.nan if suppressed else float(value),
                "lower": 1.0 if suppressed else math.nan,
                "upper": 4.0 if suppressed else math.nan,
                "flag": "suppressed" if suppressed else "",
            }
        )
    return pd.DataFrame(records)


def _dataset(rows: list[tuple], flows: pd.DataFrame | None = None) -> Dataset:
    return Dataset("test", observations=_obs(rows), flows=flows)


def test_a_country_reporting_one_year_counts_in_the_total_not_in_the_change(book):
    data = _dataset([("FRA", 2019, 100), ("FRA", 2020, 90), ("DEU", 2020, 1000)])
    summary = summarise(data, book, "subregion:Western Europe", VICTIMS, 2020)
    assert summary.total.exact_sum == 1090 and summary.total.exact_countries == 2
    assert summary.change.countries == 1
    assert (summary.change.before, summary.change.after) == (100, 90)
    assert summary.change.pct == pytest.approx(-10.0)
    assert "over the 1 country that reported exact figures in both years" in "\n".join(
        summary_lines(summary, {})
    )


def test_a_suppressed_figure_in_either_year_leaves_the_country_out_of_the_change(book):
    data = _dataset(
        [("FRA", 2019, 100), ("FRA", 2020, 120), ("BEL", 2019, "<5"), ("BEL", 2020, 50)]
    )
    summary = summarise(data, book, "subregion:Western Europe", VICTIMS, 2020)
    assert summary.change.countries == 1 and summary.change.pct == pytest.approx(20.0)
    summary_2019 = summarise(data, book, "subregion:Western Europe", VICTIMS, 2019)
    total = summary_2019.total
    assert (total.exact_sum, total.exact_countries, total.bounded_countries) == (100, 1, 1)
    assert (total.low, total.high) == (101, 104)
    assert "1 more country reported <5 (1 to 4 more in all)." in total_lines(summary_2019)
    assert summary_json(summary_2019)["total_range"] == [101, 104]


def test_a_place_where_nobody_reported_says_so_and_gives_no_zero(book):
    data = _dataset([("FRA", 2021, 10), ("EGY", 2020, 5)])
    summary = summarise(data, book, "subregion:Northern Africa", VICTIMS, 2021)
    assert total_lines(summary) == [
        "No country in Northern Africa reported detected trafficking victims for 2021."
    ]
    out = summary_json(summary)
    assert out["total"] is None and out["countries_reporting"] == 0
    assert out["change_pct"] is None and out["change_countries"] == 0


def test_the_trend_index_moves_only_with_countries_that_reported_both_years(book):
    data = _dataset(
        [
            ("FRA", 2018, 100),
            ("FRA", 2019, 110),
            ("FRA", 2020, 121),
            ("DEU", 2019, 1000),  # joins in 2019: the naive total jumps tenfold
            ("DEU", 2020, 1000),
        ]
    )
    trend = summarise(data, book, "world", VICTIMS, 2020).trend
    by_year = {t.year: t for t in trend}
    assert [by_year[y].reporting for y in (2018, 2019, 2020)] == [1, 2, 2]
    assert by_year[2018].index == pytest.approx(100)
    assert by_year[2019].index == pytest.approx(110)  # France alone reported both years
    assert by_year[2020].index == pytest.approx(110 * 1121 / 1110)
    assert by_year[2019].total == 1110  # the total itself did jump


def test_the_largest_contributions_to_a_change_are_named_both_ways(book):
    data = _dataset(
        [
            ("FRA", 2019, 100),
            ("FRA", 2020, 300),
            ("DEU", 2019, 500),
            ("DEU", 2020, 400),
            ("BEL", 2019, 10),
            ("BEL", 2020, 15),
        ]
    )
    change = summarise(data, book, "world", VICTIMS, 2020).change
    assert [(c.iso3, c.difference) for c in change.rises] == [("FRA", 200), ("BEL", 5)]
    assert [(c.iso3, c.difference) for c in change.falls] == [("DEU", -100)]


def test_the_childrens_share_needs_both_age_groups_exactly_and_gives_the_range_beside(book):
    data = _dataset(
        [
            ("FRA", 2020, 30, CHILDREN),
            ("FRA", 2020, 70, ADULTS),
            ("DEU", 2020, "<5", CHILDREN),  # reported, but only as <5: out of N, in the range
            ("DEU", 2020, 96, ADULTS),
            ("BEL", 2020, 50, ADULTS),  # one group only: out of both
        ]
    )
    children = summarise(data, book, "world", VICTIMS, 2020).share("age", "Children (0-17)")
    assert (children.countries, children.reporting) == (1, 2)
    assert children.pct == pytest.approx(30.0)
    assert children.low == pytest.approx(31 / (31 + 166))
    assert children.high == pytest.approx(34 / (34 + 166))


def test_an_indicator_that_is_not_a_count_gets_a_median_and_no_total(book):
    rows = _obs([("FRA", 2020, 12.5), ("DEU", 2020, 3.5), ("BEL", 2020, 7.25)], "Rate (%)")
    summary = summarise(Dataset("t", observations=rows), book, "world", "Rate (%)", 2020)
    assert not summary.is_count and summary.median == 7.25
    assert summary_json(summary)["total"] is None
    assert "Not a count: no total." in total_lines(summary)[0]


def test_a_group_is_a_place_like_any_other(book):
    book = PlaceBook(load_countries(), {"Benelux": ["BEL", "NLD", "LUX"]})
    data = _dataset([("BEL", 2020, 10), ("NLD", 2020, 20), ("FRA", 2020, 1000)])
    summary = summarise(data, book, "group:Benelux", VICTIMS, 2020)
    assert summary.total.exact_sum == 30 and summary.total.members == 3
    assert [r.iso3 for r in summary.ranking] == ["NLD", "BEL"]


def test_a_hyphenated_country_name_keeps_its_hyphen_beside_a_fall():
    from types import SimpleNamespace

    from explorer.core.places.wording import _drivers

    change = SimpleNamespace(
        rises=[SimpleNamespace(iso3="USA", difference=1479.0)],
        falls=[SimpleNamespace(iso3="GNB", difference=-216.0)],
    )
    names = {"USA": "États-Unis", "GNB": "Guinea-Bissau"}
    assert _drivers(change, names) == (
        "Driven by largest rises: États-Unis +1,479; largest falls: Guinea-Bissau \u2212216."
    )
