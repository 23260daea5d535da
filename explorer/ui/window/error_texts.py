"""What the error dialog and Help > Error log say: the words around an unexpected error.

Why apart from the handler: the handler decides when to show an error (once
per kind, counting repeats, from any thread); these say it, plainly and with
where the log is, so the user knows what happened and what to send.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from explorer.ui.common.translations import translate

if TYPE_CHECKING:
    from explorer.ui.window.error_handler import ErrorRecord


def fill_error_dialog(
    dialog: QMessageBox, record: ErrorRecord, log_path: Path | None, others: int
) -> None:
    """The error, whether the app goes on, where the details are (``log_path`` None: no
    log file could be written), how often it happened and how many others followed."""
    dialog.setWindowTitle(translate("ErrorHandler", "Unexpected error"))
    dialog.setText(
        translate("ErrorHandler", "Something went wrong: {error}").format(error=record.summary)
    )
    lines = [
        translate(
            "ErrorHandler",
            "The app keeps running, but what you just did may not have finished.",
        ),
        translate("ErrorHandler", "The details are in the log file:") + f"\n{log_path}"
        if log_path is not None
        else translate(
            "ErrorHandler", "No log file could be written: copy the details below instead."
        ),
    ]
    if record.count > 1:
        lines.append(
            translate("ErrorHandler", "This error happened {count} times.").format(
                count=record.count
            )
        )
    if others:
        lines.append(
            translate(
                "ErrorHandler",
                "{count} other error(s) happened since; they are in the log too.",
            ).format(count=others)
        )
    dialog.setInformativeText("\n\n".join(lines))
    dialog.setDetailedText(record.details)


def log_info_box(
    parent: QWidget | None, log_path: Path, total: int, open_folder: Callable[[], object]
) -> QMessageBox:
    """Help > Error log: where the log is (selectable) and a button that opens its folder."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(translate("ErrorHandler", "Error log"))
    box.setText(
        translate("ErrorHandler", "Unexpected errors are written, with their details, to:")
        + f"\n{log_path}"
    )
    box.setInformativeText(
        translate(
            "ErrorHandler", "Errors this session: {count}. Send the file with a problem report."
        ).format(count=total)
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    folder = box.addButton(
        translate("ErrorHandler", "Open log folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    folder.clicked.connect(open_folder)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    return box
