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
def workbook_raw() -> pd.DataFrame:
    """Every cell of the workbook as text, preamble included (no header row), read with
    pandas alone and once per run (about 2 s a read). Shared: never change it; copy it."""
    import pandas as pd

    raw = pd.read_excel(GLOTIP_WORKBOOK, engine="calamine", header=None, dtype=str)
    _READ[workbook_raw.__name__] = (raw, fingerprint(raw))
    return raw


@cache
def workbook_cells() -> pd.DataFrame:
    """The workbook's rows as text (blank Category as ""), the header row found by its first
    cell, read with pandas alone: what tests compute the app's figures from independently.
    Shared like :func:`workbook_raw`: never change it."""
    raw = workbook_raw()
    header = int(raw.index[raw[0] == "Iso3_code"][0])
    table = raw.iloc[header + 1 :].copy()
    table.columns = raw.iloc[header].tolist()
    table["Category"] = table["Category"].fillna("")
    _READ[workbook_cells.__name__] = (table, fingerprint(table))
    return table


#: What each shared read returned, and its fingerprint then: name -> (frame, fingerprint).
_READ: dict[str, tuple[pd.DataFrame, tuple]] = {}


def changed_reads() -> list[str]:
    """The shared reads whose frames no longer hold what they held when read."""
    return [name for name, (frame, then) in _READ.items() if fingerprint(frame) != then]


def state(value: object) -> object:
    """What ``value`` holds, comparable with ``==``: frames by :func:`fingerprint`, bytes by
    their SHA-256, dataclasses field by field, containers item by item, the rest by repr.
    Taken before and after the tests that share a read, it shows that none changed it."""
    import dataclasses
    import hashlib

    import pandas as pd

    if isinstance(value, pd.DataFrame):
        return fingerprint(value)
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    if dataclasses.is_dataclass(value):
        fields = dataclasses.fields(value)
        return tuple((f.name, state(getattr(value, f.name))) for f in fields if f.compare)
    if isinstance(value, (list, tuple)):
        return tuple(state(item) for item in value)
    if isinstance(value, dict):
        return tuple((repr(key), state(item)) for key, item in value.items())
    return repr(value)


def fingerprint(*frames: pd.DataFrame) -> tuple:
    """What ``frames`` hold (columns, dtypes and every value), to show a shared one unchanged."""
    import pandas as pd

    return tuple(
        (
            tuple(frame.columns),
            tuple(map(str, frame.dtypes)),
            int(pd.util.hash_pandas_object(frame, index=True).sum()),
        )
        for frame in frames
    )
