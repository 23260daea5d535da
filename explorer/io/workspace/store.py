"""The workspace: imported datasets, provenance, user aliases and the last view in one file.

Why one SQLite file: an officer hands a prepared workspace to field staff as a
single attachment, and SQLite reads it back with the standard library alone.

Why the save goes through a temporary file: a crash, a kill or a full disk in
the middle of a save must never cost the user the workspace they had. The whole
workspace is written to a new file next to the target, committed and fsynced,
and only then renamed over the target with ``os.replace`` (atomic on POSIX and
on NTFS); the folder is fsynced so the rename itself survives a power cut. At
any instant the target path holds either the complete old file or the complete
new one. A temporary file left by a killed save is never read and is harmless.

Tables (schema version 3):

- ``meta(key, value)``: ``schema_version``, ``app_version``;
- ``datasets(name, provenance_json)`` in workspace order;
- ``observations``, ``flows``, ``activities``: the columns of
  :mod:`explorer.core.data.schema` plus ``dataset_name``; datetimes as ISO 8601
  text, floats as REAL with NaN as NULL, missing values as NULL; rows keep
  their table order (the duplicates rule of :class:`Dataset` depends on it);
- ``aliases(label, result)``: normalised label -> ISO3 code or class;
- ``reports(dataset_name, report_json)``: the import report of a dataset
  (version 2), and ``unknown_parts``: the flow columns plus ``dataset_name``,
  the rows an import summed into UNKNOWN flows, so aliases can be applied
  later (:mod:`explorer.io.workspace.aliases`);
- ``view(json)``: the last view, one JSON object;
- ``place_groups(name, members_json)``: the user's groups of countries (version 3),
  each a JSON list of ISO3 codes;
- ``duplicate_rules(group_key, rule)``: the user's choice for a group of rows sharing
  one breakdown, ``parts`` or ``repeats`` (version 3; applied at the next import).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from explorer import __version__
from explorer.core.data.dataset import Dataset
from explorer.core.data.provenance import Provenance
from explorer.core.data.schema import ACTIVITY_DTYPES, FLOW_DTYPES, OBSERVATION_DTYPES, conform
from explorer.io.importing.report import ImportReport

SCHEMA_VERSION = 3
APP_DIR_NAME = "trafficking-flows-explorer"
FILE_NAME = "workspace.sqlite"

#: table name -> schema dtypes; each table also has a ``dataset_name`` column.
_TABLES: dict[str, Mapping[str, str]] = {
    "observations": OBSERVATION_DTYPES,
    "flows": FLOW_DTYPES,
    "activities": ACTIVITY_DTYPES,
}


def _create_report_tables(con: sqlite3.Connection) -> None:
    con.execute("CREATE TABLE reports (dataset_name TEXT PRIMARY KEY, report_json TEXT NOT NULL)")
    columns = ", ".join(f'"{c}" {_sql_type(t)}' for c, t in FLOW_DTYPES.items())
    con.execute(f"CREATE TABLE unknown_parts (dataset_name TEXT NOT NULL, {columns})")


def _create_group_table(con: sqlite3.Connection) -> None:
    con.execute("CREATE TABLE place_groups (name TEXT PRIMARY KEY, members_json TEXT NOT NULL)")
    con.execute("CREATE TABLE duplicate_rules (group_key TEXT PRIMARY KEY, rule TEXT NOT NULL)")


def _upgrade_to_3(con: sqlite3.Connection) -> None:
    """Groups of countries, and the number of file rows summed into a figure (``parts``)."""
    _create_group_table(con)
    for table in ("observations", "flows", "unknown_parts"):
        columns = {row[1] for row in con.execute(f"PRAGMA table_info({table})")}
        if "parts" not in columns:
            con.execute(f'ALTER TABLE {table} ADD COLUMN "parts" INTEGER')


#: ``version -> function`` upgrading an (in-memory copy of a) workspace of that
#: version to ``version + 1``. Version 2 added import reports (none for the
#: datasets of a version 1 file: they were imported before reports were kept);
#: version 3 the user's groups of countries (none before) and the ``parts`` column.
_MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _create_report_tables,
    2: _upgrade_to_3,
}


class WorkspaceError(Exception):
    """A workspace could not be read or written; ``str(error)`` is the message to show."""


@dataclass
class Workspace:
    """Datasets in order, user aliases (normalised label -> result) and the last view.

    ``view`` must be JSON-serialisable (indicator, year, breakdown fields,
    selected country, ...); it is saved as given.
    """

    datasets: list[Dataset] = field(default_factory=list)
    aliases: dict[str, str] = field(default_factory=dict)
    view: dict[str, object] = field(default_factory=dict)
    #: dataset name -> the report of its import (datasets made otherwise have none)
    reports: dict[str, ImportReport] = field(default_factory=dict)
    #: the user's groups of countries: name -> ISO3 codes ("ECOWAS", "EU-27")
    groups: dict[str, list[str]] = field(default_factory=dict)
    #: the user's rule for groups of rows sharing one breakdown: group key -> parts|repeats
    rules: dict[str, str] = field(default_factory=dict)

    def names(self) -> list[str]:
        """Dataset names in workspace order."""
        return [d.name for d in self.datasets]

    def add_dataset(self, dataset: Dataset, report: ImportReport | None = None) -> None:
        """Add ``dataset`` (and its import report); one with the same name is replaced in place."""
        if report is not None:
            self.reports[dataset.name] = report
        else:
            self.reports.pop(dataset.name, None)
        for i, existing in enumerate(self.datasets):
            if existing.name == dataset.name:
                self.datasets[i] = dataset
                return
        self.datasets.append(dataset)

    def remove_dataset(self, name: str) -> None:
        """Remove the dataset called ``name`` and its report; KeyError if there is none."""
        self.datasets.remove(self.dataset(name))
        self.reports.pop(name, None)

    def dataset(self, name: str) -> Dataset:
        """The dataset called ``name``; KeyError if there is none."""
        for dataset in self.datasets:
            if dataset.name == name:
                return dataset
        raise KeyError(name)

    def set_alias(self, label: str, result: str) -> None:
        """Map ``label`` (stored normalised) to an ISO3 code or class such as ``DOMESTIC``."""
        from explorer.core.names.resolver import normalise  # lazily: the name tables are large

        key = normalise(label)
        if not key:
            raise ValueError(f"cannot make an alias of the empty label {label!r}")
        self.aliases[key] = result

    def remove_alias(self, label: str) -> None:
        """Forget the alias of ``label`` (raw or normalised); no error if there is none."""
        from explorer.core.names.resolver import normalise

        self.aliases.pop(normalise(label), None)


def default_workspace_path(
    *, platform: str | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """Where the default workspace lives; nothing is created.

    Linux and others: ``$XDG_DATA_HOME`` (when set and absolute) or
    ``~/.local/share``; Windows: ``%APPDATA%``; macOS:
    ``~/Library/Application Support``; then ``trafficking-flows-explorer/workspace.sqlite``.
    ``platform`` and ``environ`` default to ``sys.platform`` and ``os.environ``.
    """
    platform = sys.platform if platform is None else platform
    env = os.environ if environ is None else environ
    home = Path(env.get("HOME") or Path.home())
    if platform.startswith("win"):
        appdata = env.get("APPDATA")
        base = Path(appdata) if appdata else home / "AppData" / "Roaming"
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = env.get("XDG_DATA_HOME", "")
        base = Path(xdg) if xdg and os.path.isabs(xdg) else home / ".local" / "share"
    return base / APP_DIR_NAME / FILE_NAME


# -- saving ------------------------------------------------------------------


def _column_values(series: pd.Series, dtype: str) -> list:
    """A column as Python values SQLite stores: None for every missing value."""
    if dtype.startswith("datetime64"):
        text = series.dt.strftime("%Y-%m-%dT%H:%M:%S")
        return [None if pd.isna(v) else v for v in text.astype(object)]
    if dtype == "float64":
        values = series.astype(object)
        return values.where(series.notna(), None).tolist()
    if dtype.startswith("Int"):
        return [None if v is pd.NA else int(v) for v in series.astype(object)]
    return [None if v is pd.NA else str(v) for v in series.astype(object)]


def _create_tables(con: sqlite3.Connection) -> None:
    con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    con.execute("CREATE TABLE datasets (name TEXT PRIMARY KEY, provenance_json TEXT NOT NULL)")
    for table, dtypes in _TABLES.items():
        columns = ", ".join(f'"{c}" {_sql_type(t)}' for c, t in dtypes.items())
        con.execute(f"CREATE TABLE {table} (dataset_name TEXT NOT NULL, {columns})")
    con.execute("CREATE TABLE aliases (label TEXT PRIMARY KEY, result TEXT NOT NULL)")
    con.execute("CREATE TABLE view (json TEXT NOT NULL)")
    _create_report_tables(con)
    _create_group_table(con)


def _sql_type(dtype: str) -> str:
    if dtype == "float64":
        return "REAL"
    if dtype.startswith("Int"):
        return "INTEGER"
    return "TEXT"


def _write(con: sqlite3.Connection, workspace: Workspace) -> None:
    _create_tables(con)
    con.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("schema_version", str(SCHEMA_VERSION)), ("app_version", __version__)],
    )
    for dataset in workspace.datasets:
        provenance = dataclasses.asdict(dataset.provenance)
        con.execute(
            "INSERT INTO datasets VALUES (?, ?)",
            (dataset.name, json.dumps(provenance, ensure_ascii=False)),
        )
        for table, dtypes in _TABLES.items():
            _insert_frame(con, table, dtypes, getattr(dataset, table), dataset.name)
        report = workspace.reports.get(dataset.name)
        if report is not None:
            con.execute("INSERT INTO reports VALUES (?, ?)", (dataset.name, report.to_json()))
            _insert_frame(con, "unknown_parts", FLOW_DTYPES, report.unknown_parts, dataset.name)
    con.executemany("INSERT INTO aliases VALUES (?, ?)", sorted(workspace.aliases.items()))
    con.execute("INSERT INTO view VALUES (?)", (json.dumps(workspace.view, ensure_ascii=False),))
    con.executemany("INSERT INTO duplicate_rules VALUES (?, ?)", sorted(workspace.rules.items()))
    con.executemany(
        "INSERT INTO place_groups VALUES (?, ?)",
        [(name, json.dumps(sorted(members))) for name, members in sorted(workspace.groups.items())],
    )


def _insert_frame(
    con: sqlite3.Connection,
    table: str,
    dtypes: Mapping[str, str],
    frame: pd.DataFrame,
    dataset_name: str,
) -> None:
    if frame.empty:
        return
    columns = [_column_values(frame[c], t) for c, t in dtypes.items()]
    names = ", ".join(f'"{c}"' for c in dtypes)
    marks = ", ".join("?" * (len(dtypes) + 1))
    con.executemany(
        f"INSERT INTO {table} (dataset_name, {names}) VALUES ({marks})",
        zip([dataset_name] * len(frame), *columns, strict=True),
    )


def _fsync_path(path: Path, directory: bool = False) -> None:
    if directory and os.name == "nt":  # Windows cannot open a folder; NTFS renames are journaled
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        if not directory:  # some file systems refuse to fsync a folder; a file must sync
            raise
    finally:
        os.close(fd)


def save_workspace(workspace: Workspace, path: str | os.PathLike[str]) -> None:
    """Write ``workspace`` to ``path`` atomically (see the module docstring).

    The folder must exist. Raises WorkspaceError when the file cannot be
    written (the previous file at ``path``, if any, is then left untouched).
    """
    path = Path(path)
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    try:
        json.dumps(workspace.view)
    except (TypeError, ValueError) as error:
        raise WorkspaceError(f"the view cannot be saved: {error}") from error
    try:
        tmp.unlink(missing_ok=True)  # left by an earlier killed save of this process id
        con = sqlite3.connect(tmp)
        try:
            # A fresh file nobody else reads: no rollback journal is needed, the
            # rename below is the commit point. fsync happens explicitly.
            con.execute("PRAGMA journal_mode = OFF")
            con.execute("PRAGMA synchronous = OFF")
            with con:
                _write(con, workspace)
        finally:
            con.close()
        _fsync_path(tmp)
        os.replace(tmp, path)
        _fsync_path(path.parent if str(path.parent) else Path("."), directory=True)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise WorkspaceError(f"could not save the workspace to {path}: {error}") from error


# -- loading -----------------------------------------------------------------


def _read_frame(
    con: sqlite3.Connection, table: str, name: str, dtypes: Mapping[str, str] | None = None
) -> pd.DataFrame:
    dtypes = _TABLES[table] if dtypes is None else dtypes
    names = ", ".join(f'"{c}"' for c in dtypes)
    rows = con.execute(
        f"SELECT {names} FROM {table} WHERE dataset_name = ? ORDER BY rowid", (name,)
    ).fetchall()
    raw = pd.DataFrame.from_records(rows, columns=list(dtypes))
    frame = pd.DataFrame(index=raw.index)
    for column, dtype in dtypes.items():
        values = raw[column]
        if dtype.startswith("datetime64"):
            values = pd.to_datetime(values, format="ISO8601")
        elif dtype == "float64" or dtype.startswith("Int"):
            values = pd.to_numeric(values).astype("float64")  # NULL -> NaN; conform restores Int
        frame[column] = values
    return conform(frame, dtypes)


def _provenance(text: str) -> Provenance:
    data = json.loads(text)
    known = {f.name for f in dataclasses.fields(Provenance)}
    data = {k: v for k, v in data.items() if k in known}
    if "caveats" in data:
        data["caveats"] = tuple(data["caveats"])
    return Provenance(**data)


def _schema_version(con: sqlite3.Connection, path: Path) -> int:
    try:
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.OperationalError as error:  # no meta table: some other SQLite file
        raise WorkspaceError(f"{path} is not a workspace file") from error
    if row is None:
        raise WorkspaceError(f"{path} is not a workspace file (it has no schema version)")
    try:
        return int(row[0])
    except (TypeError, ValueError) as error:
        raise WorkspaceError(f"{path} has an unreadable schema version {row[0]!r}") from error


def _migrate(con: sqlite3.Connection, version: int, path: Path) -> sqlite3.Connection:
    """An in-memory copy of ``con`` upgraded to SCHEMA_VERSION (the file is not touched)."""
    memory = sqlite3.connect(":memory:")
    con.backup(memory)
    while version < SCHEMA_VERSION:
        step = _MIGRATIONS.get(version)
        if step is None:
            memory.close()
            raise WorkspaceError(f"{path} has schema version {version}, which cannot be upgraded")
        with memory:
            step(memory)
        version += 1
    return memory


def load_workspace(path: str | os.PathLike[str]) -> Workspace:
    """Read the workspace at ``path``; WorkspaceError with a message to show on any failure.

    A missing file raises WorkspaceError("no workspace at ...") so the caller
    can start a new one. The file is opened read-only and never modified.
    """
    path = Path(path)
    if not path.is_file():
        raise WorkspaceError(f"no workspace at {path}")
    try:
        con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise WorkspaceError(f"cannot open the workspace {path}: {error}") from error
    try:
        try:
            version = _schema_version(con, path)
        except sqlite3.DatabaseError as error:  # "file is not a database", "malformed"
            raise WorkspaceError(
                f"{path} is damaged or is not a workspace file ({error})"
            ) from error
        if version > SCHEMA_VERSION:
            raise WorkspaceError(
                f"{path} was saved by a newer version of the app (workspace schema version "
                f"{version}; this app reads up to {SCHEMA_VERSION}). Please update the app."
            )
        if version < SCHEMA_VERSION:
            migrated = _migrate(con, version, path)
            con.close()
            con = migrated
        return _read(con)
    except WorkspaceError:
        raise
    except (sqlite3.Error, ValueError, TypeError, KeyError, AttributeError) as error:
        # AttributeError: a JSON column holding a list or a number where an object belongs
        raise WorkspaceError(
            f"the workspace {path} is damaged and cannot be read: {error}"
        ) from error
    finally:
        con.close()


def _read(con: sqlite3.Connection) -> Workspace:
    datasets = []
    for name, provenance_json in con.execute(
        "SELECT name, provenance_json FROM datasets ORDER BY rowid"
    ).fetchall():
        frames = {table: _read_frame(con, table, name) for table in _TABLES}
        datasets.append(Dataset(name, _provenance(provenance_json), **frames))
    reports = {
        name: ImportReport.from_json(text, _read_frame(con, "unknown_parts", name, FLOW_DTYPES))
        for name, text in con.execute("SELECT dataset_name, report_json FROM reports").fetchall()
    }
    aliases = dict(con.execute("SELECT label, result FROM aliases").fetchall())
    row = con.execute("SELECT json FROM view ORDER BY rowid DESC LIMIT 1").fetchone()
    view = json.loads(row[0]) if row else {}
    if not isinstance(view, dict):
        raise ValueError("the saved view is not a JSON object")
    groups = {}
    for name, members_json in con.execute("SELECT name, members_json FROM place_groups"):
        members = json.loads(members_json)
        if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
            raise ValueError(f"the group {name!r} is not a list of country codes")
        groups[str(name)] = members
    rules = {
        str(key): str(rule)
        for key, rule in con.execute("SELECT group_key, rule FROM duplicate_rules")
        if rule in ("parts", "repeats")
    }
    return Workspace(datasets, aliases, view, reports, groups, rules)
