"""Reading a workspace back from its SQLite file, of this or an older version.

Why read-only and so careful: the file may come from another machine, an older
or newer app, or a crash; it is never modified on reading, and whatever is
wrong with it becomes one WorkspaceError whose text the user can act on.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from explorer.core.data.dataset import Dataset
from explorer.core.data.provenance import Provenance
from explorer.core.data.schema import FLOW_DTYPES, conform
from explorer.io.importing.report import ImportReport
from explorer.io.workspace.contents import Workspace
from explorer.io.workspace.errors import WorkspaceError
from explorer.io.workspace.schema import (
    DATASET_TABLES,
    SCHEMA_VERSION,
    read_schema_version,
    upgraded_copy,
)
from explorer.io.workspace.source_files import read_sources


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
            version = read_schema_version(con, path)
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
            migrated = upgraded_copy(con, version, path)
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
        frames = {table: _read_frame(con, table, name) for table in DATASET_TABLES}
        datasets.append(Dataset(name, _provenance(provenance_json), **frames))
    sources = read_sources(con)
    reports = {
        name: ImportReport.from_json(
            text, _read_frame(con, "unknown_parts", name, FLOW_DTYPES), sources.get(name)
        )
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


def _read_frame(
    con: sqlite3.Connection, table: str, name: str, dtypes: Mapping[str, str] | None = None
) -> pd.DataFrame:
    dtypes = DATASET_TABLES[table] if dtypes is None else dtypes
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
