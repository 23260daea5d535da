"""The user's groups of countries travel with the workspace file (schema version 3)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from explorer.io.workspace.schema import SCHEMA_VERSION
from explorer.io.workspace.store import (
    Workspace,
    load_workspace,
    save_workspace,
)
from tests.io.old_workspaces import make_old

ECOWAS = ["BEN", "BFA", "CIV", "CPV", "GHA", "GIN", "GMB", "LBR", "MLI", "NER", "NGA", "SEN"]


def test_groups_are_saved_and_read_back(tmp_path: Path):
    path = tmp_path / "w.sqlite"
    save_workspace(Workspace(groups={"ECOWAS": ECOWAS, "Mekong": ["THA", "VNM", "KHM"]}), path)
    loaded = load_workspace(path)
    assert loaded.groups == {"ECOWAS": sorted(ECOWAS), "Mekong": ["KHM", "THA", "VNM"]}


def test_a_version_2_workspace_opens_with_no_groups_and_is_not_touched(tmp_path: Path):
    path = tmp_path / "v2.sqlite"
    save_workspace(Workspace(aliases={"erithera": "ERI"}), path)
    make_old(path, 2)  # what version 2 wrote: no group table
    before = path.read_bytes()
    loaded = load_workspace(path)
    assert loaded.groups == {} and loaded.aliases == {"erithera": "ERI"}
    assert path.read_bytes() == before
    save_workspace(loaded, path)  # saved again: the current version, with the table
    con = sqlite3.connect(path)
    version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
    con.close()
    assert version == str(SCHEMA_VERSION)


def test_a_damaged_group_is_a_clear_error(tmp_path: Path):
    path = tmp_path / "bad.sqlite"
    save_workspace(Workspace(groups={"G": ["FRA"]}), path)
    con = sqlite3.connect(path)
    with con:
        con.execute('UPDATE place_groups SET members_json = \'{"not": "a list"}\'')
    con.close()
    loaded = load_workspace(path)  # the rest of the workspace stays usable
    assert loaded.groups == {}
    assert "group 'G'" in loaded.damaged["the groups of countries"]
