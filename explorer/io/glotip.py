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
- Duplicates: rows with the same (Iso3_code, Year, Indicator, Dimension,
  Category, Sex, Age) and the same value are collapsed to the first (counted).
  When values differ, the LARGEST is kept (exact values before ``<5``; a tie
  keeps the earliest row) and all values are reported as a Conflict. Only the
  kept row reaches the Dataset, so its own last-row rule never has to choose.
- Flows: ``by citizenship`` rows of "Detected trafficking victims" and
  "Persons convicted" become flows into ``Iso3_code`` (destination) from the
  resolved ``Category`` (origin). ``by country of repatriation`` rows become
  flows of indicator "<indicator> by country of repatriation" FROM the
  reporting country (origin = ``Iso3_code``, where victims were detected) TO
  the country they were returned to (destination = resolved ``Category``).
  ``origin_label`` always keeps the row's raw ``Category`` text (for
  repatriation it is thus the destination's label: the schema has one label
  column and the source labels only the category).
- Unresolved labels: a label the resolver does not understand is imported as
  ``UNKNOWN`` with its raw text in ``origin_label``, and listed in
  ``report.unresolved`` with the victims it carries, so a user alias can fix it.
  Labels resolving to a DOMESTIC class stay ``DOMESTIC``.
- Several labels resolving to one key (``Romania`` and ``roumain``, or two
  unknowns) are summed into one flow (bounded when a part is ``<5``: value NaN,
  lower/upper the sums), counted in ``report.flows_merged``.
- Every other row (Total, by form of exploitation, ...) is an observation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.core.dataset import Dataset
from explorer.core.schema import FLOW_DTYPES, OBSERVATION_DTYPES, UNKNOWN, conform
from explorer.io.errors import DataImportError
from explorer.io.flow_merge import merge_same_key
from explorer.io.glotip_values import parse_values, valid_iso3
from explorer.io.import_report import Conflict, ImportReport, RejectedRow
from explorer.io.import_steps import Steps as _Steps
from explorer.io.import_steps import file_provenance, guarded
from explorer.io.table_files import read_table

Resolver = Callable[..., object]

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
FLOW_INDICATORS = ("Detected trafficking victims", "Persons convicted")
CITIZENSHIP = "by citizenship"
REPATRIATION = "by country of repatriation"
_IMPLAUSIBLE = 1_000_000
_CODE_LIKE = re.compile(r"^(?:[A-Z]?\d[\d.]*|Q\d.*)$")


