"""A workspace file changed on disk since this window read or wrote it: ask before saving.

Why, with the one-writer lock in place: a synced folder (or a tool that does
not know the lock) can replace the file under the window. Saving the window's
copy over it would lose what the other side wrote, so before each save the
file's size and modification time are compared with those it had when this
window last read or wrote it, and when they differ the user chooses:

- **Keep both** (the default): read the file again, add this window's datasets
  and aliases it does not have, and save that, so nothing from either is lost;
- **Reload**: show the file as it is now (this window's unsaved change is dropped);
- **Overwrite**: write this window's workspace over it.

Keep both is also what a save does by itself for a file that did not change
(:mod:`explorer.io.workspace.changes`): only this window's changes are written.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMessageBox

from explorer.io.workspace.store import Workspace, WorkspaceError, load_workspace
from explorer.ui.common.plain_text import shown_path
from explorer.ui.common.translations import translate

if TYPE_CHECKING:
    from explorer.ui.workspace.session import WorkspaceSession

Stamp = tuple[int, int] | None


class ChangedAnswer(StrEnum):
    KEEP_BOTH = "keep both"
    RELOAD = "reload"
    OVERWRITE = "overwrite"


def stamp(path: Path) -> Stamp:
    """(size, modification time in ns) of the file at ``path``; None when there is none."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_size, found.st_mtime_ns)


def changed(session: WorkspaceSession) -> bool:
    """Whether the file differs from the one this session last read or wrote."""
    return session.path.exists() and stamp(session.path) != session.stamp


def merged(mine: Workspace, theirs: Workspace) -> Workspace:
    """``theirs`` (the file now) with what only ``mine`` has added: datasets by name (with
    their reports), aliases and groups; the file's own entries win where both have one."""
    for dataset in mine.datasets:
        if dataset.name not in theirs.names():
            theirs.add_dataset(dataset, mine.reports.get(dataset.name))
    for key, value in mine.aliases.items():
        theirs.aliases.setdefault(key, value)
    for name, members in mine.groups.items():
        theirs.groups.setdefault(name, members)
    for key, rule in mine.rules.items():
        theirs.rules.setdefault(key, rule)
    theirs.view = mine.view
    return theirs


def resolve(session: WorkspaceSession) -> bool:
    """The file changed on disk: ask (``session.ask_changed``, else a dialog) and act; True
    when the session may now save its workspace."""
    ask = session.ask_changed or (lambda: ask_changed(session))
    answer = ask()
    if answer == ChangedAnswer.OVERWRITE:
        session.workspace.on_disk = None  # not changes to that file: this window's whole copy
        return True
    if answer == ChangedAnswer.RELOAD:
        session.stamp = stamp(session.path)  # what is on disk is what this window shows
        session.reload()
        return False
    try:
        theirs = load_workspace(session.path)
    except WorkspaceError as error:
        QMessageBox.warning(
            session.window, translate("WorkspaceSession", "Workspace not saved"), str(error)
        )
        return False
    session.workspace = merged(session.workspace, theirs)
    session.groups.adopt()
    return True


def ask_changed(session: WorkspaceSession) -> ChangedAnswer:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("WorkspaceSession", "Workspace changed on disk"),
        translate(
            "WorkspaceSession",
            "{path} was changed by another program since this window read it.\n\n"
            "Keep both adds what this window has to what the file now holds; Reload shows "
            "the file as it is now (this window's latest change is dropped); Overwrite "
            "writes this window's workspace over it.",
        ).format(path=shown_path(session.path)),
        parent=session.window,
    )
    buttons: dict[object, ChangedAnswer] = {}
    for answer, words, role in (
        # Marked for lupdate here: ``translate`` below gets them as a variable.
        (
            ChangedAnswer.KEEP_BOTH,
            QT_TRANSLATE_NOOP("WorkspaceSession", "Keep both"),
            QMessageBox.ButtonRole.AcceptRole,
        ),
        (
            ChangedAnswer.RELOAD,
            QT_TRANSLATE_NOOP("WorkspaceSession", "Reload"),
            QMessageBox.ButtonRole.ActionRole,
        ),
        (
            ChangedAnswer.OVERWRITE,
            QT_TRANSLATE_NOOP("WorkspaceSession", "Overwrite"),
            QMessageBox.ButtonRole.DestructiveRole,
        ),
    ):
        buttons[box.addButton(translate("WorkspaceSession", words), role)] = answer
    box.setDefaultButton(next(iter(buttons)))
    box.exec()
    return buttons.get(box.clickedButton(), ChangedAnswer.KEEP_BOTH)


#: A question that a test answers instead of the dialog.
Asker = Callable[[], ChangedAnswer]
