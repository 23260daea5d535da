"""``trafficking-explorer summary`` as a script or a desk officer runs it."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from explorer.cli import main
from explorer.core.data.dataset import Dataset
from explorer.core.demo.generate import demo_dataset
from explorer.core.geo.countries import load_countries
from explorer.io.workspace.store import Workspace, save_workspace

VICTIMS = "Detected trafficking victims"
DOCUMENTED = {
    "place",
    "year",
    "indicator",
    "total",
    "countries_reporting",
    "countries_in_place",
    "change_pct",
    "change_countries",
    "children_share_pct",
    "children_countries",
    "domestic_share_pct",
    "same_subregion_share_pct",
    "other_regions_share_pct",
    "method",
}


def _exact(dataset: Dataset) -> pd.DataFrame:
    """Plain pandas: exact national totals of victims, one row per country and year."""
    o = dataset.observations
    rows = o[
        (o["indicator"] == VICTIMS)
        & (o["dimension"] == "Total")
        & (o["category"] == "Total")
        & (o["sex"] == "Total")
        & (o["age"] == "Total")
    ]
    return rows[rows["value"].notna() & (rows["flag"].fillna("") != "suppressed")]


def _change_pct(exact: pd.DataFrame, year: int) -> tuple[float, int]:
    table = exact.pivot_table(index="iso3", columns="year", values="value", aggfunc="last")
    both = table[[year - 1, year]].dropna()
    before, after = both[year - 1].sum(), both[year].sum()
    return (after - before) / before * 100, len(both)


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["summary", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def regions() -> list[str]:
    c = load_countries()
    return sorted(set(c["region"].dropna()) - {"Antarctica"})


def test_json_lists_the_world_and_every_region_with_the_documented_keys(capsys, regions):
    code, out, _ = _run(capsys, "--demo", "--json")
    assert code == 0
    objects = json.loads(out)
    assert isinstance(objects, list)
    assert [o["place"] for o in objects] == ["World", *regions]
    for obj in objects:
        assert set(obj) >= DOCUMENTED, DOCUMENTED - set(obj)
        assert obj["indicator"] == VICTIMS
        assert obj["countries_reporting"] <= obj["countries_in_place"]
        assert obj["method"].startswith("Total: the sum of the exact figures")
    world, *parts = objects
    assert world["countries_in_place"] == sum(o["countries_in_place"] for o in parts)
    assert world["total"] == sum(o["total"] for o in parts)
    assert len({o["year"] for o in objects}) == 1


def test_world_total_and_change_match_plain_pandas(capsys):
    code, out, _ = _run(capsys, "--demo", "--json")
    assert code == 0
    world = json.loads(out)[0]
    dataset = demo_dataset()
    exact = _exact(dataset)
    year = world["year"]
    assert year == max(dataset.years(VICTIMS))  # the demo covers every year well
    this_year = exact[exact["year"] == year]
    assert world["total"] == this_year["value"].sum()
    assert world["countries_exact"] == this_year["iso3"].nunique()
    pct, n = _change_pct(exact, year)
    assert world["change_pct"] == round(pct, 2)
    assert world["change_countries"] == n
    assert world["change_from_year"] == year - 1
    assert world["countries_in_place"] == len(load_countries()) - 1  # all but Antarctica
    for key in ("children_share_pct", "domestic_share_pct", "other_regions_share_pct"):
        assert 0 < world[key] < 100, key


def test_one_place_by_name_gives_one_object(capsys):
    code, out, _ = _run(capsys, "--demo", "--json", "--place", "western europe")
    assert code == 0
    obj = json.loads(out)
    assert isinstance(obj, dict)
    assert obj["place"] == "Western Europe"
    assert obj["place_code"] == "subregion:Western Europe"
    c = load_countries()
    members = set(c.loc[c["subregion"] == "Western Europe", "iso3"])
    assert obj["countries_in_place"] == len(members)
    exact = _exact(demo_dataset())
    here = exact[(exact["year"] == obj["year"]) & exact["iso3"].isin(members)]
    assert obj["total"] == here["value"].sum()


def test_an_unknown_place_exits_2_listing_the_places(capsys):
    code, out, err = _run(capsys, "--demo", "--place", "Atlantis")
    assert code == 2
    assert out == ""
    assert "no place 'Atlantis'" in err
    assert "World" in err and "Western Europe" in err and "Polynesia" in err


def test_a_missing_workspace_exits_2_without_demo_figures(capsys, tmp_path):
    missing = tmp_path / "nowhere.sqlite"
    code, out, err = _run(capsys, "--workspace", str(missing), "--json")
    assert code == 2
    assert out == ""
    assert str(missing) in err and "--demo" in err
    assert not missing.exists()
    empty = tmp_path / "empty.sqlite"
    save_workspace(Workspace(groups={"Trio": ["DEU", "FRA", "ITA"]}), empty)
    code, out, err = _run(capsys, "--workspace", str(empty), "--place", "Trio")
    assert code == 2 and out == ""
    assert "holds no dataset" in err


def _small_dataset() -> Dataset:
    rows = [
        ("DEU", 2021, 100.0, ""),
        ("DEU", 2022, 130.0, ""),
        ("FRA", 2021, 60.0, ""),
        ("FRA", 2022, 50.0, ""),
        ("ITA", 2022, None, "suppressed"),
        ("ESP", 2022, 500.0, ""),  # not in the group
    ]
    observations = pd.DataFrame(
        {
            "iso3": [r[0] for r in rows],
            "year": [r[1] for r in rows],
            "indicator": VICTIMS,
            "value": [r[2] for r in rows],
            "lower": [1.0 if r[3] else None for r in rows],
            "upper": [4.0 if r[3] else None for r in rows],
            "flag": [r[3] for r in rows],
        }
    )
    return Dataset("Small", observations=observations)


def test_a_group_of_the_workspace_is_a_place(capsys, tmp_path):
    path = tmp_path / "w.sqlite"
    save_workspace(
        Workspace(datasets=[_small_dataset()], groups={"Trio": ["DEU", "FRA", "ITA"]}), path
    )
    code, out, err = _run(capsys, "--workspace", str(path), "--place", "trio", "--json")
    assert code == 0, err
    obj = json.loads(out)
    assert obj["place"] == "Trio" and obj["place_code"] == "group:Trio"
    assert obj["year"] == 2022
    assert obj["total"] == 180  # DEU 130 + FRA 50; the <5 of ITA is not added
    assert obj["total_range"] == [181, 184]
    assert obj["countries_reporting"] == 3
    assert obj["countries_exact"] == 2
    assert obj["countries_in_place"] == 3
    assert obj["change_pct"] == round((180 - 160) / 160 * 100, 2)
    assert obj["change_countries"] == 2
    code, out, _ = _run(capsys, "--workspace", str(path), "--place", "Trio")
    assert code == 0
    assert "Trio (group of 3 countries)" in out.splitlines()
    assert "SYNTHETIC" not in out
    code, _, err = _run(capsys, "--workspace", str(path), "--place", "Quartet")
    assert code == 2 and "Trio" in err
    code, out, err = _run(capsys, "--workspace", str(path), "--place", "Trio", "--year", "2019")
    assert code == 2 and out == ""
    assert "no 'Detected trafficking victims' figures for 2019" in err
