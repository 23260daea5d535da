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
#: A workspace's own extension: double-clicking one opens the app (desktop files
#: and installers register it); the file inside is SQLite all the same.
SUFFIX = ".tfe-workspace"
#: Every extension a workspace is opened under: its own, then those of older versions.
SUFFIXES = (SUFFIX, ".sqlite", ".tfe", ".db")
FILE_NAME = f"workspace{SUFFIX}"
#: The default workspace of versions before the workspace extension: kept if present.
LEGACY_FILE_NAME = "workspace.sqlite"


#: kind -> (Windows variable and fallback under home, macOS folder, XDG variable and fallback)
_BASES = {
    "data": (("APPDATA", "AppData/Roaming"), "Library/Application Support",
             ("XDG_DATA_HOME", ".local/share")),
    "cache": (("LOCALAPPDATA", "AppData/Local"), "Library/Caches", ("XDG_CACHE_HOME", ".cache")),
}  # fmt: skip


def _app_folder(kind: str, platform: str | None, environ: Mapping[str, str] | None) -> Path:
    platform = sys.platform if platform is None else platform
    env = os.environ if environ is None else environ
    home = Path(env.get("HOME") or Path.home())
    (windows, windows_default), macos, (xdg, xdg_default) = _BASES[kind]
    if platform.startswith("win"):
        base = Path(env[windows]) if env.get(windows) else home / windows_default
    elif platform == "darwin":
        base = home / macos
    else:  # a relative XDG folder is ignored, as the XDG spec asks
        found = env.get(xdg, "")
        base = Path(found) if found and os.path.isabs(found) else home / xdg_default
    return base / APP_DIR_NAME


def default_workspace_path(
    *, platform: str | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """Where the default workspace lives; nothing is created.

    Linux and others: ``$XDG_DATA_HOME`` (when set and absolute) or
    ``~/.local/share``; Windows: ``%APPDATA%``; macOS:
    ``~/Library/Application Support``; then
    ``trafficking-flows-explorer/workspace.tfe-workspace``, unless only the
    ``workspace.sqlite`` of an earlier version is there: that one is kept (never
    renamed, so no user loses it or the settings and recent files naming it).
    ``platform`` and ``environ`` default to ``sys.platform`` and ``os.environ``.
    """
    folder = _app_folder("data", platform, environ)
    legacy = folder / LEGACY_FILE_NAME
    if legacy.is_file() and not (folder / FILE_NAME).exists():
        return legacy
    return folder / FILE_NAME


def is_workspace_file(path: Path) -> bool:
    """Whether ``path``'s extension is one a workspace is saved under (any version's)."""
    return path.suffix.lower() in SUFFIXES


def cache_dir(*, platform: str | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """Where the app keeps what it can always rebuild (the map's prepared outlines):
    ``$XDG_CACHE_HOME`` or ``~/.cache`` on Linux and others, ``%LOCALAPPDATA%`` on
    Windows, ``~/Library/Caches`` on macOS; then ``trafficking-flows-explorer``."""
    return _app_folder("cache", platform, environ)
