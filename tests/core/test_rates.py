"""Rates per 100,000 population once a population indicator is loaded."""

from __future__ import annotations

import pandas as pd
import pytest

from explorer.core.data.dataset import Dataset
from explorer.core.data.provenance import Provenance
from explorer.core.data.values import format_value
from explorer.core.indicators.rates import SUFFIX, find_population, is_population, with_rates

VICTIMS = "Detected trafficking victims"


def _obs(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"iso3": iso3, "year": year, "indicator": ind, "value": value, "lower": lo,
             "upper": hi, "flag": flag}
            for iso3, year, ind, value, lo, hi, flag in rows
        ]
    )  # fmt: skip


def victims() -> Dataset:
    return Dataset(
        "GLOTIP",
        Provenance(publisher="UNODC", caveats=("Detected victims are not prevalence.",)),
        observations=_obs(
            [
                ("DEU", 2020, VICTIMS, 494.0, None, None, ""),
                ("ISL", 2020, VICTIMS, None, 1.0, 4.0, "suppressed"),
                ("FRA", 2020, VICTIMS, 300.0, None, None, ""),  # no population for France
                ("DEU", 2020, "Share of women (%)", 41.5, None, None, ""),
            ]
        ),
    )


def population() -> Dataset:
    return Dataset(
        "World Bank",
        Provenance(publisher="World Bank", title="World Development Indicators"),
        observations=_obs(
            [
                ("DEU", 2019, "Population, total", 83_000_000.0, None, None, ""),
                ("DEU", 2020, "Population, total", 83_200_000.0, None, None, ""),
                ("ISL", 2018, "Population, total", 350_000.0, None, None, ""),
                ("DEU", 2020, "Population growth (annual %)", 0.1, None, None, ""),
            ]
        ),
    )


def test_population_indicators_are_recognised():
    assert is_population("Population, total") and is_population("Population")
    assert not is_population("Population growth (annual %)")
    assert not is_population("Detected trafficking victims")


def test_counts_get_a_rate_per_100000_and_suppressed_counts_a_range():
    series, source = find_population([victims(), population()])
    assert "World Bank" in source
    rated = with_rates(victims(), series, source)
    rates = rated.values(VICTIMS + SUFFIX, 2020)
    assert rates.loc["DEU", "value"] == pytest.approx(494 / 83_200_000 * 100_000)
    isl = rates.loc["ISL"]  # <5 in 350,000 people (population of 2018, two years away)
    text = format_value(isl["value"], isl["lower"], isl["upper"], isl["flag"])
    assert text == "0.3 to 1.1"
    assert "FRA" not in rates.index  # no population: no invented rate
    assert "Share of women (%)" + SUFFIX not in rated.indicators()  # not a count
    assert any("per 100,000" in c for c in rated.provenance.caveats)


def test_no_population_means_no_rates():
    assert find_population([victims()]) is None


def test_the_number_of_assistance_activities_gets_no_rate():
    from explorer.core.indicators.activities import ACTIVITY_INDICATOR

    counted = victims()
    rows = pd.concat(
        [counted.observations, _obs([("DEU", 2020, ACTIVITY_INDICATOR, 3.0, None, None, "")])]
    )
    dataset = Dataset("GLOTIP", counted.provenance, observations=rows)
    found = find_population([population()])
    assert found is not None
    rated = with_rates(dataset, *found)
    assert VICTIMS + SUFFIX in rated.indicators()  # a count of people gets its rate
    assert ACTIVITY_INDICATOR + SUFFIX not in rated.indicators()  # projects are not people
