"""Write resources/demo_population.csv: a rough population per country for the demo.

Why: the built-in SYNTHETIC demo (explorer/core/demo/generate.py) scales each country's
invented figures by its population, so that populous countries generally
detect and send more people than small islands. The app reads the CSV at run
time with plain ``csv``; it never needs countryinfo.

Run once by a developer, from the repository root, when the country table
(geodata/countries.gpkg) changes:

    .venv/bin/python resources/build_demo_population.py

Needs the dev dependencies countryinfo 1.0.1 and pycountry. Columns:
``iso3,population``, one row per iso3 of the bundled country table plus the
few ISO codes it has no shape for (EXTRA_CODES), sorted by iso3.

Source: countryinfo 1.0.1 (MIT), whose figures are estimates from around
2014. Each iso3 is mapped to its alpha-2 with pycountry, looked up with the
public ``CountryInfo(alpha2).population()``, and accepted only if countryinfo
resolves it to the same alpha-3 (so a loose name match can never slip in).
Codes countryinfo lacks take the rough values of GAPS below. Every value is
rounded to 3 significant figures: it is a scale for synthetic data, not a
statistic, and must not look like an authoritative source.
"""

from __future__ import annotations

import csv
import math
import sys
from pathlib import Path

import pycountry
from countryinfo import CountryInfo
from countryinfo.exceptions import CountryNotFoundError

HERE = Path(__file__).resolve().parent
OUT = HERE / "demo_population.csv"

#: ISO codes with no shape at 1:50m (geodata/README.md, "Known limits"): a table
#: that lists them still gets a sensible scale instead of the median.
EXTRA_CODES = ("BVT", "TKL", "TUV", "UMI")

#: Rough populations where countryinfo 1.0.1 has none (it has no population for
#: these entries, or no entry at all for the user-assigned X.. codes). Order of
#: magnitude around 2015, from public estimates, rounded hard. 0 means no
#: permanent population (research or military staff only).
GAPS: dict[str, int] = {
    "ALA": 29_000,  # Åland Islands
    "ATA": 0,  # Antarctica: research stations only
    "BLM": 9_500,  # Saint Barthélemy
    "BVT": 0,  # Bouvet Island: uninhabited
    "CUW": 155_000,  # Curaçao
    "MAF": 35_000,  # Saint Martin (French part)
    "PSE": 4_500_000,  # State of Palestine (West Bank and Gaza)
    "SXM": 38_000,  # Sint Maarten (Dutch part)
    "TCA": 34_000,  # Turks and Caicos Islands
    "UMI": 0,  # US Minor Outlying Islands: no permanent population
    "VGB": 29_000,  # British Virgin Islands
    "VIR": 104_000,  # United States Virgin Islands
    "XKX": 1_800_000,  # Kosovo (user-assigned code)
    "XNC": 300_000,  # Northern Cyprus (user-assigned code)
    "XSG": 0,  # Siachen Glacier: military posts only
    "XSO": 3_500_000,  # Somaliland (user-assigned; estimates vary widely; SOM counts it too)
}


def round_sig(value: float, digits: int = 3) -> int:
    """``value`` rounded to ``digits`` significant figures (0 stays 0)."""
    if value <= 0:
        return 0
    return int(round(value, digits - 1 - math.floor(math.log10(value))))


def from_countryinfo(iso3: str) -> int | None:
    """countryinfo's population for ``iso3``, or None if it has none for that code."""
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return None  # user-assigned X.. codes
    try:
        info = CountryInfo(country.alpha_2)
    except CountryNotFoundError:
        return None
    if info.iso(3) != iso3:
        raise SystemExit(f"countryinfo resolved {country.alpha_2} to {info.iso(3)}, not {iso3}")
    population = info.population()
    return None if population is None else int(population)


def build(codes: list[str]) -> list[tuple[str, int, str]]:
    """(iso3, population, source) for each code; stops if a code has no value at all."""
    rows = []
    for iso3 in sorted(set(codes)):
        population, source = from_countryinfo(iso3), "countryinfo"
        if population is None:
            if iso3 not in GAPS:
                raise SystemExit(f"{iso3}: no population in countryinfo; add it to GAPS")
            population, source = GAPS[iso3], "gap table"
        elif iso3 in GAPS:
            raise SystemExit(f"{iso3}: countryinfo has {population}; remove it from GAPS")
        rows.append((iso3, round_sig(population), source))
    return rows


def main() -> int:
    sys.path.insert(0, str(HERE.parent))  # run from a source checkout
    from explorer.core.geo.countries import load_countries

    codes = [*load_countries()["iso3"].astype(str), *EXTRA_CODES]
    rows = build(codes)
    with OUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["iso3", "population"])
        writer.writerows((iso3, population) for iso3, population, _ in rows)
    gaps = [f"{iso3}={population}" for iso3, population, source in rows if source != "countryinfo"]
    print(f"wrote {len(rows)} rows to {OUT}; from the gap table: {', '.join(gaps)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
