"""Flows of the demo dataset: who is detected where, by citizenship and by smuggling route.

Why apart: the origin choice (geography, known cross-region routes, population
pull) is its own idea, and keeps ``demo`` readable.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from explorer.core.data.schema import REGION_PREFIX, UNKNOWN
from explorer.core.demo.basis import (
    ORIGIN_EXPONENT,
    ORIGIN_LEVEL,
    YEARS,
    cells,
    level,
    log_scale,
    noisy_shares,
)
from explorer.core.demo.shown_name import DEMO_NAME

# Cross-region routes by destination subregion: where trafficking victims come from.
TRAFFICKING_ROUTES = {
    "Western Europe": ("Sub-Saharan Africa", "Eastern Europe", "Latin America and the Caribbean"),
    "Northern Europe": ("Sub-Saharan Africa", "Eastern Europe", "South-eastern Asia"),
    "Southern Europe": ("Latin America and the Caribbean", "Sub-Saharan Africa", "Northern Africa"),
    "Western Asia": ("Southern Asia", "South-eastern Asia", "Sub-Saharan Africa"),
    "Eastern Asia": ("South-eastern Asia",),
    "Northern America": ("Latin America and the Caribbean", "South-eastern Asia", "Eastern Asia"),
    "Australia and New Zealand": ("South-eastern Asia", "Melanesia"),
}
SMUGGLING_ROUTES = {
    "Western Europe": ("Northern Africa", "Sub-Saharan Africa", "Western Asia", "Southern Asia"),
    "Southern Europe": ("Northern Africa", "Sub-Saharan Africa", "Western Asia", "Southern Asia"),
    "Northern Europe": ("Western Asia", "Southern Asia", "Northern Africa"),
    "Eastern Europe": ("Central Asia", "Western Asia", "Southern Asia"),
    "Northern America": ("Latin America and the Caribbean",),
    "Western Asia": ("Southern Asia", "Sub-Saharan Africa"),
    "Australia and New Zealand": ("South-eastern Asia", "Southern Asia"),
    "South-eastern Asia": ("Southern Asia",),
}


def affinity(
    places: pd.DataFrame,
    routes: dict[str, tuple[str, ...]],
    same_sub: float,
    same_region: float,
    route: float,
    other: float,
) -> np.ndarray:
    """Weight of origin (column) for destination (row), from geography and known routes."""
    sub = places["subregion"].to_numpy(dtype=object)
    region = places["region"].to_numpy(dtype=object)
    weight = np.full((len(places), len(places)), other)
    weight[region[:, None] == region[None, :]] = same_region
    weight[sub[:, None] == sub[None, :]] = same_sub
    for destination, origins in routes.items():
        weight[np.ix_(sub == destination, np.isin(sub, origins))] = route
    np.fill_diagonal(weight, 0.0)
    return weight


def split_flows(
    rng: np.random.Generator,
    places: pd.DataFrame,
    indicator: str,
    totals: np.ndarray,
    reported: np.ndarray,
    affinity: np.ndarray,
    domestic: np.ndarray,
    region_rate: float,
) -> pd.DataFrame:
    """Split each destination-year total over origins: the destination itself (domestic),
    2-8 foreign origins picked by affinity x population pull (Gumbel top-k, no Python
    loop), UNKNOWN and, for some destinations, a ``REGION:`` remainder. Zero flows are
    left out."""
    n = len(places)
    most = max(1, min(8, n - 1))
    iso3 = places["iso3"].to_numpy(dtype=object)
    region = places["region"].to_numpy(dtype=object)
    names = places["name"].to_numpy(dtype=object)
    # Populous countries are typical origins, tiny territories rare ones; the noise
    # makes some countries large origins for their size.
    pull = log_scale(places, ORIGIN_EXPONENT) + level(places, "subregion", ORIGIN_LEVEL)
    pull += rng.normal(0.0, 0.7, n)
    with np.errstate(divide="ignore"):
        score = np.log(affinity) + pull[None, :] + rng.gumbel(size=(n, n))
    foreign = np.argsort(-score, axis=1, kind="stable")[:, :most]
    k = rng.integers(min(2, most), most + 1, n)
    near = np.take_along_axis(affinity, foreign, axis=1)
    usable = (np.arange(most)[None, :] < k[:, None]) & (near > 0)
    # Shares: random, but tilted towards the bigger and nearer of the picked origins
    # (a rare pick from far away gets a small share).
    with np.errstate(divide="ignore"):
        tilt = np.where(usable, np.log(near) + pull[foreign], -np.inf)
    top = np.where(usable.any(axis=1, keepdims=True), tilt.max(axis=1, keepdims=True), 0.0)
    weights = rng.gamma(0.8, size=(n, most)) * np.exp(tilt - top)  # 0 where not usable
    weights /= np.maximum(weights.sum(axis=1, keepdims=True), 1e-12)
    unknown = rng.uniform(0.0, 0.06, n)
    regional = np.where(rng.random(n) < region_rate, rng.uniform(0.02, 0.08, n), 0.0)
    rest = 1.0 - domestic - unknown - regional
    base = np.column_stack([domestic, weights * rest[:, None], unknown, regional])
    d, y = np.nonzero(reported & (totals > 0))
    counts = rng.multinomial(totals[d, y], noisy_shares(rng, base[d], 0.25))
    # Origins per slot: destination itself, the foreign picks, UNKNOWN, a REGION class.
    other_region = region[foreign] != region[:, None]
    first_away = np.where(other_region.any(axis=1), other_region.argmax(axis=1), 0)
    away = region[foreign[np.arange(n), first_away]]
    codes = np.column_stack(
        [iso3, iso3[foreign], np.full(n, UNKNOWN, dtype=object), REGION_PREFIX + away]
    )
    labels = np.column_stack(
        [
            np.full(n, "Nationals", dtype=object),
            names[foreign],
            np.full(n, "Unknown", dtype=object),
            away + " others",
        ]
    )
    row, slot = np.nonzero(counts)
    dest = d[row]
    return pd.DataFrame(
        {
            "dataset": DEMO_NAME,
            "origin": codes[dest, slot],
            "destination": iso3[dest],
            "year": YEARS[y[row]],
            "indicator": indicator,
            **cells(counts[row, slot]),
            "origin_label": labels[dest, slot],
        }
    )
