"""One kind of digit in an Arabic view: years, counts and signed changes are Arabic-Indic
in the panel and the toolbar, and Qt's own Arabic signs agree with the core's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from explorer.core.data.breakdown import Breakdown
from explorer.core.data.local_numbers import signed_percent_text, year_text
from explorer.core.view.state import ViewState
from tests.ui.conftest import CRS

INDICATOR = "Detected trafficking victims"


def _latin_digits(text: str) -> bool:
    return any("0" <= ch <= "9" for ch in text)


def _arabic_window(qtbot, dataset, countries):
    from explorer.ui.window.main_window import MainWindow

    state = ViewState(indicator=INDICATOR, year=dataset.years(INDICATOR)[-1])
    state.breakdown = Breakdown.TOTAL
    window = MainWindow(dataset, countries, CRS, state, language="ar")
    qtbot.addWidget(window)
    return window


def test_an_arabic_country_panel_writes_its_years_in_arabic_indic_digits(
    qtbot, dataset, projected_countries
):
    window = _arabic_window(qtbot, dataset, projected_countries)
    window.show_country("DEU")
    table = window.detail_panel.series_table
    cells = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(2)]
    assert cells and not any(_latin_digits(t) for t in cells), cells
    assert not _latin_digits(window.controls.year_label.text())
    assert not _latin_digits(window.detail_panel.series_chart.text())
    assert not _latin_digits(window.detail_panel.profile_title.text())


def test_an_arabic_place_panel_writes_years_counts_and_changes_in_one_kind_of_digit(
    qtbot, dataset, projected_countries
):
    window = _arabic_window(qtbot, dataset, projected_countries)
    window.state.place = "region:Europe"
    place = window.detail_panel.place
    table = place.trend_table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert rows and not any(_latin_digits(t) for row in rows for t in row), rows
    steps = [row[3] for row in rows if row[3]]
    assert steps and all(s[0] == "\u061c" and s[1] in "+\u2212" for s in steps), steps
    assert not _latin_digits(place.ranking_title.text().replace(INDICATOR, ""))


def test_the_core_s_arabic_signed_percentage_is_what_qt_s_arabic_locale_writes():
    arabic = QLocale("ar")
    qt = arabic.positiveSign() + arabic.toString(12.5, "f", 1) + arabic.percent()
    assert signed_percent_text(0.125, "ar") == qt
    qt = arabic.negativeSign().replace("-", "\u2212") + arabic.toString(3.0, "f", 1)
    assert signed_percent_text(-0.03, "ar") == qt + arabic.percent()


def test_the_arabic_legend_writes_the_suppressed_threshold_in_arabic_indic_digits(qapp):
    from explorer.core.view.choropleth import SUPPRESSED_KIND, LegendEntry
    from explorer.render.page.legend import entry_text
    from tests.ui.translated import translated

    entry = LegendEntry("Suppressed (<5)", "#b7b7d6", SUPPRESSED_KIND)
    with translated("ar"):
        said = entry_text(entry)
    assert said == "محجوب (<\u0665)"
    assert entry_text(entry) == "Suppressed (<5)"  # English again once Arabic is removed


def test_the_shown_year_is_highlighted_in_a_right_to_left_window(
    qtbot, dataset, projected_countries
):
    """The app lays an Arabic window out right to left; the year tables must still mark
    the year the map shows (Qt's ``selectRow`` selected nothing there)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = _arabic_window(qtbot, dataset, projected_countries)
        window.resize(1440, 900)
        window.show_country("DEU")
        window.show()
        qtbot.waitExposed(window)
        year = year_text(window.state.year, "ar")
        series = window.detail_panel.series_table
        assert [item.text() for item in series.selectedItems()][:1] == [year]
        window.state.selected = None  # the place panel: the World
        trend = window.detail_panel.place.trend_table
        assert [item.text() for item in trend.selectedItems()][:1] == [year]
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


SPIN_BOXES = """
import json, sys
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QSpinBox
from explorer.ui.common.translations import install_translations
app = QApplication([])
install_translations(app, QLocale(sys.argv[1]))
flows, dpi = QSpinBox(), QDoubleSpinBox()
flows.setRange(0, 5000)
flows.setValue(1920)
dpi.setValue(96.0)
print(json.dumps({"flows": flows.text(), "dpi": dpi.text()}))
"""


@pytest.mark.parametrize(
    ("lang", "flows", "dpi"),
    [("ar", "\u0661\u0669\u0662\u0660", "\u0669\u0666\u066b\u0660\u0660"), ("fr", "1920", "96,00")],
)
def test_spin_boxes_write_their_numbers_as_the_interface_language(tmp_path, lang, flows, dpi):
    """The export's size and dpi and the number of flows, as the texts around them."""
    from tests.probes import run_probe

    shown = run_probe(tmp_path, SPIN_BOXES, lang, env={"QT_QPA_PLATFORM": "offscreen"})
    assert shown == {"flows": flows, "dpi": dpi}
