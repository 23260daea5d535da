"""The import report dialog: what a GLOTIP import understood, and what it did not.

Why: the export is messy, and nothing may be dropped silently. After an import
the user sees every rejected row, conflicting duplicate, implausible value,
unresolved origin label and approximate name match, can save the lot as CSV,
and can map unresolved labels to a country or class (aliases) right here.

Every string shown comes from the user's file, so labels are plain text and
tooltips escaped (DESIGN.md section 5); table items are plain text already.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.core.names import normalise
from explorer.core.values import format_number
from explorer.io.import_report import ImportReport, RejectedRow
from explorer.ui.plain_text import plain_label, tooltip_html

MAX_ALIAS_COMBOS = 500  #: a GLOTIP import has ~30 unresolved labels; more would be slow widgets
HELP_TEXT = (
    "Origins no rule understood are imported as unknown. Map a label to a country "
    "or class to fix it in this dataset and in later imports."
)
CLASS_ITEMS = (("Own nationals (DOMESTIC)", "DOMESTIC"), ("Unknown (UNKNOWN)", "UNKNOWN"))
CODE_ROLE = Qt.ItemDataRole.UserRole  #: alias result code of a "Map to" item
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  #: numeric sort key of a formatted cell
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
WARNING_STYLE = "color: #b00020; font-weight: bold;"


class _SortItem(QTableWidgetItem):
    """A cell shown as formatted text but sorted by a number (victims, scores, row lists)."""

    def __init__(self, text: str, key: float) -> None:
        super().__init__(text)
        self.setData(SORT_ROLE, key)
        self.setTextAlignment(NUMBER_ALIGNMENT)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:  # not super(): that would call back into __lt__
            return self.text() < other.text()
        return mine < theirs


class _AliasCombo(QComboBox):
    """An editable "Map to" box that ignores the wheel unless focused.

    Why: scrolling the table over a column of combos must not silently change
    a mapping the user never touched.
    """

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


def _sort_key(name: str) -> str:
    """Accent- and case-free key, so "Åland" sorts with the A's, not after Z."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _source_values(raw: Mapping) -> str:
    """The raw cells of a row as ``k=v; k=v`` (same form as the CSV export)."""
    return "; ".join(f"{k}={v}" for k, v in raw.items())


def _table(headers: list[str], name: str, widths: list[int]) -> QTableWidget:
    """A read-only, row-selecting table; the last column takes the remaining width.

    Column widths are fixed rather than sized to contents: sizing to contents
    measures every cell, which is slow for a couple of thousand rejected rows.
    """
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


def _fill(table: QTableWidget, rows: list[list[QTableWidgetItem]]) -> None:
    """Put ``rows`` into ``table`` in the given order, then allow sorting by header click.

    Sorting is off while filling (else every setItem re-sorts) and the sort
    indicator is cleared, so the table opens in the report's own order.
    """
    table.setSortingEnabled(False)
    table.setUpdatesEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, item in enumerate(row):
            table.setItem(r, c, item)
    table.setUpdatesEnabled(True)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)


def _row_item(row: int) -> QTableWidgetItem:
    """A file row number that sorts as a number (natively, so 2,000 rows stay quick)."""
    item = QTableWidgetItem()
    item.setData(Qt.ItemDataRole.DisplayRole, int(row))
    item.setTextAlignment(NUMBER_ALIGNMENT)
    return item


def _source_item(raw: Mapping) -> QTableWidgetItem:
    text = _source_values(raw)
    item = QTableWidgetItem(text)
    item.setToolTip(tooltip_html(text))  # a tooltip would guess markup; escape it
    return item


def _rejected_rows(rows: list[RejectedRow]) -> list[list[QTableWidgetItem]]:
    return [[_row_item(r.row), QTableWidgetItem(r.reason), _source_item(r.raw)] for r in rows]


