"""The tidy tables every dataset is made of: one place that fixes columns and dtypes.

Why one module: importers, the demo generator, queries and exports all build or
read these frames; if each spelled its own columns they would drift apart.
A GLOTIP ``<5`` is stored as ``value=NaN, lower=1, upper=4, flag="suppressed"``
(never invented as 2.5, never dropped).
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

STRING = "string"  # pandas' nullable string dtype: missing stays <NA>, never "nan"

#: Observations: one number (or bounded count) per country, year and breakdown.
OBSERVATION_DTYPES: Mapping[str, str] = {
    "dataset": STRING,
    "iso3": STRING,
    "year": "Int16",
    "indicator": STRING,
    "dimension": STRING,  # "Total", "by form of exploitation", ...
    "category": STRING,  # "Total", "Sexual exploitation", ...
    "sex": STRING,  # "Total", "Female", "Male", ...
    "age": STRING,  # "Total", "0 to 17 years", "18 years or over", ...
    "value": "float64",  # NaN when only bounds are known
    "lower": "float64",
    "upper": "float64",
    "flag": STRING,  # "" | "suppressed" | "estimated" | ...
    "source_row": "Int64",  # row in the source file (1-based), <NA> when generated
    "parts": "Int16",  # rows of the file summed into this figure; <NA> for one row
    #: every file row behind the figure, ";"-separated, when more than ``source_row``
    #: (a group of rows sharing one breakdown); <NA> when it is ``source_row`` alone
    "source_rows": STRING,
}

#: Flows: origin-to-destination counts. ``origin`` is an ISO3 code or one of
#: ``DOMESTIC``, ``UNKNOWN`` or ``REGION:<m49 name>``; ``origin_label`` keeps the
#: raw text exactly as the file had it.
FLOW_DTYPES: Mapping[str, str] = {
    "dataset": STRING,
    "origin": STRING,
    "destination": STRING,
    "year": "Int16",
    "indicator": STRING,
    "value": "float64",
    "lower": "float64",
    "upper": "float64",
    "flag": STRING,
    "origin_label": STRING,
    "parts": "Int16",  # rows of the file summed into this flow; <NA> for one row
    "source_row": "Int64",  # first row of the file behind the flow; <NA> when not kept
    "source_rows": STRING,  # every row, ";"-separated, when more than one; else <NA>
}

#: Assistance activities: one row per recipient country.
ACTIVITY_DTYPES: Mapping[str, str] = {
    "dataset": STRING,
    "iso3": STRING,
    "title": STRING,
    "kind": STRING,  # technical | legal | policy | training | other
    "themes": STRING,  # "; "-separated
    "status": STRING,  # planned | ongoing | completed
    "start": "datetime64[s]",
    "end": "datetime64[s]",
    "partners": STRING,  # "; "-separated
    "description": STRING,
    "reference": STRING,
    "source_row": "Int64",
}

#: Country table columns (geometry is a shapely geometry column in a GeoDataFrame).
COUNTRY_COLUMNS: tuple[str, ...] = (
    "iso3",
    "name",
    "region",
    "subregion",
    "geometry",
    "label_point",
)

ACTIVITY_KINDS: tuple[str, ...] = ("technical", "legal", "policy", "training", "other")

SUPPRESSED = "suppressed"
DOMESTIC = "DOMESTIC"
UNKNOWN = "UNKNOWN"
REGION_PREFIX = "REGION:"

TOTAL = "Total"


def empty_frame(dtypes: Mapping[str, str]) -> pd.DataFrame:
    """An empty table with the fixed columns and dtypes."""
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in dtypes.items()})


def conform(frame: pd.DataFrame, dtypes: Mapping[str, str]) -> pd.DataFrame:
    """Return ``frame`` with exactly the schema's columns, in order, with its dtypes.

    Missing columns are added empty; unknown columns are an error, because a
    column nobody reads is usually a misspelt one.
    """
    extra = set(frame.columns) - set(dtypes)
    if extra:
        raise ValueError(f"unexpected columns: {sorted(extra)}")
    out = pd.DataFrame(index=frame.index)
    for column, dtype in dtypes.items():
        if column in frame.columns:
            out[column] = frame[column].astype(dtype)
        else:
            out[column] = pd.Series(
                pd.NA if dtype != "float64" else float("nan"), index=frame.index
            ).astype(dtype)
    return out.reset_index(drop=True)
