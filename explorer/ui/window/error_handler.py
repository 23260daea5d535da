"""Unexpected errors: logged with their traceback, shown in one dialog, and the app goes on.

Why: PySide prints an exception raised in a slot to stderr and carries on. A
desk officer has no terminal, so without this an action silently does nothing
and nobody can say why. The hook writes the traceback to a rotating log file
in the user's data folder (beside the default workspace) and shows a dialog
with the details under "Show Details…".

Why queued and non-modal: the hook runs inside the failing slot, or on a
worker thread. A modal dialog there would start a nested event loop inside
broken code, and widgets must never be made off the GUI thread. So the hook
only logs and counts; the dialog is opened by the GUI thread when it is next
idle, with ``show()``, never ``exec()``.

Why counted: a bug in a paint or timer slot raises many times a second. One
dialog is open at a time; identical errors (same type, message and place) are
counted in it, other errors noted as "N other errors"; once the user closed
it, the same error is logged and counted in the status bar, not shown again.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from explorer import __version__
from explorer.io.workspace.store import default_workspace_path
from explorer.ui.common.plain_text import elide
from explorer.ui.common.translations import translate
from explorer.ui.window.error_texts import fill_error_dialog, log_info_box

LOG_NAME = "explorer.log"
LOG_BYTES = 1_000_000  # then explorer.log.1 ... .3: at most 4 MB of logs
LOG_BACKUPS = 3
SUMMARY_CHARS = 300  # an exception message can be a whole data row
#: The package logger: the error log also gets the app's own warnings.
log = logging.getLogger("explorer")

Key = tuple[str, str, str]
DialogFactory = Callable[[QWidget | None], QMessageBox]


def default_log_path() -> Path:
    """``logs/explorer.log`` in the user's data folder (``$XDG_DATA_HOME`` on Linux)."""
    return default_workspace_path().parent / "logs" / LOG_NAME


@dataclass
class ErrorRecord:
    """One kind of error: where it happened, what to show, and how often it happened."""

    key: Key
    summary: str  # "ValueError: boom"
    details: str  # the formatted traceback
    count: int = 1


