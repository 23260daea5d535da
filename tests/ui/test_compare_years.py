"""View > Compare two years: a difference map with the diverging change classes."""

from __future__ import annotations

import pytest

from explorer.core.view.change_classes import CHANGE_PALETTE
from explorer.core.view.palettes import diverging
from explorer.ui.map.compare_years import CompareYearsDialog, install_compare_years, show_change

VICTIMS = "Detected trafficking victims"


def test_the_difference_map_shows_the_change_between_two_years(window, dataset, qtbot):
    install_compare_years(window)
    assert window.context.compare_action in window.view_menu.actions()
    dialog = CompareYearsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.years() == tuple(dataset.years(VICTIMS)[-2:])
    window.state.selected = "BRA"
    name = show_change(window, 2016, 2020)
    assert window.state.indicator == name == f"{VICTIMS}: change 2016 to 2020 (%)"
    assert window.state.year == 2020 and window.state.selected == "BRA"
    before = dataset.values(VICTIMS, 2016).loc["BRA", "value"]
    after = dataset.values(VICTIMS, 2020).loc["BRA", "value"]
    shown = window.dataset.values(name, 2020).loc["BRA", "value"]
    assert shown == pytest.approx((after - before) / before * 100)
    colours = [e.colour for e in window.map_view.choropleth.legend if e.kind == "class"]
    assert colours == list(diverging(CHANGE_PALETTE, 7))
    with pytest.raises(ValueError, match="already shows a change"):
        show_change(window, 2016, 2020)
