"""View > Compare editions…: enabled when the workspace holds two editions of the data shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from explorer.ui.common.translations import translate
from explorer.ui.editions.window import EditionsWindow

if TYPE_CHECKING:
    from explorer.ui.window.main_window import MainWindow


def install_editions(window: MainWindow) -> QAction:
    """Add View > Compare editions… (one window, raised again when asked again)."""
    action = QAction(translate("Editions", "Compare &editions…"), window)

    def update(*_: object) -> None:
        editions = window.editions.editions()
        action.setEnabled(len(editions) > 1)
        action.setToolTip(
            translate("Editions", "What the newer edition of the data on screen revised")
            if len(editions) > 1
            else translate(
                "Editions",
                "Import another edition of the same publication (e.g. a newer GLOTIP export) "
                "to compare them",
            )
        )

    def show() -> None:
        opened = window.context.editions_window
        if opened is None:
            opened = window.context.editions_window = EditionsWindow(
                window.editions, window.state, window.places, window.geometry, window
            )
        else:
            opened.refresh()
        opened.show()
        opened.raise_()

    action.triggered.connect(show)
    window.dataset_shown.connect(update)
    window.view_menu.aboutToShow.connect(update)  # an import since may have added an edition
    update()
    window.view_menu.addAction(action)
    return action
