"""Text from files shows as text: no markup is interpreted in labels or tooltips."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from explorer.ui.plain_text import plain_label, tooltip_html
from explorer.ui.search_box import CountryFinder

HOSTILE = "<b>x</b><img src=x onerror=alert(1)>"


def test_plain_label_shows_markup_literally(qtbot):
    label = plain_label(HOSTILE)
    qtbot.addWidget(label)
    assert label.text() == HOSTILE
    assert label.textFormat().name == "PlainText"


def test_tooltip_markup_renders_back_to_the_same_characters(qapp):
    document = QTextDocument()
    document.setHtml(tooltip_html(HOSTILE + "\nsecond line"))
    assert document.toPlainText().splitlines() == [HOSTILE, "second line"]


def test_country_finder_rules():
    finder = CountryFinder({"CIV": "Côte d'Ivoire", "NER": "Niger", "NGA": "Nigeria"})
    assert finder.find("cote") == "CIV"
    assert finder.find("NGA") == "NGA"
    assert finder.find("niger") == "NER"  # the exact name beats the longer prefix match
    assert finder.find("Nigeria (NGA)") == "NGA"
    assert finder.find("geri") == "NGA"
    assert finder.find("   ") is None
