"""The import report dialog: what a GLOTIP import understood, and what it did not.

Why: the export is messy, and nothing may be dropped silently. After an import
the user sees every rejected row, conflicting duplicate, implausible value,
unresolved origin label and approximate name match, can save the lot as CSV,
and can map unresolved labels to a country or class (aliases) right here.

Every string shown comes from the user's file, so labels are plain text and
tooltips escaped (DESIGN.md section 5); table items are plain text already.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.core.data.local_numbers import decimal_text
from explorer.core.data.values import format_number
from explorer.io.importing.report import ImportReport
from explorer.ui.common.plain_text import LINE_LIMIT, TEXT_LIMIT, plain_label, shown, wrap
from explorer.ui.common.translations import count_text, interface_language, translate
from explorer.ui.workspace.alias_choices import AliasChoices
from explorer.ui.workspace.report_groups import GroupsTab, checks_table
from explorer.ui.workspace.report_notices import balance_warning, nothing_warning
from explorer.ui.workspace.report_tables import (
    SortItem,
    column_headers,
    columns_table,
    fill_rows,
    lines_in,
    rejected_items,
    report_table,
    text_item,
)

MAX_ALIAS_COMBOS = 500  #: a GLOTIP import has ~30 unresolved labels; more would be slow widgets
HELP_TEXT = QT_TRANSLATE_NOOP(
    "ImportReport",
    "Origins no rule understood are imported as unknown. Map a label to a country "
    "or class to fix it in this dataset and in later imports.",
)


class ImportReportDialog(QDialog):
    """Shows an :class:`ImportReport`; lets the user export it and map unresolved labels.

    Non-modal capable: the constructor only builds widgets; callers ``show()``
    or ``exec()`` it. ``aliases_chosen`` carries ``{raw label: result code}``
    when the user presses "Apply aliases"; the caller stores them.
    """

    aliases_chosen = Signal(dict)
    #: ``{group key: "parts" | "repeats"}``: rules for groups of rows, for the next import
    rules_chosen = Signal(dict)

    def __init__(
        self,
        report: ImportReport,
        names: Mapping[str, str],
        aliases: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
        rules: Mapping[str, str] | None = None,
        lang: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.names = dict(names)
        #: The language of the report's texts on screen (the CSV export keeps English).
        self.lang = lang or interface_language()
        self.setWindowTitle(
            translate("ImportReport", "Import report: {file}").format(
                file=shown(report.file_name, LINE_LIMIT)
            )
        )
        self.resize(900, 600)

        summary = lines_in(report.summary(self.lang), self.lang)
        self.summary_label = plain_label(shown(summary, TEXT_LIMIT))
        self.summary_label.setObjectName("import_summary")
        wrap(self.summary_label)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.balance_warning = balance_warning(report)
        self.nothing_warning = nothing_warning(report)

        self.tabs = QTabWidget()
        if report.columns:  # a table's columns and what became of each
            self.columns_table = columns_table(report, self.lang)
            name = QT_TRANSLATE_NOOP("ImportReport", "Columns")
            self._add_tab(self.columns_table, name, len(report.columns))
        self.rejected_table = self._add_rows_tab(
            QT_TRANSLATE_NOOP("ImportReport", "Rejected rows"), report.rejected
        )
        self.groups_tab = GroupsTab(report, dict(rules or {}), lang=self.lang)
        self.groups_tab.rules_chosen.connect(self.rules_chosen)
        self.conflicts_table = self.groups_tab.table
        self._add_page(
            self.groups_tab,
            QT_TRANSLATE_NOOP("ImportReport", "Groups of rows"),
            len(report.conflicts),
        )
        self.checks_table = checks_table(report, self.lang)
        self._add_tab(
            self.checks_table,
            QT_TRANSLATE_NOOP("ImportReport", "Contradictions"),
            len(report.consistency),
        )
        self.implausible_table = self._add_rows_tab(
            QT_TRANSLATE_NOOP("ImportReport", "Implausible values"), report.implausible
        )
        self.noted_table = (  # imported, with something to say (flow tables' agency codes)
            self._add_rows_tab(QT_TRANSLATE_NOOP("ImportReport", "Rows with a note"), report.noted)
            if report.noted
            else None
        )
        self.unresolved_table = self._add_unresolved_tab(aliases or {})
        self.fuzzy_table = self._add_fuzzy_tab()

        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            translate("ImportReport", "Export as CSV…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.apply_button = buttons.addButton(
            translate("ImportReport", "Apply aliases"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        for button in buttons.buttons():
            # Enter in a "Map to" box must not press a button (or close the dialog).
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.export_button.clicked.connect(self._ask_and_export)
        self.apply_button.clicked.connect(self.apply_aliases)
        buttons.rejected.connect(self.reject)
        self._update_apply()

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.balance_warning)
        layout.addWidget(self.nothing_warning)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    # --- tabs -------------------------------------------------------------------------

    def _add_tab(
        self, table: QTableWidget, title: str, count: int, above: QWidget | None = None
    ) -> None:
        """Add ``table`` as a tab titled with its count, so empty lists read as "(0)"."""
        title = translate("ImportReport", "{title} ({count})").format(
            title=translate("ImportReport", title), count=count_text(count)
        )
        if above is None:
            self.tabs.addTab(table, title)
            return
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(above)
        box.addWidget(table, 1)
        self.tabs.addTab(page, title)

    def _add_page(self, page: QWidget, title: str, count: int) -> None:
        self.tabs.addTab(
            page,
            translate("ImportReport", "{title} ({count})").format(
                title=translate("ImportReport", title), count=count_text(count)
            ),
        )

    def _add_rows_tab(self, name: str, rows: list) -> QTableWidget:
        """A tab listing file rows (row, reason or note, source values)."""
        table = report_table(column_headers("Row", "Reason", "Source values"), name, [70, 320])
        fill_rows(table, rejected_items(rows, self.lang))
        self._add_tab(table, name, len(rows))
        return table

    def _add_unresolved_tab(self, aliases: Mapping[str, str]) -> QTableWidget:
        name = QT_TRANSLATE_NOOP("ImportReport", "Unresolved labels")
        table = report_table(column_headers("Label", "Victims", "Map to"), name, [320, 100])
        labels = list(self.report.unresolved.items())
        fill_rows(
            table,
            [
                [text_item(label), SortItem(format_number(victims), float(victims))]
                for label, victims in labels
            ],
        )
        existing = _aliased(labels, aliases)
        self.alias_choices = AliasChoices(self.names, existing, self)
        # Cell widgets follow their row when the table is sorted (persistent indexes).
        for row, (label, _victims) in enumerate(labels[:MAX_ALIAS_COMBOS]):
            table.setCellWidget(row, 2, self.alias_choices.combo(label, self._update_apply))
        help_box = QWidget()
        help_layout = QVBoxLayout(help_box)
        help_layout.setContentsMargins(0, 0, 0, 0)
        self.help_label = plain_label(translate("ImportReport", HELP_TEXT))
        wrap(self.help_label)
        help_layout.addWidget(self.help_label)
        if len(labels) > MAX_ALIAS_COMBOS:
            help_layout.addWidget(
                plain_label(
                    translate(
                        "ImportReport",
                        "Only the {shown} labels with the most victims can be mapped here; "
                        "all {count} are listed and exported.",
                    ).format(shown=count_text(MAX_ALIAS_COMBOS), count=count_text(len(labels)))
                )
            )
        self._add_tab(table, name, len(labels), above=help_box)
        return table

    def _add_fuzzy_tab(self) -> QTableWidget:
        name = QT_TRANSLATE_NOOP("ImportReport", "Fuzzy matches")
        table = report_table(column_headers("Label", "Matched to", "Score"), name, [320, 320])
        rows = [
            [
                text_item(label),
                text_item(self._describe(result)),
                SortItem(decimal_text(score, self.lang, 1), float(score)),
            ]
            for label, result, score in self.report.fuzzy
        ]
        fill_rows(table, rows)
        self._add_tab(table, name, len(self.report.fuzzy))
        return table

    def _describe(self, result: str) -> str:
        """``"Eritrea (ERI)"`` for a known ISO3, else the result as it is."""
        name = self.names.get(result)
        return f"{name} ({result})" if name else str(result)

    # --- "Map to" boxes ---------------------------------------------------------------

    def chosen_aliases(self) -> dict[str, str]:
        """``{raw label: result code}`` for every label with a non-empty choice."""
        return self.alias_choices.chosen()

    def _update_apply(self) -> None:
        """Apply is worth pressing only when some choice differs from the stored alias."""
        self.apply_button.setEnabled(self.alias_choices.changed())

    def apply_aliases(self) -> dict[str, str]:
        """Emit the chosen aliases; they then count as stored, so Apply greys out again."""
        chosen = self.chosen_aliases()
        self.aliases_chosen.emit(chosen)
        self.alias_choices.stored(chosen)
        self._update_apply()
        return chosen

    # --- export -----------------------------------------------------------------------

    def suggested_csv_name(self) -> str:
        """``<file stem>-import-report.csv``: names the source, sorts next to it."""
        stem = Path(self.report.file_name).stem or "import"
        return f"{stem}-import-report.csv"

    def export_csv(self, path: Path) -> Path:
        """Write the report to ``path`` as CSV and return it; raises OSError on failure."""
        path = Path(path)
        self.report.to_csv(path)
        return path

    def _ask_and_export(self) -> None:
        """Ask where to save; a write failure is shown, never raised (the app keeps running)."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            translate("ImportReport", "Export import report"),
            self.suggested_csv_name(),
            translate("ImportReport", "CSV files (*.csv)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".csv")
        try:
            self.export_csv(path)
        except OSError as error:
            # The first line holds no file text, so Qt never takes the message for markup.
            QMessageBox.warning(
                self,
                translate("ImportReport", "Export failed"),
                translate("ImportReport", "Could not write the import report.")
                + f"\n{path}\n{error.strerror or error}",
            )


def _aliased(labels: list[tuple[str, float]], aliases: Mapping[str, str]) -> dict[str, str]:
    """The labels the workspace already maps (label -> result).

    Why the import here and only with aliases: it loads ftfy (0.15 s, a few MB), which a
    window whose file was read in a child process (:mod:`explorer.io.importing.child_process`)
    has not loaded, and a new user's workspace has no aliases.
    """
    if not aliases:
        return {}
    from explorer.core.names.keys import normalise

    keys = {label: normalise(label) for label, _ in labels}
    return {label: aliases[key] for label, key in keys.items() if aliases.get(key)}
