"""The export dialog (Ctrl+E): format, size, texts, extent and theme, with a live preview.

Why a preview: presenters adjust a title or a size until the slide looks
right; seeing the result before writing the file is what QGIS print layouts
and Our World in Data's download panel offer. The preview is the export
itself drawn small (same layout, same painters), so what is seen is what is
written.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.view.data import MapTexts
from explorer.core.view.export_spec import ExportSpec, Extent, Format, Theme
from explorer.render.page.map_export import render_png
from explorer.ui.common.plain_text import literal_text, shown_path
from explorer.ui.common.translations import count_text, translate
from explorer.ui.export.formats import FILTERS, FORMAT_NAMES, ExportChoice, unused_because
from explorer.ui.export.map_export import copy_to_clipboard, default_map_texts, export, map_page
from explorer.ui.export.page_size import PageSizeControls

PREVIEW_WIDTH, PREVIEW_HEIGHT = 560, 420


class ExportDialog(QDialog):
    """Choose and write an export of the window's current view."""

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window = window
        self.setWindowTitle(translate("ExportDialog", "Export map"))
        self.defaults = default_map_texts(window)
        self.written: Path | None = None

        self.format_box = QComboBox()
        for fmt in Format:
            self.format_box.addItem(translate("ExportDialog", FORMAT_NAMES[fmt]), fmt)
        self.page_size = PageSizeControls(self._changed)
        self.size_box, self.width_box = self.page_size.size_box, self.page_size.width_box

        self.title_edit = QLineEdit(self.defaults.title)
        self.subtitle_edit = QLineEdit(self.defaults.subtitle)
        self.source_edit = QLineEdit(self.defaults.source)
        self.caveat_edit = QLineEdit(self.defaults.caveat)
        self.disclaimer_edit = QLineEdit(self.defaults.disclaimer)
        self.date_edit = QLineEdit(self.defaults.exported)
        self.legend_box = QCheckBox(
            translate("ExportDialog", "Legends (classes, no data, suppressed, flow widths)")
        )
        self.legend_box.setChecked(True)
        self.extent_box = QComboBox()
        self.extent_box.addItem(translate("ExportDialog", "Whole world"), Extent.WORLD)
        self.extent_box.addItem(translate("ExportDialog", "Current view"), Extent.VIEW)
        self.theme_box = QComboBox()
        self.theme_box.addItem(translate("ExportDialog", "Light"), Theme.LIGHT)
        self.theme_box.addItem(translate("ExportDialog", "Dark"), Theme.DARK)
        # Start from the theme on screen (View > Map theme): what the presenter sees.
        screen_theme = window.context.theme
        if screen_theme is not None and screen_theme.current() == "dark":
            self.theme_box.setCurrentIndex(self.theme_box.findData(Theme.DARK))

        form = QFormLayout()
        form.addRow(translate("ExportDialog", "Format:"), self.format_box)
        form.addRow(translate("ExportDialog", "Size:"), self.size_box)
        form.addRow("", self.page_size.row)
        form.addRow(translate("ExportDialog", "Title:"), self.title_edit)
        form.addRow(translate("ExportDialog", "Subtitle:"), self.subtitle_edit)
        form.addRow(translate("ExportDialog", "Source line:"), self.source_edit)
        form.addRow(translate("ExportDialog", "Caveat:"), self.caveat_edit)
        form.addRow(translate("ExportDialog", "Disclaimer:"), self.disclaimer_edit)
        form.addRow(translate("ExportDialog", "Date line:"), self.date_edit)
        form.addRow("", self.legend_box)
        form.addRow(translate("ExportDialog", "Extent:"), self.extent_box)
        form.addRow(translate("ExportDialog", "Theme:"), self.theme_box)
        if window.dataset.is_synthetic:
            note = QLabel(
                translate("ExportDialog", "Synthetic data: the export carries the SYNTHETIC band.")
            )
            note.setStyleSheet("QLabel { color: #8a5a00; }")
            form.addRow("", note)

        self.preview = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_WIDTH, PREVIEW_HEIGHT)
        self.preview.setAccessibleName(translate("ExportDialog", "Export preview"))
        self.preview_note = QLabel(wordWrap=True)
        self.preview_note.setStyleSheet("QLabel { color: #555555; }")
        side = QVBoxLayout()
        side.addWidget(self.preview, 1)
        side.addWidget(self.preview_note)

        buttons = QDialogButtonBox()
        self.export_button = QPushButton(translate("ExportDialog", "Export…"))
        self.export_button.setDefault(True)
        self.copy_button = QPushButton(translate("ExportDialog", "Copy image"))
        self.copy_button.setToolTip(
            translate("ExportDialog", "Copy the map image to the clipboard, to paste into slides")
        )
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self._ask_and_export)
        self.copy_button.clicked.connect(self.copy_image)
        buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)

        self._refresh = QTimer(self, singleShot=True, interval=200)
        self._refresh.timeout.connect(self.update_preview)
        for edit in self._edits():
            edit.setCursorPosition(0)  # long texts show their beginning
            edit.textChanged.connect(self._changed)
        for combo in (self.format_box, self.extent_box, self.theme_box):
            combo.currentIndexChanged.connect(self._changed)
        self.legend_box.toggled.connect(self._changed)
        kept = window.context.export_choice
        if kept is not None:  # as the dialog last closed, in this run
            self.format_box.setCurrentIndex(self.format_box.findData(kept.format))
            self.page_size.choose(kept.page)
        self.format_box.currentIndexChanged.connect(self._format_chosen)
        self._format_chosen()
        self.page_size.preset_chosen()
        self.update_preview()

    def _format_chosen(self) -> None:
        """Grey out what the chosen format does not use, saying why in a tooltip."""
        why = unused_because(Format(self.format_box.currentData()))
        self.page_size.set_used(not why, why)
        for widget in (self.legend_box, self.extent_box, self.theme_box):
            widget.setEnabled(not why)
            widget.setToolTip(why)

    def done(self, result: int) -> None:
        """Close, keeping the format and size for the next time the dialog opens."""
        self.window.context.export_choice = ExportChoice(
            Format(self.format_box.currentData()), self.page_size.chosen()
        )
        super().done(result)

    # -- the spec -----------------------------------------------------------
    def _edits(self) -> list[QLineEdit]:
        return [
            self.title_edit,
            self.subtitle_edit,
            self.source_edit,
            self.caveat_edit,
            self.disclaimer_edit,
            self.date_edit,
        ]

    def texts(self) -> MapTexts:
        return MapTexts(
            title=self.title_edit.text(),
            subtitle=self.subtitle_edit.text(),
            source=self.source_edit.text(),
            caveat=self.caveat_edit.text(),
            disclaimer=self.disclaimer_edit.text(),
            exported=self.date_edit.text(),
            synthetic=self.defaults.synthetic,  # never editable: synthetic data says so
        )

    def spec(self) -> ExportSpec:
        """What the dialog's controls describe. A format without a size (HTML, data files)
        gets the default slide's, so a size greyed out for it never stops its export."""
        fmt, slide = Format(self.format_box.currentData()), ExportSpec()
        width, height, unit, dpi = (
            self.page_size.size()
            if fmt.is_picture
            else (slide.width, slide.height, slide.unit, slide.dpi)
        )
        return ExportSpec(
            format=fmt,
            width=width,
            height=height,
            unit=unit,
            dpi=dpi,
            texts=self.texts(),
            legend=self.legend_box.isChecked(),
            extent=Extent(self.extent_box.currentData()),
            theme=Theme(self.theme_box.currentData()),
        )

    def _changed(self) -> None:
        self._refresh.start()

    # -- preview and output --------------------------------------------------
    def update_preview(self) -> None:
        """Draw the export small: the same layout at the preview's width."""
        try:
            spec = self.spec()
        except ValueError as error:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(str(error))
            self.export_button.setEnabled(False)
            return
        self.export_button.setEnabled(True)
        width, height = spec.pixel_size
        factor = min(1.0, PREVIEW_WIDTH / width, PREVIEW_HEIGHT / height)
        image = render_png(map_page(self.window), replace(spec, format=Format.PNG), factor=factor)
        self.preview.setPixmap(QPixmap.fromImage(image))
        kind = spec.format
        size_text = translate("ExportDialog", "{width} x {height} px").format(
            width=count_text(width), height=count_text(height)
        )
        if spec.unit == "mm":
            size_text = translate(
                "ExportDialog", "{width} x {height} mm ({pixels} at {dpi} dpi)"
            ).format(
                width=f"{spec.width:g}",
                height=f"{spec.height:g}",
                pixels=size_text,
                dpi=f"{spec.dpi:g}",
            )
        name = translate("ExportDialog", FORMAT_NAMES[kind])
        if kind.is_picture:
            note = translate("ExportDialog", "{format}, {size}.").format(
                format=name, size=size_text
            )
        elif kind is Format.HTML:
            note = translate(
                "ExportDialog", "An interactive map in one HTML file that opens with no network."
            )
        else:
            note = translate(
                "ExportDialog", "{format}: the values, classes and flows shown, with the source."
            ).format(format=name)
        self.preview_note.setText(note)

    def suggested_name(self) -> str:
        spec = self.spec()
        state = self.window.state
        stem = "".join(c if c.isalnum() else "-" for c in state.indicator.lower()).strip("-")
        return f"{stem or 'map'}-{state.year}.{spec.format.value}"

    def write(self, path: Path) -> Path:
        """Write the export to ``path`` (errors are raised; the button shows them)."""
        self.written = export(self.window, self.spec(), Path(path))
        return self.written

    def _ask_and_export(self) -> None:
        spec = self.spec()
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("ExportDialog", "Export map"),
            str(Path.home() / self.suggested_name()),
            translate("ExportDialog", FILTERS[spec.format]),
        )
        if not name:
            return
        try:
            path = self.write(Path(name))
        except (OSError, ValueError) as error:
            QMessageBox.warning(
                self,
                translate("ExportDialog", "Export failed"),
                literal_text(
                    translate("ExportDialog", "Nothing was written: {error}").format(error=error)
                ),
            )
            return
        self.window.statusBar().showMessage(
            translate("ExportDialog", "Exported {path}").format(path=shown_path(path)), 8000
        )
        self.accept()

    def copy_image(self) -> None:
        copy_to_clipboard(self.window, self.spec())
        self.window.statusBar().showMessage(
            translate("ExportDialog", "Map image copied to the clipboard"), 5000
        )
