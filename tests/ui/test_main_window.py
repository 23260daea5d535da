"""The main window as a user meets it: colours, clicks, search, legend, banner."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from explorer.core.view.choropleth import NO_DATA, SUPPRESSED_KIND
from explorer.core.view.palettes import NO_DATA_COLOUR

VICTIMS = "Detected trafficking victims"


def _viewport_point(win, iso3: str) -> QPoint:
    view = win.map_view
    return view.mapFromScene(view.label_points[iso3])


def _choose(win, indicator: str, year: int) -> None:
    win.controls.indicator_box.setCurrentText(indicator)
    win.controls.year_slider.setValue(year)


def test_brazil_has_the_colour_of_its_class_in_2020(window, dataset):
    _choose(window, VICTIMS, 2020)
    assert window.controls.year_label.text() == "2020"
    value = dataset.values(VICTIMS, 2020).loc["BRA", "value"]
    assert not np.isnan(value), "the demo data should give Brazil an exact 2020 figure"
    choropleth = window.map_view.choropleth
    bounds = choropleth.classification.upper_bounds
    expected_class = next(i for i, upper in enumerate(bounds) if value <= upper)
    brush = window.map_view.items_by_iso3["BRA"].brush()
    assert brush.color() == QColor(choropleth.colours[expected_class])
    assert brush.color() != QColor(NO_DATA_COLOUR)


def test_year_change_recolours_countries(window, dataset):
    _choose(window, VICTIMS, 2015)
    before = {
        iso3: item.brush().color().name() for iso3, item in window.map_view.items_by_iso3.items()
    }
    _choose(window, VICTIMS, 2022)
    after = {
        iso3: item.brush().color().name() for iso3, item in window.map_view.items_by_iso3.items()
    }
    changed = sum(before[k] != after[k] for k in before)
    assert changed >= 10


def test_countries_without_figures_are_grey_and_suppressed_are_hatched(window, dataset):
    _choose(window, VICTIMS, 2020)
    choropleth = window.map_view.choropleth
    kinds = {iso3: choropleth.fill(iso3).kind for iso3 in window.map_view.items_by_iso3}
    no_data = [k for k, v in kinds.items() if v == NO_DATA]
    suppressed = [k for k, v in kinds.items() if v == SUPPRESSED_KIND]
    assert "ATA" in no_data
    assert window.map_view.items_by_iso3["ATA"].brush().color() == QColor(NO_DATA_COLOUR)
    assert suppressed, "the demo data should have some suppressed (<5) totals in 2020"
    brush = window.map_view.items_by_iso3[suppressed[0]].brush()
    assert brush.style() == Qt.BrushStyle.TexturePattern
    assert "<5" in window.map_view.tooltip_text(suppressed[0])


def test_click_on_label_point_selects_country_and_fills_panel(window, qtbot):
    pos = _viewport_point(window, "FRA")
    qtbot.mouseClick(window.map_view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert window.state.selected == "FRA"
    assert window.detail_panel.name_label.text() == "France"
    text = window.detail_panel.text()
    assert "Europe" in text
    assert "by year" in text
    assert "came from" in text


def test_hover_shows_name_value_and_year(window, qtbot, dataset):
    _choose(window, VICTIMS, 2021)
    point = _viewport_point(window, "BRA")
    # Qt sends no move event when the cursor is already there (an earlier test may
    # have left it on Brazil): come from elsewhere.
    qtbot.mouseMove(window.map_view.viewport(), point + QPoint(0, 40))
    qtbot.mouseMove(window.map_view.viewport(), point)
    assert window.state.hovered == "BRA"
    status = window.status.hover_label.text()
    assert "Brazil" in status and "2021" in status
    value = dataset.values(VICTIMS, 2021).loc["BRA", "value"]
    assert f"{int(value):,}" in status


def test_search_selects_and_zooms(window, qtbot):
    view = window.map_view
    assert view.zoom_factor() < 1.5
    window.search_box.setText("brazil")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.state.selected == "BRA"
    assert view.zoom_factor() > 2.0
    assert view.viewport().rect().contains(_viewport_point(window, "BRA"))
    assert window.detail_panel.name_label.text() == "Brazil"


def test_search_by_iso_code_and_unknown_text(window):
    assert window.search_box.search("nor") == "NOR"
    assert window.state.selected == "NOR"
    assert window.search_box.search("Atlantis") is None
    assert window.state.selected == "NOR"


def test_legend_lists_the_classes_and_draws_them(window):
    choropleth = window.map_view.choropleth
    labels = [entry.label for entry in choropleth.legend]
    assert 5 <= choropleth.classification.k <= 7
    assert labels[-2:] == ["Suppressed (<5)", "No data"]
    assert labels[0][0].isdigit() and " - " in labels[0]
    image = window.map_view.viewport().grab().toImage()
    corner = image.copy(0, image.height() // 2, image.width() // 3, image.height() // 2)
    present = {
        corner.pixelColor(x, y).name()
        for x in range(0, corner.width(), 2)
        for y in range(0, corner.height(), 2)
    }
    for colour in choropleth.colours:
        assert colour in present, f"legend swatch {colour} not painted"


def test_synthetic_data_is_announced(window):
    assert window.banner.isVisible()
    assert "SYNTHETIC" in window.banner.text()
    assert window.status.synthetic_marker.text() == "SYNTHETIC"
    assert "SYNTHETIC" in window.detail_panel.source_label.text()


def test_wheel_zoom_and_reset(window, qtbot):
    view = window.map_view
    start = view.zoom_factor()
    view.zoom_by(2.0)
    assert view.zoom_factor() > start * 1.9
    view.reset_view()
    assert abs(view.zoom_factor() - 1.0) < 0.05


def test_breakdown_choice_follows_the_indicator(window, dataset):
    box = window.controls.breakdown_box
    labels = [box.itemText(i) for i in range(box.count())]
    assert labels[0] == "Total"
    assert "Female" in labels and "Sexual exploitation" in labels
    box.setCurrentIndex(labels.index("Female"))
    assert window.state.breakdown.sex == "Female"
    assert "Female" in window.map_view.choropleth.title


def test_play_advances_the_year(window, qtbot):
    _choose(window, VICTIMS, 2016)
    window.controls.play_button.setChecked(True)
    qtbot.waitUntil(lambda: window.state.year >= 2017, timeout=3000)
    window.controls.play_button.setChecked(False)
    assert window.controls.year_slider.value() == window.state.year


def test_panel_says_in_words_when_a_country_has_no_figures(window, dataset):
    indicator = "Smuggled migrants detected"
    window.controls.indicator_box.setCurrentText(indicator)
    missing = sorted(set(window.map_view.items_by_iso3) - dataset.countries_with_data(indicator))
    iso3 = next(code for code in missing if code != "ATA")
    window.state.selected = iso3
    name = window.detail_panel.name_label.text()
    lines = window.detail_panel.text().splitlines()
    assert lines[0] == name
    assert "SYNTHETIC" in lines[2] and "prevalence" in lines[3]  # source line and caveats
    assert f"No smuggled-migrant figures for {name} in this dataset." in lines
    assert not window.detail_panel.series_table.isVisibleTo(window.detail_panel)


def test_panel_lists_the_country_assistance_activities(window, dataset):
    counts = dataset.activities["iso3"].value_counts()
    iso3 = counts.index[0]
    window.state.selected = iso3
    activities = window.detail_panel.activities
    assert activities.counts_label.text().startswith(f"{counts.iloc[0]} assistance activit")
    titles = activities.visible_titles()
    assert sorted(titles) == sorted(dataset.activities_for(iso3)["title"].astype(str))
    assert titles[0] in window.detail_panel.text()


def test_panel_shows_key_figures_and_who_the_victims_were(window):
    _choose(window, VICTIMS, 2021)
    window.state.selected = "DEU"
    text = window.detail_panel.text()
    assert "Detected trafficking victims, 2021: " in text
    assert "Change since 2020: " in text
    assert "Rank " in text and "Europe median: " in text
    assert "Who the detected victims were, 2021" in text
    assert "Children: " in text
    assert "By sex" in text and "By age" in text
    assert window.detail_panel.profile.isVisibleTo(window.detail_panel)


def test_clicking_an_origin_row_selects_that_flow_on_the_map(window, qtbot):
    _choose(window, VICTIMS, 2021)
    window.state.selected = "DEU"
    section = window.detail_panel.flows
    codes = section._codes["origins"]
    row = next(
        i
        for i, code in enumerate(codes)
        if code not in ("DEU", "DOMESTIC", "UNKNOWN") and not code.startswith("REGION:")
    )
    _direction, _title, table, _note = section.sections[0]
    table.cellClicked.emit(row, 0)
    assert window.state.selected_flow == (codes[row], "DEU")
    assert "Selected flow: " in window.detail_panel.text()


def test_trend_chart_shows_suppressed_years_as_ranges_and_gaps(window, dataset):
    series_by_country = {
        iso3: dataset.series(iso3, VICTIMS) for iso3 in window.map_view.items_by_iso3
    }
    iso3 = next(
        code
        for code, s in series_by_country.items()
        if (s["flag"] == "suppressed").any() and len(s) < len(dataset.years(VICTIMS))
    )
    window.state.selected = iso3
    chart = window.detail_panel.series_chart
    assert chart.isVisibleTo(window.detail_panel)
    assert chart.trend.ranges and all(r[1:] == (1.0, 4.0) for r in chart.trend.ranges)
    assert chart.trend.missing
    assert "<5" in chart.text() and "no data" in chart.text()
    image = chart.grab().toImage()
    assert any(
        image.pixelColor(x, y).name() == "#6a51a3"
        for x in range(image.width())
        for y in range(0, image.height(), 2)
    )


def test_panel_numbers_match_the_data_for_a_demo_country(window, dataset):
    _choose(window, VICTIMS, 2021)
    window.state.selected = "DEU"
    text = window.detail_panel.text()
    now = dataset.values(VICTIMS, 2021).loc["DEU", "value"]
    before = dataset.values(VICTIMS, 2020).loc["DEU", "value"]
    change = now - before
    assert f"Detected trafficking victims, 2021: {int(now):,}" in text
    assert f"Change since 2020: {int(change):+,}".replace("-", "\u2212") in text  # a true minus
    origins = dataset.top_origins("DEU", 2021, VICTIMS, n=None)
    foreign = origins[
        ~origins["code"].isin(["DEU", "DOMESTIC", "UNKNOWN"])
        & ~origins["code"].str.startswith("REGION:")
    ]
    top_name = window.map_view.items_by_iso3[foreign.iloc[0]["code"]].name
    assert top_name in text
    count = len(dataset.activities_for("DEU"))
    noun = "activity" if count == 1 else "activities"
    assert f"{count} assistance {noun}" in text


def test_switching_datasets_rebuilds_the_view_and_leaves_nothing_behind(window, dataset, qtbot):
    from PySide6.QtWidgets import QDockWidget, QToolBar

    from explorer.core.data.dataset import Dataset

    victims = "Detected trafficking victims"
    obs = dataset.observations
    germany_only = Dataset(
        "Germany only",
        dataset.provenance,
        observations=obs[obs["iso3"] == "DEU"],
    )
    for _ in range(5):
        window.set_dataset(germany_only)
        qtbot.wait(5)
        window.set_dataset(dataset)
        qtbot.wait(5)
    window.set_dataset(germany_only)
    qtbot.wait(20)  # deleteLater runs
    assert window.windowTitle().endswith("Germany only")
    assert window.state.indicator == victims
    assert len(window.findChildren(QDockWidget)) == 2
    assert len(window.findChildren(QToolBar)) == 1
    # zoom in/out, reset, frame with partners, regions x2, two panels
    assert len(window.view_menu.actions()) == 8
    france = window.map_view.items_by_iso3["FRA"].brush().color().name()
    germany = window.map_view.items_by_iso3["DEU"].brush().color().name()
    assert france != germany  # only Germany has figures now
    window.state.selected = "DEU"
    assert window.detail_panel.text().startswith("Germany")
    assert window.detail_panel.text().count("This dataset has no flows.") == 1
    toggles = {a.text(): a for a in window.view_menu.actions()}
    toggles["&Flows panel"].setChecked(False)  # closed panels stay closed across switches
    window.set_dataset(dataset)
    qtbot.wait(20)
    assert window.flow_controls.isHidden() and not window.detail_panel.isHidden()
    toggles["&Flows panel"].setChecked(True)
    assert not window.flow_controls.isHidden()


def test_a_dataset_switch_keeps_the_map_and_panels_and_what_the_user_set(window, qtbot):
    """The map, its flows layer and the docks live for the whole run: a switch gives them
    the new dataset, and the zoom, the colour-vision preview and the flow settings' object
    stay (nothing is re-applied because nothing was rebuilt)."""
    from explorer.core.data.dataset import Dataset

    parts = (window.map_view, window.flows, window.controls, window.detail_panel)
    docks = (window.detail_panel, window.flow_controls)
    state, settings = window.state, window.flow_settings
    window.map_view.zoom_to("DEU")
    area = window.map_view.visible_area()
    window.map_view.set_colour_vision("protanopia")
    obs = window.dataset.observations
    other = Dataset("Two countries", observations=obs[obs["iso3"].isin(["DEU", "FRA"])])
    window.set_dataset(other)
    assert (window.map_view, window.flows, window.controls, window.detail_panel) == parts
    assert (window.detail_panel, window.flow_controls) == docks
    assert window.state is state and window.flow_settings is settings
    assert window.map_view.visible_area() == area
    assert window.map_view.colour_vision == "protanopia"
    # The new dataset is what they show: Italy has no figure any more.
    assert window.map_view.choropleth.fill("ITA").kind == "no_data"
    assert window.map_view.choropleth.fill("DEU").kind == "class"
    assert window.controls.dataset is other and window.flows.dataset is other
    window.state.selected = "ITA"
    assert "No detected-victim figures for Italy in this dataset" in window.detail_panel.text()


def test_the_colour_vision_preview_repaints_countries_kept_as_pictures(window, qtbot):
    """Countries are kept as device-pixel pictures between repaints; switching the preview
    on and off must still show on screen, not the picture of the colours before."""
    window.flow_settings.visible = False  # flows start at label points: the fill shows there
    view = window.map_view
    iso3 = next(c for c in ("DEU", "BRA", "IND") if view.choropleth.fill(c).kind == "class")
    at = view.mapFromScene(view.label_points[iso3])

    def shown() -> str:
        return view.viewport().grab().toImage().pixelColor(at).name()

    true_colour = shown()
    assert true_colour == view.displayed_colour(iso3)
    view.set_colour_vision("greyscale")
    grey = shown()
    assert grey == view.displayed_colour(iso3) != true_colour
    view.set_colour_vision(None)
    assert shown() == true_colour


def test_countries_are_pictures_while_still_and_painted_directly_while_zooming(window, qtbot):
    from PySide6.QtWidgets import QGraphicsItem

    window.flow_settings.visible = False  # flows start at label points: the fill shows there
    view = window.map_view
    item = view.items_by_iso3["DEU"]
    pictures, direct = (
        QGraphicsItem.CacheMode.DeviceCoordinateCache,
        QGraphicsItem.CacheMode.NoCache,
    )
    assert item.cacheMode() == pictures
    view.zoom_by(1.25)
    assert item.cacheMode() == direct  # every zoom step would redraw every picture
    qtbot.waitUntil(lambda: item.cacheMode() == pictures, timeout=3000)  # still again
    colour = view.displayed_colour("DEU")
    at = view.mapFromScene(view.label_points["DEU"])
    assert view.viewport().grab().toImage().pixelColor(at).name() == colour
