"""A country sheet with several figures side by side: every numeric column is an indicator."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from explorer.core.data.dataset import Dataset
from explorer.core.indicators.derived import regional_name, with_derived_indicators
from explorer.core.indicators.kinds import is_count_indicator
from explorer.io.importing.report import ImportReport
from explorer.io.readers.tables.indicators import read_indicator_table
from explorer.io.readers.tables.mapping import NeedsMapping
from tests.io.test_indicator_table import write_csv

POP, PREV = "Population", "Prevalence (per 1,000 population)"
EST = "Estimated number of people in modern slavery"
HEADER = ["Country", "ISO3", "Region", POP, PREV, EST, "Notes"]
ROWS = [
    ["France", "FRA", "Europe", "65000000", "2.1", "135000", ""],
    ["Germany", "DEU", "Europe", "83000000", "0.6", "47000", "estimate"],
    ["Italy", "ITA", "Europe", "59000000", "3.3", "197000", ""],
    ["Chile", "CHL", "Americas", "19000000", "3.1", "59000", ""],
    ["Atlantis", "ATL", "Sea", "1000", "1.0", "1", ""],  # not a country: rejected
    ["Peru", "PER", "Americas", "33000000", "..", "", ""],  # one figure only
]
COLUMNS = [
    ("Country", "country name", ""),
    ("ISO3", "country", ""),
    ("Region", "ignored", "text, not numbers"),
    (POP, "indicator", f"{POP}: a count (summed in regional totals)"),
    (PREV, "indicator", f"{PREV}: a rate (never summed)"),
    (EST, "indicator", f"{EST}: a count (summed in regional totals)"),
    ("Notes", "ignored", "notes, codes and flags are not figures"),
]


def read(path: Path, **options) -> tuple[Dataset, ImportReport]:
    dataset, report = read_indicator_table(path, answers={"fixed_year": 2023}, **options)
    assert report.rows_read == report.rows_imported + len(report.rejected)
    return dataset, report


def expected(frame: pd.DataFrame, column: str) -> dict[str, float]:
    """The column's figures as pandas reads them, countries that resolve only."""
    figures = pd.to_numeric(frame[column], errors="coerce")
    keep = frame["ISO3"].ne("ATL") & figures.notna()
    return dict(zip(frame.loc[keep, "ISO3"], figures[keep], strict=True))


def imported(dataset: Dataset, indicator: str) -> dict[str, float]:
    return dataset.values(indicator, 2023)["value"].to_dict()


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def _numbers(row: list[str]) -> list[object]:
    """The row as a spreadsheet holds it: figures as numbers, ".." and blanks as text."""
    return [float(c) if c.replace(".", "", 1).isdigit() else c for c in row]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_every_numeric_column_becomes_an_indicator_with_its_own_figures(tmp_path, suffix):
    if suffix == ".csv":
        path = write_csv(tmp_path / "modern_slavery.csv", [HEADER, *ROWS])
    else:
        rows = [HEADER, *(_numbers(r) for r in ROWS)]
        path = write_xlsx(tmp_path / "modern_slavery.xlsx", {"Estimates": rows})
    dataset, report = read(path)
    assert dataset.name == "modern_slavery"  # the file, never a column
    assert dataset.indicators() == [POP, PREV, EST]
    frame = (
        pd.read_csv(path, dtype=str, keep_default_na=False)
        if suffix == ".csv"
        else pd.read_excel(path, dtype=str, engine="openpyxl").fillna("")
    )
    for column in (POP, PREV, EST):
        assert imported(dataset, column) == pytest.approx(expected(frame, column))
    assert report.columns == COLUMNS
    assert (report.rows_read, report.rows_imported) == (6, 5)
    assert [(r.row, r.reason) for r in report.rejected] == [
        (6, "country not understood: Atlantis (ATL)")
    ]


