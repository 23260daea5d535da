"""The user's groups of countries, kept in step between the place book and the workspace.

Why apart from the session: a group defined in the panel must be saved with
the workspace at once (it is the user's work), and a workspace opened must
bring its groups; nothing else of the session is involved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from explorer.ui.common.translations import translate

if TYPE_CHECKING:
    from explorer.ui.workspace.session import WorkspaceSession


class GroupKeeper:
    """Saves the book's groups into the session's workspace; shows a workspace's groups."""

    def __init__(self, session: WorkspaceSession) -> None:
        self.session = session
        self._adopting = False
        self.adopt()
        session.window.places.groups_changed.connect(self._changed)

    def adopt(self) -> None:
        """Show the workspace's groups as places (the session opened a workspace)."""
        self._adopting = True
        try:
            self.session.window.places.set_groups(self.session.workspace.groups)
        finally:
            self._adopting = False

    def _changed(self, groups: dict[str, list[str]]) -> None:
        if self._adopting:
            return
        self.session.workspace.groups = dict(groups)
        if self.session.save():
            self.session.window.statusBar().showMessage(
                translate("WorkspaceSession", "Groups saved in the workspace"), 4000
            )
