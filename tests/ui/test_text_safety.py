"""Text from files shows as text: no markup is interpreted in labels or tooltips."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from explorer.ui.common.plain_text import plain_label, tooltip_html
from explorer.ui.window.search_box import CountryFinder

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


def test_shown_makes_controls_visible_drops_overrides_and_elides():
    from explorer.ui.common.plain_text import shown

    assert shown("nul\x00byte\ttab\nline") == "nul␀byte\ttab\nline"
    assert shown("Evil\u202etxt.exe") == "Eviltxt.exe"
    assert shown("\u2067قطر\u2069 (QAT)") == "قطر (QAT)"  # letters keep their own direction
    long = shown("W" * 10_000, limit=300)
    assert len(long) == 300 and long.endswith("…")
    assert shown("Côte d'Ivoire 🚩 Ñandú") == "Côte d'Ivoire 🚩 Ñandú"


def test_menu_text_keeps_an_ampersand_and_one_line():
    from explorer.ui.common.plain_text import menu_text

    assert menu_text("Trafficking & smuggling\n2024") == "Trafficking && smuggling 2024"


def test_literal_text_is_shown_literally_by_a_surface_that_guesses_markup(qapp):
    from PySide6.QtGui import Qt as GuiQt

    from explorer.ui.common.plain_text import literal_text

    assert literal_text("Workspace /tmp/a.sqlite not saved") == "Workspace /tmp/a.sqlite not saved"
    markup = literal_text(f"Remove {HOSTILE} now?")
    assert GuiQt.mightBeRichText(markup)
    document = QTextDocument()
    document.setHtml(markup)
    assert document.toPlainText() == f"Remove {HOSTILE} now?"


def test_a_long_word_in_a_wrapped_label_does_not_widen_its_parent(qtbot):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from explorer.ui.common.plain_text import wrap

    parent = QWidget()
    qtbot.addWidget(parent)
    layout = QVBoxLayout(parent)
    layout.addWidget(wrap(plain_label("W" * 300)))
    layout.addWidget(wrap(plain_label("short words wrap as before " * 20)))
    assert parent.minimumSizeHint().width() < 200


def test_tooltip_lines_are_elided():
    from explorer.ui.common.plain_text import TOOLTIP_LIMIT

    document = QTextDocument()
    document.setHtml(tooltip_html("W" * 10_000 + "\nshort"))
    first, second = document.toPlainText().splitlines()
    assert len(first) == TOOLTIP_LIMIT and first.endswith("…")
    assert second == "short"


def test_a_path_in_a_right_to_left_message_keeps_its_order(qapp):
    """In Arabic, "/work/out/map.png" in a status message must not read "map.png/out/work/":
    the path is isolated left to right; in a left-to-right interface it is left as it is."""
    from PySide6.QtCore import Qt

    from explorer.ui.common.plain_text import LRI, PDI, shown_path

    assert shown_path("/work/out/map.png") == "/work/out/map.png"
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        assert shown_path("/work/out/map.png") == f"{LRI}/work/out/map.png{PDI}"
        assert shown_path(f"/work/{LRI}x") == f"{LRI}/work/x{PDI}"  # the file's own isolates go
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
