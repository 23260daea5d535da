"""Launch to first painted map, in fresh processes, against an empty Qt window.

Why fresh processes: what a user waits for is interpreter start, imports, demo
data, geometry and the first paint of the map; an in-process timer would miss
the first two and see warm import caches. The clock runs from spawning the
process to reading its ``first-paint`` line; teardown is not counted.

Why also ``ready``: on a workspace it was kept for, the app first paints the
map the user left (``explorer.ui.window.first_frame``) and builds the window
behind it; ``ready`` is when the window's own map is painted and it takes
input. Both are reported, so the early map never hides the wait for the rest.
The warm-up launch keeps that frame, as every launch does for the next.

Why also workspaces: users launch every day on the workspace they imported
into, not on the demo; the app is also launched on a workspace holding the
shared GLOTIP workbook, and on one holding it with a CTDC import and two
indicator tables (``launch_workspaces.py``), next to the demo and the peers.

Why alternate app and baseline runs: on a shared machine load comes and goes,
so interleaving them exposes both to the same conditions and keeps the ratio
honest. One untimed warm-up pair first fills the OS file cache, so every timed
run sees the same (warm) disk; a cold first launch after install is slower.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import launch_workspaces
import peers
from common import Row, not_measured, summarise

ROOT = Path(__file__).resolve().parent.parent
APP = (sys.executable, "-m", "explorer", "--exit-after-first-paint")
BASELINE = (sys.executable, str(Path(__file__).with_name("baseline_empty_window.py")))
BASELINE_NAME = "empty QMainWindow + QGraphicsView"
READY = "first-paint"
WINDOW_READY = "ready"  # the app only: the window built and its map painted
TARGET_S = 1.2
#: The standalone app (``make bundle``): its launch may take at most this much longer
#: than the launch from the virtual environment, measured in the same run.
BUNDLE = ROOT / "dist" / "trafficking-explorer" / "trafficking-explorer"
BUNDLE_FACTOR = 1.2
WORKSPACE_TARGET_S = 0.7  # and at most QGIS's launch in the same run (issue 20)
TIMEOUT_S = 120.0


@dataclass(frozen=True)
class Launch:
    seconds: float  # spawn to the READY line
    peak_rss_mib: float  # of the whole process life
    output: str = ""  # what the process printed after the READY line
    ready_seconds: float | None = None  # spawn to the WINDOW_READY line (the app only)


def launch_once(command: tuple[str, ...]) -> Launch:
    """Spawn ``command`` offscreen, time it to its READY line, then reap it for its peak RSS."""
    # A fresh, empty data folder: the launch of a new user (demo data, empty
    # workspace), never whatever the machine's own default workspace holds. The cache
    # folder is kept: after the warm-up run it holds the map's prepared outlines, as it
    # does at every launch of a user after the first.
    with (
        tempfile.TemporaryDirectory(prefix="bench-launch-data-") as data_home,
        tempfile.TemporaryFile() as stderr,
    ):
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": data_home,
            "XDG_CONFIG_HOME": data_home,  # no remembered workspace or window either
        }
        start = time.perf_counter()
        proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=stderr)
        killer = threading.Timer(TIMEOUT_S, proc.kill)
        killer.start()
        seconds = ready = None
        try:
            assert proc.stdout is not None
            while line := proc.stdout.readline():
                if line.strip() == READY.encode():
                    seconds = time.perf_counter() - start
                    if command[: len(APP)] != APP:
                        break
                elif line.strip() == WINDOW_READY.encode():
                    ready = time.perf_counter() - start
                    break
            # Drain until exit so the child never blocks on a full pipe.
            output = proc.stdout.read().decode(errors="replace")
            proc.stdout.close()
            # wait4 (not Popen.wait) because it returns this child's own resource usage.
            _pid, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
        finally:
            killer.cancel()
        if seconds is None or proc.returncode != 0:
            stderr.seek(0)
            raise RuntimeError(
                f"{' '.join(command)} exited {proc.returncode} "
                f"({'after' if seconds else 'without'} printing {READY!r}):\n"
                + stderr.read().decode(errors="replace")[-2000:]
            )
    return Launch(seconds, usage.ru_maxrss / 1024, output, ready)  # Linux: ru_maxrss in KiB


def measure(runs: int = 5) -> list[Row]:
    """Launch time and peak RSS of the app, the baseline and the peers, ``runs`` each.

    The peers, when installed: QGIS's headless launch (``peer_qgis.py``: the
    same countries and values, 7 quantile classes, Equal Earth, first 1440x900
    render) and folium's page in a QWebEngineView (``peer_folium_webengine.py``:
    to its first ``loadFinished``). All run round-robin, one each per round.
    """
    with tempfile.TemporaryDirectory(prefix="bench-launch-workspaces-") as folder:
        workspaces = launch_workspaces.build(Path(folder))
        return _measure(runs, workspaces)


def bundle_launch_command(bundle: Path = BUNDLE) -> tuple[str, ...] | None:
    """The built standalone app's launch, None when no bundle has been built."""
    return (str(bundle), "--exit-after-first-paint") if bundle.is_file() else None


