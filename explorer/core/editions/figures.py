"""A dataset's figures in one table, keyed the way the publisher's file keys them.

Why one table for observations and flows: an edition revises rows of the file,
and a "by citizenship" row is as much a published figure as a total. The app
reads it as a flow (origin -> destination), but to compare editions, and to
write a revision with the file's columns, it is the figure of the destination
country, dimension "by citizenship", category the origin.
"""

from __future__ import annotations

import pandas as pd

from explorer.core.data.breakdown import FLOW_DIMENSIONS
from explorer.core.data.dataset import Dataset
from explorer.core.data.dataset_queries import OBSERVATION_KEY, VALUE_COLUMNS

CITIZENSHIP, REPATRIATION = FLOW_DIMENSIONS
#: How a repatriation flow's indicator ends (the reader names them so).
REPATRIATION_SUFFIX = " " + REPATRIATION

FIGURE_COLUMNS: list[str] = [*OBSERVATION_KEY, *VALUE_COLUMNS]


def edition_figures(dataset: Dataset, indicator: str | None = None) -> pd.DataFrame:
    """Every figure of ``dataset`` (of ``indicator``, if given): the key columns of
    :data:`OBSERVATION_KEY`, then value, lower, upper and flag; one row per key.
    """
    obs = dataset.observation_figures[FIGURE_COLUMNS]
    flows = _flows_as_figures(dataset.flow_figures)
    table = pd.concat([obs, flows], ignore_index=True) if len(flows) else obs.copy()
    if indicator is not None:
        table = table[table["indicator"] == indicator]
    table = table.astype({"year": "int64"})
    return table.drop_duplicates(OBSERVATION_KEY, keep="last").reset_index(drop=True)


def _flows_as_figures(flows: pd.DataFrame) -> pd.DataFrame:
    """Flows as the file's rows: a citizenship flow is the destination's figure of its
    origin; a repatriation flow the origin's figure of the country it returned to."""
    if flows.empty:
        return pd.DataFrame(columns=FIGURE_COLUMNS)
    indicator = flows["indicator"].astype(str)
    repatriated = indicator.str.endswith(REPATRIATION_SUFFIX).to_numpy()
    base = indicator.where(~repatriated, indicator.str[: -len(REPATRIATION_SUFFIX)])
    table = pd.DataFrame(
        {
            "iso3": flows["destination"].where(~repatriated, flows["origin"]),
            "year": flows["year"],
            "indicator": base,
            "dimension": [REPATRIATION if r else CITIZENSHIP for r in repatriated],
            "category": flows["origin"].where(~repatriated, flows["destination"]),
            "sex": "Total",
            "age": "Total",
        }
    )
    for column in VALUE_COLUMNS:
        table[column] = flows[column].to_numpy()
    return table.astype({c: "string" for c in ("iso3", "indicator", "dimension", "category")})
