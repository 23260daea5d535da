"""Contradictions in the source: found, worded, and shown on the figure, never "corrected"."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from explorer.core.data.breakdown import ADULTS, CHILDREN
from explorer.core.data.dataset import Dataset
from explorer.core.indicators.consistency import (
    PART_ABOVE,
    PARTS_ABOVE,
    SUPPRESSED_TOTAL,
    consistency_warnings,
    warnings_for,
)
from explorer.core.indicators.country_key_figures import key_figures

V = "Detected trafficking victims"


def _obs(iso3, value, sex="Total", age="Total", year=2019):
    small = value == "<5"
    return {
        "iso3": iso3,
        "year": year,
        "indicator": V,
        "sex": sex,
        "age": age,
        "value": math.nan if small else float(value),
        "lower": 1.0 if small else math.nan,
        "upper": 4.0 if small else math.nan,
        "flag": "suppressed" if small else "",
    }


def _flow(origin, destination, value, year=2019):
    return {
        "origin": origin,
        "destination": destination,
        "year": year,
        "indicator": V,
        "value": float(value),
        "flag": "",
        "origin_label": origin,
    }


@pytest.fixture
def dataset() -> Dataset:
    obs = [
        _obs("QAT", "<5"),
        _obs("QAT", "5", sex="Female"),
        _obs("QAT", "3", sex="Male"),
        _obs("DEU", "626", year=2012),
        _obs("DEU", "634", sex="Female", year=2012),
        _obs("FRA", "100"),
        _obs("FRA", "60", age=CHILDREN),
        _obs("FRA", "50", age=ADULTS),
        _obs("ITA", "10"),
        _obs("ITA", "<5", sex="Female"),
        _obs("ITA", "8", sex="Male"),
        _obs("ESP", "20"),
    ]
    flows = [_flow("MAR", "ESP", 15), _flow("ROU", "ESP", 10)]
    return Dataset("t", observations=pd.DataFrame(obs), flows=pd.DataFrame(flows))


def test_each_kind_of_contradiction_is_found_and_nothing_else(dataset):
    found = consistency_warnings(dataset)
    got = {(r.iso3, r.year, r.group, r.kind) for r in found.itertuples()}
    assert got == {
        ("QAT", 2019, "sex", SUPPRESSED_TOTAL),
        ("DEU", 2012, "sex", PART_ABOVE),
        ("FRA", 2019, "age", PARTS_ABOVE),
        ("ESP", 2019, "origins", PARTS_ABOVE),
    }  # Italy: female <5 + male 8 may well be 10; a <5 proves nothing


def test_the_warnings_say_what_disagrees_in_numbers(dataset):
    assert warnings_for(dataset, "QAT", V, 2019) == [
        "The total is <5, but female + male add up to 8."
    ]
    assert warnings_for(dataset, "DEU", V, 2012) == ["Female alone is 634, above the total 626."]
    assert warnings_for(dataset, "FRA", V, 2019) == [
        "Children + adults add up to 110, more than the total 100."
    ]
    assert warnings_for(dataset, "ESP", V, 2019) == [
        "The origins add up to 25, more than the total 20."
    ]
    assert warnings_for(dataset, "ITA", V, 2019) == []


def test_the_panel_shows_the_figure_as_the_file_gives_it_with_its_warning(dataset):
    countries = pd.DataFrame({"iso3": ["QAT", "FRA"], "region": ["Asia", "Europe"]})
    lines = key_figures(dataset, countries, "QAT", V, 2019).lines()
    assert lines[0] == f"{V}, 2019: <5"
    assert lines[1] == "\u26a0 In the file: The total is <5, but female + male add up to 8."
