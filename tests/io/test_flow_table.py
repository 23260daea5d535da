"""The generic flow-table reader on small flowmap.blue-style files made here."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest

from explorer.core.data.schema import DOMESTIC, UNKNOWN
from explorer.core.names.resolver import Resolver
from explorer.io.importing.errors import DataImportError
from explorer.io.readers.tables.flows import read_flow_table
from explorer.io.readers.tables.mapping import NeedsMapping, TableMapping
from explorer.io.workspace.aliases import reapply_aliases
from tests.io.test_glotip import write_xlsx

ROWS = [
    ["origin", "dest", "count", "year"],
    ["Nigeria", "ITA", "120", "2021"],  # row 2: name -> code
    ["NG", "Italy", "30", "2021"],  # 3: same key once resolved: summed
    ["Atlantis", "ESP", "7", "2021"],  # 4: unknown origin, kept as UNKNOWN
    ["Eritrea", "DEU", "many", "2021"],  # 5: bad value
    ["ERI", "DEU", "-4", "2021"],  # 6: negative
    ["ERI", "Narnia", "9", "2021"],  # 7: destination not understood
    ["ERI", "World", "9", "2021"],  # 8: destination is an aggregate
    ["Nationals", "FRA", "1,200", "2022"],  # 9: own nationals
    ["Morocco", "Espagne", "<5", "2022"],  # 10: suppressed
    ["SYR", "TUR", "", "2022"],  # 11: no value
    ["SYR", "TUR", "3", "twenty"],  # 12: bad year
]


def write_csv(path: Path, rows, sep: str = ",") -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=sep).writerows(rows)
    return path


def read(path: Path, **kwargs):
    dataset, report = read_flow_table(path, **kwargs)
    assert report.rows_read == report.rows_imported + len(report.rejected)
    assert dataset.provenance.rows_imported == report.rows_imported
    return dataset, report


def flows(dataset) -> dict[tuple[str, str, int], float]:
    f = dataset.flows
    return {
        (o, d, int(y)): float(v if v == v else -lo)  # a suppressed flow shows as -lower
        for o, d, y, v, lo in zip(
            f["origin"], f["destination"], f["year"], f["value"], f["lower"], strict=True
        )
    }


def check(dataset, report) -> None:
    assert flows(dataset) == {
        ("NGA", "ITA", 2021): 150.0,
        (UNKNOWN, "ESP", 2021): 7.0,
        (DOMESTIC, "FRA", 2022): 1200.0,
        ("MAR", "ESP", 2022): -1.0,
    }
    assert [(r.row, r.reason) for r in report.rejected] == [
        (5, "value is not a number: 'many'"),
        (6, "negative value: '-4'"),
        (7, "destination not understood: Narnia"),
        (8, "destination is a regional aggregate, not a country: World"),
        (11, "no value"),
        (12, "year is not a whole year (1800-2100): 'twenty'"),
    ]
    assert (report.rows_read, report.rows_imported) == (11, 5)
    assert report.flows_merged == 1
    assert report.unresolved == {"Narnia": 9.0, "Atlantis": 7.0}
    assert report.resolved_share == pytest.approx(1351 / 1358)
    f = dataset.flows.set_index(["origin", "destination"])
    assert f.loc[(UNKNOWN, "ESP"), "origin_label"] == "Atlantis"
    assert f.loc[("NGA", "ITA"), "origin_label"] == "Nigeria + NG"
    suppressed = f.loc[("MAR", "ESP")]
    assert (suppressed["lower"], suppressed["upper"], suppressed["flag"]) == (1, 4, "suppressed")
    assert list(report.unknown_parts["origin_label"]) == ["Atlantis"]
    assert dataset.flow_indicators() == ["routes"]
    assert dataset.name == "routes"
    assert dataset.observations.empty


def test_flowmap_blue_csv_with_names_codes_and_bad_rows(tmp_path: Path) -> None:
    check(*read(write_csv(tmp_path / "routes.csv", ROWS)))


def test_flowmap_blue_xlsx(tmp_path: Path) -> None:
    check(*read(write_xlsx(tmp_path / "routes.xlsx", ROWS)))


def test_an_alias_moves_an_unknown_origin_without_the_file(tmp_path: Path) -> None:
    dataset, report = read(write_csv(tmp_path / "routes.csv", ROWS))
    moved, new_report, labels = reapply_aliases(dataset, report, {"atlantis": "GRC"})
    assert labels == ["Atlantis"]
    assert ("GRC", "ESP", 2021) in flows(moved)
    assert "Atlantis" not in new_report.unresolved


def test_a_user_alias_fixes_a_destination_on_reimport(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "routes.csv", ROWS)
    dataset, report = read(path, resolve=Resolver({"Narnia": "NOR"}).resolve)
    assert flows(dataset)[("ERI", "NOR", 2021)] == 9.0
    assert "Narnia" not in report.unresolved


def test_indicator_column_and_semicolons(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "x.csv",
        [
            ["source", "target", "value", "year", "indicator"],
            ["ALB", "GBR", "10", "2020", "Smuggled migrants"],
            ["ALB", "GBR", "4", "2020", "Referrals"],
            ["ALB", "GBR", "2", "2020", ""],  # blank: the default name (file)
        ],
        sep=";",
    )
    dataset, report = read(path)
    assert dataset.flow_indicators() == ["Smuggled migrants", "Referrals", "x"]
    assert dataset.name == "x" and report.flows_merged == 0


def test_a_table_without_year_asks_for_one(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "referrals_2022.csv",
        [["from", "to", "weight"], ["Albania", "United Kingdom", "10"]],
    )
    with pytest.raises(NeedsMapping, match="no year column") as caught:
        read_flow_table(path)
    guess = caught.value.guess
    assert (guess.origin, guess.destination, guess.value, guess.fixed_year) == (
        "from",
        "to",
        "weight",
        2022,
    )
    dataset, _ = read(path, mapping=replace(guess, fixed_year=2021), indicator_name="Referrals")
    assert flows(dataset) == {("ALB", "GBR", 2021): 10.0}
    assert dataset.flow_indicators() == ["Referrals"]


def test_several_numeric_columns_are_several_indicators_unless_one_is_chosen(
    tmp_path: Path,
) -> None:
    path = write_csv(
        tmp_path / "x.csv",
        [["origin", "destination", "year", "men", "women"], ["ALB", "GBR", "2020", "1", "2"]],
    )
    dataset, _ = read(path)
    f = dataset.flows
    assert dict(zip(f["indicator"], f["value"], strict=True)) == {"men": 1.0, "women": 2.0}
    mapping = TableMapping(origin="origin", destination="destination", year="year", value="women")
    dataset, _ = read(path, mapping=mapping)
    assert flows(dataset) == {("ALB", "GBR", 2020): 2.0}


def test_wrong_columns_empty_file_and_cancel(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [["Country", "Year", "Value"], ["FRA", "2020", "1"]])
    with pytest.raises(NeedsMapping, match="no column looks like the origin") as caught:
        read_flow_table(path)
    assert "has: Country, Year, Value" in str(caught.value)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(DataImportError, match="the file is empty"):
        read_flow_table(empty)
    good = write_csv(tmp_path / "routes.csv", ROWS)
    with pytest.raises(DataImportError, match="import cancelled"):
        read_flow_table(good, cancelled=lambda: True)
