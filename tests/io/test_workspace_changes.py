"""A save writes only this process's changes: what another writer added meanwhile stays.

What a user would notice: a window and an ``import`` (or two windows, one after the
other) each add to one workspace file, and each addition is there afterwards, figures
exact; a dataset removed or corrected here is removed or corrected there, in its place.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.core.data.dataset import Dataset
from explorer.core.data.provenance import Provenance
from explorer.io.workspace.store import Workspace, load_workspace, save_workspace
from tests.io.test_workspace import assert_same_dataset, small_dataset


def _dataset(name: str, iso3: str, value: float, rows: int = 3) -> Dataset:
    observations = pd.DataFrame(
        {
            "dataset": [name] * rows,
            "iso3": [iso3] * rows,
            "year": list(range(2010, 2010 + rows)),
            "indicator": ["Detected trafficking victims"] * rows,
            "value": value + np.arange(rows, dtype=float),
        }
    )
    return Dataset(name, Provenance(publisher=f"publisher of {name}"), observations)


def _rowids(path: Path, name: str) -> list[int]:
    con = sqlite3.connect(path)
    try:
        query = "SELECT rowid FROM observations WHERE dataset_name = ? ORDER BY rowid"
        return [r[0] for r in con.execute(query, (name,))]
    finally:
        con.close()


def test_each_writer_keeps_what_the_other_added_meanwhile(tmp_path: Path):
    path = tmp_path / "w.sqlite"
    save_workspace(Workspace([small_dataset()], {"roumanie": "ROU"}), path)
    window, command = load_workspace(path), load_workspace(path)  # both read the same file
    command.add_dataset(_dataset("B", "NGA", 193.0))
    command.set_alias("Atlantis", "UNKNOWN")
    command.groups["ECOWAS"] = ["NGA", "GHA"]
    save_workspace(command, path)
    window.add_dataset(_dataset("C", "DEU", 12.0))
    window.set_alias("Erithera", "ERI")
    window.rules["group one"] = "parts"
    window.view = {"year": 2020}
    save_workspace(window, path)  # before incremental saves, this dropped B and Atlantis

    stored = load_workspace(path)
    assert stored.damaged == {}
    assert stored.names() == ["GLOTIP 2023", "B", "C"]
    for name, expected in (
        ("GLOTIP 2023", small_dataset()),
        ("B", _dataset("B", "NGA", 193.0)),
        ("C", _dataset("C", "DEU", 12.0)),
    ):
        assert_same_dataset(stored.dataset(name), expected)
    assert stored.aliases == {"roumanie": "ROU", "atlantis": "UNKNOWN", "erithera": "ERI"}
    assert stored.groups == {"ECOWAS": ["GHA", "NGA"]} and stored.rules == {"group one": "parts"}
    assert stored.view == {"year": 2020}


def test_a_removed_or_corrected_dataset_changes_in_its_place_and_nothing_else_is_rewritten(
    tmp_path: Path,
):
    path = tmp_path / "w.sqlite"
    save_workspace(
        Workspace([_dataset(n, "NGA", v) for n, v in zip("ABC", (1, 2, 3), strict=True)]), path
    )
    mine, other = load_workspace(path), load_workspace(path)
    other.add_dataset(_dataset("D", "FRA", 4.0))
    save_workspace(other, path)
    untouched = _rowids(path, "C")
    mine.remove_dataset("A")
    mine.add_dataset(_dataset("B", "GHA", 20.0))  # corrected: same name, new figures
    mine.remove_alias("nothing")
    save_workspace(mine, path)

    stored = load_workspace(path)
    assert stored.names() == ["B", "C", "D"]  # B where it was, D (the other's) kept
    assert_same_dataset(stored.dataset("B"), _dataset("B", "GHA", 20.0))
    assert_same_dataset(stored.dataset("D"), _dataset("D", "FRA", 4.0))
    assert _rowids(path, "C") == untouched  # unchanged: not written again
    assert _rowids(path, "A") == []  # its rows are gone, not only its name


def _model_check(path: Path, expected: Workspace) -> None:
    stored = load_workspace(path)
    assert stored.damaged == {}
    assert stored.names() == expected.names()
    for got, want in zip(stored.datasets, expected.datasets, strict=True):
        assert_same_dataset(got, want)
    assert stored.aliases == expected.aliases
    assert stored.groups == {k: sorted(v) for k, v in expected.groups.items()}
    assert stored.rules == expected.rules
    assert stored.view == expected.view
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        con.close()


def test_random_edits_saved_as_changes_read_back_exactly(tmp_path: Path):
    """200 random edits by two writers taking turns (each re-reading the file when its
    turn comes, as a window does after the other let go): after every save the file
    holds exactly what the writer holds, read with pandas and compared frame by frame."""
    rng = random.Random(19)
    path = tmp_path / "w.sqlite"
    save_workspace(Workspace(), path)
    names = [f"set {i}" for i in range(6)]
    for turn in range(20):
        workspace = load_workspace(path)
        for _ in range(10):
            action = rng.choice(["add", "add", "remove", "alias", "unalias", "group", "rule"])
            if action == "add":
                name = rng.choice(names)
                workspace.add_dataset(
                    _dataset(
                        name, rng.choice(["NGA", "DEU", "BRA"]), rng.random(), rng.randint(1, 40)
                    )
                )
            elif action == "remove" and workspace.datasets:
                workspace.remove_dataset(rng.choice(workspace.names()))
            elif action == "alias":
                workspace.set_alias(f"label {rng.randint(0, 9)}", rng.choice(["NGA", "UNKNOWN"]))
            elif action == "unalias":
                workspace.remove_alias(f"label {rng.randint(0, 9)}")
            elif action == "group":
                workspace.groups[f"group {rng.randint(0, 3)}"] = rng.sample(
                    ["NGA", "GHA", "DEU"], 2
                )
            elif action == "rule":
                workspace.rules[f"rows {rng.randint(0, 3)}"] = rng.choice(["parts", "repeats"])
            workspace.view = {"turn": turn, "edit": rng.random()}
            save_workspace(workspace, path)
            _model_check(path, workspace)


def test_a_file_marked_read_only_is_never_written(tmp_path: Path, capsys):
    """Neither a save of changes, nor a whole save (whose rename could replace the file
    all the same), nor an ``import``: each says the file is read-only."""
    import pytest

    from explorer.cli import main
    from explorer.io.workspace.store import WorkspaceError

    path = tmp_path / "w.sqlite"
    save_workspace(Workspace([_dataset("A", "NGA", 1.0)]), path)
    workspace = load_workspace(path)
    path.chmod(0o444)
    before = path.read_bytes()
    workspace.add_dataset(_dataset("B", "DEU", 2.0))
    for whole in (False, True):
        with pytest.raises(WorkspaceError, match="is read-only, so nothing was saved"):
            save_workspace(workspace, path, whole=whole)
    csv = tmp_path / "x.csv"
    csv.write_text("country,year,value\nNigeria,2020,5\n", encoding="utf-8")
    assert main(["import", str(csv), "--workspace", str(path)]) == 1
    assert "the file is read-only" in capsys.readouterr().err
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.sqlite", "x.csv"]


def test_a_file_a_newer_version_saved_meanwhile_is_not_written_over(tmp_path: Path):
    import pytest

    from explorer.io.workspace.schema import SCHEMA_VERSION
    from explorer.io.workspace.store import WorkspaceError

    path = tmp_path / "w.sqlite"
    save_workspace(Workspace([_dataset("A", "NGA", 1.0)]), path)
    mine = load_workspace(path)
    con = sqlite3.connect(path)
    with con:  # a newer app saved it in the meantime
        con.execute(
            "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),)
        )
    con.close()
    before = path.read_bytes()
    mine.add_dataset(_dataset("B", "DEU", 2.0))
    with pytest.raises(WorkspaceError, match="saved by a newer version of the app"):
        save_workspace(mine, path)
    assert path.read_bytes() == before
