"""A table laid out like the refugee statistics downloads, imported as flows (made here)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from explorer.core.data.schema import DOMESTIC, UNKNOWN
from explorer.io.importing.importers import FLOWS, detect, read_any
from explorer.io.importing.report import ImportReport
from explorer.io.readers.tables.mapping import NeedsMapping, TableMapping
from tests.io.refugee_tables import (
    ASYLUM,
    ASYLUM_ISO,
    HEADER,
    IDPS,
    NOTED,
    ORIGIN,
    ORIGIN_ISO,
    REFUGEES,
    REJECTED,
    ROWS,
    VALUES,
    expected_flows,
    flows_of,
    write_csv,
)
from tests.io.test_glotip import write_xlsx


@pytest.fixture(params=["csv", "xlsx"])
def table(request, tmp_path: Path) -> Path:
    if request.param == "csv":
        return write_csv(tmp_path / "refugees.csv")
    return write_xlsx(tmp_path / "refugees.xlsx", [HEADER, *ROWS])


def test_each_value_column_becomes_an_indicator_with_the_flows_of_the_file(table: Path) -> None:
    assert detect(table) is FLOWS
    dataset, report = read_any(table)
    assert flows_of(dataset) == expected_flows(table)
    assert dataset.flow_indicators() == [REFUGEES, "Asylum-seekers", "Returned refugees", IDPS,
                                         "Stateless persons"]  # fmt: skip
    assert report.rows_read == len(ROWS) == report.rows_imported + len(report.rejected)
    assert {r.row: r.reason for r in report.rejected} == REJECTED


def test_agency_codes_and_a_contradicted_code_are_unknown_origins_listed_by_row(
    table: Path,
) -> None:
    dataset, report = read_any(table)
    assert {r.row: r.raw[ORIGIN_ISO] for r in report.noted} == NOTED
    notes = {r.row: r.reason for r in report.noted}
    assert (
        notes[7]
        == "origin code XXA (stateless, 'Stateless') is not a country: kept as unknown origin"
    )
    assert notes[9] == (
        "origin code AFG and its name 'Iran (Islamic Rep. of)' (IRN) disagree: "
        "kept as unknown origin"
    )
    unknown = dataset.flows[dataset.flows["origin"] == UNKNOWN]
    assert set(unknown["origin_label"]) == {"UNK", "XXA", "TIB", "AFG"}
    assert not {"UNK", "XXA", "TIB"} & set(dataset.flows["origin"])  # never a country
    summary = report.summary()
    assert (
        "is not a country: kept as unknown origin: row 8 (Refugees under UNHCR's mandate: 72)"
        in summary
    )
    assert report.unresolved == {}  # understood, not unresolved: no alias is asked for


def test_a_flow_within_one_country_is_kept_as_domestic_and_repeats_are_summed(
    table: Path,
) -> None:
    dataset, report = read_any(table)
    f = dataset.flows.set_index(["origin", "destination", "indicator"])
    idps = f.loc[(DOMESTIC, "UKR", IDPS)]
    assert idps["value"] == 5900 and idps["origin_label"] == "UKR"
    repeated = f.loc[("AFG", "PAK", REFUGEES)]
    assert repeated["value"] == 1600 and repeated["source_rows"] == "2;10"
    assert report.flows_merged == 2  # refugees and asylum-seekers of rows 2 and 10
    summary = report.summary()
    assert "1 row within one country" in summary
    assert "2 values of 0 imported as flows of 0" in summary


def test_one_value_column_chosen_imports_that_column_alone(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "refugees.csv")
    mapping = TableMapping(
        origin=ORIGIN, destination=ASYLUM, year="Year", value=REFUGEES, indicator_name="Refugees"
    )
    dataset, report = read_any(path, mapping=mapping)
    assert dataset.flow_indicators() == ["Refugees"]
    assert IDPS not in dataset.flow_indicators() and DOMESTIC not in set(dataset.flows["origin"])
    assert {r.row for r in report.rejected} >= {5, 7, 11}  # no refugees in these rows
    assert report.rows_read == report.rows_imported + len(report.rejected)


def test_the_mapping_names_the_values_in_table_order(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "refugees.csv")
    mapping = TableMapping(
        origin=ORIGIN_ISO,
        destination=ASYLUM_ISO,
        origin_name=ORIGIN,
        destination_name=ASYLUM,
        year="Year",
        value=VALUES[1],
        values=(VALUES[1], VALUES[3]),
    )
    dataset, _ = read_any(path, mapping=mapping)
    assert dataset.flow_indicators() == [VALUES[1], VALUES[3]]
    found = expected_flows(path, rejected=(11, 13))  # row 14's bad cell is not imported
    expected = {k: v for k, v in found.items() if k[3] in mapping.values}
    assert flows_of(dataset) == expected


def test_the_notes_and_remarks_are_kept_with_the_report(tmp_path: Path) -> None:
    _, report = read_any(write_csv(tmp_path / "refugees.csv"))
    again = ImportReport.from_json(report.to_json())
    assert again.noted == report.noted and again.remarks == report.remarks
    assert again.summary() == report.summary()
    report.to_csv(tmp_path / "report.csv")
    written = pd.read_csv(tmp_path / "report.csv", dtype=str, encoding="utf-8-sig")
    notes = written[written["kind"] == "note"]
    assert list(notes["row"]) == [str(r) for r in NOTED]


def test_one_name_for_several_value_columns_is_refused_not_ignored(tmp_path: Path) -> None:
    # Each value column names its own indicator: one name for two would be applied to
    # neither, so the reader says so instead of importing under other names.
    with pytest.raises(NeedsMapping, match="an indicator name needs a single value column"):
        read_any(
            write_csv(tmp_path / "refugees.csv"),
            mapping=TableMapping(
                origin=ORIGIN_ISO, destination=ASYLUM_ISO, year="Year", value=IDPS, values=(IDPS,
                "Stateless persons"), indicator_name="UNHCR 2024",
            ),
        )  # fmt: skip
