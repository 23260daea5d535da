"""View > Map style: palette, classes and the colour-vision preview change what the user sees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QInputDialog, QMessageBox

from explorer.core.view.choropleth import CLASS
from explorer.core.view.colour_vision import simulate
from explorer.core.view.export_spec import ExportSpec
from explorer.core.view.palettes import palette_names, palette_title, sequential
from explorer.render.page.map_export import render_png
from explorer.ui.export.map_export import map_page
from explorer.ui.map.style import install_map_style


@pytest.fixture
def style(window):
    return install_map_style(window)


def _submenu(style, title: str):
    for action in style.menu.actions():
        if action.menu() is not None and action.text().replace("&", "") == title:
            return action.menu()
    raise AssertionError(f"no submenu {title!r}")


def _action(style, submenu: str, text: str):
    for action in _submenu(style, submenu).actions():
        if action.text() == text:
            return action
    raise AssertionError(f"no {text!r} in {submenu!r}")


def _class_labels(window) -> list[str]:
    return [e.label for e in window.map_view.choropleth.legend if e.kind == CLASS]


def _brazil(window):
    choropleth = window.map_view.choropleth
    return choropleth.fill("BRA"), window.map_view.items_by_iso3["BRA"].brush().color().name()


def _screen_pixels(window, iso3: str) -> list[str]:
    """Colours of on-screen pixels well inside a country (a grid over its shape)."""
    view = window.map_view
    image = view.viewport().grab().toImage()
    item = view.items_by_iso3[iso3]
    rect = item.sceneBoundingRect()
    out = []
    for i in range(1, 12):
        for j in range(1, 12):
            scene = QPointF(
                rect.left() + rect.width() * i / 12, rect.top() + rect.height() * j / 12
            )
            if item.path().contains(scene):
                pos = view.mapFromScene(scene)
                out.append(image.pixelColor(pos.x(), pos.y()).name())
    return out


def test_the_menu_offers_palettes_schemes_classes_and_preview(window, style):
    assert style.menu.menuAction() in window.view_menu.actions()
    palettes = [a.text() for a in _submenu(style, "Palette").actions()]
    assert palettes == [palette_title(name) for name in palette_names()]
    assert "Yellow-orange-red (ColorBrewer YlOrRd)" in palettes
    schemes = [a.text() for a in _submenu(style, "Classification").actions()]
    assert schemes[1:] == ["Natural breaks (Fisher-Jenks)", "Equal interval", "Manual breaks…"]
    assert [a.text() for a in _submenu(style, "Number of classes").actions()] == list("34567")
    preview = [a.text() for a in _submenu(style, "Colour-vision preview").actions()]
    assert preview[0].startswith("Off") and len(preview) == 5
    assert _action(style, "Palette", palette_title("YlOrRd")).isChecked()
    assert (style.palette, style.scheme, style.k, style.breaks, style.vision) == (
        "YlOrRd",
        "quantiles",
        5,
        (),
        None,
    )


def test_choosing_a_palette_recolours_brazil_with_that_palettes_class_colour(window, style):
    before, _ = _brazil(window)
    _action(style, "Palette", palette_title("Blues")).trigger()
    fill, brush = _brazil(window)
    assert style.palette == "Blues" and window.map_view.builder.palette == "Blues"
    assert fill.class_index == before.class_index
    assert brush == fill.colour == sequential("Blues", 5)[fill.class_index] != before.colour
    legend = [e.colour for e in window.map_view.choropleth.legend if e.kind == CLASS]
    assert legend == list(sequential("Blues", 5))
    assert fill.colour in _screen_pixels(window, "BRA")


def test_natural_breaks_change_the_legend_and_its_note(window, style):
    quantiles = _class_labels(window)
    _action(style, "Classification", "Natural breaks (Fisher-Jenks)").trigger()
    assert style.scheme == "fisher_jenks"
    assert _class_labels(window) != quantiles
    assert window.map_view.choropleth.classes_note.startswith("Natural-breaks classes")


def test_three_classes_give_three_legend_entries(window, style):
    _action(style, "Number of classes", "3").trigger()
    assert style.k == 3
    assert len(_class_labels(window)) == 3
    assert window.map_view.choropleth.fill("BRA").colour in sequential("YlOrRd", 3)


def test_manual_breaks_are_asked_for_checked_and_used(window, style, monkeypatch):
    answers = iter([("10, ten", True), ("10, 50, 100, 500", True)])
    warnings = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text: warnings.append(text))
    _action(style, "Classification", "Manual breaks…").trigger()
    assert warnings == ["'ten' is not a number."]
    assert style.scheme == "manual" and style.breaks == (10.0, 50.0, 100.0, 500.0)
    labels = _class_labels(window)
    assert labels[1:4] == ["11 - 50", "51 - 100", "101 - 500"]
    assert labels[0].endswith(" - 10")
    assert _action(style, "Classification", "Manual breaks…").isChecked()
    assert not _action(style, "Number of classes", "5").isEnabled()  # the breaks decide
    assert style.description().endswith("manual breaks at 10, 50, 100, 500")


def test_cancelling_manual_breaks_keeps_the_scheme(window, style, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    labels = _class_labels(window)
    _action(style, "Classification", "Manual breaks…").trigger()
    assert style.scheme == "quantiles"
    assert _action(style, "Classification", "Quantiles (equal counts)").isChecked()
    assert _class_labels(window) == labels


def test_colour_vision_preview_changes_the_screen_and_off_restores_it(window, style):
    view = window.map_view
    true = view.choropleth.fill("BRA").colour
    _action(style, "Colour-vision preview", "Deuteranopia (green-blind, the most common)").trigger()
    assert style.vision == "deuteranopia"
    seen = view.displayed_colour("BRA")
    assert seen == simulate(true, "deuteranopia") != true
    assert view.choropleth.fill("BRA").colour == true  # the data keeps its true colours
    pixels = _screen_pixels(window, "BRA")
    assert seen in pixels and true not in pixels
    _action(style, "Colour-vision preview", "Off (true colours)").trigger()
    assert style.vision is None and view.displayed_colour("BRA") == true
    assert true in _screen_pixels(window, "BRA")


def test_greyscale_preview_is_grey(window, style):
    style.apply(vision="greyscale")
    for iso3 in ("BRA", "IND", "USA"):
        colour = window.map_view.displayed_colour(iso3)
        assert colour[1:3] == colour[3:5] == colour[5:7]


def test_exports_keep_the_true_colours_while_the_preview_is_on(window, style):
    style.apply(vision="deuteranopia")
    true = window.map_view.choropleth.fill("BRA").colour
    seen = window.map_view.displayed_colour("BRA")
    image = render_png(map_page(window), ExportSpec())
    colours = [
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    ]
    assert colours.count(true) > 100
    assert colours.count(seen) < colours.count(true) / 50


def test_the_style_survives_a_dataset_switch(window, style):
    style.apply(palette="viridis", scheme="equal_interval", k=4, vision="protanopia")
    window.set_dataset(window.dataset)
    view = window.map_view
    builder = view.builder
    assert (builder.palette, builder.scheme, builder.k) == ("viridis", "equal_interval", 4)
    assert len(_class_labels(window)) == 4
    fill = view.choropleth.fill("BRA")
    assert fill.colour == sequential("viridis", 4)[fill.class_index]
    assert view.colour_vision == "protanopia"
    assert view.displayed_colour("BRA") == simulate(fill.colour, "protanopia")
    assert _action(style, "Palette", palette_title("viridis")).isChecked()


def test_apply_rejects_unknown_values_and_keeps_the_style(window, style):
    for bad in (
        {"palette": "Rainbow"},
        {"scheme": "astrology"},
        {"k": 9},
        {"vision": "x-ray"},
        {"scheme": "manual"},  # no breaks yet
        {"breaks": (50, 10)},
        {"breaks": tuple(range(1, 9))},  # 8 breaks: more classes than any palette has
    ):
        with pytest.raises(ValueError):
            style.apply(**bad)
    assert (style.palette, style.scheme, style.k, style.vision) == ("YlOrRd", "quantiles", 5, None)


def test_changes_are_announced_for_the_settings(window, style, qtbot):
    with qtbot.waitSignal(style.changed, timeout=1000):
        style.apply(palette="magma")
    assert "Magma" in window.statusBar().currentMessage()
    assert "Magma" in style.description()
