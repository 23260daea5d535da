"""A dataset under another name: every table's ``dataset`` column follows the name.

Why: a dataset is named after its file when imported ("modern_slavery_2023");
users call it what their colleagues call it, and the name travels in exports,
so the rows must carry the new name, not only the record.
"""

from __future__ import annotations

from explorer.core.data.dataset import Dataset


def renamed(dataset: Dataset, name: str) -> Dataset:
    """``dataset`` called ``name`` (its rows too); ValueError for a blank name."""
    name = name.strip()
    if not name:
        raise ValueError("a dataset needs a name")
    return Dataset(
        name,
        dataset.provenance,
        dataset.observations.assign(dataset=name),
        dataset.flows.assign(dataset=name),
        dataset.activities.assign(dataset=name),
    )
