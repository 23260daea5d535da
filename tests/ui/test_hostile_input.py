"""A hostile dataset through every view, tooltip and dialog: shown literally, inert, elided.

The strings (tests/ui/hostile.py) hold markup, script, ``javascript:`` links,
a right-to-left override, 10,000-character words, emoji and NUL bytes. What a
user must see: the characters themselves (never bold text or an image), no
NUL and no reversed text, and windows, docks and dialogs that still fit a
laptop screen. The exports are in test_hostile_exports.py.
"""

from __future__ import annotations

import pytest
from hostile import (
    COUNTRY_NAMES,
    DATASET_NAME,
    HOSTILE_INDICATOR,
    IMG,
    LINK,
    LONG_WORD,
    MARKUP,
    SCRIPT,
    VICTIMS,
    hostile_countries,
    hostile_dataset,
)
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QScrollArea, QToolTip

from explorer.core.data.breakdown import Breakdown
from explorer.core.geo.countries import PROJECTIONS
from explorer.core.view.state import ViewState
from explorer.io.importing.report import ImportReport, RejectedRow
from explorer.ui.common.plain_text import (
    LINE_LIMIT,
    TEXT_LIMIT,
    TOOLTIP_LIMIT,
    literal_text,
    tooltip_html,
)
from explorer.ui.workspace.provenance_dialog import ProvenanceDialog
from explorer.ui.workspace.report_dialog import ImportReportDialog

#: Wider than this, a window or dialog no longer fits a common laptop screen.
LAPTOP_WIDTH = 1366
CRS = PROJECTIONS["Equal Earth"]
BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _harmless(text: str) -> None:
    """What a widget shows: no NUL, no direction override, no 10,000-character run."""
    assert "\x00" not in text
    assert not BIDI_CONTROLS & set(text), "a direction override reached the screen"
    assert LONG_WORD not in text


def _rendered(markup: str) -> str:
    """What a rich-text surface (tooltip, message box) displays for ``markup``."""
    document = QTextDocument()
    document.setHtml(markup)
    return document.toPlainText()


def _scrolls_sideways(widget) -> bool:
    return any(s.horizontalScrollBar().maximum() > 0 for s in widget.findChildren(QScrollArea))


@pytest.fixture(scope="module")
def hostile(dataset, projected_countries):
    return hostile_dataset(dataset), hostile_countries(projected_countries)


@pytest.fixture
def window_h(qtbot, hostile):
    """The main window on the hostile dataset, at a laptop's size."""
    from explorer.ui.window.main_window import MainWindow

    data, countries = hostile
    state = ViewState(indicator=VICTIMS, year=data.years(VICTIMS)[-1], breakdown=Breakdown.TOTAL)
    window = MainWindow(data, countries, CRS, state)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_window_title_and_status_bar_show_the_name_inertly(window_h):
    title = window_h.windowTitle()
    _harmless(title)
    assert "<img src=x" in title  # the characters, literally
    assert len(title) < LINE_LIMIT + 60
    label = window_h.status.dataset_label
    assert label.textFormat() == Qt.TextFormat.PlainText
    _harmless(label.text())
    assert window_h.minimumSizeHint().width() <= LAPTOP_WIDTH
    assert window_h.width() <= LAPTOP_WIDTH


@pytest.mark.parametrize("iso3", sorted(COUNTRY_NAMES))
def test_the_country_panel_shows_each_label_as_text_and_keeps_its_width(window_h, iso3):
    window_h.state.selected = iso3
    panel = window_h.detail_panel
    labels = panel.findChildren(QLabel)
    assert all(lab.textFormat() == Qt.TextFormat.PlainText for lab in labels if lab.text())
    name = panel.name_label.text()
    _harmless(name)
    if iso3 == "BRA":
        assert name.startswith(IMG)  # shown, not an image
    for label in labels:
        _harmless(label.text())
    QApplication.processEvents()
    assert panel.width() <= window_h.width() // 2
    assert not _scrolls_sideways(panel), "a long label made the panel scroll sideways"


def test_the_activities_view_shows_titles_partners_and_descriptions_literally(window_h):
    window_h.state.selected = "BRA"
    view = window_h.detail_panel.activities
    titles = view.visible_titles()
    assert len(titles) == 9
    assert IMG in titles and SCRIPT in titles and MARKUP in titles
    for title in titles:
        _harmless(title)
    model = view.proxy
    for row in range(model.rowCount()):
        tip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
        shown_tip = _rendered(tip)
        assert "\x00" not in shown_tip and len(shown_tip) <= TOOLTIP_LIMIT
        title = model.data(model.index(row, 0))
        assert shown_tip.rstrip("…") == title[: len(shown_tip.rstrip("…"))]
    view.table.selectRow(0)
    detail = view.detail_label.text()
    assert view.detail_label.textFormat() == Qt.TextFormat.PlainText
    assert LINK in detail and SCRIPT in detail
    _harmless(detail)
    assert len(detail) < 3 * TEXT_LIMIT
    QApplication.processEvents()
    assert not _scrolls_sideways(window_h.detail_panel)


def test_the_flows_panel_and_flow_tooltip_name_hostile_countries_literally(window_h):
    window_h.state.selected = "DEU"
    flows = window_h.detail_panel.flows
    text = flows.text()
    _harmless(text)
    tables = [table for _d, _t, table, _n in flows.sections]
    cells = [table.item(r, 0).text() for table in tables for r in range(table.rowCount())]
    assert cells, "Germany has flows in the demo data"
    for cell in cells:
        _harmless(cell)
    drawn = window_h.flows.view.drawn
    flow = drawn[(drawn["destination"] == "DEU") | (drawn["origin"] == "DEU")].iloc[0]
    tip = _rendered(tooltip_html(window_h.flows.flow_text(flow)))
    _harmless(tip)
    assert all(len(line) <= TOOLTIP_LIMIT for line in tip.splitlines())


