"""Read a generic origin-destination table (CSV or spreadsheet) into a Dataset of flows.

Why: partners send flows in the shape flowmap.blue takes them (migrant-smuggling
routes, referral data): one row per origin, destination and count, countries by
code or name. Columns are recognised by name: ``origin,dest,count`` and
``source,target,value`` (flowmap.blue), ``from,to``, ``origin,destination``,
``country of origin``, ``origen``/``destino``, ``pays d'origine``; optional
``year`` and ``indicator`` columns. When unsure (see
:func:`~explorer.io.readers.tables.mapping.guess_mapping`) the reader raises
:class:`~explorer.io.readers.tables.mapping.NeedsMapping` and the user picks the columns.

Rules:
- Year: a year column, or, when the table has none, the year the user gives
  (``TableMapping.fixed_year``): a year-less table always raises NeedsMapping
  first (its guess takes a year named in the file name, e.g. ``routes_2022``,
  for the user to confirm), because a flow without a year cannot be drawn on
  the time slider and a silent guess would misdate every row.
- Origin: an ISO3 code or a class (``DOMESTIC``, ``UNKNOWN``, ``REGION:``) as
  ``explorer.core.names.resolver`` resolves it; a label no rule understands is imported
  as ``UNKNOWN`` with its raw text in ``origin_label`` and listed in
  ``report.unresolved`` with the value it carries (as GLOTIP), so an alias can
  move it later (``report.unknown_parts``). A blank origin is ``UNKNOWN``.
- Codes: a code column (its header says so, ``"Country of origin (ISO)"``, or
  most of its cells are ISO3 codes) is read as codes only; a code that is not
  a country (``UNK``, ``XXA`` stateless, ``TIB``; see
  :mod:`explorer.core.names.agency_codes`) is an ``UNKNOWN`` origin, noted in
  ``report.noted`` and the summary with its rows and volume, never resolved
  as a name. A name column beside the code column (``origin_name``) checks
  each code: when they name different countries (or the name no country), the
  origin is ``UNKNOWN`` and the row noted; a destination is rejected.
- Within one country: an origin equal to its destination (internally displaced
  people) is kept as a ``DOMESTIC`` flow of that country (the map's ring), as
  GLOTIP's own nationals.
- Destination: must be a country. A blank, a regional aggregate, a class or a
  label not understood rejects the row with its reason; a label not understood
  is also listed in ``report.unresolved`` (with its value) so that an alias
  fixes it in a re-import.
- Value: a non-negative number (thousands separators as in indicator tables),
  or ``<N`` for a suppressed count (value NaN, bounds 1 to N-1, flag
  "suppressed", as GLOTIP); 0 is a count and kept (the summary says how many).
  Negative or non-numeric values reject the row. Several value columns
  (``mapping.values``) are each an indicator named by its header: a row gives
  a flow for every column with a value, and is rejected ("no value in any
  column") only when none has one; with one column, a blank rejects the row.
- Indicator (one value column): an indicator column (blank cells take the
  default), else ``indicator_name`` (or the mapping's), else the file name.
- Rows whose resolved key (origin, destination, year, indicator) is the same
  are summed into one flow (``report.flows_merged``).

Counting rule: ``rows_read`` counts the non-blank rows under the header; every
row is either imported (as flows or summed into them) or rejected with its file
row number and reason, so ``rows_read == rows_imported + len(rejected)``.
``resolved_share`` is the share of the imported value whose origin resolved
(suppressed counts taken as their lower bound).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.core.data.dataset import Dataset
from explorer.core.data.schema import DOMESTIC, FLOW_DTYPES, SUPPRESSED, UNKNOWN, conform
from explorer.core.texts import fill
from explorer.io.importing import report_words as rw
from explorer.io.importing import table_words as tw
from explorer.io.importing.flow_merge import merge_same_key
from explorer.io.importing.report import ImportReport, RejectedRow
from explorer.io.importing.resolving import Resolver, default_resolver, set_unresolved
from explorer.io.importing.steps import Steps, guarded
from explorer.io.readers.tables.columns import FLOW_VALUE, looks_like_flow_table, normalise_header
from explorer.io.readers.tables.flow_ends import End, is_code_column, resolve_ends
from explorer.io.readers.tables.flow_remarks import flow_remarks
from explorer.io.readers.tables.flow_values import read_values
from explorer.io.readers.tables.mapping import NeedsMapping, TableMapping
from explorer.io.readers.tables.numbers import parse_years
from explorer.io.readers.tables.places import is_country
from explorer.io.readers.tables.raw import RawTable
from explorer.io.readers.tables.reading import (
    open_table,
    table_dataset_name,
    table_provenance,
    table_source,
)
from explorer.io.readers.tables.value_columns import column_notes

__all__ = ["NeedsMapping", "TableMapping", "looks_like_flow_table", "read_flow_table"]

CAVEATS = (
    "Origins and destinations were matched to countries by code or name; origins "
    "not understood are shown as unknown, rows whose destination was not a "
    "country were set aside (see the import report).",
)


def read_flow_table(
    path: str | Path,
    resolve: Resolver | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    mapping: TableMapping | None = None,
    indicator_name: str | None = None,
    data: bytes | None = None,
    answers: Mapping[str, object] | None = None,
) -> tuple[Dataset, ImportReport]:
    """Read an origin-destination table (.csv/.xlsx/.xls/.ods) into a Dataset of flows.

    Arguments as :func:`explorer.io.readers.tables.indicators.read_indicator_table`:
    ``resolve`` defaults to ``explorer.core.names.resolver.resolve``; ``progress`` gets
    0..1; ``cancelled()`` True stops with ``DataImportError("import cancelled")``;
    ``mapping`` is the user's choice of columns; ``indicator_name`` names the
    indicator; ``answers`` (the command line's column choices) are laid over the
    guessed columns. Raises NeedsMapping when unsure, DataImportError on any failure.
    """
    path = Path(path)
    step = Steps(progress, cancelled)
    return guarded(path, lambda: _read(path, resolve, step, mapping, indicator_name, data, answers))


def _read(
    path: Path,
    resolve: Resolver | None,
    step: Steps,
    mapping: TableMapping | None,
    indicator_name: str | None,
    data: bytes | None = None,
    answers: Mapping[str, object] | None = None,
) -> tuple[Dataset, ImportReport]:
    data, table, mapping, _ = open_table(path, "flow", mapping, step, data, answers)
    body, n = table.body, len(table.body)
    report = ImportReport(file_name=path.name, rows_read=n)
    report.resolved_subject = rw.FLOW_SUBJECT
    report.unresolved_note = rw.FLOW_UNRESOLVED
    resolve = resolve or default_resolver()
    assert mapping.origin and mapping.destination and mapping.value  # check_mapping saw to it
    destinations, dest_index = _ends(body, mapping, resolve, "destination")
    destination = np.array([e.result for e in destinations], dtype=object)[dest_index]
    reason = np.array([e.reason for e in destinations], dtype=object)[dest_index]
    step(0.45)
    origins, origin_index = _ends(body, mapping, resolve, "origin")
    report.fuzzy += [e.fuzzy for e in (*origins, *destinations) if e.fuzzy is not None]
    origin = np.array([e.result for e in origins], dtype=object)[origin_index]
    origin_text = np.array([e.label for e in origins], dtype=object)[origin_index]
    understood = ~np.array([e.unresolved for e in origins], dtype=bool)[origin_index]
    step(0.6)

    if mapping.year:
        year = parse_years(body[mapping.year])
        for i in np.flatnonzero(np.isnan(year) & pd.isna(reason)):
            reason[i] = fill(tw.NOT_A_WHOLE_YEAR, {"cell": repr(body.at[i, mapping.year])})
    else:
        year = np.full(n, float(mapping.fixed_year))
    values, value_reason = read_values(body, mapping.value_columns())
    reason = np.where(pd.isna(reason), value_reason, reason)
    step(0.75)

    keep = pd.isna(reason)
    country = np.array([is_country(e.result) for e in origins], dtype=bool)[origin_index]
    domestic = keep & (origin == destination) & country
    origin = np.where(domestic, DOMESTIC, origin)
    carried = values.carried.sum(axis=1)
    unresolved: dict[str, float] = {}
    for i in np.flatnonzero(keep & ~understood):
        unresolved[origin_text[i]] = unresolved.get(origin_text[i], 0.0) + carried[i]
    for i in np.flatnonzero(~keep):  # a destination not understood is the row's first reason
        place = destinations[dest_index[i]]
        if place.unresolved:
            unresolved[place.label] = unresolved.get(place.label, 0.0) + carried[i]
    set_unresolved(report, unresolved)
    total = carried[keep].sum()
    report.resolved_share = float(carried[keep & understood].sum() / total) if total else 1.0
    notes = np.array([e.note for e in origins], dtype=object)[origin_index]
    report.rejected = _rows(table, np.flatnonzero(~keep), reason)
    report.noted = _rows(table, np.flatnonzero(keep & pd.notna(notes)), notes)
    report.rows_imported = n - len(report.rejected)

    row, column = np.nonzero(keep[:, None] & values.present)
    bound = values.bound[row, column]
    suppressed = bound >= 2
    flows = pd.DataFrame(
        {
            "origin": origin[row],
            "destination": destination[row],
            "year": year[row],
            "indicator": _indicators(body, mapping, indicator_name, path, values.columns)[
                row, column
            ],
            "value": values.value[row, column],
            "lower": np.where(suppressed, 1.0, np.nan),
            "upper": np.where(suppressed, bound - 1, np.nan),
            "flag": np.where(suppressed, SUPPRESSED, ""),
            "origin_label": origin_text[row],
            "source_row": table.file_rows.to_numpy()[row],
        }
    )
    names = list(dict.fromkeys(flows["indicator"]))
    dataset_name = table_dataset_name(path, table)
    flows = flows.assign(dataset=dataset_name).reindex(columns=list(FLOW_DTYPES))
    merged, report.flows_merged = merge_same_key(flows)
    if len(values.columns) > 1:  # indicators in the table's order, whatever was summed
        rank = merged["indicator"].map({name: k for k, name in enumerate(names)})
        merged = merged.iloc[np.argsort(rank.to_numpy(), kind="stable")].reset_index(drop=True)
    parts = flows[(flows["origin"] == UNKNOWN).to_numpy()]
    report.unknown_parts = conform(parts.reset_index(drop=True), FLOW_DTYPES)
    report.remarks = flow_remarks(report, flows, values, keep, int(domestic.sum()))
    step(0.9)

    caveats = list(CAVEATS)
    if suppressed.any():
        caveats.append("<N marks a suppressed count of 1 to N-1.")
    provenance = table_provenance(path, data, table.preamble, report, caveats)
    report.source = table_source(path, provenance, table)
    dataset = Dataset(dataset_name, provenance, flows=merged)
    imported = _value_notes(flows["indicator"].to_numpy(dtype=object), column, values.columns)
    report.columns = column_notes(table.columns, mapping, body, imported)
    step(1.0)
    return dataset, report


def _value_notes(
    indicators: np.ndarray, column_of: np.ndarray, columns: tuple[str, ...]
) -> dict[str, tuple[str, str]]:
    """What each value column became, for the report's list of columns."""
    return {
        name: (
            str(tw.FLOW_INDICATOR),
            ", ".join(dict.fromkeys(indicators[column_of == k])) or str(tw.NO_FLOW),
        )
        for k, name in enumerate(columns)
    }


def _rows(table: RawTable, rows: np.ndarray, why: np.ndarray) -> list[RejectedRow]:
    """The report's entries for ``rows``: file row, reason (or note), the cells as read."""
    cells = table.body.iloc[rows].to_dict("records")
    lines = table.file_rows.to_numpy()[rows]
    return [RejectedRow(int(r), str(why[i]), c) for r, i, c in zip(lines, rows, cells, strict=True)]


def _ends(
    body: pd.DataFrame, mapping: TableMapping, resolve: Resolver, role: str
) -> tuple[list[End], np.ndarray]:
    """A role's ends: its column (codes when it holds codes) checked by its name column."""
    column = mapping.origin if role == "origin" else mapping.destination
    name = mapping.origin_name if role == "origin" else mapping.destination_name
    names = body[name] if name and name != column else None
    code_column = is_code_column(column, body[column])
    return resolve_ends(body[column], names, resolve, role, code_column)


def _indicators(
    body: pd.DataFrame,
    mapping: TableMapping,
    explicit: str | None,
    path: Path,
    columns: tuple[str, ...],
) -> np.ndarray:
    """Each row's indicator per value column (rows x columns).

    One value column: the indicator column (blank: the default), else the name
    given, else the file's name. Several: each column's header (trimmed), after
    the row's indicator cell (or the name given) when there is one.
    """
    if len(columns) == 1:
        return _row_indicators(body, mapping, explicit, path)[:, None]
    headers = [c.strip() for c in columns]
    if mapping.indicator:
        prefixes = body[mapping.indicator].to_numpy(dtype=object)
    else:
        prefixes = [(explicit or mapping.indicator_name or "").strip()] * len(body)
    named = [[f"{p}: {h}" if p else h for h in headers] for p in prefixes]
    return np.array(named, dtype=object).reshape(len(body), len(headers))


def _row_indicators(
    body: pd.DataFrame, mapping: TableMapping, explicit: str | None, path: Path
) -> np.ndarray:
    """Each row's indicator: its column (blank: the default), else the name given, the
    value column's header unless it is a generic one ("count", "value"), the file."""
    explicit = (explicit or mapping.indicator_name or "").strip() or None
    header = (mapping.value or "").strip()
    generic = normalise_header(header) in FLOW_VALUE
    default = explicit or (header if header and not generic else path.stem)
    if not mapping.indicator:
        return np.full(len(body), default, dtype=object)
    column = body[mapping.indicator].to_numpy(dtype=object)
    if explicit and len([c for c in pd.unique(column) if c]) <= 1:
        return np.full(len(body), explicit, dtype=object)
    return np.where(column == "", default, column).astype(object)
