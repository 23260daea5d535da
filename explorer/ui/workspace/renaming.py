"""Datasets > Rename dataset…: call the dataset on screen what its users call it.

Why: an import names a dataset after its file ("modern_slavery_2023 (Sheet1)");
the name shows in the menu, the window title and every export's caption, so a
user must be able to change it, and the workspace keeps the new name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from explorer.ui.common.plain_text import LINE_LIMIT, literal_text, shown
from explorer.ui.common.translations import translate

if TYPE_CHECKING:
    from explorer.ui.workspace.session import WorkspaceSession


def ask_rename(session: WorkspaceSession) -> bool:
    """Ask for a new name of the dataset on screen, then rename it (True when renamed)."""
    name = session.window.dataset.name
    new, ok = QInputDialog.getText(
        session.window,
        translate("WorkspaceSession", "Rename dataset"),
        translate("WorkspaceSession", "New name of {dataset}:").format(
            dataset=shown(name, LINE_LIMIT)
        ),
        QLineEdit.EchoMode.Normal,
        name,
    )
    return bool(ok) and rename_dataset(session, name, new)


def rename_dataset(session: WorkspaceSession, name: str, new: str) -> bool:
    """Rename ``name`` to ``new`` in the workspace, save, and show it under its new name.

    A blank name or one another dataset has is refused with a message; the same
    name changes nothing.
    """
    new = new.strip()
    if new == name:
        return False
    taken = new in {shown_name for shown_name, _ in session.dataset_names()}
    try:
        if not new or taken:
            raise ValueError(
                translate("WorkspaceSession", "A dataset needs a name of its own.")
                if not new
                else translate("WorkspaceSession", "Another dataset is called {dataset}.").format(
                    dataset=shown(new, LINE_LIMIT)
                )
            )
        session.workspace.rename_dataset(name, new)
    except (KeyError, ValueError) as error:
        QMessageBox.warning(
            session.window,
            translate("WorkspaceSession", "Not renamed"),
            literal_text(str(error)),
        )
        return False
    session.show_dataset(new)
    saved = session.save()
    message = (
        translate("WorkspaceSession", "{old} renamed {new} (saved)")
        if saved
        else translate("WorkspaceSession", "{old} renamed {new} (NOT saved)")
    )
    session.window.statusBar().showMessage(
        message.format(old=shown(name, LINE_LIMIT), new=shown(new, LINE_LIMIT)), 6000
    )
    return True
