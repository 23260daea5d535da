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
- Destination: must be a country. A blank, a regional aggregate, a class or a
  label not understood rejects the row with its reason; a label not understood
  is also listed in ``report.unresolved`` (with its value) so that an alias
  fixes it in a re-import.
- Value: a non-negative number (thousands separators as in indicator tables),
  or ``<N`` for a suppressed count (value NaN, bounds 1 to N-1, flag
  "suppressed", as GLOTIP). Blank, negative or non-numeric values reject the row.
- Indicator: an indicator column (blank cells take the default), else
  ``indicator_name`` (or the mapping's), else the file name.
- Rows whose resolved key (origin, destination, year, indicator) is the same
  are summed into one flow (``report.flows_merged``).

Counting rule: ``rows_read`` counts the non-blank rows under the header; every
row is either imported (as a flow or summed into one) or rejected with its file
row number and reason, so ``rows_read == rows_imported + len(rejected)``.
``resolved_share`` is the share of the imported value whose origin resolved
(suppressed counts taken as their lower bound).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.core.data.dataset import Dataset
from explorer.core.data.schema import FLOW_DTYPES, SUPPRESSED, UNKNOWN, conform
from explorer.io.importing.cells import BOUND
from explorer.io.importing.flow_merge import merge_same_key
from explorer.io.importing.report import ImportReport, RejectedRow
from explorer.io.importing.resolving import (
    Resolver,
    default_resolver,
    resolve_labels,
    set_unresolved,
)
from explorer.io.importing.steps import Steps, guarded
from explorer.io.readers.tables.columns import looks_like_flow_table
from explorer.io.readers.tables.mapping import NeedsMapping, TableMapping
from explorer.io.readers.tables.numbers import parse_numbers, parse_years
from explorer.io.readers.tables.places import resolve_places
from explorer.io.readers.tables.reading import open_table, table_provenance, table_source

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
) -> tuple[Dataset, ImportReport]:
    """Read an origin-destination table (.csv/.xlsx/.xls/.ods) into a Dataset of flows.

    Arguments as :func:`explorer.io.readers.tables.indicators.read_indicator_table`:
    ``resolve`` defaults to ``explorer.core.names.resolver.resolve``; ``progress`` gets
    0..1; ``cancelled()`` True stops with ``DataImportError("import cancelled")``;
    ``mapping`` is the user's choice of columns; ``indicator_name`` names the
    indicator. Raises NeedsMapping when unsure, DataImportError on any failure.
    """
    path = Path(path)
    step = Steps(progress, cancelled)
    return guarded(path, lambda: _read(path, resolve, step, mapping, indicator_name, data))


