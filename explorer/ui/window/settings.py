"""What the app remembers between runs (QSettings), typed and versioned in one place.

Why one table: every key, its type and its default are declared once in
:data:`SETTINGS`, and every read goes through one forgiving converter, so a
hand-edited, damaged or older file never stops the app from starting (DESIGN.md
section 8: typed settings declared once). A file written by a *newer* version
of the app is read as if empty and never written to, so running an old copy
once does not destroy the new copy's settings.

What is *not* here: the dataset, indicator, breakdown, year, selection and flow
settings. They belong to the workspace file and the workspace session restores
them; the settings only remember *which* workspace was open last, the window's
geometry and docks, the map style and projection, recent files and whether the
first-run notice was dismissed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QSettings
from PySide6.QtWidgets import QMainWindow

from explorer.core.view.palettes import DEFAULT_PALETTE
from explorer.core.view.style_defaults import (
    DEFAULT_K,
    DEFAULT_PROJECTION,
    DEFAULT_SCHEME,
    PROJECTIONS,
)

log = logging.getLogger(__name__)

ORGANISATION = APPLICATION = "Trafficking Flows Explorer"
#: The layout of the stored keys. Raise it (and convert in ``_migrate``) when a key
#: changes meaning; a file with a higher number came from a newer app.
SETTINGS_VERSION = 1
VERSION_KEY = "meta/version"
#: The version passed to QMainWindow.saveState/restoreState (the dock layout format).
DOCK_STATE_VERSION = 1
MAX_RECENT = 8


@dataclass(frozen=True)
class Setting:
    """One stored key: its type, its default and an optional check of the value."""

    key: str
    kind: type  # bytes, str, int, bool or list (of str)
    default: object
    valid: Callable[[object], bool] | None = None


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("window/geometry", bytes, b""),  # QWidget.saveGeometry
        Setting("window/state", bytes, b""),  # QMainWindow.saveState: docks and toolbars
        Setting("workspace/last", str, ""),  # the workspace file open when the app closed
        Setting("view/palette", str, DEFAULT_PALETTE),
        Setting("view/scheme", str, DEFAULT_SCHEME),
        Setting("view/classes", int, DEFAULT_K, lambda k: 2 <= k <= 12),
        Setting("view/projection", str, DEFAULT_PROJECTION, lambda p: p in PROJECTIONS),
        Setting("view/breaks", list, []),  # manual class breaks, as text ("10", "50.5")
        Setting("view/theme", str, "system", lambda t: t in ("system", "light", "dark")),
        # The map area on screen, "x y width height projection" (empty: the whole world).
        Setting("view/area", str, ""),
        Setting("recent/files", list, []),  # most recent first, at most MAX_RECENT
        Setting("help/first_run_done", bool, False),
        Setting("ui/language", str, ""),  # "" follows the system; e.g. "fr", "zh_CN"
    )
}


def _convert(setting: Setting, raw: object) -> object:
    """``raw`` as ``setting.kind``, or the default when it is missing or of another type.

    Why strings are parsed: QSettings' INI format and some native backends give
    every scalar back as text ("5", "true"), and a one-element list as a plain
    string, so the type written is not the type read.
    """
    kind, default = setting.kind, setting.default
    value: object = default
    if raw is None:
        return default
    if kind is bytes:
        if isinstance(raw, QByteArray):
            value = raw.data()
        elif isinstance(raw, bytes):
            value = raw
        else:
            return default
    elif kind is bool:
        if isinstance(raw, bool):
            value = raw
        elif isinstance(raw, str) and raw.lower() in ("true", "false"):
            value = raw.lower() == "true"
        else:
            return default
    elif kind is int:
        if isinstance(raw, bool):
            return default
        if isinstance(raw, int):
            value = raw
        elif isinstance(raw, str) and raw.strip().lstrip("-").isdigit():
            value = int(raw)
        else:
            return default
    elif kind is str:
        if not isinstance(raw, str):
            return default
        value = raw
    elif kind is list:
        items = [raw] if isinstance(raw, str) else raw
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            return default
        value = list(items)
    if setting.valid is not None and not setting.valid(value):
        return default
    return value


class AppSettings:
    """Typed access to the app's QSettings.

    ``path``: an INI file to use instead of the user's real settings (tests always
    pass one, so they never read or change what a user has).
    """

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self.store = QSettings(ORGANISATION, APPLICATION)
        else:
            self.store = QSettings(str(path), QSettings.Format.IniFormat)
        #: Values kept in memory only, while the file belongs to a newer app version.
        self._memory: dict[str, object] = {}
        #: A message for the user about the settings file, or "" (e.g. a newer version).
        self.notice = ""
        stored = _convert(Setting(VERSION_KEY, int, 0), self.store.value(VERSION_KEY))
        self.read_only = stored > SETTINGS_VERSION
        if self.read_only:
            self.notice = QCoreApplication.translate(
                "AppSettings",
                "The saved settings come from a newer version of Trafficking Flows "
                "Explorer; this version starts with its defaults and leaves them unchanged.",
            )
            log.warning(
                "settings %s: version %s > %s, ignored", self.file, stored, SETTINGS_VERSION
            )

    @property
    def file(self) -> str:
        """Where the settings live (a file name or, on Windows, a registry path)."""
        return self.store.fileName()

    # -- the one way in and out --------------------------------------------------
    def get(self, key: str) -> object:
        """The stored value of ``key`` with its declared type, or its default."""
        setting = SETTINGS[key]
        if self.read_only:
            return self._memory.get(key, setting.default)
        return _convert(setting, self.store.value(key))

    def set(self, key: str, value: object) -> None:
        """Store ``value`` (checked against the key's declared type)."""
        setting = SETTINGS[key]
        if setting.kind is bytes:
            value = bytes(value.data() if isinstance(value, QByteArray) else value)
        if _convert(setting, value) != value:
            raise ValueError(f"{value!r} is not a valid {key}")
        if self.read_only:
            self._memory[key] = value
            return
        self.store.setValue(VERSION_KEY, SETTINGS_VERSION)
        self.store.setValue(key, QByteArray(value) if setting.kind is bytes else value)

    def sync(self) -> None:
        """Write to disk now (QSettings also writes on its own, later)."""
        self.store.sync()

    # -- typed helpers ------------------------------------------------------------
    def last_workspace(self) -> Path | None:
        """The workspace file open when the app last closed, if it still exists."""
        text = self.get("workspace/last")
        path = Path(text) if text else None
        return path if path is not None and path.is_file() else None

    def remember_workspace(self, path: Path) -> None:
        """``path`` is the open workspace: reopen it next time and list it first."""
        self.set("workspace/last", str(path))
        self.add_recent(path)

    def recent_files(self) -> list[Path]:
        """Recently used workspace files, most recent first (missing ones included)."""
        return [Path(p) for p in self.get("recent/files")]

    def add_recent(self, path: Path) -> None:
        """Put ``path`` first in the recent files (once; the oldest beyond MAX_RECENT drop)."""
        text = _normalised(path)
        rest = [p for p in self.get("recent/files") if _normalised(Path(p)) != text]
        self.set("recent/files", [text, *rest][:MAX_RECENT])

    def clear_recent(self) -> None:
        self.set("recent/files", [])

    def style(self) -> tuple[str, str, int]:
        """(palette, classification scheme, number of classes) chosen last."""
        return self.get("view/palette"), self.get("view/scheme"), self.get("view/classes")

    def remember_style(self, palette: str, scheme: str, k: int) -> None:
        self.set("view/palette", palette)
        self.set("view/scheme", scheme)
        self.set("view/classes", int(k))

    def projection(self) -> str:
        """The projection name chosen last (a key of ``PROJECTIONS``)."""
        return self.get("view/projection")

    def remember_projection(self, name: str) -> None:
        self.set("view/projection", name)

    @property
    def first_run_done(self) -> bool:
        """True once the user dismissed the first-run notice."""
        return self.get("help/first_run_done")

    @first_run_done.setter
    def first_run_done(self, done: bool) -> None:
        self.set("help/first_run_done", bool(done))


def _normalised(path: Path) -> str:
    """One spelling per file, so the recent list holds no duplicates."""
    return str(Path(path).expanduser().absolute())


def projection_name(crs: str) -> str | None:
    """The name under which ``PROJECTIONS`` offers ``crs`` (None for another CRS)."""
    return next((name for name, value in PROJECTIONS.items() if value == crs), None)


class SettingsKeeper(QObject):
    """Restores the window's geometry and docks, and saves them when it closes.

    It also keeps track of the workspace file on screen: the session has no
    signal for it, so the keeper reads ``window.session.path`` after every
    dataset switch (an opened workspace always shows a dataset) and at close.
    """

    def __init__(self, window: QMainWindow, settings: AppSettings) -> None:
        super().__init__(window)
        self.window, self.settings = window, settings
        self._listed: Path | None = None  # the workspace last put first in the recent list
        self.restore()
        window.installEventFilter(self)
        window.dataset_shown.connect(self.track_workspace)
        self.track_workspace()
        if settings.notice:
            window.statusBar().showMessage(settings.notice, 15_000)

    def restore(self) -> None:
        geometry = self.settings.get("window/geometry")
        if geometry:
            self.window.restoreGeometry(QByteArray(geometry))
        state = self.settings.get("window/state")
        if state:
            self.window.restoreState(QByteArray(state), DOCK_STATE_VERSION)

    def save(self) -> None:
        """Remember the window's geometry, docks, projection and workspace now."""
        self.settings.set("window/geometry", self.window.saveGeometry())
        self.settings.set("window/state", self.window.saveState(DOCK_STATE_VERSION))
        name = projection_name(self.window.crs)
        if name is not None:
            self.settings.remember_projection(name)
        self.track_workspace(closing=True)
        self.settings.sync()

    def track_workspace(self, *_: object, closing: bool = False) -> None:
        """Remember the session's workspace file as the last one and the first recent one.

        A file enters the recent list when it becomes the one on screen (not at
        every dataset switch, so "Clear list" stays cleared). A workspace not yet
        written (the default one, still empty) becomes the last workspace but is
        listed only once it exists or is about to be saved (the session saves at
        close when it holds datasets).
        """
        session = self.window.context.session
        if session is None or not isinstance(session.path, Path) or session.load_error:
            return
        path = session.path
        if self.settings.get("workspace/last") != str(path):
            self.settings.set("workspace/last", str(path))
        will_save = closing and bool(session.workspace.datasets)
        if path != self._listed and (path.is_file() or will_save):
            self.settings.add_recent(path)
            self._listed = path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.save()
        return False


def install_settings(window: QMainWindow, settings: AppSettings) -> SettingsKeeper:
    """Restore the window's geometry and docks now; save them when it closes.

    Call after the window is built and after every dock that should be restored
    exists (so after ``install_help``), before ``window.show()`` if possible.
    """
    window.context.settings_keeper = SettingsKeeper(window, settings)
    return window.context.settings_keeper
