"""Read a table of assistance activities (the documented template, CSV or XLSX) into a Dataset.

Why: desk officers keep their activity lists in spreadsheets. The template
(``resources/activities-template.csv`` / ``.xlsx``, documented in
``docs/activities-template.md``) fixes the columns; this reader turns a filled
copy into the activities table of DESIGN section 2 and tells the user, row by
row, what it could not take.

Rules:
- Header: the first row (of the first 10) naming a country column and a
  ``title`` column. Names are matched without regard to case, spaces,
  underscores or a trailing parenthesis (``Country (ISO3 or name)``); a few
  synonyms are understood (``iso3``, ``recipient country``, ``type``,
  ``start date``...). Other columns (``dataset``, ``source_row``, notes) are
  ignored. Missing ``country`` or ``title`` columns raise DataImportError.
- Rows: entirely blank rows are skipped and not counted. Every other row is
  read once: ``rows_read == rows_imported + len(rejected)``. A row naming
  several countries is read once and imported once, but becomes one activity
  row per country (same ``source_row`` and reference).
- country: an ISO3 or ISO2 code or a name (``explorer.core.names.resolver.resolve``);
  several separated by ``;``. A label the resolver does not understand
  rejects the row and is listed in ``report.unresolved`` (with the number of
  rows naming it), so a user alias can fix it. A region (``West Africa``) or a
  class (``Nationals``) rejects the row: list the countries instead.
- title: required. A title starting with ``EXAMPLE:`` marks the template's
  sample rows: such a row is rejected ("example row from the template"), so
  an unedited template never puts invented activities on the map.
- kind: technical | legal | policy | training | other, or a synonym
  (``technical assistance``, ``legislative``, ``capacity building``,
  ``formation``...). Blank means ``other``. Anything else rejects the row
  (the reason lists the allowed values): a misspelt kind silently filed as
  ``other`` would skew every count by kind.
- status: planned | ongoing | completed, or a synonym (``pipeline``,
  ``in progress``, ``active``, ``suspended`` -> ongoing, ``closed``...). Blank
  stays blank. ``cancelled`` rejects the row (never delivered, so it must not
  count as assistance); anything else rejects it with the allowed values.
- start, end: ``yyyy-mm-dd`` (a spreadsheet date cell reads the same),
  ``dd/mm/yyyy`` (also ``dd.mm.yyyy`` or ``dd-mm-yyyy``; never month first),
  ``yyyy-mm`` or a year. A year or month alone means its first day as a start
  and its last day as an end. An unreadable date, or an end before the start,
  rejects the row.
- themes, partners: split at ``;``, trimmed, repeated items dropped, joined
  with ``"; "`` (commas stay inside a name: ``Ministry of Labour, Social
  Affairs``).
- description, reference: kept as written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from explorer.core.data.dataset import Dataset
from explorer.core.data.schema import ACTIVITY_KINDS
from explorer.core.texts import fill
from explorer.io.importing import report_words as rw
from explorer.io.importing import table_words as tw
from explorer.io.importing.errors import DataImportError
from explorer.io.importing.files import file_bytes, read_table
from explorer.io.importing.report import ImportReport, RejectedRow
from explorer.io.importing.resolving import Resolver
from explorer.io.importing.steps import Steps, guarded
from explorer.io.readers.activities.columns import find_header
from explorer.io.readers.activities.records import (
    CountryLabels,
    activities_frame,
    build_provenance,
    sort_unresolved,
)
from explorer.io.readers.activities.values import (
    STATUSES,
    is_cancelled,
    join_items,
    normalise_kind,
    normalise_status,
    parse_date,
)

__all__ = ["DataImportError", "read_activities_table", "template_path"]


TITLE = "Assistance activities"
EXAMPLE_MARK = "EXAMPLE:"
CAVEATS = (
    "Activities as listed in the imported file: a country without activities "
    "in the list is not a country without assistance.",
    "A multi-country activity appears under each of its recipient countries.",
)


def template_path(suffix: str = "csv") -> Path:
    """The bundled empty template (``csv`` or ``xlsx``), from a checkout or an installed app."""
    from explorer.core.geo.locations import resources_dir

    return resources_dir() / f"activities-template.{suffix}"


def read_activities_table(
    path: str | Path,
    resolve: Resolver | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    data: bytes | None = None,
) -> tuple[Dataset, ImportReport]:
    """Read an activities table (.csv, .xlsx, .xls, .ods) into a Dataset and its report.

    The Dataset holds activities only. ``resolve(label)`` defaults to
    ``explorer.core.names.resolver.resolve``; ``progress`` receives fractions 0..1; when
    ``cancelled()`` turns True the import stops with
    ``DataImportError("import cancelled")``. Any failure is raised as
    ``DataImportError`` with a message for the user.
    """
    path = Path(path)
    step = Steps(progress, cancelled)
    return guarded(path, lambda: _read(path, resolve, step, data))


def _read(
    path: Path, resolve: Resolver | None, step: Steps, data: bytes | None = None
) -> tuple[Dataset, ImportReport]:
    step(0.0)
    data = file_bytes(path, data)
    raw = read_table(path, data)
    step(0.3)
    header_at, keys = find_header(raw, path.name)
    headers = [str(c) for c in raw.iloc[header_at]]
    body = raw.iloc[header_at + 1 :]
    body = body[(body != "").any(axis=1)]
    if body.empty:
        raise DataImportError(f"{path.name}: no activity rows under the header")

    report = ImportReport(file_name=path.name, rows_read=len(body))
    report.resolved_subject = rw.ACTIVITY_SUBJECT
    report.unresolved_note = rw.TABLE_UNRESOLVED
    countries = CountryLabels(resolve, report)
    rows: list[dict] = []
    for number, (index, cells) in enumerate(body.iterrows()):
        if number % 200 == 0:
            step(0.3 + 0.6 * number / len(body))
        values = {key: cells.iloc[i] for i, key in enumerate(keys) if key is not None}
        file_row = int(index) + 1  # spreadsheet row number
        record, problems, labels = _row(values, countries)
        countries.tally(labels)
        if problems:
            raw_cells = {h: cells.iloc[i] for i, h in enumerate(headers) if h or cells.iloc[i]}
            report.rejected.append(RejectedRow(file_row, "; ".join(problems), raw_cells))
            countries.count_unresolved(labels)
            continue
        for iso3 in record.pop("iso3s"):
            rows.append({**record, "iso3": iso3, "source_row": file_row})
    sort_unresolved(report)
    report.rows_imported = report.rows_read - len(report.rejected)
    step(0.9)

    name = path.stem
    provenance = build_provenance(path, data, report, title=TITLE, caveats=CAVEATS)
    dataset = Dataset(name, provenance, activities=activities_frame(rows, name))
    step(1.0)
    return dataset, report


def _row(values: dict[str, str], countries: CountryLabels) -> tuple[dict, list[str], list[str]]:
    """(record, problems, country labels) of one table row; the record is used if no problems."""
    problems: list[str] = []
    title = " ".join(values.get("title", "").split())
    if not title:
        problems.append(str(tw.NO_TITLE))
    elif title.casefold().startswith(EXAMPLE_MARK.casefold()):
        problems.append(fill(tw.EXAMPLE_ROW, {"cell": repr(EXAMPLE_MARK)}))
    labels = [label.strip() for label in values.get("country", "").split(";") if label.strip()]
    iso3s: list[str] = []
    if not labels:
        problems.append(str(tw.NO_COUNTRY))
    for label in labels:
        iso3, reason = countries(label)
        if iso3 is None:
            problems.append(reason)
        elif iso3 not in iso3s:
            iso3s.append(iso3)

    kind_text = values.get("kind", "")
    kind = normalise_kind(kind_text)
    if kind is None:
        said = {"cell": repr(kind_text), "allowed": ", ".join(ACTIVITY_KINDS)}
        problems.append(fill(tw.UNKNOWN_KIND, said))
    status_text = values.get("status", "")
    status = normalise_status(status_text)
    if status is None:
        if is_cancelled(status_text):
            problems.append(str(tw.CANCELLED))
        else:
            said = {"cell": repr(status_text), "allowed": ", ".join(STATUSES)}
            problems.append(fill(tw.UNKNOWN_STATUS, said))

    dates: dict[str, pd.Timestamp | None] = {}
    for column in ("start", "end"):
        text = values.get(column, "")
        try:
            dates[column] = parse_date(text, end=column == "end")
        except ValueError:
            dates[column] = None
            not_a_date = tw.END_NOT_A_DATE if column == "end" else tw.START_NOT_A_DATE
            problems.append(fill(not_a_date, {"cell": repr(text)}))
    start, end = dates["start"], dates["end"]
    if start is not None and end is not None and end < start:
        problems.append(fill(tw.END_BEFORE_START, {"end": end.date(), "start": start.date()}))

    record = {
        "iso3s": iso3s,
        "title": title,
        "kind": kind,
        "themes": join_items(values.get("themes", "")) or None,
        "status": status or None,
        "start": start,
        "end": end,
        "partners": join_items(values.get("partners", "")) or None,
        "description": values.get("description", "").strip() or None,
        "reference": values.get("reference", "").strip() or None,
    }
    return record, problems, labels
