"""What an indicator table's import report says: rejected rows, unresolved labels, duplicates.

Why apart from the reader: the counting rule (every row imported or rejected
with its reason), which labels an alias could fix (not a footer note), and how
repeated observations are collapsed or reported as conflicts are the report's
rules; the reader only decides each row's reason.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from explorer.io.importing import table_words as tw
from explorer.io.importing.report import Conflict, ImportReport, RejectedRow
from explorer.io.readers.tables.places import Place

NOTE = tw.NOTE_ROW.removesuffix("{cell}")  #: how a footer line's reason starts


def report_rows(
    report: ImportReport,
    reason: np.ndarray,
    places: list[Place],
    place_index: np.ndarray,
    body: pd.DataFrame,
    file_rows: pd.Series,
) -> None:
    """Rejected rows, unresolved labels (with their rows), fuzzy matches, resolved share."""
    for i in np.flatnonzero(pd.notna(reason)):
        report.rejected.append(
            RejectedRow(int(file_rows.iat[i]), str(reason[i]), body.iloc[i].to_dict())
        )
    report.rows_imported = report.rows_read - len(report.rejected)
    # Rows whose country was not understood count for their label, notes do not.
    unheard = np.array([p.unresolved for p in places], dtype=bool)[place_index]
    note = unheard & np.array([str(r).startswith(NOTE) for r in reason], dtype=bool)
    counts = np.bincount(place_index[~note], minlength=len(places))
    unresolved: dict[str, float] = {}
    countable = understood = 0
    for place, count in zip(places, counts, strict=True):
        if place.fuzzy is not None:
            report.fuzzy.append(place.fuzzy)
        if place.unresolved and count:
            unresolved[place.label] = unresolved.get(place.label, 0.0) + float(count)
        if place.result is not None or place.unresolved:
            countable += int(count)
            understood += int(count) if place.result is not None else 0
    report.unresolved = dict(sorted(unresolved.items(), key=lambda kv: (-kv[1], kv[0])))
    report.resolved_share = understood / countable if countable else 1.0


KEY = ["iso3", "year", "indicator", "sex", "age"]


def collapse_duplicates(cells: pd.DataFrame, report: ImportReport) -> pd.DataFrame:
    """One observation per key: equal repeats collapsed, conflicts reported, last kept."""
    dup = cells.duplicated(KEY, keep=False).to_numpy()
    if not dup.any():
        return cells.drop(columns="text")
    parts = cells[dup]
    signature = parts["value"].astype(str) + "\x1f" + parts["flag"].astype(str)
    for key, group in parts.assign(_sig=signature).groupby(KEY, sort=False):
        if group["_sig"].nunique() == 1:
            report.duplicates_collapsed += len(group) - 1
            continue
        report.conflicts.append(
            Conflict(
                key=tuple(key),
                rows=[int(r) for r in group["source_row"]],
                values=[str(t) for t in group["text"]],
                kept=str(group["text"].iloc[-1]),
            )
        )
    return cells[~cells.duplicated(KEY, keep="last").to_numpy()].drop(columns="text")
