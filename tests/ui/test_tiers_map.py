"""TIP tiers on the map as a user sees them: the report's order, Special case apart."""

from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QColor

from explorer.core.view.palettes import NO_DATA_COLOUR, UNRANKED_COLOUR
from explorer.io.importing.importers import read_any
from tests.io.test_tip_tiers import write_tiers
from tests.ui.conftest import shown_window

TIER = "TIP tier"


@pytest.fixture
def tier_window(qtbot, tmp_path, projected_countries):
    dataset, _ = read_any(write_tiers(tmp_path / "tip.csv"))
    return shown_window(qtbot, dataset, projected_countries, TIER, 2023)


def _pixel(win, image, iso3: str) -> str:
    view = win.map_view
    at = view.viewport().mapTo(win, view.mapFromScene(view.label_points[iso3]))
    return image.pixelColor(at * image.devicePixelRatio()).name()


def test_the_legend_reads_in_the_reports_order_and_special_case_is_grey(tier_window, qtbot):
    choropleth = tier_window.map_view.choropleth
    assert [e.label for e in choropleth.legend] == [
        "Tier 1",
        "Tier 2",
        "Tier 2 watch list",
        "Tier 3",
        "Special case",
        "No data",
    ]
    colours = {e.label: e.colour for e in choropleth.legend}
    image = tier_window.grab().toImage()
    if os.environ.get("TFE_SAVE_SHOTS"):
        image.save(os.path.join(os.environ["TFE_SAVE_SHOTS"], "tiers.png"))
    # Ordinal colours follow the order: Tier 3 (Russia) is the darkest, Tier 1 the lightest.
    assert _pixel(tier_window, image, "RUS") == colours["Tier 3"]
    assert _pixel(tier_window, image, "CAN") == colours["Tier 1"]
    assert QColor(colours["Tier 3"]).lightness() < QColor(colours["Tier 1"]).lightness()
    # Somalia (Special case) is a neutral grey of its own: not a tier, not "no data".
    assert _pixel(tier_window, image, "SOM") == UNRANKED_COLOUR == colours["Special case"]
    assert UNRANKED_COLOUR not in {colours[t] for t in ("Tier 1", "Tier 2", "Tier 3")}
    assert _pixel(tier_window, image, "ZAF") == NO_DATA_COLOUR


def test_the_panel_names_the_special_case(tier_window):
    tier_window.search_box.search("Somalia")
    text = tier_window.detail_panel.text()
    assert "TIP tier, 2023: Special case" in text
    assert "In 2022: Special case" in text


def test_the_brief_names_the_special_case(tier_window, tmp_path):
    import unicodedata

    import pypdf

    from explorer.ui.export.window_exports import export_brief

    tier_window.state.selected = "SOM"
    brief = pypdf.PdfReader(export_brief(tier_window, tmp_path / "brief.pdf"))
    text = " ".join(unicodedata.normalize("NFKC", brief.pages[0].extract_text()).split())
    assert "TIP tier, 2023: Special case In 2022: Special case" in text


def _near(colour: QColor, target: str, tolerance: int = 40) -> bool:
    other = QColor(target)
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(colour.getRgb()[:3], other.getRgb()[:3], strict=True)
    )


def test_the_country_chart_marks_special_case_years_apart_from_the_tiers(tier_window):
    tier_window.search_box.search("Libya")  # Tier 3 in 2021, then Special case
    chart = tier_window.detail_panel.series_chart
    assert chart.text() == "Trend: 2021 Tier 3; 2022, 2023 Special case"
    image = chart.grab().toImage()
    ratio = image.devicePixelRatio()
    plot = chart._plot()
    span = 2023 - 2021

    def marked(year: int, top: float, bottom: float) -> bool:
        x = plot.left() + plot.width() * (year - 2021) / span
        return any(
            _near(image.pixelColor(int(px * ratio), int(py * ratio)), UNRANKED_COLOUR)
            for px in range(int(x) - 4, int(x) + 5)
            for py in range(int(top), int(bottom))
        )

    # A grey mark for each Special-case year, above the tiers' axis; none for 2021.
    assert marked(2022, 0, plot.top()) and marked(2023, 0, plot.top())
    assert not marked(2021, 0, plot.top())


def test_the_place_panel_and_the_help_give_the_rules_of_levels_not_of_sums(tier_window):
    from explorer.core.places.levels import LEVEL_RULES
    from explorer.ui.window.help_dialogs import install_help

    help_panel = install_help(tier_window).panel
    place = tier_window.detail_panel.place
    for text in (place.text(), help_panel.text()):
        assert "Total: the sum" not in text and "Change since the previous year" not in text
        assert all(rule in text for rule in LEVEL_RULES)
