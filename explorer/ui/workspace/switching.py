"""Moving the session to another workspace file: save as, new, open, reload.

Why apart from the session: each move must take the new file's lock before
letting go of the old one, read or write the file, note its stamp (to see a
change on disk later) and any damage, and put things back when it fails; the
session's File menu entries call these.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from explorer.io.workspace.shown import start_dataset_name
from explorer.io.workspace.store import Workspace, WorkspaceError, load_workspace
from explorer.ui.common.plain_text import literal_text, shown_path
from explorer.ui.common.translations import translate
from explorer.ui.workspace import damaged as damaged_workspace
from explorer.ui.workspace import disk_changes, locking

if TYPE_CHECKING:
    from explorer.ui.workspace.session import WorkspaceSession


def save_as(session: WorkspaceSession, path: Path) -> bool:
    """Save to ``path`` and keep working there (to hand a workspace to field staff)."""
    if damaged_workspace.refuses(session, path):
        return False
    previous, error = session.path, session.load_error
    elsewhere = path.resolve() != previous.resolve()
    lock = locking.claim(session, path) if elsewhere else None
    if elsewhere and lock is None:
        return False
    session.path, session.load_error, session.stamp = path, None, disk_changes.stamp(path)
    held, read_only, elsewhere_held = session.lock, session.read_only, session.held_elsewhere
    session.lock, session.read_only, session.held_elsewhere = lock or held, None, False
    if session.save():
        if lock is not None and held is not None:
            held.release()  # the new file is this window's now, the old one is free
        session.workspace.damaged = {}  # the new file holds what was intact, whole
        session.unsaved = False
        session.window.statusBar().showMessage(
            translate("WorkspaceSession", "Workspace saved as {path}").format(
                path=shown_path(path)
            ),
            6000,
        )
        session.dataset_shown_again()
        return True
    if lock is not None:
        lock.release()
    session.path, session.load_error, session.lock = previous, error, held
    session.read_only, session.held_elsewhere = read_only, elsewhere_held
    return False


def new_workspace(session: WorkspaceSession, path: Path) -> bool:
    """Start an empty workspace at ``path`` (the current one stays as it was saved)."""
    if damaged_workspace.refuses(session, path):
        return False
    lock = locking.claim(session, path)
    if lock is None:
        return False
    if not session.load_error:
        session.save()
    locking.hold(session, lock)
    session.workspace, session.path, session.load_error = Workspace(), path, None
    session.stamp = disk_changes.stamp(path)
    session.groups.adopt()
    session.show_dataset(session.demo.name, view={})
    return session.save()


def open_workspace(session: WorkspaceSession, path: Path) -> bool:
    """Open the workspace at ``path`` with its last view; a clear message if it cannot be."""
    lock = None
    if path.resolve() != session.path.resolve() or session.read_only:
        lock = locking.claim(session, path)
        if lock is None:
            return False
    try:
        workspace = load_workspace(path)
    except WorkspaceError as error:
        if lock is not None:
            lock.release()
        QMessageBox.warning(
            session.window,
            translate("WorkspaceSession", "Workspace not opened"),
            literal_text(error),
        )
        return False
    if not session.load_error:
        session.save()
    locking.hold(session, lock)
    session.workspace, session.path, session.load_error = workspace, path, None
    session.stamp = disk_changes.stamp(path)
    damaged_workspace.note_damage(session)
    session.groups.adopt()
    name = start_dataset_name(workspace, session.demo)
    session.show_dataset(name, view=workspace.view if workspace.view else {})
    session.window.statusBar().showMessage(
        translate("WorkspaceSession", "Opened {path}").format(path=shown_path(path)), 6000
    )
    return True


def reload(session: WorkspaceSession) -> None:
    """Show the workspace file as it is on disk now (this window's unsaved change dropped)."""
    workspace = load_workspace(session.path)
    session.workspace, session.stamp = workspace, disk_changes.stamp(session.path)
    session.groups.adopt()
    shown_name = session.window.dataset.name
    name = (
        shown_name
        if shown_name in workspace.names()
        else start_dataset_name(workspace, session.demo)
    )
    session.show_dataset(name, view=workspace.view if name != shown_name else None)
