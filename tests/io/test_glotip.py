"""The GLOTIP reader on small files made here, and on the shared 2023 workbook when present."""

from __future__ import annotations

import csv
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from explorer.io.importing.errors import DataImportError
from explorer.io.importing.report import ImportReport
from explorer.io.readers.glotip.reader import read_glotip
from tests.shared_data import GLOTIP_WORKBOOK

HEADER = [
    "Iso3_code",
    "Country",
    "Region",
    "Subregion",
    "Indicator",
    "Dimension",
    "Category",
    "Sex",
    "Age",
    "Year",
    "Unit of measurement",
    "txtVALUE",
    "Source",
]
VICTIMS = "Detected trafficking victims"
REAL = GLOTIP_WORKBOOK
STUB_NAMES = {"Bulgaria": "BGR", "Romania": "ROU", "roumain": "ROU", "Nationals": "DOMESTIC"}


@dataclass(frozen=True)
class StubResolution:
    label: str
    result: str | None
    method: str = "name"
    score: float | None = None


def stub(label: str, detected_in: str | None = None) -> StubResolution:
    if label == "Bulgarai":
        return StubResolution(label, "BGR", "fuzzy", 91.0)
    return StubResolution(label, STUB_NAMES.get(label))


def row(iso3="DEU", dim="Total", cat="Total", value="10", year="2020", ind=VICTIMS, sex="Total"):
    return [iso3, "X", "", "", ind, dim, cat, sex, "Total", year, "Counts", value, "GLOTIP"]


ROWS = [
    row(value="<5"),  # file row 2 (no preamble) / 4 (preamble)
    row(sex="Female", value="1,757"),
    row(sex="Male", value=""),  # blank: rejected
    row(sex="Other", value="n/a"),  # non-numeric: rejected
    row(dim="by citizenship", cat="Bulgaria", value="12"),
    row(dim="by citizenship", cat="Nationals", value="<5"),
    row(dim="by citizenship", cat="Atlantis", value="7"),  # unresolved
    row(dim="by country of repatriation", cat="Romania", value="3"),
]


