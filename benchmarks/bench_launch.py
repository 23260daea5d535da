"""Launch to first painted map, in fresh processes, against an empty Qt window.

Why fresh processes: what a user waits for is interpreter start, imports, demo
data, geometry and the first paint of the map; an in-process timer would miss
the first two and see warm import caches. The clock runs from spawning the
process to reading its ``first-paint`` line; teardown is not counted.

Why alternate app and baseline runs: on a shared machine load comes and goes,
so interleaving them exposes both to the same conditions and keeps the ratio
honest. One untimed warm-up pair first fills the OS file cache, so every timed
run sees the same (warm) disk; a cold first launch after install is slower.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from common import Row, summarise

ROOT = Path(__file__).resolve().parent.parent
APP = (sys.executable, "-m", "explorer", "--exit-after-first-paint")
BASELINE = (sys.executable, str(Path(__file__).with_name("baseline_empty_window.py")))
BASELINE_NAME = "empty QMainWindow + QGraphicsView"
READY = "first-paint"
TARGET_S = 1.2
TIMEOUT_S = 120.0


@dataclass(frozen=True)
class Launch:
    seconds: float  # spawn to the READY line
    peak_rss_mib: float  # of the whole process life


def launch_once(command: tuple[str, ...]) -> Launch:
    """Spawn ``command`` offscreen, time it to its READY line, then reap it for its peak RSS."""
    # A fresh, empty data folder: the launch of a new user (demo data, empty
    # workspace), never whatever the machine's own default workspace holds.
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
        seconds = None
        try:
            assert proc.stdout is not None
            while line := proc.stdout.readline():
                if line.strip() == READY.encode():
                    seconds = time.perf_counter() - start
                    break
            proc.stdout.read()  # drain until exit so the child never blocks on a full pipe
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
    return Launch(seconds, usage.ru_maxrss / 1024)  # Linux reports ru_maxrss in KiB


def measure(runs: int = 5) -> list[Row]:
    """Launch time and peak RSS of the app and of the baseline, ``runs`` fresh processes each."""
    launch_once(APP)  # warm-up pair, not counted
    launch_once(BASELINE)
    app: list[Launch] = []
    base: list[Launch] = []
    for i in range(runs):
        app.append(launch_once(APP))
        base.append(launch_once(BASELINE))
        print(
            f"  launch {i + 1}/{runs}: app {app[-1].seconds:.3f} s, "
            f"baseline {base[-1].seconds:.3f} s",
            file=sys.stderr,
        )
    return [
        summarise(
            "launch to first painted map (s)",
            [x.seconds for x in app],
            target=TARGET_S,
            baseline=BASELINE_NAME,
            baseline_samples=[x.seconds for x in base],
        ),
        summarise(f"baseline: {BASELINE_NAME} launch (s)", [x.seconds for x in base]),
        summarise(
            "launch peak RSS (MiB)",
            [x.peak_rss_mib for x in app],
            baseline=BASELINE_NAME,
            baseline_samples=[x.peak_rss_mib for x in base],
        ),
    ]
