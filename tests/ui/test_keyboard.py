"""Keyboard-only use: the navigation keys act, Tab reaches every control, names are read.

Keys are sent with QTest (qtbot.keyClick) to the focused widget, so they go
through Qt's shortcut machinery (ShortcutOverride, then the window's actions)
as a real key press does.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QTabBar

from explorer.core.data.values import format_value
from explorer.core.geo.countries import PROJECTIONS
from explorer.core.indicators.ranking import ranking
from explorer.ui.window.accessibility import install_accessibility
from explorer.ui.window.key_owners import tab_sequence
from explorer.ui.window.keyboard import install_keyboard

VICTIMS = "Detected trafficking victims"


@pytest.fixture
def win(window, qtbot):
    """The shown window with keys and accessible names installed, active, the map focused."""
    install_keyboard(window)
    install_accessibility(window)
    _activate(window, qtbot)
    _focus(window.map_view, qtbot)
    yield window
    window.controls.play_button.setChecked(False)  # stop the play timer


def _activate(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _focus(widget, qtbot) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _years(window) -> list[int]:
    return window.dataset.years(window.state.indicator)


# -- years and play ------------------------------------------------------------
def test_left_and_right_on_the_map_step_through_the_years_and_stop_at_the_ends(win, qtbot):
    years = _years(win)
    assert win.state.year == years[-1]
    qtbot.keyClick(win.map_view, Qt.Key.Key_Left)
    assert win.state.year == years[-2]
    assert win.controls.year_slider.value() == years[-2]
    qtbot.keyClick(win.map_view, Qt.Key.Key_Left)
    assert win.state.year == years[-3]
    qtbot.keyClick(win.map_view, Qt.Key.Key_Right)
    qtbot.keyClick(win.map_view, Qt.Key.Key_Right)
    qtbot.keyClick(win.map_view, Qt.Key.Key_Right)
    assert win.state.year == years[-1]  # clamped at the last year
    for _ in years:
        qtbot.keyClick(win.map_view, Qt.Key.Key_Left)
    assert win.state.year == years[0]  # clamped at the first year


def test_keys_typed_in_the_search_box_stay_there(win, qtbot):
    year = win.state.year
    _focus(win.search_box, qtbot)
    qtbot.keyClicks(win.search_box, "Bra")
    qtbot.keyClick(win.search_box, Qt.Key.Key_Left)
    assert win.state.year == year
    assert win.search_box.cursorPosition() == 2  # the text cursor moved instead
    qtbot.keyClick(win.search_box, Qt.Key.Key_Down)
    qtbot.keyClick(win.search_box, Qt.Key.Key_Space)
    assert win.state.selected is None  # Down did not step through the ranking
    assert not win.controls.play_button.isChecked()  # Space did not play
    assert win.search_box.text() == "Br a"


def test_combo_boxes_and_sliders_keep_their_arrow_keys(win, qtbot):
    indicator = win.state.indicator
    _focus(win.controls.indicator_box, qtbot)
    qtbot.keyClick(win.controls.indicator_box, Qt.Key.Key_Down)
    assert win.state.indicator != indicator  # the combo box chose the next indicator
    assert win.state.selected is None  # and no country was stepped to
    win.state.indicator = indicator
    year = win.state.year
    _focus(win.controls.year_slider, qtbot)
    qtbot.keyClick(win.controls.year_slider, Qt.Key.Key_Down)
    assert win.state.year == year - 1  # the slider moved
    assert win.state.selected is None


def test_space_plays_and_pauses(win, qtbot):
    button = win.controls.play_button
    assert not button.isChecked()
    qtbot.keyClick(win.map_view, Qt.Key.Key_Space)
    assert button.isChecked()
    assert button.text() == "Pause"
    qtbot.keyClick(win.map_view, Qt.Key.Key_Space)
    assert not button.isChecked()
    assert button.text() == "Play"


# -- ranking, selection and view -------------------------------------------------
def test_down_and_up_step_through_the_ranking_and_frame_the_country(win, qtbot, dataset):
    state = win.state
    values = dataset.values(state.indicator, state.year, state.breakdown)
    expected = ranking(dataset, state.indicator, state.year, state.breakdown)
    assert expected[0] == values["value"].idxmax()
    qtbot.keyClick(win.map_view, Qt.Key.Key_Down)
    assert state.selected == expected[0]
    assert win.map_view.zoom_factor() > 1.5  # framed
    qtbot.keyClick(win.map_view, Qt.Key.Key_Down)
    assert state.selected == expected[1]
    assert values.loc[expected[0], "value"] >= values.loc[expected[1], "value"]
    qtbot.keyClick(win.map_view, Qt.Key.Key_Up)
    qtbot.keyClick(win.map_view, Qt.Key.Key_Up)
    assert state.selected == expected[0]  # stops at the top
    # The status bar ranks as the panel does: among the exact figures only.
    ranked = int(win.detail_panel.key_label.text().split("Rank 1 of ")[1].split()[0])
    assert win.statusBar().currentMessage().startswith(f"Rank 1 of {ranked} countries: ")
    assert ranked < len(expected)  # the list Up and Down walk also holds the <5 figures


def test_down_continues_from_a_country_found_by_search(win, qtbot, dataset):
    win.search_box.search("Brazil")
    assert win.state.selected == "BRA"
    state = win.state
    order = ranking(dataset, state.indicator, state.year, state.breakdown)
    _focus(win.map_view, qtbot)
    qtbot.keyClick(win.map_view, Qt.Key.Key_Down)
    assert state.selected == order[order.index("BRA") + 1]


def test_escape_clears_the_selection(win, qtbot):
    qtbot.keyClick(win.map_view, Qt.Key.Key_Down)
    assert win.state.selected is not None
    qtbot.keyClick(win.map_view, Qt.Key.Key_Escape)
    assert win.state.selected is None


def test_ctrl_0_resets_the_zoom(win, qtbot):
    win.map_view.zoom_by(2.0)
    assert win.map_view.zoom_factor() == pytest.approx(2.0, rel=0.05)
    qtbot.keyClick(win.map_view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert win.map_view.zoom_factor() == pytest.approx(1.0, abs=0.02)


def test_navigate_menu_lists_the_keys_and_no_shortcut_is_taken_twice(win):
    menus = {a.text(): a.menu() for a in win.menuBar().actions()}
    assert list(menus).index("&Navigate") == list(menus).index("&View") + 1
    navigate = menus["&Navigate"].actions()
    shortcuts = [a.shortcut().toString() for a in navigate if not a.shortcut().isEmpty()]
    assert shortcuts == ["Left", "Right", "Space", "Down", "Up"]
    everything = [
        a.shortcut().toString() for a in win.findChildren(QAction) if not a.shortcut().isEmpty()
    ]
    assert len(everything) == len(set(everything)), everything


# -- tab order ---------------------------------------------------------------------
def _tab_through(win, qtbot, start, presses: int) -> list:
    _focus(start, qtbot)
    visited = [start]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    return visited


def test_tab_goes_from_the_controls_through_search_and_map_to_the_panels(win, qtbot):
    win.show_country("BRA")  # the panel shows its tables and filters
    c = win.controls
    visited = _tab_through(win, qtbot, c.indicator_box, 60)
    head = [c.indicator_box, c.breakdown_box, c.year_slider, c.play_button, win.search_box]
    assert visited[:6] == [*head, win.map_view]
    after_map = visited[6:]
    panel = [w for w in after_map if win.detail_panel.isAncestorOf(w)]
    flows = [w for w in after_map if win.flow_controls.isAncestorOf(w)]
    assert win.detail_panel.widget() in panel  # the panel's content
    assert win.detail_panel.series_table in panel
    assert win.detail_panel.activities.table in panel
    assert win.flow_controls.visible_box in flows
    assert win.flow_controls.totals_box in flows
    first_flow = after_map.index(win.flow_controls.visible_box)
    assert all(after_map.index(w) < first_flow for w in panel)
    assert visited.count(win.detail_panel.series_table) <= 2  # Tab leaves a table
    assert c.indicator_box in after_map  # and comes round again


def test_tabbing_into_the_flows_dock_brings_it_to_the_front(win, qtbot):
    bars = [b for b in win.findChildren(QTabBar) if b.count() == 2]
    assert bars, "the country and flows docks should share a tab bar"
    bar = bars[0]
    # The detail dock is in front: "Place" (the World) with no country selected.
    assert bar.tabText(bar.currentIndex()) == ("Country" if win.state.selected else "Place")
    _focus(win.flow_controls.visible_box, qtbot)
    qtbot.waitUntil(lambda: bar.tabText(bar.currentIndex()) == "Flows")


# -- accessible names --------------------------------------------------------------
def test_accessible_names_are_set(win):
    c = win.controls
    assert win.map_view.accessibleName() == "World map"
    assert c.indicator_box.accessibleName() == "Indicator"
    assert c.breakdown_box.accessibleName() == "Breakdown"
    assert c.year_slider.accessibleName() == "Year"
    assert c.year_slider.accessibleDescription() == str(win.state.year)
    assert c.play_button.accessibleName() == "Play years"
    assert win.search_box.accessibleName() == "Find a country"
    assert win.detail_panel.accessibleName() == "Country details"
    assert win.detail_panel.widget().accessibleName() == "Country details"
    assert win.flow_controls.accessibleName() == "Flows"
    assert win.map_view.viewport().accessibleName() == "Map legend"


def test_map_description_reads_the_selected_country_its_value_and_the_legend(win, dataset):
    view = win.map_view
    assert "No country selected" in view.accessibleDescription()
    win.show_country("BRA")
    v = dataset.values(VICTIMS, win.state.year).loc["BRA"]
    value = format_value(v["value"], v["lower"], v["upper"], v["flag"])
    description = view.accessibleDescription()
    assert f"Selected: Brazil, {value}" in description
    assert f"{VICTIMS}, {win.state.year}." in description
    for entry in view.choropleth.legend:  # the painted legend, in words
        assert entry.label in description
        assert entry.label in view.viewport().accessibleDescription()
    panel = win.detail_panel.accessibleDescription()
    assert panel.startswith("Brazil")
    assert f"{VICTIMS}, {win.state.year}: {value}" in panel
    win.controls.year_slider.setValue(win.state.year - 1)
    assert f"{VICTIMS}, {win.state.year}." in view.accessibleDescription()
    assert win.controls.year_slider.accessibleDescription() == str(win.state.year)
    win.clear_selection()
    assert "No country selected" in view.accessibleDescription()


def test_map_description_survives_a_restyle_of_the_map(win, qtbot):
    win.show_country("BRA")
    win.map_view.refresh()  # the map writes its title into the description
    builder = win.map_view.builder
    state = win.state
    win.map_view.set_choropleth(builder.build(state.indicator, state.year - 1, state.breakdown))
    win.map_view.viewport().repaint()
    qtbot.waitUntil(lambda: "Selected: Brazil" in win.map_view.accessibleDescription())
    assert f", {state.year - 1}." in win.map_view.accessibleDescription()


# -- after a dataset switch ----------------------------------------------------------
def test_keys_tab_order_and_names_survive_a_dataset_switch(win, qtbot, dataset):
    win.set_dataset(win.dataset)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.map_view)
    years = _years(win)
    year = win.state.year
    qtbot.keyClick(win.map_view, Qt.Key.Key_Left)
    assert win.state.year == years[years.index(year) - 1]
    qtbot.keyClick(win.map_view, Qt.Key.Key_Down)
    state = win.state
    assert state.selected == ranking(dataset, state.indicator, state.year, state.breakdown)[0]
    name = win.map_view.items_by_iso3[state.selected].name
    assert f"Selected: {name}," in win.map_view.accessibleDescription()
    assert win.controls.year_slider.accessibleDescription() == str(state.year)
    assert win.detail_panel.accessibleName() == "Country details"
    sequence = tab_sequence(win)
    assert sequence.index(win.map_view) == sequence.index(win.search_box) + 1
    visited = _tab_through(win, qtbot, win.search_box, 1)
    assert visited[-1] is win.map_view
    _focus(win.controls.year_slider, qtbot)
    qtbot.keyClick(win.controls.year_slider, Qt.Key.Key_Down)
    assert win.state.selected == state.selected  # the new slider keeps its keys


def test_installed_before_the_window_is_shown(qtbot, dataset, projected_countries):
    from explorer.ui.window.main_window import MainWindow

    window = MainWindow(dataset, projected_countries, PROJECTIONS["Equal Earth"])
    qtbot.addWidget(window)
    install_keyboard(window)
    install_accessibility(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    _activate(window, qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.map_view)
    year = window.state.year
    qtbot.keyClick(window.map_view, Qt.Key.Key_Left)
    assert window.state.year < year
    assert "No country selected" in window.map_view.accessibleDescription()


def test_in_a_right_to_left_window_the_year_keys_follow_the_mirrored_slider(window, qtbot):
    """Arabic: the slider's earlier years are on the right, so Right is the previous year."""
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    install_keyboard(window)
    _activate(window, qtbot)
    _focus(window.map_view, qtbot)
    years = _years(window)
    qtbot.keyClick(window.map_view, Qt.Key.Key_Right)
    assert window.state.year == years[-2]
    qtbot.keyClick(window.map_view, Qt.Key.Key_Left)
    assert window.state.year == years[-1]
    assert window.controls.year_slider.isRightToLeft()
