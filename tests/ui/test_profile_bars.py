"""The victim profile's bar labels read whole in the panel, in a language with long words."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF

from explorer.core.data.breakdown import Breakdown
from explorer.core.view.state import ViewState
from tests.ui.conftest import CRS
from tests.ui.translated import translated

VICTIMS = "Detected trafficking victims"


def test_french_profile_labels_are_not_cut_in_the_panel(qtbot, dataset, projected_countries):
    """At the dock's usual width "Exploitation sexuelle" and "Enfants (0-17 ans)" were cut
    mid-word ("Exploitation sexu", "Enfants (0-17 an") by a label column of fixed share."""
    from explorer.ui.window.main_window import MainWindow

    with translated("fr"):
        state = ViewState(indicator=VICTIMS, year=2021, breakdown=Breakdown.TOTAL)
        window = MainWindow(dataset, projected_countries, CRS, state, language="fr")
        qtbot.addWidget(window)
        window.resize(1440, 900)
        window.show_country("DEU")
        bars = window.detail_panel.profile
        bars.resize(300, bars.sizeHint().height())
        shown = [bars.shown_label(bar) for _, group in bars._groups() for bar in group]
        room = bars.label_width() - 8  # the label's box in paintEvent
        metrics = QFontMetricsF(bars.font())
    assert "Enfants (0-17 ans)" in shown and "Adultes (18 ans et plus)" in shown
    assert all(metrics.horizontalAdvance(text) <= room for text in shown), shown
    assert bars.label_width() <= 0.55 * 300  # the bars keep room
