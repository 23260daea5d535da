"""View > Zoom to region frames the region's countries."""

from __future__ import annotations

from explorer.ui.region_zoom import install_region_zoom, zoom_to_region


def _visible(window):
    view = window.map_view
    return view.mapToScene(view.viewport().rect()).boundingRect()


def test_zooming_to_a_subregion_frames_its_countries_and_not_the_world(window):
    install_region_zoom(window)
    labels = [a.text().strip() for a in window.region_menu.actions() if a.text()]
    assert "Africa" in labels and "Sub-Saharan Africa" in labels
    assert zoom_to_region(window, "Northern Africa")
    visible = _visible(window)
    points = window.map_view.label_points
    assert visible.contains(points["EGY"]) and visible.contains(points["MAR"])
    assert not visible.contains(points["BRA"]) and not visible.contains(points["CHN"])
    assert window.map_view.zoom_factor() > 1.5
    assert not zoom_to_region(window, "Atlantis")
