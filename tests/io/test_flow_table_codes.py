"""Flow tables with code and name columns: how headers are recognised, and why a code is
never taken for a country it is not (made-up files)."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.core.data.schema import UNKNOWN
from explorer.io.readers.tables.columns import looks_like_flow_table, looks_like_indicator_table
from explorer.io.readers.tables.flows import read_flow_table
from explorer.io.readers.tables.mapping import guess_mapping
from tests.io.refugee_tables import write_csv


@pytest.mark.parametrize(
    ("columns", "origin", "origin_name", "destination"),
    [
        (["year", "COUNTRY OF ORIGIN (ISO3)", "country of residence (code)", "count"],
         "COUNTRY OF ORIGIN (ISO3)", None, "country of residence (code)"),
        (["From (name)", "To (name)", "Year", "Persons"], "From (name)", None, "To (name)"),
        (["Origin (name)", "Origin (code)", "Destination (name)", "Destination (code)", "Year",
          "Value"], "Origin (code)", "Origin (name)", "Destination (code)"),
        (["Year", "Country of origin", "Residence", "Total"], "Country of origin", None,
         "Residence"),
    ],
)  # fmt: skip
def test_origin_and_destination_headers_in_any_case_with_qualifiers(
    columns, origin, origin_name, destination
):
    assert looks_like_flow_table(columns) and not looks_like_indicator_table(columns)
    guess, unsure = guess_mapping(columns, "flow", 1)
    assert (guess.origin, guess.origin_name, guess.destination) == (
        origin,
        origin_name,
        destination,
    )
    assert not unsure


def test_an_indicator_table_with_a_qualified_country_column_stays_one():
    columns = ["Country (ISO3)", "Year", "Value"]
    assert looks_like_indicator_table(columns) and not looks_like_flow_table(columns)


HEADER = ["Year", "Origin", "Origin (ISO)", "Asylum", "Asylum (ISO)", "Refugees"]


def test_codes_are_never_taken_for_a_country_they_are_not(tmp_path: Path) -> None:
    rows = [
        ["2022", "Nigeria", "NER", "Chad", "TCD", "10"],  # 2: Niger's code, Nigeria's name
        ["2022", "Various", "VAR", "Chad", "TCD", "20"],  # 3: agency code
        ["2022", "Stateless", "STA", "Chad", "TCD", "30"],  # 4: agency code
        ["2022", "United States of America", "USA", "Chad", "TCD", "40"],  # 5: agrees
        ["2022", "Germany", "", "Chad", "TCD", "50"],  # 6: no code: the name
        ["2022", "Chad", "TCD", "World", "WLD", "60"],  # 7: an aggregate, not a country
        ["2022", "Chad", "TCD", "Niger", "NGA", "70"],  # 8: destination code and name disagree
    ]
    dataset, report = read_flow_table(write_csv(tmp_path / "codes.csv", HEADER, rows))
    f = dataset.flows.set_index("origin")
    assert f["value"].to_dict() == {"USA": 40.0, "DEU": 50.0, UNKNOWN: 60.0}  # rows 2-4 summed
    assert f.loc[UNKNOWN, "origin_label"] == "NER + VAR + STA"
    assert {r.row: r.reason for r in report.noted} == {
        2: "origin code NER and its name 'Nigeria' (NGA) disagree: kept as unknown origin",
        3: "origin code VAR (various, 'Various') is not a country: kept as unknown origin",
        4: "origin code STA (stateless, 'Stateless') is not a country: kept as unknown origin",
    }
    assert {r.row: r.reason for r in report.rejected} == {
        7: "destination is not a country: WLD (regional aggregate 'World', 'World')",
        8: "destination code NGA and its name 'Niger' (NER) disagree",
    }
    assert report.fuzzy == [] and report.unresolved == {}
