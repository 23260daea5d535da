"""The file dialogs of File > New, Open and Save workspace as…, and free file names.

Why apart from the session: which dialog, its title, filter and proposed name
are the same small conversation three times; the session decides what the
chosen path means (and refuses an unreadable workspace as a target).
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFileDialog, QWidget

from explorer.io.workspace.location import SUFFIX
from explorer.ui.common.translations import translate

# File dialog filter, translated where used.
WORKSPACE_FILTER = QT_TRANSLATE_NOOP("WorkspaceSession", "Workspace (*.tfe-workspace *.sqlite)")
NEW_NAME = f"new-workspace{SUFFIX}"


class Purpose(Enum):
    """Why a workspace file is asked for: the dialog's kind and title."""

    NEW = QT_TRANSLATE_NOOP("WorkspaceSession", "New workspace")
    OPEN = QT_TRANSLATE_NOOP("WorkspaceSession", "Open workspace")
    SAVE_AS = QT_TRANSLATE_NOOP("WorkspaceSession", "Save workspace as")


NEW, OPEN, SAVE_AS = Purpose.NEW, Purpose.OPEN, Purpose.SAVE_AS


def ask_workspace_path(parent: QWidget, purpose: Purpose, proposed: Path) -> Path | None:
    """The file the user picks for ``purpose``, starting at ``proposed``; None if cancelled."""
    ask = QFileDialog.getOpenFileName if purpose is OPEN else QFileDialog.getSaveFileName
    name, _ = ask(
        parent,
        translate("WorkspaceSession", purpose.value),
        str(proposed),
        translate("WorkspaceSession", WORKSPACE_FILTER),
    )
    return Path(name) if name else None


def free_path(path: Path) -> Path:
    """``path``, or ``name-2.sqlite``, ``name-3.sqlite``... whichever does not exist yet."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate
