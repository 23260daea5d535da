"""Arabic menus show "Ctrl++", not "++Ctrl": shortcuts are drawn left to right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStyleFactory

from explorer.ui.common.rtl_shortcuts import (
    LRI,
    PDI,
    ShortcutsLeftToRight,
    install_rtl_shortcuts,
    isolated_shortcut,
)


def test_the_shortcut_after_the_tab_is_isolated_once():
    assert isolated_shortcut("تكبير(&I)\tCtrl++") == f"تكبير(&I)\t{LRI}Ctrl++{PDI}"
    assert isolated_shortcut(isolated_shortcut("a\tCtrl+-")) == f"a\t{LRI}Ctrl+-{PDI}"
    assert isolated_shortcut("no shortcut") == "no shortcut"


def _menu_image(qtbot, keys: str, style=None):
    menu = QMenu()
    qtbot.addWidget(menu)
    menu.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    if style is not None:
        menu.setStyle(style)
    action = QAction("تكبير(&I)", menu)
    action.setShortcut(QKeySequence(keys))
    menu.addAction(action)
    menu.adjustSize()
    return menu.grab().toImage()


def test_a_right_to_left_menu_draws_ctrl_plus_plus_in_its_order(qtbot, qapp):
    style = ShortcutsLeftToRight(QStyleFactory.create("Fusion"))
    plain = QStyleFactory.create("Fusion")
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # text laid out as in Arabic
    try:
        # A shortcut ending in a neutral character was mirrored; the style changes it ...
        assert _menu_image(qtbot, "Ctrl++", style) != _menu_image(qtbot, "Ctrl++", plain)
        # ... and leaves one that Qt already drew in order as it was.
        assert _menu_image(qtbot, "Ctrl+0", style) == _menu_image(qtbot, "Ctrl+0", plain)
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_only_a_right_to_left_interface_gets_the_style(qapp):
    before = qapp.style().name()
    assert not install_rtl_shortcuts(qapp)  # the suite runs left to right
    assert qapp.style().name() == before
