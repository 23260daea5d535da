"""The import report dialog as a user reads and works it: counts, rows, aliases, export."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from explorer.core.names.keys import normalise
from explorer.io.importing.report import Conflict, ImportReport, RejectedRow
from explorer.ui.workspace.report_dialog import MAX_ALIAS_COMBOS, ImportReportDialog

NAMES = {"ERI": "Eritrea", "ETH": "Ethiopia", "ALA": "Åland Islands", "NGA": "Nigeria"}
FORMULA = '=HYPERLINK("http://x.example","click")'
BOLD = "<b>bold</b>"


def _report(**changes) -> ImportReport:
    values = dict(
        file_name="glotip <img src=x> 2024.xlsx",
        rows_read=10,
        rows_imported=8,
        rejected=[
            RejectedRow(12, "origin missing", {"Country": FORMULA, "Value": "3"}),
            RejectedRow(9, "value implausible", {"Country": "Chad", "Value": "9999999"}),
        ],
        duplicates_collapsed=1,
        conflicts=[Conflict(("TCD", "2020", "Total"), [4, 5], ["3", "7"], "7")],
        implausible=[RejectedRow(9, "value implausible", {"Country": "Chad", "Value": "9999999"})],
        unresolved={"Erithera": 120.0, "Other Africa xyz": 7.0, BOLD: 1.0},
        fuzzy=[("Etiopia", "ETH", 91.25)],
        resolved_share=0.93,
    )
    values.update(changes)
    return ImportReport(**values)


@pytest.fixture
def make_dialog(qtbot):
    def make(report: ImportReport | None = None, aliases=None) -> ImportReportDialog:
        dialog = ImportReportDialog(report or _report(), NAMES, aliases)
        qtbot.addWidget(dialog)
        return dialog

    return make


def _column(table, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def _tab_titles(dialog: ImportReportDialog) -> list[str]:
    return [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]


def test_title_summary_and_tab_counts(make_dialog):
    dialog = make_dialog()
    assert dialog.windowTitle() == "Import report: glotip <img src=x> 2024.xlsx"
    summary = dialog.summary_label
    assert summary.text() == _report().summary()
    assert "10 rows read = 8 imported + 2 rejected" in summary.text()
    assert summary.textFormat() == Qt.TextFormat.PlainText  # the file name holds markup
    assert summary.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert dialog.balance_warning.isHidden()
    assert _tab_titles(dialog) == [
        "Rejected rows (2)",
        "Groups of rows (1)",
        "Contradictions (0)",
        "Implausible values (1)",
        "Unresolved labels (3)",
        "Fuzzy matches (1)",
    ]
    help_texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(text.startswith("Origins no rule understood") for text in help_texts)


def test_rejected_rows_show_source_values_verbatim_and_sort_by_number(make_dialog):
    dialog = make_dialog()
    table = dialog.rejected_table
    assert [table.horizontalHeaderItem(c).text() for c in range(3)] == [
        "Row",
        "Reason",
        "Source values",
    ]
    assert table.item(0, 0).text() == "12"  # the report's order, not sorted
    assert table.item(0, 1).text() == "origin missing"
    assert table.item(0, 2).text() == f"Country={FORMULA}; Value=3"
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _column(table, 0) == ["9", "12"]  # numeric: as text "12" < "9"


def test_conflict_implausible_and_fuzzy_tables(make_dialog):
    dialog = make_dialog()
    conflicts = dialog.conflicts_table
    assert [conflicts.item(0, c).text() for c in (0, 1, 2, 4)] == [
        "4 5",
        "TCD | 2020 | Total",
        "3 7",
        "7",
    ]
    assert conflicts.horizontalHeaderItem(4).text() == "Shown on the map"
    assert conflicts.cellWidget(0, 3).currentData() == "repeats"  # the rule, to choose
    implausible = dialog.implausible_table
    assert [implausible.item(0, c).text() for c in range(3)] == [
        "9",
        "value implausible",
        "Country=Chad; Value=9999999",
    ]
    fuzzy = dialog.fuzzy_table
    assert [fuzzy.item(0, c).text() for c in range(3)] == ["Etiopia", "Ethiopia (ETH)", "91.2"]


def test_fuzzy_result_without_a_name_shows_raw(make_dialog):
    dialog = make_dialog(_report(fuzzy=[("Westafrica", "REGION:Western Africa", 88.0)]))
    assert dialog.fuzzy_table.item(0, 1).text() == "REGION:Western Africa"
    assert dialog.fuzzy_table.item(0, 2).text() == "88.0"


def test_unresolved_labels_largest_first_with_markup_as_text(make_dialog):
    dialog = make_dialog(_report(unresolved={"Big": 1234.0, "Half": 2.5, BOLD: 1.0}))
    table = dialog.unresolved_table
    assert _column(table, 0) == ["Big", "Half", BOLD]
    assert _column(table, 1) == ["1,234", "2.5", "1"]
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert _column(table, 0) == [BOLD, "Half", "Big"]  # numeric: "1,234" is the largest


def test_combo_lists_classes_then_countries_by_name(make_dialog):
    dialog = make_dialog()
    combo = dialog.unresolved_table.cellWidget(0, 2)
    items = [(combo.itemText(i), combo.itemData(i, Qt.ItemDataRole.UserRole)) for i in range(6)]
    assert items == [
        ("", ""),
        ("Own nationals (DOMESTIC)", "DOMESTIC"),
        ("Unknown (UNKNOWN)", "UNKNOWN"),
        ("Åland Islands (ALA)", "ALA"),  # accent-free order: with the A's
        ("Eritrea (ERI)", "ERI"),
        ("Ethiopia (ETH)", "ETH"),
    ]
    completer = combo.completer()
    assert completer.filterMode() == Qt.MatchFlag.MatchContains
    assert completer.caseSensitivity() == Qt.CaseSensitivity.CaseInsensitive
    assert combo.isEditable()


def test_choosing_a_country_enables_apply_and_emits(make_dialog, qtbot):
    dialog = make_dialog()
    assert not dialog.apply_button.isEnabled()
    assert dialog.chosen_aliases() == {}
    combo = dialog.unresolved_table.cellWidget(0, 2)
    combo.setCurrentIndex(combo.findText("Eritrea (ERI)"))
    assert dialog.apply_button.isEnabled()
    assert dialog.chosen_aliases() == {"Erithera": "ERI"}
    with qtbot.waitSignal(dialog.aliases_chosen, timeout=1000) as blocker:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [{"Erithera": "ERI"}]
    assert not dialog.apply_button.isEnabled()  # applied: nothing new to apply


def test_typed_text_resolves_or_counts_as_no_choice(make_dialog):
    dialog = make_dialog()
    combo = dialog.unresolved_table.cellWidget(1, 2)
    combo.setEditText("unknown (unknown)")
    assert dialog.chosen_aliases() == {"Other Africa xyz": "UNKNOWN"}
    combo.setEditText("nigeria")
    assert dialog.chosen_aliases() == {"Other Africa xyz": "NGA"}
    combo.setEditText("Atlantis")
    assert dialog.chosen_aliases() == {}
    assert not dialog.apply_button.isEnabled()


def test_existing_alias_is_preselected_and_apply_waits_for_a_change(make_dialog):
    dialog = make_dialog(aliases={normalise("Erithera"): "ERI"})
    combo = dialog.unresolved_table.cellWidget(0, 2)
    assert combo.currentText() == "Eritrea (ERI)"
    assert dialog.chosen_aliases() == {"Erithera": "ERI"}
    assert not dialog.apply_button.isEnabled()
    combo.setCurrentIndex(combo.findText("Ethiopia (ETH)"))
    assert dialog.apply_button.isEnabled()
    assert dialog.chosen_aliases() == {"Erithera": "ETH"}


def test_existing_alias_to_an_unlisted_result_stays_choosable(make_dialog):
    dialog = make_dialog(aliases={normalise("Other Africa xyz"): "REGION:Africa"})
    combo = dialog.unresolved_table.cellWidget(1, 2)
    assert combo.currentText() == "REGION:Africa"
    assert dialog.chosen_aliases() == {"Other Africa xyz": "REGION:Africa"}


def test_combos_follow_their_rows_when_sorted(make_dialog):
    dialog = make_dialog()
    table = dialog.unresolved_table
    table.cellWidget(0, 2).setCurrentIndex(1)  # Erithera -> DOMESTIC
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _column(table, 0) == [BOLD, "Erithera", "Other Africa xyz"]
    assert table.cellWidget(1, 2).currentText() == "Own nationals (DOMESTIC)"
    assert dialog.chosen_aliases() == {"Erithera": "DOMESTIC"}


def test_enter_in_a_combo_presses_no_button(make_dialog, qtbot, monkeypatch):
    asked = []  # a pressed Export would open a (blocking) file dialog
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: asked.append(a)))
    dialog = make_dialog()
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = dialog.unresolved_table.cellWidget(0, 2)
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), "Eritrea (ERI)")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert asked == []
    assert dialog.chosen_aliases() == {"Erithera": "ERI"}


def test_export_csv_writes_the_report(make_dialog, tmp_path):
    dialog = make_dialog()
    target = dialog.export_csv(tmp_path / "out.csv")
    text = target.read_text(encoding="utf-8-sig")
    assert "unresolved" in text
    assert "Erithera" in text
    assert dialog.suggested_csv_name() == "glotip <img src=x> 2024-import-report.csv"


def test_export_button_saves_where_chosen(make_dialog, tmp_path, monkeypatch):
    dialog = make_dialog()
    seen = {}

    def ask(parent, caption, suggestion, filters):
        seen["suggestion"] = suggestion
        return str(tmp_path / "chosen"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    dialog.export_button.click()
    assert seen["suggestion"].endswith("-import-report.csv")
    assert "Erithera" in (tmp_path / "chosen.csv").read_text(encoding="utf-8-sig")


def test_export_failure_is_shown_not_raised(make_dialog, tmp_path, monkeypatch):
    dialog = make_dialog()
    warnings = []
    missing = tmp_path / "no such folder" / "report.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(missing), "")))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warnings.append(a)))
    dialog.export_button.click()
    assert len(warnings) == 1
    assert warnings[0][1] == "Export failed"
    assert str(missing) in warnings[0][2]
    assert not missing.exists()
    with pytest.raises(OSError):
        dialog.export_csv(missing)


def test_unbalanced_report_shows_a_red_warning(make_dialog):
    dialog = make_dialog(_report(rows_read=11))
    dialog.show()
    warning = dialog.balance_warning
    assert warning.isVisible()
    assert warning.text().startswith("Rows do not add up: 11 rows read, but 8 imported + 2")
    assert "#b00020" in warning.styleSheet()


def test_many_rejected_rows_fill_quickly(make_dialog):
    rejected = [
        RejectedRow(n, "origin missing", {"Country": f"c{n}", "Value": "1"})
        for n in range(2000, 0, -1)
    ]
    start = time.perf_counter()
    dialog = make_dialog(_report(rows_read=2008, rejected=rejected))
    elapsed = time.perf_counter() - start
    table = dialog.rejected_table
    assert table.rowCount() == 2000
    assert table.item(0, 0).text() == "2000"  # the report's order
    assert elapsed < 5, elapsed  # generous: a slow CI machine, yet far from per-row re-sorting


def test_only_the_first_labels_get_combos_but_all_are_listed(make_dialog):
    count = MAX_ALIAS_COMBOS + 20
    unresolved = {f"label {n}": float(count - n) for n in range(count)}
    dialog = make_dialog(_report(unresolved=unresolved))
    table = dialog.unresolved_table
    assert table.rowCount() == count
    assert dialog.tabs.tabText(4) == f"Unresolved labels ({count})"
    assert table.cellWidget(MAX_ALIAS_COMBOS - 1, 2) is not None
    assert table.cellWidget(MAX_ALIAS_COMBOS, 2) is None
    assert table.item(count - 1, 0).text() == f"label {count - 1}"


def test_empty_report_opens(make_dialog):
    dialog = make_dialog(
        ImportReport(file_name=str(Path("data") / "empty.csv"), rows_read=0, rows_imported=0)
    )
    assert _tab_titles(dialog)[0] == "Rejected rows (0)"
    assert dialog.rejected_table.rowCount() == 0
    assert not dialog.apply_button.isEnabled()
