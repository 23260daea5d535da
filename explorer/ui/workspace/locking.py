"""The window as the workspace's one writer: taking its lock, and saying so when it cannot.

Why apart from the session: whether a workspace may be written depends on who
else holds it (another window, an ``import`` running); the session asks here
when it opens, creates or saves to a file, and a window refused becomes
read-only with the reason in its status bar instead of writing its copy over
the other program's work.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from explorer.io.workspace.lock import WorkspaceLock, WorkspaceLockedError
from explorer.io.workspace.saving import is_read_only
from explorer.ui.common.plain_text import LINE_LIMIT, literal_text, shown, shown_path
from explorer.ui.common.translations import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from explorer.ui.workspace.session import WorkspaceSession


def take(path: Path) -> tuple[WorkspaceLock | None, str, bool]:
    """(the lock of ``path``, "", False) or (None, why it cannot be had, whether that is
    another program holding it rather than something that keeps anyone from writing it)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = WorkspaceLock.acquire(path, "a window")
    except WorkspaceLockedError as error:
        return None, error.holder, True
    except OSError as error:
        why = translate("WorkspaceSession", "its folder cannot be written ({error})")
        return None, why.format(error=error.strerror or error), False
    if is_read_only(path):  # marked so by its owner: shown, never written
        lock.release()
        return None, translate("WorkspaceSession", "the file is marked read-only"), False
    return lock, "", False


def say_read_only(window: QMainWindow, path: Path, reason: str, held: bool) -> None:
    """The status bar's lasting note on a workspace this window may read but not write."""
    if held:
        words = translate(
            "WorkspaceSession",
            "Read-only: {path} is in use by {holder}. Nothing here is saved to it; close "
            "it there and open it again (File > Open workspace…), or keep new work with "
            "File > Save workspace as….",
        )
    else:
        words = translate(
            "WorkspaceSession",
            "Read-only: {path} cannot be written ({holder}). Nothing here is saved to it; "
            "keep new work with File > Save workspace as….",
        )
    window.statusBar().showMessage(
        words.format(path=shown_path(path, LINE_LIMIT), holder=shown(reason, LINE_LIMIT)), 0
    )


def claim(session: WorkspaceSession, path: Path) -> WorkspaceLock | None:
    """The lock of ``path``, for the session to move there; None, with a message, when
    another program holds it."""
    lock, reason, held = take(path)
    if lock is None:
        if held:
            words = translate(
                "WorkspaceSession", "{path} is in use by {holder}. Close it there first."
            )
        else:
            words = translate("WorkspaceSession", "{path} cannot be written: {holder}.")
        QMessageBox.warning(
            session.window,
            translate("WorkspaceSession", "Workspace in use"),
            literal_text(words.format(path=shown_path(path), holder=reason)),
        )
    return lock


def hold(session: WorkspaceSession, lock: WorkspaceLock | None) -> None:
    """Make ``lock`` the session's (the old one released, read-only over)."""
    if lock is None:
        return
    if session.lock is not None:
        session.lock.release()
    if session.read_only:
        session.window.statusBar().clearMessage()
    session.lock, session.read_only, session.held_elsewhere = lock, None, False


def start(session: WorkspaceSession, path: Path) -> None:
    """At the session's start: the one writer of ``path``, or read-only with the reason."""
    lock, reason, held = take(path)
    if lock is None:
        session.read_only, session.held_elsewhere = reason, held
        say_read_only(session.window, path, reason, held)
    else:
        hold(session, lock)


def retake(session: WorkspaceSession) -> bool:
    """Before a save in a window that was refused because another program held the
    workspace: become its writer if that program has let go since (the save then adds
    this window's changes to the file as it is now). True when this window may write."""
    if not session.held_elsewhere:
        return False
    lock, _reason, held = take(session.path)
    if lock is None:
        session.held_elsewhere = held
        return False
    hold(session, lock)
    session.window.statusBar().showMessage(
        translate(
            "WorkspaceSession", "The other program let go of {path}: this window saves to it now"
        ).format(path=shown_path(session.path, LINE_LIMIT)),
        10_000,
    )
    return True


def end(session: WorkspaceSession) -> None:
    """The session is over: another program may write the workspace."""
    if session.lock is not None:
        session.lock.release()
        session.lock = None


def offer_choices(session: WorkspaceSession) -> None:
    """At start, when another program holds the workspace: keep reading it (read-only), try
    again once that program has let go (the workspace is then read afresh), or quit."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("WorkspaceSession", "Workspace in use"),
        translate(
            "WorkspaceSession",
            "{path} is in use by {holder}.\n\nThis window can show it but will not save to it, "
            "so that nothing the other program adds is lost.",
        ).format(path=shown_path(session.path), holder=session.read_only),
        parent=session.window,
    )
    read_only = box.addButton(
        translate("WorkspaceSession", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    retry = box.addButton(
        translate("WorkspaceSession", "Try again"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(translate("WorkspaceSession", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    while True:
        box.exec()
        if box.clickedButton() is read_only:
            return
        if box.clickedButton() is not retry:
            session.window.close()
            return
        if session.open_workspace(session.path):  # the lock is free now: read it afresh
            return
