"""What a flow-table import says about itself beyond its counts: the summary's extra lines.

Why apart from the reader: a refugee-statistics table turns one row into
several indicators, classes agency codes as unknown origins, keeps flows
within one country and zeros; a user must read each of these in the summary,
with the rows and the volume concerned, not find them out on the map.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from explorer.core.texts import fill
from explorer.io.importing import table_words as tw
from explorer.io.importing.former_countries import listed_rows
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
        listed = "; ".join(
            fill(
                tw.INDICATOR_FLOW if n == 1 else tw.INDICATOR_FLOWS,
                {"indicator": name, "count": f"{n:,}"},
            )
            for name, n in counts.items()
        )
        empty = int((keep[:, None] & ~values.present).sum())
        line = tw.VALUE_COLUMNS_ONE_EMPTY if empty == 1 else tw.VALUE_COLUMNS
        lines.append(
            fill(line, {"count": len(values.columns), "listed": listed, "empty": f"{empty:,}"})
        )
    rows_of: dict[str, list[int]] = {}
    for noted in report.noted:
        rows_of.setdefault(noted.reason, []).append(noted.row)
    for note, rows in rows_of.items():
        said = {"note": note, "rows": listed_rows(rows, ROWS_SHOWN), "volume": _volume(flows, rows)}
        lines.append(fill(tw.NOTED_ROWS, said))
    if domestic:
        line = tw.DOMESTIC_ROW if domestic == 1 else tw.DOMESTIC_ROWS
        lines.append(fill(line, {"count": f"{domestic:,}"}))
    zeros = int((flows["value"] == 0).sum())
    if zeros:
        lines.append(fill(tw.ZERO if zeros == 1 else tw.ZEROS, {"count": f"{zeros:,}"}))
    return lines


def _volume(flows: pd.DataFrame, rows: list[int]) -> str:
    """The volume of the flows from ``rows``, per indicator (``<N`` counted as 1)."""
    mine = flows[flows["source_row"].isin(rows)]
    carried = mine["value"].fillna(mine["lower"]).fillna(0.0)
    sums = carried.groupby(mine["indicator"], sort=False).sum()
    said = [
        fill(tw.VOLUME, {"indicator": name, "count": format_count(v)}) for name, v in sums.items()
    ]
    return "; ".join(said) or str(tw.NO_VOLUME)
