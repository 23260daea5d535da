"""The country-indicator table reader on small long, wide and categorical files made here."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from explorer.core.data.categories import CATEGORY_FLAG_PREFIX
from explorer.core.names.resolver import Resolver
from explorer.io.importing.errors import DataImportError
from explorer.io.importing.report import ImportReport
from explorer.io.readers.tables.columns import looks_like_flow_table, looks_like_indicator_table
from explorer.io.readers.tables.indicators import read_indicator_table
from explorer.io.readers.tables.levels import category_levels, natural_key
from explorer.io.readers.tables.mapping import NeedsMapping, TableMapping
from explorer.io.readers.tables.numbers import parse_numbers
from tests.io.test_glotip import write_xlsx

WB_PREAMBLE = [
    ["Data Source", "World Development Indicators"],
    [],
    ["Last Updated Date", "2024-06-28"],
    [],
]
WB_HEADER = ["Country Name", "Country Code", "Indicator Name", "Indicator Code"]
YEARS = ["2019", "2020", "2021", "2022"]
IND = ["Intentional homicides (per 100,000 people)", "VC.IHR.PSRC.P5"]
WB_ROWS = [
    ["Aruba", "ABW", *IND, "1.2", "1.5", "", ".."],  # row 6: 2 observations
    ["Africa Eastern and Southern", "AFE", *IND, "5", "5", "5", "5"],  # 7: aggregate
    ["World", "WLD", *IND, "6", "6", "", ""],  # 8: aggregate
    ["Germany", "DEU", *IND, "0.9", "0.8", "0.9", "1,1"],  # 9: 4 (decimal comma)
    ["Channel Islands", "CHI", *IND, "1", "", "", ""],  # 10: not understood
    ["Eritrea", "ERI", *IND, "", "", "", ""],  # 11: no value at all
    ["Sub-Saharan Africa", "SSF", *IND, "9", "", "", ""],  # 12: aggregate
    ["Kenya", "KEN", *IND, "", "4,5", "", ""],  # 13: 1
    ["", "", "", "", "", "", "", ""],  # blank line: not a row
    ["High income", "HIC", *IND, "1", "1", "1", "1"],  # 15: aggregate
]


def write_csv(path: Path, rows, sep: str = ",", encoding: str = "utf-8") -> Path:
    with path.open("w", newline="", encoding=encoding) as handle:
        csv.writer(handle, delimiter=sep).writerows(rows)
    return path


def check_balanced(report: ImportReport) -> None:
    assert report.rows_read == report.rows_imported + len(report.rejected)


def read(path: Path, **kwargs):
    dataset, report = read_indicator_table(path, **kwargs)
    check_balanced(report)
    assert dataset.provenance.rows_read == report.rows_read
    assert dataset.provenance.rows_rejected == len(report.rejected)
    return dataset, report


def values(dataset) -> dict[tuple[str, int], float]:
    obs = dataset.observations
    return {
        (iso3, int(year)): float(value)
        for iso3, year, value in zip(obs["iso3"], obs["year"], obs["value"], strict=True)
    }


# -- long form ----------------------------------------------------------------------


def test_long_form_with_codes_and_names_in_several_languages(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "homicides.csv",
        [
            ["Pays", "Année", "Valeur"],
            ["FRA", "2020", "1.3"],  # ISO3
            ["DE", "2020", "0.9"],  # ISO2
            ["Alemania", "2021", "1.0"],  # Spanish name
            ["Royaume-Uni", "2021", "1.1"],  # French name
            ["Atlantis", "2021", "5"],  # not understood
            ["Atlantis", "2022", "6"],
            ["Monde", "2021", "7"],  # not a country, not understood either
            ["World", "2021", "6.1"],  # aggregate
            ["ITA", "20x1", "1"],  # bad year
        ],
    )
    dataset, report = read(path, indicator_name="Homicide rate")
    assert values(dataset) == {
        ("FRA", 2020): 1.3,
        ("DEU", 2020): 0.9,
        ("DEU", 2021): 1.0,
        ("GBR", 2021): 1.1,
    }
    assert dataset.indicators() == ["Homicide rate"]
    assert dataset.name == "homicides"  # the file, not the indicator
    assert list(dataset.observations["source_row"]) == [2, 3, 4, 5]
    assert (dataset.observations["flag"] == "").all()
    assert (dataset.observations["dimension"] == "Total").all()
    assert (report.rows_read, report.rows_imported) == (9, 4)
    assert [(r.row, r.reason) for r in report.rejected] == [
        (6, "country not understood: Atlantis"),
        (7, "country not understood: Atlantis"),
        (8, "country not understood: Monde"),
        (9, "a regional aggregate, not a country: World"),
        (10, "year is not a whole year (1800-2100): '20x1'"),
    ]
    assert report.rejected[0].raw == {"Pays": "Atlantis", "Année": "2021", "Valeur": "5"}
    assert report.unresolved == {"Atlantis": 2.0, "Monde": 1.0}
    assert report.resolved_share == pytest.approx(5 / 8)  # ITA resolved; World excluded
    assert dataset.provenance.publisher == ""
    assert dataset.provenance.source_line() == "Source: unknown publisher, file homicides.csv"


def test_a_user_alias_fixes_an_unresolved_name_on_reimport(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [["Country", "Year", "Value"], ["Atlantis", "2021", "5"]])
    _, report = read(path)
    assert report.unresolved == {"Atlantis": 1.0}
    dataset, report = read(path, resolve=Resolver({"Atlantis": "GRC"}).resolve)
    assert values(dataset) == {("GRC", 2021): 5.0}
    assert report.unresolved == {} and report.rejected == []


def test_long_form_blank_and_missing_values_are_rejected_rows_not_silent(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "x.csv",
        [
            ["iso3", "year", "value"],
            ["FRA", "2020", ""],
            ["FRA", "2021", ".."],
            ["FRA", "2022", "n/a"],
            ["FRA", "2023", "abc"],
            ["FRA", "2019", "1 234,5"],
            ["DEU", "2019", "12,5"],
        ],
    )
    dataset, report = read(path)
    assert values(dataset) == {("FRA", 2019): 1234.5, ("DEU", 2019): 12.5}
    assert [(r.row, r.reason) for r in report.rejected] == [
        (2, "no value"),
        (3, "no value ('..')"),
        (4, "no value ('n/a')"),
        (5, "value is not a number: 'abc'"),
    ]


def test_owid_style_value_column_names_the_indicator(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "owid.csv",
        [
            ["Entity", "Code", "Year", "Share of women in parliament"],
            ["Chile", "CHL", "2020", "23"],
        ],
    )
    dataset, _ = read(path)
    assert dataset.indicators() == ["Share of women in parliament"]
    assert values(dataset) == {("CHL", 2020): 23.0}


def test_duplicates_collapse_or_conflict_and_the_last_row_wins(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "x.csv",
        [
            ["Country", "Year", "Value"],
            ["France", "2020", "1"],
            ["FRA", "2020", "2"],  # same key, another value: conflict, kept (last)
            ["Spain", "2020", "3"],
            ["ESP", "2020", "3"],  # same value: collapsed
        ],
    )
    dataset, report = read(path)
    assert values(dataset) == {("FRA", 2020): 2.0, ("ESP", 2020): 3.0}
    assert report.rows_imported == 4 and report.duplicates_collapsed == 1
    [conflict] = report.conflicts
    assert conflict.rows == [2, 3] and conflict.values == ["1", "2"] and conflict.kept == "2"


def test_units_name_the_indicator_and_split_it_when_they_differ(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "x.csv",
        [
            ["Country", "Year", "Indicator", "Unit of measurement", "Value"],
            ["FRA", "2020", "Homicides", "Counts", "800"],
            ["FRA", "2020", "Homicides", "Rate per 100,000", "1.2"],
            ["FRA", "2020", "Prisoners", "Counts", "70,000"],
        ],
    )
    dataset, report = read(path)
    assert dataset.indicators() == [
        "Homicides (Counts)",
        "Homicides (Rate per 100,000)",
        "Prisoners",
    ]
    assert report.conflicts == []
    assert dataset.values("Prisoners", 2020).loc["FRA", "value"] == 70000.0
    assert "Unit of 'Prisoners': Counts." in dataset.provenance.caveats
    assert dataset.name == "x"


# -- wide form ------------------------------------------------------------------------


def check_world_bank(dataset, report) -> None:
    assert report.rows_read == 9  # the blank line is not a row
    assert values(dataset) == {
        ("ABW", 2019): 1.2,
        ("ABW", 2020): 1.5,
        ("DEU", 2019): 0.9,
        ("DEU", 2020): 0.8,
        ("DEU", 2021): 0.9,
        ("DEU", 2022): 1.1,
        ("KEN", 2020): 4.5,
    }
    assert [(r.row, r.reason) for r in report.rejected] == [
        (7, "a regional aggregate, not a country: Africa Eastern and Southern (AFE)"),
        (8, "a regional aggregate, not a country: World (WLD)"),
        (10, "country not understood: Channel Islands (CHI)"),
        (11, "no value in any year"),
        (12, "a regional aggregate, not a country: Sub-Saharan Africa (SSF)"),
        (15, "a regional aggregate, not a country: High income (HIC)"),
    ]
    assert report.rows_imported == 3
    assert report.unresolved == {"Channel Islands": 1.0}
    obs = dataset.observations
    assert list(obs.loc[obs["iso3"] == "DEU", "source_row"]) == [9, 9, 9, 9]
    assert dataset.indicators() == [IND[0]]
    prov = dataset.provenance
    assert (prov.publisher, prov.title, prov.edition) == (
        "World Bank",
        "World Development Indicators",
        "2024-06-28",
    )
    assert prov.source_line() == (
        "Source: World Bank, World Development Indicators, export of 2024-06-28"
    )
    assert (
        f"Unit of {IND[0]!r}: per 100,000 people (as its name says). A rate: never summed."
    ) in prov.caveats
    assert len(prov.sha256) == 64 and prov.rows_imported == 3


def test_world_bank_wide_csv_with_preamble(tmp_path: Path) -> None:
    # The real downloads end every line with a separator.
    rows = [*WB_PREAMBLE, [*WB_HEADER, *YEARS, ""], *[[*r, ""] for r in WB_ROWS]]
    path = write_csv(tmp_path / "API_VC.IHR.PSRC.P5_DS2_en_csv_v2.csv", rows)
    check_world_bank(*read(path))


def test_world_bank_wide_xlsx_with_preamble(tmp_path: Path) -> None:
    rows = [*WB_PREAMBLE, [*WB_HEADER, *YEARS], *WB_ROWS]
    path = write_xlsx(tmp_path / "API_VC.IHR.PSRC.P5_DS2_en_excel_v2.xlsx", rows)
    check_world_bank(*read(path))


def test_wide_sheet_with_a_text_cell_rejects_that_row(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "x.csv",
        [
            ["Country", "2019", "2020 [YR2020]", "2021"],
            ["FRA", "1", "oops", "bad"],
            ["DEU", "2", "3", ""],
        ],
    )
    dataset, report = read(path)
    assert values(dataset) == {("DEU", 2019): 2.0, ("DEU", 2020): 3.0}
    assert [(r.row, r.reason) for r in report.rejected] == [
        (2, "value is not a number in 2020: 'oops' (and 1 more cells)")
    ]


def test_databank_export_with_series_rows_and_footer_notes(tmp_path: Path) -> None:
    header = ["Series Name", "Series Code", "Country Name", "Country Code"]
    path = write_csv(
        tmp_path / "Data_Extract_From_World_Development_Indicators.csv",
        [
            [*header, "2019 [YR2019]", "2020 [YR2020]"],
            ["Population, total", "SP.POP.TOTL", "Chile", "CHL", "18952035", ".."],
            ["Population, total", "SP.POP.TOTL", "World", "WLD", "7.7e9", "7.8e9"],
            ["GDP (current US$)", "NY.GDP.MKTP.CD", "Chile", "CHL", "2.78e11", ".."],
            [],
            ["Data from database: World Development Indicators", "", "", "", "", ""],
            ["Last Updated: 06/28/2024", "", "", "", "", ""],
        ],
    )
    dataset, report = read(path)
    assert dataset.indicators() == ["Population, total", "GDP (current US$)"]
    assert dataset.values("GDP (current US$)", 2019).loc["CHL", "value"] == 2.78e11
    assert dataset.name == "Data_Extract_From_World_Development_Indicators"
    assert [(r.row, r.reason) for r in report.rejected] == [
        (3, "a regional aggregate, not a country: World (WLD)"),
        (6, "a note, not a data row: 'Data from database: World Development Indicators'"),
        (7, "a note, not a data row: 'Last Updated: 06/28/2024'"),
    ]
    assert report.unresolved == {}
    assert "Unit of 'GDP (current US$)': current US$ (as its name says)." in (
        dataset.provenance.caveats
    )


# -- categorical ------------------------------------------------------------------------


def test_categorical_tiers_are_ordered_levels(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "tip_tiers.csv",
        [
            ["Country", "Year", "Tier"],
            ["Chile", "2023", "Tier 2 Watch List"],
            ["Canada", "2023", "Tier 1"],
            ["Cuba", "2023", "Tier 3"],
            ["Chad", "2023", "Tier 2"],
            ["Chile", "2022", "tier  1"],  # another spelling of Tier 1
            ["Peru", "2023", ""],  # no value: rejected
        ],
    )
    dataset, report = read(path)
    assert dataset.indicators() == ["Tier"]
    obs = dataset.observations.set_index(["iso3", "year"])
    expected = {
        ("CHL", 2023): (3, "Tier 2 Watch List"),
        ("CAN", 2023): (1, "Tier 1"),
        ("CUB", 2023): (4, "Tier 3"),
        ("TCD", 2023): (2, "Tier 2"),
        ("CHL", 2022): (1, "Tier 1"),
    }
    for key, (rank, label) in expected.items():
        assert obs.loc[key, "value"] == rank
        assert obs.loc[key, "flag"] == CATEGORY_FLAG_PREFIX + label
    assert category_levels(dataset.observations) == [
        "Tier 1",
        "Tier 2",
        "Tier 2 Watch List",
        "Tier 3",
    ]
    assert category_levels(dataset.observations, "other") == []
    assert (
        "Categorical indicator 'Tier' with levels, in order: Tier 1; Tier 2; "
        "Tier 2 Watch List; Tier 3 (stored as ranks 1 to 4)."
    ) in dataset.provenance.caveats
    assert [(r.row, r.reason) for r in report.rejected] == [(7, "no value")]


def test_levels_sort_naturally_not_alphabetically() -> None:
    levels = ["Level 10", "level 2", "Level 2 Watch List", "Level 1"]
    assert sorted(levels, key=natural_key) == [
        "Level 1",
        "level 2",
        "Level 2 Watch List",
        "Level 10",
    ]


def test_text_with_too_many_levels_asks_for_a_mapping(tmp_path: Path) -> None:
    rows = [["Country", "Year", "Value"]]
    rows += [["FRA", str(2000 + i), f"comment {i}"] for i in range(13)]
    path = write_csv(tmp_path / "x.csv", rows)
    with pytest.raises(NeedsMapping, match="13 different entries"):
        read_indicator_table(path)


# -- numbers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["1,757", "12.5", "-3", "1e3"], [1757, 12.5, -3, 1000]),  # comma thousands
        (["1,757", "0,5"], [1.757, 0.5]),  # the column shows decimal commas
        (["1.234.567", "1 234", "7\u00a0000"], [1234567, 1234, 7000]),
        (["1.234,5", "2,25"], [1234.5, 2.25]),
        (["1,234,567", "1,5"], [1234567, np.nan]),  # both conventions: "1,5" is not a number
        (["12.5%", "\u22122"], [12.5, -2]),
    ],
)
def test_parse_numbers(cells, expected) -> None:
    value, missing, number = parse_numbers(cells)
    np.testing.assert_allclose(value, expected)
    assert not missing.any()
    assert list(number) == [not np.isnan(e) for e in expected]


def test_missing_markers_are_missing_not_numbers() -> None:
    cells = ["", "..", "…", "-", "n/a", "NA", ":", "x", "5"]
    _, missing, number = parse_numbers(cells)
    assert list(missing) == [True] * 8 + [False]
    assert list(number) == [False] * 8 + [True]


# -- mapping ------------------------------------------------------------------------------


def test_ambiguous_columns_ask_for_a_mapping_then_the_mapping_reads(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "x.csv",
        [
            ["Country label", "Period", "Figure A", "Figure B"],
            ["France", "2020", "1", "10"],
            ["Spain", "2020", "2", "20"],
        ],
    )
    with pytest.raises(NeedsMapping) as caught:
        read_indicator_table(path)
    question = caught.value
    assert question.columns == ("Country label", "Period", "Figure A", "Figure B")
    assert question.guess is not None
    assert (question.guess.country, question.guess.year, question.guess.value) == (
        "Country label",
        "Period",
        "Figure A",
    )
    assert question.guess.values == ("Figure A", "Figure B")  # both, not a question
    assert question.reason.startswith("no column looks like the country")
    assert isinstance(question, DataImportError)

    mapping = replace(question.guess, value="Figure B", values=(), indicator_name="B")
    dataset, _ = read(path, mapping=mapping)
    assert values(dataset) == {("FRA", 2020): 10.0, ("ESP", 2020): 20.0}
    assert dataset.indicators() == ["B"]


def test_a_table_without_year_asks_for_one_and_guesses_it_from_the_file_name(
    tmp_path: Path,
) -> None:
    path = write_csv(tmp_path / "tiers_2023.csv", [["Country", "Tier"], ["Canada", "Tier 1"]])
    with pytest.raises(NeedsMapping, match="no year column") as caught:
        read_indicator_table(path)
    guess = caught.value.guess
    assert guess.fixed_year == 2023 and guess.value == "Tier" and guess.country == "Country"
    dataset, _ = read(path, mapping=guess)
    assert values(dataset) == {("CAN", 2023): 1.0}


def test_wrong_columns_say_what_the_header_has(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [["foo", "bar", "baz"], ["1", "2", "3"]])
    with pytest.raises(NeedsMapping) as caught:
        read_indicator_table(path)
    message = str(caught.value)
    assert message.startswith("x.csv: choose the columns: no column looks like the country")
    assert "row 1, has: foo, bar, baz" in message


def test_a_mapping_naming_a_missing_column_is_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [["Country", "Year", "Value"], ["FRA", "2020", "1"]])
    mapping = TableMapping(country="Nope", year="Year", value="Value")
    with pytest.raises(NeedsMapping, match="column 'Nope' is not in the table"):
        read_indicator_table(path, mapping=mapping)


def test_looks_like() -> None:
    assert looks_like_indicator_table([*WB_HEADER, *YEARS])
    assert looks_like_indicator_table(["Pays", "Année", "Valeur"])
    assert not looks_like_indicator_table(["Iso3_code", "Country", "Year", "txtVALUE"])
    assert not looks_like_indicator_table(["origin", "dest", "count", "year"])
    assert not looks_like_indicator_table(["foo", "bar"])
    assert looks_like_flow_table(["origin", "dest", "count"])
    assert looks_like_flow_table(["source", "target", "value"])
    assert not looks_like_flow_table([*WB_HEADER, *YEARS])


# -- failures and progress ------------------------------------------------------------------


def test_empty_file_and_header_only(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("  \n")
    with pytest.raises(DataImportError, match=r"empty\.csv: the file is empty"):
        read_indicator_table(empty)
    header = write_csv(tmp_path / "h.csv", [["Country", "Year", "Value"]])
    with pytest.raises(DataImportError, match="no data rows under the header"):
        read_indicator_table(header)


def test_cancel_stops_the_import_and_progress_reaches_one(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "x.csv", [["Country", "Year", "Value"], ["FRA", "2020", "1"]])
    seen: list[float] = []
    read(path, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(DataImportError, match="import cancelled"):
        read_indicator_table(path, cancelled=cancelled)
