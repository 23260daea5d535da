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


def _filled_share(view, area) -> float:
    """How much of the map view's width or height ``area`` (scene) covers, the larger."""
    shown = view.mapFromScene(area).boundingRect()
    port = view.viewport().rect()
    return max(shown.width() / port.width(), shown.height() / port.height())


def test_a_place_or_country_framed_before_the_window_shows_fills_the_map(qtbot):
    """``--place World`` (or ``--select``) frames the map while the window is still being
    built; the frame was fitted to the first, small viewport and the world then showed at
    under half the map's width once the window had its size."""
    from explorer.ui.window.app import LaunchOptions, build_window

    for options in (
        LaunchOptions(demo_only=True, place="World"),
        LaunchOptions(demo_only=True, select="NGA"),
    ):
        window = build_window(options)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        view = window.map_view
        if options.place:
            area = window.geometry.members_frame(window.places.get("world").members, 0)
        else:
            area = view.frame_of("NGA", window.flows.partners("NGA"))
        assert _filled_share(view, area) > 0.8, options
        view.zoom_by(1.25)  # the user moves: a resize keeps what they chose
        before = view.transform().m11()
        window.resize(1200, 800)
        qtbot.wait(10)
        assert view.transform().m11() == before
