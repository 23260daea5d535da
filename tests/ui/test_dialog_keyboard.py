"""Keyboard-only and screen-reader use of the dialogs: each takes the keyboard when it
opens, Tab cycles inside it, and every control in it (and in the window) has a name."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from explorer.ui.editions.window import EditionsWindow
from explorer.ui.export.dialog import ExportDialog
from explorer.ui.map.compare_years import CompareYearsDialog
from explorer.ui.map.side_by_side import SideBySideWindow
from explorer.ui.workspace.provenance_dialog import ProvenanceDialog
from tests.io.refugee_tables import HEADER, ROWS
from tests.io.refugee_tables import write_csv as write_table
from tests.io.test_glotip import row
from tests.io.test_glotip import write_csv as write_glotip
from tests.ui.accessible_names import unnamed_controls

TABS = 12  # more than the controls of the smaller dialogs: Tab goes round at least once


@pytest.fixture
def win(full_window, warnings_shown):
    """The full window with a country selected (the panel shows all its controls)."""
    full_window.show_country("BRA")
    return full_window


def _shown(kind: type[QDialog]) -> QDialog:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def _imported(qtbot, window, path) -> None:
    job = window.context.session.start_import(path)
    with qtbot.waitSignal(job.done, timeout=60_000):
        pass


def export_dialog(window, qtbot, tmp_path) -> QDialog:
    qtbot.keyClick(window.map_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    return _shown(ExportDialog)


def about_dialog(window, qtbot, tmp_path) -> QDialog:
    window.context.help.about_action.trigger()
    return window.context.help.dialogs["about"]


def shortcuts_dialog(window, qtbot, tmp_path) -> QDialog:
    window.context.help.shortcuts_action.trigger()
    return window.context.help.dialogs["shortcuts"]


def provenance_dialog(window, qtbot, tmp_path) -> QDialog:
    window.context.session.menu.provenance_action.trigger()
    return _shown(ProvenanceDialog)


def source_rows_dialog(window, qtbot, tmp_path) -> QDialog:
    window.source_rows.show_current()
    return window.source_rows.last_dialog


def group_dialog(window, qtbot, tmp_path) -> QDialog:
    return window.edit_place_group()


def import_report(window, qtbot, tmp_path) -> QDialog:
    _imported(qtbot, window, write_glotip(tmp_path / "glotip.csv", [row(), row(iso3="ITA")]))
    return window.context.session.report_dialog


def mapping_dialog(window, qtbot, tmp_path) -> QDialog:
    header = ["Year", "Born in", "Born in (ISO)", "Lives in", "Lives in (ISO)", *HEADER[5:]]
    _imported(qtbot, window, write_table(tmp_path / "people.csv", header, ROWS))
    return window.context.session.mapping_dialog


OPENERS: list[Callable] = [
    export_dialog,
    about_dialog,
    shortcuts_dialog,
    provenance_dialog,
    source_rows_dialog,
    group_dialog,
    import_report,
    mapping_dialog,
]


def _inside(dialog: QDialog) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is dialog or dialog.isAncestorOf(focus))


def _where(widget: QWidget | None) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r}" if widget else "nothing"


@pytest.mark.parametrize("opener", OPENERS, ids=lambda f: f.__name__)
def test_a_dialog_takes_the_keyboard_and_tab_stays_inside_it(win, qtbot, tmp_path, opener):
    dialog = opener(win, qtbot, tmp_path)
    assert dialog.isVisible()
    assert dialog.windowModality() != Qt.WindowModality.NonModal  # the window behind waits
    qtbot.waitUntil(lambda: _inside(dialog), timeout=2000)
    for _ in range(TABS):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert _inside(dialog), f"Tab left the dialog for {_where(QApplication.focusWidget())}"


@pytest.mark.parametrize("opener", OPENERS, ids=lambda f: f.__name__)
def test_every_control_of_a_dialog_has_a_name_a_screen_reader_reads(win, qtbot, tmp_path, opener):
    dialog = opener(win, qtbot, tmp_path)
    assert unnamed_controls(dialog) == []


def test_every_control_of_the_window_has_a_name_a_screen_reader_reads(win):
    assert unnamed_controls(win) == []


def test_the_export_sizes_are_named_for_a_screen_reader(win, qtbot, tmp_path):
    page = export_dialog(win, qtbot, tmp_path).page_size
    names = [box.accessibleName() for box in (page.width_box, page.height_box, page.dpi_box)]
    assert names == ["Width", "Height", "Resolution (dots per inch)"]
    assert "Unit" in page.unit_box.accessibleName()


def test_every_control_of_the_companion_windows_has_a_name(win):
    """Windows kept open beside the map (not modal): editions, two maps, two years."""
    companions = [
        CompareYearsDialog(win),
        SideBySideWindow(win),
        EditionsWindow(win.editions, win.state, win.places, win.geometry, win),
    ]
    assert {type(w).__name__: unnamed_controls(w) for w in companions} == {
        type(w).__name__: [] for w in companions
    }
