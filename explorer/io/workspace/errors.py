"""The one error the workspace file raises.

Why a module of its own: reading, writing and upgrading all raise it, and the
app shows its text to the user, so it lives below all three.
"""

from __future__ import annotations

import errno


class WorkspaceError(Exception):
    """A workspace could not be read or written; ``str(error)`` is the message to show."""


def save_failed(path: object, error: BaseException) -> WorkspaceError:
    """The message for a save that failed, the file left as it was: a full disk said in
    plain words (SQLite's own is "database or disk is full"), with what to do."""
    full = (
        getattr(error, "sqlite_errorname", "") == "SQLITE_FULL"
        or getattr(error, "errno", None) == errno.ENOSPC
    )
    if full:
        return WorkspaceError(
            f"could not save the workspace to {path}: the disk is full ({error}). The file "
            "is as it was before this save; free some space, then save again"
        )
    return WorkspaceError(
        f"could not save the workspace to {path}: {error}. The file is as it was before this save"
    )
