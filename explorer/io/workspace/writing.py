"""Writing a workspace's parts, and the whole workspace to a new file atomically.

The parts' writers serve both this whole save and the save of changes
(:mod:`explorer.io.workspace.changes`); :mod:`explorer.io.workspace.saving` picks one.

Why the whole save goes through a temporary file: a crash, a kill or a full disk
in the middle of a save must never cost the user the workspace they had. The whole
workspace is written to a new file next to the target, committed and fsynced,
and only then renamed over the target with ``os.replace`` (atomic on POSIX and
on NTFS); the folder is fsynced so the rename itself survives a power cut. At
any instant the target path holds either the complete old file or the complete
new one. A temporary file left by a killed save is never read and is harmless.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from explorer import __version__
from explorer.core.data.dataset import Dataset
from explorer.core.data.schema import FLOW_DTYPES
from explorer.io.importing.report import ImportReport
from explorer.io.workspace import checksums
from explorer.io.workspace.contents import Workspace
from explorer.io.workspace.errors import save_failed
from explorer.io.workspace.on_disk import OnDisk
from explorer.io.workspace.parts import group_rows, provenance_json, stored_frame
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


def _write(con: sqlite3.Connection, workspace: Workspace) -> dict[str, str]:
    """Every part of ``workspace`` into an empty file; the checksums stored, by part."""
    create_tables(con)
    con.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("schema_version", str(SCHEMA_VERSION)), ("app_version", __version__)],
    )
    sums: dict[str, str] = {}
    for dataset in workspace.datasets:
        sums[checksums.dataset_key(dataset.name)] = write_dataset(con, dataset)
        report = workspace.reports.get(dataset.name)
        if report is not None:
            sums[checksums.report_key(dataset.name)] = write_report(con, dataset.name, report)
    aliases = sorted(workspace.aliases.items())
    con.executemany("INSERT INTO aliases VALUES (?, ?)", aliases)
    rules = sorted(workspace.rules.items())
    con.executemany("INSERT INTO duplicate_rules VALUES (?, ?)", rules)
    groups = group_rows(workspace.groups)
    con.executemany("INSERT INTO place_groups VALUES (?, ?)", groups)
    sums[checksums.VIEW] = write_view(con, workspace.view)
    sums[checksums.ALIASES] = checksums.digest(aliases)
    sums[checksums.RULES] = checksums.digest(rules)
    sums[checksums.GROUPS] = checksums.digest(groups)
    checksums.store(con, sums.items())
    return sums


def write_dataset(con: sqlite3.Connection, dataset: Dataset) -> str:
    """Store ``dataset``'s provenance and rows (its old rows must be gone); return their
    checksum. A dataset already listed keeps its place in the workspace's order."""
    provenance = provenance_json(dataset)
    con.execute(
        "INSERT INTO datasets VALUES (?, ?) "
        "ON CONFLICT(name) DO UPDATE SET provenance_json = excluded.provenance_json",
        (dataset.name, provenance),
    )
    tables = [
        insert_frame(con, table, dtypes, getattr(dataset, table), dataset.name)
        for table, dtypes in DATASET_TABLES.items()
    ]  # the digests of the tables as stored
    return checksums.digest(provenance, *tables)


def write_report(con: sqlite3.Connection, name: str, report: ImportReport) -> str:
    """Store the import report of dataset ``name`` (its old one must be gone); its checksum."""
    text = report.to_json()
    con.execute("INSERT INTO reports VALUES (?, ?)", (name, text))
    unknown = insert_frame(con, "unknown_parts", FLOW_DTYPES, report.unknown_parts, name)
    source = write_source(con, name, report.source) if report.source else ()
    return checksums.digest(text, unknown, *source)  # the file's bytes hashed as bytes


def write_view(con: sqlite3.Connection, view: Mapping[str, object]) -> str:
    """Store ``view`` as the one last view; its checksum."""
    text = json.dumps(view, ensure_ascii=False)
    con.execute("DELETE FROM view")
    con.execute("INSERT INTO view VALUES (?)", (text,))
    return checksums.digest(text)


def insert_frame(
    con: sqlite3.Connection,
    table: str,
    dtypes: Mapping[str, str],
    frame: pd.DataFrame,
    dataset_name: str,
) -> str:
    """Insert ``frame``'s rows; return the digest of the table as it reads back."""
    frame = stored_frame(frame, dtypes)
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


def save_whole(workspace: Workspace, path: Path) -> None:
    """Write all of ``workspace`` to ``path`` atomically (see the module docstring), and note
    it as what the file holds. The folder must exist. Raises WorkspaceError when the file
    cannot be written (the previous file at ``path``, if any, is then left untouched)."""
    tmp = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    try:
        tmp.unlink(missing_ok=True)  # left by an earlier killed save of this process id
        con = sqlite3.connect(tmp)
        try:
            # A fresh file nobody else reads: no rollback journal is needed, the
            # rename below is the commit point. fsync happens explicitly.
            con.execute("PRAGMA journal_mode = OFF")
            con.execute("PRAGMA synchronous = OFF")
            with con:
                sums = _write(con, workspace)
        finally:
            con.close()
        _fsync_path(tmp)
        os.replace(tmp, path)
        _fsync_path(path.parent if str(path.parent) else Path("."), directory=True)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise save_failed(path, error) from error
    workspace.on_disk = OnDisk.of(workspace, path, sums)
