"""File > Open recent: the workspace files used last, most recent first.

Why rebuilt each time the menu opens: the list changes when a workspace is
opened, saved under another name or deleted outside the app; reading the
settings and the disk at that moment keeps the menu true without any signal.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from explorer.ui.common.plain_text import literal_text
from explorer.ui.window.settings import AppSettings

#: The text of the session's action the submenu follows (see workspace_menu.py),
#: compared in the user's language.
OPEN_WORKSPACE_TEXT = QT_TRANSLATE_NOOP("WorkspaceSession", "&Open workspace…")


class RecentFilesMenu(QObject):
    """The "Open recent" submenu of one window."""

    def __init__(self, window: QMainWindow, settings: AppSettings) -> None:
        super().__init__(window)
        self.window, self.settings = window, settings
        self.menu = QMenu(QCoreApplication.translate("RecentFiles", "Open &recent"), window)
        self.menu.setObjectName("recent_files_menu")
        self.menu.setToolTipsVisible(True)
        self.menu.aboutToShow.connect(self.refresh)
        opening = QCoreApplication.translate("WorkspaceSession", OPEN_WORKSPACE_TEXT)
        _insert_after(window.file_menu, opening, self.menu)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the entries from the settings (and note the workspace on screen first)."""
        keeper = self.window.context.settings_keeper
        if keeper is not None:
            keeper.track_workspace()  # e.g. after "Save workspace as…", which emits no signal
        self.menu.clear()
        paths = self.settings.recent_files()
        self._entries = [self._entry(number, path) for number, path in enumerate(paths, 1)]
        for action in self._entries:
            self.menu.addAction(action)
        if not paths:
            empty = QAction(QCoreApplication.translate("RecentFiles", "No recent files"), self.menu)
            empty.setEnabled(False)
            self.menu.addAction(empty)
        self.menu.addSeparator()
        clear = QAction(QCoreApplication.translate("RecentFiles", "&Clear list"), self.menu)
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self.clear)
        self.menu.addAction(clear)

    def _entry(self, number: int, path: Path) -> QAction:
        name = path.name.replace("&", "&&")  # a literal "&" in a file name is not a mnemonic
        folder = str(path.parent).replace("&", "&&")
        text = f"&{number} {name}  ({folder})" if number < 10 else f"{name}  ({folder})"
        action = QAction(text, self.menu)
        action.setToolTip(literal_text(path))  # a file name may hold "<": never markup
        action.setStatusTip(str(path))
        if not path.is_file():
            action.setText(text + " " + QCoreApplication.translate("RecentFiles", "(missing)"))
            action.setEnabled(False)
        action.triggered.connect(partial(self.open, path))
        return action

    def entries(self) -> list[QAction]:
        """The actions listing files, most recent first."""
        return list(self._entries)

    def open(self, path: Path) -> bool:
        """Open the workspace at ``path`` in the window's session."""
        session = self.window.context.session
        if session is None:
            return False
        return bool(session.open_workspace(path))

    def clear(self) -> None:
        self.settings.clear_recent()
        self.refresh()


def _insert_after(menu: QMenu, text: str, submenu: QMenu) -> None:
    """Put ``submenu`` right after the action called ``text``, or before the last group."""
    actions = menu.actions()
    for index, action in enumerate(actions):
        if action.text() == text:
            following = actions[index + 1] if index + 1 < len(actions) else None
            if following is None:
                menu.addMenu(submenu)
            else:
                menu.insertMenu(following, submenu)
            return
    separators = [a for a in actions if a.isSeparator()]
    if separators:
        menu.insertMenu(separators[-1], submenu)  # above Quit
    else:
        menu.addMenu(submenu)


def install_recent_files(window: QMainWindow, settings: AppSettings) -> RecentFilesMenu | None:
    """Add File > Open recent to a window with a workspace session (None without one).

    Call after ``install_settings`` (the list fills as workspaces are opened).
    """
    if window.context.session is None:
        return None
    window.context.recent_files = RecentFilesMenu(window, settings)
    return window.context.recent_files
