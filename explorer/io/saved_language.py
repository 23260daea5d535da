"""The language chosen in View > Language, read without Qt, for the headless commands.

Why: the window keeps the choice in its settings (``QSettings``, key
``ui/language``) and starts in it unless ``TRAFFICKING_EXPLORER_LANG`` is set;
``export`` must follow the same rule, and its HTML and data files load no Qt
(DESIGN.md section 4). So the settings are read here the way Qt writes them:

- Linux and other Unix desktops: an INI file,
  ``$XDG_CONFIG_HOME/Trafficking Flows Explorer/Trafficking Flows Explorer.conf``
  (``~/.config`` by default), with a ``[ui]`` section (checked against the
  window's own settings in tests);
- Windows: the registry, ``HKEY_CURRENT_USER\\Software\\<organisation>\\<app>\\ui``;
- macOS: the property list ``~/Library/Preferences/com.<organisation>.<app>.plist``
  under ``ui.language`` (Qt's spelling of an organisation without a domain).

Like the window, a file written by a newer version of the app (a higher
``meta/version``) is ignored. Anything unreadable means no choice: the system's
language then applies, as in the window.
"""

from __future__ import annotations

import configparser
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

ORGANISATION = APPLICATION = "Trafficking Flows Explorer"
#: The settings layout this reader understands (``ui.window.settings.SETTINGS_VERSION``).
SETTINGS_VERSION = 1
_CODE = re.compile(r"[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*")


def settings_file(environ: Mapping[str, str]) -> Path | None:
    """Where Qt keeps the app's settings on Linux (None without a home to look in)."""
    base = environ.get("XDG_CONFIG_HOME", "").strip()
    if not base:
        home = environ.get("HOME", "").strip()
        if not home:
            return None
        base = str(Path(home) / ".config")
    return Path(base) / ORGANISATION / f"{APPLICATION}.conf"


def saved_language(environ: Mapping[str, str] | None = None, platform: str = sys.platform) -> str:
    """The language chosen in View > Language ("ar", "zh_CN"), or "" (follow the system).

    ``environ`` (default: the process's) gives ``XDG_CONFIG_HOME`` and ``HOME``; a
    mapping with neither reads nothing, so tests never see a user's real choice.
    """
    env = os.environ if environ is None else environ
    try:
        if platform == "win32":
            version, code = _from_registry()
        elif platform == "darwin":
            version, code = _from_plist(env)
        else:
            version, code = _from_ini(settings_file(env))
    except (OSError, ValueError, configparser.Error):
        return ""
    if version > SETTINGS_VERSION or not _CODE.fullmatch(code):
        return ""
    return code


def _unquoted(text: str) -> str:
    """A QSettings INI value as text: quotes around it removed."""
    text = text.strip()
    return text[1:-1] if len(text) >= 2 and text[0] == text[-1] == '"' else text


def _from_ini(path: Path | None) -> tuple[int, str]:
    if path is None or not path.is_file():
        return 0, ""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # keys keep their case, as Qt writes them
    parser.read(path, encoding="utf-8")
    version = _unquoted(parser.get("meta", "version", fallback="0"))
    code = _unquoted(parser.get("ui", "language", fallback=""))
    return int(version) if version.isdigit() else 0, code


def _from_registry() -> tuple[int, str]:  # pragma: no cover (Windows)
    import winreg

    base = rf"Software\{ORGANISATION}\{APPLICATION}"

    def value(group: str, name: str) -> str:
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, rf"{base}\{group}") as key:
                return str(winreg.QueryValueEx(key, name)[0])
        except OSError:
            return ""

    version = value("meta", "version")
    return int(version) if version.isdigit() else 0, value("ui", "language")


def _from_plist(env: Mapping[str, str]) -> tuple[int, str]:  # pragma: no cover (macOS)
    import plistlib

    home = env.get("HOME", "")
    if not home:
        return 0, ""
    domain = "com." + "-".join(ORGANISATION.lower().split())
    path = Path(home) / "Library" / "Preferences" / f"{domain}.{APPLICATION}.plist"
    if not path.is_file():
        return 0, ""
    with path.open("rb") as stream:
        data = plistlib.load(stream)
    version = str(data.get("meta.version", "0"))
    return int(version) if version.isdigit() else 0, str(data.get("ui.language", ""))
