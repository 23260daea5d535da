"""A first frame is read back only for the workspace, data and settings it was drawn from."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from explorer.core.data.dataset import Dataset
from explorer.core.view.fill import Fill
from explorer.core.view.first_frame import FirstFrame
from explorer.io.workspace.first_frames import (
    frame_path,
    read_frame,
    workspace_inputs,
    write_frame,
)
from explorer.io.workspace.store import Workspace, load_workspace, save_workspace
from tests.io.test_workspace import small_dataset


def _frame(inputs: str) -> FirstFrame:
    return FirstFrame(
        inputs=inputs,
        geometry_key="key",
        countries=("DEU",),
        window_size=(800, 600),
        map_rect=(0, 0, 800, 600),
        transform=(1.0, 1.0, 0.0, 0.0),
        fills={"DEU": Fill("class", "#123456", 0)},
        no_data=Fill("no_data", "#d9d9d9"),
        legend_title="t",
        legend=(),
        legend_note="",
    )


def _named(name: str) -> Dataset:
    small = small_dataset()
    return Dataset(name, small.provenance, small.observations, small.flows)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "w.sqlite"
    save_workspace(Workspace([small_dataset()], view={"indicator": "A", "year": 2020}), path)
    return path


def _digest(path: Path) -> str | None:
    found = workspace_inputs(path)
    return None if found is None else found.digest


def test_the_same_file_gives_the_same_inputs(path: Path):
    assert workspace_inputs(path) == workspace_inputs(path) is not None
    assert workspace_inputs(path, ["en"]).digest != workspace_inputs(path, ["fr"]).digest
    assert workspace_inputs(path).view == {"indicator": "A", "year": 2020}  # the view it opens on


def _saved(path: Path, change) -> str | None:
    workspace = load_workspace(path)
    change(workspace)
    save_workspace(workspace, path)
    return _digest(path)


@pytest.mark.parametrize(
    "change",
    [
        lambda w: w.view.update(year=2019),  # another view was left
        lambda w: w.aliases.update({"atlantis": "GRC"}),
        lambda w: w.groups.update({"Pair": ["DEU", "FRA"]}),
        lambda w: w.datasets.append(_named("Second")),
        lambda w: w.datasets.clear(),
    ],
)
def test_any_saved_change_changes_the_inputs(path: Path, change):
    before = _digest(path)
    assert _saved(path, change) != before


def test_a_change_by_another_program_changes_the_inputs(path: Path):
    before = _digest(path)
    with sqlite3.connect(path) as con:  # what another program's save leaves: new checksums
        con.execute("UPDATE checksums SET sha256 = 'other' WHERE part = 'view'")
    assert _digest(path) != before


def test_no_inputs_without_a_readable_file(tmp_path: Path, path: Path):
    assert workspace_inputs(tmp_path / "none.sqlite") is None
    (tmp_path / "text.sqlite").write_text("not a database")
    assert workspace_inputs(tmp_path / "text.sqlite") is None
    with sqlite3.connect(path) as con:  # a file of an older version: no checksums kept
        con.execute("DELETE FROM checksums")
    assert workspace_inputs(path) is None


def test_no_inputs_while_another_program_writes(path: Path):
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        assert workspace_inputs(path) is None  # no waiting at launch: the window reads later
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert workspace_inputs(path) is not None


def test_a_frame_is_read_for_its_own_inputs_only(path: Path):
    inputs = _digest(path)
    write_frame(path, _frame(inputs))
    assert read_frame(path, inputs) == _frame(inputs)
    assert read_frame(path, "other inputs") is None
    assert read_frame(path.with_name("elsewhere.sqlite"), inputs) is None


def test_a_damaged_frame_file_is_not_read(path: Path):
    inputs = _digest(path)
    write_frame(path, _frame(inputs))
    text = frame_path(path).read_text(encoding="utf-8")
    frame_path(path).write_text(text[: len(text) // 2], encoding="utf-8")
    assert read_frame(path, inputs) is None
    frame_path(path).write_bytes(b"\xff\xfe\x00")
    assert read_frame(path, inputs) is None
