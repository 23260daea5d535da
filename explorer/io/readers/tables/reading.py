"""The read skeleton shared by the indicator and flow table readers: open, cut, map, cite.

Why one skeleton: both readers read the file, find the header among the first
rows, settle the column mapping (guessed, or the user's, checked against the
header) and describe the file in a provenance taken from its preamble; any
difference between them there would make one reader accept a file the other
refuses for the same reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

import pandas as pd

from explorer.core.data.provenance import Provenance
from explorer.core.data.source_file import SourceFile
from explorer.io.importing.errors import DataImportError
from explorer.io.importing.files import file_bytes, read_table, source_file
from explorer.io.importing.report import ImportReport
from explorer.io.importing.steps import Steps, file_provenance
from explorer.io.readers.tables.answers import answered
from explorer.io.readers.tables.columns import TableKind, year_of_header
from explorer.io.readers.tables.levels import column_levels
from explorer.io.readers.tables.mapping import (
    NeedsMapping,
    TableMapping,
    check_mapping,
    guess_mapping,
)
from explorer.io.readers.tables.numbers import number_counts
from explorer.io.readers.tables.raw import RawTable, cut_table, find_header_row


def open_table(
    path: Path,
    kind: TableKind,
    mapping: TableMapping | None,
    step: Steps,
    data: bytes | None = None,
    answers: Mapping[str, object] | None = None,
    refine: Callable[[TableMapping, pd.DataFrame], TableMapping] | None = None,
) -> tuple[bytes, RawTable, TableMapping, bool]:
    """Read ``path``, cut it at its header and settle the mapping.

    Returns (file bytes, table, mapping, whether its value columns were guessed).
    ``answers`` (mapping field -> value, the command line's) are applied over
    the guess; ``refine(guess, body)`` corrects guessed value columns from the
    cells. Raises NeedsMapping when the guess is unsure or the user's mapping
    does not fit the header; DataImportError for an empty or unreadable file.
    """
    step(0.0)
    data = file_bytes(path, data)
    raw = read_table(path, data)
    step(0.3)
    if mapping is not None and mapping.header_row:
        header_at = mapping.header_row - 1
        if not 0 <= header_at < len(raw):
            raise DataImportError(f"{path.name}: has no row {mapping.header_row} for the header")
    else:
        header_at = find_header_row(raw, kind)
    table = cut_table(raw, header_at)
    found = ", ".join(table.columns)[:300] or "nothing"
    where = f"(the header, row {table.header_row}, has: {found})"
    if len(table.columns) < 2:
        raise DataImportError(f"{path.name}: not a table of columns {where}")
    answers = dict(answers or {})
    guessed = mapping is None and not {"value", "values"} & answers.keys()
    if mapping is None:
        mapping, reasons = guess_table(table, kind, path)
        if refine is not None and guessed and not table.body.empty:
            mapping = refine(mapping, table.body)
        if answers:
            mapping, reasons = answered(mapping, reasons, answers, table.columns, kind)
    else:
        mapping = replace(mapping, header_row=table.header_row)
        reasons = check_mapping(mapping, table.columns, kind)
    if reasons:
        levels = column_levels(table.body, years(table.columns)) if kind == "indicator" else {}
        why = "; ".join(reasons) + " " + where
        raise NeedsMapping(path.name, table.columns, mapping, why, levels)
    if table.body.empty:
        raise DataImportError(
            f"{path.name}: no data rows under the header (row {table.header_row})"
        )
    return data, table, mapping, guessed


def years(columns: Sequence[str]) -> list[str]:
    """The columns named by a year ("2020", "2020 [YR2020]"): the wide layout's cells."""
    return [c for c in columns if year_of_header(c) is not None]


def guess_table(table: RawTable, kind: TableKind, path: Path) -> tuple[TableMapping, list[str]]:
    """The guessed mapping of a cut table and why it is unsure (a flow table's numbers seen)."""
    numeric = numeric_columns(table.body) if kind == "flow" else None
    return guess_mapping(table.columns, kind, table.header_row, hint=path.stem, numeric=numeric)


def numeric_columns(body: pd.DataFrame) -> set[str]:
    """Columns where most cells that hold anything are numbers (or ``<N`` counts)."""
    found = set()
    for column in body.columns:
        filled, numbers = number_counts(body[column], bounds=True)
        if filled and 2 * numbers >= filled:
            found.add(column)
    return found


_PREAMBLE_FIELDS = {
    "title": ("data source", "source", "title", "dataset"),
    "publisher": ("publisher", "published by", "organisation", "organization"),
    "edition": ("last updated date", "last updated", "updated", "edition", "release date"),
    "licence": ("licence", "license", "terms", "terms of use"),
    "citation": ("citation", "cite as", "suggested citation"),
}


def table_provenance(
    path: Path,
    data: bytes,
    preamble: dict[str, str],
    report: ImportReport,
    caveats: Sequence[str],
) -> Provenance:
    """Provenance of a generic table: what its preamble says, the file and the counts."""
    found = {
        name: next((preamble[k] for k in keys if preamble.get(k)), "")
        for name, keys in _PREAMBLE_FIELDS.items()
    }
    if not found["publisher"] and re.search(
        r"world development indicators|world bank", found["title"], re.IGNORECASE
    ):
        found["publisher"] = "World Bank"
    return file_provenance(
        path,
        data,
        report,
        publisher=found["publisher"],
        title=found["title"],
        edition=found["edition"],
        citation=found["citation"],
        licence=found["licence"],
        caveats=tuple(caveats),
    )


def table_dataset_name(path: Path, table: RawTable) -> str:
    """The file's stem, and the sheet read when the workbook has several: never a column's name."""
    attrs = table.raw.attrs if table.raw is not None else {}
    sheet = str(attrs.get("sheet", ""))
    return f"{path.stem} ({sheet})" if sheet and attrs.get("sheets", 1) > 1 else path.stem


def table_source(path: Path, provenance: Provenance, table: RawTable) -> SourceFile | None:
    """The table's rows as read, to show behind its figures (None when the sheet is gone)."""
    if table.raw is None:
        return None
    return source_file(path.name, provenance.sha256, table.raw, table.header_row - 1)
