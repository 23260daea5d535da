"""The headless ``export`` command end to end, in fresh processes, against the CLI's own start.

Why fresh processes, timed from spawn to exit: someone scripting exports
(``trafficking-explorer export --out map.png`` in a loop or a Makefile) waits
for all of it: interpreter start, imports, the demo data, the offscreen
window, the paint, encoding, writing and teardown. The in-process ``export``
group times only the paint and the write; this one shows what the command
costs around them, so a restructuring that moves work into start-up (or out
of it) shows here.

Why this baseline: ``python -m explorer --version`` is the same interpreter
and entry point doing no work, measured in the same run, so the ratio says how
many CLI starts an export costs and survives a slower machine. Each process
gets its own empty XDG_DATA_HOME / XDG_CONFIG_HOME, so the demo data is
exported and no workspace or settings are read. The runs go round-robin
(baseline, PNG, CSV, HTML, baseline, ...) so load spikes hit them alike; one
untimed round first fills the OS file cache. Every written file is checked off
the clock: the PNG's header says 1920x1080, the CSV has its header row (and
its flows and about files), the HTML is a page with Leaflet inlined.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import Row, summarise

ROOT = Path(__file__).resolve().parent.parent
PYTHON_M = (sys.executable, "-m", "explorer")
BASELINE = (*PYTHON_M, "--version")
BASELINE_NAME = "python -m explorer --version, fresh process"
FIGURE = "export command end to end, fresh process: {} (s)"
TIMEOUT_S = 300.0


def _png_is_1920x1080(folder: Path) -> bool:
    data = (folder / "map.png").read_bytes()[:24]
    return data[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", data[16:24]) == (1920, 1080)


def _csv_is_whole(folder: Path) -> bool:
    head = (folder / "map.csv").read_text(encoding="utf-8-sig").split("\n", 1)[0]
    others = (folder / "map-flows.csv").is_file() and (folder / "map-about.txt").is_file()
    return head.startswith("iso3,country,") and others


def _html_is_a_map(folder: Path) -> bool:
    text = (folder / "map.html").read_text(encoding="utf-8")
    return text.lstrip().lower().startswith("<!doctype html") and "L.map(" in text


# Name in the figure -> (arguments after "python -m explorer", file written, its check).
COMMANDS: dict[str, tuple[tuple[str, ...], str, Callable[[Path], bool]]] = {
    "PNG 1920x1080": (("export", "--demo", "--size", "1920x1080"), "map.png", _png_is_1920x1080),
    "CSV": (("export", "--demo"), "map.csv", _csv_is_whole),
    "HTML": (("export", "--demo"), "map.html", _html_is_a_map),
}


def run_once(
    command: tuple[str, ...], out: str | None, check: Callable[[Path], bool] | None
) -> float:
    """Seconds from spawning ``command`` (with ``--out`` in a fresh folder) to its exit."""
    with tempfile.TemporaryDirectory(prefix="bench-commands-") as folder:
        home = Path(folder, "home")
        home.mkdir()
        if out is not None:
            command = (*command, "--out", str(Path(folder, out)))
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": str(home),
            "XDG_CONFIG_HOME": str(home),  # no remembered workspace or settings
        }
        start = time.perf_counter()
        proc = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, timeout=TIMEOUT_S, check=False
        )
        seconds = time.perf_counter() - start
        if proc.returncode != 0:
            raise RuntimeError(
                f"{' '.join(command)} exited {proc.returncode}:\n"
                + proc.stderr.decode(errors="replace")[-2000:]
            )
        if check is not None and not check(Path(folder)):
            raise RuntimeError(f"{' '.join(command)} did not write what it should")
    return seconds


def measure(runs: int = 5) -> list[Row]:
    """Each export command and the baseline, ``runs`` fresh processes each, round-robin."""
    commands = {
        "baseline": (BASELINE, None, None),
        **{name: ((*PYTHON_M, *args), out, ok) for name, (args, out, ok) in COMMANDS.items()},
    }
    for command, out, check in commands.values():  # warm-up round, not counted
        run_once(command, out, check)
    done: dict[str, list[float]] = {name: [] for name in commands}
    for i in range(runs):
        for name, (command, out, check) in commands.items():
            done[name].append(run_once(command, out, check))
        print(
            f"  commands {i + 1}/{runs}: "
            + ", ".join(f"{name} {done[name][-1]:.3f} s" for name in commands),
            file=sys.stderr,
        )
    rows = [
        summarise(
            FIGURE.format(name),
            done[name],
            baseline=BASELINE_NAME,
            baseline_samples=done["baseline"],
        )
        for name in COMMANDS
    ]
    rows.append(summarise(f"baseline: {BASELINE_NAME} (s)", done["baseline"]))
    return rows
