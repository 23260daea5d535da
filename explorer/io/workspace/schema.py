"""The tables of the workspace file, and how a file of an older version is upgraded.

Why one module for both: the layout written today and the steps that bring an
older file to it must change together; a new version adds its step here next
to the tables it changes.

Tables (schema version 5):

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
  one breakdown, ``parts`` or ``repeats`` (version 3; applied at the next import);
- ``source_files(dataset_name, file_name, sha256, sheet, columns_json, rows, packed)``:
  the imported file's rows (version 4; :class:`explorer.core.data.source_file.SourceFile`:
  ``rows`` the row numbers as little-endian int32, zlib-compressed; ``packed`` the
  cells), and the ``source_rows`` of observations and flows and the ``source_row`` of
  flows, so every figure shows the rows behind it. A dataset imported before
  version 4 has no source file and its flows no source rows;
- ``checksums(part, sha256)``: the SHA-256 of each part's values as written
  (version 5; :mod:`explorer.io.workspace.checksums`), checked on reading.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from pathlib import Path

from explorer.core.data.schema import ACTIVITY_DTYPES, FLOW_DTYPES, OBSERVATION_DTYPES
from explorer.io.workspace.errors import WorkspaceError

SCHEMA_VERSION = 5

#: table name -> schema dtypes; each table also has a ``dataset_name`` column.
DATASET_TABLES: dict[str, Mapping[str, str]] = {
    "observations": OBSERVATION_DTYPES,
    "flows": FLOW_DTYPES,
    "activities": ACTIVITY_DTYPES,
}


def sql_type(dtype: str) -> str:
    """The SQLite column type that stores a column of pandas ``dtype``."""
    if dtype == "float64":
        return "REAL"
    if dtype.startswith("Int"):
        return "INTEGER"
    return "TEXT"


def create_tables(con: sqlite3.Connection) -> None:
    """Create every table of the current schema version in an empty database."""
    con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    con.execute("CREATE TABLE datasets (name TEXT PRIMARY KEY, provenance_json TEXT NOT NULL)")
    for table, dtypes in DATASET_TABLES.items():
        columns = ", ".join(f'"{c}" {sql_type(t)}' for c, t in dtypes.items())
        con.execute(f"CREATE TABLE {table} (dataset_name TEXT NOT NULL, {columns})")
    con.execute("CREATE TABLE aliases (label TEXT PRIMARY KEY, result TEXT NOT NULL)")
    con.execute("CREATE TABLE view (json TEXT NOT NULL)")
    _create_report_tables(con)
    _create_group_table(con)
    _create_source_table(con)
    _create_checksum_table(con)


def _create_report_tables(con: sqlite3.Connection) -> None:
    con.execute("CREATE TABLE reports (dataset_name TEXT PRIMARY KEY, report_json TEXT NOT NULL)")
    columns = ", ".join(f'"{c}" {sql_type(t)}' for c, t in FLOW_DTYPES.items())
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


def _create_source_table(con: sqlite3.Connection) -> None:
    con.execute(
        "CREATE TABLE source_files (dataset_name TEXT PRIMARY KEY, file_name TEXT NOT NULL, "
        "sha256 TEXT NOT NULL, sheet TEXT NOT NULL, columns_json TEXT NOT NULL, "
        "rows BLOB NOT NULL, packed BLOB NOT NULL)"
    )


def _upgrade_to_4(con: sqlite3.Connection) -> None:
    """The imported files' rows (none for datasets imported before) and every figure's rows."""
    _create_source_table(con)
    added = {
        "observations": {"source_rows": "TEXT"},
        "flows": {"source_row": "INTEGER", "source_rows": "TEXT"},
        "unknown_parts": {"source_row": "INTEGER", "source_rows": "TEXT"},
    }
    for table, columns in added.items():
        present = {row[1] for row in con.execute(f"PRAGMA table_info({table})")}
        for column, kind in columns.items():
            if column not in present:
                con.execute(f'ALTER TABLE {table} ADD COLUMN "{column}" {kind}')


def _create_checksum_table(con: sqlite3.Connection) -> None:
    con.execute("CREATE TABLE checksums (part TEXT PRIMARY KEY, sha256 TEXT NOT NULL)")


#: ``version -> function`` upgrading an (in-memory copy of a) workspace of that
#: version to ``version + 1``. Version 2 added import reports (none for the
#: datasets of a version 1 file: they were imported before reports were kept);
#: version 3 the user's groups of countries (none before) and the ``parts`` column;
#: version 4 the imported files' rows; version 5 the checksums (none for parts written
#: before: they are read unchecked until the next save).
_MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _create_report_tables,
    2: _upgrade_to_3,
    3: _upgrade_to_4,
    4: _create_checksum_table,
}


def read_schema_version(con: sqlite3.Connection, path: Path) -> int:
    """The schema version stored in the file at ``path``; WorkspaceError if it has none."""
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


def upgraded_copy(con: sqlite3.Connection, version: int, path: Path) -> sqlite3.Connection:
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
