"""Memory: resident set size after startup with the demo data, and after a GLOTIP import.

Why fresh processes and /proc/self/status: what a user's machine gives up is
the resident memory of the running app. Each sample is a child process that
starts the app as ``explorer`` does (``explorer.ui.window.app.run`` with
``exit_after_first_paint``: data libraries, window, demo data, first paint of
the map; a fresh, empty data folder as for a new user), then reads its own
``VmRSS`` (resident now) and ``VmHWM`` (the peak so far). The import child
starts as ``run`` does (the data libraries before PySide6, then the same
QApplication), builds the same window, imports the shared GLOTIP workbook
through the window's own import (background thread reading it in a child
process, then save, show the dataset, open the report) and reads both again,
and how long the import took from its start to the painted report and map.
The peak is this process's own: the reading child's peak is not in it. A
second set of import children goes through File > Import, the file chosen
1.5 s after the dialog opened (the app starts the reading child meanwhile):
the time from the choice to the painted report.

Units: MB = 10^6 bytes, as the issue's targets (350 MB, 300 MB).

The peer: QGIS after its headless launch (``peer_qgis.py launch``: the
countries layer, 7 quantile classes, one 1440x900 render), its VmRSS read the
same way, when QGIS is installed (``make bench-peers``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import launch_workspaces
import peers
from bench_import import WORKBOOK
from common import Row, not_measured, summarise

ROOT = Path(__file__).resolve().parent.parent
TARGET_STARTUP_MB = 350.0
TARGET_IMPORT_MB = 300.0
TIMEOUT_S = 300.0
CHOOSING_S = 1.5  # a user picking the file in the Import dialog


def _status_mb() -> dict[str, float]:
    """VmRSS and VmHWM of this process in MB (10^6 bytes)."""
    out: dict[str, float] = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(rest.split()[0]) * 1024 / 1e6
    return out


class _AtFirstPaint:
    """Stands in for stdout while the app runs: reads the memory when it prints
    ``first-paint`` (the first painted map: the first frame, or the window's own map)."""

    def __init__(self) -> None:
        self.status: dict[str, float] = {}

    def write(self, text: str) -> int:
        if text.strip() == "first-paint" and not self.status:
            self.status = _status_mb()
        return sys.stderr.write(text)

    def flush(self) -> None:
        sys.stderr.flush()


def _startup_child(workspace: str | None = None) -> dict[str, Any]:
    from explorer.ui.window.app import LaunchOptions, run

    watch = _AtFirstPaint()
    sys.stdout = watch  # run() prints "first-paint" and "ready"; our stdout is for the JSON
    path = Path(workspace) if workspace else None
    code = run(LaunchOptions(workspace=path, exit_after_first_paint=True))
    sys.stdout = sys.__stdout__
    if code != 0:
        raise RuntimeError(f"the app exited {code}")
    return {**_status_mb(), "first_paint": watch.status}


def _import_child(path: str, via: str = "start") -> dict[str, Any]:
    """``via`` "start": the session's ``start_import`` (nothing started ahead); "dialog":
    File > Import, the file chosen ``CHOOSING_S`` after the dialog opened (the dialog
    stands in: the reading child the app starts with it runs meanwhile)."""
    from explorer.ui.window.app import (
        LaunchOptions,
        _application,
        _import_data_libraries,
        build_window,
    )

    _import_data_libraries()  # as run(): before PySide6, whose import hook would read them
    app = _application()
    from PySide6.QtWidgets import QFileDialog

    from explorer.ui.workspace.imports import ask_import

    chosen: list[float] = []

    def choose(*_args: object) -> tuple[str, str]:
        until = time.perf_counter() + CHOOSING_S
        while time.perf_counter() < until:
            app.processEvents()
            time.sleep(0.01)
        chosen.append(time.perf_counter())
        return path, ""

    QFileDialog.getOpenFileName = staticmethod(choose)  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as tmp:
        window = build_window(LaunchOptions(workspace=Path(tmp) / "w.sqlite"))
        window.show()
        app.processEvents()
        window.map_view.viewport().repaint()
        session = window.context.session
        started = time.perf_counter()
        if via == "dialog":
            ask_import(session)
            started = chosen[0]
        else:
            session.start_import(Path(path))
        job = session.job
        done: list[bool] = []
        job.done.connect(lambda: done.append(True))
        while not done:
            app.processEvents()
            time.sleep(0.005)
        for _ in range(5):  # the report dialog and the new map, painted
            app.processEvents()
        window.map_view.viewport().repaint()
        seconds = time.perf_counter() - started
        result = {**_status_mb(), "dataset": window.dataset.name, "seconds": seconds}
        window.context.session.remember_view = False
        window.close()
    return result


def _sample(kind: str, *args: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-memory-data-") as data_home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": data_home,
            "XDG_CONFIG_HOME": data_home,
        }
        proc = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), kind, *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )
    if proc.returncode != 0:
        raise RuntimeError(f"memory {kind} sample exited {proc.returncode}:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def measure(runs: int = 5) -> list[Row]:
    """VmRSS (MB) after startup and after the GLOTIP import; QGIS after its launch."""
    startup = [_sample("startup") for _ in range(runs)]
    qgis = peers.qgis_launches(runs)
    qgis_name = peers.qgis_name("after its headless launch (VmRSS)")
    rows: list[Row] = [
        summarise(
            "memory after startup with demo data, window ready: VmRSS (MB)",
            [s["VmRSS"] for s in startup],
            target=TARGET_STARTUP_MB,
            baseline=qgis_name,
            baseline_samples=[q.status["VmRSS"] for q in qgis] if qgis else None,
        ),
        summarise("memory after startup: peak so far, VmHWM (MB)", [s["VmHWM"] for s in startup]),
    ]
    if qgis:
        rows.append(summarise(f"peer: {qgis_name} (MB)", [q.status["VmRSS"] for q in qgis]))
    else:
        rows.append(not_measured(f"peer: {qgis_name} (MB)"))
    with tempfile.TemporaryDirectory(prefix="bench-memory-workspace-") as folder:
        workspace = launch_workspaces.build(Path(folder), mixed=False)["glotip"]
        _sample("startup", str(workspace))  # warm-up: keeps the first frame, as every launch
        on_glotip = [_sample("startup", str(workspace)) for _ in range(runs)]
    held = launch_workspaces.glotip_source()
    rows += [
        summarise(
            f"memory at the first painted map on a workspace holding {held}: VmRSS (MB)",
            [s["first_paint"]["VmRSS"] for s in on_glotip],
            baseline=qgis_name,
            baseline_samples=[q.status["VmRSS"] for q in qgis] if qgis else None,
        ),
        summarise(
            f"memory once the window is ready on a workspace holding {held}: VmRSS (MB)",
            [s["VmRSS"] for s in on_glotip],
            baseline=qgis_name,
            baseline_samples=[q.status["VmRSS"] for q in qgis] if qgis else None,
        ),
    ]
    if not WORKBOOK.is_file():
        print(f"  memory: no workbook at {WORKBOOK}, import not measured", file=sys.stderr)
        rows.append(
            not_measured("memory after importing the GLOTIP workbook: VmRSS (MB)", TARGET_IMPORT_MB)
        )
        return rows
    imported = [_sample("import", str(WORKBOOK)) for _ in range(runs)]
    from_dialog = [_sample("import", str(WORKBOOK), "dialog") for _ in range(runs)]
    print(
        f"  memory: startup {[round(s['VmRSS']) for s in startup]} MB; after import of "
        f"{imported[0]['dataset']!r} {[round(s['VmRSS']) for s in imported]} MB",
        file=sys.stderr,
    )
    rows += [
        summarise(
            "memory after importing the GLOTIP workbook in the window: VmRSS (MB)",
            [s["VmRSS"] for s in imported],
            target=TARGET_IMPORT_MB,
        ),
        summarise(
            "memory during the GLOTIP import: peak, VmHWM (MB)", [s["VmHWM"] for s in imported]
        ),
        summarise(
            "GLOTIP import in the window, start to painted report (s)",
            [s["seconds"] for s in imported],
        ),
        summarise(
            f"GLOTIP import from File > Import, chosen {CHOOSING_S:g} s after the dialog "
            "opened: choice to painted report (s)",
            [s["seconds"] for s in from_dialog],
        ),
    ]
    return rows


if __name__ == "__main__":
    if sys.argv[1] == "startup":
        print(json.dumps(_startup_child(*sys.argv[2:3])))
    else:
        print(json.dumps(_import_child(*sys.argv[2:4])))
