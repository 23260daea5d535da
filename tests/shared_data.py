"""Where the shared GLOTIP workbook is: beside the clone (``../shared``), never in the repository.

Why a search and not one fixed path: CI keeps the shared folder beside its
clone, wherever the clone is; a developer may keep it elsewhere and say so in
``TFE_SHARED_DIR``. Tests that read the workbook skip only when no candidate
holds it (a bare clone); ``.ci/run`` prints which workbook the suite found.
"""

from __future__ import annotations

import os
from pathlib import Path

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
