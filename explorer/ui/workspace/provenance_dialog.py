"""Where the figures on screen come from: the provenance of one dataset.

Why a dialog of its own: the status bar and panel show one source line; an
officer checking a figure before a meeting needs the whole record (publisher,
edition, file, checksum, counts, caveats) and must be able to copy it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout

from explorer.core.data.dataset import Dataset
from explorer.ui.common.plain_text import LINE_LIMIT, TEXT_LIMIT, plain_label, shown, wrap
from explorer.ui.common.translations import count_text, interface_language, translate

#: A checksum is shown whole: a zero-width break in it would spoil a copy and paste.
_CHECKSUM = re.compile(r"[0-9a-fA-F]{32,128}")


def provenance_rows(dataset: Dataset) -> list[tuple[str, str]]:
    """(field, text) pairs shown in the dialog, in reading order; empty fields left out."""
    p = dataset.provenance
    rows = [
        (translate("Provenance", "Dataset"), dataset.name),
        (translate("Provenance", "Source"), p.source_text(interface_language())),
        (translate("Provenance", "Publisher"), p.publisher),
        (translate("Provenance", "Title"), p.title),
        (translate("Provenance", "Edition (export date)"), p.edition),
        (translate("Provenance", "Citation"), p.citation),
        (translate("Provenance", "Licence"), p.licence),
        (translate("Provenance", "File"), p.file_name),
        (translate("Provenance", "SHA-256"), p.sha256),
        (translate("Provenance", "Imported"), p.imported_at),
    ]
    if p.rows_read:
        rows.append(
            (
                translate("Provenance", "Rows"),
                translate(
                    "Provenance", "{read} read = {imported} imported + {rejected} rejected"
                ).format(
                    read=count_text(p.rows_read),
                    imported=count_text(p.rows_imported),
                    rejected=count_text(p.rows_rejected),
                ),
            )
        )
    if p.synthetic:
        rows.append(
            (
                translate("Provenance", "Status"),
                translate("Provenance", "SYNTHETIC demonstration data: not official statistics"),
            )
        )
    rows += [
        (translate("Provenance", "Caveat"), caveat) for caveat in p.caveats_in(interface_language())
    ]
    return [(name, text) for name, text in rows if text]


class ProvenanceDialog(QDialog):
    """A read-only, selectable form of :func:`provenance_rows`."""

    def __init__(self, dataset: Dataset, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("Provenance", "Provenance: {dataset}").format(
                dataset=shown(dataset.name, LINE_LIMIT)
            )
        )
        self.rows = provenance_rows(dataset)
        form = QFormLayout()
        for name, text in self.rows:
            inert = text if _CHECKSUM.fullmatch(text) else shown(text, TEXT_LIMIT)
            value = plain_label(inert)  # file text: inert and elided
            wrap(value)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(plain_label(translate("Provenance", "{field}:").format(field=name)), value)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def text(self) -> str:
        """The dialog's content as plain text (what a user would copy)."""
        return "\n".join(f"{name}: {text}" for name, text in self.rows)
