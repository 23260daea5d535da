"""The first build of the country-name index, against the plainest index of the same sources.

Why: every import resolves its country labels through ``lookup_tables()``, which is
built on first use in each process (the import's child process builds it every
time), so its build is paid once per import. It folds pycountry's names, babel's
territory names in the name-matching languages, the generated aliases and the
hand-written tables into one dictionary of keys, settling conflicts by source;
its docstring promises "a fraction of a second" (the suite used to assert
0.5 s; speed is measured here instead).

Why fresh processes: the first build also loads pycountry's tables and babel's
locale data, as a user's first import does. Each sample is a child process that
imports its modules before the clock, then times the first build ("cold") and,
after clearing the cache, a second build with those data already in memory
("warm": what the build itself costs).

The baseline, in the same run and the same way: a plain dictionary of
lower-cased names to ISO3 from the same pycountry attributes and the same babel
languages, nothing folded, no aliases, demonyms, phrases or ambiguity. The ratio
says what the index's extra sources and rules cost on top of reading the names.
Runs alternate (ours, baseline, ...) so load spikes hit both alike; one untimed
pair first fills the OS file cache. Off the clock, each child checks what it
built (sizes, and a few labels the index must resolve).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from common import Row, summarise

TARGET_MS = 500.0  # "a fraction of a second": the bound the suite used to assert
BASELINE_NAME = "plain dict of pycountry + babel names, same languages"
TIMEOUT_S = 120.0
# Labels only the index's own rules resolve (mojibake, demonym, class phrase, alias).
CHECKS = {"TÃ¼rkiye": "TUR", "Nigerian": "NGA", "Nationals": "DOMESTIC", "Ivory Coast": "CIV"}


def _ours() -> dict[str, Any]:
    from explorer.core.names.lookup_tables import lookup_tables
    from explorer.core.names.resolver import resolve

    start = time.perf_counter()
    tables = lookup_tables()
    cold = time.perf_counter() - start
    lookup_tables.cache_clear()
    start = time.perf_counter()
    tables = lookup_tables()
    warm = time.perf_counter() - start
    wrong = {label: resolve(label).result for label in CHECKS}
    wrong = {label: got for label, got in wrong.items() if got != CHECKS[label]}
    if wrong:
        raise RuntimeError(f"the index resolved these wrongly: {wrong}")
    return {"cold": cold, "warm": warm, "keys": len(tables.names)}


def _plain_index() -> dict[str, str]:
    import pycountry
    from babel import Locale

    from explorer.core.names.country_spellings import NAME_LANGUAGES

    index: dict[str, str] = {}
    alpha2_to_iso3 = {}
    for country in pycountry.countries:
        alpha2_to_iso3[country.alpha_2] = country.alpha_3
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                index[value.lower()] = country.alpha_3
    for language in NAME_LANGUAGES:
        for code, name in Locale(language).territories.items():
            if code in alpha2_to_iso3:
                index[name.lower()] = alpha2_to_iso3[code]
    return index


def _baseline() -> dict[str, Any]:
    import pycountry  # noqa: F401  (imported before the clock, as ours is)
    from babel import Locale  # noqa: F401

    start = time.perf_counter()
    index = _plain_index()
    cold = time.perf_counter() - start
    start = time.perf_counter()
    index = _plain_index()
    warm = time.perf_counter() - start
    if index.get("nigeria") != "NGA":
        raise RuntimeError("the plain index misses Nigeria")
    return {"cold": cold, "warm": warm, "keys": len(index)}


def _sample(kind: str) -> dict[str, Any]:
    """Run ``kind`` in a fresh interpreter and return what it printed."""
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), kind],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{kind} sample exited {proc.returncode}:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def measure(runs: int = 5) -> list[Row]:
    """Milliseconds for the index's first and second build, and the baseline's, ``runs`` each."""
    for kind in ("ours", "baseline"):  # warm-up, not counted
        _sample(kind)
    ours: list[dict[str, Any]] = []
    base: list[dict[str, Any]] = []
    for i in range(runs):
        ours.append(_sample("ours"))
        base.append(_sample("baseline"))
        print(
            f"  names {i + 1}/{runs}: first build {1000 * ours[-1]['cold']:.0f} ms "
            f"(again {1000 * ours[-1]['warm']:.0f} ms), plain dict "
            f"{1000 * base[-1]['cold']:.0f} ms (again {1000 * base[-1]['warm']:.0f} ms)",
            file=sys.stderr,
        )

    def ms(samples: list[dict[str, Any]], key: str) -> list[float]:
        return [1000 * s[key] for s in samples]

    keys, plain_keys = ours[0]["keys"], base[0]["keys"]
    return [
        summarise(
            f"names index, first build in a fresh process ({keys:,} keys) (ms)",
            ms(ours, "cold"),
            target=TARGET_MS,
            baseline=f"{BASELINE_NAME}, first build",
            baseline_samples=ms(base, "cold"),
        ),
        summarise(
            "names index, built again with pycountry and babel loaded (ms)",
            ms(ours, "warm"),
            baseline=f"{BASELINE_NAME}, built again",
            baseline_samples=ms(base, "warm"),
        ),
        summarise(
            f"baseline: {BASELINE_NAME}, first build ({plain_keys:,} keys) (ms)",
            ms(base, "cold"),
        ),
    ]


if __name__ == "__main__":
    print(json.dumps({"ours": _ours, "baseline": _baseline}[sys.argv[1]]()))
