"""One copy of PROJ's data (proj.db, about 10 MB) for the two PROJ libraries the app
carries: pyproj's, and the one linked into the GDAL library of pyogrio.

Why it is safe: both wheels ship the same PROJ tables (``pyproj/proj_dir/share/proj``
and ``pyogrio/proj_data``), built from the same PROJ release. The bundle keeps
pyproj's; pyogrio, finding no ``proj_data`` folder of its own, leaves GDAL to PROJ's
usual lookup, which the runtime hook (``rthooks/proj_data.py``) points at pyproj's
copy through PROJ_DATA. When the two databases differ (one wheel updated alone), the
spec keeps both copies and no hook: a newer PROJ refuses an older proj.db.

The GDAL library also holds a copy of proj.db inside itself (PROJ built with its
resource files embedded; it cannot be taken out), which GDAL falls back on when it
finds no file. The hook still matters: a PROJ_DATA of the user's naming another
PROJ's tables would otherwise be read first, and fail.
"""

from __future__ import annotations

import importlib.util
import sqlite3
from contextlib import closing
from pathlib import Path, PurePath

PYPROJ_DATA = "pyproj/proj_dir/share/proj"
PYOGRIO_DATA = "pyogrio/proj_data"
RUNTIME_HOOK = Path(__file__).with_name("rthooks") / "proj_data.py"
#: The metadata that must agree: the release, the database layout and the registries.
VERSION_KEYS = ("PROJ.VERSION", "PROJ_DATA.VERSION", "DATABASE.LAYOUT.VERSION", "EPSG.VERSION")


def database_version(folder: Path) -> dict[str, str] | None:
    """The version rows of ``folder``'s proj.db, None without one."""
    database = folder / "proj.db"
    if not database.is_file():
        return None
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
        rows = connection.execute("SELECT key, value FROM metadata").fetchall()
    return {key: value for key, value in rows if key.startswith(VERSION_KEYS)}


def installed(relative: str) -> Path | None:
    """The folder ``relative`` (``package/...``) of an installed package, None without it."""
    package, _, inner = relative.partition("/")
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / inner


def shareable() -> bool:
    """Whether pyogrio's PROJ data is the same database as pyproj's (so one can go)."""
    ours, theirs = installed(PYOGRIO_DATA), installed(PYPROJ_DATA)
    if ours is None or theirs is None:
        return False
    version = database_version(ours)
    return version is not None and version == database_version(theirs)


def without_pyogrio_copy(toc: list) -> list:
    """``toc`` (the freezer's (destination, source, kind) entries) less pyogrio's copy."""
    prefix = PYOGRIO_DATA + "/"
    return [entry for entry in toc if not PurePath(entry[0]).as_posix().startswith(prefix)]
