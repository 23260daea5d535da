"""Importing into the session: the background job, its progress, and where the result lands.

Why apart from the session: an import is a conversation of its own (pick or
drop a file, watch progress with a Cancel button, say which columns mean what,
choose to add the result to the dataset on screen) before anything is stored.
This module holds that conversation; the session stores and shows the result.

The functions use only the session's public surface, and set the running
import's parts it declares (``job``, ``progress_bar``, ``cancel_button``,
``mapping_dialog``). The reader, the name resolver and the dialogs are
imported when first used: the window's launch does not pay for them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressBar, QPushButton, QWidget

from explorer.core.data.dataset import Dataset
from explorer.io.importing.report import ImportReport
from explorer.io.workspace.location import is_workspace_file
from explorer.ui.common.freed_memory import give_back_freed_memory
from explorer.ui.common.modal import show_modal
from explorer.ui.common.plain_text import LINE_LIMIT, literal_text, menu_text, shown
from explorer.ui.common.translations import count_text, translate

if TYPE_CHECKING:
    from explorer.ui.workspace.import_job import ImportJob
    from explorer.ui.workspace.session import WorkspaceSession

IMPORTABLE = (".xlsx", ".xls", ".xlsm", ".ods", ".csv", ".txt", ".xml")
# File dialog filter, translated where used.
IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "WorkspaceSession",
    "Data files: GLOTIP, CTDC, indicator, flow and activity tables, IATI "
    "(*.xlsx *.xls *.xlsm *.ods *.csv *.txt *.xml)",
)


def ask_import(session: WorkspaceSession) -> None:
    """File > Import data…: pick a file, then import it (a reading child starts meanwhile)."""
    start_reader_ahead(session)
    name, _ = QFileDialog.getOpenFileName(
        session.window,
        translate("WorkspaceSession", "Import data"),
        str(Path.home()),
        translate("WorkspaceSession", IMPORT_FILTER),
    )
    if name:
        session.start_import(Path(name))
    else:
        let_reader_go(session)


def start_reader_ahead(session: WorkspaceSession, paths: list[Path] | None = None) -> None:
    """Start the child that will read the file the user is choosing (``paths``: the files
    dragged over the window, when it is a drag).

    Why ahead: a child spends ~0.5 s importing pandas and the readers before it reads
    (:mod:`explorer.io.importing.child_process`); that time passes while the user picks
    the file or drops it. None is started for a drag of small or unknown files, nor
    while an import runs or a child already waits.
    """
    from explorer.io.importing import child_process

    if session.job is not None or session.reader_ahead is not None:
        return
    if paths is not None and not any(_read_by_a_child(path) for path in paths):
        return
    session.reader_ahead = child_process.start_reader()


def let_reader_go(session: WorkspaceSession) -> None:
    """No file came (the dialog was cancelled, the drag left): the waiting child ends."""
    reader, session.reader_ahead = session.reader_ahead, None
    if reader is not None:
        reader.stop()


def _read_by_a_child(path: Path) -> bool:
    from explorer.io.importing.child_process import CHILD_FROM_BYTES

    try:
        return path.suffix.lower() in IMPORTABLE and path.stat().st_size >= CHILD_FROM_BYTES
    except OSError:
        return False


def open_files(session: WorkspaceSession, paths: list[Path]) -> None:
    """Dropped files: a workspace is opened, a data file imported; others refused."""
    if not paths:
        return
    path = paths[0]  # one file at a time: imports run one after another by hand
    suffix = path.suffix.lower()
    if is_workspace_file(path) or suffix not in IMPORTABLE:
        let_reader_go(session)
    if is_workspace_file(path):
        session.open_workspace(path)
    elif suffix in IMPORTABLE:
        session.start_import(path)
    else:
        QMessageBox.warning(
            session.window,
            translate("WorkspaceSession", "Not imported"),
            literal_text(
                translate(
                    "WorkspaceSession",
                    "{file}: not a file this app imports. Drop a UNODC GLOTIP export "
                    "(.xlsx or .csv) or a workspace (.tfe-workspace or .sqlite).",
                ).format(file=shown(path.name, LINE_LIMIT))
            ),
        )


def start_import(session: WorkspaceSession, path: Path, mapping: object = None) -> ImportJob | None:
    """Read ``path`` in the background; the status bar shows progress and Cancel.

    The reader is chosen from the file's content; ``mapping`` answers a
    table reader's question about which columns mean what. The result goes to
    ``session.imported`` (looked up now, so a benchmark may wrap it).
    """
    if session.job is not None:
        session.window.statusBar().showMessage(
            translate("WorkspaceSession", "An import is already running"), 5000
        )
        return None
    from explorer.ui.workspace.import_job import ImportJob

    reader, session.reader_ahead = session.reader_ahead, None  # started for this file
    job = ImportJob(
        path,
        session.workspace.aliases,
        session,
        mapping,
        session.workspace.rules,
        reader,
    )
    status = session.window.statusBar()
    bar = QProgressBar(maximumWidth=200, minimum=0, maximum=100)
    bar.setFormat(
        translate("WorkspaceSession", "Importing {file}… %p%").format(
            file=shown(path.name, LINE_LIMIT)
        )
    )
    cancel = QPushButton(translate("WorkspaceSession", "Cancel import"))
    cancel.clicked.connect(job.cancel)
    status.addPermanentWidget(bar)
    status.addPermanentWidget(cancel)
    job.progress.connect(bar.setValue)

    def finished() -> None:
        for widget in (bar, cancel):
            status.removeWidget(widget)
            widget.deleteLater()
        session.job = None
        # Once the result is shown (queued after it): the reading's freed memory goes back.
        QTimer.singleShot(0, give_back_freed_memory)

    job.done.connect(finished)
    job.succeeded.connect(session.imported)
    job.failed.connect(lambda message: import_failed(session.window, message))
    job.needs_mapping.connect(lambda question: ask_mapping(session, path, question))
    cancelled = translate("WorkspaceSession", "Import of {file} cancelled").format(
        file=shown(path.name, LINE_LIMIT)
    )
    job.cancelled.connect(lambda: status.showMessage(cancelled, 6000))
    session.job = job
    session.progress_bar, session.cancel_button = bar, cancel
    job.start()
    return job


def finish_import(session: WorkspaceSession, dataset: Dataset, report: ImportReport) -> None:
    """Store the imported ``dataset`` (added to the one on screen if the user says so),
    show it, say where it was saved and open its report. One with nothing in it is not
    stored: its report says why."""
    from explorer.core.data.merge import can_add, merged
    from explorer.io.importing.empty import is_empty

    if is_empty(dataset):  # the report says why; an empty dataset is never stored
        session.window.statusBar().showMessage(
            translate("WorkspaceSession", "Nothing imported from {file}; nothing stored").format(
                file=shown(report.file_name, LINE_LIMIT)
            ),
            10_000,
        )
        session.open_report(report)
        return
    workspace = session.workspace
    current = session.window.dataset.name
    if (
        current in workspace.names()
        and can_add(workspace.dataset(current), dataset)
        and session.ask_add_to(current, dataset)
    ):
        workspace.add_dataset(
            merged(workspace.dataset(current), dataset), workspace.reports.get(current)
        )
        saved = session.save()
        session.show_dataset(current)
        message = (
            translate(
                "WorkspaceSession",
                "Added to {dataset}: {imported} rows imported, {rejected} rejected (saved)",
            )
            if saved
            else translate(
                "WorkspaceSession",
                "Added to {dataset}: {imported} rows imported, {rejected} rejected (NOT saved)",
            )
        )
        session.window.statusBar().showMessage(
            message.format(
                dataset=shown(current, LINE_LIMIT),
                imported=count_text(report.rows_imported),
                rejected=count_text(len(report.rejected)),
            ),
            10_000,
        )
        session.open_report(report)
        return
    replacing = dataset.name in workspace.names()
    workspace.add_dataset(dataset, report)
    saved = session.save()
    if dataset.name not in session.workspace.names():  # the file was reloaded from disk
        return
    session.show_dataset(dataset.name, view={})
    where = (
        translate("WorkspaceSession", "saved in {path}").format(path=session.path)
        if saved
        else translate("WorkspaceSession", "NOT saved")
    )
    message = (
        translate(
            "WorkspaceSession",
            "{dataset} replaced: {imported} rows imported, {rejected} rejected ({where})",
        )
        if replacing
        else translate(
            "WorkspaceSession",
            "{dataset} added: {imported} rows imported, {rejected} rejected ({where})",
        )
    )
    session.window.statusBar().showMessage(
        message.format(
            dataset=shown(dataset.name, LINE_LIMIT),
            imported=count_text(report.rows_imported),
            rejected=count_text(len(report.rejected)),
            where=where,
        ),
        10_000,
    )
    session.open_report(report)


def ask_add_to(parent: QWidget, current: str, dataset: Dataset) -> bool:
    """Add the import to the dataset on screen, or keep it as a dataset of its own?"""
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # dataset names are data, not markup
    box.setWindowTitle(translate("WorkspaceSession", "Add to the dataset on screen?"))
    new, here = shown(dataset.name, LINE_LIMIT), shown(current, LINE_LIMIT)
    box.setText(
        translate(
            "WorkspaceSession",
            "{new} has no flows and no indicator that {current} already has. "
            "Add it to {current}, so that its figures or activities appear next to "
            "the others (its source is noted in the provenance), or keep it as a "
            "dataset of its own?",
        ).format(new=new, current=here)
    )
    add = box.addButton(
        translate("WorkspaceSession", "Add to {current}").format(current=menu_text(current)),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        translate("WorkspaceSession", "Keep as its own dataset"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.exec()
    return box.clickedButton() is add


def import_failed(parent: QWidget, message: str) -> None:
    QMessageBox.warning(
        parent, translate("WorkspaceSession", "Import failed"), literal_text(message)
    )


def ask_mapping(session: WorkspaceSession, path: Path, question: object) -> None:
    """The table's columns were not clear: let the user say which is which, then retry."""
    from explorer.ui.workspace.mapping_dialog import TableMappingDialog

    dialog = TableMappingDialog(path.name, question, session.window)
    session.mapping_dialog = dialog
    dialog.mapping_chosen.connect(lambda mapping: session.start_import(path, mapping))
    show_modal(dialog)
