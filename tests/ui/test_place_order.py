"""Lists of places follow the interface language's alphabetical order, not English or
Unicode order: the place picker, the search box's list, the group dialog, View > Zoom to region."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QCollator, QLocale

from explorer.core.data.breakdown import Breakdown
from explorer.core.view.state import ViewState
from tests.ui.conftest import CRS

INDICATOR = "Detected trafficking victims"


def _window(qtbot, dataset, countries, language):
    from explorer.ui.window.main_window import MainWindow

    state = ViewState(indicator=INDICATOR, year=dataset.years(INDICATOR)[-1])
    state.breakdown = Breakdown.TOTAL
    window = MainWindow(dataset, countries, CRS, state, language=language)
    qtbot.addWidget(window)
    return window


def _in_order(names: list[str], lang: str) -> bool:
    collator = QCollator(QLocale(lang))
    return all(collator.compare(a, b) <= 0 for a, b in pairwise(names))


def test_the_chinese_search_list_is_in_pinyin_order(qtbot, dataset, projected_countries):
    window = _window(qtbot, dataset, projected_countries, "zh_CN")
    entries = window.search_box.finder.entries()
    where = {e.rsplit(" (", 1)[1].rstrip(")"): i for i, e in enumerate(entries)}
    # a-fu-han, ba-xi, de-guo, fa-guo, zhong-guo (Unicode order would put 中国 first).
    assert where["AFG"] < where["BRA"] < where["DEU"] < where["FRA"] < where["CHN"]


@pytest.mark.parametrize("lang", ["zh_CN", "fr", "ru", "ar"])
def test_the_place_picker_lists_regions_and_subregions_in_the_language_s_order(
    qtbot, dataset, projected_countries, lang
):
    window = _window(qtbot, dataset, projected_countries, lang)
    picker = window.detail_panel.place.picker
    items = [picker.itemText(i) for i in range(picker.count())]
    regions = [t for t in items[1:] if not t.startswith("    ")]
    assert _in_order(regions, lang), regions
    blocks: list[list[str]] = []
    for text in items[1:]:
        if text.startswith("    "):
            blocks[-1].append(text.strip())
        else:
            blocks.append([])
    assert any(len(b) > 1 for b in blocks)
    assert all(_in_order(b, lang) for b in blocks), blocks


def test_chinese_regions_are_not_in_english_order(qtbot, dataset, projected_countries):
    window = _window(qtbot, dataset, projected_countries, "zh_CN")
    picker = window.detail_panel.place.picker
    regions = [
        picker.itemText(i)
        for i in range(1, picker.count())
        if not picker.itemText(i).startswith(" ")
    ]
    assert regions[0] == "大洋洲"  # da-yang-zhou (Oceania) first; English order starts with Africa


def test_the_zoom_menu_names_regions_in_the_language_and_its_order(
    qtbot, dataset, projected_countries
):
    window = _window(qtbot, dataset, projected_countries, "fr")
    from explorer.ui.map.region_zoom import install_region_zoom

    menu = install_region_zoom(window)
    entries = [a.text() for a in menu.actions() if a.text()]
    regions = [t for t in entries if not t.startswith(" ")]
    assert "Afrique" in regions and "Africa" not in regions
    assert _in_order(regions, "fr")
