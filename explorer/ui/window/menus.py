"""The window's menu bar and its own actions: File, Edit and View, with their shortcuts.

Why apart from the window: the window assembles its parts; which actions exist,
their words, shortcuts and tooltips are a list of their own. Other parts add
their entries to these menus (the workspace session to File, the map style and
theme to View, Help and Navigate after them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from explorer.ui.common.translations import translate
from explorer.ui.export.window_exports import (
    ask_brief_path,
    copy_country_text,
    copy_map_image,
    open_export_dialog,
)

if TYPE_CHECKING:
    from explorer.ui.window.main_window import MainWindow


@dataclass(frozen=True)
class WindowMenus:
    """The menus and the actions other parts enable, relabel or place entries next to."""

    file_menu: QMenu
    view_menu: QMenu
    reset_action: QAction
    partners_action: QAction
    copy_action: QAction
    export_action: QAction
    copy_map_action: QAction
    brief_action: QAction
    quit_action: QAction


def build_menus(window: MainWindow) -> WindowMenus:
    """File, Edit and View with the window's actions, connected to the window."""
    find = QAction(
        translate("MainWindow", "&Find country…"), window, shortcut=QKeySequence.StandardKey.Find
    )
    find.triggered.connect(window.focus_search)
    reset_action = QAction(
        translate("MainWindow", "&Reset view"), window, shortcut=QKeySequence("Ctrl+0")
    )
    reset_action.setToolTip(translate("MainWindow", "Show the whole world (Ctrl+0)"))
    reset_action.triggered.connect(lambda: window.map_view.reset_view())
    zoom_in = QAction(
        translate("MainWindow", "Zoom &in"), window, shortcut=QKeySequence.StandardKey.ZoomIn
    )
    zoom_in.triggered.connect(lambda: window.map_view.zoom_by(1.25))
    zoom_out = QAction(
        translate("MainWindow", "Zoom &out"), window, shortcut=QKeySequence.StandardKey.ZoomOut
    )
    zoom_out.triggered.connect(lambda: window.map_view.zoom_by(0.8))
    partners_action = QAction(
        translate("MainWindow", "Frame country with its flows' &partners"),
        window,
        shortcut=QKeySequence("Ctrl+Shift+F"),
    )
    partners_action.setToolTip(
        translate(
            "MainWindow",
            "Show the selected country together with where its victims came from and went to",
        )
    )
    partners_action.triggered.connect(lambda: window.show_country_with_partners())
    clear = QAction(
        translate("MainWindow", "Clear selection"),
        window,
        shortcut=QKeySequence(Qt.Key.Key_Escape),
    )
    clear.triggered.connect(window.clear_selection)
    copy_action = QAction(
        translate("MainWindow", "&Copy country details as text"),
        window,
        shortcut=QKeySequence("Ctrl+Shift+C"),
    )
    copy_action.triggered.connect(lambda: copy_country_text(window))
    export_action = QAction(
        translate("MainWindow", "&Export map…"), window, shortcut=QKeySequence("Ctrl+E")
    )
    export_action.setToolTip(
        translate(
            "MainWindow",
            "PNG, SVG or PDF for slides and reports, an offline HTML map, or the data",
        )
    )
    export_action.triggered.connect(lambda: open_export_dialog(window))
    copy_map_action = QAction(
        translate("MainWindow", "Copy &map image"), window, shortcut=QKeySequence("Ctrl+Alt+C")
    )
    copy_map_action.triggered.connect(lambda: copy_map_image(window))
    brief_action = QAction(translate("MainWindow", "Export country &brief (PDF)…"), window)
    brief_action.triggered.connect(lambda: ask_brief_path(window))
    rows_action = QAction(
        translate("MainWindow", "Show &source rows…"), window, shortcut=QKeySequence("Ctrl+Shift+R")
    )
    rows_action.setToolTip(
        translate(
            "MainWindow",
            "The file rows behind the figure in focus (the selected flow, else the selected "
            "country's figure, else the place's total), with the rules of a derived figure",
        )
    )
    rows_action.triggered.connect(lambda: window.source_rows.show_current())
    quit_action = QAction(
        translate("MainWindow", "&Quit"), window, shortcut=QKeySequence.StandardKey.Quit
    )
    quit_action.triggered.connect(window.close)
    file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    file_menu.addAction(export_action)
    file_menu.addAction(brief_action)
    file_menu.addSeparator()
    window.quit_action = quit_action
    file_menu.addAction(quit_action)
    edit_menu = window.menuBar().addMenu(translate("MainWindow", "&Edit"))
    edit_menu.addAction(copy_action)
    edit_menu.addAction(copy_map_action)
    edit_menu.addAction(find)
    edit_menu.addAction(clear)
    edit_menu.addSeparator()
    edit_menu.addAction(rows_action)
    view_menu = window.menuBar().addMenu(translate("MainWindow", "&View"))
    for action in (zoom_in, zoom_out, reset_action, partners_action):
        view_menu.addAction(action)
    return WindowMenus(
        file_menu,
        view_menu,
        reset_action,
        partners_action,
        copy_action,
        export_action,
        copy_map_action,
        brief_action,
        quit_action,
    )
