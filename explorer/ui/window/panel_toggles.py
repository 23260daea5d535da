"""The View menu's switches for the Country and Flows panels.

Why apart from the window: the panels (docks) are rebuilt with every dataset,
but their switches belong to the window. They must outlive the docks, follow
the user closing a dock by its own button, and keep a closed panel closed
across a dataset switch.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow

from explorer.ui.common.translations import translate


class PanelToggles:
    """One checkable action per panel, named by the window attribute holding the dock."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.actions = {
            "detail_panel": QAction(
                translate("MainWindow", "&Country panel"), window, checkable=True, checked=True
            ),
            "flow_controls": QAction(
                translate("MainWindow", "&Flows panel"), window, checkable=True, checked=True
            ),
        }
        for name, action in self.actions.items():
            action.toggled.connect(partial(self._show, name))

    def _dock(self, name: str) -> QDockWidget:
        return getattr(self.window, name)

    def bind(self, view_menu) -> None:
        """Keep the switches in step with the (new) docks; list them in ``view_menu`` once."""
        if not any(a in view_menu.actions() for a in self.actions.values()):
            for action in self.actions.values():
                view_menu.addAction(action)
        for name, action in self.actions.items():
            dock = self._dock(name)
            if not action.isChecked():  # closed before the switch: stays closed
                dock.setVisible(False)
            dock.visibilityChanged.connect(partial(self._visibility, name))

    def show_docks(self) -> None:
        """Show the new docks the switches say are open (a shown window adds them hidden)."""
        for name, action in self.actions.items():
            self._dock(name).setVisible(action.isChecked())

    def _visibility(self, name: str, visible: bool) -> None:
        dock = self._dock(name)
        # A tabified dock behind another tab is "not visible" but still open.
        open_ = visible or not dock.isHidden()
        action = self.actions[name]
        if action.isChecked() != open_:
            action.blockSignals(True)
            action.setChecked(open_)
            action.blockSignals(False)

    def _show(self, name: str, show: bool) -> None:
        dock = self._dock(name)
        dock.setVisible(show)
        if show:
            dock.raise_()
