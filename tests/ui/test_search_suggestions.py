"""The search box's suggestions find what Enter finds: accents, case and punctuation aside,
in the interface language and in English, and choosing one selects the country."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from explorer.core.data.breakdown import Breakdown
from explorer.core.view.state import ViewState
from explorer.ui.window.search_box import CountryFinder, SearchBox
from tests.ui.conftest import CRS

INDICATOR = "Detected trafficking victims"
RSQUO = "\u2019"  # the apostrophe CLDR writes in names


@pytest.fixture
def open_window(qtbot, dataset, projected_countries):
    """A shown main window in ``lang`` with the search box holding the keyboard."""

    def make(lang: str):
        from explorer.ui.window.main_window import MainWindow

        state = ViewState(INDICATOR, dataset.years(INDICATOR)[-1], breakdown=Breakdown.TOTAL)
        window = MainWindow(dataset, projected_countries, CRS, state, language=lang)
        qtbot.addWidget(window)
        window.resize(1440, 900)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        window.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search_box)
        return window

    return make


def _type(box: SearchBox, text: str) -> None:
    """Key presses carrying ``text``, one character each (QTest types Latin-1 only)."""
    box.clear()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(box, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _typed(box: SearchBox, qtbot, text: str) -> list[str]:
    """Type ``text`` as a user does; the entries the suggestion popup then shows."""
    _type(box, text)
    popup = box.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    model = popup.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _no_popup(box: SearchBox, qtbot, text: str) -> bool:
    _type(box, text)
    return not box.completer().popup().isVisible()


def test_french_egyp_suggests_egypte_and_choosing_it_selects_egypt(open_window, qtbot):
    window = open_window("fr")
    box = window.search_box
    assert _typed(box, qtbot, "egyp") == ["Égypte (EGY)"]
    popup = box.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert window.state.selected == "EGY"
    assert box.text() == "Égypte (EGY)"  # the field shows the name, not a folded key


def test_french_suggestions_ignore_accents_case_apostrophes_and_find_english_names(
    open_window, qtbot
):
    box = open_window("fr").search_box
    assert "Côte d\u2019Ivoire (CIV)" in _typed(box, qtbot, "cote d'iv")
    assert "Côte d\u2019Ivoire (CIV)" in _typed(box, qtbot, "COTE D")
    assert _typed(box, qtbot, "germany") == ["Allemagne (DEU)"]  # the English name
    assert "Allemagne (DEU)" in _typed(box, qtbot, "deu")  # the code
    inside = _typed(box, qtbot, "guinee")  # a word inside a name, accents aside
    assert {"Guinée équatoriale (GNQ)", "Papouasie-Nouvelle-Guinée (PNG)"} <= set(inside)
    assert _no_popup(box, qtbot, "atlantide")


def test_english_cote_suggests_cote_d_ivoire(open_window, qtbot):
    window = open_window("en")
    box = window.search_box
    entries = _typed(box, qtbot, "cote")
    assert [e for e in entries if e.endswith("(CIV)")] == ["Côte d'Ivoire (CIV)"]
    popup = box.completer().popup()
    row = entries.index("Côte d'Ivoire (CIV)")
    popup.setCurrentIndex(popup.model().index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert window.state.selected == "CIV"


@pytest.mark.parametrize(
    ("lang", "typed", "entry"),
    [
        ("es", "peru", "Perú (PER)"),
        ("es", "republica dominicana", "República Dominicana (DOM)"),
        ("ru", "кот-д'ив", f"Кот-д{RSQUO}Ивуар (CIV)"),
        ("ru", "egypt", "Египет (EGY)"),  # the English name, in a Cyrillic list
    ],
)
def test_other_languages_suggest_without_accents(open_window, qtbot, lang, typed, entry):
    assert entry in _typed(open_window(lang).search_box, qtbot, typed)


def test_russian_yo_and_ye_are_one_letter_in_suggestions_and_in_enter(qapp):
    """A "yo" is often typed as "ye": both find a name written with either."""
    finder = CountryFinder({"AAA": "Мёрдок", "BBB": "Берег"}, lang="ru")
    keys = dict(finder.suggestions())
    assert keys["Мёрдок (AAA)"] == ["мердок", "aaa"]
    assert finder.find("Мердок") == "AAA"
    assert finder.find("бёрег") == "BBB"


def test_what_is_suggested_is_what_enter_finds(qapp):
    """Each key the popup matches on resolves, with Enter, to that row's country."""
    finder = CountryFinder(
        {"EGY": "Égypte", "CIV": "Côte d\u2019Ivoire", "DEU": "Allemagne"},
        also={"EGY": "Egypt", "CIV": "Côte d'Ivoire", "DEU": "Germany"},
        lang="fr",
    )
    for entry, keys in finder.suggestions():
        code = entry[-4:-1]
        for key in keys:
            assert finder.find(key) == code, (entry, key)
    assert finder.find("egyp") == "EGY" and finder.find("germ") == "DEU"