def test_the_summary_and_the_csv_list_every_column(tmp_path):
    _, report = read(write_csv(tmp_path / "sheet.csv", [HEADER, *ROWS]))
    summary = report.summary().splitlines()
    assert "Columns (7):" in summary
    assert f"  {PREV!r}: indicator, {PREV}: a rate (never summed)" in summary
    assert "  'Region': ignored, text, not numbers" in summary
    report.to_csv(tmp_path / "report.csv")
    rows = pd.read_csv(tmp_path / "report.csv", encoding="utf-8-sig", keep_default_na=False)
    listed = rows[rows["kind"] == "column"]
    assert list(zip(listed["item"], listed["value"], listed["detail"], strict=True)) == COLUMNS
    again = ImportReport.from_json(report.to_json())
    assert again.columns == COLUMNS


def test_a_rate_is_never_summed_into_regional_totals_a_count_is(tmp_path):
    dataset, _ = read(write_csv(tmp_path / "sheet.csv", [HEADER, *ROWS]))
    region_of = {"FRA": "Europe", "DEU": "Europe", "ITA": "Europe", "CHL": "Americas"}
    derived = with_derived_indicators(dataset, region_of)
    assert regional_name(PREV) not in derived.indicators()
    totals = derived.values(regional_name(EST), 2023)["value"]
    assert totals["FRA"] == 135000 + 47000 + 197000  # Europe's three countries
    assert not is_count_indicator(dataset, PREV)


UNIT_ROWS = [
    ["Country", "Year", "Indicator", "Unit", "Value"],
    *(
        [iso3, "2020", "Detected victims", "per 100,000 population", value]
        for iso3, value in (("FRA", "2"), ("DEU", "1"))
    ),
    ["FRA", "2020", "Convictions", "Number of persons", "12.5"],
]


def test_a_unit_column_saying_rate_keeps_an_innocent_name_out_of_totals(tmp_path):
    dataset, _ = read_indicator_table(write_csv(tmp_path / "victims.csv", UNIT_ROWS))
    assert not is_count_indicator(dataset, "Detected victims")  # whole numbers, but a rate
    assert is_count_indicator(dataset, "Convictions")  # a stated count, even estimated
    derived = with_derived_indicators(dataset, {"FRA": "Europe", "DEU": "Europe"})
    assert regional_name("Detected victims") not in derived.indicators()


def test_a_workbook_of_several_sheets_names_the_dataset_after_the_file_and_sheet(tmp_path):
    rows = [["Country", "Year", "Victims"], ["France", 2020, 10]]
    path = write_xlsx(tmp_path / "victims.xlsx", {"By country": rows, "Notes": [["x"]]})
    dataset, _ = read_indicator_table(path)
    assert dataset.name == "victims (By country)"
    assert dataset.indicators() == ["Victims"]


def test_an_indicator_name_needs_a_single_value_column(tmp_path):
    path = write_csv(tmp_path / "sheet.csv", [HEADER, *ROWS])
    with pytest.raises(NeedsMapping, match="an indicator name needs a single value column"):
        read(path, indicator_name="Slavery")
    dataset, report = read_indicator_table(
        path, answers={"fixed_year": 2023, "value": EST, "values": (), "indicator_name": "Slavery"}
    )
    assert dataset.indicators() == ["Slavery"]
    assert report.columns[3] == (POP, "ignored", "numbers, but not chosen as a value column")
    assert report.columns[5] == (EST, "indicator", "Slavery: a count (summed in regional totals)")


def test_a_sheet_without_a_year_still_asks_for_one(tmp_path):
    with pytest.raises(NeedsMapping, match="no year column") as caught:
        read_indicator_table(write_csv(tmp_path / "sheet.csv", [HEADER, *ROWS]))
    assert caught.value.guess.values == (POP, PREV, EST)  # the text column is not among them
    assert "several columns" not in caught.value.reason


def test_a_chosen_value_column_with_bad_cells_names_the_column_in_the_rejection(tmp_path):
    path = write_csv(
        tmp_path / "x.csv",
        [["Country", "Year", "A", "B"], ["FRA", "2020", "1", "2"], ["DEU", "2020", "3", "oops"]],
    )
    dataset, report = read_indicator_table(path)
    assert [(r.row, r.reason) for r in report.rejected] == [
        (3, "value is not a number in 'B': 'oops'")
    ]
    assert dataset.values("A", 2020)["value"].to_dict() == {"FRA": 1.0}
