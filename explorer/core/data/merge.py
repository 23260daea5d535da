"""Add one import's figures or activities to another dataset.

Why: a desk officer reads everything about a country in one place: UNODC's
figures, and the assistance delivered there from an activity list or an IATI
file, or a population sheet for rates. The added rows keep their origin in the
provenance: a caveat names the file, its publisher and its SHA-256, so the
panel and every export still say where each part came from.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from explorer.core.data.dataset import Dataset


def can_add(target: Dataset, addition: Dataset) -> bool:
    """An addition without flows whose indicators the target does not already have."""
    if target.is_synthetic or addition.is_synthetic or not addition.flows.empty:
        return False
    clash = set(addition.indicators()) & set(target.indicators())
    return not clash and not (addition.observations.empty and addition.activities.empty)


def merged(target: Dataset, addition: Dataset) -> Dataset:
    """``target`` plus the observations and activities of ``addition``, provenance noted."""
    source = addition.provenance
    what = ", ".join(
        part
        for part, frame in (
            ("indicators " + "; ".join(addition.indicators()), addition.observations),
            (f"{len(addition.activities):,} assistance activities", addition.activities),
        )
        if not frame.empty
    )
    note = (
        f"Also holds {what} from {source.source_line().removeprefix('Source: ')}"
        f" (file {source.file_name or addition.name}"
        + (f", SHA-256 {source.sha256[:12]}…" if source.sha256 else "")
        + (f", imported {source.imported_at}" if source.imported_at else "")
        + ")."
    )
    observations = pd.concat(
        [target.observations, addition.observations.assign(dataset=target.name)],
        ignore_index=True,
    )
    activities = pd.concat(
        [target.activities, addition.activities.assign(dataset=target.name)], ignore_index=True
    )
    provenance = replace(target.provenance, caveats=(*target.provenance.caveats, note))
    return Dataset(target.name, provenance, observations, target.flows, activities)
