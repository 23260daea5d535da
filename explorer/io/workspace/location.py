"""Where the user's workspace file lives on each operating system.

Why apart: the app, the command line and the crash handler all need the path
without reading or writing the file.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

APP_DIR_NAME = "trafficking-flows-explorer"
FILE_NAME = "workspace.sqlite"


def default_workspace_path(
    *, platform: str | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """Where the default workspace lives; nothing is created.

    Linux and others: ``$XDG_DATA_HOME`` (when set and absolute) or
    ``~/.local/share``; Windows: ``%APPDATA%``; macOS:
    ``~/Library/Application Support``; then ``trafficking-flows-explorer/workspace.sqlite``.
    ``platform`` and ``environ`` default to ``sys.platform`` and ``os.environ``.
    """
    platform = sys.platform if platform is None else platform
    env = os.environ if environ is None else environ
    home = Path(env.get("HOME") or Path.home())
    if platform.startswith("win"):
        appdata = env.get("APPDATA")
        base = Path(appdata) if appdata else home / "AppData" / "Roaming"
    elif platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = env.get("XDG_DATA_HOME", "")
        base = Path(xdg) if xdg and os.path.isabs(xdg) else home / ".local" / "share"
    return base / APP_DIR_NAME / FILE_NAME
