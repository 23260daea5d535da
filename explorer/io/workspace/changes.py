"""Saving only what changed since the file was read or written, in place, in one transaction.

Why: the file may hold what another writer added since this process read it (an
``import`` run while no window held the lock, a second window after the first
let go, a synced copy). Only this process's own changes are written: datasets
it added, replaced or removed, with their reports; the aliases, groups and rules
it set or dropped, entry by entry; its last view. Everything else in the file
stays as it is.

Why this is as safe as the whole save: SQLite's rollback journal (synchronous
FULL) makes the transaction all or nothing across a crash, a kill or a full
disk; the next reader rolls an interrupted one back
(:func:`explorer.io.workspace.reading.load_workspace`). Readers read inside one
transaction, so they see the file before a save or after it, never between.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from pathlib import Path

from explorer import __version__
from explorer.io.workspace import checksums
from explorer.io.workspace.contents import Workspace
from explorer.io.workspace.errors import WorkspaceError, save_failed
from explorer.io.workspace.on_disk import OnDisk
from explorer.io.workspace.parts import dataset_digest, group_json, report_digest
from explorer.io.workspace.schema import DATASET_TABLES, SCHEMA_VERSION
from explorer.io.workspace.writing import write_dataset, write_report, write_view

#: How long a save waits for a reader (an ``export`` reading the file) to finish, in seconds.
WRITE_WAIT_S = 30.0

_DATASET_ROWS = (*DATASET_TABLES, "datasets")
_REPORT_ROWS = ("reports", "unknown_parts", "source_files")


def apply(workspace: Workspace, path: Path) -> bool:
    """Save ``workspace``'s changes to ``path``; False (nothing written) when they cannot be
    told from the file: it was not read from or written to ``path``, the file is gone, has
    parts that were damaged, or is of another schema version. WorkspaceError on failure."""
    on_disk = workspace.on_disk
    if on_disk is None or not on_disk.is_of(path) or workspace.damaged or not path.is_file():
        return False
    try:
        con = sqlite3.connect(path, timeout=WRITE_WAIT_S, isolation_level=None)
    except sqlite3.Error as error:
        raise save_failed(path, error) from error
    try:
        con.execute("PRAGMA journal_mode = DELETE")
        con.execute("PRAGMA synchronous = FULL")
        con.execute("BEGIN IMMEDIATE")
        try:
            version = _schema_version(con)
            if version is not None and version > SCHEMA_VERSION:
                raise WorkspaceError(
                    f"{path} was saved by a newer version of the app since it was read "
                    f"(workspace schema version {version}); it is left as it is"
                )
            if version != SCHEMA_VERSION:
                con.execute("ROLLBACK")
                return False
            sums = _write_changes(con, workspace, on_disk)
            con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise
    except (OSError, sqlite3.Error) as error:
        raise save_failed(path, error) from error
    finally:
        con.close()
    workspace.on_disk = OnDisk.of(workspace, path, sums)
    return True


def _schema_version(con: sqlite3.Connection) -> int | None:
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    try:
        return int(row[0]) if row else None
    except (TypeError, ValueError):
        return None


def _write_changes(con: sqlite3.Connection, workspace: Workspace, on_disk: OnDisk) -> dict:
    """Write what differs from ``on_disk``; the checksums of the parts ``workspace`` holds."""
    known, sums = on_disk.sums, {}
    names = set(workspace.names())
    for key in known:
        kind, _, name = key.partition(":")
        if kind == "dataset" and name not in names:  # removed here since the file was read
            _delete(con, name, _DATASET_ROWS + _REPORT_ROWS)
            _drop_sums(con, checksums.dataset_key(name), checksums.report_key(name))
    for dataset in workspace.datasets:
        key = checksums.dataset_key(dataset.name)
        sums[key] = digest = on_disk.digest(key, dataset, dataset_digest)
        if known.get(key) != digest:
            _delete(con, dataset.name, DATASET_TABLES)
            sums[key] = write_dataset(con, dataset)
            _keep_sum(con, key, sums[key])
        key = checksums.report_key(dataset.name)
        report = workspace.reports.get(dataset.name)
        if report is None:
            if key in known:
                _delete(con, dataset.name, _REPORT_ROWS)
                _drop_sums(con, key)
            continue
        sums[key] = digest = on_disk.digest(key, report, report_digest)
        if known.get(key) != digest:
            _delete(con, dataset.name, _REPORT_ROWS)
            sums[key] = write_report(con, dataset.name, report)
            _keep_sum(con, key, sums[key])
    for key, table, columns, old, new in (
        (checksums.ALIASES, "aliases", ("label", "result"), on_disk.aliases, workspace.aliases),
        (checksums.RULES, "duplicate_rules", ("group_key", "rule"), on_disk.rules, workspace.rules),
        (
            checksums.GROUPS,
            "place_groups",
            ("name", "members_json"),
            {k: group_json(v) for k, v in on_disk.groups.items()},
            {k: group_json(v) for k, v in workspace.groups.items()},
        ),
    ):
        sums[key] = _write_entries(con, key, table, columns, old, new)
    sums[checksums.VIEW] = write_view(con, workspace.view)
    _keep_sum(con, checksums.VIEW, sums[checksums.VIEW])
    con.execute("UPDATE meta SET value = ? WHERE key = 'app_version'", (__version__,))
    return sums


def _write_entries(
    con: sqlite3.Connection,
    key: str,
    table: str,
    columns: tuple[str, str],
    old: Mapping[str, str],
    new: Mapping[str, str],
) -> str:
    """Set the entries of a settings table that changed here, drop those removed here; the
    entries others set stay. Return (and store) the checksum of the table as it now reads."""
    label, value = columns
    gone = [(k,) for k in old if k not in new]
    con.executemany(f"DELETE FROM {table} WHERE {label} = ?", gone)
    changed = [(k, v) for k, v in sorted(new.items()) if old.get(k) != v]
    con.executemany(f"INSERT OR REPLACE INTO {table} ({label}, {value}) VALUES (?, ?)", changed)
    rows = [tuple(r) for r in con.execute(f"SELECT {label}, {value} FROM {table} ORDER BY rowid")]
    digest = checksums.digest(rows)
    _keep_sum(con, key, digest)
    return digest


def _delete(con: sqlite3.Connection, name: str, tables: tuple[str, ...] | Mapping) -> None:
    for table in tables:
        column = "name" if table == "datasets" else "dataset_name"
        con.execute(f"DELETE FROM {table} WHERE {column} = ?", (name,))


def _keep_sum(con: sqlite3.Connection, key: str, digest: str) -> None:
    con.execute("INSERT OR REPLACE INTO checksums VALUES (?, ?)", (key, digest))


def _drop_sums(con: sqlite3.Connection, *keys: str) -> None:
    con.executemany("DELETE FROM checksums WHERE part = ?", [(k,) for k in keys])