def write_csv(path: Path, rows, preamble=True, encoding="utf-8", sep=",") -> Path:
    with path.open("w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle, delimiter=sep)
        if preamble:
            writer.writerow(["UNODC", "unodc_ddds@un.org"])
            writer.writerow(["30/05/2023"])
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows) -> Path:
    """A minimal valid xlsx (inline strings), so no writer engine is needed."""

    def cell(ref: str, text: str) -> str:
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'

    sheet_rows = []
    for r, values in enumerate(rows, start=1):
        cells = "".join(cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(values) if v != "")
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    ns = "http://schemas.openxmlformats.org"
    parts = {
        "[Content_Types].xml": (
            f'<Types xmlns="{ns}/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{ns}/package/2006/relationships"><Relationship Id="rId1" '
            f'Type="{ns}/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{ns}/spreadsheetml/2006/main" '
            f'xmlns:r="{ns}/officeDocument/2006/relationships"><sheets>'
            '<sheet name="data_glotip_1" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{ns}/package/2006/relationships"><Relationship Id="rId1" '
            f'Type="{ns}/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": (
            f'<worksheet xmlns="{ns}/spreadsheetml/2006/main"><sheetData>'
            + "".join(sheet_rows)
            + "</sheetData></worksheet>"
        ),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return path


def check_balanced(report: ImportReport) -> None:
    assert report.rows_read == report.rows_imported + len(report.rejected)
    assert "imported" in report.summary() and "rejected" in report.summary()


def read(path: Path):
    dataset, report = read_glotip(path, resolve=stub)
    check_balanced(report)
    return dataset, report


# -- header, values ----------------------------------------------------------------


@pytest.mark.parametrize("preamble", [True, False])
def test_header_found_with_and_without_preamble(tmp_path, preamble):
    dataset, report = read(write_csv(tmp_path / "g.csv", ROWS, preamble=preamble))
    first = 4 if preamble else 2
    assert report.rows_read == len(ROWS)
    assert {(r.row, r.reason.split(":")[0]) for r in report.rejected} == {
        (first + 2, "blank value"),
        (first + 3, "value is not a number"),
    }
    assert dataset.provenance.edition == ("30/05/2023" if preamble else "")
    assert dataset.provenance.rows_rejected == 2


def test_values_suppressed_and_thousands(tmp_path):
    dataset, _ = read(write_csv(tmp_path / "g.csv", ROWS))
    obs = dataset.observations.set_index("sex")
    assert obs.loc["Female", "value"] == 1757
    total = obs.loc["Total"]
    assert total["flag"] == "suppressed" and (total["lower"], total["upper"]) == (1, 4)
    assert total["value"] != total["value"]  # NaN, never invented


def test_flows_directions_and_unresolved(tmp_path):
    dataset, report = read(write_csv(tmp_path / "g.csv", ROWS))
    flows = dataset.flows.set_index("origin_label")
    assert (flows.loc["Bulgaria", "origin"], flows.loc["Bulgaria", "destination"]) == (
        "BGR",
        "DEU",
    )
    assert flows.loc["Nationals", "origin"] == "DOMESTIC"
    assert flows.loc["Atlantis", "origin"] == "UNKNOWN"
    assert report.unresolved == {"Atlantis": 7.0}
    repat = flows.loc["Romania"]
    assert (repat["origin"], repat["destination"]) == ("DEU", "ROU")
    assert repat["indicator"] == f"{VICTIMS} by country of repatriation"
    assert report.resolved_share == pytest.approx(13 / 20)
    assert len(dataset.observations) == 2  # the two valid Total-dimension rows


def test_fuzzy_and_same_origin_labels(tmp_path):
    rows = [
        row(value="20"),  # the victims' total: the two spellings of Romania fit within it
        row(dim="by citizenship", cat="Romania", value="10"),
        row(dim="by citizenship", cat="roumain", value="<5"),
        row(dim="by citizenship", cat="Bulgarai", value="2"),
    ]
    dataset, report = read(write_csv(tmp_path / "g.csv", rows))
    assert report.fuzzy == [("Bulgarai", "BGR", 91.0)]
    rou = dataset.flows.set_index("origin").loc["ROU"]
    assert (rou["lower"], rou["upper"], rou["parts"]) == (11, 14, 2)  # parts: a range
    (group,) = report.conflicts
    assert group.rule == "parts" and group.key[-2:] == ("ROU", "Romania + roumain")
    assert "within the total 20" in group.reason
    # Without a total nothing says they are parts: one origin, the larger kept.
    dataset, report = read(write_csv(tmp_path / "h.csv", rows[1:]))
    rou = dataset.flows.set_index("origin").loc["ROU"]
    assert (rou["value"], report.conflicts[0].rule) == (10, "repeats")


def test_exact_duplicates_collapsed_and_conflicts_reported(tmp_path):
    rows = [row(value="5"), row(value="5"), row(sex="Male", value="<5"), row(sex="Male", value="9")]
    rows.append(row(sex="Male", value="3"))
    dataset, report = read(write_csv(tmp_path / "g.csv", rows, preamble=False))
    assert report.duplicates_collapsed == 1
    (conflict,) = report.conflicts
    assert conflict.rows == [4, 5, 6] and conflict.values == ["<5", "9", "3"]
    assert conflict.kept == "9"
    assert dataset.values(VICTIMS, 2020, dataset.breakdowns(VICTIMS)[-1]).loc["DEU", "value"] == 9
    assert dataset.duplicate_observations == 0  # the Dataset sees only kept rows
    assert report.rows_imported == 5


def test_implausible_value_rejected(tmp_path):
    rows = [row(value="3"), row(dim="by form of exploitation", cat="Q1.2", value="1,234,567")]
    dataset, report = read(write_csv(tmp_path / "g.csv", rows, preamble=False))
    (bad,) = report.implausible
    assert bad.row == 3 and "questionnaire code" in bad.reason
    assert bad in report.rejected
    assert (dataset.observations["value"] < 1_000_000).all()


def test_regional_pseudo_codes_rejected(tmp_path):
    rows = [row(iso3="CAR"), row(iso3=""), row(iso3="Aruba/Curacao"), row(iso3="CAF")]
    dataset, report = read(write_csv(tmp_path / "g.csv", rows, preamble=False))
    assert report.rejected[0].reason == "not a country code: 'CAR'"
    assert len(report.rejected) == 3 and list(dataset.observations["iso3"]) == ["CAF"]


# -- encodings and separators ---------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "sep"),
    [("cp1252", ","), ("utf-16", ","), ("utf-8-sig", ","), ("utf-8", ";"), ("cp1252", ";")],
)
def test_csv_encodings_and_separators(tmp_path, encoding, sep):
    rows = [
        row(
            iso3="CIV",
            dim="by citizenship",
            cat="Côte d\u2019Ivoire" if encoding != "cp1252" else "Côte",
        )
    ]
    rows.append(row(value="1,757"))
    dataset, report = read(write_csv(tmp_path / "g.csv", rows, encoding=encoding, sep=sep))
    assert report.rows_imported == 2
    assert dataset.flows["origin_label"].iloc[0] == rows[0][6]
    assert dataset.observations["value"].iloc[0] == 1757


