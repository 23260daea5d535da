"""The one error the workspace file raises.

Why a module of its own: reading, writing and upgrading all raise it, and the
app shows its text to the user, so it lives below all three.
"""

from __future__ import annotations


class WorkspaceError(Exception):
    """A workspace could not be read or written; ``str(error)`` is the message to show."""
