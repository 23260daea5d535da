"""View > Language: the interface language, remembered in the settings, used at the next start.

Why at the next start: every text, country name and number is written once when
the window is built (translators are installed before any window), so a live
switch would have to rebuild the whole window. The menu offers to restart the
app at once instead (:mod:`explorer.ui.window.restart`: the window closes as
usual, saving its work, and the app starts again with the same options).
``TRAFFICKING_EXPLORER_LANG`` still wins over the choice (the command line is
the more specific wish); the menu says so and offers no restart then.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from explorer.ui.common.modal import show_modal
from explorer.ui.common.translations import (
    LANG_ENV,
    chosen_locale,
    interface_language,
    translate,
)
from explorer.ui.window.restart import request_restart
from explorer.ui.window.settings import AppSettings

KEY = "ui/language"
SYSTEM = QT_TRANSLATE_NOOP("LanguageMenu", "Follow the system")
#: The languages offered: code (as in ``explorer_<code>.qm``) and the name in that language.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("ar", "العربية"),
    ("zh_CN", "中文"),
    ("fr", "Français"),
    ("ru", "Русский"),
    ("es", "Español"),
)


def start_locale(settings: AppSettings, environ: Mapping[str, str] | None = None) -> QLocale:
    """The locale to start in: the environment variable, else the stored choice, else the system."""
    return chosen_locale(None if environ is None else dict(environ), str(settings.get(KEY)))


class LanguageMenu(QObject):
    """The "Language" submenu of the View menu: one checked entry, the stored choice."""

    def __init__(self, window: QMainWindow, settings: AppSettings) -> None:
        super().__init__(window)
        self.window, self.settings = window, settings
        self.menu = QMenu(translate("LanguageMenu", "&Language"), window)
        self.menu.setObjectName("language_menu")
        group = QActionGroup(self.menu)
        stored = str(settings.get(KEY))
        self.actions: dict[str, QAction] = {}
        self.restart_box: QMessageBox | None = None
        for code, name in (("", translate("LanguageMenu", SYSTEM)), *LANGUAGES):
            action = QAction(name, self.menu, checkable=True)
            action.setChecked(code == stored)
            action.triggered.connect(lambda _=False, c=code: self.offer_restart(self.choose(c)))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
            if not code:
                self.menu.addSeparator()
        window.view_menu.addSeparator()
        window.view_menu.addMenu(self.menu)

    def choose(self, code: str) -> str:
        """Remember ``code`` ("" follows the system); say (and return) when it applies."""
        self.settings.set(KEY, code)
        self.settings.sync()
        self.actions[code].setChecked(True)
        forced = os.environ.get(LANG_ENV, "").strip()
        if forced:
            message = translate(
                "LanguageMenu",
                "Saved, but {variable}={value} is set: the app starts in that language "
                "while it is set.",
            ).format(variable=LANG_ENV, value=forced)
        elif _language_of(code) == _language_of(interface_language()):
            message = ""
        else:
            message = translate(
                "LanguageMenu", "The new language applies the next time the app starts."
            )
        self.window.statusBar().showMessage(message, 15_000)
        return message

    def offer_restart(self, message: str) -> QMessageBox | None:
        """After a choice that needs a new start: ask whether to restart now (non-blocking)."""
        if not message or os.environ.get(LANG_ENV, "").strip():
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("LanguageMenu", "Language"),
            message,
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setObjectName("restart_for_language")
        box.setInformativeText(
            translate(
                "LanguageMenu",
                "Restart now? The window closes as usual (your work is saved) "
                "and opens again in the new language.",
            )
        )
        now = box.addButton(
            translate("LanguageMenu", "&Restart now"), QMessageBox.ButtonRole.AcceptRole
        )
        later = box.addButton(
            translate("LanguageMenu", "&Later"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(later)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._answered(button is now))
        self.restart_box = box
        return show_modal(box)

    def _answered(self, restart: bool) -> None:
        """The restart question's answer: close the window for a new start, or keep going."""
        self.restart_box = None
        if restart:
            request_restart(self.window)


def _language_of(code: str) -> str:
    """The language part of a code ("" for the system's): what decides the texts."""
    locale = chosen_locale({}, code)
    return QLocale.languageToCode(locale.language())


def install_language_menu(window: QMainWindow, settings: AppSettings) -> LanguageMenu:
    """Add View > Language to the window (after the View menu is built)."""
    menu = LanguageMenu(window, settings)
    window.context.language_menu = menu
    return menu
