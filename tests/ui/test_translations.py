"""A translation changes what the user reads without a code change: menus in French.

The first test writes a one-line translation (``&File`` -> ``&Fichier``),
compiles it with ``pyside6-lrelease`` and builds the window under it: the
File menu must read "&Fichier", which only happens when the menu's text goes
through ``translate``. The others load the shipped French and Spanish files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from explorer.core.data.breakdown import Breakdown
from explorer.core.geo.countries import PROJECTIONS
from explorer.core.view.state import ViewState
from explorer.ui.common.translations import (
    LANG_ENV,
    chosen_locale,
    install_translations,
    load_translators,
    translations_dir,
)

CRS = PROJECTIONS["Equal Earth"]
VICTIMS = "Detected trafficking victims"
TINY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
</context>
</TS>
"""


def _lrelease() -> str | None:
    found = Path(sys.executable).with_name("pyside6-lrelease")
    return str(found) if found.exists() else shutil.which("pyside6-lrelease")


@contextmanager
def _installed(translators: list[QTranslator]):
    app = QCoreApplication.instance()
    for translator in translators:
        app.installTranslator(translator)
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def _window(qtbot, dataset, countries):
    from explorer.ui.window.main_window import MainWindow

    state = ViewState(indicator=VICTIMS, year=2020, breakdown=Breakdown.TOTAL)
    window = MainWindow(dataset, countries, CRS, state)
    qtbot.addWidget(window)
    return window


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


@pytest.mark.skipif(_lrelease() is None, reason="pyside6-lrelease is not installed")
def test_a_compiled_translation_renames_the_file_menu(
    qtbot, dataset, projected_countries, tmp_path
):
    source = tmp_path / "explorer_fr.ts"
    source.write_text(TINY_TS, encoding="utf-8")
    subprocess.run([_lrelease(), str(source)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "explorer_fr.qm"))
    with _installed([translator]):
        window = _window(qtbot, dataset, projected_countries)
    assert window.file_menu.title() == "&Fichier"
    assert _menu_titles(window)[0] == "&Fichier"
    assert "&Edit" in _menu_titles(window)  # not in the tiny file: English


def test_the_shipped_french_translation_names_menus_and_banner_in_french(
    qtbot, dataset, projected_countries
):
    translators = load_translators(QCoreApplication.instance(), QLocale("fr_FR"))
    assert translators[0].filePath().endswith("explorer_fr.qm")
    with _installed(translators):
        window = _window(qtbot, dataset, projected_countries)
        from explorer.ui.window.help_dialogs import install_help
        from explorer.ui.window.keyboard import install_keyboard

        install_keyboard(window)
        install_help(window)
    titles = _menu_titles(window)
    assert titles[:3] == ["&Fichier", "&Édition", "&Affichage"]
    assert "&Naviguer" in titles and titles[-1] == "Aid&e"
    assert window.banner.text().startswith("DONNÉES DE DÉMONSTRATION SYNTHÉTIQUES")
    assert window.detail_panel.name_label.text() == "Aucun pays sélectionné"
    assert window.controls.play_button.text() == "Lecture"


def test_plural_forms_follow_the_language(qapp):
    translators = load_translators(qapp, QLocale("fr_FR"))
    text = "%n assistance activities: {parts}"
    with _installed(translators):
        two = QCoreApplication.translate("ActivitiesView", text, None, 2)
        one_fr = QCoreApplication.translate("ActivitiesView", text, None, 1)
    assert two == "2 activités d\u2019assistance : {parts}"
    assert one_fr == "1 activité d\u2019assistance : {parts}"
    assert QCoreApplication.translate("ActivitiesView", text, None, 2) == (
        "2 assistance activities: {parts}"
    )


def test_the_shipped_files_are_compiled_and_english_loads_none_of_ours(qapp):
    folder = translations_dir()
    for ts in folder.glob("explorer_*.ts"):
        qm = ts.with_suffix(".qm")
        assert qm.exists(), f"{ts.name} is not compiled: run make translations"
    ours = [t for t in load_translators(qapp, QLocale("en_GB")) if "explorer" in t.filePath()]
    assert ours == []
    assert not (folder / "explorer.qm").exists()  # Qt's last fallback for every language


def test_the_language_comes_from_the_environment_else_the_system():
    assert chosen_locale({LANG_ENV: "es"}).language() == QLocale.Language.Spanish
    assert chosen_locale({LANG_ENV: "fr_CA"}).name() == "fr_CA"
    assert chosen_locale({}).name() == QLocale.system().name()


def test_installing_twice_adds_no_second_translator(qapp):
    install_translations(qapp, QLocale("C"))
    assert install_translations(qapp, QLocale("fr_FR")) == []