def bundle_row(bundle: list[float] | None, venv: list[float] | None) -> Row:
    """The standalone app's launch against the virtual environment's, in the same run
    (its target: at most BUNDLE_FACTOR times the latter); "not measured" without a bundle."""
    figure = "launch of the standalone app (make bundle) to first painted map (s)"
    peer = "our launch from the virtual environment, same run"
    if not bundle or not venv:
        return not_measured(figure + " (no bundle built)", peer=peer)
    target = BUNDLE_FACTOR * statistics.median(venv)
    return summarise(figure, bundle, target=target, baseline=peer, baseline_samples=venv)


def _measure(runs: int, workspaces: dict[str, Path]) -> list[Row]:
    commands: dict[str, tuple[str, ...] | None] = {
        "app": APP,
        "glotip": (*APP, "--workspace", str(workspaces["glotip"])),
        "mixed": (*APP, "--workspace", str(workspaces["mixed"])),
        "baseline": BASELINE,
        "qgis": peers.qgis_launch_command(),
        "folium": peers.folium_launch_command(),
        "bundle": bundle_launch_command(),
    }
    present = {name: command for name, command in commands.items() if command is not None}
    for command in present.values():  # warm-up round, not counted
        launch_once(command)
    done: dict[str, list[Launch]] = {name: [] for name in commands}
    for i in range(runs):
        for name, command in present.items():
            done[name].append(launch_once(command))
        print(
            f"  launch {i + 1}/{runs}: "
            + ", ".join(f"{name} {done[name][-1].seconds:.3f} s" for name in present),
            file=sys.stderr,
        )
    app, base = done["app"], done["baseline"]
    seconds = {name: [x.seconds for x in launches] or None for name, launches in done.items()}
    qgis = peers.qgis_name("headless launch to first 1440x900 render")
    folium = "folium page in a QWebEngineView, launch to loadFinished"
    if commands["folium"] is None:
        folium += " (QtWebEngine not installed)"
    figure = "launch to first painted map, fresh process, window included (s)"
    rows = [
        summarise(
            figure, seconds["app"], target=TARGET_S, baseline=qgis, baseline_samples=seconds["qgis"]
        ),
        summarise(figure, seconds["app"], baseline=folium, baseline_samples=seconds["folium"]),
        summarise(
            figure, seconds["app"], baseline=BASELINE_NAME, baseline_samples=seconds["baseline"]
        ),
    ]
    held = launch_workspaces.glotip_source()
    demo = "our launch on the demo data, same run"
    for name, what in (
        ("glotip", f"a workspace holding {held}"),
        ("mixed", f"a workspace holding {held}, a CTDC import and two indicator tables"),
    ):
        figure = f"launch to first painted map on {what} (s)"
        rows += [
            summarise(
                figure,
                seconds[name],
                target=WORKSPACE_TARGET_S,
                baseline=qgis,
                baseline_samples=seconds["qgis"],
            ),
            summarise(figure, seconds[name], baseline=demo, baseline_samples=seconds["app"]),
            summarise(
                f"launch to the window ready (built, its own map painted) on {what} (s)",
                [x.ready_seconds for x in done[name]],
                baseline=qgis,
                baseline_samples=seconds["qgis"],
            ),
        ]
    mb = 1024 * 1024 / 1e6
    rows.append(
        summarise(
            f"launch peak RSS on a workspace holding {held} (MB)",
            [x.peak_rss_mib * mb for x in done["glotip"]],
            baseline=qgis,
            baseline_samples=[x.peak_rss_mib * mb for x in done["qgis"]] or None,
        )
    )
    rows.append(bundle_row(seconds["bundle"], seconds["app"]))
    for name, label in (("qgis", qgis), ("folium", folium)):
        if seconds[name]:
            rows.append(summarise(f"peer: {label} (s)", seconds[name]))
        else:
            rows.append(not_measured(f"peer: {label} (s)"))
    rows += [
        summarise(f"baseline: {BASELINE_NAME} launch (s)", seconds["baseline"]),
        summarise(
            "launch peak RSS (MB)",
            [x.peak_rss_mib * mb for x in app],
            baseline=BASELINE_NAME,
            baseline_samples=[x.peak_rss_mib * mb for x in base],
        ),
    ]
    return rows
