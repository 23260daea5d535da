"""Reading a workspace back from its SQLite file, of this or an older version.

Why read-only and so careful: the file may come from another machine, an older
or newer app, or a crash; it is never modified on reading (except that a save
interrupted by a crash is rolled back first, as SQLite requires), and whatever
is wrong with it becomes one WorkspaceError whose text the user can act on.
The whole read is one SQLite transaction: a save by another process happens
wholly before it or wholly after it.
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
from explorer.io.workspace import checksums
from explorer.io.workspace.contents import Workspace
from explorer.io.workspace.errors import WorkspaceError
from explorer.io.workspace.on_disk import OnDisk
from explorer.io.workspace.schema import (
    DATASET_TABLES,
    SCHEMA_VERSION,
    read_schema_version,
    upgraded_copy,
)
from explorer.io.workspace.source_files import read_sources, source_of


def load_workspace(path: str | os.PathLike[str]) -> Workspace:
    """Read the workspace at ``path``; WorkspaceError with a message to show on any failure.

    A missing file raises WorkspaceError("no workspace at ...") so the caller
    can start a new one. The file is opened read-only and never modified.
    """
    path = Path(path)
    if not path.is_file():
        raise WorkspaceError(f"no workspace at {path}")
    undo_interrupted_save(path)
    try:
        con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=READ_WAIT_S)
    except sqlite3.Error as error:
        raise WorkspaceError(f"cannot open the workspace {path}: {error}") from error
    try:
        try:
            con.execute("BEGIN")  # one snapshot: held until the connection closes
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
        damaged: dict[str, str] = {}
        problems = _integrity(con)
        if problems:
            if not checksums.stored(con):  # nothing to tell intact parts from damaged ones
                raise WorkspaceError(f"{path} is damaged and cannot be read: {problems}")
            damaged["the file"] = problems
        workspace, sums = _read(con, damaged)
        if version == SCHEMA_VERSION:  # an older file is written whole at its next save
            workspace.on_disk = OnDisk.of(workspace, path, sums)
        return workspace
    except WorkspaceError:
        raise
    except (sqlite3.Error, ValueError, TypeError, KeyError, AttributeError) as error:
        # AttributeError: a JSON column holding a list or a number where an object belongs
        raise WorkspaceError(
            f"the workspace {path} is damaged and cannot be read: {error}"
        ) from error
    finally:
        con.close()


#: How long a read waits for a save in progress elsewhere to finish, in seconds.
READ_WAIT_S = 30.0


def undo_interrupted_save(path: Path) -> None:
    """Roll back a save that a crash or a kill interrupted (its journal is left beside the
    file), so the file reads as it was before that save. A read-only connection cannot do
    it, and reading the file without doing it would fail; a save still running elsewhere
    is waited for, not undone (SQLite tells the two apart)."""
    if not path.with_name(path.name + "-journal").exists():
        return
    try:
        con = sqlite3.connect(path, timeout=READ_WAIT_S)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.Error as error:
        raise WorkspaceError(
            f"a save to {path} was interrupted and cannot be undone ({error}); open the "
            "workspace from a place where it can be written"
        ) from error


#: What a damaged part of the file raises while it is read.
_DAMAGE = (sqlite3.DatabaseError, ValueError, TypeError, KeyError, AttributeError)
MISMATCH = "its content does not match its checksum (the file was changed or damaged)"


def _read(con: sqlite3.Connection, damaged: dict[str, str]) -> tuple[Workspace, dict]:
    """Every part that reads back as it was written, and the digests of those parts; the
    others named in ``damaged``."""
    sums = checksums.stored(con)
    found: dict[str, str] = {}
    datasets = []
    for name, provenance_json in con.execute(
        "SELECT name, provenance_json FROM datasets ORDER BY rowid"
    ).fetchall():
        try:
            read = {table: _read_rows(con, table, name) for table in DATASET_TABLES}
            rows = [r for _frame, r in read.values()]
            key = checksums.dataset_key(name)
            digest = checksums.checked(sums, key, provenance_json, *rows)
            if digest is None:
                damaged[str(name)] = MISMATCH
                continue
            found[key] = digest
            frames = {table: frame for table, (frame, _r) in read.items()}
            datasets.append(Dataset(name, _provenance(provenance_json), **frames))
        except _DAMAGE as error:
            damaged[str(name)] = str(error)
    names = {d.name for d in datasets}
    for key in sums:  # a part the checksums know of but the file no longer holds
        kind, _, name = key.partition(":")
        if kind == "dataset" and name not in names and name not in damaged:
            damaged[name] = "it is missing from the file"
    reports = _reports(con, sums, names, damaged, found)
    if damaged and not datasets:  # nothing of the figures could be read: the file is gone
        raise ValueError("; ".join(f"{name}: {why}" for name, why in damaged.items()))
    aliases, view, groups, rules = _settings(con, sums, damaged, found)
    return Workspace(datasets, aliases, view, reports, groups, rules, damaged), found


def _reports(
    con, sums, names: set[str], damaged: dict[str, str], found: dict[str, str]
) -> dict[str, ImportReport]:
    sources = read_sources(con)
    reports = {}
    listed = set()
    for name, text in con.execute("SELECT dataset_name, report_json FROM reports").fetchall():
        if name not in names:
            continue
        listed.add(name)
        try:
            unknown, rows = _read_rows(con, "unknown_parts", name, FLOW_DTYPES)
            stored = sources.get(name, ())
            key = checksums.report_key(name)
            digest = checksums.checked(sums, key, text, rows, *stored)
            if digest is None:
                damaged[f"the import report of {name}"] = MISMATCH
                continue
            source = source_of(name, stored) if stored else None
            reports[name] = ImportReport.from_json(text, unknown, source)
            found[key] = digest
        except _DAMAGE as error:
            damaged[f"the import report of {name}"] = str(error)
    for name in names - listed:
        if checksums.report_key(name) in sums:
            damaged[f"the import report of {name}"] = "it is missing from the file"
    return reports


def _integrity(con: sqlite3.Connection) -> str:
    """ "" when SQLite finds the file's structure sound, else its first findings."""
    try:
        found = [row[0] for row in con.execute("PRAGMA integrity_check(5)")]
    except sqlite3.DatabaseError as error:
        return str(error)
    return "" if found == ["ok"] else "; ".join(map(str, found))


