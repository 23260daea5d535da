"""Where the figures on screen come from: the provenance of one dataset.

Why a dialog of its own: the status bar and panel show one source line; an
officer checking a figure before a meeting needs the whole record (publisher,
edition, file, checksum, counts, caveats) and must be able to copy it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout

from explorer.core.dataset import Dataset
from explorer.ui.plain_text import plain_label


def provenance_rows(dataset: Dataset) -> list[tuple[str, str]]:
    """(field, text) pairs shown in the dialog, in reading order; empty fields left out."""
    p = dataset.provenance
    rows = [
        ("Dataset", dataset.name),
        ("Source", p.source_line().removeprefix("Source: ")),
        ("Publisher", p.publisher),
        ("Title", p.title),
        ("Edition (export date)", p.edition),
        ("Citation", p.citation),
        ("Licence", p.licence),
        ("File", p.file_name),
        ("SHA-256", p.sha256),
        ("Imported", p.imported_at),
    ]
    if p.rows_read:
        rows.append(
            (
                "Rows",
                f"{p.rows_read:,} read = {p.rows_imported:,} imported + "
                f"{p.rows_rejected:,} rejected",
            )
        )
    if p.synthetic:
        rows.append(("Status", "SYNTHETIC demonstration data: not official statistics"))
    rows += [("Caveat", caveat) for caveat in p.caveats]
    return [(name, text) for name, text in rows if text]


class ProvenanceDialog(QDialog):
    """A read-only, selectable form of :func:`provenance_rows`."""

    def __init__(self, dataset: Dataset, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Provenance: {dataset.name}")
        self.rows = provenance_rows(dataset)
        form = QFormLayout()
        for name, text in self.rows:
            value = plain_label(text)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(plain_label(name + ":"), value)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def text(self) -> str:
        """The dialog's content as plain text (what a user would copy)."""
        return "\n".join(f"{name}: {text}" for name, text in self.rows)
