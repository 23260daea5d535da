"""The interface language names places and writes numbers: panel, search, View > Language."""

from __future__ import annotations

import pytest

from explorer.core.data.breakdown import Breakdown
from explorer.core.view.state import ViewState
from explorer.ui.common.translations import LANG_ENV
from explorer.ui.window.language_menu import install_language_menu, start_locale
from explorer.ui.window.settings import AppSettings
from tests.ui.conftest import CRS

INDICATOR = "Detected trafficking victims"


def _window(qtbot, dataset, countries, language):
    from explorer.ui.window.main_window import MainWindow

    state = ViewState(indicator=INDICATOR, year=dataset.years(INDICATOR)[-1])
    state.breakdown = Breakdown.TOTAL
    window = MainWindow(dataset, countries, CRS, state, language=language)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    return window


@pytest.mark.parametrize(
    ("lang", "name", "subregion", "digits"),
    [
        ("fr", "Allemagne", "Europe de l\u2019Ouest", "\u202f"),
        ("ru", "Германия", "Западная Европа", "\u00a0"),
        ("zh_CN", "德国", "西欧", ","),
    ],
)
def test_the_panel_names_the_country_and_groups_digits_in_the_language(
    qtbot, dataset, projected_countries, lang, name, subregion, digits
):
    window = _window(qtbot, dataset, projected_countries, lang)
    window.show_country("DEU")
    panel = window.detail_panel
    assert panel.name_label.text() == name
    assert subregion in panel.region_label.text()
    assert subregion in panel.subregion_link.text()
    figure = panel.key_label.text().splitlines()[0].rsplit(": ", 1)[1]
    if any(ch.isdigit() for ch in figure) and len(figure) > 4:
        assert digits in figure
    if lang == "fr":  # the victim profile's shares: "12 %" in French
        assert "\u00a0%)" in panel.profile.text()


def test_english_stays_as_it_was(qtbot, dataset, projected_countries):
    window = _window(qtbot, dataset, projected_countries, "en")
    window.show_country("DEU")
    assert window.detail_panel.name_label.text() == "Germany"
    assert "Western Europe" in window.detail_panel.region_label.text()


def test_search_finds_a_country_by_its_french_and_its_english_name(
    qtbot, dataset, projected_countries
):
    window = _window(qtbot, dataset, projected_countries, "fr")
    assert window.search_box.search("Allemagne") == "DEU"
    assert window.search_box.search("Germany") == "DEU"
    assert window.search_box.search("allem") == "DEU"
    assert any(entry.startswith("Allemagne") for entry in window.search_box.finder.entries())


def test_the_language_chosen_is_remembered_and_used_at_the_next_start(
    qtbot, dataset, projected_countries, tmp_path, monkeypatch
):
    monkeypatch.delenv(LANG_ENV)  # as for a user: no variable forces a language
    ini = tmp_path / "settings.ini"
    first = _window(qtbot, dataset, projected_countries, "en")
    menu = install_language_menu(first, AppSettings(ini))
    entries = [a.text() for a in menu.menu.actions() if a.text()]
    assert entries == [
        "Follow the system",
        "English",
        "العربية",
        "中文",
        "Français",
        "Русский",
        "Español",
    ]
    assert "next time" in menu.choose("fr")
    assert "next time" in first.statusBar().currentMessage()
    assert menu.actions["fr"].isChecked()

    settings = AppSettings(ini)  # the next start reads the same file
    locale = start_locale(settings, {})
    assert locale.name() == "fr_FR"
    assert start_locale(settings, {LANG_ENV: "ru"}).name() == "ru_RU"  # the variable wins
    second = _window(qtbot, dataset, projected_countries, locale.name())
    second.show_country("DEU")
    assert second.detail_panel.name_label.text() == "Allemagne"
    assert install_language_menu(second, settings).actions["fr"].isChecked()


def test_following_the_system_again(qtbot, dataset, projected_countries, tmp_path):
    settings = AppSettings(tmp_path / "settings.ini")
    window = _window(qtbot, dataset, projected_countries, "en")
    menu = install_language_menu(window, settings)
    menu.choose("zh_CN")
    menu.choose("")
    assert AppSettings(tmp_path / "settings.ini").get("ui/language") == ""
    assert start_locale(settings, {}).name() == start_locale(settings, {"X": ""}).name()


