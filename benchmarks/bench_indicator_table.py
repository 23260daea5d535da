"""Import of a World Bank style wide indicator sheet, against pandas.read_csv reading it alone.

The file is generated here (seeded, so every run reads the same bytes): the
World Bank CSV layout with its preamble ("Data Source", "Last Updated Date",
blank lines), the header "Country Name, Country Code, Indicator Name,
Indicator Code, 1964 ... 2023" with a trailing separator, and 200 real
countries (ISO3 codes and names from pycountry) x 60 years, about 15 % of the
cells empty as in real downloads.

Why fresh processes: a user imports once per session, with the name resolver's
tables not yet built; a second import in one process would reuse them and look
faster than any real one. Each sample is a child process that imports its
modules first, then times only ``read_indicator_table`` end to end (read,
header detection, parse, resolve, build the Dataset): the resolver's table
build is on the clock. The baseline child times ``pandas.read_csv(path,
skiprows=4)`` of the same file, module imports off the clock too. Import and
baseline runs alternate so that load spikes hit both alike; one untimed pair
first fills the OS file cache.
"""

from __future__ import annotations

import csv
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from common import Row, summarise

TARGET_S = 0.5
COUNTRIES = 200
YEARS = list(range(1964, 2024))  # 60 years
SEED = 20240628
BASELINE_NAME = "pandas.read_csv(skiprows=4) alone"
TIMEOUT_S = 120.0


def write_sheet(path: Path, seed: int = SEED) -> Path:
    """The World Bank style wide CSV described in the module docstring."""
    import pycountry

    rng = random.Random(seed)
    countries = sorted(pycountry.countries, key=lambda c: c.alpha_3)
    chosen = sorted(rng.sample(countries, COUNTRIES), key=lambda c: c.name)
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL)
        handle.write('"Data Source","World Development Indicators",\n\n')
        handle.write('"Last Updated Date","2024-06-28",\n\n')
        writer.writerow(
            ["Country Name", "Country Code", "Indicator Name", "Indicator Code"]
            + [str(y) for y in YEARS]
            + [""]
        )
        for country in chosen:
            level = rng.uniform(0.5, 40.0)
            cells = []
            for _ in YEARS:
                level *= rng.uniform(0.9, 1.1)
                cells.append("" if rng.random() < 0.15 else repr(round(level, 6)))
            writer.writerow(
                [
                    country.name,
                    country.alpha_3,
                    "Intentional homicides (per 100,000 people)",
                    "VC.IHR.PSRC.P5",
                    *cells,
                    "",
                ]
            )
    return path


def _child(kind: str, path: str) -> dict[str, Any]:
    """One timed sample in this (fresh) process; imports happen before the clock."""
    if kind == "baseline":
        import pandas as pd

        start = time.perf_counter()
        pd.read_csv(path, skiprows=4)
        return {"seconds": time.perf_counter() - start}

    import explorer.core.names.resolver  # noqa: F401  (the reader imports the resolver lazily)
    from explorer.io.readers.tables.indicators import read_indicator_table

    start = time.perf_counter()
    dataset, report = read_indicator_table(path)
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "rows_read": report.rows_read,
        "rows_imported": report.rows_imported,
        "rejected": len(report.rejected),
        "observations": len(dataset.observations),
    }


def _sample(kind: str, path: Path) -> dict[str, Any]:
    """Run ``_child(kind)`` in a fresh interpreter and return what it printed."""
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


def measure(runs: int = 5) -> list[Row]:
    """Seconds to import the generated sheet and to read it with pandas alone, ``runs`` each."""
    with tempfile.TemporaryDirectory() as tmp:
        path = write_sheet(Path(tmp) / "API_VC.IHR.PSRC.P5_DS2_en_csv_v2.csv")
        _sample("import", path)  # warm-up, not counted
        _sample("baseline", path)
        ours: list[dict[str, Any]] = []
        base: list[float] = []
        for i in range(runs):
            ours.append(_sample("import", path))
            base.append(_sample("baseline", path)["seconds"])
            print(
                f"  indicator table {i + 1}/{runs}: {ours[-1]['seconds']:.3f} s, "
                f"read_csv {base[-1]:.3f} s",
                file=sys.stderr,
            )
    counts = {json.dumps({k: v for k, v in s.items() if k != "seconds"}) for s in ours}
    if len(counts) != 1:
        raise RuntimeError(f"the import gave different results across runs: {counts}")
    first = ours[0]
    return [
        summarise(
            f"Indicator table import, World Bank wide CSV {COUNTRIES} countries x "
            f"{len(YEARS)} years ({first['observations']:,} observations; "
            f"{first['rows_read']} rows read, {first['rejected']} rejected) (s)",
            [s["seconds"] for s in ours],
            target=TARGET_S,
            baseline=BASELINE_NAME,
            baseline_samples=base,
        ),
        summarise(f"baseline: {BASELINE_NAME} (s)", base),
    ]


if __name__ == "__main__":
    print(json.dumps(_child(sys.argv[1], sys.argv[2])))
