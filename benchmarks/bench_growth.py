"""Growth: how repaint, import and year change scale with flows, rows and datasets.

Why curves: a figure at one size hides how it grows; a user with ten times
the data must not wait a hundred times longer. Three curves, each summed up
by its growth exponent, the slope of log(time) against log(size) between the
smallest and the largest size (1 = linear, 0 = flat, 2 = quadratic). An
exponent up to 1.1 counts as "linear or better" (noise moves it by that
much); above that the row says "worse than linear" and fails. Fixed costs
flatter the small end, so the slope of the last step alone is shown too.

- Repaint: the synthetic window of ``bench_flows`` (demo choropleth, random
  distinct flows) with 100, 1,000 and 10,000 flows drawn, one antialiased
  re-render of the 1440x900 window's map per sample (the layer's cache
  dropped first). Note the app's own style changes with the count: above 500
  flows the smaller ones are thin lines, above 800 no edge is antialiased.
- Import: flow tables of 10,000, 100,000 and 1,000,000 generated rows
  (``origin,destination,year,value``; distinct keys, 10 % of origins as
  country names for the resolver, and 5 % extra rows repeating a key under
  the other label, which the import sums), each ``read_any`` end to end in a
  fresh process, imports before the clock; ``pandas.read_csv`` of the same
  file is the baseline.
- Year change: the demo stored 1, 5 and 20 times in one workspace (the window
  shows the last, the others sit idle in memory), restyle + repaint of the
  1440x900 window per sample, the default flows layer on (as in
  ``bench_restyle``): do idle datasets slow a year change down?
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from common import Row, summarise

SIZE = (1440, 900)
FLOW_COUNTS = (100, 1_000, 10_000)
ROW_COUNTS = (10_000, 100_000, 1_000_000)
DATASET_COUNTS = (1, 5, 20)
LINEAR = 1.1  # the largest exponent still called linear
SEED = 20261128
YEARS = range(1990, 2024)
TIMEOUT_S = 900.0
WARMUP = 3


class GrowthRow(Row):
    """A curve's growth exponent: passes when it is linear or better."""

    @property
    def unit(self) -> str | None:
        return "exponent"


def exponent(sizes: Sequence[float], medians: Sequence[float]) -> float:
    """Slope of log(median) against log(size) between the first and the last point."""
    return math.log(medians[-1] / medians[0]) / math.log(sizes[-1] / sizes[0])


def _curve(
    name: str,
    unit: str,
    things: str,
    sizes: Sequence[int],
    samples: list[list[float]],
    peers: dict[int, dict[str, Any]] | None = None,
) -> list[Row]:
    """One row per size (against its peer, if any), then the exponent row."""
    rows = [
        summarise(f"growth: {name}, {n:,} {things} ({unit})", s, **(peers or {}).get(n, {}))
        for n, s in zip(sizes, samples, strict=True)
    ]
    medians = [r.median for r in rows]
    k = exponent(sizes, medians)
    last = exponent(sizes[-2:], medians[-2:])
    verdict = "linear or better" if k <= LINEAR else "worse than linear"
    label = name.split(",")[0]
    rows.append(
        GrowthRow(
            f"growth exponent: {label}, {sizes[0]:,} to {sizes[-1]:,}: {verdict} "
            f"(log-log slope; 1 = linear; last step alone {last:.2f})",
            k,
            k,
            k,
            target=LINEAR,
        )
    )
    return rows


# -- repaint ---------------------------------------------------------------------
def repaint_curve(iterations: int) -> list[Row]:
    """Milliseconds per antialiased re-render with 100, 1,000 and 10,000 flows."""
    from bench_flows import build_windows
    from painting import Painter
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    demo_window, window = build_windows(pairs=max(FLOW_COUNTS))
    demo_window.close()
    window.show()
    app.processEvents()
    p = Painter(app, window)
    samples: list[list[float]] = []
    for n in FLOW_COUNTS:
        p.set_flows(n)
        p.check_painted(n)
        count = max(5, iterations // 5) if n > 1000 else iterations
        taken = [p.timed() for _ in range(WARMUP + count)][WARMUP:]
        samples.append(taken)
        print(
            f"  growth: repaint {n:,} flows {sorted(taken)[len(taken) // 2]:.1f} ms",
            file=sys.stderr,
        )
    window.close()
    app.processEvents()
    return _curve("repaint, antialiased", "ms", "flows", FLOW_COUNTS, samples)


# -- import ----------------------------------------------------------------------
def write_flow_table(path: Path, rows: int, seed: int = SEED) -> Path:
    """``rows`` generated flow rows as described in the module docstring."""
    import numpy as np
    import pandas as pd

    from explorer.core.geo.countries import load_countries

    countries = load_countries()
    codes = np.array(countries["iso3"], dtype=object)
    names = np.array(countries["name"], dtype=object)
    n = len(codes)
    rng = np.random.default_rng(seed)
    distinct = int(rows / 1.05)
    cells = rng.choice(n * (n - 1) * len(YEARS), size=distinct, replace=False)
    pair, year = np.divmod(cells, len(YEARS))
    o, rest = np.divmod(pair, n - 1)
    d = rest + (rest >= o)
    again = rng.choice(distinct, size=rows - distinct, replace=False)
    o, d, year = np.r_[o, o[again]], np.r_[d, d[again]], np.r_[year, year[again]]
    as_name = rng.random(rows) < 0.10
    as_name[distinct:] = ~as_name[again]  # a repeated key comes under the other label
    frame = pd.DataFrame(
        {
            "origin": np.where(as_name, names[o], codes[o]),
            "destination": codes[d],
            "year": np.asarray(YEARS)[year],
            "value": rng.integers(1, 5000, rows),
        }
    )
    frame.to_csv(path, index=False)
    return path


def _import_child(kind: str, path: str) -> dict[str, Any]:
    import pandas as pd

    if kind == "baseline":
        start = time.perf_counter()
        pd.read_csv(path)
        return {"seconds": time.perf_counter() - start}
    import explorer.core.names.resolver  # (imported lazily by the readers: off the clock here)
    import explorer.io.readers.tables.flows  # noqa: F401
    from explorer.io.importing.importers import read_any

    start = time.perf_counter()
    dataset, report = read_any(path)
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "rows_read": report.rows_read,
        "rows_imported": report.rows_imported,
        "flows": len(dataset.flows),
    }


