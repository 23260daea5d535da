"""Saving the workspace after a change: only the change, against rewriting the whole file.

Why this figure: the window saves after every change (an alias, a group, the
view when it closes), and since a save writes only what changed, another
program's additions survive it. It must also be quick on the workspace users
have. Timed: a save after setting one alias, and a save after adding one
dataset (the built-in demo, 22,000 figures), on a workspace holding the shared
GLOTIP workbook. Baseline, same run: the whole file written, as every save did
before (a temporary file renamed over the workspace).

Data: the shared GLOTIP workbook; without it, "not measured".
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from bench_import import WORKBOOK
from common import Row, not_measured, summarise


def measure(runs: int = 5) -> list[Row]:
    alias = "save after setting one alias (workspace holding the GLOTIP workbook) (ms)"
    added = "save after adding one dataset (workspace holding the GLOTIP workbook) (ms)"
    if not WORKBOOK.is_file():
        return [not_measured(alias), not_measured(added)]
    from explorer.core.demo.generate import demo_dataset
    from explorer.io.importing.importers import read_any
    from explorer.io.workspace.store import Workspace, load_workspace, save_workspace

    dataset, report = read_any(WORKBOOK)
    demo = demo_dataset()
    samples: dict[str, list[float]] = {alias: [], added: [], "whole": []}
    with tempfile.TemporaryDirectory(prefix="bench-save-") as folder:
        path = Path(folder) / "workspace.sqlite"
        for i in range(runs):
            save_workspace(Workspace([dataset], reports={dataset.name: report}), path)
            workspace = load_workspace(path)
            workspace.set_alias(f"label {i}", "NGA")
            samples[alias].append(_timed_save(workspace, path))
            workspace.add_dataset(demo)
            samples[added].append(_timed_save(workspace, path))
            workspace.set_alias(f"other label {i}", "GHA")
            samples["whole"].append(_timed_save(workspace, path, whole=True))
            print(
                f"  save {i + 1}/{runs}: alias {samples[alias][-1]:.1f} ms, dataset "
                f"{samples[added][-1]:.1f} ms, whole file {samples['whole'][-1]:.1f} ms",
                file=sys.stderr,
            )
    whole = "the whole file written (every save before)"
    return [
        summarise(figure, samples[figure], baseline=whole, baseline_samples=samples["whole"])
        for figure in (alias, added)
    ]


def _timed_save(workspace, path: Path, whole: bool = False) -> float:
    """Milliseconds to save ``workspace`` to ``path`` (its changes, or ``whole``)."""
    from explorer.io.workspace.store import save_workspace

    start = time.perf_counter()
    save_workspace(workspace, path, whole=whole)
    return 1000 * (time.perf_counter() - start)
