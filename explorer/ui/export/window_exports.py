"""What File and Edit do with the window's view: the export dialog, the clipboard, the briefs.

Why apart from the window: the window assembles its parts; these are the
user's ways out of it (a picture for a slide, the panel's text for an e-mail,
a one-page brief), each a short conversation with a file dialog or the
clipboard and a word in the status bar.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from explorer.ui.common.modal import show_modal
from explorer.ui.common.plain_text import literal_text, shown_path
from explorer.ui.common.translations import translate

if TYPE_CHECKING:
    from explorer.ui.export.dialog import ExportDialog
    from explorer.ui.window.main_window import MainWindow


def open_export_dialog(window: MainWindow) -> ExportDialog:
    """Ctrl+E: the export dialog with its live preview (window-modal: the keyboard goes
    to it, and the view it exports stays as it is while it is open)."""
    from explorer.ui.export.dialog import ExportDialog

    return show_modal(ExportDialog(window))


def copy_map_image(window: MainWindow) -> QImage:
    """The map as a 1920x1080 slide image on the clipboard."""
    from explorer.core.view.export_spec import ExportSpec
    from explorer.ui.export.map_export import copy_to_clipboard

    image = copy_to_clipboard(window, ExportSpec())
    window.statusBar().showMessage(
        translate("MainWindow", "Map image copied to the clipboard (1920 x 1080)"), 5000
    )
    return image


def copy_country_text(window: MainWindow) -> str:
    """Put the country panel's content on the clipboard as plain text (for e-mails)."""
    text = window.detail_panel.text()
    QGuiApplication.clipboard().setText(text)
    window.statusBar().showMessage(translate("MainWindow", "Country details copied as text"), 4000)
    return text


def export_brief(window: MainWindow, path: Path) -> Path:
    """Write the one-page A4 brief of the selected country, or of the place shown."""
    if window.state.selected is None:
        from explorer.ui.export.place_brief import write_place_brief

        return write_place_brief(window, window.detail_panel.place.current_code(), path)
    from explorer.ui.export.country_brief import write_country_brief

    return write_country_brief(window, window.state.selected, path)


def ask_brief_path(window: MainWindow) -> None:
    """File > Export brief…: pick a file (named after the subject and year), write it."""
    state = window.state
    subject = state.selected or window.detail_panel.place.current_code()
    subject = "".join(c if c.isalnum() else "-" for c in subject).strip("-")
    suggested = str(Path.home() / f"brief-{subject}-{state.year}.pdf")
    name, _ = QFileDialog.getSaveFileName(
        window,
        translate("MainWindow", "Export country brief"),
        suggested,
        translate("MainWindow", "PDF (*.pdf)"),
    )
    if not name:
        return
    try:
        export_brief(window, Path(name))
    except OSError as error:
        QMessageBox.warning(
            window, translate("MainWindow", "Country brief not written"), literal_text(error)
        )
        return
    window.statusBar().showMessage(
        translate("MainWindow", "Country brief written to {path}").format(path=shown_path(name)),
        6000,
    )
