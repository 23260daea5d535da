"""Thousands of repaints must not crash the process (PySide6 6.12.0 on 3.11 did)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.soak

REPAINTS = 5000


def test_map_survives_5000_repaints(window, qtbot, dataset):
    window.resize(640, 400)
    view = window.map_view
    years = dataset.years(window.state.indicator)
    for i in range(REPAINTS):
        if i % 50 == 0:
            window.state.year = years[(i // 50) % len(years)]
        view.viewport().repaint()
    assert view.choropleth is not None
    assert view.viewport().grab().toImage().pixelColor(5, 5).isValid()