class ImportReportDialog(QDialog):
    """Shows an :class:`ImportReport`; lets the user export it and map unresolved labels.

    Non-modal capable: the constructor only builds widgets; callers ``show()``
    or ``exec()`` it. ``aliases_chosen`` carries ``{raw label: result code}``
    when the user presses "Apply aliases"; the caller stores them.
    """

    aliases_chosen = Signal(dict)

    def __init__(
        self,
        report: ImportReport,
        names: Mapping[str, str],
        aliases: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.names = dict(names)
        self.setWindowTitle(f"Import report: {report.file_name}")
        self.resize(900, 600)

        self.summary_label = plain_label(report.summary())
        self.summary_label.setObjectName("import_summary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.balance_warning = plain_label(
            f"Rows do not add up: {report.rows_read:,} rows read, but "
            f"{report.rows_imported:,} imported + {len(report.rejected):,} rejected = "
            f"{report.rows_imported + len(report.rejected):,}. This is a bug in the "
            f"importer; please report it with the exported CSV."
        )
        self.balance_warning.setObjectName("balance_warning")
        self.balance_warning.setWordWrap(True)
        self.balance_warning.setStyleSheet(WARNING_STYLE)
        self.balance_warning.setVisible(not report.balanced)

        self.tabs = QTabWidget()
        self.rejected_table = self._add_rejected_tab()
        self.conflicts_table = self._add_conflicts_tab()
        self.implausible_table = self._add_implausible_tab()
        self._existing: dict[str, str] = {}  # raw label -> alias the workspace already has
        self._combos: dict[str, QComboBox] = {}  # raw label -> its "Map to" box
        self.unresolved_table = self._add_unresolved_tab(aliases or {})
        self.fuzzy_table = self._add_fuzzy_tab()

        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            "Export as CSV…", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.apply_button = buttons.addButton(
            "Apply aliases", QDialogButtonBox.ButtonRole.ActionRole
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
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    # --- tabs -------------------------------------------------------------------------

    def _add_tab(
        self, table: QTableWidget, title: str, count: int, above: QWidget | None = None
    ) -> None:
        """Add ``table`` as a tab titled with its count, so empty lists read as "(0)"."""
        if above is None:
            self.tabs.addTab(table, f"{title} ({count:,})")
            return
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(above)
        box.addWidget(table, 1)
        self.tabs.addTab(page, f"{title} ({count:,})")

    def _add_rejected_tab(self) -> QTableWidget:
        table = _table(["Row", "Reason", "Source values"], "Rejected rows", [70, 320])
        _fill(table, _rejected_rows(self.report.rejected))
        self._add_tab(table, "Rejected rows", len(self.report.rejected))
        return table

    def _add_conflicts_tab(self) -> QTableWidget:
        table = _table(["Rows", "Key", "Values", "Shown on the map"], "Conflicts", [120, 400, 160])
        rows = []
        for conflict in self.report.conflicts:
            first_row = min(conflict.rows) if conflict.rows else 0
            rows.append(
                [
                    _SortItem(" ".join(str(n) for n in conflict.rows), first_row),
                    QTableWidgetItem(" | ".join(str(k) for k in conflict.key)),
                    QTableWidgetItem(" ".join(str(v) for v in conflict.values)),
                    QTableWidgetItem(str(conflict.kept)),
                ]
            )
        _fill(table, rows)
        self._add_tab(table, "Conflicts", len(self.report.conflicts))
        return table

    def _add_implausible_tab(self) -> QTableWidget:
        table = _table(["Row", "Reason", "Source values"], "Implausible values", [70, 320])
        _fill(table, _rejected_rows(self.report.implausible))
        self._add_tab(table, "Implausible values", len(self.report.implausible))
        return table

    def _add_unresolved_tab(self, aliases: Mapping[str, str]) -> QTableWidget:
        table = _table(["Label", "Victims", "Map to"], "Unresolved labels", [320, 100])
        labels = list(self.report.unresolved.items())
        _fill(
            table,
            [
                [QTableWidgetItem(label), _SortItem(format_number(victims), float(victims))]
                for label, victims in labels
            ],
        )
        for label, _victims in labels:
            existing = aliases.get(normalise(label))
            if existing:
                self._existing[label] = existing
        self._choices = self._choice_model()
        # Cell widgets follow their row when the table is sorted (persistent indexes).
        for row, (label, _victims) in enumerate(labels[:MAX_ALIAS_COMBOS]):
            combo = self._alias_combo(label)
            table.setCellWidget(row, 2, combo)
            self._combos[label] = combo
        help_box = QWidget()
        help_layout = QVBoxLayout(help_box)
        help_layout.setContentsMargins(0, 0, 0, 0)
        self.help_label = plain_label(HELP_TEXT)
        self.help_label.setWordWrap(True)
        help_layout.addWidget(self.help_label)
        if len(labels) > MAX_ALIAS_COMBOS:
            help_layout.addWidget(
                plain_label(
                    f"Only the {MAX_ALIAS_COMBOS:,} labels with the most victims can be mapped "
                    f"here; all {len(labels):,} are listed and exported."
                )
            )
        self._add_tab(table, "Unresolved labels", len(labels), above=help_box)
        return table

    def _add_fuzzy_tab(self) -> QTableWidget:
        table = _table(["Label", "Matched to", "Score"], "Fuzzy matches", [320, 320])
        rows = [
            [
                QTableWidgetItem(label),
                QTableWidgetItem(self._describe(result)),
                _SortItem(f"{score:.1f}", float(score)),
            ]
            for label, result, score in self.report.fuzzy
        ]
        _fill(table, rows)
        self._add_tab(table, "Fuzzy matches", len(self.report.fuzzy))
        return table

    def _describe(self, result: str) -> str:
        """``"Eritrea (ERI)"`` for a known ISO3, else the result as it is."""
        name = self.names.get(result)
        return f"{name} ({result})" if name else str(result)

    # --- "Map to" boxes ---------------------------------------------------------------

    def _choice_model(self) -> QStandardItemModel:
        """One item list shared by every "Map to" box (500 copies of ~250 items would be slow).

        Also fills ``self._lookup``: item text, country name and code (all
        case-folded) -> result code, so typed text resolves too.
        """
        model = QStandardItemModel(self)
        self._lookup: dict[str, str] = {}

        def add(text: str, code: str) -> None:
            item = QStandardItem(text)
            item.setData(code, CODE_ROLE)
            model.appendRow(item)
            if code:
                self._lookup[text.casefold()] = code
                self._lookup[code.casefold()] = code

        add("", "")
        for text, code in CLASS_ITEMS:
            add(text, code)
        for iso3, name in sorted(self.names.items(), key=lambda kv: (_sort_key(kv[1]), kv[0])):
            add(f"{name} ({iso3})", iso3)
            self._lookup.setdefault(name.casefold(), iso3)
        # An existing alias to something not listed (a region, a retired code) stays choosable.
        for code in sorted(set(self._existing.values()) - set(self._lookup.values())):
            add(code, code)
        return model

    def _alias_combo(self, label: str) -> QComboBox:
        combo = _AliasCombo()
        combo.setAccessibleName(f"Map {label} to")
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setModel(self._choices)
        combo.lineEdit().setPlaceholderText("leave unresolved")
        completer = QCompleter(self._choices, combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        existing = self._existing.get(label)
        index = combo.findData(existing, CODE_ROLE) if existing else 0
        combo.setCurrentIndex(max(index, 0))
        combo.currentTextChanged.connect(self._update_apply)
        return combo

    def _choice(self, combo: QComboBox) -> str:
        """The result code a box stands for: a listed item, a country name or a code; else ""."""
        text = combo.currentText().strip()
        return self._lookup.get(text.casefold(), "") if text else ""

    def chosen_aliases(self) -> dict[str, str]:
        """``{raw label: result code}`` for every label with a non-empty choice."""
        chosen = {}
        for label, combo in self._combos.items():
            code = self._choice(combo)
            if code:
                chosen[label] = code
        return chosen

    def _update_apply(self) -> None:
        """Apply is worth pressing only when some choice differs from the stored alias."""
        changed = any(
            code != self._existing.get(label) for label, code in self.chosen_aliases().items()
        )
        self.apply_button.setEnabled(changed)

    def apply_aliases(self) -> dict[str, str]:
        """Emit the chosen aliases; they then count as stored, so Apply greys out again."""
        chosen = self.chosen_aliases()
        self.aliases_chosen.emit(chosen)
        self._existing.update(chosen)
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
            self, "Export import report", self.suggested_csv_name(), "CSV files (*.csv)"
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
                "Export failed",
                f"Could not write the import report.\n{path}\n{error.strerror or error}",
            )
