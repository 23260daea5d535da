"""View > Two years side by side: same classes on both maps, linked views, shared selection."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt

from explorer.ui.map.side_by_side import SideBySideWindow, default_years, install_side_by_side


def test_default_years_are_the_year_before_and_the_shown_one():
    assert default_years([2018, 2019, 2020], 2020) == (2019, 2020)
    assert default_years([2018, 2019, 2020], 2018) == (2018, 2019)
    assert default_years([2020], 2020) == (2020, 2020)
    assert default_years([2018, 2019], 2030) == (2018, 2019)


@pytest.fixture
def pair(window, qtbot):
    install_side_by_side(window)
    window.context.side_by_side_action.trigger()
    dialog = window.context.side_by_side
    qtbot.waitExposed(dialog)
    return window, dialog


def _changed_country(window, first: int, second: int) -> str:
    builder = window.map_view.builder
    a = builder.build(window.state.indicator, first, window.state.breakdown)
    b = builder.build(window.state.indicator, second, window.state.breakdown)
    for iso3 in window.map_view.items_by_iso3:
        if a.fill(iso3).colour != b.fill(iso3).colour:
            return iso3
    raise AssertionError("no country changes class between the two years")


def test_two_maps_of_two_years_share_the_classes(pair):
    window, dialog = pair
    assert isinstance(dialog, SideBySideWindow)
    years = window.dataset.years(window.state.indicator)
    dialog.set_years(years[0], years[-1])
    left, right = dialog.views
    assert dialog.years() == (years[0], years[-1])
    assert [h.text() for h in dialog.headings] == [str(years[0]), str(years[-1])]
    assert left.choropleth.legend == right.choropleth.legend  # one legend holds for both
    iso3 = _changed_country(window, years[0], years[-1])
    assert left.displayed_colour(iso3) != right.displayed_colour(iso3)
    assert left.displayed_colour(iso3) == left.choropleth.fill(iso3).colour
    assert right.accessibleName().endswith(str(years[-1]))


def test_zooming_one_map_moves_the_other(pair, qtbot):
    _window, dialog = pair
    left, right = dialog.views
    left.zoom_to("NGA")
    assert right.transform().m11() == pytest.approx(left.transform().m11())
    centre = left.mapToScene(left.viewport().rect().center())
    other = right.mapToScene(right.viewport().rect().center())
    assert (centre - other).manhattanLength() < 2 / left.transform().m11() * 10


def test_clicking_a_country_selects_it_in_the_main_window(pair, qtbot):
    window, dialog = pair
    left, _right = dialog.views
    point = left.mapFromScene(left.label_points["BRA"])
    qtbot.mouseClick(left.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.state.selected == "BRA"
    assert dialog.states[1].selected == "BRA"
    window.state.selected = "IND"
    assert [s.selected for s in dialog.states] == ["IND", "IND"]


def test_it_follows_the_main_windows_indicator(pair):
    window, dialog = pair
    views = list(dialog.views)
    other = next(i for i in window.dataset.indicators() if i != window.state.indicator)
    window.state.indicator = other
    assert all(s.indicator == other for s in dialog.states)
    assert all(v.choropleth.title.startswith(other) for v in dialog.views)
    assert other in dialog.subject.text()
    assert dialog.views == views  # re-bound, not rebuilt (building converts every outline)


def test_a_hidden_window_catches_up_when_shown_again(pair, qtbot):
    window, dialog = pair
    dialog.close()
    first = window.state.indicator
    other = next(i for i in window.dataset.indicators() if i != first)
    window.state.indicator = other
    assert all(s.indicator == first for s in dialog.states)  # nothing done while hidden
    window.context.side_by_side_action.trigger()
    qtbot.waitExposed(dialog)
    assert all(s.indicator == other for s in dialog.states)
    assert other in dialog.subject.text()


def test_year_boxes_are_named_and_tab_reaches_each_map_after_its_year(pair, qtbot):
    _window, dialog = pair
    names = [box.accessibleName() for box in dialog.year_boxes]
    assert names == ["Year of the left map", "Year of the right map"]
    order = [dialog.year_boxes[0], dialog.views[0], dialog.year_boxes[1], dialog.views[1]]
    for here, there in itertools.pairwise(order):
        assert _next_tab_stop(here) is there


def _next_tab_stop(widget):
    """Where Tab goes from ``widget``: the next widget in the chain that takes Tab focus."""
    widget = widget.nextInFocusChain()
    while not (
        widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.isVisible()
        and widget.focusProxy() is None  # a view's viewport hands focus to the view
    ):
        widget = widget.nextInFocusChain()
    return widget


def test_a_new_palette_or_theme_reaches_both_maps_and_keeps_the_years(qtbot):
    from explorer.ui.map.theme import MapTheme
    from explorer.ui.window.app import LaunchOptions, build_window

    window = build_window(LaunchOptions(demo_only=True))  # with View > Map style and theme
    qtbot.addWidget(window)
    window.show()
    window.context.side_by_side_action.trigger()
    dialog = window.context.side_by_side
    years = window.dataset.years(window.state.indicator)
    dialog.set_years(years[0], years[-1])
    window.context.style.apply(palette="Greens", k=4)
    legend = window.map_view.choropleth.legend
    assert [v.choropleth.legend for v in dialog.views] == [legend, legend]
    assert dialog.years() == (years[0], years[-1])
    window.context.theme.set_theme(MapTheme.DARK)
    assert all(v.backgroundBrush().color().name() == "#15191f" for v in dialog.views)
