"""Run an import off the UI thread, with progress and a cancel switch.

Why a thread: reading, parsing and resolving the 46,556-row workbook takes
about a second on a fast machine and several on a field laptop; the window
must keep painting and answering meanwhile, and the user must be able to
stop an import started on the wrong file. The thread reads a large file through
a child process (:mod:`explorer.io.importing.child_process`: the reading's
memory goes back to the system when the child exits) and a small one itself.
A cancel kills the child at once; the reader in this process checks
``cancelled`` between its steps, so there a cancel takes effect within one step.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from explorer.io.importing.errors import DataImportError
from explorer.ui.common.translations import translate


class _Worker(QObject):
    progress = Signal(int)  # percent
    succeeded = Signal(object, object)  # Dataset, ImportReport
    failed = Signal(str)  # message for the user
    needs_mapping = Signal(object)  # the NeedsMapping error: which columns mean what?

    def __init__(
        self,
        path: Path,
        aliases: Mapping[str, str],
        cancel: threading.Event,
        mapping: object,
        overrides: dict[str, str] | None = None,
        reader: object = None,
    ) -> None:
        super().__init__()
        self.path, self.aliases, self.cancel, self.mapping = path, dict(aliases), cancel, mapping
        self.overrides = dict(overrides or {})
        self.reader = reader

    def run(self) -> None:
        from explorer.io.importing.child_process import read_file
        from explorer.io.readers.tables.mapping import NeedsMapping

        try:
            dataset, report = read_file(
                self.path,
                aliases=self.aliases,
                progress=lambda fraction: self.progress.emit(round(fraction * 100)),
                cancelled=self.cancel.is_set,
                mapping=self.mapping,
                overrides=self.overrides,
                reader=self.reader,
            )
        except NeedsMapping as question:
            self.needs_mapping.emit(question)
        except DataImportError as error:
            self.failed.emit(str(error))
        except Exception as error:  # never let a bug kill the worker silently
            message = translate("ImportJob", "{file}: could not be imported ({error})")
            self.failed.emit(message.format(file=self.path.name, error=error))
        else:
            self.succeeded.emit(dataset, report)


class ImportJob(QObject):
    """One import in a background thread; signals arrive on the UI thread.

    The reader is chosen from the file's content (:func:`explorer.io.importing.importers.read_any`);
    ``aliases`` are the workspace's names for places (normalised label -> result);
    ``mapping`` is the user's column mapping for a table the reader could not
    read alone; ``overrides`` the workspace's rules for groups of rows; ``reader`` a
    child process started ahead of the file
    (:class:`~explorer.io.importing.child_process.ChildReader`), if any. Exactly
    one of ``succeeded``, ``failed``, ``needs_mapping`` or ``cancelled`` is
    emitted, then ``done``.
    """

    progress = Signal(int)
    succeeded = Signal(object, object)
    failed = Signal(str)
    needs_mapping = Signal(object)
    cancelled = Signal()
    done = Signal()

    def __init__(
        self,
        path: Path,
        aliases: Mapping[str, str] | None = None,
        parent: QObject | None = None,
        mapping: object = None,
        overrides: dict[str, str] | None = None,
        reader: object = None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._cancel = threading.Event()
        self._thread = QThread(self)
        self._worker = _Worker(self.path, aliases or {}, self._cancel, mapping, overrides, reader)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress)
        self._worker.succeeded.connect(self._succeeded)
        self._worker.failed.connect(self._failed)
        # Bound methods, not lambdas: a lambda would run in the worker's thread, which
        # would then wait on itself to finish (Qt warns "Thread tried to wait on itself").
        self._worker.needs_mapping.connect(self._needs_mapping)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Stop the reading: its child process at once, a reader here at its next step."""
        self._cancel.set()

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, ms: int = 30_000) -> bool:
        """Block until the thread ends (for shutdown and tests)."""
        return self._thread.wait(ms)

    def _succeeded(self, dataset, report) -> None:
        self._finish_with(lambda: self.succeeded.emit(dataset, report))

    def _needs_mapping(self, question) -> None:
        self._finish_with(lambda: self.needs_mapping.emit(question))

    def _failed(self, message: str) -> None:
        if self._cancel.is_set():
            self._finish_with(self.cancelled.emit)
        else:
            self._finish_with(lambda: self.failed.emit(message))

    def _finish_with(self, emit: Callable[[], None]) -> None:
        self._thread.quit()
        self._thread.wait()
        emit()
        self.done.emit()