@pytest.mark.parametrize("iso3", ["BRA", "DEU", "ITA"])
def test_map_tooltips_are_literal_and_no_wider_than_the_screen(window_h, qtbot, iso3):
    view = window_h.map_view
    point = view.mapFromScene(view.label_points[iso3])
    qtbot.mouseMove(view.viewport(), point + QPoint(0, 40))
    qtbot.mouseMove(view.viewport(), point)
    text = view.tooltip_text(iso3)
    shown = _rendered(tooltip_html(text))
    assert shown.splitlines()[0].startswith(
        COUNTRY_NAMES[iso3][: TOOLTIP_LIMIT - 1].replace("\x00", "␀")
    )
    _harmless(shown)
    QToolTip.showText(view.mapToGlobal(point), tooltip_html(text), view)
    tips = [w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel") and w.isVisible()]
    assert tips
    screen = view.screen().availableGeometry().width()
    assert max(t.width() for t in tips) <= max(screen, LAPTOP_WIDTH)
    QToolTip.hideText()
    _harmless(window_h.status.hover_label.text())


def test_search_completions_are_inert_and_still_find_the_country(window_h):
    completer = window_h.search_box.completer()
    entries = [completer.model().index(r, 0).data() for r in range(completer.model().rowCount())]
    hostile_entries = [e for e in entries if e.endswith(tuple(f"({c})" for c in COUNTRY_NAMES))]
    assert len(hostile_entries) == len(COUNTRY_NAMES)
    for entry in hostile_entries:
        _harmless(entry)
        assert len(entry) <= LINE_LIMIT + 8
    germany = next(e for e in hostile_entries if e.endswith("(DEU)"))
    assert window_h.search_box.search(germany) == "DEU"
    window_h.search_box.search(IMG + " nowhere")
    assert _rendered(window_h.search_box.toolTip()).startswith("No country matches")


def test_a_hostile_indicator_keeps_the_toolbar_and_the_legend_in_bounds(window_h, qtbot):
    box = window_h.controls.indicator_box
    index = box.findData(HOSTILE_INDICATOR)
    assert index >= 0
    _harmless(box.itemText(index))
    box.setCurrentIndex(index)
    assert window_h.state.indicator == HOSTILE_INDICATOR
    view = window_h.map_view
    view.viewport().repaint()
    legends = list(view._legends._images.values())
    assert legends
    assert max(image.width() / image.devicePixelRatio() for image in legends) <= (
        view.viewport().width()
    )
    assert window_h.minimumSizeHint().width() <= LAPTOP_WIDTH
    assert window_h.toolbar.sizeHint().width() <= LAPTOP_WIDTH


def test_the_provenance_dialog_shows_every_field_literally_and_fits(qtbot, hostile):
    data, _countries = hostile
    dialog = ProvenanceDialog(data)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = dialog.findChildren(QLabel)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    shown = "\n".join(label.text() for label in labels)
    assert MARKUP in shown and SCRIPT in shown and LINK in shown
    _harmless(shown)
    _harmless(dialog.windowTitle())
    assert dialog.width() <= LAPTOP_WIDTH
    assert "ab" * 32 in shown  # the checksum whole, copyable
    assert DATASET_NAME in dialog.text()  # what "copy" gives keeps the data whole


def test_the_import_report_dialog_shows_file_text_literally_and_fits(qtbot):
    raw = {"country": IMG, "value": LONG_WORD, "note": SCRIPT + "\x00"}
    report = ImportReport(
        file_name=IMG + ".xlsx",
        rows_read=3,
        rows_imported=1,
        rejected=[RejectedRow(row=2, reason=MARKUP, raw=raw)],
        implausible=[RejectedRow(row=3, reason=LINK, raw=raw)],
        unresolved={IMG: 12, LONG_WORD: 3, "Evil\u202etxt": 1},
        fuzzy=[(SCRIPT, "NGA", 91.0)],
    )
    dialog = ImportReportDialog(report, {"NGA": "Nigeria"})
    qtbot.addWidget(dialog)
    dialog.show()
    _harmless(dialog.windowTitle())
    assert dialog.windowTitle().endswith(IMG + ".xlsx")
    cells = [
        table.item(r, c).text()
        for table in (dialog.rejected_table, dialog.unresolved_table, dialog.fuzzy_table)
        for r in range(table.rowCount())
        for c in range(table.columnCount())
        if table.item(r, c) is not None
    ]
    assert MARKUP in cells and IMG in cells and SCRIPT in cells
    for cell in cells:
        _harmless(cell)
    tip = dialog.rejected_table.item(0, 2).toolTip()
    assert "<img" not in tip.replace("&lt;img", "")  # escaped, never a tag
    _harmless(_rendered(tip))
    assert dialog.width() <= LAPTOP_WIDTH


def test_message_boxes_show_a_hostile_name_literally(qtbot):
    box = QMessageBox(QMessageBox.Icon.Warning, "t", literal_text(f"Remove {IMG} now?"))
    qtbot.addWidget(box)
    label = next(lab for lab in box.findChildren(QLabel) if "img" in lab.text())
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())
    )
    shown = _rendered(label.text()).strip() if rich else label.text()
    assert shown == f"Remove {IMG} now?"
    # Without literal_text the box would draw the tag (Qt guesses markup):
    assert GuiQt.mightBeRichText(f"Remove {IMG} now?")