def _settings(con, sums, damaged: dict[str, str], digests: dict[str, str]):
    """(aliases, view, groups, rules), each empty when its part is damaged."""
    found: list[object] = []
    for key, words, read in (
        (checksums.ALIASES, "the aliases", _aliases),
        (checksums.VIEW, "the last view", _view),
        (checksums.GROUPS, "the groups of countries", _groups),
        (checksums.RULES, "the rules for groups of rows", _rules),
    ):
        try:
            value, raw = read(con)
            digest = checksums.checked(sums, key, raw)
            if digest is None:
                damaged[words], value = MISMATCH, {}
            else:
                digests[key] = digest
        except _DAMAGE as error:
            damaged[words], value = str(error), {}
        found.append(value)
    return found


def _rules(con) -> tuple[dict, list]:
    query = "SELECT group_key, rule FROM duplicate_rules ORDER BY rowid"
    raw = [tuple(r) for r in con.execute(query)]
    return {str(k): str(r) for k, r in raw if r in ("parts", "repeats")}, raw


def _aliases(con) -> tuple[dict, list]:
    raw = [tuple(r) for r in con.execute("SELECT label, result FROM aliases ORDER BY rowid")]
    return dict(raw), raw


def _view(con) -> tuple[dict, str]:
    row = con.execute("SELECT json FROM view ORDER BY rowid DESC LIMIT 1").fetchone()
    raw = row[0] if row else "{}"
    view = json.loads(raw)
    if not isinstance(view, dict):
        raise ValueError("the saved view is not a JSON object")
    return view, raw


def _groups(con) -> tuple[dict, list]:
    raw = [
        tuple(r) for r in con.execute("SELECT name, members_json FROM place_groups ORDER BY rowid")
    ]
    groups = {}
    for name, members_json in raw:
        members = json.loads(members_json)
        if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
            raise ValueError(f"the group {name!r} is not a list of country codes")
        groups[str(name)] = members
    return groups, raw


def _read_rows(
    con: sqlite3.Connection, table: str, name: str, dtypes: Mapping[str, str] | None = None
) -> tuple[pd.DataFrame, str]:
    """A dataset's rows of ``table`` as a frame, and the digest of its values."""
    dtypes = DATASET_TABLES[table] if dtypes is None else dtypes
    names = ", ".join(f'"{c}"' for c in dtypes)
    rows = con.execute(
        f"SELECT {names} FROM {table} WHERE dataset_name = ? ORDER BY rowid", (name,)
    ).fetchall()
    frame = _frame(rows, dtypes)
    return frame, checksums.frame_digest(frame)


def _frame(rows: list[tuple], dtypes: Mapping[str, str]) -> pd.DataFrame:
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
