"""The workspaces users launch on, built once per benchmark run (off the clock).

Why: a desk officer who imported the GLOTIP workbook launches on that workspace
every day, not on the demo. Two workspaces are built in a temporary folder:

- ``glotip``: the shared GLOTIP workbook imported (without it, a generated
  dataset of the same size: the demo's figures repeated under earlier years
  until it holds as many observations, said in the figure's name);
- ``mixed``: the same, a CTDC import (250,000 synthetic records, as the CTDC
  benchmark) and two World Bank style indicator tables.

Each is built by the app's own import and save, so it is the file a user has,
in a child process: a launch's peak RSS, read with ``wait4``, starts from the
RSS of the process that forks it, so the benchmark itself must stay small.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench_import import WORKBOOK

#: Observations and flows of the 2023 GLOTIP workbook once imported (the stand-in's size).
GLOTIP_OBSERVATIONS = 35_498
GLOTIP_FLOWS = 9_456


def glotip_source() -> str:
    """How the GLOTIP workspace is made, for the figures' names."""
    return "the GLOTIP workbook" if WORKBOOK.is_file() else "a generated GLOTIP-sized dataset"


def build(folder: Path, mixed: bool = True) -> dict[str, Path]:
    """Write the two workspaces (the first only, without ``mixed``) into ``folder``, in a
    child process; their paths by name."""
    command = [sys.executable, str(Path(__file__).resolve()), str(folder)]
    done = subprocess.run(
        [*command, *([] if mixed else ["--glotip-only"])],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    if done.returncode != 0:
        raise RuntimeError(f"building the launch workspaces failed:\n{done.stderr[-2000:]}")
    return {name: Path(path) for name, path in json.loads(done.stdout.splitlines()[-1]).items()}


def _build_here(folder: Path, mixed: bool) -> dict[str, Path]:
    from explorer.io.workspace.store import Workspace, save_workspace

    glotip, report = _glotip()
    reports = {glotip.name: report} if report else {}
    paths = {"glotip": folder / "glotip.sqlite"}
    save_workspace(Workspace([glotip], reports=dict(reports)), paths["glotip"])
    if mixed:
        workspace = Workspace([glotip], reports=dict(reports))
        for dataset, its_report in _others(folder):
            workspace.add_dataset(dataset, its_report)
        workspace.view = {"dataset": glotip.name}  # the GLOTIP dataset on screen
        paths["mixed"] = folder / "mixed.sqlite"
        save_workspace(workspace, paths["mixed"])
    return paths


def _glotip():
    from explorer.io.importing.importers import read_any

    if WORKBOOK.is_file():
        return read_any(WORKBOOK)
    return _generated_glotip(), None


def _generated_glotip():
    """The demo's observations repeated 20 years earlier each time, to the workbook's size."""
    import pandas as pd

    from explorer.core.data.dataset import Dataset
    from explorer.core.demo.generate import demo_dataset

    demo = demo_dataset()
    parts, total, shift = [], 0, 0
    while total < GLOTIP_OBSERVATIONS:
        part = demo.observations.copy()
        part["year"] = part["year"] - shift
        parts.append(part)
        total, shift = total + len(part), shift + 20
    observations = pd.concat(parts, ignore_index=True).head(GLOTIP_OBSERVATIONS)
    flows = demo.flows.head(GLOTIP_FLOWS)
    return Dataset("GLOTIP-sized (generated)", demo.provenance, observations, flows)


def _others(folder: Path):
    import bench_ctdc
    import bench_indicator_table

    from explorer.io.importing.importers import read_any

    ctdc = bench_ctdc.generate(folder / "ctdc_synthetic_250k.csv")
    tables = [
        bench_indicator_table.write_sheet(folder / f"API_VC.IHR.PSRC.P{n}_DS2_en_csv_v2.csv", seed)
        for n, seed in ((5, 1), (6, 2))
    ]
    for source in (ctdc, *tables):
        yield read_any(source)


if __name__ == "__main__":
    built = _build_here(Path(sys.argv[1]), mixed="--glotip-only" not in sys.argv[2:])
    print(json.dumps({name: str(path) for name, path in built.items()}))
