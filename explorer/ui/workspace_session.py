"""The workspace behind the window: open, save, import into it, switch datasets.

Why one controller: every action that changes what is stored (an import, an
alias, removing a dataset, the last view) must also change what is shown, and
the other way round; keeping both in one place keeps them in step. The file
is written atomically after every change (:mod:`explorer.io.workspace`), so a
crash never costs more than the action in progress.

A workspace that cannot be read is never overwritten: the session keeps
working in memory and asks for a new file name before anything is saved.

The dialogs, the importer and the name resolver are imported when first used:
the window's launch does not pay for them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QProgressBar,
    QPushButton,
)

from explorer.core.dataset import Dataset
from explorer.core.view_snapshot import restore_flow_settings, restore_state, snapshot
from explorer.io.import_report import ImportReport
from explorer.io.workspace import Workspace, WorkspaceError, load_workspace, save_workspace
from explorer.ui.main_window import MainWindow
from explorer.ui.plain_text import LINE_LIMIT, literal_text, menu_text, shown
from explorer.ui.translations import translate

if TYPE_CHECKING:
    from explorer.ui.import_job import ImportJob
    from explorer.ui.import_report_dialog import ImportReportDialog
    from explorer.ui.provenance_dialog import ProvenanceDialog

IMPORTABLE = (".xlsx", ".xls", ".xlsm", ".ods", ".csv", ".txt", ".xml")
WORKSPACE_SUFFIXES = (".sqlite", ".tfe", ".db")
# File dialog filters, translated where used.
IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "WorkspaceSession",
    "Data files: GLOTIP, CTDC, indicator, flow and activity tables, IATI "
    "(*.xlsx *.xls *.xlsm *.ods *.csv *.txt *.xml)",
)
WORKSPACE_FILTER = QT_TRANSLATE_NOOP("WorkspaceSession", "Workspace (*.sqlite)")


class WorkspaceSession(QObject):
    """Binds a :class:`Workspace` file to a :class:`MainWindow`.

    ``demo`` is the built-in synthetic dataset: always offered, never stored.
    """

    def __init__(
        self,
        window: MainWindow,
        workspace: Workspace,
        path: Path,
        demo: Dataset,
        load_error: str | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self.workspace, self.path, self.demo = window, workspace, path, demo
        #: Why saving is refused: the file at ``path`` could not be read.
        self.load_error = load_error
        #: The file that could not be read: never written over, whatever the user picks.
        self.unreadable = path if load_error else None
        self.job: ImportJob | None = None
        #: Save the view when the window closes (off for headless renders).
        self.remember_view = True
        self.report_dialog: ImportReportDialog | None = None
        self._build_menu()
        window.installEventFilter(self)
        window.files_dropped.connect(self.open_files)
        window.dataset_shown.connect(self._dataset_shown)
        self._dataset_shown(window.dataset.name)
        if load_error:
            window.statusBar().showMessage(
                translate(
                    "WorkspaceSession",
                    "The workspace could not be read: {error}. "
                    "Use File > Save workspace as… to keep new work.",
                ).format(error=shown(load_error, LINE_LIMIT)),
                0,
            )

    # -- menu -----------------------------------------------------------------
    def _build_menu(self) -> None:
        w = self.window
        self.import_action = QAction(
            translate("WorkspaceSession", "&Import data…"), w, shortcut=QKeySequence("Ctrl+I")
        )
        self.import_action.setToolTip(
            translate("WorkspaceSession", "Import a UNODC GLOTIP export (xlsx or csv)")
        )
        self.import_action.triggered.connect(self._ask_import)
        self.new_action = QAction(
            translate("WorkspaceSession", "&New workspace…"),
            w,
            shortcut=QKeySequence.StandardKey.New,
        )
        self.new_action.triggered.connect(self._ask_new)
        self.open_action = QAction(
            translate("WorkspaceSession", "&Open workspace…"),
            w,
            shortcut=QKeySequence.StandardKey.Open,
        )
        self.open_action.triggered.connect(self._ask_open)
        self.save_as_action = QAction(
            translate("WorkspaceSession", "Save workspace &as…"),
            w,
            shortcut=QKeySequence.StandardKey.SaveAs,
        )
        self.save_as_action.triggered.connect(self._ask_save_as)
        self.datasets_menu = w.file_menu.addMenu(translate("WorkspaceSession", "&Datasets"))
        self.datasets_menu.setToolTip(
            translate("WorkspaceSession", "Switch to another dataset of this workspace")
        )
        self.report_action = QAction(translate("WorkspaceSession", "Import &report…"), w)
        self.report_action.triggered.connect(self.show_report)
        self.provenance_action = QAction(translate("WorkspaceSession", "Dataset &provenance…"), w)
        self.provenance_action.triggered.connect(self.show_provenance)
        self.remove_action = QAction(
            translate("WorkspaceSession", "&Remove dataset from workspace…"), w
        )
        self.remove_action.triggered.connect(self._ask_remove)
        first = w.file_menu.actions()[0]
        for item in (
            self.import_action,
            None,
            self.new_action,
            self.open_action,
            self.save_as_action,
            None,
            self.datasets_menu.menuAction(),
            self.report_action,
            self.provenance_action,
            self.remove_action,
            None,
        ):
            if item is None:
                w.file_menu.insertSeparator(first)
            else:
                w.file_menu.insertAction(first, item)

    def _dataset_shown(self, name: str) -> None:
        """Rebuild the Datasets menu and enable what applies to the dataset on screen."""
        self.datasets_menu.clear()
        group = QActionGroup(self.datasets_menu)
        for dataset in self.datasets():
            label = menu_text(dataset.name)
            if dataset.is_synthetic:
                label = translate("WorkspaceSession", "{dataset} (synthetic)").format(dataset=label)
            action = QAction(label, self.datasets_menu, checkable=True)
            action.setChecked(dataset.name == name)
            action.triggered.connect(partial(self.show_dataset, dataset.name))
            group.addAction(action)
            self.datasets_menu.addAction(action)
        stored = name in self.workspace.names()
        self.remove_action.setEnabled(stored)
        self.report_action.setEnabled(name in self.workspace.reports)
        self.window.setWindowTitle(
            translate("WorkspaceSession", "Trafficking Flows Explorer: {dataset} — {file}").format(
                dataset=shown(name, LINE_LIMIT), file=shown(self.path.name, LINE_LIMIT)
            )
        )

    def datasets(self) -> list[Dataset]:
        """The demo, then the workspace's datasets in order."""
        return [self.demo, *self.workspace.datasets]

    def dataset(self, name: str) -> Dataset:
        if name == self.demo.name:
            return self.demo
        return self.workspace.dataset(name)

    # -- showing ----------------------------------------------------------------
    def show_dataset(self, name: str, view: dict | None = None) -> None:
        """Put dataset ``name`` on screen, keeping as much of the current view as applies."""
        dataset = with_derived(self.workspace, self.dataset(name))
        current = view or snapshot(self.window.state, self.window.flow_settings, name)
        state = restore_state(current, dataset)
        settings = restore_flow_settings(current, dataset)
        self.window.set_dataset(dataset, state, settings)

    def show_report(self) -> ImportReportDialog | None:
        """Open the import report of the dataset on screen (if it was imported)."""
        report = self.workspace.reports.get(self.window.dataset.name)
        if report is None:
            return None
        return self._open_report(report)

    def _open_report(self, report: ImportReport) -> ImportReportDialog:
        from explorer.ui.import_report_dialog import ImportReportDialog

        if self.report_dialog is not None:
            self.report_dialog.close()
        names = dict(zip(self.window.countries["iso3"], self.window.countries["name"], strict=True))
        dialog = ImportReportDialog(report, names, self.workspace.aliases, self.window)
        dialog.aliases_chosen.connect(self.apply_aliases)
        dialog.show()
        self.report_dialog = dialog
        return dialog

    def show_provenance(self) -> ProvenanceDialog:
        from explorer.ui.provenance_dialog import ProvenanceDialog

        dialog = ProvenanceDialog(self.window.dataset, self.window)
        dialog.show()
        return dialog

    # -- importing --------------------------------------------------------------
    def _ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("WorkspaceSession", "Import data"),
            str(Path.home()),
            translate("WorkspaceSession", IMPORT_FILTER),
        )
        if name:
            self.start_import(Path(name))

    def open_files(self, paths: list[Path]) -> None:
        """Dropped files: a workspace is opened, a data file imported; others refused."""
        for path in paths:
            suffix = path.suffix.lower()
            if suffix in WORKSPACE_SUFFIXES:
                self.open_workspace(path)
            elif suffix in IMPORTABLE:
                self.start_import(path)
            else:
                QMessageBox.warning(
                    self.window,
                    translate("WorkspaceSession", "Not imported"),
                    literal_text(
                        translate(
                            "WorkspaceSession",
                            "{file}: not a file this app imports. Drop a UNODC GLOTIP export "
                            "(.xlsx or .csv) or a workspace (.sqlite).",
                        ).format(file=shown(path.name, LINE_LIMIT))
                    ),
                )
            return  # one file at a time: imports run one after another by hand

    def start_import(self, path: Path, mapping: object = None) -> ImportJob | None:
        """Read ``path`` in the background; the status bar shows progress and Cancel.

        The reader is chosen from the file's content; ``mapping`` answers a
        table reader's question about which columns mean what.
        """
        if self.job is not None:
            self.window.statusBar().showMessage(
                translate("WorkspaceSession", "An import is already running"), 5000
            )
            return None
        from explorer.core.names import Resolver
        from explorer.ui.import_job import ImportJob

        job = ImportJob(path, Resolver(self.workspace.aliases).resolve, self, mapping)
        status = self.window.statusBar()
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
            self.job = None

        job.done.connect(finished)
        job.succeeded.connect(self._imported)
        job.failed.connect(self._import_failed)
        job.needs_mapping.connect(lambda question: self._ask_mapping(path, question))
        cancelled = translate("WorkspaceSession", "Import of {file} cancelled").format(
            file=shown(path.name, LINE_LIMIT)
        )
        job.cancelled.connect(lambda: status.showMessage(cancelled, 6000))
        self.job = job
        self.progress_bar, self.cancel_button = bar, cancel
        job.start()
        return job

    def _imported(self, dataset: Dataset, report: ImportReport) -> None:
        from explorer.core.dataset_merge import can_add, merged

        current = self.window.dataset.name
        if (
            current in self.workspace.names()
            and can_add(self.workspace.dataset(current), dataset)
            and self._ask_add_to(current, dataset)
        ):
            self.workspace.add_dataset(
                merged(self.workspace.dataset(current), dataset),
                self.workspace.reports.get(current),
            )
            saved = self.save()
            self.show_dataset(current)
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
            self.window.statusBar().showMessage(
                message.format(
                    dataset=shown(current, LINE_LIMIT),
                    imported=f"{report.rows_imported:,}",
                    rejected=f"{len(report.rejected):,}",
                ),
                10_000,
            )
            self._open_report(report)
            return
        replacing = dataset.name in self.workspace.names()
        self.workspace.add_dataset(dataset, report)
        saved = self.save()
        self.show_dataset(dataset.name, view={})
        where = (
            translate("WorkspaceSession", "saved in {path}").format(path=self.path)
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
        self.window.statusBar().showMessage(
            message.format(
                dataset=shown(dataset.name, LINE_LIMIT),
                imported=f"{report.rows_imported:,}",
                rejected=f"{len(report.rejected):,}",
                where=where,
            ),
            10_000,
        )
        self._open_report(report)

    def _ask_add_to(self, current: str, dataset: Dataset) -> bool:
        """Add the import to the dataset on screen, or keep it as a dataset of its own?"""
        box = QMessageBox(self.window)
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

    def _import_failed(self, message: str) -> None:
        QMessageBox.warning(
            self.window, translate("WorkspaceSession", "Import failed"), literal_text(message)
        )

    def _ask_mapping(self, path: Path, question) -> None:
        """The table's columns were not clear: let the user say which is which, then retry."""
        from explorer.ui.table_mapping_dialog import TableMappingDialog

        dialog = TableMappingDialog(path.name, question, self.window)
        self.mapping_dialog = dialog
        dialog.mapping_chosen.connect(lambda mapping: self.start_import(path, mapping))
        dialog.show()

    # -- aliases ------------------------------------------------------------------
    def apply_aliases(self, chosen: dict[str, str]) -> list[str]:
        """Store ``chosen`` (raw label -> result) and apply them to the dataset on screen."""
        from explorer.io.alias_reapply import reapply_aliases

        for label, result in chosen.items():
            self.workspace.set_alias(label, result)
        name = self.window.dataset.name
        moved: list[str] = []
        report = self.workspace.reports.get(name)
        if report is not None:
            dataset, report, moved = reapply_aliases(
                self.workspace.dataset(name), report, self.workspace.aliases
            )
            if moved:
                self.workspace.add_dataset(dataset, report)
                self.show_dataset(name)
        saved = self.save()
        message = (
            translate(
                "WorkspaceSession", "Aliases applied: {labels} moved out of unknown origins"
            ).format(labels=shown(", ".join(moved), LINE_LIMIT))
            if moved
            else translate("WorkspaceSession", "Aliases saved; they apply to later imports")
        )
        if not saved:
            message += " " + translate("WorkspaceSession", "(NOT saved)")
        self.window.statusBar().showMessage(message, 10_000)
        if moved and report is not None:
            self._open_report(report)
        return moved

    # -- workspace files ------------------------------------------------------------
    def save(self) -> bool:
        """Write the workspace (and the current view) to its file; False with a message if not."""
        if self.load_error:
            return False
        self.workspace.view = snapshot(
            self.window.state, self.window.flow_settings, self.window.dataset.name
        )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            save_workspace(self.workspace, self.path)
        except (OSError, WorkspaceError) as error:
            QMessageBox.warning(
                self.window,
                translate("WorkspaceSession", "Workspace not saved"),
                literal_text(error),
            )
            return False
        return True

    def _ask_save_as(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("WorkspaceSession", "Save workspace as"),
            str(self.path),
            translate("WorkspaceSession", WORKSPACE_FILTER),
        )
        if name:
            self.save_as(Path(name))

    def save_as(self, path: Path) -> bool:
        """Save to ``path`` and keep working there (to hand a workspace to field staff)."""
        if self._is_unreadable(path):
            return False
        previous, error = self.path, self.load_error
        self.path, self.load_error = path, None
        if self.save():
            self.window.statusBar().showMessage(
                translate("WorkspaceSession", "Workspace saved as {path}").format(path=path), 6000
            )
            self._dataset_shown(self.window.dataset.name)
            return True
        self.path, self.load_error = previous, error
        return False

    def _ask_new(self) -> bool:
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("WorkspaceSession", "New workspace"),
            str(_free_path(self.path.with_name("new-workspace.sqlite"))),
            translate("WorkspaceSession", WORKSPACE_FILTER),
        )
        return bool(name) and self.new_workspace(Path(name))

    def offer_new_workspace(self, ask: Callable[[str], bool] | None = None) -> bool:
        """After the workspace could not be read: say why, offer a new one in another file.

        ``ask(message)`` says yes or no (default: a dialog). The unreadable file
        is left as it is; True when a new workspace was started.
        """
        if not self.load_error or not (ask or self._ask_start_new)(self.load_error):
            return False
        return self._ask_new()

    def _ask_start_new(self, message: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("WorkspaceSession", "Workspace could not be read"),
            message,
            parent=self.window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the message names a path: data, not markup
        box.setInformativeText(
            translate(
                "WorkspaceSession",
                "The file is kept exactly as it is. Start a new, empty workspace in another "
                "file, or go on without saving (File > Save workspace as… keeps new work).",
            )
        )
        start = box.addButton(
            translate("WorkspaceSession", "Start a new workspace…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(translate("WorkspaceSession", "Not now"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is start

    def _is_unreadable(self, path: Path) -> bool:
        """Whether ``path`` is the workspace file that could not be read (never written)."""
        if self.unreadable is None or not path.exists():
            return False
        if path.resolve() != self.unreadable.resolve():
            return False
        QMessageBox.warning(
            self.window,
            translate("WorkspaceSession", "Workspace not saved"),
            literal_text(
                translate(
                    "WorkspaceSession",
                    "{path} is the workspace that could not be read; it is kept as it is. "
                    "Choose another file name.",
                ).format(path=path)
            ),
        )
        return True

    def new_workspace(self, path: Path) -> bool:
        """Start an empty workspace at ``path`` (the current one stays as it was saved)."""
        if self._is_unreadable(path):
            return False
        if not self.load_error:
            self.save()
        self.workspace, self.path, self.load_error = Workspace(), path, None
        self.show_dataset(self.demo.name, view={})
        return self.save()

    def _ask_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("WorkspaceSession", "Open workspace"),
            str(self.path.parent),
            translate("WorkspaceSession", WORKSPACE_FILTER),
        )
        if name:
            self.open_workspace(Path(name))

    def open_workspace(self, path: Path) -> bool:
        """Open the workspace at ``path`` with its last view; a clear message if it cannot be."""
        try:
            workspace = load_workspace(path)
        except WorkspaceError as error:
            QMessageBox.warning(
                self.window,
                translate("WorkspaceSession", "Workspace not opened"),
                literal_text(error),
            )
            return False
        if not self.load_error:
            self.save()
        self.workspace, self.path, self.load_error = workspace, path, None
        name = start_dataset_name(workspace, self.demo)
        self.show_dataset(name, view=workspace.view if workspace.view else {})
        self.window.statusBar().showMessage(
            translate("WorkspaceSession", "Opened {path}").format(path=path), 6000
        )
        return True

    def _ask_remove(self) -> None:
        name = self.window.dataset.name
        answer = QMessageBox.question(
            self.window,
            translate("WorkspaceSession", "Remove dataset"),
            literal_text(
                translate(
                    "WorkspaceSession",
                    "Remove {dataset} from this workspace? Its figures, report and provenance "
                    "are deleted from the workspace file; the source file is not touched.",
                ).format(dataset=shown(name, LINE_LIMIT))
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_dataset(name)

    def remove_dataset(self, name: str) -> None:
        """Delete ``name`` from the workspace and show the next dataset (or the demo)."""
        self.workspace.remove_dataset(name)
        remaining = self.workspace.names()
        self.show_dataset(remaining[-1] if remaining else self.demo.name, view={})
        self.save()
        self.window.statusBar().showMessage(
            translate("WorkspaceSession", "{dataset} removed from the workspace").format(
                dataset=shown(name, LINE_LIMIT)
            ),
            6000,
        )

    # -- closing ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.close()
        return False

    def close(self) -> None:
        """Stop a running import, close its dialogs and remember the view (where one is kept)."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
        for dialog in (self.report_dialog, getattr(self, "mapping_dialog", None)):
            if dialog is not None:
                dialog.close()
        if self.remember_view and (self.workspace.datasets or self.path.exists()):
            self.save()


def _free_path(path: Path) -> Path:
    """``path``, or ``name-2.sqlite``, ``name-3.sqlite``... whichever does not exist yet."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def start_dataset_name(workspace: Workspace, demo: Dataset, wanted: str | None = None) -> str:
    """The dataset to show first: ``wanted``, the last one viewed, the newest, or the demo."""
    names = workspace.names()
    for candidate in (wanted, workspace.view.get("dataset")):
        if isinstance(candidate, str) and (candidate in names or candidate == demo.name):
            return candidate
    return names[-1] if names else demo.name


def with_derived(workspace: Workspace | None, dataset: Dataset) -> Dataset:
    """``dataset`` as shown: shares and changes; for real data also its activities as a
    map indicator and rates per 100,000 when the workspace holds a population.

    Synthetic data gets no rates: real population under invented counts would
    look like a real rate.
    """
    from explorer.core.derived import with_derived_indicators

    if not dataset.is_synthetic and workspace is not None:
        from explorer.core.activity_indicator import with_activity_indicator
        from explorer.core.rates import find_population, with_rates

        dataset = with_activity_indicator(dataset)
        found = find_population([dataset, *workspace.datasets])
        if found is not None:
            population, source = found
            dataset = with_rates(dataset, population, source)
    from explorer.core.countries import load_countries

    countries = load_countries()
    region_of = {
        iso3: region
        for iso3, region in zip(countries["iso3"], countries["region"], strict=True)
        if isinstance(region, str) and region != "Antarctica"
    }
    return with_derived_indicators(dataset, region_of)
