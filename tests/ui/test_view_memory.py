"""The map's style, manual breaks, theme and area survive a restart of the main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from explorer.ui.map.theme import MapTheme
from explorer.ui.window.app import LaunchOptions, build_window
from explorer.ui.window.settings import AppSettings
from explorer.ui.window.view_memory import (
    area_text,
    install_view_memory,
    parse_area,
    stored_breaks,
)


def _start(qtbot, ini):
    window = build_window(LaunchOptions(demo_only=True))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    install_view_memory(window, AppSettings(ini))
    window.show()
    qtbot.waitExposed(window)
    return window


def test_style_breaks_theme_and_area_round_trip(qtbot, tmp_path):
    ini = tmp_path / "settings.ini"
    first = _start(qtbot, ini)
    first.context.style.apply(palette="Greens", breaks=[10, 100, 1000])
    first.context.theme.set_theme(MapTheme.DARK)
    first.map_view.zoom_to("NGA")
    area = first.map_view.visible_area()
    legend = [e.label for e in first.map_view.choropleth.legend]
    first.close()

    second = _start(qtbot, ini)
    qtbot.waitUntil(lambda: second.map_view.visible_area() is not None)
    assert (second.context.style.palette, second.context.style.scheme) == ("Greens", "manual")
    assert second.context.style.breaks == (10.0, 100.0, 1000.0)
    assert [e.label for e in second.map_view.choropleth.legend] == legend
    assert second.context.theme.theme is MapTheme.DARK
    shown = second.map_view.visible_area()
    assert shown.intersected(area).width() >= 0.8 * min(area.width(), shown.width())
    assert shown.contains(second.map_view.label_points["NGA"])


def test_the_whole_world_is_not_stored_as_an_area(qtbot, tmp_path):
    ini = tmp_path / "settings.ini"
    window = _start(qtbot, ini)
    window.map_view.zoom_to("NGA")
    window.map_view.reset_view()
    window.close()
    assert AppSettings(ini).get("view/area") == ""


def test_breaks_are_kept_while_another_scheme_is_chosen(qtbot, tmp_path):
    ini = tmp_path / "settings.ini"
    first = _start(qtbot, ini)
    first.context.style.apply(breaks=[5, 50])
    first.context.style.apply(scheme="quantiles")
    first.close()
    second = _start(qtbot, ini)
    assert second.context.style.scheme == "quantiles"
    second.context.style.apply(scheme="manual")  # "Manual breaks…" offers the old ones
    assert second.context.style.breaks == (5.0, 50.0)


@pytest.mark.parametrize(
    "text",
    ["", "1 2 3", "a b c d Equal Earth", "0 0 -5 5 Equal Earth", "0 0 nan 5 Equal Earth"],
)
def test_unreadable_areas_give_the_whole_world(text):
    assert parse_area(text, "Equal Earth") is None


def test_an_area_of_another_projection_is_not_used():
    text = area_text(QRectF(1, 2, 3, 4), "Robinson")
    assert parse_area(text, "Robinson") == QRectF(1, 2, 3, 4)
    assert parse_area(text, "Equal Earth") is None


def test_unreadable_breaks_give_none():
    assert stored_breaks(["10", "x"]) == ()
    assert stored_breaks(["10", "inf"]) == ()
    assert stored_breaks(["20", "10"]) == ()
    assert stored_breaks(["1.5", "20"]) == (1.5, 20.0)
