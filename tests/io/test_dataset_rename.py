"""A dataset renamed in the workspace: its rows and report follow, the file keeps the name."""

from __future__ import annotations

import pytest

from explorer.io.readers.tables.indicators import read_indicator_table
from explorer.io.workspace.store import Workspace, load_workspace, save_workspace
from tests.io.test_indicator_table import write_csv


def test_a_renamed_dataset_is_saved_under_its_new_name_with_its_report(tmp_path):
    rows = [["Country", "Year", "Victims"], ["France", "2020", "12"]]
    dataset, report = read_indicator_table(write_csv(tmp_path / "victims_2020.csv", rows))
    workspace = Workspace()
    workspace.add_dataset(dataset, report)
    save_workspace(workspace, tmp_path / "w.sqlite")
    workspace.rename_dataset("victims_2020", " Detected victims ")
    save_workspace(workspace, tmp_path / "w.sqlite")
    stored = load_workspace(tmp_path / "w.sqlite")
    assert stored.names() == ["Detected victims"]
    assert set(stored.datasets[0].observations["dataset"]) == {"Detected victims"}
    assert stored.datasets[0].values("Victims", 2020).loc["FRA", "value"] == 12
    assert list(stored.reports) == ["Detected victims"]
    assert stored.reports["Detected victims"].file_name == "victims_2020.csv"


def test_a_blank_or_taken_name_is_refused(tmp_path):
    rows = [["Country", "Year", "Victims"], ["France", "2020", "12"]]
    workspace = Workspace()
    for stem in ("a", "b"):
        workspace.add_dataset(read_indicator_table(write_csv(tmp_path / f"{stem}.csv", rows))[0])
    with pytest.raises(ValueError, match="already has a dataset called 'b'"):
        workspace.rename_dataset("a", "b")
    with pytest.raises(ValueError, match="a dataset needs a name"):
        workspace.rename_dataset("a", "  ")
    assert workspace.names() == ["a", "b"]
