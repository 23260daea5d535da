"""The View menu's switches for the Country and Flows panels.

Why apart from the window: the switches must follow the user closing a dock
by its own button (a tabified dock behind another tab is still open), and
bring a dock to the front when switched on.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu

from explorer.ui.common.translations import translate


class PanelToggles:
    """One checkable action per panel, listed in the View menu."""

    def __init__(self, detail_panel: QDockWidget, flow_controls: QDockWidget, menu: QMenu) -> None:
        self.docks = {"detail_panel": detail_panel, "flow_controls": flow_controls}
        parent = menu.parent()
        self.actions = {
            "detail_panel": QAction(
                translate("MainWindow", "&Country panel"), parent, checkable=True, checked=True
            ),
            "flow_controls": QAction(
                translate("MainWindow", "&Flows panel"), parent, checkable=True, checked=True
            ),
        }
        for name, action in self.actions.items():
            action.toggled.connect(partial(self._show, name))
            menu.addAction(action)
            self.docks[name].visibilityChanged.connect(partial(self._visibility, name))

    def _visibility(self, name: str, visible: bool) -> None:
        dock = self.docks[name]
        # A tabified dock behind another tab is "not visible" but still open.
        open_ = visible or not dock.isHidden()
        action = self.actions[name]
        if action.isChecked() != open_:
            action.blockSignals(True)
            action.setChecked(open_)
            action.blockSignals(False)

    def _show(self, name: str, show: bool) -> None:
        dock = self.docks[name]
        dock.setVisible(show)
        if show:
            dock.raise_()

    def bring_forward(self, name: str) -> None:
        """Bring an open panel in front of the dock it shares tabs with (a closed one stays
        closed): what the user just asked for shows at once, from the keyboard too."""
        dock = self.docks[name]
        if not dock.isHidden():
            dock.raise_()
