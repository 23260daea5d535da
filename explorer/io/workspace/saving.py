"""Saving a workspace: only its changes when the file is the one it came from, else whole.

Why two ways: a window and an ``import`` (or a synced copy) may both have added
to one workspace file. Writing a window's whole copy over the file would drop
what the other added, so a workspace read from (or last written to) a file
writes back only what changed since, in place, in one SQLite transaction
(:mod:`explorer.io.workspace.changes`). A new file, another file (save as), a
file of an older schema version, or a deliberate overwrite is written whole,
through a temporary file renamed over the target (:mod:`explorer.io.workspace.writing`).
Either way a save is all or nothing, and a file marked read-only is never written.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from explorer.io.workspace import changes
from explorer.io.workspace.contents import Workspace
from explorer.io.workspace.errors import WorkspaceError
from explorer.io.workspace.writing import save_whole


def save_workspace(
    workspace: Workspace, path: str | os.PathLike[str], *, whole: bool = False
) -> None:
    """Write ``workspace`` to ``path``: its changes, or all of it with ``whole`` (or when the
    file is not the one it was read from). Raises WorkspaceError, with the file as it was,
    when it cannot be written."""
    path = Path(path)
    try:
        json.dumps(workspace.view)
    except (TypeError, ValueError) as error:
        raise WorkspaceError(f"the view cannot be saved: {error}") from error
    refuse_read_only(path)
    if not whole and changes.apply(workspace, path):
        return
    save_whole(workspace, path)


def is_read_only(path: Path) -> bool:
    """Whether the file at ``path`` is marked read-only or this user may not write it (False
    when there is no file yet: its folder decides). Checked by hand because the whole save's
    rename would replace a read-only file all the same, and the system's administrator may
    write anything."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not mode & 0o222 or not os.access(path, os.W_OK)


def refuse_read_only(path: Path) -> None:
    """WorkspaceError when the file at ``path`` is read-only (:func:`is_read_only`)."""
    if is_read_only(path):
        raise WorkspaceError(
            f"{path} is read-only, so nothing was saved to it; make it writable, or save "
            "the workspace as another file"
        )
