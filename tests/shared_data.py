"""Where the shared GLOTIP workbook is: beside the clone (``../shared``), never in the repository.

Why a search and not one fixed path: CI keeps the shared folder beside its
clone, wherever the clone is; a developer may keep it elsewhere and say so in
``TFE_SHARED_DIR``. Tests that read the workbook skip only when no candidate
holds it (a bare clone); ``.ci/run`` prints which workbook the suite found.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

# pandas only when a test asks for the cells: .ci/run imports this module with a bare python3.
if TYPE_CHECKING:
    import pandas as pd

WORKBOOK_NAME = "data_glotip_2023-05-30.xlsx"
_REPO = Path(__file__).resolve().parents[1]


def _candidates() -> list[Path]:
    found = []
    if os.environ.get("TFE_SHARED_DIR"):
        found.append(Path(os.environ["TFE_SHARED_DIR"]))
    found += [folder / "shared" for folder in _REPO.parents]
    return found


def shared_glotip_dir() -> Path:
    """The ``data/glotip`` folder of the first shared folder that has the workbook."""
    for shared in _candidates():
        folder = shared / "data" / "glotip"
        if (folder / WORKBOOK_NAME).is_file():
            return folder
    return _REPO.parent / "shared" / "data" / "glotip"  # absent: tests skip on it


GLOTIP_DIR = shared_glotip_dir()
GLOTIP_WORKBOOK = GLOTIP_DIR / WORKBOOK_NAME


@cache
def workbook_cells() -> pd.DataFrame:
    """The workbook's rows as text (blank Category as ""), the header row found by its first
    cell, read with pandas alone: what tests compute the app's figures from independently."""
    import pandas as pd

    raw = pd.read_excel(GLOTIP_WORKBOOK, engine="calamine", header=None, dtype=str)
    header = int(raw.index[raw[0] == "Iso3_code"][0])
    table = raw.iloc[header + 1 :].copy()
    table.columns = raw.iloc[header].tolist()
    table["Category"] = table["Category"].fillna("")
    return table
