"""The workspace in the window: import, report, aliases, datasets, files, restore at start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from explorer.io.workspace.store import load_workspace
from explorer.ui.window.app import LaunchOptions, build_window
from explorer.ui.workspace.damaged import CloseAnswer
from explorer.ui.workspace.import_job import ImportJob
from tests.io.test_glotip import row, write_csv

GLOTIP_NAME = "GLOTIP 30/05/2023"
ROWS = [
    row(iso3="DEU", value="494"),
    row(iso3="DEU", year="2019", value="480"),
    row(iso3="ITA", value="<5"),
    row(iso3="DEU", dim="by citizenship", cat="Bulgaria", value="51"),
    row(iso3="DEU", dim="by citizenship", cat="Roumanie", value="40"),
    row(iso3="DEU", dim="by citizenship", cat="Zzyzx Qwerty", value="30"),  # not a place
    row(iso3="DEU", sex="Male", value="n/a"),  # rejected: not a number
]


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    """Warnings the app would show in a message box (recorded instead of blocking)."""
    shown: list[str] = []

    def warning(parent, title, text, *args, **kwargs):
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def _open(qtbot, workspace: Path, **options):
    window = build_window(LaunchOptions(workspace=workspace, **options))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _import(qtbot, window, path: Path) -> None:
    job = window.context.session.start_import(path)
    assert job is not None
    assert window.context.session.progress_bar.isVisible()  # progress and Cancel while it runs
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass


@pytest.fixture
def imported(qtbot, tmp_path, messages):
    window = _open(qtbot, tmp_path / "w.sqlite")
    _import(qtbot, window, write_csv(tmp_path / "glotip.csv", ROWS))
    return window


def _fill_of(window, iso3: str) -> str:
    return window.map_view.items_by_iso3[iso3].brush().color().name()


def test_a_new_user_sees_the_demo_and_no_file_is_written(qtbot, tmp_path):
    window = _open(qtbot, tmp_path / "w.sqlite")
    assert window.dataset.is_synthetic
    window.close()
    assert not (tmp_path / "w.sqlite").exists()  # nothing to remember yet


def test_import_runs_in_the_background_then_shows_the_data_and_its_report(imported, tmp_path):
    window = imported
    assert window.dataset.name == GLOTIP_NAME
    assert not window.banner.isVisible()  # real data: no synthetic banner
    assert _fill_of(window, "DEU") != _fill_of(window, "FRA")  # Germany has a figure
    dialog = window.context.session.report_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.rejected_table.rowCount() == 1
    assert dialog.unresolved_table.item(0, 0).text() == "Zzyzx Qwerty"
    stored = load_workspace(tmp_path / "w.sqlite")
    assert stored.names() == [GLOTIP_NAME]
    assert stored.reports[GLOTIP_NAME].rows_read == len(ROWS)
    assert "GLOTIP 30/05/2023" in window.windowTitle()


def test_an_alias_from_the_report_moves_victims_out_of_unknown(imported, tmp_path):
    window = imported
    flows = window.dataset.flows
    assert not (flows["origin"] == "ERI").any()
    window.context.session.report_dialog.aliases_chosen.emit({"Zzyzx Qwerty": "ERI"})
    moved = window.dataset.flows.set_index("origin")
    assert moved.loc["ERI", "value"] == 30 and moved.loc["ERI", "destination"] == "DEU"
    assert "UNKNOWN" not in moved.index
    assert window.context.session.report_dialog.unresolved_table.rowCount() == 0
    stored = load_workspace(tmp_path / "w.sqlite")
    assert stored.aliases == {"zzyzx qwerty": "ERI"}
    assert (stored.dataset(GLOTIP_NAME).flows["origin"] == "ERI").any()


def test_the_alias_applies_to_the_next_import(imported, qtbot, tmp_path):
    window = imported
    window.context.session.apply_aliases({"Zzyzx Qwerty": "ERI"})
    _import(qtbot, window, write_csv(tmp_path / "again.csv", ROWS))
    assert (window.dataset.flows["origin"] == "ERI").any()
    assert window.context.session.report_dialog.unresolved_table.rowCount() == 0


def test_the_last_dataset_and_view_come_back_at_the_next_start(imported, qtbot, tmp_path):
    window = imported
    window.state.year = 2019
    window.state.selected = "DEU"
    window.flow_settings.top_n = 7
    window.close()
    again = _open(qtbot, tmp_path / "w.sqlite")
    assert again.dataset.name == GLOTIP_NAME
    assert (again.state.year, again.state.selected) == (2019, "DEU")
    assert again.flow_settings.top_n == 7
    assert again.detail_panel.text().startswith("Germany")


def test_datasets_menu_switches_and_remove_falls_back_to_the_demo(imported, tmp_path):
    window = imported
    labels = [a.text() for a in window.context.session.menu.datasets_menu.actions()]
    assert labels[1] == GLOTIP_NAME and labels[0].endswith("(synthetic)")
    window.context.session.menu.datasets_menu.actions()[0].trigger()
    assert window.dataset.is_synthetic and window.banner.isVisible()
    assert not window.context.session.menu.remove_action.isEnabled()  # the demo is built in
    window.context.session.show_dataset(GLOTIP_NAME)
    window.context.session.remove_dataset(GLOTIP_NAME)
    assert window.dataset.is_synthetic
    assert load_workspace(tmp_path / "w.sqlite").names() == []


def test_save_as_new_and_open_workspaces(imported, tmp_path):
    session = imported.context.session
    copy = tmp_path / "for-the-field.sqlite"
    assert session.save_as(copy)
    assert session.path == copy and load_workspace(copy).names() == [GLOTIP_NAME]
    assert session.new_workspace(tmp_path / "empty.sqlite")
    assert imported.dataset.is_synthetic and load_workspace(tmp_path / "empty.sqlite").names() == []
    assert session.open_workspace(copy)
    assert imported.dataset.name == GLOTIP_NAME


def test_provenance_dialog_names_file_checksum_and_counts(imported):
    text = imported.context.session.show_provenance().text()
    assert "File: glotip.csv" in text
    assert "SHA-256: " in text and "7 read = 6 imported + 1 rejected" in text
    assert "not a measure of prevalence" in text


def test_a_file_that_is_not_a_workbook_gets_a_message_and_nothing_changes(
    qtbot, tmp_path, messages
):
    window = _open(qtbot, tmp_path / "w.sqlite")
    fake = tmp_path / "photo.xlsx"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    _import(qtbot, window, fake)
    assert messages and messages[0].startswith("Import failed: photo.xlsx")
    assert window.dataset.is_synthetic and not (tmp_path / "w.sqlite").exists()


def test_a_damaged_workspace_is_reported_and_never_overwritten(qtbot, tmp_path, messages):
    path = tmp_path / "w.sqlite"
    path.write_bytes(b"not a database at all" * 50)
    window = _open(qtbot, path)
    assert window.dataset.is_synthetic
    assert "could not be read" in window.statusBar().currentMessage()
    _import(qtbot, window, write_csv(tmp_path / "glotip.csv", ROWS))
    assert window.dataset.name == GLOTIP_NAME  # the work goes on in memory
    asked: list[str] = []
    window.context.session.ask_unsaved = lambda message: (
        asked.append(message) or CloseAnswer.DISCARD
    )
    assert window.close()
    assert len(asked) == 1  # the unsaved import was not dropped without a word
    assert path.read_bytes() == b"not a database at all" * 50


def test_dropping_files_onto_the_window(qtbot, tmp_path, messages):
    window = _open(qtbot, tmp_path / "w.sqlite")
    received: list = []
    window.files_dropped.connect(received.append)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "glotip.csv"))])
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert received == [[tmp_path / "glotip.csv"]]
    window.context.session.open_files([tmp_path / "notes.docx"])
    assert messages and "not a file this app imports" in messages[-1]


def test_a_cancelled_import_reports_cancelled_not_a_failure(qtbot, tmp_path):
    job = ImportJob(write_csv(tmp_path / "glotip.csv", ROWS), aliases={})
    outcomes: list[str] = []
    job.succeeded.connect(lambda *_: outcomes.append("succeeded"))
    job.failed.connect(lambda _: outcomes.append("failed"))
    job.cancelled.connect(lambda: outcomes.append("cancelled"))
    job.cancel()  # before the reader's first step: it stops there
    with qtbot.waitSignal(job.done, timeout=10_000):
        job.start()
    assert outcomes == ["cancelled"]


def test_the_map_exports_after_an_import_switched_the_dataset(imported, qtbot, tmp_path):
    from PySide6.QtGui import QImage

    from explorer.core.view.export_spec import ExportSpec, Format
    from explorer.ui.export.map_export import export

    qtbot.wait(20)  # the previous dataset's widgets are deleted meanwhile
    path = export(imported, ExportSpec(Format.PNG, 800, 450), tmp_path / "after-import.png")
    assert QImage(str(path)).width() == 800
    sea = imported.map_view.sea_item
    assert sea.scene() is imported.map_view.scene()  # the live item, not a stale wrapper
