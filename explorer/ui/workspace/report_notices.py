"""The warnings above the import report's tabs: rows that do not add up, nothing imported.

Why apart from the dialog: each is a sentence chosen from the report alone, in
red, hidden when it does not apply; the dialog only places them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from explorer.io.importing.empty import nothing_imported
from explorer.io.importing.report import ImportReport
from explorer.ui.common.plain_text import TEXT_LIMIT, plain_label, shown, wrap
from explorer.ui.common.translations import count_text, interface_language, translate

WARNING_STYLE = "color: #b00020; font-weight: bold;"


def _warning(text: str, name: str, visible: bool) -> QLabel:
    label = plain_label(text)
    label.setObjectName(name)
    wrap(label)
    label.setStyleSheet(WARNING_STYLE)
    label.setVisible(visible)
    return label


def balance_warning(report: ImportReport) -> QLabel:
    """Shown when rows read != imported + rejected: a bug in the importer."""
    text = translate(
        "ImportReport",
        "Rows do not add up: {read} rows read, but {imported} imported + "
        "{rejected} rejected = {total}. This is a bug in the importer; please "
        "report it with the exported CSV.",
    ).format(
        read=count_text(report.rows_read),
        imported=count_text(report.rows_imported),
        rejected=count_text(len(report.rejected)),
        total=count_text(report.rows_imported + len(report.rejected)),
    )
    return _warning(text, "balance_warning", not report.balanced)


def nothing_warning(report: ImportReport) -> QLabel:
    """Shown when not one row was imported: the file was not stored as a dataset."""
    text = translate(
        "ImportReport", "Nothing was imported from {file}, and no dataset was added: {why}."
    ).format(
        file=shown(report.file_name),
        why=shown(nothing_imported(report, interface_language()), TEXT_LIMIT),
    )
    return _warning(text, "nothing_warning", report.nothing_imported)
