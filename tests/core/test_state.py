"""The observable view state emits once per real change, never for a same-value write."""

from __future__ import annotations

from explorer.core.data.breakdown import Breakdown
from explorer.core.view.state import ViewState


def test_setters_emit_only_on_change():
    state = ViewState(indicator="A", year=2020)
    seen: list[object] = []
    state.year_changed.connect(seen.append)
    state.indicator_changed.connect(seen.append)
    state.selection_changed.connect(seen.append)
    state.breakdown_changed.connect(seen.append)
    state.year = 2020
    state.year = 2021
    state.indicator = "A"
    state.indicator = "B"
    state.selected = "BRA"
    state.selected = "BRA"
    state.selected = None
    state.breakdown = Breakdown(sex="Male")
    assert seen == [2021, "B", "BRA", None, Breakdown(sex="Male")]
