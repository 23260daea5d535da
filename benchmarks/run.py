"""Run the benchmarks (``make bench``): print a markdown table, write results/latest.*.

Why a table of medians with ratios: speed targets are checked here, never as
timed asserts in the test suite, and the machines are shared and noisy; each
figure is a median with its min and max, next to a baseline measured in the
same run. The machine facts go with the figures, because a number without the
machine it came from cannot be compared.

Every group runs by default (``make bench``); the peers (QGIS, folium in a
QWebEngineView) are measured when ``make bench-peers`` installed them and are
"not measured" otherwise. In-process windows get a fresh, empty data folder,
so they show the demo as a new user sees it, never the machine's workspace.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import bench_commands
import bench_ctdc
import bench_editions
import bench_export
import bench_flows
import bench_growth
import bench_hover
import bench_import
import bench_indicator_table
import bench_launch
import bench_memory
import bench_names
import bench_places
import bench_restyle
import bench_source_rows
import bench_workspace_save
import peers
from common import Row, markdown_table

RESULTS = Path(__file__).resolve().parent / "results"


def machine_facts() -> dict[str, str]:
    """CPU, cores, Python, PySide6, platform, load, commit and date of this run."""
    import PySide6

    cpu = "unknown"
    with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    commit = subprocess.run(
        ["git", "describe", "--always", "--dirty"],
        cwd=RESULTS.parent,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "cpu": cpu,
        "nproc": str(len(os.sched_getaffinity(0))),
        "load average (1/5/15 min)": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "pyside6": PySide6.__version__,
        "qt platform": os.environ.get("QT_QPA_PLATFORM", "(default)"),
        "os": platform.platform(),
        "commit": commit or "unknown",
        "peers": _peer_facts(),
    }


def _peer_facts() -> str:
    qgis = peers.qgis_version()
    webengine = peers.webengine_available()
    return (
        (f"QGIS {qgis} (Debian python3-qgis)" if qgis else "QGIS not installed")
        + "; "
        + ("QtWebEngine (PySide6-Addons) present" if webengine else "QtWebEngine not installed")
    )


def _write(path: Path, text: str) -> None:
    """Write via a temporary file so a killed run never leaves half a result."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs",
        type=int,
        default=5,
        help=(
            "fresh processes per figure of launch, import, ctdc, tables, commands, names "
            "(places: fresh datasets)"
        ),
    )
    parser.add_argument(
        "--iterations",
        type=int,
        default=50,
        help="samples per restyle and flows figure (export: a tenth)",
    )
    groups = [
        "launch", "memory", "restyle", "hover", "flows", "import", "export", "ctdc",
        "tables", "growth", "places", "commands", "editions", "workspace",
        "names",
    ]  # fmt: skip
    parser.add_argument("--only", choices=groups, help="run one benchmark group")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.iterations < 1:
        parser.error("--runs and --iterations must be at least 1")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data_home = tempfile.TemporaryDirectory(prefix="bench-data-")
    os.environ["XDG_DATA_HOME"] = os.environ["XDG_CONFIG_HOME"] = data_home.name

    benches: dict[str, Callable[[], list[Row]]] = {
        "launch": lambda: bench_launch.measure(args.runs),  # first: no Qt in this process yet
        "memory": lambda: bench_memory.measure(args.runs),
        "restyle": lambda: bench_restyle.measure(args.iterations),
        "hover": lambda: bench_hover.measure(args.iterations),
        "flows": lambda: bench_flows.measure(args.iterations),
        "import": lambda: bench_import.measure(args.runs),
        "export": lambda: bench_export.measure(args.iterations),
        "ctdc": lambda: bench_ctdc.measure(args.runs),
        "tables": lambda: bench_indicator_table.measure(args.runs),
        "growth": lambda: bench_growth.measure(args.runs, args.iterations),
        "places": lambda: bench_places.measure(args.runs, args.iterations),
        "commands": lambda: bench_commands.measure(args.runs),
        "editions": lambda: [
            *bench_editions.measure(args.runs),
            *bench_source_rows.measure(args.runs),
        ],
        "workspace": lambda: bench_workspace_save.measure(args.runs),
        "names": lambda: bench_names.measure(args.runs),
    }
    assert list(benches) == groups
    facts = machine_facts()
    rows: list[Row] = []
    for name, bench in benches.items():
        if args.only in (None, name):
            print(f"running {name}…", file=sys.stderr)
            rows.extend(bench())

    table = markdown_table(rows)
    facts_md = "\n".join(f"- {key}: {value}" for key, value in facts.items())
    command = " ".join(["benchmarks/run.py", *(argv if argv is not None else sys.argv[1:])])
    report = (
        f"# Benchmark results\n\n{table}\n\n"
        f"Medians of {args.runs} fresh processes (launch, memory, import, ctdc, tables, "
        f"commands, names) and "
        f"{args.iterations} "
        f"iterations (restyle, flows; 5,000 flows: a fifth of them, at least 5; folium: "
        f"{bench_flows.FOLIUM_RUNS} runs; export: a tenth, at least 5; QGIS and the folium "
        f"page: {peers.samples_for(args.iterations)} each); hover: 1,000 positions; growth: "
        f"see benchmarks/bench_growth.py; places: {args.runs} freshly read datasets, "
        f"{args.iterations} year changes. ratio = median / peer median, same run "
        f"(below 1: ours is faster or smaller). MB = 10^6 bytes.\n\n"
        f"Command: `QT_QPA_PLATFORM=offscreen python {command}`\n\n## Machine\n\n{facts_md}\n"
    )
    print(f"\n{table}\n\n{facts_md}", flush=True)
    RESULTS.mkdir(exist_ok=True)
    # A partial run (--only) must not replace the full table that the README quotes.
    stem = "latest" if args.only is None else f"only-{args.only}"
    _write(RESULTS / f"{stem}.json", json.dumps([r.as_json() for r in rows], indent=2) + "\n")
    _write(RESULTS / f"{stem}.md", report)
    print(f"\nwrote {RESULTS / (stem + '.json')} and {RESULTS / (stem + '.md')}", file=sys.stderr)
    data_home.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
