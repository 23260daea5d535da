"""The cells of an indicator table that may become observations, one per value and year.

Why apart from the reader: a long table gives one cell per row and value
column (a country sheet with "Population" and "Prevalence" gives two per row),
a wide one one per row and year column; the reader then judges every cell the
same way. Each value column is parsed on its own, because whether a comma is a
decimal comma can only be told from a whole column.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.io.readers.tables.columns import year_of_header
from explorer.io.readers.tables.indicator_labels import indicator_names
from explorer.io.readers.tables.mapping import TableMapping
from explorer.io.readers.tables.numbers import parse_numbers, parse_years


@dataclass
class Cells:
    """Parallel arrays, one entry per cell: its text, row, year, indicator and column."""

    texts: np.ndarray
    row: np.ndarray  #: position of the cell's row in the body
    year: np.ndarray  #: float, NaN when the row's year is not understood
    indicator: np.ndarray
    column: np.ndarray  #: the header of the cell's column
    value: np.ndarray
    missing: np.ndarray
    number: np.ndarray


def table_cells(
    body: pd.DataFrame,
    columns: list[str],
    mapping: TableMapping,
    indicator_name: str | None,
    path: Path,
    caveats: list[str],
) -> Cells:
    """Every cell to judge: row by row for a wide table, column by column for a long one."""
    n = len(body)
    if mapping.layout == "wide":
        year_columns = [c for c in columns if year_of_header(c) is not None]
        k = len(year_columns)
        texts = body[year_columns].to_numpy(dtype=object).ravel()
        indicators = indicator_names(body, mapping, indicator_name, path, caveats)
        return Cells(
            texts,
            np.repeat(np.arange(n), k),
            np.tile(np.array([year_of_header(c) for c in year_columns], "float64"), n),
            indicators[np.repeat(np.arange(n), k)],
            np.tile(np.array(year_columns, dtype=object), n),
            *parse_numbers(texts),
        )
    if mapping.year:
        row_year = parse_years(body[mapping.year])
    else:
        row_year = np.full(n, float(mapping.fixed_year))
    value_columns = mapping.value_columns()
    several = len(value_columns) > 1
    names, parsed = [], []
    for column in value_columns:
        own = replace(mapping, value=column)
        row_names = indicator_names(body, own, None if several else indicator_name, path, caveats)
        if several and mapping.indicator:  # one indicator per named row and column
            row_names = (row_names.astype(str) + ": " + column).astype(object)
        names.append(row_names)
        parsed.append(parse_numbers(body[column].to_numpy(dtype=object)))
    k = len(value_columns)
    return Cells(
        np.concatenate([body[c].to_numpy(dtype=object) for c in value_columns]),
        np.tile(np.arange(n), k),
        np.tile(row_year, k),
        np.concatenate(names),
        np.repeat(np.array(value_columns, dtype=object), n),
        *(np.concatenate(part) for part in zip(*parsed, strict=True)),
    )
