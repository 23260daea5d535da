"""View > Zoom to region frames the region's countries."""

from __future__ import annotations

from explorer.ui.map.region_zoom import install_region_zoom, zoom_to_region


def _visible(window):
    view = window.map_view
    return view.mapToScene(view.viewport().rect()).boundingRect()


def test_zooming_to_a_subregion_frames_its_countries_and_not_the_world(window):
    menu = install_region_zoom(window)
    labels = [a.text().strip() for a in menu.actions() if a.text()]
    assert "Africa" in labels and "Sub-Saharan Africa" in labels
    assert zoom_to_region(window, "Northern Africa")
    visible = _visible(window)
    points = window.map_view.label_points
    assert visible.contains(points["EGY"]) and visible.contains(points["MAR"])
    assert not visible.contains(points["BRA"]) and not visible.contains(points["CHN"])
    assert window.map_view.zoom_factor() > 1.5
    assert not zoom_to_region(window, "Atlantis")


def test_colour_by_regional_totals_switches_the_indicator_and_back(window, qtbot):
    from explorer.core.geo.countries import load_countries
    from explorer.core.indicators.derived import regional_name, with_derived_indicators

    countries = load_countries()
    region_of = dict(zip(countries["iso3"], countries["region"], strict=True))
    window.set_dataset(with_derived_indicators(window.dataset, region_of))
    install_region_zoom(window)
    indicator = window.state.indicator
    window.context.regional_totals_action.setChecked(True)
    assert window.state.indicator == regional_name(indicator)
    france, germany = (
        window.map_view.items_by_iso3[c].brush().color().name() for c in ("FRA", "DEU")
    )
    assert france == germany  # one region, one total, one colour
    window.context.regional_totals_action.setChecked(False)
    assert window.state.indicator == indicator
