"""The user's language: install the app's and Qt's translations before any window is built.

Why here: every user-facing text of ``explorer.ui`` goes through
``QCoreApplication.translate(context, text)`` (short name :data:`translate`,
which ``pyside6-lupdate`` recognises), so a translation is a ``.qm`` file in
``resources/translations`` (``explorer/resources/translations`` in the wheel)
and no code changes. ``make translations`` refreshes the ``.ts`` sources from
the code and compiles them.

The language is ``TRAFFICKING_EXPLORER_LANG`` (e.g. ``fr``, ``es_ES``; ``en``
or ``C`` for the English source texts) if set, else the one chosen in View >
Language (remembered in the settings), else the system locale's. Qt's own
texts (standard buttons, file dialogs) come from Qt's ``qtbase_<lang>.qm`` when
the Qt installation carries it.

The layout direction follows the language, explicitly: Arabic (or any
right-to-left language) mirrors the whole window, its legends and briefs, and
the exported pictures' legends, whether or not a translation file exists yet
(Qt would otherwise take it from a loaded translator's ``QT_LAYOUT_DIRECTION``).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator

from explorer.core import texts
from explorer.core.geo.locations import resources_dir

#: ``translate(context, text, disambiguation=None, n=-1)``: the one way to a translated text.
translate = QCoreApplication.translate

LANG_ENV = "TRAFFICKING_EXPLORER_LANG"
PREFIX = "explorer"  # explorer_fr.qm, explorer_es.qm, ...
_INSTALLED = "explorer_translations_installed"  # a property of the application
LANGUAGE_PROPERTY = "explorer_language"  # a property of the application: the language installed
log = logging.getLogger(__name__)


def translations_dir() -> Path:
    """Where the app's ``.ts`` sources and compiled ``.qm`` files live."""
    return resources_dir() / "translations"


def chosen_locale(environ: dict[str, str] | None = None, stored: str = "") -> QLocale:
    """The locale to translate into: ``TRAFFICKING_EXPLORER_LANG`` if set, else ``stored``
    (the language the user chose in the app), else the system's."""
    wanted = (os.environ if environ is None else environ).get(LANG_ENV, "").strip()
    wanted = wanted or stored
    return QLocale(wanted) if wanted else QLocale.system()


def language_code(locale: QLocale) -> str:
    """``locale`` as babel/CLDR spells it (``fr_FR``, ``zh_CN``; ``en`` for Qt's "C")."""
    name = locale.name()
    return "en" if name in ("C", "") else name


def interface_language() -> str:
    """The language the app's texts were installed in (babel's spelling, ``en`` by default).

    Why one accessor: country names, numbers and dates follow the same language as
    the translated texts, and the UI passes it down to the Qt-free code explicitly.
    """
    app = QCoreApplication.instance()
    found = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return str(found) if found else language_code(chosen_locale())


def interface_locale() -> QLocale:
    """The QLocale of :func:`interface_language`, for numbers and dates in widgets."""
    return QLocale(interface_language())


def count_text(n: int) -> str:
    """A count as the interface language writes it: "1,234" (en), "1 234" (fr)."""
    return interface_locale().toString(int(n))


def year_label(year: int) -> str:
    """A year in the interface language's digits, never grouped ("2019"; Arabic-Indic in
    Arabic, like every other number of the window: see ``core.data.local_numbers``)."""
    from explorer.core.data.local_numbers import year_text

    return year_text(year, interface_language())


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[str]:
    """Load and install the app's and Qt's translators for ``locale``; call before any window.

    Returns the files loaded (empty for English or a language without a
    translation: the source texts are then shown). The translators are kept
    as children of ``app`` so they live as long as it; a second call adds none.
    """
    if app.property(_INSTALLED):
        return []
    app.setProperty(_INSTALLED, True)
    locale = locale or chosen_locale()
    apply_layout_direction(app, locale)
    # Every widget's own numbers (spin boxes: the export's size and dpi, the number of
    # flows) as the interface language writes them, like the texts around them.
    QLocale.setDefault(locale)
    app.setProperty(LANGUAGE_PROPERTY, language_code(locale))
    translators = load_translators(app, locale)
    for translator in translators:
        app.installTranslator(translator)
    texts.install(language_code(locale), core_lookup(translators))
    loaded = [t.filePath() for t in translators]
    if loaded:
        log.info("translations for %s: %s", locale.name(), ", ".join(loaded))
    return loaded


def core_lookup(translators: list[QTranslator]) -> texts.Translate | None:
    """What core's sentences are translated with (:mod:`explorer.core.texts`): the app's
    own translators, asked directly so that ``%n`` comes back unfilled (core writes the
    number as the language writes it); None when the app has no file for the language."""
    ours = [t for t in translators if Path(t.filePath()).name.startswith(PREFIX + "_")]
    if not ours:
        return None

    def lookup(context: str, source: str, n: int) -> str:
        for translator in ours:
            found = translator.translate(context, source, None, n)
            if found:
                return found
        return ""

    return lookup


def apply_layout_direction(app: QCoreApplication, locale: QLocale) -> Qt.LayoutDirection:
    """Right to left for a right-to-left language (Arabic, Hebrew, Persian...), else left
    to right; set on ``app`` when it is a QGuiApplication (a QCoreApplication has none)."""
    direction = locale.textDirection()
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(direction)
    return direction


def load_translators(parent: QObject, locale: QLocale) -> list[QTranslator]:
    """The app's and Qt's translators for ``locale`` that have a file (not installed)."""
    sources = [(PREFIX, str(translations_dir()))]
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_dir and Path(qt_dir).is_dir():
        sources.append(("qtbase", qt_dir))
    found = []
    for prefix, folder in sources:
        translator = QTranslator(parent)
        # Tries prefix_fr_FR.qm, prefix_fr.qm ... for each of the locale's UI languages.
        if translator.load(locale, prefix, "_", folder):
            found.append(translator)
        else:
            translator.deleteLater()
    return found
