"""An import added to another dataset keeps its source in the provenance."""

from __future__ import annotations

import pandas as pd

from explorer.core.data.dataset import Dataset
from explorer.core.data.merge import can_add, merged
from explorer.core.data.provenance import Provenance
from explorer.core.demo.generate import demo_dataset


def _figures(name: str, indicator: str, flows: bool = False) -> Dataset:
    obs = pd.DataFrame({"iso3": ["DEU"], "year": [2020], "indicator": [indicator], "value": [5.0]})
    flow = pd.DataFrame(
        {"origin": ["ROU"], "destination": ["DEU"], "year": [2020], "indicator": [indicator],
         "value": [3.0]}
    )  # fmt: skip
    return Dataset(
        name,
        Provenance(publisher=name, file_name=f"{name}.csv", sha256="ab" * 32),
        observations=obs,
        flows=flow if flows else None,
    )


def test_only_flowless_additions_with_new_indicators_are_offered():
    target = _figures("GLOTIP", "Detected trafficking victims", flows=True)
    assert can_add(target, _figures("WB", "Population, total"))
    assert not can_add(target, _figures("Again", "Detected trafficking victims"))
    assert not can_add(target, _figures("Routes", "Smuggling", flows=True))
    assert not can_add(demo_dataset(), _figures("WB", "Population, total"))


def test_merged_rows_and_provenance():
    target = _figures("GLOTIP", "Detected trafficking victims", flows=True)
    combined = merged(target, _figures("WB", "Population, total"))
    assert combined.name == "GLOTIP"
    assert set(combined.indicators()) == {"Detected trafficking victims", "Population, total"}
    assert (combined.observations["dataset"] == "GLOTIP").all()
    assert len(combined.flows) == 1
    note = combined.provenance.caveats[-1]
    assert "Population, total" in note and "WB.csv" in note and "abababababab" in note
