"""Start the app again once its window has closed: how a new interface language applies.

Why after the event loop, not at once: the new process must find the
workspace, settings and first-frame cache written and released by the old
one (closing saves them, and two windows on one workspace would open the
second read-only). So a restart is only *requested* while the window runs;
:func:`restart_if_requested` starts the new process once ``app.exec()`` has
returned. The new process gets the same command-line arguments: the same
workspace, the same options.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QWidget

_REQUESTED = "explorer_restart_requested"  # a property of the application


def request_restart(window: QWidget) -> bool:
    """Close ``window`` and mark the app for a restart; False (nothing marked) when the
    window refused to close (the user kept unsaved work)."""
    app = QCoreApplication.instance()
    app.setProperty(_REQUESTED, True)
    if window.close():
        return True
    app.setProperty(_REQUESTED, False)
    return False


def restart_requested() -> bool:
    """Whether the app should start again after its event loop ends."""
    app = QCoreApplication.instance()
    return bool(app is not None and app.property(_REQUESTED))


def restart_command(argv: Sequence[str] | None = None) -> tuple[str, list[str]]:
    """The program and arguments that start this app again with the same options.

    A frozen app (the standalone bundle) is its own program; from a Python
    environment the app is the ``explorer`` package run by the same interpreter.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if getattr(sys, "frozen", False):
        return sys.executable, args
    return sys.executable, ["-m", "explorer", *args]


def restart_if_requested() -> bool:
    """Start the app again if a restart was requested; True when a process was started."""
    if not restart_requested():
        return False
    program, args = restart_command()
    started, _pid = QProcess.startDetached(program, args)
    if not started:
        print(f"trafficking-explorer: could not start {program} again", file=sys.stderr)
    return bool(started)
