"""The peer programs, run in child processes: QGIS (PyQGIS) and folium in a QWebEngineView.

Why child processes: QGIS's Python bindings belong to the system ``python3``
(Debian's ``python3-qgis``, PyQt5), not to the app's venv (PySide6), and
QtWebEngine must be set up before a QApplication exists, which the in-process
benchmarks have already created. Each peer script prints JSON on stdout.

Why "not measured" instead of failing: the peers are installed by
``make bench-peers``, not by ``make``; a run without them still measures the
app and says which peer figures are missing.

The QGIS input is written here, once per run, into a temporary folder: the
app's country shapes (EPSG:4326, as bundled) with one value column per year
(``v2015`` ...) of the demo's default indicator, national totals, exactly the
values our map classifies.
"""

from __future__ import annotations

import atexit
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
QGIS_PYTHON = os.environ.get("BENCH_QGIS_PYTHON", "/usr/bin/python3")
QGIS_SCRIPT = str(HERE / "peer_qgis.py")
FOLIUM_SCRIPT = str(HERE / "peer_folium_webengine.py")
TIMEOUT_S = 600.0


def samples_for(iterations: int) -> int:
    """Samples per peer figure: a tenth of the in-process iterations, at least 5.

    The restyle and export groups ask with the same count, so one QGIS run serves both.
    """
    return max(5, iterations // 10)


@cache
def qgis_version() -> str | None:
    """The installed QGIS version (``3.22.16-Białowieża``), or None without PyQGIS."""
    try:
        proc = subprocess.run(
            [QGIS_PYTHON, "-c", "import qgis.core; print(qgis.core.Qgis.QGIS_VERSION)"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    except OSError:
        return None
    if proc.returncode != 0:
        return None
    return proc.stdout.strip().split("-")[0] or None


def qgis_name(what: str) -> str:
    """``QGIS 3.22.16 <what>``, or ``QGIS <what>`` when it is not installed."""
    version = qgis_version()
    return f"QGIS {version} {what}" if version else f"QGIS {what} (not installed)"


@cache
def _tmp() -> Path:
    folder = tempfile.TemporaryDirectory(prefix="bench-peers-")
    atexit.register(folder.cleanup)
    return Path(folder.name)


@dataclass(frozen=True)
class QgisInput:
    gpkg: str
    fields: list[str]  # the default year first, then the others in order
    title: str


@cache
def qgis_input() -> QgisInput:
    """The GeoPackage of countries and the default indicator's values, written once.

    Written by a child process: loading geopandas here would grow this process,
    and a child forked from a large process reports a larger peak RSS.
    """
    path = _tmp() / "countries.gpkg"
    return QgisInput(**_json([sys.executable, __file__, "input", str(path)]))


def _write_input(path: str) -> dict[str, Any]:
    from explorer.core.demo.generate import demo_dataset
    from explorer.core.geo.countries import load_countries
    from explorer.core.view.snapshot import restore_state

    dataset = demo_dataset()
    state = restore_state({}, dataset)
    years = dataset.years(state.indicator)
    frame = load_countries()[["iso3", "name", "geometry"]]
    for year in years:
        values = dataset.values(state.indicator, year, state.breakdown)["value"]
        frame[f"v{year}"] = frame["iso3"].map(values).astype(float)
    frame.to_file(path, layer="countries", engine="pyogrio", VERSION="1.2")
    first = years.index(state.year)
    fields = [f"v{y}" for y in years[first:] + years[:first]]
    return {"gpkg": path, "fields": fields, "title": f"{state.indicator}, {state.year}"}


def qgis_launch_command() -> tuple[str, ...] | None:
    """The command whose ``first-paint`` line ends a QGIS headless launch, or None."""
    if qgis_version() is None:
        return None
    data = qgis_input()
    return (QGIS_PYTHON, QGIS_SCRIPT, "launch", data.gpkg, data.fields[0])


@cache
def qgis_work(samples: int) -> dict[str, Any] | None:
    """Re-classify + re-render and layout export timings from ``peer_qgis.py work``."""
    if qgis_version() is None:
        return None
    data = qgis_input()
    out = _tmp() / "qgis-out"
    out.mkdir(exist_ok=True)
    fields = ",".join(data.fields)
    return _json(
        [QGIS_PYTHON, QGIS_SCRIPT, "work", data.gpkg, fields, str(out), str(samples), data.title]
    )


@dataclass(frozen=True)
class QgisLaunch:
    seconds: float
    status: dict[str, float]  # VmRSS, VmHWM in MB (10^6 bytes)


def qgis_launches(runs: int) -> list[QgisLaunch]:
    """``runs`` fresh QGIS launches (seconds to first render, memory after); [] without QGIS."""
    from bench_launch import launch_once

    command = qgis_launch_command()
    if command is None:
        return []
    launches = []
    for _ in range(runs):
        launch = launch_once(command)
        status = json.loads(launch.output.strip().splitlines()[-1])
        mib_to_mb = 1024 * 1024 / 1e6
        launches.append(
            QgisLaunch(launch.seconds, {k: status[k] * mib_to_mb for k in ("VmRSS", "VmHWM")})
        )
    return launches


@cache
def webengine_available() -> bool:
    """Whether the venv's PySide6 has QtWebEngine (``make bench-peers`` installs it)."""
    proc = subprocess.run(
        [sys.executable, "-c", "import PySide6.QtWebEngineWidgets"],
        capture_output=True,
        timeout=120,
        check=False,
    )
    return proc.returncode == 0


def folium_launch_command() -> tuple[str, ...] | None:
    """The command whose ``first-paint`` line is the folium page's first loadFinished."""
    return (sys.executable, FOLIUM_SCRIPT, "launch") if webengine_available() else None


@cache
def folium_work(samples: int) -> dict[str, Any] | None:
    """Year change timings of the folium page in a QWebEngineView (regenerate + reload)."""
    if not webengine_available():
        return None
    return _json([sys.executable, FOLIUM_SCRIPT, "work", str(samples)])


def _json(command: list[str]) -> dict[str, Any]:
    proc = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if proc.returncode != 0:
        name = Path(command[1]).name
        raise RuntimeError(f"{name} exited {proc.returncode}:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    print(json.dumps(_write_input(sys.argv[2])))
