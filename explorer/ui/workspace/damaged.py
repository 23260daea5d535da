"""A workspace file that could not be read: said plainly, never written, new work kept.

Why apart from the session: a damaged (or foreign, or newer) workspace changes
what every save, "new" and close must do, and each of those paths must end
with the unreadable file exactly as it was, so the user can still rescue it
with other tools or a newer version of the app. Keeping those rules together
makes that promise readable in one place.

The session's ``load_error`` says why the file could not be read; while it is
set nothing is written, and work imported meanwhile lives only in memory. So
the session offers a new file at start, refuses the unreadable path as a
target, and asks before a close would throw that work away.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from explorer.ui.common.plain_text import LINE_LIMIT, literal_text, shown, shown_path
from explorer.ui.common.translations import translate

if TYPE_CHECKING:
    from explorer.ui.workspace.session import WorkspaceSession


class CloseAnswer(StrEnum):
    """The user's answer when closing would lose work that could not be saved."""

    SAVE_AS = "save as"
    DISCARD = "discard"
    CANCEL = "cancel"


def offer_new_workspace(
    session: WorkspaceSession, ask: Callable[[str], bool] | None = None
) -> bool:
    """After the workspace could not be read: say why, offer a new one in another file.

    ``ask(message)`` says yes or no (default: :func:`ask_start_new`). The
    unreadable file is left as it is; True when a new workspace was started.
    """
    if not session.load_error:
        return False
    ask = ask or (lambda message: ask_start_new(session.window, message))
    return ask(session.load_error) and session.ask_new()


def ask_start_new(parent: QWidget, message: str) -> bool:
    """The dialog: start a new workspace in another file, or not now?"""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("WorkspaceSession", "Workspace could not be read"),
        message,
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # the message names a path: data, not markup
    box.setInformativeText(
        translate(
            "WorkspaceSession",
            "The file is kept exactly as it is. Start a new, empty workspace in another "
            "file, or go on without saving (File > Save workspace as… keeps new work).",
        )
    )
    start = box.addButton(
        translate("WorkspaceSession", "Start a new workspace…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(translate("WorkspaceSession", "Not now"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is start


def refuses(session: WorkspaceSession, path: Path) -> bool:
    """Whether ``path`` is the workspace file that could not be read (never written).

    The user is told so when it is.
    """
    if session.unreadable is None or not path.exists():
        return False
    if path.resolve() != session.unreadable.resolve():
        return False
    QMessageBox.warning(
        session.window,
        translate("WorkspaceSession", "Workspace not saved"),
        literal_text(
            translate(
                "WorkspaceSession",
                "{path} is the workspace that could not be read; it is kept as it is. "
                "Choose another file name.",
            ).format(path=shown_path(path))
        ),
    )
    return True


def has_unsaved_work(session: WorkspaceSession) -> bool:
    """Whether the session holds imported data (or aliases) that no file has.

    Only while the workspace could not be read: otherwise every change is
    already saved when it is made.
    """
    workspace = session.workspace
    if session.read_only:  # the file has what it had: only what was refused since is at risk
        return session.unsaved and bool(workspace.datasets or workspace.aliases)
    return bool(session.load_error) and bool(workspace.datasets or workspace.aliases)


def may_close(session: WorkspaceSession) -> bool:
    """Whether the window may close now; asks first when work would be lost.

    Save as… picks a file as File > Save workspace as… does; a refused or
    abandoned save keeps the window open, so nothing is lost by a slip.
    The question is ``session.ask_unsaved`` when set (tests), else the dialog.
    """
    if not has_unsaved_work(session):
        return True
    if session.held_elsewhere and session.save():  # the other program let go: saved there
        return True
    ask = session.ask_unsaved or (lambda _reason: ask_unsaved(session.window, why_unsaved(session)))
    answer = ask(session.load_error or session.read_only or "")
    if answer == CloseAnswer.SAVE_AS:
        return session.ask_save_as()
    return answer == CloseAnswer.DISCARD


def why_unsaved(session: WorkspaceSession) -> str:
    """Why the workspace file cannot take this window's work, as the dialog says it."""
    if session.load_error:
        why = translate("WorkspaceSession", "The workspace could not be read: {reason}")
    elif session.held_elsewhere:
        why = translate("WorkspaceSession", "The workspace is in use by {reason}")
    else:
        why = translate("WorkspaceSession", "The workspace cannot be written: {reason}")
    return why.format(reason=session.load_error or session.read_only or "")


def ask_unsaved(parent: QWidget, why: str) -> CloseAnswer:
    """The dialog: Save as… / Discard / Cancel for work the workspace file cannot take
    (``why``: :func:`why_unsaved`)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("WorkspaceSession", "Imported data not saved"),
        translate(
            "WorkspaceSession", "The data imported in this session is not saved.\n\n{why}"
        ).format(why=shown(why, 4 * LINE_LIMIT)),  # a long path stays whole
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # the reason names a path: data, not markup
    box.setInformativeText(
        translate(
            "WorkspaceSession",
            "The workspace file is kept exactly as it is. Save the imported data in "
            "another workspace file, or close without it?",
        )
    )
    save_as = box.addButton(
        translate("WorkspaceSession", "Save as…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Discard)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save_as:
        return CloseAnswer.SAVE_AS
    if clicked is not None and box.standardButton(clicked) == QMessageBox.StandardButton.Discard:
        return CloseAnswer.DISCARD
    return CloseAnswer.CANCEL


def damage_words(damaged: dict[str, str]) -> str:
    """ "GLOTIP 30/05/2023 (its content does not match its checksum); the aliases (...)"."""
    return "; ".join(f"{part} ({why})" for part, why in damaged.items())


def note_damage(session: WorkspaceSession) -> bool:
    """When parts of the workspace could not be read: the window shows the rest, writes
    nothing to the file (so it can still be rescued) and says so; True when damaged."""
    damaged = session.workspace.damaged
    if not damaged:
        return False
    session.read_only = translate(
        "WorkspaceSession", "parts of it are damaged and were not read: {parts}"
    ).format(parts=damage_words(damaged))
    session.window.statusBar().showMessage(
        translate(
            "WorkspaceSession",
            "Damaged: {parts}. The rest is shown; nothing is saved to {path}. "
            "File > Save workspace as… keeps what is intact.",
        ).format(parts=shown(damage_words(damaged), 2 * LINE_LIMIT), path=shown_path(session.path)),
        0,
    )
    return True


def offer_intact_copy(session: WorkspaceSession, ask: Callable[[str], bool] | None = None) -> bool:
    """At start, for a workspace with damaged parts: offer to save what is intact as a new
    workspace (the damaged file stays as it is); True when a copy was saved."""
    message = translate(
        "WorkspaceSession",
        "Parts of {path} are damaged and were not read:\n\n{parts}\n\nThe rest is shown. "
        "Nothing will be saved to this file, so it can still be rescued. Save what is intact "
        "as a new workspace?",
    ).format(
        path=shown_path(session.path), parts=shown(damage_words(session.workspace.damaged), 600)
    )
    if ask is None:
        answer = QMessageBox.question(
            session.window,
            translate("WorkspaceSession", "Workspace partly damaged"),
            literal_text(message),
        )
        ask_yes = answer == QMessageBox.StandardButton.Yes
    else:
        ask_yes = ask(message)
    return ask_yes and session.ask_save_as()
