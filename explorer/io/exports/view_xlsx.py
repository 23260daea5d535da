"""The current view as one Excel workbook: sheets Countries, Flows and About.

Why its own writer: a workbook can hold every table at once, each with a
bold, frozen, filterable header and columns as wide as their content. The
"Flows" sheet is written only when there are flows. Besides the leading
apostrophe of ``neutralised`` text cells, the workbook is written with
``strings_to_formulas`` and ``strings_to_urls`` off, so nothing a country
name says is ever evaluated.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.core.view.data import ViewData
from explorer.io.exports.target_files import checked_target, replacing
from explorer.io.exports.view_tables import about_lines, countries_table, flows_table, neutralised

_XLSX_OPTIONS = {
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
}
XLSX_KWARGS = {"options": _XLSX_OPTIONS}
_MIN_WIDTH, _MAX_WIDTH = 6, 50


def _column_width(frame: pd.DataFrame, col: str) -> int:
    sample = frame[col].head(500)
    texts = ["" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v) for v in sample]
    longest = max([len(str(col)), *map(len, texts)])
    return int(min(max(longest + 2, _MIN_WIDTH), _MAX_WIDTH))


def xlsx_table(
    writer: pd.ExcelWriter, frame: pd.DataFrame, sheet: str, autofilter: bool = True
) -> None:
    """A table with a bold, frozen, filterable header and widths that fit the content."""
    frame = neutralised(frame)
    frame.to_excel(writer, sheet_name=sheet, index=False, header=False, startrow=1)
    sheet_ = writer.sheets[sheet]
    bold = writer.book.add_format({"bold": True})
    sheet_.write_row(0, 0, [str(c) for c in frame.columns], bold)
    sheet_.freeze_panes(1, 0)
    if autofilter:
        sheet_.autofilter(0, 0, max(len(frame), 1), len(frame.columns) - 1)
    for i, col in enumerate(frame.columns):
        sheet_.set_column(i, i, _column_width(frame, col))


def write_xlsx(view: ViewData, path: str | os.PathLike[str]) -> Path:
    """One workbook: Countries, Flows (when any) and About. Returns ``path``."""
    path = checked_target(path)
    with (
        replacing(path) as tmp,
        pd.ExcelWriter(tmp, engine="xlsxwriter", engine_kwargs=XLSX_KWARGS) as writer,
    ):
        xlsx_table(writer, countries_table(view), "Countries")
        if len(view.flows):
            xlsx_table(writer, flows_table(view), "Flows")
        about = pd.DataFrame(about_lines(view), columns=["field", "text"])
        xlsx_table(writer, about, "About", autofilter=False)
        wrap = writer.book.add_format({"text_wrap": True, "valign": "top"})
        writer.sheets["About"].set_column(1, 1, 100, wrap)
    return path
