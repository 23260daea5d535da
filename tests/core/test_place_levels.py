"""A place's countries per level of a categorical indicator (TIP tiers): no total, counts."""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from explorer.core.geo.countries import load_countries
from explorer.core.places.book import WORLD, PlaceBook
from explorer.core.places.summary import summarise
from explorer.core.places.summary_json import summary_json
from explorer.core.places.wording import total_lines
from explorer.io.importing.importers import read_any
from tests.io.test_tip_tiers import ORDER, write_tiers


@pytest.fixture(scope="module")
def book() -> PlaceBook:
    return PlaceBook(load_countries())


@pytest.mark.parametrize("year", [2021, 2023])
def test_the_world_counts_its_countries_per_tier_as_the_file_says(tmp_path, book, year):
    path = write_tiers(tmp_path / "tip.csv")
    dataset, _ = read_any(path)
    summary = summarise(dataset, book, WORLD, "TIP tier", year)

    # The same counts, independently: the file's cells of that year, spellings folded.
    with path.open(encoding="utf-8") as handle:
        rows = pd.DataFrame(list(csv.DictReader(handle)))
    cells = rows.loc[rows["Year"] == str(year), "TIP tier"].str.split().str.join(" ").str.lower()
    spelled = {
        "tier 2wl": "tier 2 watch list", "tier 2 wl": "tier 2 watch list",
        "watchlist": "tier 2 watch list", "watch list": "tier 2 watch list",
        "2wl": "tier 2 watch list", "tier 2 watch-list": "tier 2 watch list",
    }  # fmt: skip
    expected = cells.replace(spelled).value_counts()
    counts = {level.label.lower(): level.countries for level in summary.levels}
    assert counts == {k: int(expected.get(k, 0)) for k in counts}
    assert [level.label.lower() for level in summary.levels if level.ranked] == [
        o.lower() for o in ORDER
    ]
    assert [level.label.lower() for level in summary.levels if not level.ranked] == ["special case"]

    line = total_lines(summary)[0]
    assert f"{len(cells)} of {summary.total.members} countries reported" in line
    assert "no total" in line and "No country" not in line
    figures = summary_json(summary)
    assert figures["countries_reporting"] == len(cells) and figures["total"] is None
    assert sum(level["countries"] for level in figures["levels"]) == len(cells)


def test_a_region_lists_every_level_even_where_none_of_its_countries_stands(tmp_path, book):
    dataset, _ = read_any(write_tiers(tmp_path / "tip.csv"))
    europe = next(p for p in book.places() if p.name == "Europe")
    summary = summarise(dataset, book, europe.code, "TIP tier", 2023)
    counts = {level.label: level.countries for level in summary.levels}
    # Germany and France at Tier 1, Italy at Tier 2, Russia at Tier 3; no Special case.
    assert sum(counts.values()) == 4
    assert [c for label, c in counts.items() if label.lower() == "special case"] == [0]
