"""Shared basis of the demo generator: constants, populations, scales and cells.

Why apart: the figures (``demo``) and the flows (``demo_flows``) draw on the same
populations, region levels and GLOTIP-style cells; one module keeps them equal.
"""

from __future__ import annotations

import csv
from functools import cache

import numpy as np
import pandas as pd

from explorer.core.data.schema import SUPPRESSED
from explorer.core.geo.locations import resources_dir

VICTIMS = "Detected trafficking victims"
CONVICTED = "Persons convicted"
SMUGGLED = "Smuggled migrants detected"
YEARS = np.arange(2015, 2023)
#: Uninhabited or research-only territories: no one to detect there.
SKIPPED: tuple[str, ...] = ("ATA", "ATF", "BVT", "HMD", "SGS", "UMI", "IOT", "XSG")

POPULATION_FILE = "demo_population.csv"
# Detected victims a year ~ VICTIMS_AT_REFERENCE * (population / REFERENCE) ** VICTIMS_EXPONENT
# times the reporting capacity (log-normal around the region level, a few surprises).
REFERENCE_POPULATION = 1e7
VICTIMS_AT_REFERENCE = 110.0
VICTIMS_EXPONENT = 0.6
SMUGGLED_AT_REFERENCE = 300.0
SMUGGLED_EXPONENT = 0.5
ORIGIN_EXPONENT = 0.5  # how strongly an origin's population pulls flows
# Log-scale pull as an origin by subregion: few victims detected abroad come from rich ones.
ORIGIN_LEVEL = {
    "Western Europe": -2.0,
    "Northern Europe": -2.0,
    "Northern America": -2.0,
    "Australia and New Zealand": -2.0,
    "Southern Europe": -1.0,
}


@cache
def bundled_populations() -> dict[str, float]:
    """iso3 -> rough population (3 significant figures) from the bundled CSV.

    Built once by ``resources/build_demo_population.py`` from countryinfo 1.0.1 plus a
    small table of gaps; only a scale for the synthetic demo, never shown as a figure.
    """
    with (resources_dir() / POPULATION_FILE).open(newline="", encoding="utf-8") as handle:
        return {row["iso3"]: float(row["population"]) for row in csv.DictReader(handle)}


def population_of(table: pd.DataFrame) -> pd.Series:
    """The table's own ``population`` where given, else the bundled figure, else the median."""
    bundled = bundled_populations()
    given = (
        pd.to_numeric(table["population"], errors="coerce").astype("float64")
        if "population" in table
        else pd.Series(np.nan, index=table.index)
    )
    known = given.fillna(table["iso3"].map(bundled).astype("float64"))
    inhabited = [value for value in bundled.values() if value > 0]
    return known.fillna(float(np.median(inhabited)) if inhabited else REFERENCE_POPULATION)


def places_table(countries: pd.DataFrame) -> pd.DataFrame:
    """iso3, name, region, subregion, population of the countries that get figures, by iso3."""
    table = pd.DataFrame(
        {c: countries[c].astype("string") for c in ("iso3", "name", "region", "subregion")}
    )
    if "population" in countries:
        table["population"] = countries["population"].to_numpy()
    table = table.dropna(subset=["iso3"]).drop_duplicates("iso3").sort_values("iso3")
    table = table[~table["iso3"].isin(SKIPPED)].reset_index(drop=True)
    table["population"] = population_of(table).clip(lower=0.0)
    table["region"] = table["region"].fillna("Other")
    table["subregion"] = table["subregion"].fillna(table["region"])
    table["name"] = table["name"].fillna(table["iso3"])
    return table


def log_scale(places: pd.DataFrame, exponent: float) -> np.ndarray:
    """``exponent * log(population / REFERENCE_POPULATION)``; a floor of 50 people."""
    people = np.maximum(places["population"].to_numpy(dtype="float64"), 50.0)
    return exponent * np.log(people / REFERENCE_POPULATION)


def level(places: pd.DataFrame, column: str, levels: dict[str, float]) -> np.ndarray:
    """Per-place value of ``levels`` looked up by ``column`` (0 where not listed)."""
    return places[column].map(levels).fillna(0.0).to_numpy(dtype="float64")


def cells(counts: np.ndarray) -> dict[str, np.ndarray]:
    """Counts to value/lower/upper/flag; 1-4 becomes GLOTIP's ``<5`` (bounds kept)."""
    small = (counts >= 1) & (counts <= 4)
    return {
        "value": np.where(small, np.nan, counts.astype("float64")),
        "lower": np.where(small, 1.0, np.nan),
        "upper": np.where(small, 4.0, np.nan),
        "flag": np.where(small, SUPPRESSED, ""),
    }


def noisy_shares(rng: np.random.Generator, base: np.ndarray, sigma: float) -> np.ndarray:
    """Per-year shares around a country's base shares (rows sum to 1)."""
    noisy = base * np.exp(rng.normal(0.0, sigma, base.shape))
    return noisy / noisy.sum(axis=-1, keepdims=True)
