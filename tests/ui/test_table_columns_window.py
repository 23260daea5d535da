"""A country sheet with several figures in the window: value check boxes, the Columns tab,
an import with nothing in it, and renaming a dataset."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog

from explorer.io.workspace.store import load_workspace
from tests.io.test_indicator_table import write_csv
from tests.io.test_value_columns import COLUMNS, EST, HEADER, POP, PREV, ROWS
from tests.ui.test_workspace_session import _open


@pytest.fixture
def messages(warnings_shown) -> list[str]:
    return warnings_shown


@pytest.fixture
def window(qtbot, tmp_path, messages):
    return _open(qtbot, tmp_path / "w.sqlite")


def _import(qtbot, window, path) -> None:
    job = window.context.session.start_import(path)
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=60_000):
        pass


def _import_sheet(qtbot, window, tmp_path) -> None:
    """The sheet has no year column: the mapping dialog asks, every figure column ticked."""
    _import(qtbot, window, write_csv(tmp_path / "slavery_index.csv", [HEADER, *ROWS]))
    dialog = window.context.session.mapping_dialog
    assert dialog.isVisible()
    ticked = {column: box.isChecked() for column, box in dialog.value_checks.items()}
    assert ticked == {"Region": False, POP: True, PREV: True, EST: True, "Notes": False}
    dialog.year_box.setValue(2023)
    with qtbot.waitSignal(dialog.mapping_chosen):
        dialog._accept()
    with qtbot.waitSignal(window.context.session.job.done, timeout=60_000):
        pass


def test_every_ticked_column_is_an_indicator_and_the_report_lists_the_columns(
    qtbot, window, tmp_path, messages
):
    _import_sheet(qtbot, window, tmp_path)
    assert not messages
    assert window.dataset.name == "slavery_index"
    stored = window.context.session.workspace.dataset("slavery_index")
    assert stored.indicators() == [POP, PREV, EST]
    shown = window.dataset.indicators()  # with what the window derives from them
    assert f"{EST}: regional total" in shown and f"{PREV}: regional total" not in shown
    report = window.context.session.report_dialog
    titles = [report.tabs.tabText(i) for i in range(report.tabs.count())]
    assert titles[0] == "Columns (7)"
    table = report.columns_table
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    assert rows == COLUMNS
    assert not report.nothing_warning.isVisible()


def test_an_unticked_column_is_not_imported(qtbot, window, tmp_path):
    _import(qtbot, window, write_csv(tmp_path / "slavery_index.csv", [HEADER, *ROWS]))
    dialog = window.context.session.mapping_dialog
    dialog.value_checks[POP].setChecked(False)
    dialog.year_box.setValue(2023)
    with qtbot.waitSignal(dialog.mapping_chosen):
        dialog._accept()
    with qtbot.waitSignal(window.context.session.job.done, timeout=60_000):
        pass
    assert window.context.session.workspace.dataset("slavery_index").indicators() == [PREV, EST]


def test_an_import_with_nothing_in_it_shows_why_and_adds_no_dataset(qtbot, window, tmp_path):
    rows = [["Country", "Year", "Value"], ["Atlantis", "2020", "1"], ["Mu", "2021", "2"]]
    _import(qtbot, window, write_csv(tmp_path / "nothing.csv", rows))
    report = window.context.session.report_dialog
    assert report.isVisible() and report.nothing_warning.isVisible()
    assert report.nothing_warning.text() == (
        "Nothing was imported from nothing.csv, and no dataset was added: every row was "
        "rejected: country not understood (2 rows). Nothing was stored; see the report for "
        "each row."
    )
    assert window.context.session.workspace.names() == []
    assert window.dataset.is_synthetic
    assert (
        not (tmp_path / "w.sqlite").exists() or load_workspace(tmp_path / "w.sqlite").names() == []
    )


def test_rename_dataset_is_in_the_datasets_menu_and_stored(
    qtbot, window, tmp_path, messages, monkeypatch
):
    session = window.context.session
    labels = [a.text() for a in session.menu.datasets_menu.actions()]
    assert "Re&name dataset…" in labels
    assert not session.menu.rename_action.isEnabled()  # the demo is built in
    _import_sheet(qtbot, window, tmp_path)
    assert session.menu.rename_action.isEnabled()
    answers = iter([("Global Slavery Index 2023", True), ("  ", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(answers))
    session.menu.rename_action.trigger()
    assert window.dataset.name == "Global Slavery Index 2023"
    assert "Global Slavery Index 2023" in window.windowTitle()
    assert "Global Slavery Index 2023" in [a.text() for a in session.menu.datasets_menu.actions()]
    stored = load_workspace(tmp_path / "w.sqlite")
    assert stored.names() == ["Global Slavery Index 2023"]
    assert set(stored.datasets[0].observations["dataset"]) == {"Global Slavery Index 2023"}
    assert "Global Slavery Index 2023" in stored.reports  # the report follows the name
    session.menu.rename_action.trigger()  # a blank name is refused
    assert messages == ["Not renamed: A dataset needs a name of its own."]
    assert window.dataset.name == "Global Slavery Index 2023"
