"""TIP Report tiers in the spellings files use: one order, "Special case" outside it."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from explorer.core.indicators.ranking import ranking
from explorer.core.view.choropleth import ChoroplethBuilder
from explorer.io.importing.importers import read_any
from explorer.io.readers.tables.levels import LevelsError, category_levels
from explorer.io.readers.tables.tiers import tier_of
from explorer.io.workspace.store import Workspace, load_workspace, save_workspace

ORDER = ["Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3"]
#: country -> its placement in 2021, 2022, 2023, spelled as copies of the report do.
PLACEMENTS = {
    "Canada": ["Tier 1", "tier 1", "TIER 1 "],
    "Chile": ["  Tier 2  watch list ", "Tier 2WL", "Tier 2 Watch List"],
    "Cuba": ["Tier 3", "Tier 3", "tier 3"],
    "Chad": ["Tier 2", "Tier 2 WL", "Watchlist"],
    "Libya": ["Tier 3", "Special case", "Special Case"],
    "Somalia": ["Special case", "Special case", "special case"],
    "Thailand": ["2WL", "Tier 2 Watch-list", "Tier 2"],
    "Germany": ["Tier 1", "Tier 1", "Tier 1"],
    "Nigeria": ["Watch List", "Tier 2", "Tier 2"],
    "Russia": ["Tier 3", "Tier 3", "Tier 3"],
    "Brazil": ["Tier 2", "Tier 2", "Tier 2"],
    "India": ["Tier 2", "Tier 2", "Tier 2"],
    "Iran": ["Tier 3", "Tier 3", "Tier 3"],
    "Italy": ["Tier 1", "Tier 2", "Tier 2"],
    "Japan": ["Tier 2", "Tier 2", "Tier 2"],
    "Kenya": ["Tier 2", "tier 2 watch list", "Tier 2"],
    "Mexico": ["Tier 2", "Tier 2", "Tier 2"],
    "Peru": ["Tier 2", "Tier 1", "Tier 2"],
    "Yemen": ["Special case", "Special case", "Special case"],
    "France": ["Tier 1", "Tier 1", "Tier 1"],
}


def write_tiers(path: Path, header: str = "TIP tier", extra: list[list[str]] = ()) -> Path:
    """A long CSV of 20 countries over 2021-2023 (60 rows), then ``extra`` rows."""
    rows = [["Country", "Year", header]]
    years = range(2021, 2024)
    rows += [[c, str(y), t] for c, ts in PLACEMENTS.items() for y, t in zip(years, ts, strict=True)]
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([*rows, *extra])
    return path


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("Tier 1", "tier 1"),
        (" tier  1 ", "tier 1"),
        ("TIER 2", "tier 2"),
        ("Tier 2 Watch List", "tier 2 watch list"),
        ("Tier 2WL", "tier 2 watch list"),
        ("Tier 2 WL", "tier 2 watch list"),
        ("Watchlist", "tier 2 watch list"),
        ("Watch List", "tier 2 watch list"),
        ("2WL", "tier 2 watch list"),
        ("Tier 2 Watch-list", "tier 2 watch list"),
        ("Tier 2 (Watch List)", "tier 2 watch list"),
        ("Tier 2.5", "tier 2 watch list"),
        ("Tier 3", "tier 3"),
        ("Tier III", "tier 3"),
        ("Special case", "special case"),
        ("Special Cases", "special case"),
        ("2.5", None),  # a bare number is a tier only under a tier header
        ("2", None),
        ("Tier 4", None),
        ("Level 2", None),
    ],
)
def test_each_spelling_is_its_tier(text, tier):
    assert tier_of(text) == tier


def test_bare_numbers_are_tiers_under_a_tier_header():
    assert [tier_of(t, bare_numbers=True) for t in ("1", "2", "2.5", "3", "III")] == [
        "tier 1",
        "tier 2",
        "tier 2 watch list",
        "tier 3",
        "tier 3",
    ]


def test_mixed_spellings_read_as_four_ordered_tiers_and_a_special_case(tmp_path):
    dataset, report = read_any(write_tiers(tmp_path / "tip.csv"))
    assert report.rows_read == report.rows_imported == 60
    # The legend's order: the report's, in the file's first spelling, trimmed; Special last.
    assert category_levels(dataset.observations) == [
        "Tier 1",
        "Tier 2",
        "Tier 2 watch list",  # Chile's 2021 cell "  Tier 2  watch list ", tidied
        "Tier 3",
        "Special case",
    ]
    obs = dataset.observations.set_index(["iso3", "year"])
    assert obs.loc[("TCD", 2023), "value"] == 3.0  # "Watchlist": between Tier 2 and Tier 3
    assert obs.loc[("THA", 2021), "flag"] == "level:Tier 2 watch list"  # "2WL"
    assert np.isnan(obs.loc[("LBY", 2022), "value"])  # Special case: no rank
    assert obs.loc[("LBY", 2022), "flag"] == "level:Special case"
    assert (
        "'Special case' is a category outside the order, never ranked."
        in (dataset.provenance.caveats[0])
    )


def test_a_text_that_is_no_tier_is_rejected_with_its_row(tmp_path):
    path = write_tiers(tmp_path / "tip.csv", extra=[["Ghana", "2023", "not ranked"]])
    dataset, report = read_any(path)
    assert [(r.row, r.reason) for r in report.rejected] == [
        (62, "value is not a level of 'TIP tier': 'not ranked'")
    ]
    assert "GHA" not in set(dataset.observations["iso3"])


def test_bare_tier_numbers_need_a_header_that_says_tier(tmp_path):
    rows = [["Canada", "2023", "1"], ["Chile", "2023", "2.5"], ["Cuba", "2023", "3"]]
    rows += [["Chad", "2023", "2"], ["Libya", "2023", "Special case"]]
    for header, levels in (("TIP tier", True), ("Score", False)):
        path = tmp_path / f"{header}.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows([["Country", "Year", header], *rows])
        dataset, report = read_any(path)
        found = category_levels(dataset.observations)
        if levels:
            assert found == ["1", "2", "2.5", "3", "Special case"]
        else:  # plain numbers; the lone word is a rejected row
            assert found == [] and [r.row for r in report.rejected] == [6]


def test_a_given_order_wins_and_any_spelling_names_a_level(tmp_path):
    path = write_tiers(tmp_path / "tip.csv")
    dataset, _ = read_any(path, levels=["Tier 3", "Tier 2 WL", "tier 2", "Tier 1"])
    assert category_levels(dataset.observations) == [
        "Tier 3",
        "Tier 2 watch list",
        "Tier 2",
        "Tier 1",
        "Special case",
    ]
    with pytest.raises(LevelsError, match="leaves out Tier 2 watch list"):
        read_any(path, levels=["Tier 1", "Tier 2", "Tier 3"])
    with pytest.raises(LevelsError, match="names 'Tier 4', which is not a level of 'TIP tier'"):
        read_any(path, levels=[*ORDER, "Tier 4"])


def test_the_order_and_special_case_survive_the_workspace(tmp_path):
    path = write_tiers(tmp_path / "tip.csv", extra=[["Canada", "2020", "Tier 1"]])
    dataset, report = read_any(path, levels=["Tier 3", "Watchlist", "Tier 2", "Tier 1"])
    store = Workspace()
    store.add_dataset(dataset, report)
    save_workspace(store, tmp_path / "ws.sqlite")
    reopened = load_workspace(tmp_path / "ws.sqlite").datasets[0]
    # 2020 has only Canada's Tier 1: its legend lists every level all the same.
    for year in (2020, 2023):
        legend = ChoroplethBuilder(reopened).build("TIP tier", year).legend
        assert [(e.label, e.kind) for e in legend] == [
            ("Tier 3", "class"),
            ("Tier 2 watch list", "class"),
            ("Tier 2", "class"),
            ("Tier 1", "class"),
            ("Special case", "unranked"),
            ("No data", "no_data"),
        ]
    choropleth = ChoroplethBuilder(reopened).build("TIP tier", 2023)
    assert choropleth.fill("SOM").colour == choropleth.fill("LBY").colour == "#8c8c8c"
    assert choropleth.fill("SOM").colour not in {e.colour for e in legend if e.kind != "unranked"}
    # Nothing that ranks sees a Special case.
    assert {"SOM", "LBY", "YEM"}.isdisjoint(ranking(reopened, "TIP tier", 2023))
