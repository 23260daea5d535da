"""Apply user aliases to a dataset already imported, without its source file.

Why: an officer fixes names in the import report ("Erithera" is Eritrea) and
expects the map to change at once, also in the field where the original
workbook may not be at hand. The import kept every flow row that went into an
UNKNOWN flow, one per source label (``ImportReport.unknown_parts``); applying
aliases moves the rows of aliased labels to their country or class and sums
the flows again with the import's own rule (:mod:`explorer.io.importing.flow_merge`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import pandas as pd

from explorer.core.data.dataset import Dataset
from explorer.core.data.schema import FLOW_DTYPES, UNKNOWN, conform
from explorer.core.names.keys import normalise
from explorer.io.importing.flow_merge import merge_same_key
from explorer.io.importing.report import ImportReport

#: The flow indicator whose resolved share the report states (as the importer).
VICTIMS = "Detected trafficking victims"


def reapply_aliases(
    dataset: Dataset, report: ImportReport, aliases: Mapping[str, str]
) -> tuple[Dataset, ImportReport, list[str]]:
    """The dataset and report with ``aliases`` (normalised label -> result) applied.

    Returns the labels that moved (empty: nothing changed, the inputs are
    returned as they are). Only labels that ended in UNKNOWN can move; a label
    the importer resolved to a country stays where it is.
    """
    parts = report.unknown_parts
    if parts.empty or not aliases:
        return dataset, report, []
    targets = (
        parts["origin_label"]
        .astype(object)
        .map(lambda label: aliases.get(normalise(label)) if isinstance(label, str) else None)
    )
    moving = targets.notna() & (targets != UNKNOWN)
    if not moving.any():
        return dataset, report, []
    # Which end is unknown: the origin of a by-citizenship flow, the destination
    # (country of return) of a repatriation flow.
    origin_side = parts["origin"] == UNKNOWN
    moved = parts.copy()
    moved.loc[moving & origin_side, "origin"] = targets[moving & origin_side]
    moved.loc[moving & ~origin_side, "destination"] = targets[moving & ~origin_side]

    flows = dataset.flows
    in_unknown = (flows["origin"] == UNKNOWN) | (flows["destination"] == UNKNOWN)
    combined = pd.concat([flows[~in_unknown], moved], ignore_index=True)
    merged, _ = merge_same_key(combined)
    new_dataset = Dataset(
        dataset.name,
        dataset.provenance,
        observations=dataset.observations,
        flows=conform(merged.reindex(columns=list(FLOW_DTYPES)), FLOW_DTYPES),
        activities=dataset.activities,
    )
    labels = sorted(set(parts.loc[moving, "origin_label"].astype(str)))
    unresolved = {k: v for k, v in report.unresolved.items() if normalise(k) not in aliases}
    new_report = dataclasses.replace(
        report,
        unresolved=unresolved,
        unknown_parts=parts[~moving].reset_index(drop=True),
        resolved_share=_resolved_share(merged, parts[~moving], unresolved),
    )
    return new_dataset, new_report, labels


def _resolved_share(
    flows: pd.DataFrame, unknown_parts: pd.DataFrame, unresolved: Mapping[str, float]
) -> float:
    """Share of detected victims by citizenship whose origin is no longer unresolved."""
    victims = flows["value"].fillna(flows["lower"])
    total = float(victims[flows["indicator"] == VICTIMS].sum())
    if not total:
        return 1.0
    still = unknown_parts[
        (unknown_parts["indicator"] == VICTIMS)
        & unknown_parts["origin_label"].isin(list(unresolved))
    ]
    left = float(still["value"].fillna(still["lower"]).sum())
    return 1.0 - left / total
