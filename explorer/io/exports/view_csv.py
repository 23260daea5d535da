"""The current view as CSV: countries, flows and the about texts in three files.

Why three files: a CSV holds one table, so ``<name>.csv`` holds the countries,
``<name>-flows.csv`` the drawn flows (only when there are any) and
``<name>-about.txt`` the texts that say what the numbers are. UTF-8 with BOM
and CRLF, so Excel opens accents right.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pandas as pd

from explorer.core.view.data import ViewData
from explorer.io.exports.target_files import checked_target, replacing
from explorer.io.exports.view_tables import about_lines, countries_table, flows_table, neutralised


def csv_companions(path: str | os.PathLike[str]) -> tuple[Path, Path]:
    """The flows CSV and the about text written beside a countries CSV at ``path``."""
    path = Path(path)
    return path.with_name(f"{path.stem}-flows.csv"), path.with_name(f"{path.stem}-about.txt")


def _write_csv_table(frame: pd.DataFrame, path: Path) -> None:
    with replacing(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as out:
        neutralised(frame).to_csv(out, index=False, lineterminator="\r\n", float_format="%.15g")


def write_csv(view: ViewData, path: str | os.PathLike[str]) -> Path:
    """Countries to ``path``, flows and texts beside it (see ``csv_companions``).

    A stale flows CSV from an earlier export to the same name is removed when
    this view has no flows, so the files on disk always belong together.
    Returns the countries CSV's path.
    """
    path = checked_target(path)
    flows_path, about_path = csv_companions(path)
    _write_csv_table(countries_table(view), path)
    if len(view.flows):
        _write_csv_table(flows_table(view), flows_path)
    else:
        with contextlib.suppress(FileNotFoundError):
            flows_path.unlink()
    text = "".join(f"{k}: {v}\n" for k, v in about_lines(view))
    text += f"Files: {path.name} (countries)"
    text += f", {flows_path.name} (flows)\n" if len(view.flows) else "\n"
    with replacing(about_path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return path