def _sample(kind: str, path: Path) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), kind, str(path)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{kind} sample exited {proc.returncode}:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def import_curve(runs: int) -> list[Row]:
    """Seconds to import 10k, 100k and 1M generated flow rows, fresh processes."""
    samples: list[list[float]] = []
    peer: dict[int, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-growth-") as tmp:
        for n in ROW_COUNTS:
            path = write_flow_table(Path(tmp) / f"flows_{n}.csv", n)
            count = 1 if n >= 1_000_000 else min(runs, 3)
            ours, base = [], []
            for _ in range(count):
                ours.append(_sample("import", path))
                base.append(_sample("baseline", path)["seconds"])
            if ours[0]["rows_read"] != n or ours[0]["rows_imported"] != n:
                raise RuntimeError(f"the import of {n:,} rows read or kept fewer: {ours[0]}")
            samples.append([s["seconds"] for s in ours])
            peer[n] = {"baseline": "pandas.read_csv alone", "baseline_samples": base}
            print(
                f"  growth: import {n:,} rows {ours[0]['seconds']:.2f} s "
                f"({ours[0]['flows']:,} flows), read_csv {base[0]:.2f} s",
                file=sys.stderr,
            )
            path.unlink()
    return _curve("flow table import end to end (read_any)", "s", "rows", ROW_COUNTS, samples, peer)


# -- year change with idle datasets ---------------------------------------------------
def _workspace_with(copies: int, path: Path) -> None:
    """A workspace file holding the demo ``copies`` times, under distinct names."""
    from explorer.core.data.dataset import Dataset
    from explorer.core.demo.generate import demo_dataset
    from explorer.io.workspace.store import Workspace, save_workspace

    demo = demo_dataset()
    workspace = Workspace()
    for k in range(copies):
        workspace.add_dataset(
            Dataset(
                f"{demo.name} copy {k + 1}",
                demo.provenance,
                demo.observations,
                demo.flows,
                demo.activities,
            )
        )
    save_workspace(workspace, path)


def datasets_curve(iterations: int) -> list[Row]:
    """Milliseconds per year change + repaint with 1, 5 and 20 datasets in the workspace."""
    from PySide6.QtWidgets import QApplication

    from explorer.ui.window.app import LaunchOptions, build_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    samples: list[list[float]] = []
    with tempfile.TemporaryDirectory(prefix="bench-growth-ws-") as tmp:
        for copies in DATASET_COUNTS:
            path = Path(tmp) / f"w{copies}.sqlite"
            _workspace_with(copies, path)
            window = build_window(LaunchOptions(size=SIZE, workspace=path))
            window.context.session.remember_view = False
            window.show()
            app.processEvents()
            held = len(window.context.session.workspace.datasets)
            if held != copies:
                raise RuntimeError(f"the workspace holds {held} datasets, not {copies}")
            state, viewport = window.state, window.map_view.viewport()
            years = window.dataset.years(state.indicator)
            taken = []
            for i in range(WARMUP + iterations):
                state_year = years[(years.index(state.year) + 1) % len(years)]
                start = time.perf_counter()
                state.year = state_year
                viewport.repaint()
                elapsed = 1000 * (time.perf_counter() - start)
                if window.map_view.choropleth.year != state_year:
                    raise RuntimeError("the map was not restyled for the new year")
                if i >= WARMUP:
                    taken.append(elapsed)
                app.processEvents()
            samples.append(taken)
            print(
                f"  growth: year change with {copies} datasets ({window.dataset.name!r} shown) "
                f"{sorted(taken)[len(taken) // 2]:.1f} ms",
                file=sys.stderr,
            )
            window.close()
            app.processEvents()
    return _curve(
        "year change + repaint, default flows",
        "ms",
        "datasets in the workspace",
        DATASET_COUNTS,
        samples,
    )


def measure(runs: int = 5, iterations: int = 50) -> list[Row]:
    """The three growth curves and their exponents."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return [*repaint_curve(iterations), *datasets_curve(iterations), *import_curve(runs)]


if __name__ == "__main__":
    print(json.dumps(_import_child(sys.argv[1], sys.argv[2])))
