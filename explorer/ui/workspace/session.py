"""The workspace behind the window: open, save, import into it, switch datasets.

Why one controller: every action that changes what is stored (an import, an
alias, removing a dataset, the last view) must also change what is shown, and
the other way round; keeping both in one place keeps them in step. The file
is written atomically after every change (:mod:`explorer.io.workspace.store`), so a
crash never costs more than the action in progress.

A workspace that cannot be read is never overwritten: the session keeps
working in memory and asks for a new file name before anything is saved, or
before a close would lose what was imported (:mod:`explorer.ui.workspace.damaged`).
The File menu's entries live in :mod:`explorer.ui.workspace.menu`, the import
conversation in :mod:`explorer.ui.workspace.imports`.

The dialogs, the importer and the name resolver are imported when first used:
the window's launch does not pay for them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMessageBox

from explorer.core.data.dataset import Dataset
from explorer.core.demo.source import DemoSource
from explorer.core.view.snapshot import restore_flow_settings, restore_state, snapshot
from explorer.io.importing.report import ImportReport
from explorer.io.workspace.lock import WorkspaceLock
from explorer.io.workspace.shown import with_derived
from explorer.io.workspace.store import Workspace, WorkspaceError, save_workspace
from explorer.ui.common.plain_text import LINE_LIMIT, literal_text, shown
from explorer.ui.common.translations import translate
from explorer.ui.workspace import damaged as damaged_workspace
from explorer.ui.workspace import disk_changes, locking, switching
from explorer.ui.workspace import imports as session_imports
from explorer.ui.workspace import reports as session_reports
from explorer.ui.workspace.damaged import CloseAnswer
from explorer.ui.workspace.file_dialogs import (
    NEW,
    NEW_NAME,
    OPEN,
    SAVE_AS,
    ask_workspace_path,
    free_path,
)
from explorer.ui.workspace.groups import GroupKeeper
from explorer.ui.workspace.menu import WorkspaceMenu

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressBar, QPushButton

    from explorer.io.importing.child_process import ChildReader
    from explorer.ui.window.main_window import MainWindow
    from explorer.ui.workspace.import_job import ImportJob
    from explorer.ui.workspace.mapping_dialog import TableMappingDialog
    from explorer.ui.workspace.provenance_dialog import ProvenanceDialog
    from explorer.ui.workspace.report_dialog import ImportReportDialog


class WorkspaceSession(QObject):
    """Binds a :class:`Workspace` file to a :class:`MainWindow`.

    ``demo`` is the built-in synthetic dataset: always offered, never stored, generated
    when first shown.
    """

    def __init__(
        self,
        window: MainWindow,
        workspace: Workspace,
        path: Path,
        demo: DemoSource,
        load_error: str | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self.workspace, self.path, self.demo = window, workspace, path, demo
        #: Why saving is refused: the file at ``path`` could not be read.
        self.load_error = load_error
        #: The file that could not be read: never written over, whatever the user picks.
        self.unreadable = path if load_error else None
        self.job: ImportJob | None = None
        #: A reading child started while the user picks a file (see ``start_reader_ahead``).
        self.reader_ahead: ChildReader | None = None
        #: Save the view when the window closes (off for headless renders).
        self.remember_view = True
        self.report_dialog: ImportReportDialog | None = None
        #: The column-mapping question of a table import, while it is open.
        self.mapping_dialog: TableMappingDialog | None = None
        #: The running import's progress bar and Cancel button in the status bar.
        self.progress_bar: QProgressBar | None = None
        self.cancel_button: QPushButton | None = None
        #: Asks Save as… / Discard / Cancel when a close would lose unsaved work
        #: (None: the dialog of :func:`damaged_workspace.ask_unsaved`; tests set it).
        self.ask_unsaved: Callable[[str], CloseAnswer] | None = None
        #: The lock that makes this window the workspace's one writer (None: not held).
        self.lock: WorkspaceLock | None = None
        #: Why this window may not write the workspace (another program holds it), or None.
        self.read_only: str | None = None
        #: Whether that is another program holding it (the window may try again once it lets go).
        self.held_elsewhere = False
        #: The file as this window last read or wrote it (see :mod:`disk_changes`), and the
        #: question asked when it changed meanwhile (None: a dialog; tests set it).
        self.stamp = disk_changes.stamp(path)
        #: A change a read-only window could not save (asked about before it closes).
        self.unsaved = False
        self.ask_changed: disk_changes.Asker | None = None
        if not load_error:
            locking.start(self, path)
            if not self.read_only:
                damaged_workspace.note_damage(self)
        self.menu = WorkspaceMenu(self)
        self.groups = GroupKeeper(self)
        window.installEventFilter(self)
        window.files_dropped.connect(self.open_files)
        window.files_coming.connect(lambda paths: session_imports.start_reader_ahead(self, paths))
        window.files_gone.connect(lambda: session_imports.let_reader_go(self))
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

    def _dataset_shown(self, name: str) -> None:
        """Rebuild the Datasets menu and enable what applies to the dataset on screen."""
        self.menu.refresh(name)

    def dataset_names(self) -> list[tuple[str, bool]]:
        """(name, synthetic) of the demo, then of the workspace's datasets in order."""
        stored = [(d.name, d.is_synthetic) for d in self.workspace.datasets]
        return [(self.demo.name, True), *stored]

    def dataset(self, name: str) -> Dataset:
        if name == self.demo.name:
            return self.demo.load()
        return self.workspace.dataset(name)

    # -- showing ----------------------------------------------------------------
    def show_dataset(self, name: str, view: dict | None = None) -> None:
        """Put dataset ``name`` on screen, keeping as much of the current view as applies."""
        dataset = with_derived(self.workspace, self.dataset(name))
        current = view or snapshot(self.window.state, self.window.flow_settings, name)
        state = restore_state(current, dataset)
        settings = restore_flow_settings(current, dataset)
        self.window.set_dataset(dataset, state, settings)

    # -- the report and provenance (and the user's corrections: session_reports) ------
    def show_report(self) -> ImportReportDialog | None:
        """Open the import report of the dataset on screen (if it was imported)."""
        report = self.workspace.reports.get(self.window.dataset.name)
        return session_reports.open_report(self, report) if report is not None else None

    def open_report(self, report: ImportReport) -> ImportReportDialog:
        return session_reports.open_report(self, report)

    def show_provenance(self) -> ProvenanceDialog:
        return session_reports.show_provenance(self)

    def apply_aliases(self, chosen: dict[str, str]) -> list[str]:
        """Store ``chosen`` (raw label -> result) and apply them to the dataset on screen."""
        return session_reports.apply_aliases(self, chosen)

    def keep_rules(self, chosen: dict[str, str]) -> bool:
        """Store the user's rules for groups of rows (used at the next import of the file)."""
        return session_reports.keep_rules(self, chosen)

    # -- importing (the conversation lives in session_imports) --------------------
    def ask_import(self) -> None:
        """File > Import data…: pick a file, then import it."""
        session_imports.ask_import(self)

    def open_files(self, paths: list[Path]) -> None:
        """Dropped files: a workspace is opened, a data file imported; others refused."""
        session_imports.open_files(self, paths)

    def start_import(self, path: Path, mapping: object = None) -> ImportJob | None:
        """Read ``path`` in the background; the status bar shows progress and Cancel."""
        return session_imports.start_import(self, path, mapping)

    def imported(self, dataset: Dataset, report: ImportReport) -> None:
        """An import finished: store and show the result (a benchmark may wrap this)."""
        session_imports.finish_import(self, dataset, report)
        if damaged_workspace.has_unsaved_work(self):
            # Work only memory holds: this session must hear of a close first, before
            # the settings keeper records which workspace to open next time.
            self.window.installEventFilter(self)

    def ask_add_to(self, current: str, dataset: Dataset) -> bool:
        """Add the import to the dataset on screen, or keep it as a dataset of its own?"""
        return session_imports.ask_add_to(self.window, current, dataset)

    # -- workspace files ------------------------------------------------------------
    def save(self) -> bool:
        """Write the workspace (and the current view) to its file; False with a message if not."""
        if self.read_only and locking.retake(self):  # the other program has let go
            self.unsaved = False
        if self.load_error or self.read_only:
            self.unsaved = self.unsaved or self.read_only is not None  # what the file lacks
            return False
        self.workspace.view = snapshot(
            self.window.state, self.window.flow_settings, self.window.dataset.name
        )
        if disk_changes.changed(self) and not disk_changes.resolve(self):
            return False
        try:  # what changed since the file was read (all of it after Overwrite)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            save_workspace(self.workspace, self.path)
            self.stamp = disk_changes.stamp(self.path)
        except (OSError, WorkspaceError) as error:
            QMessageBox.warning(
                self.window,
                translate("WorkspaceSession", "Workspace not saved"),
                literal_text(error),
            )
            return False
        return True

    def ask_save_as(self) -> bool:
        """File > Save workspace as…: pick a file and save there; True once saved."""
        # A workspace that could not be read is never the place to save: propose a free name.
        proposed = free_path(self.path.with_name(NEW_NAME)) if self.load_error else self.path
        path = ask_workspace_path(self.window, SAVE_AS, proposed)
        return path is not None and self.save_as(path)

    def save_as(self, path: Path) -> bool:
        """Save to ``path`` and keep working there (to hand a workspace to field staff)."""
        return switching.save_as(self, path)

    def ask_new(self) -> bool:
        """File > New workspace…: pick a free file name, start there; True once started."""
        path = ask_workspace_path(self.window, NEW, free_path(self.path.with_name(NEW_NAME)))
        return path is not None and self.new_workspace(path)

    def offer_new_workspace(self, ask: Callable[[str], bool] | None = None) -> bool:
        """After the workspace could not be read: say why, offer a new one in another file.

        ``ask(message)`` says yes or no (default: a dialog). The unreadable file
        is left as it is; True when a new workspace was started.
        """
        return damaged_workspace.offer_new_workspace(self, ask)

    def new_workspace(self, path: Path) -> bool:
        """Start an empty workspace at ``path`` (the current one stays as it was saved)."""
        return switching.new_workspace(self, path)

    def ask_open(self) -> None:
        """File > Open workspace…: pick a workspace file and open it."""
        path = ask_workspace_path(self.window, OPEN, self.path.parent)
        if path is not None:
            self.open_workspace(path)

    def open_workspace(self, path: Path) -> bool:
        """Open the workspace at ``path`` with its last view; a clear message if it cannot be."""
        return switching.open_workspace(self, path)

    def reload(self) -> None:
        """Show the workspace file as it is on disk now (this window's unsaved change dropped)."""
        switching.reload(self)

    def dataset_shown_again(self) -> None:
        """Rebuild the menus for the dataset on screen (after the file changed)."""
        self._dataset_shown(self.window.dataset.name)

    def ask_remove(self) -> None:
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
            if not damaged_workspace.may_close(self):
                event.ignore()  # the user chose to stay: the window and its work remain
                return True
            self.close()
        return False

    def close(self) -> None:
        """Stop a running import, close its dialogs and remember the view (where one is kept)."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
        session_imports.let_reader_go(self)
        for dialog in (self.report_dialog, self.mapping_dialog):
            if dialog is not None:
                dialog.close()
        if self.remember_view and (self.workspace.datasets or self.path.exists()):
            self.save()
        locking.end(self)
