"""Which columns of an indicator table hold values, and what became of every column.

Why apart from the reader: a country sheet often carries several figures side
by side ("Population", "Prevalence (per 1,000 population)", "Estimated number
of people in modern slavery"); each numeric one is an indicator of its own,
while a column of words beside them (a region, a comment) is not a figure. The
user must also see, column by column, what the import made of the file, so
that no column is left out without a word.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from explorer.core.data.categories import CATEGORY_FLAG_PREFIX
from explorer.core.data.dataset import Dataset
from explorer.core.indicators.kinds import is_count_indicator
from explorer.core.indicators.units import stated_kind
from explorer.core.texts import fill
from explorer.io.importing import table_words as tw
from explorer.io.readers.tables.columns import IGNORED, normalise_header, year_of_header
from explorer.io.readers.tables.indicator_cells import Cells
from explorer.io.readers.tables.mapping import TableMapping
from explorer.io.readers.tables.numbers import number_counts

TEXT = tw.TEXT_CELLS
EMPTY = tw.EMPTY_CELLS

#: The report's name for each role a mapping gives a column (besides the values).
ROLE_NAMES = tw.COLUMN_ROLES


def cell_kind(column: pd.Series) -> str:
    """``"numbers"``, ``TEXT`` (most filled cells are not numbers) or ``EMPTY``."""
    filled, numbers = number_counts(column)
    if not filled:
        return EMPTY
    return "numbers" if numbers * 2 >= filled else TEXT


def numeric_values(mapping: TableMapping, body: pd.DataFrame) -> TableMapping:
    """The guessed mapping with only its numeric value columns, when it guessed several.

    A single guessed column keeps its meaning whatever its cells (a "Tier"
    column of words is a categorical indicator); among several, a column of
    words or an empty one is not a value column (the report says why).
    """
    if mapping.layout != "long" or len(mapping.values) < 2:
        return mapping
    numeric = tuple(c for c in mapping.values if cell_kind(body[c]) == "numbers")
    if not numeric:
        return replace(mapping, values=())
    return replace(mapping, value=numeric[0], values=numeric if len(numeric) > 1 else ())


def column_notes(
    columns: list[str],
    mapping: TableMapping,
    body: pd.DataFrame,
    imported: dict[str, tuple[str, str]],
) -> list[tuple[str, str, str]]:
    """``(column, role, note)`` for every column of the header, in table order.

    ``imported`` maps each value column to ``(role, note)``: its indicator and
    unit kind, as the reader found them.
    """
    roles = {getattr(mapping, field): name for field, name in ROLE_NAMES.items()}
    roles.pop(None, None)
    notes = []
    for column in columns:
        if column in imported:
            notes.append((column, *imported[column]))
        elif column in roles:
            notes.append((column, roles[column], ""))
        else:
            notes.append((column, str(tw.IGNORED), _why_ignored(column, mapping, body)))
    return notes


def _why_ignored(column: str, mapping: TableMapping, body: pd.DataFrame) -> str:
    year = year_of_header(column)
    if mapping.layout == "wide" and year is None:
        return str(tw.NOT_A_YEAR_COLUMN)
    if mapping.layout == "long" and year is not None:
        return str(tw.A_YEAR_COLUMN)
    if normalise_header(column) in IGNORED:
        return str(tw.NOTES_AND_CODES)
    kind = cell_kind(body[column])
    if kind != "numbers":
        return str(kind)
    if mapping.values or mapping.value:
        return str(tw.NOT_CHOSEN)
    return str(tw.NONE_CHOSEN)


def imported_notes(
    dataset: Dataset, mapping: TableMapping, cells: Cells, kept: np.ndarray
) -> dict[str, tuple[str, str]]:
    """``column -> (role, note)`` for the columns whose cells hold the values."""
    notes: dict[str, tuple[str, str]] = {}
    if mapping.layout == "wide":
        for column in pd.unique(cells.column):
            notes[str(column)] = (str(tw.VALUES_OF_A_YEAR), str(year_of_header(str(column))))
        return notes
    for column in mapping.value_columns():
        mine = cells.column == column
        names = list(dict.fromkeys(cells.indicator[mine & kept]))
        if not names:
            first = next(iter(cells.indicator[mine]), column)
            notes[column] = (str(tw.INDICATOR), fill(tw.NOTHING_IMPORTED, {"indicator": first}))
        elif len(names) == 1:
            notes[column] = (str(tw.INDICATOR), indicator_kind(dataset, names[0]))
        else:
            shown = "; ".join(indicator_kind(dataset, n) for n in names[:10])
            said = {"count": len(names), "listed": shown, "more": len(names) - 10}
            many = tw.INDICATORS_MORE if len(names) > 10 else tw.INDICATORS
            notes[column] = (str(tw.VALUES), fill(many, said))
    return notes


def indicator_kind(dataset: Dataset, indicator: str) -> str:
    """The indicator and what the app will do with its figures, in the report's words."""
    flags = dataset.observations.loc[dataset.observations["indicator"] == indicator, "flag"]
    if flags.astype(str).str.startswith(CATEGORY_FLAG_PREFIX).any():
        kind = "levels"
    elif stated_kind(dataset.provenance.caveats, indicator) == "rate":
        kind = "rate"
    elif is_count_indicator(dataset, indicator):
        kind = "count"
    else:
        kind = "other"
    return fill(tw.KINDS[kind], {"indicator": indicator})