def _read(
    path: Path,
    resolve: Resolver | None,
    step: Steps,
    mapping: TableMapping | None,
    indicator_name: str | None,
    data: bytes | None = None,
) -> tuple[Dataset, ImportReport]:
    data, table, mapping, _ = open_table(path, "flow", mapping, step, data)
    body, n = table.body, len(table.body)
    report = ImportReport(file_name=path.name, rows_read=n)
    report.resolved_subject = "of the flow volume has a resolved origin"
    report.unresolved_note = (
        "origin or destination labels not understood (unknown "
        "origins kept as UNKNOWN; rows with an unknown destination rejected)"
    )
    resolve = resolve or default_resolver()
    assert mapping.origin and mapping.destination and mapping.value  # check_mapping saw to it
    reason = np.full(n, None, dtype=object)

    destinations, dest_index = resolve_places([body[mapping.destination]], resolve, "destination")
    destination = np.array([p.result for p in destinations], dtype=object)[dest_index]
    reason[:] = np.array([p.reason for p in destinations], dtype=object)[dest_index]
    step(0.45)
    origin_text = body[mapping.origin]
    results = resolve_labels(pd.unique(origin_text), resolve, report)
    for place in destinations:
        if place.fuzzy is not None:
            report.fuzzy.append(place.fuzzy)
    origin_result = origin_text.map(results).astype(object)
    understood = origin_result.notna().to_numpy()
    origin = origin_result.fillna(UNKNOWN).to_numpy(dtype=object)
    step(0.6)

    if mapping.year:
        year = parse_years(body[mapping.year])
        for i in np.flatnonzero(np.isnan(year) & pd.isna(reason)):
            reason[i] = f"year is not a whole year (1800-2100): {body.at[i, mapping.year]!r}"
    else:
        year = np.full(n, float(mapping.fixed_year))

    text = body[mapping.value].to_numpy(dtype=object)
    value, missing, number = parse_numbers(text)
    bound = pd.to_numeric(body[mapping.value].str.extract(BOUND)[0], errors="coerce")
    suppressed = (bound >= 2).to_numpy()
    checks = [
        (missing, lambda i: f"no value ({text[i]!r})" if text[i] else "no value"),
        (~number & ~suppressed & ~missing, lambda i: f"value is not a number: {text[i]!r}"),
        (number & (value < 0), lambda i: f"negative value: {text[i]!r}"),
    ]
    for mask, why in checks:
        for i in np.flatnonzero(mask & pd.isna(reason)):
            reason[i] = why(i)
    step(0.75)

    keep = pd.isna(reason)
    carried = np.where(suppressed, 1.0, np.where(number, value, 0.0))
    unresolved: dict[str, float] = {}
    for i in np.flatnonzero(keep & ~understood):
        unresolved[origin_text.iat[i]] = unresolved.get(origin_text.iat[i], 0.0) + carried[i]
    for i in np.flatnonzero(~keep):  # a destination not understood is the row's first reason
        place = destinations[dest_index[i]]
        if place.unresolved:
            unresolved[place.label] = unresolved.get(place.label, 0.0) + carried[i]
    set_unresolved(report, unresolved)
    total = carried[keep].sum()
    report.resolved_share = float(carried[keep & understood].sum() / total) if total else 1.0
    for i in np.flatnonzero(~keep):
        report.rejected.append(
            RejectedRow(int(table.file_rows.iat[i]), str(reason[i]), body.iloc[i].to_dict())
        )
    report.rows_imported = n - len(report.rejected)

    indicator = _indicators(body, mapping, indicator_name, path)
    flows = pd.DataFrame(
        {
            "origin": origin[keep],
            "destination": destination[keep],
            "year": year[keep],
            "indicator": indicator[keep],
            "value": np.where(suppressed, np.nan, value)[keep],
            "lower": np.where(suppressed, 1.0, np.nan)[keep],
            "upper": np.where(suppressed, bound - 1, np.nan)[keep],
            "flag": np.where(suppressed, SUPPRESSED, "")[keep],
            "origin_label": origin_text.to_numpy(dtype=object)[keep],
            "source_row": table.file_rows.to_numpy()[keep],
        }
    )
    names = list(dict.fromkeys(flows["indicator"]))
    dataset_name = names[0] if len(names) == 1 else path.stem
    flows = flows.assign(dataset=dataset_name).reindex(columns=list(FLOW_DTYPES))
    merged, report.flows_merged = merge_same_key(flows)
    parts = flows[(flows["origin"] == UNKNOWN).to_numpy()]
    report.unknown_parts = conform(parts.reset_index(drop=True), FLOW_DTYPES)
    step(0.9)

    caveats = list(CAVEATS)
    if suppressed[keep].any():
        caveats.append("<N marks a suppressed count of 1 to N-1.")
    provenance = table_provenance(path, data, table.preamble, report, caveats)
    report.source = table_source(path, provenance, table)
    dataset = Dataset(dataset_name, provenance, flows=merged)
    step(1.0)
    return dataset, report


def _indicators(
    body: pd.DataFrame, mapping: TableMapping, explicit: str | None, path: Path
) -> np.ndarray:
    """Each row's indicator: its column (blank: the default), else the name given, the file."""
    explicit = (explicit or mapping.indicator_name or "").strip() or None
    default = explicit or path.stem
    if not mapping.indicator:
        return np.full(len(body), default, dtype=object)
    column = body[mapping.indicator].to_numpy(dtype=object)
    if explicit and len([c for c in pd.unique(column) if c]) <= 1:
        return np.full(len(body), explicit, dtype=object)
    return np.where(column == "", default, column).astype(object)
