"""The app's and core's translations for one language, installed for a test and removed after.

Why a helper: tests build windows in one process; a language installed by one
test must not leak into the next (the English tests compare exact sentences).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale

from explorer.core import texts
from explorer.ui.common.translations import LANGUAGE_PROPERTY, core_lookup, load_translators


@contextmanager
def translated(lang: str) -> Iterator[None]:
    """Qt's ``translate`` and core's sentences (:mod:`explorer.core.texts`) in ``lang``."""
    app = QCoreApplication.instance()
    translators = load_translators(app, QLocale(lang))
    for translator in translators:
        app.installTranslator(translator)
    texts.install(lang, core_lookup(translators))
    language = app.property(LANGUAGE_PROPERTY)
    app.setProperty(LANGUAGE_PROPERTY, lang)  # interface_language(), as the launch sets it
    try:
        yield
    finally:
        app.setProperty(LANGUAGE_PROPERTY, language)
        texts.install(None, None)
        for translator in translators:
            app.removeTranslator(translator)
