"""A workspace file as an older app version wrote it: what the upgrade tests start from."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def make_old(path: Path, version: int) -> None:
    """Strip the current workspace at ``path`` down to what schema ``version`` wrote."""
    con = sqlite3.connect(path)
    with con:
        if version < 5:  # no checksums
            con.execute("DROP TABLE checksums")
        if version < 4:  # no source files, no source rows of figures
            con.execute("DROP TABLE source_files")
            con.execute("ALTER TABLE observations DROP COLUMN source_rows")
            for table in ("flows", "unknown_parts"):
                con.execute(f"ALTER TABLE {table} DROP COLUMN source_row")
                con.execute(f"ALTER TABLE {table} DROP COLUMN source_rows")
        if version < 3:  # no groups, no user rules, no parts
            con.execute("DROP TABLE place_groups")
            con.execute("DROP TABLE duplicate_rules")
            for table in ("observations", "flows", "unknown_parts"):
                con.execute(f"ALTER TABLE {table} DROP COLUMN parts")
        if version < 2:  # no import reports
            con.execute("DROP TABLE reports")
            con.execute("DROP TABLE unknown_parts")
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),))
    con.close()
