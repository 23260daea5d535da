"""CTDC records counted per country and year, with CTDC's rule for small counts.

Why whole-column counting: 250,000 records become a few thousand cells with
``np.bincount`` over (country, year) codes, once per breakdown (sex, age, form
of exploitation), and flows with one ``value_counts``; no Python loop runs per
record. Counts from 1 to ``threshold - 1`` are stored as suppressed ranges, as
CTDC publishes them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from explorer.core.data.breakdown import ADULTS, CHILDREN, FORM_DIMENSION
from explorer.core.data.schema import (
    FLOW_DTYPES,
    OBSERVATION_DTYPES,
    SUPPRESSED,
    TOTAL,
    UNKNOWN,
    empty_frame,
)
from explorer.io.readers.ctdc.columns import FORM_COLUMNS
from explorer.io.readers.ctdc.records import SEX_CATEGORIES, Records

INDICATOR = "Victims identified (CTDC case data)"


def suppressed_cells(counts: np.ndarray, threshold: int) -> dict[str, np.ndarray]:
    """Counts (all >= 1) to value/lower/upper/flag; 1..threshold-1 is suppressed."""
    small = counts < threshold
    return {
        "value": np.where(small, np.nan, counts.astype("float64")),
        "lower": np.where(small, 1.0, np.nan),
        "upper": np.where(small, float(threshold - 1), np.nan),
        "flag": np.where(small, SUPPRESSED, ""),
    }


def count_observations(records: Records, ok: np.ndarray, threshold: int) -> pd.DataFrame:
    dest = records.dest[ok].astype(str)
    places, place = np.unique(dest, return_inverse=True)
    years, year = np.unique(records.year[ok], return_inverse=True)
    cell = place * len(years) + year
    size = len(places) * len(years)
    sex, age = records.sex[ok], records.age[ok]

    pieces: list[tuple[tuple[str, str, str, str], np.ndarray]] = [
        ((TOTAL, TOTAL, TOTAL, TOTAL), np.ones(len(cell), dtype=bool))
    ]
    for k, label in enumerate(SEX_CATEGORIES):
        pieces.append(((TOTAL, TOTAL, label, TOTAL), sex == k))
    for k, label in enumerate((CHILDREN, ADULTS)):
        pieces.append(((TOTAL, TOTAL, TOTAL, label), age == k))
    for s, sex_label in enumerate(SEX_CATEGORIES):
        for a, age_label in enumerate((CHILDREN, ADULTS)):
            pieces.append(((TOTAL, TOTAL, sex_label, age_label), (sex == s) & (age == a)))
    for column, category in FORM_COLUMNS.items():
        pieces.append(((FORM_DIMENSION, category, TOTAL, TOTAL), records.forms[column][ok]))

    frames = []
    for (dimension, category, sex_label, age_label), mask in pieces:
        counts = np.bincount(cell[mask], minlength=size)
        found = np.flatnonzero(counts)
        if not found.size:
            continue
        frames.append(
            pd.DataFrame(
                {
                    "iso3": places[found // len(years)],
                    "year": years[found % len(years)],
                    "indicator": INDICATOR,
                    "dimension": dimension,
                    "category": category,
                    "sex": sex_label,
                    "age": age_label,
                    **suppressed_cells(counts[found], threshold),
                }
            )
        )
    if not frames:
        return empty_frame(OBSERVATION_DTYPES).drop(columns="dataset")
    return pd.concat(frames, ignore_index=True)


def count_flows(
    records: Records, ok: np.ndarray, threshold: int
) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """(flows, UNKNOWN parts one per raw label, parts summed into another)."""
    columns = [c for c in FLOW_DTYPES if c != "dataset"]
    if not ok.any():
        empty = empty_frame(FLOW_DTYPES).drop(columns="dataset")
        return empty, empty, 0
    labels, label_origin = records.origin_labels, records.label_origin
    parts = (
        pd.DataFrame(
            {
                "label": records.origin_label_code[ok],
                "destination": records.dest[ok],
                "year": records.year[ok],
            }
        )
        .value_counts(sort=False)
        .rename("count")
        .reset_index()
    )
    parts["origin"] = label_origin[parts["label"].to_numpy()]
    parts["origin_label"] = labels[parts["label"].to_numpy()]
    parts = parts.sort_values(["origin", "destination", "year", "label"], kind="stable")
    key = ["origin", "destination", "year"]
    several = parts.duplicated(key, keep=False)
    merged_away = int(parts.duplicated(key).sum())
    single = parts[~several]
    if several.any():
        joined = (
            parts[several]
            .groupby(key, sort=False)
            .agg(
                count=("count", "sum"),
                origin_label=(
                    "origin_label",
                    lambda s: " + ".join(dict.fromkeys(x for x in s if x)),
                ),
            )
            .reset_index()
        )
        flows = pd.concat([single[[*key, "count", "origin_label"]], joined], ignore_index=True)
    else:
        flows = single[[*key, "count", "origin_label"]].reset_index(drop=True)
    flows = flows.sort_values(key, kind="stable").reset_index(drop=True)
    flows = flows.assign(
        indicator=INDICATOR, **suppressed_cells(flows["count"].to_numpy(dtype=np.int64), threshold)
    )
    unknown = parts[parts["origin"] == UNKNOWN].reset_index(drop=True)
    unknown = unknown.assign(
        indicator=INDICATOR,
        **suppressed_cells(unknown["count"].to_numpy(dtype=np.int64), threshold),
    )
    return flows.reindex(columns=columns), unknown.reindex(columns=columns), merged_away
