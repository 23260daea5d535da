"""Categorical indicators (tiers): one colour per level in order, words not ranks."""

from __future__ import annotations

import pandas as pd

from explorer.core.data.categories import CATEGORY_FLAG_PREFIX, ordered_levels
from explorer.core.data.dataset import Dataset
from explorer.core.data.provenance import Provenance
from explorer.core.data.values import format_value
from explorer.core.indicators.country_key_figures import key_figures
from explorer.core.view.choropleth import ChoroplethBuilder

TIER = "Trafficking in Persons report tier"
LEVELS = ["Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3"]
PLACEMENT = {  # (iso3, year) -> level
    ("DEU", 2022): "Tier 1",
    ("DEU", 2023): "Tier 1",
    ("ITA", 2022): "Tier 2",
    ("ITA", 2023): "Tier 1",
    ("NGA", 2023): "Tier 2",
    ("THA", 2023): "Tier 2 Watch List",
    ("PRK", 2023): "Tier 3",
}


def tier_dataset() -> Dataset:
    rows = [
        {
            "iso3": iso3,
            "year": year,
            "indicator": TIER,
            "dimension": "Total",
            "category": "Total",
            "sex": "Total",
            "age": "Total",
            "value": float(LEVELS.index(level) + 1),
            "flag": CATEGORY_FLAG_PREFIX + level,
        }
        for (iso3, year), level in PLACEMENT.items()
    ]
    return Dataset("tiers", Provenance(title="tiers"), observations=pd.DataFrame(rows))


def test_levels_get_one_colour_each_in_their_order():
    choropleth = ChoroplethBuilder(tier_dataset()).build(TIER, 2023)
    classes = [e for e in choropleth.legend if e.kind == "class"]
    assert [e.label for e in classes] == LEVELS
    assert choropleth.fill("PRK").colour == classes[3].colour
    assert choropleth.fill("THA").colour == classes[2].colour
    assert choropleth.fill("DEU").colour == classes[0].colour != classes[3].colour
    assert choropleth.classes_note.startswith("Categories, in order")


def test_a_level_reads_as_words_and_gets_no_arithmetic():
    dataset = tier_dataset()
    assert format_value(2.0, None, None, CATEGORY_FLAG_PREFIX + "Tier 2") == "Tier 2"
    countries = pd.DataFrame({"iso3": ["ITA", "DEU"], "region": ["Europe", "Europe"]})
    lines = key_figures(dataset, countries, "ITA", TIER, 2023).lines()
    assert lines[0].endswith(": Tier 1")
    assert lines[1] == "In 2022: Tier 2"
    assert not any("Rank" in line or "median" in line or "Change" in line for line in lines)


def test_ordered_levels_follow_the_ranks_not_the_alphabet():
    frame = pd.DataFrame(
        {"value": [2.0, 1.0, 3.0], "flag": [f"level:{t}" for t in ("b-mid", "z-low", "a-high")]}
    )
    assert ordered_levels(frame) == ["z-low", "b-mid", "a-high"]
