"""Saving a workspace to its SQLite file, atomically.

Why the save goes through a temporary file: a crash, a kill or a full disk in
the middle of a save must never cost the user the workspace they had. The whole
workspace is written to a new file next to the target, committed and fsynced,
and only then renamed over the target with ``os.replace`` (atomic on POSIX and
on NTFS); the folder is fsynced so the rename itself survives a power cut. At
any instant the target path holds either the complete old file or the complete
new one. A temporary file left by a killed save is never read and is harmless.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import sqlite3
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from explorer import __version__
from explorer.core.data.schema import FLOW_DTYPES, conform
from explorer.io.workspace import checksums
from explorer.io.workspace.contents import Workspace
from explorer.io.workspace.errors import WorkspaceError
from explorer.io.workspace.schema import DATASET_TABLES, SCHEMA_VERSION, create_tables
from explorer.io.workspace.source_files import write_source


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


def _write(con: sqlite3.Connection, workspace: Workspace) -> None:
    create_tables(con)
    con.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("schema_version", str(SCHEMA_VERSION)), ("app_version", __version__)],
    )
    sums: list[tuple[str, str]] = []
    for dataset in workspace.datasets:
        provenance = json.dumps(dataclasses.asdict(dataset.provenance), ensure_ascii=False)
        con.execute("INSERT INTO datasets VALUES (?, ?)", (dataset.name, provenance))
        tables = [
            _insert_frame(con, table, dtypes, getattr(dataset, table), dataset.name)
            for table, dtypes in DATASET_TABLES.items()
        ]  # the digests of the tables as stored
        sums.append((checksums.dataset_key(dataset.name), checksums.digest(provenance, *tables)))
        report = workspace.reports.get(dataset.name)
        if report is not None:
            text = report.to_json()
            con.execute("INSERT INTO reports VALUES (?, ?)", (dataset.name, text))
            unknown = _insert_frame(
                con, "unknown_parts", FLOW_DTYPES, report.unknown_parts, dataset.name
            )
            source = write_source(con, dataset.name, report.source) if report.source else ()
            digest = checksums.digest(text, unknown, *source)  # the file's bytes hashed as bytes
            sums.append((checksums.report_key(dataset.name), digest))
    aliases = sorted(workspace.aliases.items())
    con.executemany("INSERT INTO aliases VALUES (?, ?)", aliases)
    view = json.dumps(workspace.view, ensure_ascii=False)
    con.execute("INSERT INTO view VALUES (?)", (view,))
    rules = sorted(workspace.rules.items())
    con.executemany("INSERT INTO duplicate_rules VALUES (?, ?)", rules)
    groups = [(name, json.dumps(sorted(m))) for name, m in sorted(workspace.groups.items())]
    con.executemany("INSERT INTO place_groups VALUES (?, ?)", groups)
    sums += [
        (checksums.ALIASES, checksums.digest(aliases)),
        (checksums.VIEW, checksums.digest(view)),
        (checksums.RULES, checksums.digest(rules)),
        (checksums.GROUPS, checksums.digest(groups)),
    ]
    checksums.store(con, sums)


def _insert_frame(
    con: sqlite3.Connection,
    table: str,
    dtypes: Mapping[str, str],
    frame: pd.DataFrame,
    dataset_name: str,
) -> str:
    """Insert ``frame``'s rows; return the digest of the table as it reads back."""
    frame = conform(frame.reset_index(drop=True), dtypes)
    if not frame.empty:
        columns = [_column_values(frame[c], t) for c, t in dtypes.items()]
        names = ", ".join(f'"{c}"' for c in dtypes)
        marks = ", ".join("?" * (len(dtypes) + 1))
        con.executemany(
            f"INSERT INTO {table} (dataset_name, {names}) VALUES ({marks})",
            zip([dataset_name] * len(frame), *columns, strict=True),
        )
    return checksums.frame_digest(frame)


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
