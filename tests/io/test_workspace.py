"""The workspace file: exact round trip, aliases re-used, clear errors, survives a kill."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from explorer.core.data.dataset import Dataset
from explorer.core.data.provenance import Provenance
from explorer.core.data.schema import SUPPRESSED
from explorer.core.demo.generate import demo_dataset, generate_demo
from explorer.core.names.resolver import Resolver
from explorer.io.workspace.schema import SCHEMA_VERSION
from explorer.io.workspace.store import (
    Workspace,
    WorkspaceError,
    default_workspace_path,
    load_workspace,
    save_workspace,
)
from tests.io.old_workspaces import make_old

ROOT = Path(__file__).resolve().parents[2]
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8

COUNTRIES = pd.DataFrame(
    [
        ("BRA", "Brazil", "Americas", "Latin America and the Caribbean"),
        ("USA", "United States of America", "Americas", "Northern America"),
        ("DEU", "Germany", "Europe", "Western Europe"),
        ("ROU", "Romania", "Europe", "Eastern Europe"),
        ("NGA", "Nigeria", "Africa", "Sub-Saharan Africa"),
        ("THA", "Thailand", "Asia", "South-eastern Asia"),
    ],
    columns=["iso3", "name", "region", "subregion"],
)

TABLES = ("observations", "flows", "activities")


def small_dataset() -> Dataset:
    """A hand-made import: a ``<5`` cell, NaT dates, markup-looking and non-ASCII text."""
    observations = pd.DataFrame(
        {
            "dataset": ["GLOTIP 2023"] * 3,
            "iso3": ["DEU", "DEU", "ALB"],
            "year": [2020, 2021, 2017],
            "indicator": ["Detected trafficking victims"] * 3,
            "dimension": ["Total", "by form of exploitation", None],
            "category": ["Total", "Sexual exploitation", None],
            "sex": ["Total", "Female", "Total"],
            "age": ["Total", "18 years or over", "Total"],
            "value": [np.nan, 12.0, 0.5],
            "lower": [1.0, np.nan, np.nan],
            "upper": [4.0, np.nan, np.nan],
            "flag": [SUPPRESSED, "", pd.NA],
            "source_row": [7, 8, pd.NA],
        }
    )
    flows = pd.DataFrame(
        {
            "dataset": ["GLOTIP 2023"] * 2,
            "origin": ["BGR", "REGION:Western Africa"],
            "destination": ["DEU", "DEU"],
            "year": [2020, pd.NA],
            "indicator": ["Detected trafficking victims"] * 2,
            "value": [np.nan, 3.25],
            "lower": [1.0, np.nan],
            "upper": [4.0, np.nan],
            "flag": [SUPPRESSED, ""],
            "origin_label": ["Bulgaria", 'Côte d\'Ivoire; Türkiye, "quoted"'],
        }
    )
    activities = pd.DataFrame(
        {
            "dataset": ["GLOTIP 2023"] * 2,
            "iso3": ["DEU", "ALB"],
            "title": ["<img src=x onerror=alert(1)>", "Workshop\nsecond line"],
            "kind": ["training", "other"],
            "themes": ["trafficking; smuggling", pd.NA],
            "status": ["completed", "planned"],
            "start": [pd.Timestamp("2019-03-01 08:30:05"), pd.NaT],
            "end": [pd.NaT, pd.NaT],
            "partners": ["", pd.NA],
            "description": ["=cmd|' /C calc'!A0", "Ünïcödé ✓ 中文"],
            "reference": ["REF-1", "REF-2"],
            "source_row": [1, 2],
        }
    )
    provenance = Provenance(
        publisher="UNODC",
        title="Global Report on Trafficking in Persons",
        edition="30/05/2023",
        caveats=("Detected victims, not prevalence", "Counts below 5 are suppressed"),
        file_name="data_glotip.xlsx",
        sha256="ab" * 32,
        imported_at="2026-05-09T10:00:00+00:00",
        rows_read=5,
        rows_imported=3,
        rows_rejected=2,
    )
    return Dataset("GLOTIP 2023", provenance, observations, flows, activities)


def assert_same_dataset(loaded: Dataset, original: Dataset) -> None:
    assert loaded.name == original.name
    assert loaded.provenance == original.provenance
    for table in TABLES:
        pd.testing.assert_frame_equal(getattr(loaded, table), getattr(original, table))


@pytest.fixture(scope="module")
def demo() -> Dataset:
    return generate_demo(COUNTRIES)


def test_round_trip_keeps_frames_provenance_aliases_and_view(tmp_path: Path, demo: Dataset):
    workspace = Workspace()
    workspace.add_dataset(demo)
    workspace.add_dataset(small_dataset())
    workspace.set_alias("Erithera", "ERI")
    workspace.set_alias("  Somewhere at sea ", "UNKNOWN")
    workspace.view = {
        "dataset": "GLOTIP 2023",
        "indicator": "Detected trafficking victims",
        "year": 2020,
        "breakdown": ["Total", "Total", "Female", "Total"],
        "selected": "DEU",
        "zoom": 1.5,
        "flows": None,
    }
    path = tmp_path / "workspace.sqlite"
    save_workspace(workspace, path)

    loaded = load_workspace(path)
    assert [d.name for d in loaded.datasets] == [demo.name, "GLOTIP 2023"]
    assert_same_dataset(loaded.dataset(demo.name), demo)
    assert_same_dataset(loaded.dataset("GLOTIP 2023"), small_dataset())
    assert loaded.dataset(demo.name).is_synthetic
    assert loaded.aliases == workspace.aliases == {"erithera": "ERI", "somewhere at sea": "UNKNOWN"}
    assert loaded.view == workspace.view

    # The <5 cell is still a bounded, suppressed cell, not a number.
    cell = loaded.dataset("GLOTIP 2023").values("Detected trafficking victims", 2020).loc["DEU"]
    assert np.isnan(cell["value"])
    assert (cell["lower"], cell["upper"], cell["flag"]) == (1.0, 4.0, SUPPRESSED)
    assert not list(tmp_path.glob("*.tmp-*"))

    # Saving again over the file replaces it wholly.
    loaded.remove_dataset(demo.name)
    loaded.remove_alias("ERITHERA")
    save_workspace(loaded, path)
    again = load_workspace(path)
    assert again.names() == ["GLOTIP 2023"]
    assert again.aliases == {"somewhere at sea": "UNKNOWN"}


def test_empty_workspace_round_trips(tmp_path: Path):
    path = tmp_path / "empty.sqlite"
    save_workspace(Workspace(), path)
    assert load_workspace(path) == Workspace()


def test_workspace_editing():
    workspace = Workspace()
    first, second = small_dataset(), Dataset("GLOTIP 2023")
    workspace.add_dataset(first)
    workspace.add_dataset(Dataset("Other"))
    workspace.add_dataset(second)  # same name: replaced in place
    assert workspace.names() == ["GLOTIP 2023", "Other"]
    assert workspace.dataset("GLOTIP 2023") is second
    workspace.remove_dataset("Other")
    with pytest.raises(KeyError):
        workspace.dataset("Other")
    with pytest.raises(ValueError):
        workspace.set_alias("  ", "ERI")
    workspace.remove_alias("never set")


def test_alias_is_applied_after_a_round_trip(tmp_path: Path):
    workspace = Workspace()
    workspace.set_alias("Erithera", "ERI")
    path = tmp_path / "w.sqlite"
    save_workspace(workspace, path)

    resolver = Resolver(aliases=load_workspace(path).aliases)
    for label in ("Erithera", "  ERITHERA "):
        resolution = resolver.resolve(label)
        assert (resolution.result, resolution.method) == ("ERI", "user")


def test_missing_file_is_a_clear_error(tmp_path: Path):
    with pytest.raises(WorkspaceError, match="no workspace at"):
        load_workspace(tmp_path / "nowhere.sqlite")


def test_png_renamed_sqlite_is_not_a_workspace(tmp_path: Path):
    path = tmp_path / "picture.sqlite"
    path.write_bytes(PNG)
    with pytest.raises(WorkspaceError, match="not a workspace file"):
        load_workspace(path)
    assert path.read_bytes() == PNG  # opened read-only, never touched


def test_other_sqlite_file_is_not_a_workspace(tmp_path: Path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE t (x)")
    con.close()
    with pytest.raises(WorkspaceError, match="not a workspace file"):
        load_workspace(path)


def test_newer_schema_version_names_the_version(tmp_path: Path):
    path = tmp_path / "future.sqlite"
    save_workspace(Workspace(), path)
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(WorkspaceError, match="999") as raised:
        load_workspace(path)
    assert f"up to {SCHEMA_VERSION}" in str(raised.value)


def test_truncated_file_is_a_clear_error(tmp_path: Path, demo: Dataset):
    path = tmp_path / "cut.sqlite"
    save_workspace(Workspace([demo]), path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(WorkspaceError):
        load_workspace(path)


def test_unsaveable_view_leaves_the_old_file(tmp_path: Path):
    path = tmp_path / "w.sqlite"
    save_workspace(Workspace(view={"year": 2020}), path)
    with pytest.raises(WorkspaceError, match="view"):
        save_workspace(Workspace(view={"year": object()}), path)
    assert load_workspace(path).view == {"year": 2020}
    assert not list(tmp_path.glob("*.tmp-*"))


def test_default_path_honours_xdg_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    path = default_workspace_path(platform="linux")
    assert path == tmp_path / "trafficking-flows-explorer" / "workspace.tfe-workspace"
    assert not path.parent.exists()  # pure: nothing created
    if sys.platform.startswith("linux"):
        assert default_workspace_path() == path


def test_default_path_per_platform(tmp_path: Path):
    home = str(tmp_path)
    assert default_workspace_path(platform="linux", environ={"HOME": home}) == (
        tmp_path / ".local/share/trafficking-flows-explorer/workspace.tfe-workspace"
    )
    # A relative XDG_DATA_HOME is ignored, as the XDG spec asks.
    assert default_workspace_path(
        platform="linux", environ={"HOME": home, "XDG_DATA_HOME": "rel"}
    ) == (tmp_path / ".local/share/trafficking-flows-explorer/workspace.tfe-workspace")
    assert default_workspace_path(platform="darwin", environ={"HOME": home}) == (
        tmp_path / "Library/Application Support/trafficking-flows-explorer/workspace.tfe-workspace"
    )
    appdata = str(tmp_path / "Roaming")
    assert default_workspace_path(platform="win32", environ={"APPDATA": appdata}) == (
        tmp_path / "Roaming" / "trafficking-flows-explorer" / "workspace.tfe-workspace"
    )


# The writer: three copies of the full demo (about 70k observations), saved over
# and over to the same path, each save with the next generation number in the view.
WRITER = textwrap.dedent(
    """
    import sys
    from explorer.core.data.dataset import Dataset
    from explorer.core.demo.generate import demo_dataset
    from explorer.io.workspace.store import Workspace, save_workspace

    demo = demo_dataset()
    datasets = [
        Dataset(f"copy {i}", demo.provenance, demo.observations, demo.flows, demo.activities)
        for i in range(3)
    ]
    workspace = Workspace(datasets, {"erithera": "ERI"})
    print("ready", flush=True)
    generation = 0
    while True:
        workspace.view = {"generation": generation}
        save_workspace(workspace, sys.argv[1])
        print("saved", generation, flush=True)
        generation += 1
    """
)


@pytest.mark.slow
def test_kill_during_save_leaves_a_readable_workspace(tmp_path: Path):
    demo = demo_dataset()  # what the writer saves
    path = tmp_path / "workspace.sqlite"
    first = small_dataset()
    save_workspace(Workspace([first], view={"generation": -1}), path)
    rng = random.Random()
    generations = []
    for delay in (0.05, 0.2, 0.35, 0.5, 0.65):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            line = writer.stdout.readline()
            assert line == "ready\n", writer.stderr.read()
            time.sleep(delay + rng.uniform(0.0, 0.1))
            writer.send_signal(signal.SIGKILL)
        finally:
            writer.kill()
            writer.communicate()
        assert writer.returncode == -signal.SIGKILL

        loaded = load_workspace(path)  # never an error
        generation = loaded.view["generation"]
        generations.append(generation)
        if generation == -1:  # the old content, whole
            assert loaded.names() == ["GLOTIP 2023"]
            assert_same_dataset(loaded.datasets[0], first)
        else:  # a new one, whole
            assert loaded.names() == ["copy 0", "copy 1", "copy 2"]
            assert loaded.aliases == {"erithera": "ERI"}
            for dataset in loaded.datasets:
                assert len(dataset.observations) == len(demo.observations)
                assert len(dataset.flows) == len(demo.flows)
                assert len(dataset.activities) == len(demo.activities)
    # A killed save leaves its temporary file behind: proof some kill hit mid-save.
    assert list(tmp_path.glob("*.tmp-*")), generations


def test_import_report_and_unknown_parts_round_trip(tmp_path: Path):
    from explorer.core.names.keys import normalise
    from explorer.io.workspace.aliases import reapply_aliases
    from tests.io.test_glotip import read, row, write_csv

    rows = [
        row(dim="by citizenship", cat="Erithera", value="9"),
        row(dim="by citizenship", cat="<b>Atlantis</b>", value="<5"),
        row(sex="Male", value="n/a"),  # rejected
    ]
    dataset, report = read(write_csv(tmp_path / "g.csv", rows))
    workspace = Workspace()
    workspace.add_dataset(dataset, report)
    path = tmp_path / "w.sqlite"
    save_workspace(workspace, path)
    loaded = load_workspace(path).reports[dataset.name]
    assert loaded.to_json() == report.to_json()
    assert loaded.rejected[0].reason == report.rejected[0].reason
    pd.testing.assert_frame_equal(loaded.unknown_parts, report.unknown_parts.reset_index(drop=True))
    # The field: the source file is gone, the alias still moves Erithera's victims.
    (tmp_path / "g.csv").unlink()
    again = load_workspace(path)
    moved, _, labels = reapply_aliases(
        again.dataset(dataset.name), again.reports[dataset.name], {normalise("Erithera"): "ERI"}
    )
    assert labels == ["Erithera"]
    assert moved.flows.set_index("origin").loc["ERI", "value"] == 9


def test_removing_a_dataset_removes_its_report(tmp_path: Path):
    from tests.io.test_glotip import read, row, write_csv

    dataset, report = read(write_csv(tmp_path / "g.csv", [row()]))
    workspace = Workspace()
    workspace.add_dataset(dataset, report)
    workspace.remove_dataset(dataset.name)
    path = tmp_path / "w.sqlite"
    save_workspace(workspace, path)
    assert load_workspace(path).reports == {}


def test_a_version_1_workspace_is_upgraded_on_reading(tmp_path: Path, demo: Dataset):
    path = tmp_path / "old.sqlite"
    workspace = Workspace()
    workspace.add_dataset(demo)
    workspace.set_alias("Erithera", "ERI")
    save_workspace(workspace, path)
    make_old(path, 1)  # what version 1 wrote: no report tables
    before = path.read_bytes()
    loaded = load_workspace(path)
    assert loaded.names() == [demo.name] and loaded.aliases == {"erithera": "ERI"}
    assert loaded.reports == {}
    assert path.read_bytes() == before  # upgraded in memory; the file is rewritten on save
    assert loaded.groups == {}
    assert SCHEMA_VERSION == 5


def test_cache_folder_per_platform(tmp_path: Path):
    from explorer.io.workspace.location import cache_dir

    home, name = str(tmp_path), "trafficking-flows-explorer"
    assert cache_dir(platform="linux", environ={"HOME": home}) == tmp_path / ".cache" / name
    assert cache_dir(
        platform="linux", environ={"HOME": home, "XDG_CACHE_HOME": str(tmp_path / "c")}
    ) == (tmp_path / "c" / name)
    assert cache_dir(platform="linux", environ={"HOME": home, "XDG_CACHE_HOME": "rel"}) == (
        tmp_path / ".cache" / name
    )
    assert cache_dir(platform="darwin", environ={"HOME": home}) == (
        tmp_path / "Library" / "Caches" / name
    )
    assert cache_dir(platform="win32", environ={"HOME": home, "LOCALAPPDATA": home}) == (
        tmp_path / name
    )