def test_xlsx_with_preamble(tmp_path):
    rows = [["UNODC"], ["30/05/2023"], HEADER, *ROWS]
    dataset, report = read(write_xlsx(tmp_path / "g.xlsx", rows))
    assert dataset.provenance.edition == "30/05/2023"
    assert report.rows_read == len(ROWS) and len(report.rejected) == 2
    assert dataset.provenance.sha256 and dataset.provenance.publisher == "UNODC"


# -- bad input ------------------------------------------------------------------------


def test_empty_file(tmp_path):
    for name in ("empty.csv", "empty.xlsx"):
        (tmp_path / name).write_bytes(b"")
        with pytest.raises(DataImportError, match="empty"):
            read_glotip(tmp_path / name, resolve=stub)


def test_png_named_xlsx(tmp_path):
    path = tmp_path / "map.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    with pytest.raises(DataImportError, match=r"not an Excel workbook.*PNG"):
        read_glotip(path, resolve=stub)


def test_truncated_workbook(tmp_path):
    whole = write_xlsx(tmp_path / "whole.xlsx", [HEADER, *ROWS]).read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(DataImportError, match="damaged or truncated"):
        read_glotip(path, resolve=stub)


def test_wrong_columns_named(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("Iso3_code,Country,Year,Value\nDEU,Germany,2020,5\n", encoding="utf-8")
    with pytest.raises(DataImportError) as error:
        read_glotip(path, resolve=stub)
    message = str(error.value)
    for name in ("Indicator", "Dimension", "Category", "Sex", "Age", "txtVALUE"):
        assert name in message
    assert "Year," not in message.split("(")[0]


def test_progress_and_cancel(tmp_path):
    path = write_csv(tmp_path / "g.csv", ROWS)
    seen: list[float] = []
    read_glotip(path, resolve=stub, progress=seen.append)
    assert seen[0] == 0 and seen[-1] == 1 and seen == sorted(seen)
    with pytest.raises(DataImportError, match="cancelled"):
        read_glotip(path, resolve=stub, cancelled=lambda: True)


def test_report_csv_neutralises_formulas(tmp_path):
    rows = [row(dim="by citizenship", cat="=HYPERLINK(1)", value="4")]
    _, report = read(write_csv(tmp_path / "g.csv", rows))
    out = tmp_path / "report.csv"
    report.to_csv(out)
    text = out.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK(1)" in text and ",=HYPERLINK" not in text


# -- the shared 2023 workbook -------------------------------------------------------


@pytest.fixture(scope="module")
def real_import(glotip_import):
    """The workbook read once per run (tests/conftest.py), by ``read_any`` as the app reads
    it: its content is detected as GLOTIP and read by ``read_glotip`` with the resolver."""
    return glotip_import


def test_real_workbook_imports(real_import):
    dataset, report = real_import
    check_balanced(report)
    assert report.rows_read == 46_556
    assert dataset.provenance.edition == "30/05/2023"
    assert dataset.provenance.rows_read == 46_556


def test_real_workbook_albania_conflict(real_import):
    _, report = real_import
    key = ("ALB", 2017, VICTIMS, "by form of exploitation", "Other forms of exploitation")
    (conflict,) = [c for c in report.conflicts if c.key[:5] == key and c.key[5:] == ("Total",) * 2]
    assert len(conflict.rows) == 5 and sorted(conflict.values) == ["20", "27", "5", "<5", "<5"]


def test_real_workbook_germany_bulgaria(real_import):
    dataset, _ = real_import
    flows = dataset.flows_for(2020, VICTIMS)
    assert (flows["destination"] == "DEU").any()
    assert ((flows["destination"] == "DEU") & (flows["origin"] == "BGR")).any()


def test_total_rows_in_flow_dimensions_are_rejected_not_counted_twice(tmp_path):
    from explorer.io.readers.glotip.reader import read_glotip

    path = tmp_path / "totals.csv"
    path.write_text(
        "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,"
        "Unit of measurement,txtVALUE,Source\n"
        "DEU,Germany,Europe,Western Europe,Detected trafficking victims,by citizenship,"
        "Bulgaria,Total,Total,2020,Counts,58,GLOTIP\n"
        "DEU,Germany,Europe,Western Europe,Detected trafficking victims,by citizenship,"
        "Total,Total,Total,2020,Counts,58,GLOTIP\n",
        encoding="utf-8",
    )

    def resolve(label, detected_in=None):
        from types import SimpleNamespace

        return SimpleNamespace(result={"Bulgaria": "BGR"}.get(label), method="name", score=None)

    dataset, report = read_glotip(path, resolve=resolve)
    assert len(dataset.flows) == 1 and dataset.flows.iloc[0]["origin"] == "BGR"
    assert [r.row for r in report.rejected] == [3]
    assert "a total row" in report.rejected[0].reason
    assert report.rows_read == report.rows_imported + len(report.rejected)
