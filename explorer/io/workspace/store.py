"""The workspace: imported datasets, provenance, user aliases and the last view in one file.

Why one SQLite file: an officer hands a prepared workspace to field staff as a
single attachment, and SQLite reads it back with the standard library alone.

Why this module: it is the public entry the app, the command line and the tests
import from; the work is done in the modules beside it:

- :mod:`explorer.io.workspace.contents`: the :class:`Workspace` held in memory;
- :mod:`explorer.io.workspace.schema`: the tables (schema version 5) and the
  upgrades of older files;
- :mod:`explorer.io.workspace.saving`: the save, of what changed
  (:mod:`explorer.io.workspace.changes`) or of the whole file atomically
  (:mod:`explorer.io.workspace.writing`);
- :mod:`explorer.io.workspace.reading`: the read-only load;
- :mod:`explorer.io.workspace.location`: where the default workspace lives;
- :mod:`explorer.io.workspace.errors`: :class:`WorkspaceError`.
"""

from __future__ import annotations

# Re-exported so callers keep one import for the whole workspace file.
from explorer.io.workspace.contents import Workspace
from explorer.io.workspace.errors import WorkspaceError
from explorer.io.workspace.location import default_workspace_path
from explorer.io.workspace.reading import load_workspace
from explorer.io.workspace.saving import save_workspace

__all__ = [
    "Workspace",
    "WorkspaceError",
    "default_workspace_path",
    "load_workspace",
    "save_workspace",
]
