"""The country brief and the copied text, read back as a user would."""

from __future__ import annotations

import unicodedata

import pypdf
from PySide6.QtGui import QGuiApplication

VICTIMS = "Detected trafficking victims"


def test_brief_is_one_a4_page_with_the_country_and_its_figures(window, tmp_path):
    window.state.year = 2021
    window.state.selected = "DEU"
    path = window.export_brief(tmp_path / "brief.pdf")
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
    copied = window.copy_country_text()
    assert QGuiApplication.clipboard().text() == copied
    assert copied.startswith("Germany\n")
    assert "Change since" in copied


def test_brief_and_copy_need_a_selected_country(window):
    window.state.selected = None
    assert not window.brief_action.isEnabled() and not window.copy_action.isEnabled()
    window.state.selected = "BRA"
    assert window.brief_action.isEnabled()
