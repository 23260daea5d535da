"""Content checksums: a value changed inside the file (as a bad stick changes it) is found,
the dataset it belongs to is named and set aside, the others stay usable, and every command
refuses the damaged dataset instead of reading it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from explorer.cli import main
from explorer.core.data.dataset import Dataset
from explorer.core.data.provenance import Provenance
from explorer.io.workspace.checksums import ALIASES, dataset_key
from explorer.io.workspace.reading import MISMATCH
from explorer.io.workspace.store import Workspace, load_workspace, save_workspace

V = "Detected trafficking victims"


def _dataset(name: str, iso3: str, value: float) -> Dataset:
    obs = pd.DataFrame([{"iso3": iso3, "year": 2020, "indicator": V, "value": value}])
    return Dataset(name, Provenance(publisher="UNODC", edition="2023"), observations=obs)


@pytest.fixture
def workspace(tmp_path) -> Path:
    path = tmp_path / "w.sqlite"
    stored = Workspace([_dataset("A", "NGA", 193.0), _dataset("B", "FRA", 500.0)])
    stored.set_alias("Erithera", "ERI")
    save_workspace(stored, path)
    return path


def _change(path: Path, sql: str) -> bytes:
    con = sqlite3.connect(path)
    with con:
        con.execute(sql)
    con.close()
    return path.read_bytes()


def test_every_part_has_a_checksum(workspace):
    con = sqlite3.connect(workspace)
    parts = {row[0] for row in con.execute("SELECT part FROM checksums")}
    con.close()
    assert {dataset_key("A"), dataset_key("B"), ALIASES, "view", "groups", "rules"} <= parts


def test_a_changed_figure_sets_its_dataset_aside_and_names_it(workspace):
    before = _change(workspace, "UPDATE observations SET value = 139 WHERE iso3 = 'NGA'")
    loaded = load_workspace(workspace)
    assert loaded.names() == ["B"]  # the other dataset stays usable
    assert loaded.damaged == {"A": MISMATCH}
    assert loaded.aliases == {"erithera": "ERI"}
    assert workspace.read_bytes() == before  # read, never written


def test_changed_aliases_are_set_aside_not_read(workspace):
    _change(workspace, "UPDATE aliases SET result = 'ERU'")
    loaded = load_workspace(workspace)
    assert loaded.aliases == {} and "the aliases" in loaded.damaged
    assert loaded.names() == ["A", "B"]


def test_commands_refuse_the_damaged_dataset_and_name_it(workspace, tmp_path, capsys):
    before = _change(workspace, "UPDATE observations SET value = 139 WHERE iso3 = 'NGA'")
    out = tmp_path / "map.csv"
    base = ["export", "--workspace", str(workspace), "--out", str(out)]
    assert main([*base, "--dataset", "A"]) == 2
    assert f"the dataset 'A' is damaged: {MISMATCH}" in capsys.readouterr().err
    assert main(base) == 2  # no name: never another dataset in the damaged one's place
    assert "name an intact one with --dataset ('B')" in capsys.readouterr().err
    assert not out.exists()
    assert main([*base, "--dataset", "B"]) == 0  # the intact one exports
    assert main(["summary", "--workspace", str(workspace), "--dataset", "A"]) == 2
    assert main(["revisions", "--workspace", str(workspace), "--old", "A", "--new", "B"]) == 2
    csv = tmp_path / "x.csv"
    csv.write_text("country,year,value\nNigeria,2020,5\n", encoding="utf-8")
    assert main(["import", str(csv), "--workspace", str(workspace)]) == 1
    assert "parts of it are damaged" in capsys.readouterr().err
    assert workspace.read_bytes() == before
