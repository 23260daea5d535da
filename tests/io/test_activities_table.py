"""The activities template reader: multi-country rows, synonyms, dates, bad rows, reconciliation."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pandas as pd
import pytest

from explorer.core.data.schema import ACTIVITY_DTYPES
from explorer.io.importing.errors import DataImportError
from explorer.io.readers.activities.columns import COLUMNS, looks_like_activities_table
from explorer.io.readers.activities.table import read_activities_table, template_path
from explorer.io.readers.activities.values import parse_date
from explorer.io.workspace.store import Workspace, load_workspace, save_workspace
from tests.io.test_glotip import write_xlsx

ROOT = Path(__file__).resolve().parents[2]
HEADER = list(COLUMNS)


def act(
    country="KEN",
    title="Support to prosecutors",
    kind="technical",
    themes="trafficking",
    status="ongoing",
    start="2024-01-01",
    end="2024-12-31",
    partners="Ministry of Justice",
    description="",
    reference="",
):
    return [country, title, kind, themes, status, start, end, partners, description, reference]


# File row numbers (header = row 1) are in the comments.
ROWS = [
    act(  # 2: three countries (ISO3, ISO2, name), synonyms, two date formats
        country="KEN; UG; Tanzania",
        title="  Case-management   support ",
        kind="Technical Assistance",
        status="In progress",
        start="2024-03-01",
        end="31/12/2025",
        themes="trafficking; ; trafficking; gender",
        partners="Ministry of Justice;National Police ; Ministry of Justice",
        reference="REF-1",
    ),
    act(title=""),  # 3: no title
    act(country="Atlantis"),  # 4: unresolved country
    [""] * len(HEADER),  # 5: blank: skipped, not counted
    act(kind="capacity-building", status="CLOSED", start="2019", end="2020"),  # 6: years
    act(kind="banana"),  # 7: unknown kind
    act(status="cancelled"),  # 8: cancelled
    act(start="2024-13-01"),  # 9: not a date
    act(start="2024-06-01", end="2023-06-01"),  # 10: end before start
    act(country="West Africa"),  # 11: a region
    act(country="France; Atlantis"),  # 12: one unresolved of two
    act(title="EXAMPLE: a template row"),  # 13: the template's sample
    act(country="", kind="", status="", start="15.03.2021", end="2021-06"),  # 14: no country
    act(country="FR", kind="", status="", start="15.03.2021", end="2021-06", reference="R"),  # 15
]


def write_csv(path: Path, rows, header=HEADER, sep=",", encoding="utf-8") -> Path:
    with path.open("w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle, delimiter=sep)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    path = write_csv(tmp_path_factory.mktemp("act") / "activities.csv", ROWS)
    return path, *read_activities_table(path)


def reasons(report) -> dict[int, str]:
    return {r.row: r.reason for r in report.rejected}


def test_counts_reconcile_and_multi_country_rows_count_once(imported):
    _, dataset, report = imported
    assert report.rows_read == 13  # 14 rows under the header; the blank one is not counted
    assert report.rows_imported == 3  # rows 2, 6 and 15: row 2 is one row with three countries
    assert len(report.rejected) == 10
    assert report.balanced
    assert len(dataset.activities) == 5  # 3 + 1 + 1
    assert dataset.observations.empty and dataset.flows.empty


def test_a_multi_country_row_becomes_one_activity_per_country(imported):
    _, dataset, _ = imported
    rows = dataset.activities[dataset.activities["reference"] == "REF-1"]
    assert list(rows["iso3"]) == ["KEN", "UGA", "TZA"]
    assert set(rows["source_row"]) == {2}
    first = rows.iloc[0]
    assert first["title"] == "Case-management support"
    assert first["kind"] == "technical"
    assert first["status"] == "ongoing"
    assert first["themes"] == "trafficking; gender"
    assert first["partners"] == "Ministry of Justice; National Police"
    assert first["start"] == pd.Timestamp("2024-03-01")
    assert first["end"] == pd.Timestamp("2025-12-31")


def test_synonyms_and_three_date_formats(imported):
    _, dataset, _ = imported
    by_row = dataset.activities.set_index("source_row")
    years = by_row.loc[6]
    assert (years["kind"], years["status"]) == ("training", "completed")
    assert years["start"] == pd.Timestamp("2019-01-01")  # a year starts on 1 January
    assert years["end"] == pd.Timestamp("2020-12-31")  # and ends on 31 December
    blank = by_row.loc[15]
    assert blank["iso3"] == "FRA"
    assert blank["kind"] == "other"  # blank kind
    assert pd.isna(blank["status"])  # blank status stays blank
    assert blank["start"] == pd.Timestamp("2021-03-15")  # dd.mm.yyyy, day first
    assert blank["end"] == pd.Timestamp("2021-06-30")  # a month ends on its last day


def test_bad_rows_have_row_numbers_and_reasons(imported):
    _, _, report = imported
    got = reasons(report)
    assert sorted(got) == [3, 4, 7, 8, 9, 10, 11, 12, 13, 14]
    assert got[3] == "no title"
    assert got[4] == "country not understood: 'Atlantis'"
    assert "unknown kind 'banana'" in got[7] and "technical, legal" in got[7]
    assert got[8].startswith("cancelled")
    assert got[9].startswith("start is not a date: '2024-13-01'")
    assert got[10] == "end 2023-06-01 is before start 2024-06-01"
    assert "is a region, not a country" in got[11]
    assert got[12] == "country not understood: 'Atlantis'"
    assert got[13].startswith("example row from the template")
    assert got[14] == "no country"
    raw = report.rejected[0].raw
    assert raw["title"] == "" and raw["country"] == "KEN"


def test_unresolved_countries_are_listed_with_their_row_count(imported):
    _, _, report = imported
    assert report.unresolved == {"Atlantis": 2.0}


def test_provenance_has_file_hash_and_counts_and_no_publisher(imported):
    path, dataset, _ = imported
    p = dataset.provenance
    assert p.file_name == "activities.csv"
    assert p.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (p.rows_read, p.rows_imported, p.rows_rejected) == (13, 3, 10)
    assert p.publisher == "" and not p.synthetic
    assert dataset.name == "activities"


def test_activities_have_the_schema_dtypes(imported):
    _, dataset, _ = imported
    assert dict(dataset.activities.dtypes.astype(str)) == dict(ACTIVITY_DTYPES)
    assert set(dataset.activities["dataset"]) == {"activities"}


def test_xlsx_reads_like_csv(tmp_path, imported):
    _, from_csv, csv_report = imported
    path = write_xlsx(tmp_path / "activities.xlsx", [HEADER, *ROWS])
    dataset, report = read_activities_table(path)
    assert reasons(report) == reasons(csv_report)
    assert (report.rows_read, report.rows_imported) == (13, 3)
    columns = [c for c in ACTIVITY_DTYPES if c != "dataset"]
    pd.testing.assert_frame_equal(dataset.activities[columns], from_csv.activities[columns])


def test_spreadsheet_date_cells_are_read(tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", [HEADER, act(start="2024-03-01 00:00:00", end="2025.0")])
    dataset, report = read_activities_table(path)
    assert report.rows_imported == 1
    assert dataset.activities.loc[0, "start"] == pd.Timestamp("2024-03-01")
    assert dataset.activities.loc[0, "end"] == pd.Timestamp("2025-12-31")


def test_header_synonyms_preamble_and_extra_columns(tmp_path):
    header = ["Notes", "Activity title", "Country (ISO3 or name)", "Type", "Start date", "Status"]
    path = tmp_path / "a.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Our activities, 2024"])
        writer.writerow(header)
        writer.writerow(["ignored", "Workshop", "Côte d'Ivoire", "formation", "2024", "en cours"])
    dataset, report = read_activities_table(path)
    assert report.rows_read == 1 and report.rows_imported == 1
    row = dataset.activities.iloc[0]
    assert (row["iso3"], row["kind"], row["status"]) == ("CIV", "training", "ongoing")
    assert row["source_row"] == 3


def test_missing_title_column_is_a_clear_error(tmp_path):
    path = write_csv(tmp_path / "a.csv", [["KEN", "x"]], header=["country", "name"])
    with pytest.raises(DataImportError, match=r"missing required column\(s\) title"):
        read_activities_table(path)


def test_empty_file_and_header_only(tmp_path):
    (tmp_path / "e.csv").write_bytes(b"")
    with pytest.raises(DataImportError, match="empty"):
        read_activities_table(tmp_path / "e.csv")
    with pytest.raises(DataImportError, match="no activity rows"):
        read_activities_table(write_csv(tmp_path / "h.csv", []))


def test_progress_and_cancel(tmp_path):
    path = write_csv(tmp_path / "a.csv", [act()])
    seen: list[float] = []
    read_activities_table(path, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    with pytest.raises(DataImportError, match="import cancelled"):
        read_activities_table(path, cancelled=lambda: True)


def test_a_custom_resolver_is_used(tmp_path):
    path = write_csv(tmp_path / "a.csv", [act(country="Narnia")])

    class Res:
        def __init__(self, result, method="user"):
            self.result, self.method, self.score = result, method, None

    dataset, report = read_activities_table(path, resolve=lambda label: Res("KEN"))
    assert list(dataset.activities["iso3"]) == ["KEN"] and not report.rejected


def test_fuzzy_matches_are_reported(tmp_path):
    path = write_csv(tmp_path / "a.csv", [act(country="Abania; Albania")])
    dataset, report = read_activities_table(path)
    assert list(dataset.activities["iso3"]) == ["ALB"]  # one row: both labels name Albania
    assert [f[:2] for f in report.fuzzy] == [("Abania", "ALB")]


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("2024-02-29", False, "2024-02-29"),
        ("29/02/2024", False, "2024-02-29"),
        ("1/2/2024", False, "2024-02-01"),  # day first, always
        ("2024", False, "2024-01-01"),
        ("2024", True, "2024-12-31"),
        ("2024-02", True, "2024-02-29"),
        ("", False, None),
    ],
)
def test_parse_date(text, end, expected):
    got = parse_date(text, end=end)
    assert (got if got is None else str(got.date())) == expected


@pytest.mark.parametrize("text", ["12/31/2024", "31/02/2023", "soon", "1850", "2024-1-1x"])
def test_parse_date_rejects(text):
    with pytest.raises(ValueError):
        parse_date(text)


def test_looks_like_activities_table():
    assert looks_like_activities_table(HEADER)
    assert looks_like_activities_table(["Title", "Recipient country"])
    assert not looks_like_activities_table(["Iso3_code", "Country", "Indicator", "txtVALUE"])
    assert not looks_like_activities_table(["country", "description"])


def test_bundled_template_and_example():
    csv_template = template_path("csv")
    assert csv_template == ROOT / "resources" / "activities-template.csv"
    with csv_template.open(newline="", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header == HEADER
    # The template's sample rows are never imported as such ...
    _, report = read_activities_table(csv_template)
    assert report.rows_read == 2 and report.rows_imported == 0
    assert all(r.reason.startswith("example row") for r in report.rejected)
    # ... and xlsx and csv templates agree.
    _, xlsx_report = read_activities_table(template_path("xlsx"))
    assert [r.raw for r in xlsx_report.rejected] == [r.raw for r in report.rejected]
    # The example file imports completely.
    dataset, report = read_activities_table(ROOT / "resources" / "activities-example.csv")
    assert (report.rows_read, report.rows_imported, report.rejected) == (8, 8, [])
    assert dataset.activities["reference"].nunique() == 8
    assert dataset.activities["description"].str.contains("Fictional").all()


def test_template_examples_are_valid_once_unmarked(tmp_path):
    with template_path("csv").open(newline="", encoding="utf-8") as handle:
        header, *examples = list(csv.reader(handle))
    rows = [[cell.replace("EXAMPLE: ", "") for cell in row] for row in examples]
    dataset, report = read_activities_table(write_csv(tmp_path / "t.csv", rows, header=header))
    assert report.rows_imported == 2 and not report.rejected
    assert sorted(dataset.activities["iso3"]) == ["KEN", "MDA", "UGA"]


def test_report_and_activities_round_trip_through_the_workspace(tmp_path, imported):
    _, dataset, report = imported
    workspace = Workspace()
    workspace.add_dataset(dataset, report)
    save_workspace(workspace, tmp_path / "w.sqlite")
    loaded = load_workspace(tmp_path / "w.sqlite")
    assert loaded.reports[dataset.name].to_json() == report.to_json()
    pd.testing.assert_frame_equal(loaded.dataset(dataset.name).activities, dataset.activities)


def test_the_share_resolved_counts_the_rows_whose_countries_all_resolved(imported):
    _, _, report = imported
    # 13 rows: 2, 3, 6, 7, 8, 9, 10, 13 and 15 name only countries that resolve; 4 and 12 name
    # Atlantis, 11 a region, 14 no country.
    assert report.resolved_share == pytest.approx(9 / 13)
    assert "69.2% of activity rows resolved to a country" in report.summary()
