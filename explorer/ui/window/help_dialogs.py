"""The Help menu: how to read the map, the keyboard shortcuts, and About (sources, licences).

Why these three: a desk officer must not read detected victims as prevalence
or a flow as the whole movement (:mod:`explorer.ui.window.how_to_read`);
keyboard users need the shortcuts as they really are (read from the window's
actions, so the list cannot go stale); and a redistributed copy must carry its
data sources and every library's licence (read from the installed packages,
with a small table for what metadata lacks).

Every text here is plain and selectable; package metadata and dataset
provenance are data, never markup (DESIGN.md section 5).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QVBoxLayout,
)

from explorer.ui.common.modal import show_modal
from explorer.ui.window.about_dialog import AboutDialog, _paragraph, _table
from explorer.ui.window.how_to_read import HowToReadPanel


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every action and named shortcut of the window, by menu."""
    menus: dict[QAction, str] = {}

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), title)
            menus.setdefault(action, title)

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), _plain(top.text()))
    other = QCoreApplication.translate("Help", "Map")
    rows = []
    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = [k for k in keys if k]
        if keys and action.text():
            rows.append((menus.get(action, other), _plain(action.text()), ", ".join(keys)))
    for shortcut in window.findChildren(QShortcut):
        keys = shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
        if keys and shortcut.whatsThis():
            rows.append((other, shortcut.whatsThis(), keys))
    order = {_plain(a.text()): i for i, a in enumerate(window.menuBar().actions())}
    return sorted(set(rows), key=lambda r: (order.get(r[0], len(order)), r[1].lower()))


def _plain(text: str) -> str:
    """A menu text without its mnemonic marks ("&File" -> "File", "&&" -> "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts as the window has them now."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(QCoreApplication.translate("Help", "Keyboard shortcuts"))
        self.rows = shortcut_rows(window)
        headers = [
            QCoreApplication.translate("Help", "Menu"),
            QCoreApplication.translate("Help", "Command"),
            QCoreApplication.translate("Help", "Keys"),
        ]
        self.table = _table(headers, self.rows)
        self.table.setAccessibleName(self.windowTitle())
        mouse = _paragraph(
            QCoreApplication.translate(
                "Help",
                "Mouse: the wheel zooms, dragging pans, a click selects a country or a flow.",
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(mouse)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def text(self) -> str:
        return "\n".join(f"{menu}: {command}  {keys}" for menu, command, keys in self.rows)


class HelpMenu:
    """The actions of the Help menu and what they open."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        bar = window.menuBar()
        title = QCoreApplication.translate("Help", "&Help")
        existing = [a.menu() for a in bar.actions() if a.text() == title and a.menu()]
        self.menu = existing[0] if existing else bar.addMenu(title)
        self.panel = HowToReadPanel(window)
        side = (  # opposite the country panel: the left, or the right for right to left
            Qt.DockWidgetArea.RightDockWidgetArea
            if window.isRightToLeft()
            else Qt.DockWidgetArea.LeftDockWidgetArea
        )
        window.addDockWidget(side, self.panel)
        self.panel.hide()
        self.how_to_read_action = QAction(
            QCoreApplication.translate("Help", "How to &read this map"), window
        )
        self.how_to_read_action.triggered.connect(self.show_how_to_read)
        self.shortcuts_action = QAction(
            QCoreApplication.translate("Help", "&Keyboard shortcuts"), window
        )
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(
            QCoreApplication.translate("Help", "&About Trafficking Flows Explorer"), window
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        for action in (self.how_to_read_action, self.shortcuts_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.about_action)
        self.dialogs: dict[str, QDialog] = {}

    def show_how_to_read(self) -> HowToReadPanel:
        self.panel.show()
        self.panel.raise_()
        return self.panel

    def show_shortcuts(self) -> ShortcutsDialog:
        return self._open("shortcuts", ShortcutsDialog(self.window))

    def show_about(self) -> AboutDialog:
        return self._open("about", AboutDialog(self.window))

    def _open(self, key: str, dialog: QDialog):
        """One dialog of each kind at a time (a second click brings up a fresh one)."""
        old = self.dialogs.get(key)
        if old is not None:
            old.close()
            old.deleteLater()
        self.dialogs[key] = dialog
        return show_modal(dialog)


def install_help(window: QMainWindow) -> HelpMenu:
    """Add the Help menu (last in the menu bar) and the hidden "How to read" dock.

    Call before ``install_settings`` so that the dock's place and visibility are
    restored with the others.
    """
    window.context.help = HelpMenu(window)
    return window.context.help
