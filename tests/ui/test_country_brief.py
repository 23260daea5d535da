"""The country brief and the copied text, read back as a user would."""

from __future__ import annotations

import unicodedata

import pypdf
from PySide6.QtCore import QRectF
from PySide6.QtGui import QGuiApplication

from explorer.ui.export.window_exports import copy_country_text, export_brief

VICTIMS = "Detected trafficking victims"


def test_brief_is_one_a4_page_with_the_country_and_its_figures(window, tmp_path):
    window.state.year = 2021
    window.state.selected = "DEU"
    path = export_brief(window, tmp_path / "brief.pdf")
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 1 and abs(float(box.height) - 841.9) < 1  # A4 in pt
    # NFKC undoes the font's ligatures ("ﬁ" -> "fi") in the extracted text.
    text = " ".join(unicodedata.normalize("NFKC", reader.pages[0].extract_text()).split())
    for expected in (
        "Germany",
        "SYNTHETIC",
        "Key figures",
        "Detected trafficking victims, 2021",
        "Who the detected victims were, 2021",
        "Top origins:",
        "Assistance activities",
        "do not imply official endorsement",
    ):
        assert expected in text, expected


def test_copy_puts_the_panel_text_on_the_clipboard(window):
    window.state.selected = "DEU"
    copied = copy_country_text(window)
    assert QGuiApplication.clipboard().text() == copied
    assert copied.startswith("Germany\n")
    assert "Change since" in copied


def test_without_a_country_brief_and_copy_are_about_the_place_shown(window, tmp_path):
    window.state.selected = None
    assert window.brief_action.text() == "Export place &brief (PDF)…"
    assert window.copy_action.text() == "&Copy place details as text"
    window.state.place = "region:Africa"
    copied = copy_country_text(window)
    assert copied.startswith("Africa")
    assert "Change since" in copied and "countries that reported exact figures" in copied
    path = export_brief(window, tmp_path / "africa.pdf")
    text = " ".join(
        unicodedata.normalize("NFKC", pypdf.PdfReader(path).pages[0].extract_text()).split()
    )
    for expected in (
        "Africa (region)",
        "Key figures",
        "SYNTHETIC",
        "How these figures are computed",
    ):
        assert expected in text, expected
    window.state.selected = "BRA"
    assert window.brief_action.text() == "Export country &brief (PDF)…"


def test_a_french_brief_names_the_indicator_and_dates_itself_in_french(
    qtbot, dataset, projected_countries, tmp_path
):
    """The country and the place briefs of a French window: the place brief's subtitle
    names the indicator in French, and both footers date themselves in French
    (they said "06 December 2026" in every language)."""
    from datetime import date

    from explorer.core.data.breakdown import Breakdown
    from explorer.core.data.local_numbers import date_text
    from explorer.core.view.state import ViewState
    from explorer.ui.window.main_window import MainWindow
    from tests.ui.conftest import CRS
    from tests.ui.translated import translated

    with translated("fr"):
        state = ViewState(indicator=VICTIMS, year=2021, breakdown=Breakdown.TOTAL)
        window = MainWindow(dataset, projected_countries, CRS, state, language="fr")
        qtbot.addWidget(window)
        window.resize(1440, 900)
        window.state.selected = "DEU"
        country = _text(export_brief(window, tmp_path / "deu.pdf"))
        window.state.selected = None
        window.state.place = "region:Africa"
        place = _text(export_brief(window, tmp_path / "africa.pdf"))
    today = date_text(date.today(), "fr")  # "6 décembre 2026"
    assert f"le {today}." in country and f"le {today}." in place
    assert "Victimes de la traite détectées, 2021" in place
    assert VICTIMS not in place


def _text(path) -> str:
    page = pypdf.PdfReader(path).pages[0]
    return " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())


def test_the_brief_s_map_shows_all_of_the_country_and_its_partners(window, tmp_path, monkeypatch):
    """The map box is wide; a tall frame (Nigeria with the European ends of its flows)
    used to fill its width and lose its bottom: the country itself."""
    from explorer.render.map.painter import scene_to_target
    from explorer.ui.export import brief_page

    painted = []

    def spy(painter, picture, target, source, strokes, expand=False):
        painted.append((QRectF(target), QRectF(source), expand))

    monkeypatch.setattr(brief_page, "paint_map", spy)
    for iso3 in ("NGA", "DEU", "CHL"):
        window.state.selected = iso3
        frame = window.map_view.frame_of(iso3, window.flows.partners(iso3))
        export_brief(window, tmp_path / f"{iso3}.pdf")
        target, source, expand = painted[-1]
        transform, _ = scene_to_target(target, source, expand)
        seen = transform.inverted()[0].mapRect(target)
        grace = 1e-6 * max(frame.width(), frame.height())
        assert seen.adjusted(-grace, -grace, grace, grace).contains(frame), iso3
