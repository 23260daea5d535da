"""A generic table's raw cells cut at its header row: named columns, file rows, preamble.

Why apart from the readers: a World Bank download puts a preamble ("Data
Source", "Last Updated Date") above its header, other publishers put notes
or nothing; finding the header among the first rows and keeping each body
row's file row number (for the import report) is the same for every table
reader, for the mapping dialog and for the dispatcher.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from explorer.io.readers.tables.columns import (
    IGNORED,
    TableKind,
    column_roles,
    header_key,
    normalise_header,
    year_of_header,
)

#: The header row is looked for among the first rows (a preamble sits above it).
HEADER_SEARCH_ROWS = 10


def find_header_row(raw: pd.DataFrame, kind: TableKind) -> int:
    """Position (0-based) of the header among the first rows of a raw table.

    The row naming the most known columns wins (a known name counts 2, year
    headers count 1 each when a row has two or more, so that a data row with one
    year in it never outscores a header); the earliest on a tie. When no row
    names any, the row with the most cells (a preamble row has one or two).
    """
    roles = column_roles(kind)
    known = frozenset().union(*roles.values()) | (IGNORED - {""})
    best, best_score = None, 0
    widest, widest_cells = 0, 0
    for position in range(min(HEADER_SEARCH_ROWS, len(raw))):
        cells = [c for c in raw.iloc[position] if c]
        if len(cells) > widest_cells:
            widest, widest_cells = position, len(cells)
        years = sum(year_of_header(c) is not None for c in cells)
        score = 2 * sum(header_key(c, kind) in known for c in cells) + (years if years >= 2 else 0)
        if len(cells) >= 2 and score > best_score:
            best, best_score = position, score
    return best if best is not None else widest


@dataclass
class RawTable:
    """A table cut at its header: named columns of strings, file rows, the preamble."""

    columns: list[str]  #: header cells, stripped, blanks and repeats dropped
    body: pd.DataFrame  #: non-blank rows under the header, index 0..n-1
    file_rows: pd.Series  #: 1-based file row of each body row
    header_row: int  #: 1-based file row of the header
    preamble: dict[str, str] = field(default_factory=dict)  #: "data source" -> text, ...
    raw: pd.DataFrame | None = None  #: the whole sheet as read: kept as the source rows


def cut_table(raw: pd.DataFrame, header_at: int) -> RawTable:
    """Split ``raw`` (``read_table``'s strings) at its header row (0-based position)."""
    header = [str(c).strip() for c in raw.iloc[header_at]] if len(raw) else []
    body = raw.iloc[header_at + 1 :].set_axis(header, axis=1) if header else raw.iloc[0:0]
    keep = [bool(c) for c in header]
    seen: set[str] = set()
    for i, c in enumerate(header):
        keep[i] = keep[i] and c not in seen
        seen.add(c)
    body = body.loc[:, keep]
    body = body[(body != "").any(axis=1)] if len(body.columns) else body.iloc[0:0]
    file_rows = pd.Series(body.index.to_numpy() + 1)
    preamble: dict[str, str] = {}
    for position in range(header_at):
        cells = [str(c).strip() for c in raw.iloc[position] if str(c).strip()]
        if len(cells) >= 2:
            preamble.setdefault(normalise_header(cells[0]), cells[1])
        elif len(cells) == 1:
            preamble.setdefault("", cells[0])
    return RawTable(
        columns=list(body.columns),
        body=body.reset_index(drop=True),
        file_rows=file_rows,
        header_row=header_at + 1,
        preamble=preamble,
        raw=raw,
    )
