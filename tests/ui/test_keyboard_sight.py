"""What a keyboard user sees: where the focus is, the first-run notice never hidden with
live buttons, the Country panel in front after choosing a country, the menu's words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QTabBar, QWidget

from explorer.ui.window.first_run import install_first_run
from explorer.ui.window.settings import AppSettings
from explorer.ui.workspace.menu import synthetic_label


@pytest.fixture
def win(full_window):
    return full_window


def _focus(widget: QWidget, qtbot, reason=Qt.FocusReason.OtherFocusReason) -> None:
    widget.setFocus(reason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _edge_colours(widget: QWidget) -> set[str]:
    """The colours of the widget's left edge, one pixel in, as a screenshot shows them."""
    image = widget.grab().toImage()
    return {image.pixelColor(QPoint(1, y)).name() for y in range(4, image.height() - 4, 7)}


def _front_tab(win) -> str:
    bar = next(b for b in win.findChildren(QTabBar) if b.count() == 2)
    return bar.tabText(bar.currentIndex())


def _focus_colour(widget: QWidget) -> str:
    return widget.palette().color(QPalette.ColorRole.Highlight).name()


# -- 1. a focus indicator on the map and the country panel -------------------------
def test_tab_onto_the_map_and_the_panel_frames_them_in_the_focus_colour(win, qtbot):
    panel = win.detail_panel.widget()
    _focus(win.search_box, qtbot)
    unfocused = _edge_colours(win.map_view), _edge_colours(panel)
    assert _focus_colour(win.map_view) not in unfocused[0]
    assert _focus_colour(panel) not in unfocused[1]
    qtbot.keyClick(win.search_box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is win.map_view
    assert _edge_colours(win.map_view) == {_focus_colour(win.map_view)}  # an unbroken frame
    qtbot.keyClick(win.map_view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel
    assert _edge_colours(panel) == {_focus_colour(panel)}
    assert _edge_colours(win.map_view) == unfocused[0]  # the map's frame went with the focus


# -- 2. the first-run notice stays on top, its buttons never act unseen ------------
@pytest.fixture
def notice(win, tmp_path):
    settings = AppSettings(tmp_path / "settings.ini")
    controller = install_first_run(win, settings, force=True)
    assert controller.overlay.isVisible()
    return controller.overlay


def test_the_first_run_notice_stays_over_the_map_when_the_flows_dock_takes_the_focus(
    win, notice, qtbot
):
    _focus(win.flow_controls.visible_box, qtbot, Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: _front_tab(win) == "Flows")
    buttons = (notice.import_button, notice.done_button)
    qtbot.waitUntil(lambda: all(_uncovered(button) for button in buttons), timeout=1000)


def _uncovered(widget: QWidget) -> bool:
    return widget.visibleRegion().boundingRect().size() == widget.size()


def test_space_on_a_covered_notice_button_does_nothing(win, notice, qtbot):
    notice.lower()  # covered by the map, as it was before it kept itself on top
    assert notice.done_button.visibleRegion().isEmpty()
    _focus(notice.done_button, qtbot, Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(notice.done_button, Qt.Key.Key_Space)
    assert notice.isVisible() and not notice.settings.first_run_done
    notice.raise_()  # in sight, the same key acts
    qtbot.keyClick(notice.done_button, Qt.Key.Key_Space)
    assert not notice.isVisible() and notice.settings.first_run_done


# -- 5. a country chosen from the keyboard brings the Country panel to the front ----
@pytest.mark.parametrize("how", ["search", "ranking"])
def test_choosing_a_country_from_the_keyboard_brings_its_panel_in_front_of_flows(win, qtbot, how):
    win.flow_controls.raise_()
    qtbot.waitUntil(lambda: _front_tab(win) == "Flows")
    assert win.detail_panel.visibleRegion().isEmpty()
    if how == "search":
        _focus(win.search_box, qtbot)
        qtbot.keyClicks(win.search_box, "Brazil")
        qtbot.keyClick(win.search_box, Qt.Key.Key_Return)
        assert win.state.selected == "BRA"
    else:
        qtbot.keyClick(win.map_view, Qt.Key.Key_Down)
        assert win.state.selected is not None
    qtbot.waitUntil(lambda: _front_tab(win) == "Country")
    assert not win.detail_panel.visibleRegion().isEmpty()
    assert QApplication.focusWidget() in (win.search_box, win.map_view)  # focus stays put


def test_a_closed_country_panel_stays_closed_when_a_country_is_chosen(win, qtbot):
    win.detail_panel.close()
    qtbot.keyClick(win.map_view, Qt.Key.Key_Down)
    assert win.state.selected is not None and win.detail_panel.isHidden()


# -- 6. the Datasets menu says "(synthetic)" once ----------------------------------
def test_the_datasets_menu_names_the_demo_synthetic_once(win):
    texts = [a.text() for a in win.context.session.menu.datasets_menu.actions()]
    demo = [t for t in texts if "demo" in t.lower()]
    assert demo and all(t.count("(synthetic)") == 1 for t in demo), texts


def test_other_synthetic_datasets_are_still_marked():
    assert synthetic_label("Trial run", True) == "Trial run (synthetic)"
    assert synthetic_label("GLOTIP 2024", False) == "GLOTIP 2024"


@pytest.mark.parametrize(
    ("lang", "mark"),
    [
        ("fr", "(synthétiques)"),
        ("ar", "(اصطناعية)"),
        ("zh_CN", "\uff08合成数据\uff09"),
        ("ru", "(синтетические)"),
    ],
)
def test_the_demo_is_named_in_the_interface_language_and_marked_once(win, qapp, lang, mark):
    from tests.ui.translated import translated

    session = win.context.session
    before = qapp.property("explorer_language")
    qapp.setProperty("explorer_language", lang)  # the interface language, as installed
    try:
        with translated(lang):
            session.menu.refresh(win.dataset.name)
            texts = [a.text() for a in session.menu.datasets_menu.actions() if a.isCheckable()]
            win.status.show_dataset(win.dataset)
            status = win.status.dataset_label.text()
            title = win.windowTitle()
    finally:
        qapp.setProperty("explorer_language", before)
    demo = [t for t in texts if mark in t]
    assert len(demo) == 1 and demo[0].count(mark) == 1 and "Demo" not in demo[0], texts
    assert mark in status and "Demo (synthetic)" not in status
    assert mark in title
    session.menu.refresh(win.dataset.name)  # English again for the tests after
