"""The saved view comes back onto any dataset, falling back where it no longer applies."""

from __future__ import annotations

import json

import pytest

from explorer.core.data.breakdown import Breakdown
from explorer.core.data.dataset import Dataset
from explorer.core.demo.generate import demo_dataset
from explorer.core.flows.settings import FlowSettings, FocusMode
from explorer.core.view.snapshot import (
    default_year,
    restore_flow_settings,
    restore_state,
    snapshot,
)
from explorer.core.view.state import ViewState

VICTIMS = "Detected trafficking victims"


@pytest.fixture(scope="module")
def demo() -> Dataset:
    return demo_dataset()


def test_a_snapshot_is_json_and_comes_back_the_same(demo):
    breakdown = next(b for b in demo.breakdowns(VICTIMS) if b != Breakdown.TOTAL)
    state = ViewState(indicator=VICTIMS, year=2019, breakdown=breakdown)
    state.selected = "NGA"
    settings = FlowSettings(top_n=12, focus=FocusMode.INCOMING, lock_scale=True)
    saved = json.loads(json.dumps(snapshot(state, settings, demo.name)))
    back = restore_state(saved, demo)
    assert (back.indicator, back.year, back.breakdown, back.selected) == (
        VICTIMS,
        2019,
        breakdown,
        "NGA",
    )
    flows = restore_flow_settings(saved, demo)
    assert (flows.top_n, flows.focus, flows.lock_scale) == (12, FocusMode.INCOMING, True)


def test_what_no_longer_exists_falls_back_to_the_defaults(demo):
    saved = {
        "indicator": "An indicator of another dataset",
        "year": 1850,
        "breakdown": {"dimension": "nope", "category": "x", "sex": "y", "age": "z", "extra": 1},
        "flows": {"top_n": -3, "focus": "sideways", "visible": "yes", "unknown_field": 1},
    }
    state = restore_state(saved, demo)
    assert state.indicator == VICTIMS and state.year == demo.years(VICTIMS)[-1]
    assert state.breakdown == Breakdown.TOTAL
    flows = restore_flow_settings(saved, demo)
    assert flows == FlowSettings()  # every bad value ignored


def test_the_command_line_wins_over_the_saved_view(demo):
    state = restore_state({"indicator": VICTIMS, "year": 2016}, demo, year=2018)
    assert state.year == 2018


def test_the_default_year_skips_a_latest_year_few_countries_reported(demo):
    obs = demo.observations
    victims = obs[(obs["indicator"] == VICTIMS)]
    latest = int(victims["year"].max())
    # Keep only three countries' figures for the latest year.
    few = victims[victims["year"] == latest]["iso3"].drop_duplicates().head(3)
    keep = (obs["year"] != latest) | obs["iso3"].isin(few)
    thin = Dataset("thin", demo.provenance, observations=obs[keep], flows=demo.flows)
    assert default_year(thin, VICTIMS) == latest - 1
    assert default_year(demo, VICTIMS) == latest
    empty = Dataset("empty", demo.provenance, observations=obs.iloc[0:0])
    assert default_year(empty, VICTIMS) == 0
