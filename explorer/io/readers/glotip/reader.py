"""Read UNODC's GLOTIP export (``data_glotip.xlsx`` or its CSV twin) into a Dataset.

Why: it is the file our users really have, and it is messy (see
``../shared/data/glotip/README.md``). Every rule below is applied to whole
columns (pandas), and each distinct origin label is resolved once, so the
46,556-row workbook imports in about a second.

Rules:
- Header: the first row (of the first 10) holding ``Iso3_code`` and
  ``txtVALUE``; rows above it are a preamble whose ``dd/mm/yyyy`` date is the
  export date (the provenance edition).
- Values: ``<5`` is suppressed (value NaN, bounds 1-4); ``1,757`` is 1757;
  a blank or non-numeric value, or a non-integer year, rejects the row.
- Countries: ``Iso3_code`` must be an ISO 3166-1 alpha-3 code (pycountry, plus
  ``XKX`` for Kosovo). Regional pseudo-codes (``CAR``, ``SAM``), ``Aruba/Curacao``
  and a blank code (``Sark``) are rejected ("not a country code"): they cannot
  be drawn on a country map.
- Implausible: a count of 1,000,000 or more (e.g. a questionnaire code such as
  ``Q1.2`` leaking into Category with a seven-digit value) is rejected and
  listed in ``report.implausible``.
- Rows sharing one breakdown (same Iso3_code, Year, Indicator, Dimension,
  Category, Sex, Age): the same value repeated is collapsed to the first
  (counted); otherwise the group is parts of one figure (summed) or repeats of
  it (the largest kept), decided from the matching total
  (:mod:`explorer.io.readers.glotip.groups`, :mod:`explorer.io.importing.duplicate_groups`) and
  listed in ``report.conflicts`` with the rule and why. The user's choice of
  rule (``overrides``) wins. Only one row per key reaches the Dataset.
- Flows (:mod:`explorer.io.readers.glotip.flows`): ``by citizenship`` rows become flows
  into ``Iso3_code`` from the resolved ``Category``, for every indicator that
  has them; ``by country of repatriation`` rows become flows of indicator
  "<indicator> by country of repatriation" FROM ``Iso3_code`` TO the country of
  repatriation. ``origin_label`` keeps the raw ``Category``. A row without a
  label is a total (rejected) when it equals the country's total, else victims
  whose origin was not stated. Labels meaning one origin are one flow.
- Unresolved labels: imported as ``UNKNOWN`` with the raw text in
  ``origin_label`` and listed in ``report.unresolved`` with the victims they
  carry, so a user alias can fix them; distinct labels are summed into one
  UNKNOWN flow (``report.flows_merged``).
- Every other row (Total, by form of exploitation, ...) is an observation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.core.data.dataset import Dataset
from explorer.core.data.schema import FLOW_DTYPES, OBSERVATION_DTYPES, conform
from explorer.core.names.historical import FORMER_COUNTRIES
from explorer.core.names.iso import is_alpha3 as valid_iso3
from explorer.core.texts import fill
from explorer.io.importing import report_words as rw
from explorer.io.importing import table_words as tw
from explorer.io.importing.errors import DataImportError
from explorer.io.importing.files import file_bytes, read_table, source_file
from explorer.io.importing.report import ImportReport, RejectedRow
from explorer.io.importing.resolving import Resolver, default_resolver
from explorer.io.importing.steps import Steps as _Steps
from explorer.io.importing.steps import file_provenance, guarded
from explorer.io.readers.glotip.flows import CITIZENSHIP, REPATRIATION, country_totals, read_flows
from explorer.io.readers.glotip.groups import one_per_key
from explorer.io.readers.glotip.values import parse_values

PUBLISHER = "UNODC"
TITLE = "UNODC Research - Data Portal - Trafficking in Persons (GLOTIP)"
CAVEATS = (
    "Detected victims are not a measure of prevalence: they reflect what "
    "national authorities detected and reported.",
    "<5 marks a suppressed count of 1 to 4.",
    "Origins are the victims' citizenship as reported; free-text labels were "
    "resolved to countries, and unresolved labels are shown as unknown.",
)
CITATION = "UNODC (2022), UNODC Research - Data Portal - Trafficking in Persons"
REQUIRED = ("Iso3_code", "Indicator", "Dimension", "Category", "Sex", "Age", "Year", "txtVALUE")
_IMPLAUSIBLE = 1_000_000
_CODE_LIKE = re.compile(r"^(?:[A-Z]?\d[\d.]*|Q\d.*)$")


def read_glotip(
    path: str | Path,
    resolve: Resolver | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    overrides: Mapping[str, str] | None = None,
    data: bytes | None = None,
) -> tuple[Dataset, ImportReport]:
    """Read a GLOTIP export (.xlsx/.xls/.ods or .csv) into a Dataset and its report.

    ``resolve(label)`` defaults to ``explorer.core.names.resolver.resolve``.
    ``progress`` receives fractions 0..1; when ``cancelled()`` turns True the
    import stops with ``DataImportError("import cancelled")``. ``overrides``
    maps a group's key to the user's rule (``parts`` or ``repeats``). Any
    failure is raised as ``DataImportError`` with a message for the user.
    """
    path = Path(path)
    step = _Steps(progress, cancelled)
    return guarded(path, lambda: _read(path, resolve, step, overrides, data))


def _read(
    path: Path,
    resolve: Resolver | None,
    step: _Steps,
    overrides: Mapping[str, str] | None,
    data: bytes | None = None,
) -> tuple[Dataset, ImportReport]:
    step(0.0)
    data = file_bytes(path, data)
    raw = read_table(path, data)
    step(0.35)
    header_at, columns, edition = find_header(raw, path.name)
    body = raw.iloc[header_at + 1 :]
    body = body.set_axis(columns, axis=1)
    body = body.loc[:, [c for c in body.columns if c]]
    body = body.loc[:, ~body.columns.duplicated()]
    body = body[(body != "").any(axis=1)]
    file_rows = body.index.to_numpy() + 1  # spreadsheet row numbers
    body = body.reset_index(drop=True)
    report = ImportReport(file_name=path.name, rows_read=len(body))

    frame = _parse(body, file_rows)
    step(0.5)
    frame = frame[_reject(frame, body, report)]
    step(0.6)

    # Flow rows of a breakdown by sex or age (none in the 2023 file) stay observations.
    is_flow = (
        frame["dimension"].isin([CITIZENSHIP, REPATRIATION])
        & (frame["sex"] == "Total")
        & (frame["age"] == "Total")
    )
    observations = frame[~is_flow]
    observations = observations.assign(category=observations["category"].replace("", "Total"))
    totals = country_totals(observations)
    observations = one_per_key(observations, report, overrides)
    resolve = resolve or default_resolver()
    flows = read_flows(
        frame[is_flow], totals, resolve, report, lambda i: body.loc[i].to_dict(), overrides, step
    )
    report.rejected.sort(key=lambda r: r.row)
    step(0.9)

    dataset_name = f"GLOTIP {edition}" if edition else path.stem
    obs = observations.assign(dataset=dataset_name).reindex(columns=list(OBSERVATION_DTYPES))
    flows = flows.assign(dataset=dataset_name).reindex(columns=list(FLOW_DTYPES))
    parts = report.unknown_parts.assign(dataset=dataset_name).reindex(columns=list(FLOW_DTYPES))
    report.unknown_parts = conform(parts.reset_index(drop=True), FLOW_DTYPES)
    report.rows_imported = report.rows_read - len(report.rejected)
    provenance = file_provenance(
        path,
        data,
        report,
        publisher=PUBLISHER,
        title=TITLE,
        edition=edition,
        citation=CITATION,
        caveats=CAVEATS,
    )
    report.source = source_file(path.name, provenance.sha256, raw, header_at)
    dataset = Dataset(dataset_name, provenance, observations=obs, flows=flows)
    step(1.0)
    return dataset, report


# -- header and preamble -------------------------------------------------------
_DATE = re.compile(r"^(\d{1,2}/\d{1,2}/\d{4})$|^(\d{4}-\d{2}-\d{2})(?:[ T]00:00:00)?$")


def find_header(raw: pd.DataFrame, file_name: str) -> tuple[int, list[str], str]:
    """(header position, canonical column names, export date or "") of a raw table.

    Column names are matched case- and space-insensitively and given their
    canonical spelling. Missing required columns raise DataImportError naming them.
    """
    canonical = {name.lower(): name for name in REQUIRED}
    best, best_found = 0, -1
    for position in range(min(10, len(raw))):
        cells = [str(c).strip() for c in raw.iloc[position]]
        found = sum(c.lower() in canonical for c in cells)
        if found > best_found:
            best, best_found = position, found
        lowered = {c.lower() for c in cells}
        if "iso3_code" in lowered and "txtvalue" in lowered:
            best = position
            break
    cells = [str(c).strip() for c in raw.iloc[best]] if len(raw) else []
    columns = [canonical.get(c.lower(), c) for c in cells]
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        shown = ", ".join(c for c in cells if c)[:200] or "nothing"
        raise DataImportError(
            f"{file_name}: not a GLOTIP export: missing required column(s) "
            f"{', '.join(missing)} (the header row has: {shown})"
        )
    edition = ""
    for cell in raw.iloc[:best].to_numpy().ravel():
        match = _DATE.match(str(cell).strip())
        if match:
            if match.group(1):
                edition = match.group(1)
            else:
                y, m, d = match.group(2).split("-")
                edition = f"{d}/{m}/{y}"
            break
    return best, columns, edition


def _parse(body: pd.DataFrame, file_rows: np.ndarray) -> pd.DataFrame:
    value, lower, upper, flag, ok = parse_values(body["txtVALUE"])
    year = pd.to_numeric(body["Year"].str.replace(r"\.0$", "", regex=True), errors="coerce")
    return pd.DataFrame(
        {
            "iso3": body["Iso3_code"],
            "year": year,
            "indicator": body["Indicator"],
            "dimension": body["Dimension"].replace("", "Total"),
            "category": body["Category"],  # blank: Total, or a flow's origin not stated
            "sex": body["Sex"].replace("", "Total"),
            "age": body["Age"].replace("", "Total"),
            "value": value,
            "lower": lower,
            "upper": upper,
            "flag": flag,
            "value_ok": ok,
            "text": body["txtVALUE"],
            "source_row": file_rows,
        }
    )


def _reject(frame: pd.DataFrame, body: pd.DataFrame, report: ImportReport) -> pd.Series:
    """Record rejected rows in ``report``; return the mask of rows kept."""
    text = frame["text"]
    size = frame["value"].fillna(frame["upper"])
    code_like = frame["category"].str.match(_CODE_LIKE)
    checks = [
        (~valid_iso3(frame["iso3"]), lambda r: _not_a_country(r["iso3"])),
        (frame["indicator"] == "", lambda r: str(rw.NO_INDICATOR)),
        (text == "", lambda r: str(rw.BLANK_VALUE)),
        (~frame["value_ok"], lambda r: fill(rw.NOT_A_NUMBER, {"cell": repr(r["text"])})),
        (
            frame["year"].isna() | (frame["year"] % 1 != 0),
            lambda r: fill(rw.NOT_A_WHOLE_NUMBER, {"cell": repr(body.at[r.name, "Year"])}),
        ),
        (
            (size >= _IMPLAUSIBLE) & code_like,
            lambda r: fill(
                rw.QUESTIONNAIRE_CODE, {"category": repr(r["category"]), "value": r["text"]}
            ),
        ),
        (size >= _IMPLAUSIBLE, lambda r: fill(rw.TOO_LARGE, {"value": r["text"]})),
        (
            frame["dimension"].isin([CITIZENSHIP, REPATRIATION])
            & frame["category"].str.strip().str.casefold().str.match(r"^total\b"),
            lambda r: fill(
                rw.TOTAL_ROW,
                {"dimension": repr(r["dimension"]), "category": repr(r["category"])},
            ),
        ),
    ]
    rejected = pd.Series(False, index=frame.index)
    for mask, reason in checks:
        hit = mask.fillna(True).astype(bool) & ~rejected
        for index in frame.index[hit]:
            row = frame.loc[index]
            item = RejectedRow(int(row["source_row"]), reason(row), body.loc[index].to_dict())
            report.rejected.append(item)
            if item.reason.startswith("implausible"):
                report.implausible.append(item)
        rejected |= hit
    report.rejected.sort(key=lambda r: r.row)
    return ~rejected


def _not_a_country(code: str) -> str:
    """Why a row's ``Iso3_code`` is no country of the map: a former one is said to be."""
    former = FORMER_COUNTRIES.get(str(code).strip())
    if former is None:
        return fill(rw.NOT_A_COUNTRY_CODE, {"cell": repr(code)})
    return fill(tw.FORMER, {"former": former.describe()})


__all__ = ["DataImportError", "read_glotip"]
