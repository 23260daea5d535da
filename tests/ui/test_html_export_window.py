"""The window's HTML export: the projection the window shows, and its selection outlined.

Why: the window and the headless command write the HTML through one code path
(``window_view_data`` -> ``write_data_file``); a window set to Robinson must
give a Robinson web map, not the default projection.
"""

from __future__ import annotations

import shapely

from explorer.core.geo.countries import load_countries
from explorer.core.view.export_spec import ExportSpec, Extent, Format
from explorer.ui.export.map_export import export
from explorer.ui.window.app import LaunchOptions, build_window
from tests.web.html_shapes import features, geojson_layers, html_shape


def test_a_robinson_window_exports_a_robinson_web_map(qtbot, tmp_path):
    window = build_window(
        LaunchOptions(demo_only=True, projection="Robinson", select="BRA", zoom_to_selection=False)
    )
    qtbot.addWidget(window)
    assert window.crs == "ESRI:54030"
    page = export(window, ExportSpec(format=Format.HTML, extent=Extent.WORLD), tmp_path / "m.html")
    text = page.read_text(encoding="utf-8")

    brazil = load_countries().query("iso3 == 'BRA'").to_crs("ESRI:54030").geometry.iloc[0]
    reference = shapely.transform(brazil, lambda xy: xy / 1000.0)
    assert shapely.hausdorff_distance(html_shape(text, "BRA"), reference) < 10.0
    outline = features(geojson_layers(text)[-1])[0]
    assert outline["id"] == "BRA" and outline["properties"] == {"selected": True}
