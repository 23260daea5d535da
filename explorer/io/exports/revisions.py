"""The revisions between two editions as CSV (the command's columns) or a workbook.

Why one module for both: the ``revisions`` command and the editions window
write the same rows; the CSV keeps the command's ten columns, the workbook
adds the country's name, the difference and the direction on a filterable
sheet, with an About sheet saying which editions were compared.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

import pandas as pd

from explorer.core.data.dataset_queries import OBSERVATION_KEY
from explorer.io.exports.formula_safety import neutralise
from explorer.io.exports.target_files import checked_target, replacing
from explorer.io.exports.view_xlsx import XLSX_KWARGS, xlsx_table

#: The columns of the command's CSV, one row per revised figure.
CSV_COLUMNS: list[str] = [*OBSERVATION_KEY, "old", "new", "kind"]


def plain(text: str) -> str:
    """A figure as the panel shows it, without thousands separators (one CSV cell)."""
    return text.replace(",", "")


def write_revisions_csv(table: pd.DataFrame, stream: TextIO) -> None:
    """The rows of ``table`` (a revisions table) with :data:`CSV_COLUMNS`."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in table[CSV_COLUMNS].itertuples(index=False):
        iso3, year, *key, old, new, kind = row
        cells = [neutralise(str(iso3)), int(year), *(neutralise(str(k)) for k in key)]
        writer.writerow([*cells, plain(old), plain(new), kind])


def write_revisions_file(
    table: pd.DataFrame,
    path: str | os.PathLike[str],
    names: Mapping[str, str],
    about: list[tuple[str, str]],
) -> Path:
    """``table`` to ``path``: CSV with the command's columns, or ``.xlsx`` with the country's
    name, difference and direction too, and ``about`` (field, text) on a sheet of its own."""
    path = checked_target(path)
    if path.suffix.lower() != ".xlsx":
        with replacing(path) as tmp, open(tmp, "w", encoding="utf-8", newline="") as stream:
            write_revisions_csv(table, stream)
        return path
    sheet = table[[*OBSERVATION_KEY, "old", "new", "difference", "kind", "direction"]].copy()
    sheet.insert(1, "country", sheet["iso3"].map(lambda c: names.get(str(c), str(c))))
    sheet["old"], sheet["new"] = sheet["old"].map(plain), sheet["new"].map(plain)
    with (
        replacing(path) as tmp,
        pd.ExcelWriter(tmp, engine="xlsxwriter", engine_kwargs=XLSX_KWARGS) as writer,
    ):
        xlsx_table(writer, sheet, "Revisions")
        xlsx_table(writer, pd.DataFrame(about, columns=["field", "text"]), "About", False)
    return path
