"""Counts per 100,000 population, once a population indicator is loaded.

Why: a large country detects more victims; SDG indicator 16.2.2 is "victims
of human trafficking per 100,000 population", and comparing countries needs
that rate. The population comes from whatever dataset holds one (a World Bank
"Population, total" sheet, for instance); the rates are derived when a
dataset is shown and never stored, so they always follow the loaded figures.

Rules: only count indicators get a rate (exact values all whole and not
negative; categorical, rate-like and population indicators are left alone);
the population of the same year is used, else the nearest year at most
``MAX_YEAR_GAP`` away (said in the caveat); a suppressed count keeps its
bounds as a range of rates, never a made-up midpoint.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from explorer.core.data.dataset import Dataset
from explorer.core.data.values import RANGE
from explorer.core.indicators.kinds import count_indicators, is_population

PER = 100_000
SUFFIX = " per 100,000 population"
MAX_YEAR_GAP = 3


def find_population(datasets: list[Dataset]) -> tuple[pd.Series, str] | None:
    """Population by (iso3, year) from the first dataset that has one, and where it came from."""
    for dataset in datasets:
        for indicator in dataset.indicators():
            if not is_population(indicator):
                continue
            obs = dataset.observations
            rows = obs[
                (obs["indicator"] == indicator)
                & (obs["dimension"] == "Total")
                & (obs["sex"] == "Total")
                & (obs["age"] == "Total")
                & obs["value"].notna()
            ]
            if rows.empty:
                continue
            series = rows.groupby([rows["iso3"].astype(str), rows["year"].astype(int)])[
                "value"
            ].last()
            source = dataset.provenance.source_line().removeprefix("Source: ")
            return series, f"{indicator} ({source or dataset.name})"
    return None


def _count_indicators(dataset: Dataset) -> list[str]:
    """Counts that get a rate: every count indicator (one rule) but the population itself."""
    return [i for i in count_indicators(dataset) if not is_population(i)]


def _population_for(population: pd.Series, iso3: pd.Series, year: pd.Series) -> np.ndarray:
    """The population of each row's country in its year, else the nearest year within the gap."""
    frame = population.rename("population").reset_index()
    frame.columns = ["iso3", "pop_year", "population"]
    wanted = pd.DataFrame(
        {"iso3": iso3.astype(str).to_numpy(), "year": year.astype(int).to_numpy()}
    ).reset_index()
    merged = wanted.merge(frame, on="iso3", how="left")
    merged["gap"] = (merged["pop_year"] - merged["year"]).abs()
    merged = merged[merged["gap"] <= MAX_YEAR_GAP]
    best = merged.sort_values(["index", "gap", "pop_year"]).drop_duplicates("index")
    out = np.full(len(wanted), np.nan)
    out[best["index"].to_numpy(dtype=int)] = best["population"].to_numpy(dtype=float)
    return out


def with_rates(dataset: Dataset, population: pd.Series, source: str) -> Dataset:
    """``dataset`` plus "<indicator> per 100,000 population" for each of its count indicators."""
    counts = _count_indicators(dataset)
    if not counts:
        return dataset
    obs = dataset.observations
    rows = obs[obs["indicator"].isin(counts)]
    pop = _population_for(population, rows["iso3"], rows["year"])
    known = ~np.isnan(pop) & (pop > 0)
    rows, pop = rows[known], pop[known]
    if rows.empty:
        return dataset
    rates = rows.assign(
        indicator=rows["indicator"] + SUFFIX,
        value=rows["value"].to_numpy(dtype=float) / pop * PER,
        lower=rows["lower"].to_numpy(dtype=float) / pop * PER,
        upper=rows["upper"].to_numpy(dtype=float) / pop * PER,
        # A suppressed count becomes a range of rates, shown as "0.3 to 1.1".
        flag=rows["flag"].where(rows["value"].notna(), RANGE),
        source_row=pd.NA,
    )
    caveat = (
        f"Rates per 100,000 population are derived here from {source}; the population "
        f"of the same year is used, else the nearest year at most {MAX_YEAR_GAP} years away."
    )
    provenance = replace(dataset.provenance, caveats=(*dataset.provenance.caveats, caveat))
    return Dataset(
        dataset.name,
        provenance,
        observations=pd.concat([obs, rates], ignore_index=True),
        flows=dataset.flows,
        activities=dataset.activities,
    )
