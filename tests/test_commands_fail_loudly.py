"""Commands given a workspace or dataset they cannot read exit non-zero with the reason and
write nothing; none falls back to the built-in demo data unless told so with --demo."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.cli import main
from explorer.core.data.dataset import Dataset
from explorer.core.data.provenance import Provenance
from explorer.io.workspace.store import Workspace, save_workspace

V = "Detected trafficking victims"


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A user with no workspace yet (the default workspace lives under XDG_DATA_HOME)."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


def _workspace(path: Path) -> Path:
    import pandas as pd

    obs = pd.DataFrame([{"iso3": "NGA", "year": 2020, "indicator": V, "value": 193.0}])
    provenance = Provenance(publisher="UNODC", title="GLOTIP", edition="30/05/2023")
    workspace = Workspace()
    workspace.add_dataset(Dataset("GLOTIP 30/05/2023", provenance, observations=obs))
    save_workspace(workspace, path)
    return path


def _damaged(path: Path) -> Path:
    data = bytearray(_workspace(path).read_bytes())
    data[0:16] = b"this is not it!!"  # the SQLite header, as a bad stick leaves it
    path.write_bytes(bytes(data))
    return path


def test_export_without_a_workspace_exits_2_and_writes_nothing(home, tmp_path, capsys):
    out = tmp_path / "map.png"
    assert main(["export", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "export: no workspace at" in err and "--demo" in err
    assert not out.exists()


@pytest.mark.parametrize("fmt", ["png", "csv", "html"])
def test_export_of_a_damaged_workspace_exits_2_and_never_draws_the_demo(tmp_path, capsys, fmt):
    damaged = _damaged(tmp_path / "damaged.sqlite")
    out = tmp_path / f"map.{fmt}"
    assert main(["export", "--workspace", str(damaged), "--out", str(out)]) == 2
    assert "damaged or is not a workspace file" in capsys.readouterr().err
    assert not out.exists()


def test_export_of_an_empty_workspace_or_a_missing_dataset_exits_2(tmp_path, capsys):
    empty = tmp_path / "empty.sqlite"
    save_workspace(Workspace(), empty)
    out = tmp_path / "map.csv"
    assert main(["export", "--workspace", str(empty), "--out", str(out)]) == 2
    assert "holds no dataset" in capsys.readouterr().err
    full = _workspace(tmp_path / "w.sqlite")
    args = ["export", "--workspace", str(full), "--dataset", "CTDC", "--out", str(out)]
    assert main(args) == 2
    assert "no dataset 'CTDC'; the workspace has: GLOTIP 30/05/2023" in capsys.readouterr().err
    assert not out.exists()


def test_export_reads_the_user_s_workspace_by_default_and_the_demo_only_when_asked(
    home, tmp_path, capsys
):
    from explorer.io.workspace.store import default_workspace_path

    default = default_workspace_path()
    default.parent.mkdir(parents=True, exist_ok=True)
    _workspace(default)
    out = tmp_path / "map.csv"
    assert main(["export", "--out", str(out)]) == 0
    assert "NGA" in out.read_text(encoding="utf-8-sig")
    assert "SYNTHETIC" not in (tmp_path / "map-about.txt").read_text(encoding="utf-8")
    demo = tmp_path / "demo.csv"
    assert main(["export", "--demo", "--out", str(demo)]) == 0
    assert "SYNTHETIC" in (tmp_path / "demo-about.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "argv",
    [
        ["summary"],
        ["revisions", "--old", "a", "--new", "b"],
        ["import", "nothing.csv"],
    ],
)
def test_other_commands_refuse_a_damaged_workspace(tmp_path, capsys, argv):
    damaged = _damaged(tmp_path / "damaged.sqlite")
    before = damaged.read_bytes()
    assert main([*argv, "--workspace", str(damaged)]) != 0
    assert "damaged" in capsys.readouterr().err
    assert damaged.read_bytes() == before  # never written over