def read_glotip(
    path: str | Path,
    resolve: Resolver | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[Dataset, ImportReport]:
    """Read a GLOTIP export (.xlsx/.xls/.ods or .csv) into a Dataset and its report.

    ``resolve(label)`` defaults to ``explorer.core.names.resolve``.
    ``progress`` receives fractions 0..1; when ``cancelled()`` turns True the
    import stops with ``DataImportError("import cancelled")``. Any failure is
    raised as ``DataImportError`` with a message for the user.
    """
    path = Path(path)
    step = _Steps(progress, cancelled)
    return guarded(path, lambda: _read(path, resolve, step))


def _read(path: Path, resolve: Resolver | None, step: _Steps) -> tuple[Dataset, ImportReport]:
    step(0.0)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataImportError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise DataImportError(f"{path.name}: the file is empty")
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
    keep = _reject(frame, body, report)
    frame = _collapse_duplicates(frame[keep], report)
    step(0.6)

    is_flow = frame["dimension"].isin([CITIZENSHIP, REPATRIATION]) & frame["indicator"].isin(
        FLOW_INDICATORS
    )
    # Flow-dimension rows of other indicators (none in 2023) stay observations.
    observations = frame[~is_flow]
    if resolve is None:
        from explorer.core.names import resolve as default_resolve

        resolve = default_resolve
    flows = _flows(frame[is_flow], resolve, report, step)
    step(0.9)

    dataset_name = f"GLOTIP {edition}" if edition else path.stem
    obs = observations.assign(dataset=dataset_name)[list(OBSERVATION_DTYPES)]
    flows = flows.assign(dataset=dataset_name)[list(FLOW_DTYPES)]
    parts = report.unknown_parts.assign(dataset=dataset_name)[list(FLOW_DTYPES)]
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
            "category": body["Category"].replace("", "Total"),
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
        (~valid_iso3(frame["iso3"]), lambda r: f"not a country code: {r['iso3']!r}"),
        (frame["indicator"] == "", lambda r: "no indicator"),
        (text == "", lambda r: "blank value"),
        (~frame["value_ok"], lambda r: f"value is not a number: {r['text']!r}"),
        (
            frame["year"].isna() | (frame["year"] % 1 != 0),
            lambda r: f"year is not a whole number: {body.at[r.name, 'Year']!r}",
        ),
        (
            (size >= _IMPLAUSIBLE) & code_like,
            lambda r: f"implausible: questionnaire code {r['category']!r} with value {r['text']}",
        ),
        (size >= _IMPLAUSIBLE, lambda r: f"implausible: count {r['text']} is 1,000,000 or more"),
        (
            frame["dimension"].isin([CITIZENSHIP, REPATRIATION])
            & frame["category"].str.strip().str.casefold().eq("total"),
            lambda r: (
                f"a total row in {r['dimension']!r}, not a flow (it would count victims twice)"
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


KEY = ["iso3", "year", "indicator", "dimension", "category", "sex", "age"]


def _collapse_duplicates(frame: pd.DataFrame, report: ImportReport) -> pd.DataFrame:
    """Collapse exact duplicates; keep the largest of conflicting ones (see module doc).

    A key whose rows carry more than one distinct value is a Conflict listing
    ALL its rows (exact repeats included); otherwise repeats are collapsed.
    """
    frame = frame.assign(year=frame["year"].astype("int64"))
    signature = frame["value"].fillna(-frame["upper"].fillna(0))
    distinct = frame.assign(_sig=signature).groupby(KEY, sort=False)["_sig"].transform("nunique")
    conflicting = distinct > 1
    report.duplicates_collapsed = int(frame[~conflicting].duplicated(KEY).sum())
    size = frame["value"].fillna(frame["lower"])
    ordered = frame.assign(_size=size, _exact=frame["value"].notna()).sort_values(
        ["_size", "_exact", "source_row"], ascending=[False, False, True], kind="stable"
    )
    winners = ordered.index[~ordered.duplicated(KEY, keep="first")]
    kept = frame.index.isin(winners)
    for key, group in frame[conflicting].groupby(KEY, sort=False):
        report.conflicts.append(
            Conflict(
                key=tuple(key),
                rows=[int(r) for r in group["source_row"]],
                values=list(group["text"]),
                kept=str(group.loc[kept[frame.index.get_indexer(group.index)], "text"].iloc[0]),
            )
        )
    return frame[kept].drop(columns=["value_ok", "text"])


# -- flows ------------------------------------------------------------------------


def _flows(rows: pd.DataFrame, resolve: Resolver, report: ImportReport, step) -> pd.DataFrame:
    # The result never depends on where a label was recorded (a DOMESTIC flow's
    # origin is its destination), so each distinct label is resolved once.
    labels = rows["category"].drop_duplicates().tolist()
    results: dict[str, str | None] = {}
    for number, label in enumerate(labels):
        if number % 100 == 0:
            step(0.6 + 0.3 * number / max(len(labels), 1))
        res = resolve(label)
        result = getattr(res, "result", None)
        results[label] = result
        if getattr(res, "method", "") == "fuzzy" and result is not None:
            report.fuzzy.append((label, result, float(getattr(res, "score", None) or 0.0)))
    resolved = rows["category"].map(results).astype("object")
    understood = resolved.notna()
    victims = rows["value"].fillna(rows["lower"])
    for label, carried in (
        victims[~understood].groupby(rows.loc[~understood, "category"]).sum().items()
    ):
        report.unresolved[str(label)] = float(carried)
    report.unresolved = dict(sorted(report.unresolved.items(), key=lambda kv: (-kv[1], kv[0])))
    # The measure: detected victims in by-citizenship rows.
    citizenship = (rows["dimension"] == CITIZENSHIP) & (rows["indicator"] == FLOW_INDICATORS[0])
    total = victims[citizenship].sum()
    report.resolved_share = float(victims[citizenship & understood].sum() / total) if total else 1.0

    counterpart = resolved.fillna(UNKNOWN).astype(str)
    flows = pd.DataFrame(
        {
            "origin": counterpart.where(citizenship, rows["iso3"]),
            "destination": rows["iso3"].where(citizenship, counterpart),
            "year": rows["year"],
            "indicator": rows["indicator"].where(
                citizenship, rows["indicator"] + " " + REPATRIATION
            ),
            "value": rows["value"],
            "lower": rows["lower"],
            "upper": rows["upper"],
            "flag": rows["flag"],
            "origin_label": rows["category"],
        }
    )
    merged, report.flows_merged = merge_same_key(flows)
    report.unknown_parts = flows[counterpart == UNKNOWN]
    return merged


__all__ = ["DataImportError", "read_glotip"]