def _key(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> Key:
    place = ""
    if tb is not None:
        last = traceback.extract_tb(tb)[-1]
        place = f"{last.filename}:{last.lineno}"
    return (exc_type.__qualname__, str(exc), place)


def _message_box(parent: QWidget | None) -> QMessageBox:
    """The default dialog: critical icon, plain text (messages are data, never markup)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setWindowModality(Qt.WindowModality.NonModal)
    return box


class ErrorHandler(QObject):
    """``sys.excepthook`` (and ``threading.excepthook``) for the running app.

    ``dialog_factory`` makes the (unshown) dialog; tests and embedders can
    pass their own. Create it on the GUI thread.
    """

    _report = Signal(object)  # ErrorRecord, delivered on the GUI thread

    def __init__(
        self,
        log_path: Path | None = None,
        dialog_factory: DialogFactory | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.log_path = log_path or default_log_path()
        self.dialog_factory = dialog_factory or _message_box
        self.window: QWidget | None = None
        self.dialog: QMessageBox | None = None
        self.shown: ErrorRecord | None = None  # the error in the open dialog
        self.others = 0  # other errors while that dialog was open
        self.records: dict[Key, ErrorRecord] = {}
        self.dismissed: set[Key] = set()
        self.log_action: QAction | None = None
        self.info_box: QMessageBox | None = None
        self.open_folder: Callable[[QUrl], object] = QDesktopServices.openUrl
        self._lock = threading.Lock()
        self._file_handler: RotatingFileHandler | None = None
        self._level = logging.NOTSET
        self._previous: tuple[object, object] | None = None
        self._report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # -- installing -------------------------------------------------------------
    def install(self) -> ErrorHandler:
        """Start logging to the file and take over the exception hooks."""
        if self._previous is not None:
            return self
        try:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(
                self.log_path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
            )
        except OSError as error:  # a read-only home: errors are still shown
            print(f"cannot write the error log {self.log_path}: {error}", file=sys.stderr)
        else:
            handler.setFormatter(
                logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
            )
            log.addHandler(handler)
            self._level = log.level
            if log.level == logging.NOTSET or log.level > logging.INFO:
                log.setLevel(logging.INFO)
            self._file_handler = handler
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.hook
        threading.excepthook = self._thread_hook
        log.info("Trafficking Flows Explorer %s started", __version__)
        return self

    def uninstall(self) -> None:
        """Give the hooks back, close the log file and any open dialog."""
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None
        if self._file_handler is not None:
            log.removeHandler(self._file_handler)
            log.setLevel(self._level)
            self._file_handler.close()
            self._file_handler = None
        for box in (self.dialog, self.info_box):
            if box is not None and shiboken6.isValid(box):
                box.close()

    def attach(self, window: QMainWindow) -> QAction | None:
        """Parent the dialogs to ``window`` and add Help > Error log (when it has a Help menu)."""
        self.window = window
        context = getattr(window, "context", None)  # any window; ours have a Help menu
        help_menu = context.help if context is not None else None
        if help_menu is None:
            return None
        menu = help_menu.menu
        action = QAction(translate("ErrorHandler", "Error &log…"), window)
        action.setToolTip(
            translate("ErrorHandler", "Where unexpected errors are written, to send with a report")
        )
        action.triggered.connect(self.show_log_info)
        actions = menu.actions()
        about = help_menu.about_action
        before = None
        if about in actions:
            i = actions.index(about)
            before = actions[i - 1] if i > 0 and actions[i - 1].isSeparator() else about
        if before is None:
            menu.addAction(action)
        else:
            menu.insertAction(before, action)
        self.log_action = action
        return action

    # -- the hooks (any thread) ------------------------------------------------------
    def hook(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Log the error (the traceback once per kind), then ask the GUI thread to show it."""
        if issubclass(exc_type, (KeyboardInterrupt, SystemExit)):
            sys.__excepthook__(exc_type, exc or exc_type(), tb)
            return
        key = _key(exc_type, exc, tb)
        with self._lock:
            record = self.records.get(key)
            if record is None:
                summary = traceback.format_exception_only(exc_type, exc)[-1].strip()
                summary = elide(summary, SUMMARY_CHARS)
                details = "".join(traceback.format_exception(exc_type, exc, tb))
                record = self.records[key] = ErrorRecord(key, summary, details)
                first = True
            else:
                record.count += 1
                first = False
        if first:
            log.error("unexpected error: %s", record.summary, exc_info=(exc_type, exc, tb))
            traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
        elif record.count <= 10 or record.count % 100 == 0:
            log.error("unexpected error again (%d times): %s", record.count, record.summary)
        if QCoreApplication.instance() is not None and shiboken6.isValid(self):
            self._report.emit(record)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        self.hook(args.exc_type, args.exc_value, args.exc_traceback)

    # -- the dialog (GUI thread) ------------------------------------------------------
    @Slot(object)
    def _show(self, record: ErrorRecord) -> None:
        if self.dialog is not None:
            if record is not self.shown:
                self.others += 1
            self._fill(self.dialog)
            return
        if record.key in self.dismissed:
            self._status(
                translate(
                    "ErrorHandler", "{error} happened again ({count} times); see Help > Error log"
                ).format(error=record.summary, count=record.count)
            )
            return
        try:  # an error here must not call the hook again (it would loop)
            dialog = self.dialog_factory(self._parent())
            self.dialog, self.shown, self.others = dialog, record, 0
            self._fill(dialog)
            dialog.finished.connect(self._closed)
            dialog.show()
        except Exception:
            log.exception("the error dialog could not be shown")
            self.dialog = self.shown = None

    def _fill(self, dialog: QMessageBox) -> None:
        assert self.shown is not None
        fill_error_dialog(
            dialog,
            self.shown,
            self.log_path if self._file_handler is not None else None,
            self.others,
        )

    def _closed(self, *_: object) -> None:
        if self.shown is not None:
            self.dismissed.add(self.shown.key)
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = self.shown = None
        self.others = 0

    def _parent(self) -> QWidget | None:
        if self.window is not None and shiboken6.isValid(self.window):
            return self.window
        return QApplication.activeWindow()

    def _status(self, text: str) -> None:
        window = self._parent()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)

    # -- Help > Error log -----------------------------------------------------------------
    def show_log_info(self) -> QMessageBox:
        """Say where the log is (selectable), with a button to open its folder."""
        if self.info_box is not None and shiboken6.isValid(self.info_box):
            self.info_box.close()
        total = sum(r.count for r in self.records.values())
        folder = QUrl.fromLocalFile(str(self.log_path.parent))
        self.info_box = log_info_box(
            self._parent(), self.log_path, total, lambda: self.open_folder(folder)
        )
        return self.info_box


def install_error_handler(log_path: Path | None = None) -> ErrorHandler:
    """Log unexpected errors and show them; call once the QApplication exists."""
    handler = ErrorHandler(log_path, parent=QCoreApplication.instance())
    return handler.install()
