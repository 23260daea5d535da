"""What a flow-table import says about itself beyond its counts: the summary's extra lines.

Why apart from the reader: a refugee-statistics table turns one row into
several indicators, classes agency codes as unknown origins, keeps flows
within one country and zeros; a user must read each of these in the summary,
with the rows and the volume concerned, not find them out on the map.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from explorer.io.importing.report import ImportReport, format_count
from explorer.io.readers.tables.flow_values import FlowValues

#: Row numbers listed in one remark before "...".
ROWS_SHOWN = 12


def flow_remarks(
    report: ImportReport, flows: pd.DataFrame, values: FlowValues, keep: np.ndarray, domestic: int
) -> list[str]:
    """The summary's lines on indicators, noted rows, flows within a country and zeros."""
    lines = []
    if len(values.columns) > 1:
        counts = flows.groupby("indicator", sort=False).size()
        listed = "; ".join(f"{name} ({_count(n, 'flow')})" for name, n in counts.items())
        empty = int((keep[:, None] & ~values.present).sum())
        lines.append(
            f"{len(values.columns)} value columns, each imported as an indicator: {listed}. "
            f"An empty cell gives no flow for its column ({_count(empty, 'empty cell')} in rows "
            "imported)."
        )
    rows_of: dict[str, list[int]] = {}
    for noted in report.noted:
        rows_of.setdefault(noted.reason, []).append(noted.row)
    for note, rows in rows_of.items():
        lines.append(f"{note}: {_rows(rows)} ({_volume(flows, rows)}).")
    if domestic:
        lines.append(
            f"{_count(domestic, 'row')} within one country (origin = destination, e.g. internally "
            "displaced people) kept as flows within the country (domestic)."
        )
    zeros = int((flows["value"] == 0).sum())
    if zeros:
        lines.append(
            f"{_count(zeros, 'value')} of 0 imported as flows of 0 (a zero is a count, kept)."
        )
    return lines


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def _rows(rows: list[int]) -> str:
    shown = ", ".join(str(r) for r in rows[:ROWS_SHOWN])
    more = f", ... ({len(rows):,} rows)" if len(rows) > ROWS_SHOWN else ""
    return ("row " if len(rows) == 1 else "rows ") + shown + more


def _volume(flows: pd.DataFrame, rows: list[int]) -> str:
    """The volume of the flows from ``rows``, per indicator (``<N`` counted as 1)."""
    mine = flows[flows["source_row"].isin(rows)]
    carried = mine["value"].fillna(mine["lower"]).fillna(0.0)
    sums = carried.groupby(mine["indicator"], sort=False).sum()
    return "; ".join(f"{name}: {format_count(v)}" for name, v in sums.items()) or "no volume"