def test_the_map_tooltip_names_the_country_and_writes_its_figure_in_russian(
    qtbot, dataset, projected_countries
):
    window = _window(qtbot, dataset, projected_countries, "ru")
    tooltip = window.map_view.tooltip_text("DEU").splitlines()
    assert tooltip[0] == "Германия"
    figure = window.map_view.choropleth.values.loc["DEU", "value"]
    if figure >= 1000:
        assert "\u00a0" in tooltip[1]


def test_a_region_panel_ranks_countries_by_their_french_names(qtbot, dataset, projected_countries):
    window = _window(qtbot, dataset, projected_countries, "fr")
    window.state.place = "subregion:Western Europe"
    place = window.detail_panel.place
    assert place.title.text().startswith("Europe de l\u2019Ouest")
    ranked = [place.ranking.item(r, 0).text() for r in range(place.ranking.rowCount())]
    assert "Allemagne" in ranked
    assert "Germany" not in ranked
    picker = [place.picker.itemText(i).strip() for i in range(place.picker.count())]
    assert "Afrique subsaharienne" in picker


def test_counts_in_dialogs_follow_the_interface_locale(qtbot):
    from PySide6.QtCore import QCoreApplication

    from explorer.ui.common.translations import count_text

    app = QCoreApplication.instance()
    before = app.property("explorer_language")
    try:
        assert count_text(1921415000) == "1,921,415,000"
        app.setProperty("explorer_language", "fr")
        assert count_text(1921415000) == "1\u202f921\u202f415\u202f000"
        app.setProperty("explorer_language", "ru")
        assert count_text(1921415000) == "1\u00a0921\u00a0415\u00a0000"
    finally:
        app.setProperty("explorer_language", before)


@pytest.mark.parametrize("code", ["zh_CN", "ar", "fr", "ru", "es"])
def test_each_language_of_the_menu_loads_its_own_translation_file(qtbot, code):
    from PySide6.QtCore import QCoreApplication

    from explorer.ui.common.translations import load_translators

    locale = start_locale(_Stored(code), {})
    files = [t.filePath() for t in load_translators(QCoreApplication.instance(), locale)]
    assert any(f.endswith(f"explorer_{code}.qm") for f in files), files


class _Stored:
    """Settings holding one language choice."""

    def __init__(self, code: str) -> None:
        self.code = code

    def get(self, key: str) -> str:
        assert key == "ui/language"
        return self.code


@pytest.mark.parametrize(
    ("lang", "iso3", "subregion"),
    [
        ("en", "BRA", "Latin America and the Caribbean"),
        ("fr", "BRA", "Amérique latine"),
        ("en", "NGA", "Sub-Saharan Africa"),
        ("fr", "NGA", "Afrique subsaharienne"),
    ],
)
def test_the_subregion_and_region_links_show_whole_at_the_panels_width(
    qtbot, dataset, projected_countries, lang, iso3, subregion
):
    from PySide6.QtWidgets import QPushButton

    window = _window(qtbot, dataset, projected_countries, lang)
    window.show()
    qtbot.waitExposed(window)
    window.show_country(iso3)
    panel = window.detail_panel
    assert subregion in panel.subregion_link.text()
    for link in (panel.subregion_link, panel.region_link):
        drawn = QPushButton.text(link)  # the words painted, not the button's whole words
        assert drawn == link.text()
        assert link.fontMetrics().horizontalAdvance(drawn) <= link.width()


def test_a_link_too_long_for_the_panel_ends_in_an_ellipsis(qtbot, dataset, projected_countries):
    from PySide6.QtWidgets import QPushButton

    window = _window(qtbot, dataset, projected_countries, "en")
    window.show()
    qtbot.waitExposed(window)
    window.show_country("BRA")
    link = window.detail_panel.subregion_link
    words = "Subregion: " + "A very long name of a place " * 10 + "\u2192"
    link.setText(words)
    drawn = QPushButton.text(link)
    assert link.text() == words and link.toolTip() == words  # the whole words are kept
    assert drawn.endswith("\u2026") and words.startswith(drawn[:-1])
    assert link.fontMetrics().horizontalAdvance(drawn) <= link.width()
