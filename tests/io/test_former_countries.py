"""Former countries (SCG Serbia and Montenegro, ANT Netherlands Antilles) in every reader:
kept apart under their own place, never an agency code, never merged into a country of today."""

from __future__ import annotations

from pathlib import Path

from explorer.core.data.schema import UNKNOWN
from explorer.core.flows.labels import origin_name
from explorer.core.names.resolver import Resolver, resolve
from explorer.io.readers.glotip.reader import read_glotip
from explorer.io.readers.tables.flows import read_flow_table
from explorer.io.readers.tables.indicators import read_indicator_table
from tests.io.refugee_tables import write_csv
from tests.io.test_glotip import row
from tests.io.test_glotip import write_csv as write_glotip

HEADER = ["Year", "Origin", "Origin (ISO)", "Asylum", "Asylum (ISO)", "Refugees"]
YUGOSLAVIA, ANTILLES = "REGION:Former Yugoslavia", "REGION:Former Netherlands Antilles"


def test_a_former_country_resolves_by_code_as_by_name_and_never_to_a_country_of_today():
    assert resolve("SCG").result == resolve("Serbia and Montenegro").result == YUGOSLAVIA
    assert resolve("ANT").result == resolve("Netherlands Antilles").result == ANTILLES
    assert resolve("Serbia").result == "SRB" and resolve("Curaçao").result == "CUW"
    assert origin_name(YUGOSLAVIA, "DEU", {}) == (
        "Former Yugoslavia (former country, not on today's map)"
    )
    # A user's alias is the user's choice.
    assert Resolver({"SCG": "SRB"}).resolve("SCG").result == "SRB"


def test_flow_table_codes_of_former_countries_are_kept_apart_and_said(tmp_path: Path):
    rows = [
        ["2004", "Serbia and Montenegro", "SCG", "Germany", "DEU", "120"],  # 2
        ["2005", "Netherlands Antilles", "ANT", "Netherlands", "NLD", "30"],  # 3
        ["2005", "Unknown", "UNK", "Netherlands", "NLD", "4"],  # 4: an agency code
        ["2005", "Iraq", "IRQ", "Serbia and Montenegro", "SCG", "9"],  # 5: to a former one
        ["2005", "Serbia and Montenegro", "SRB", "Austria", "AUT", "7"],  # 6: today's code
    ]
    dataset, report = read_flow_table(write_csv(tmp_path / "old.csv", HEADER, rows))
    by_origin = dataset.flows.set_index("origin")["value"].to_dict()
    assert by_origin == {YUGOSLAVIA: 120, ANTILLES: 30, UNKNOWN: 4, "SRB": 7}
    notes = {r.row: r.reason for r in report.noted}
    assert notes[2] == (
        "origin SCG Serbia and Montenegro (a country until 2006): a former country, kept apart "
        "as 'Former Yugoslavia' (not merged into Serbia or Montenegro)"
    )
    assert notes[3].startswith("origin ANT Netherlands Antilles (a country until 2010)")
    assert "not a country: kept as unknown origin" in notes[4]  # UNK stays an agency code
    assert notes[6] == (
        "origin code SRB is named 'Serbia and Montenegro', SCG Serbia and Montenegro "
        "(a country until 2006): imported as SRB, as the code says"
    )
    assert {r.row: r.reason for r in report.rejected} == {
        5: "destination is a former country, not on today's map: "
        "SCG Serbia and Montenegro (a country until 2006)"
    }
    summary = report.summary()
    assert "kept apart as 'Former Yugoslavia' (not merged into Serbia or Montenegro): row 2" in (
        summary
    )
    assert "ANT (a code that is not a country" not in summary


def test_an_indicator_table_row_of_a_former_country_is_set_aside_as_one(tmp_path: Path):
    path = tmp_path / "homicide.csv"
    path.write_text("Country,Year,Homicides\nSCG,2004,3\nSRB,2010,2\n", encoding="utf-8")
    dataset, report = read_indicator_table(path)
    assert list(dataset.observations["iso3"]) == ["SRB"]
    assert [r.reason for r in report.rejected] == [
        "a former country, not on today's map: SCG Serbia and Montenegro (a country until 2006)"
    ]


def test_glotip_rows_of_a_former_country_are_said_to_be_one(tmp_path: Path):
    rows = [
        row(iso3="SCG", year="2004"),  # row 2: a country of 2004
        row(iso3="AUT", year="2004", value="30"),
        row(iso3="AUT", year="2004", dim="by citizenship", cat="Serbia and Montenegro", value="12"),
        row(iso3="AUT", year="2004", dim="by citizenship", cat="Serbia", value="<5"),
    ]
    dataset, report = read_glotip(write_glotip(tmp_path / "g.csv", rows, preamble=False))
    assert report.rejected[0].row == 2
    assert report.rejected[0].reason == (
        "a former country, not on today's map: SCG Serbia and Montenegro (a country until 2006)"
    )
    origins = dataset.flows.set_index("origin_label")["origin"].to_dict()
    assert origins == {"Serbia and Montenegro": YUGOSLAVIA, "Serbia": "SRB"}
    assert (
        "SCG Serbia and Montenegro (a country until 2006): a former country, kept apart as "
        "'Former Yugoslavia' (not merged into Serbia or Montenegro): row 4 "
        "(12 detected victims, <5 counted as 1)."
    ) in report.summary().splitlines()
