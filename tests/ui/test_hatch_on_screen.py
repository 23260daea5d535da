"""On screen, a suppressed (<5) country's hatch is the same clean "/" lines at every zoom.

The hatch texture was scaled with the view: the world view and each zoom step
showed a different moiré. Now the lines keep their spacing in screen pixels.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from explorer.core.view.fill import SUPPRESSED_KIND, Fill
from explorer.core.view.palettes import SUPPRESSED_COLOUR
from explorer.render.map.fills import brush_for
from explorer.render.map.hatch import tile_size
from tests.render.hatch_check import along_lines_change, contrast, grey, spacings


@pytest.mark.parametrize("zoom", [1.0, 2.5, 6.0])
def test_a_hatched_country_shows_clean_lines_at_each_zoom(window, qtbot, zoom):
    window.flow_settings.visible = False  # nothing over Brazil but its fill
    view = window.map_view
    item = view.items_by_iso3["BRA"]
    item.setBrush(brush_for(Fill(SUPPRESSED_KIND, SUPPRESSED_COLOUR)))
    centre = view.label_points["BRA"]  # well inside Brazil
    view.zoom_by(zoom)
    view.centerOn(centre)
    qtbot.wait(10)
    image = view.viewport().grab().toImage()
    ratio = view.viewport().devicePixelRatioF()
    point = view.mapFromScene(centre) * ratio
    spacing = tile_size(ratio)
    side = spacing * 4
    patch = grey(image, QRect(point.x() - side // 2, point.y() - side // 2, side, side))
    assert along_lines_change(patch) <= 2, "the same grey all along each line (no moiré)"
    assert spacings(patch) == {spacing}
    assert contrast(patch) >= 40
