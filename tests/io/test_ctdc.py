"""The CTDC case-record reader on small files made here (both generations), and a 250k one."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from explorer.core.data.breakdown import ADULTS, CHILDREN, FORM_DIMENSION, FORMS, Breakdown
from explorer.core.data.schema import SUPPRESSED, TOTAL, UNKNOWN
from explorer.io.importing.errors import DataImportError
from explorer.io.readers.ctdc.columns import looks_like_ctdc
from explorer.io.readers.ctdc.reader import (
    INDICATOR,
    LEGACY_TITLE,
    PUBLISHER,
    SYNTHETIC_TITLE,
    read_ctdc,
)
from tests.io.test_glotip import write_xlsx

MEANS = [
    "meansDebtBondageEarnings",
    "meansThreats",
    "meansAbusePsyPhySex",
    "meansFalsePromises",
    "meansDrugsAlcohol",
    "meansDenyBasicNeeds",
    "meansExcessiveWorkHours",
]
TAIL = [
    "typeOfLabourAgriculture",
    "typeOfLabourConstruction",
    "typeOfLabourDomesticWork",
    "typeOfLabourHospitality",
    "typeOfSexProstitution",
    "typeOfSexPornography",
    "recruiterRelationIntimatePartner",
    "recruiterRelationFriend",
    "recruiterRelationFamily",
    "recruiterRelationOther",
]
FORM_FLAGS = ["isForcedLabour", "isSexualExploit", "isOtherExploit"]
#: The Global Synthetic Dataset (codebook v2024): 27 columns.
SYNTHETIC = [
    "yearOfRegistration",
    "gender",
    "ageBroad",
    "citizenship",
    "CountryOfExploitation",
    "traffickMonths",
    *MEANS,
    "meansWithholdDocs",
    *FORM_FLAGS,
    *TAIL,
]
#: The older Global Dataset: alpha-2 codes, -99, Datasource and majorityStatus.
LEGACY = [
    "Datasource",
    "yearOfRegistration",
    "gender",
    "ageBroad",
    "majorityStatus",
    "citizenship",
    *MEANS,
    "meansWithholdDocuments",
    *FORM_FLAGS,
    *TAIL,
    "CountryOfExploitation",
]
SEXUAL, LABOUR, OTHER = FORMS


def rec(
    year="2020", gender="Woman", age="21--23", cit="ROU", dest="DEU", forms=("isSexualExploit",)
):
    """One synthetic-generation record as a dict (binary columns "1" or empty)."""
    row = dict.fromkeys(SYNTHETIC, "")
    row.update(yearOfRegistration=year, gender=gender, ageBroad=age, citizenship=cit)
    row["CountryOfExploitation"] = dest
    for flag in forms:
        row[flag] = "1"
    return row


def legacy(year="2015", gender="Female", age="18--20", majority="Adult", cit="RO", dest="DE",
           forms=("isSexualExploit",)):  # fmt: skip
    """One older-generation record: 0/1 flags, -99 where missing."""
    row = dict.fromkeys(LEGACY, "0")
    row.update(
        Datasource="Case Management",
        yearOfRegistration=year,
        gender=gender,
        ageBroad=age,
        majorityStatus=majority,
        citizenship=cit,
    )
    row["CountryOfExploitation"] = dest
    for flag in forms:
        row[flag] = "1"
    return row


def write_csv(path: Path, records, header=SYNTHETIC, sep=",", encoding="utf-8") -> Path:
    with path.open("w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle, delimiter=sep)
        writer.writerow(header)
        for r in records:
            writer.writerow(r if isinstance(r, list) else [r[c] for c in header])
    return path


def flow(dataset, origin, destination, year=2020):
    rows = dataset.flows[
        (dataset.flows["origin"] == origin)
        & (dataset.flows["destination"] == destination)
        & (dataset.flows["year"] == year)
    ]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def obs(dataset, iso3="DEU", year=2020, breakdown=Breakdown.TOTAL):
    frame = dataset.values(INDICATOR, year, breakdown)
    return frame.loc[iso3] if iso3 in frame.index else None


def exact(row) -> float:
    assert row is not None and row["flag"] == "", row
    return float(row["value"])


def is_suppressed(row, upper=9.0) -> bool:
    return (
        row is not None
        and math.isnan(row["value"])
        and row["lower"] == 1
        and row["upper"] == upper
        and row["flag"] == SUPPRESSED
    )


# -- values ------------------------------------------------------------------------------


def basic_records():
    return [rec() for _ in range(12)] + [rec(cit="BGR", gender="Man") for _ in range(3)]


def test_exact_and_suppressed_counts(tmp_path):
    dataset, report = read_ctdc(write_csv(tmp_path / "ctdc.csv", basic_records()))
    assert exact(flow(dataset, "ROU", "DEU")) == 12
    assert is_suppressed(flow(dataset, "BGR", "DEU"))
    assert flow(dataset, "ROU", "DEU")["origin_label"] == "ROU"
    assert exact(obs(dataset)) == 15
    assert exact(obs(dataset, breakdown=Breakdown(sex="Female"))) == 12
    assert is_suppressed(obs(dataset, breakdown=Breakdown(sex="Male")))
    assert obs(dataset, breakdown=Breakdown(sex="Other")) is None  # zero: no row
    assert exact(obs(dataset, breakdown=Breakdown(age=ADULTS))) == 15
    assert obs(dataset, breakdown=Breakdown(age=CHILDREN)) is None
    assert exact(obs(dataset, breakdown=Breakdown(FORM_DIMENSION, SEXUAL))) == 15
    assert set(dataset.flows["indicator"]) == set(dataset.observations["indicator"]) == {INDICATOR}
    assert report.rows_read == report.rows_imported == 15 and not report.rejected
    assert report.resolved_share == 1.0 and not report.unresolved


def test_threshold_is_configurable(tmp_path):
    path = write_csv(tmp_path / "ctdc.csv", basic_records())
    dataset, _ = read_ctdc(path, threshold=1)
    assert exact(flow(dataset, "BGR", "DEU")) == 3
    assert exact(obs(dataset, breakdown=Breakdown(sex="Male"))) == 3
    assert not (dataset.observations["flag"] == SUPPRESSED).any()
    dataset, _ = read_ctdc(path, threshold=4)
    assert is_suppressed(flow(dataset, "BGR", "DEU"), upper=3.0)
    with pytest.raises(ValueError):
        read_ctdc(path, threshold=0)


def test_threshold_bounds_follow_the_threshold(tmp_path):
    path = write_csv(tmp_path / "ctdc.csv", basic_records())
    dataset, _ = read_ctdc(path, threshold=5)
    assert is_suppressed(flow(dataset, "BGR", "DEU"), upper=4.0)
    assert exact(flow(dataset, "ROU", "DEU")) == 12
    dataset, _ = read_ctdc(path, threshold=13)
    assert is_suppressed(flow(dataset, "ROU", "DEU"), upper=12.0)
    assert exact(obs(dataset)) == 15


def test_breakdowns_by_sex_age_and_form(tmp_path):
    records = [
        rec(gender="Woman", age="09--17", forms=("isSexualExploit", "isForcedLabour")),
        rec(gender="Woman", age="0--8", forms=()),
        rec(gender="Man", age="48+", forms=("isForcedLabour",)),
        rec(gender="Trans/Transgender/NonConforming", age="30--38", forms=("isOtherExploit",)),
        rec(gender="", age="", forms=("isSexualExploit",)),
    ]
    dataset, _ = read_ctdc(write_csv(tmp_path / "ctdc.csv", records), threshold=1)
    assert exact(obs(dataset)) == 5
    expected = {
        Breakdown(sex="Female"): 2,
        Breakdown(sex="Male"): 1,
        Breakdown(sex="Other"): 1,
        Breakdown(age=CHILDREN): 2,
        Breakdown(age=ADULTS): 2,
        Breakdown(sex="Female", age=CHILDREN): 2,
        Breakdown(sex="Male", age=ADULTS): 1,
        Breakdown(sex="Other", age=ADULTS): 1,
        Breakdown(FORM_DIMENSION, SEXUAL): 2,
        Breakdown(FORM_DIMENSION, LABOUR): 2,  # the first record counts in two forms
        Breakdown(FORM_DIMENSION, OTHER): 1,
    }
    for breakdown, count in expected.items():
        assert exact(obs(dataset, breakdown=breakdown)) == count, breakdown
    assert obs(dataset, breakdown=Breakdown(sex="Female", age=ADULTS)) is None
    listed = dataset.breakdowns(INDICATOR)
    assert listed[0] == Breakdown.TOTAL and set(expected) <= set(listed)
    ages = set(dataset.observations["age"])
    assert ages == {TOTAL, CHILDREN, ADULTS}  # CTDC's finer bands are not kept


def test_domestic_and_unknown_origins(tmp_path):
    records = (
        [rec(cit="DEU") for _ in range(10)]
        + [rec(cit="") for _ in range(6)]
        + [rec(cit="NULL") for _ in range(2)]
        + [rec(cit="XYZ") for _ in range(3)]
        + [rec(cit="rou") for _ in range(4)]
    )
    dataset, report = read_ctdc(write_csv(tmp_path / "ctdc.csv", records))
    assert exact(flow(dataset, "DEU", "DEU")) == 10  # drawn as the domestic ring
    unknown = flow(dataset, UNKNOWN, "DEU")
    assert exact(unknown) == 11  # summed before suppression
    assert unknown["origin_label"] == "NULL + XYZ"
    assert flow(dataset, "ROU", "DEU")["origin_label"] == "rou"
    assert report.unresolved == {"XYZ": 3.0}
    assert report.resolved_share == pytest.approx(14 / 25)
    assert report.flows_merged == 2
    parts = report.unknown_parts
    assert sorted(parts["origin_label"]) == ["", "NULL", "XYZ"]
    assert set(parts["flag"]) == {SUPPRESSED}


def test_resolver_is_asked_about_invalid_codes(tmp_path):
    class Answer:
        def __init__(self, result, method="alias"):
            self.result, self.method, self.score = result, method, None

    asked = []

    answers = {
        "Rumania": Answer("ROU"),
        "Unknown": Answer(UNKNOWN, "class"),
        "BGX": Answer("BGR", "fuzzy"),
    }

    def resolve(label, detected_in=None):
        asked.append(label)
        return answers.get(label, Answer(None, "unresolved"))

    records = [rec(cit=c) for c in ["Rumania"] * 10 + ["XYZ", "Unknown", "BGX", "ROU"]]
    dataset, report = read_ctdc(write_csv(tmp_path / "c.csv", records), resolve=resolve)
    assert sorted(asked) == ["BGX", "Rumania", "Unknown", "XYZ"]  # never a valid code
    assert exact(flow(dataset, "ROU", "DEU")) == 11
    assert flow(dataset, "ROU", "DEU")["origin_label"] == "Rumania + ROU"  # file order
    assert report.unresolved == {"BGX": 1.0, "XYZ": 1.0}  # fuzzy answers are not used
    assert report.resolved_share == pytest.approx(11 / 14)


# -- rejections and counts -------------------------------------------------------------


def test_rejected_rows_have_row_numbers_reasons_and_cells(tmp_path):
    path = tmp_path / "ctdc.csv"
    write_csv(
        path,
        [
            rec(),  # row 2
            rec(dest=""),  # 3
            rec(dest="QQQ"),  # 4
            rec(year=""),  # 5
            rec(year="20x0"),  # 6
            rec(year="2020.5", dest="-99"),  # 7
            rec(),  # 8
        ],
    )
    text = path.read_text(encoding="utf-8").splitlines()
    text.insert(3, "")  # a blank line is skipped but counts as a file row
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    dataset, report = read_ctdc(path)
    got = [(r.row, r.reason) for r in report.rejected]
    assert got == [
        (3, "no country of exploitation"),
        (5, "country of exploitation is not a country code: 'QQQ'"),
        (6, "no year of registration"),
        (7, "year of registration is not a year: '20x0'"),
        (8, "no country of exploitation; year of registration is not a year: '2020.5'"),
    ]
    assert report.rejected[1].raw["CountryOfExploitation"] == "QQQ"
    assert report.rejected[1].raw["gender"] == "Woman" and len(report.rejected[1].raw) == 27
    assert report.rows_read == 7 and report.rows_imported == 2
    assert report.rows_read == report.rows_imported + len(report.rejected) and report.balanced
    assert exact(read_ctdc(path, threshold=1)[0].flows.iloc[0]) == 2
    prov = dataset.provenance
    assert (prov.rows_read, prov.rows_imported, prov.rows_rejected) == (7, 2, 5)


def test_years_out_of_range_are_rejected(tmp_path):
    path = write_csv(tmp_path / "c.csv", [rec(year="1850"), rec(year="2020.0")])
    dataset, report = read_ctdc(path, threshold=1)
    assert [r.reason for r in report.rejected] == ["year of registration is not a year: '1850'"]
    assert dataset.years() == [2020]


# -- the older Global Dataset ------------------------------------------------------------


def test_older_global_dataset(tmp_path):
    records = (
        [legacy() for _ in range(10)]
        + [legacy(cit="00", gender="-99", age="-99", majority="Minor") for _ in range(2)]
        + [legacy(cit="-99", age="-99", majority="-99")]
        + [legacy(cit="NA", dest="NA", gender="Male", age="9--17")]  # Namibia, not missing
        + [legacy(cit="XK", forms=("isForcedLabour",))]
        + [legacy(dest="00"), legacy(dest="-99"), legacy(year="-99")]
    )
    path = write_csv(tmp_path / "global.csv", records, header=LEGACY)
    dataset, report = read_ctdc(path, threshold=1)
    assert dataset.provenance.title == LEGACY_TITLE
    assert any("two-letter" in c for c in dataset.provenance.caveats)
    assert not any("SYNTHETIC" in c for c in dataset.provenance.caveats)
    assert exact(flow(dataset, "ROU", "DEU", 2015)) == 10
    unknown = flow(dataset, UNKNOWN, "DEU", 2015)
    assert exact(unknown) == 3 and unknown["origin_label"] == "00 + -99"
    assert exact(flow(dataset, "NAM", "NAM", 2015)) == 1
    assert exact(flow(dataset, "XKX", "DEU", 2015)) == 1
    assert report.unresolved == {}  # 00 and -99 are explicit unknowns, not bad codes
    assert [r.reason for r in report.rejected] == [
        "no country of exploitation",
        "no country of exploitation",
        "no year of registration",
    ]
    assert report.balanced and report.rows_read == 18
    deu = {"iso3": "DEU", "year": 2015}
    assert exact(obs(dataset, **deu)) == 14
    assert exact(obs(dataset, **deu, breakdown=Breakdown(sex="Female"))) == 12  # -99 not counted
    # ageBroad -99 falls back to majorityStatus (Minor -> children; -99 -> neither)
    assert exact(obs(dataset, **deu, breakdown=Breakdown(age=CHILDREN))) == 2
    assert exact(obs(dataset, **deu, breakdown=Breakdown(age=ADULTS))) == 11
    assert exact(obs(dataset, "NAM", 2015, Breakdown(sex="Male", age=CHILDREN))) == 1
    # 0/1 flags: "0" is not a form
    assert exact(obs(dataset, **deu, breakdown=Breakdown(FORM_DIMENSION, SEXUAL))) == 13
    assert exact(obs(dataset, **deu, breakdown=Breakdown(FORM_DIMENSION, LABOUR))) == 1


def test_generation_is_told_by_codes_without_the_extra_columns(tmp_path):
    header = [c for c in LEGACY if c not in ("Datasource", "majorityStatus")]
    records = [{c: r[c] for c in header} for r in [legacy() for _ in range(10)]]
    dataset, _ = read_ctdc(write_csv(tmp_path / "g.csv", records, header=header))
    assert dataset.provenance.title == LEGACY_TITLE
    assert exact(flow(dataset, "ROU", "DEU", 2015)) == 10


# -- file formats ------------------------------------------------------------------------


def test_xlsx(tmp_path):
    records = [rec() for _ in range(12)] + [rec(cit="BGR")]
    header = SYNTHETIC[:26]  # write_xlsx names columns A to Z only
    rows = [header] + [[r[c] for c in header] for r in records]
    dataset, report = read_ctdc(write_xlsx(tmp_path / "ctdc.xlsx", rows))
    assert exact(flow(dataset, "ROU", "DEU")) == 12
    assert is_suppressed(flow(dataset, "BGR", "DEU"))
    assert report.rows_read == 13 and report.balanced
    assert dataset.provenance.title == SYNTHETIC_TITLE


def test_semicolons_bom_and_header_case(tmp_path):
    header = [c.lower() if i % 2 else c.upper() for i, c in enumerate(SYNTHETIC)]
    records = [[rec()[c] for c in SYNTHETIC] for _ in range(10)]
    path = write_csv(tmp_path / "c.csv", records, header=header, sep=";", encoding="utf-8-sig")
    dataset, report = read_ctdc(path)
    assert exact(flow(dataset, "ROU", "DEU")) == 10 and report.rows_read == 10


def test_ragged_rows_fall_back_to_the_tolerant_reader(tmp_path):
    path = write_csv(tmp_path / "c.csv", [rec() for _ in range(10)])
    with path.open("a", encoding="utf-8") as handle:
        handle.write(",".join([*(rec(dest="FRA")[c] for c in SYNTHETIC), "extra"]) + "\n")
    dataset, report = read_ctdc(path, threshold=1)
    assert exact(flow(dataset, "ROU", "FRA")) == 1 and report.rows_read == 11


def test_windows_encoding(tmp_path):
    records = [rec() for _ in range(10)] + [rec(dest="Réunion")]
    path = write_csv(tmp_path / "c.csv", records, encoding="cp1252")
    dataset, report = read_ctdc(path)
    assert exact(flow(dataset, "ROU", "DEU")) == 10
    assert report.rejected[0].raw["CountryOfExploitation"] == "Réunion"


def test_looks_like_ctdc():
    assert looks_like_ctdc(SYNTHETIC)
    assert looks_like_ctdc(LEGACY)
    assert looks_like_ctdc([" YEAROFREGISTRATION ", "countryofexploitation"])
    assert not looks_like_ctdc(["Iso3_code", "Indicator", "Year", "txtVALUE"])
    assert not looks_like_ctdc([])


# -- provenance ---------------------------------------------------------------------------


def test_provenance_and_caveats(tmp_path):
    dataset, _ = read_ctdc(write_csv(tmp_path / "ctdc_2024.csv", basic_records()))
    prov = dataset.provenance
    assert prov.publisher == PUBLISHER and prov.title == SYNTHETIC_TITLE
    assert prov.synthetic is False and not dataset.is_synthetic
    assert prov.file_name == "ctdc_2024.csv" and len(prov.sha256) == 64 and prov.imported_at
    text = " ".join(prov.caveats)
    assert "not prevalence" in text
    assert "first identified" in text
    assert "below 10 are suppressed" in text
    assert "synthetic case data derived from real records" in text.lower()
    assert "several forms" in text
    assert "CTDC" in prov.source_line() and "SYNTHETIC demonstration" not in prov.source_line()
    dataset, _ = read_ctdc(write_csv(tmp_path / "c.csv", basic_records()), threshold=1)
    assert "No small-count suppression" in " ".join(dataset.provenance.caveats)


# -- bad input ------------------------------------------------------------------------------


def test_empty_file(tmp_path):
    for name in ("empty.csv", "empty.xlsx", "blank.csv"):
        (tmp_path / name).write_bytes(b"" if name.startswith("empty") else b"\n \n")
        with pytest.raises(DataImportError, match="empty"):
            read_ctdc(tmp_path / name)


def test_header_without_records(tmp_path):
    path = write_csv(tmp_path / "c.csv", [])
    with pytest.raises(DataImportError, match="no records"):
        read_ctdc(path)


def test_missing_columns_are_named(tmp_path):
    header = [c for c in SYNTHETIC if c not in ("gender", "isOtherExploit")]
    path = write_csv(tmp_path / "c.csv", [{c: rec()[c] for c in header}], header=header)
    with pytest.raises(DataImportError) as error:
        read_ctdc(path)
    message = str(error.value)
    assert "missing required column(s) gender, isOtherExploit" in message
    assert message.startswith("c.csv: not a CTDC")


def test_not_a_table(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    with pytest.raises(DataImportError, match="not a table"):
        read_ctdc(path)
    path.write_text("just some words\nand more\n", encoding="utf-8")
    with pytest.raises(DataImportError, match="missing required column"):
        read_ctdc(path)
    with pytest.raises(DataImportError, match="cannot be read"):
        read_ctdc(tmp_path / "absent.csv")


def test_progress_and_cancel(tmp_path):
    path = write_csv(tmp_path / "c.csv", basic_records())
    seen: list[float] = []
    read_ctdc(path, progress=seen.append)
    assert seen[0] == 0 and seen[-1] == 1 and seen == sorted(seen)
    with pytest.raises(DataImportError, match="import cancelled"):
        read_ctdc(path, cancelled=lambda: True)
    calls = []

    def later() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(DataImportError, match="import cancelled"):
        read_ctdc(path, cancelled=later)


# -- size ---------------------------------------------------------------------------------------


BANDS = ["0--8", "09--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+", ""]
CODES_TEXT = (
    "USA PHL UKR MDA IDN KHM MMR ROU BGR NGA GHA UGA KEN ETH IND NPL BGD VNM THA MEX GTM HND "
    "SLV COL BRA HTI UZB KGZ KAZ RUS BLR ALB SRB DEU ITA NLD GBR FRA ESP POL TUR LBN JOR SAU "
    "ARE QAT KWT MYS SGP CHN LAO LKA AFG PAK SDN ERI SOM ZAF MOZ"
)


def generate(n: int, seed: int = 0) -> pd.DataFrame:
    """``n`` synthetic-generation records (vectorised, seeded), a few of them faulty."""
    rng = np.random.default_rng(seed)
    countries = np.array(CODES_TEXT.split(), dtype=object)
    citizenship = rng.choice(countries, n, p=rng.dirichlet(np.full(len(countries), 0.4)))
    elsewhere = rng.choice(countries, n, p=rng.dirichlet(np.full(len(countries), 0.4)))
    destination = np.where(rng.random(n) < 0.4, citizenship, elsewhere)
    citizenship[rng.random(n) < 0.05] = ""
    citizenship[rng.random(n) < 0.002] = "XYZ"
    destination[rng.random(n) < 0.001] = ""
    year = rng.integers(2002, 2023, n).astype(str).astype(object)
    year[rng.random(n) < 0.0005] = ""
    genders = np.array(["Woman", "Man", "Trans/Transgender/NonConforming", ""], dtype=object)
    rates = {"isForcedLabour": 0.4, "isSexualExploit": 0.5, "isOtherExploit": 0.1}
    columns = {
        "yearOfRegistration": year,
        "gender": rng.choice(genders, n, p=[0.6, 0.3, 0.01, 0.09]),
        "ageBroad": rng.choice(np.array(BANDS, dtype=object), n),
        "citizenship": citizenship,
        "CountryOfExploitation": destination,
        "traffickMonths": rng.choice(np.array(["0--12 (0-1 yr)", "13--24 (1-2 yrs)", ""]), n),
    }
    for column in SYNTHETIC[6:]:
        columns[column] = np.where(rng.random(n) < rates.get(column, 0.15), "1", "")
    return pd.DataFrame(columns)


@pytest.mark.slow
def test_quarter_million_records(tmp_path):
    frame = generate(250_000, seed=7)
    path = tmp_path / "ctdc_250k.csv"
    frame.to_csv(path, index=False)
    dataset, report = read_ctdc(path)
    bad = (frame["CountryOfExploitation"] == "") | (frame["yearOfRegistration"] == "")
    assert report.rows_read == 250_000
    assert len(report.rejected) == int(bad.sum()) > 0
    assert report.rows_read == report.rows_imported + len(report.rejected)
    assert report.unresolved == {"XYZ": float((frame.loc[~bad, "citizenship"] == "XYZ").sum())}
    totals = dataset.observations[
        (dataset.observations["sex"] == TOTAL)
        & (dataset.observations["age"] == TOTAL)
        & (dataset.observations["dimension"] == TOTAL)
    ]
    flows = dataset.flows
    # The same records, counted two ways: exact cells agree with the file.
    expected = frame[~bad].groupby(["CountryOfExploitation", "yearOfRegistration"]).size()
    got = totals.set_index(["iso3", totals["year"].astype(str)])["value"]
    pairs = got.dropna().index
    assert (got.loc[pairs].to_numpy() == expected.loc[pairs].to_numpy()).all()
    assert len(got) == len(expected)
    assert flows["value"].fillna(flows["lower"]).sum() <= report.rows_imported
