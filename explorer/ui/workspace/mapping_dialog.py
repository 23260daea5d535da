"""Which column is the country, the year, the value: the mapping step of a table import.

Why: tables from other publishers name their columns in every way; when the
reader cannot tell them apart it asks (``NeedsMapping``) with its best guess,
and this dialog lets the user confirm or correct it, tick the value columns to
import (each an indicator) and name the indicator, as QGIS's delimited-text
import and flowmap.blue's column picker do.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from explorer.io.readers.tables.mapping import FIRST_YEAR, LAST_YEAR, NeedsMapping, TableMapping
from explorer.ui.common.plain_text import (
    LINE_LIMIT,
    TEXT_LIMIT,
    fit_combo,
    plain_label,
    shown,
    wrap,
)
from explorer.ui.common.translations import translate
from explorer.ui.workspace.level_order import LevelOrder
from explorer.ui.workspace.value_checks import checks_area, first_checked, value_checks

NONE = QT_TRANSLATE_NOOP("TableMapping", "(none)")


class TableMappingDialog(QDialog):
    """Pick the meaning of the columns; ``mapping_chosen`` carries the TableMapping."""

    mapping_chosen = Signal(object)

    def __init__(self, file_name: str, question: NeedsMapping, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(
            translate("TableMapping", "Columns of {file}").format(file=shown(file_name, LINE_LIMIT))
        )
        self.question = question
        guess = question.guess or TableMapping()
        self.guess = guess
        self.is_flow = bool(guess.origin or guess.destination)
        columns = list(question.columns)

        why = plain_label(
            translate(
                "TableMapping",
                "The table's columns could not be recognised for sure: {reason}. "
                "Say which column holds what; the import then runs again.",
            ).format(reason=shown(question.reason, TEXT_LIMIT))
        )
        wrap(why)
        form = QFormLayout()
        self.layout_box = QComboBox()
        self.layout_box.addItem(
            translate("TableMapping", "One row per country and year (long)"), "long"
        )
        self.layout_box.addItem(
            translate("TableMapping", "One column per year, e.g. 1960 ... 2023 (wide)"), "wide"
        )
        self.layout_box.setCurrentIndex(0 if guess.layout == "long" else 1)
        self.boxes: dict[str, QComboBox] = {}
        roles = (
            [
                ("origin", translate("TableMapping", "Origin:")),
                ("destination", translate("TableMapping", "Destination:")),
            ]
            if self.is_flow
            else [
                ("country", translate("TableMapping", "Country (code or name):")),
                ("country_name", translate("TableMapping", "Country name (spare):")),
            ]
        )
        roles += [("year", translate("TableMapping", "Year:"))]
        if self.is_flow:
            roles += [("value", translate("TableMapping", "Value:"))]
        roles += [("indicator", translate("TableMapping", "Indicator column:"))]
        if not self.is_flow:
            form.addRow(translate("TableMapping", "Layout:"), self.layout_box)
        for role, label in roles:
            box = fit_combo(QComboBox())
            box.addItem(translate("TableMapping", NONE), None)
            for column in columns:  # column names come from the file: shown inert
                box.addItem(shown(column, LINE_LIMIT), column)
            current = getattr(guess, role)
            if current in columns:
                box.setCurrentIndex(columns.index(current) + 1)
            self.boxes[role] = box
            form.addRow(label, box)
        #: Indicator tables: one check box per candidate value column (each an indicator).
        self.value_checks = value_checks(columns, guess) if not self.is_flow else {}
        if self.value_checks:
            form.addRow(translate("TableMapping", "Value columns:"), checks_area(self.value_checks))
        self.year_box = QSpinBox(
            minimum=0,
            maximum=LAST_YEAR,
            specialValueText=translate("TableMapping", "(from a column)"),
        )
        self.year_box.setValue(guess.fixed_year or 0)
        form.addRow(translate("TableMapping", "Year of every row:"), self.year_box)
        self.name_edit = QLineEdit(guess.indicator_name or "")
        self.name_edit.setPlaceholderText(translate("TableMapping", "e.g. Population, total"))
        form.addRow(translate("TableMapping", "Indicator name:"), self.name_edit)
        # The levels shown follow the value column: the combo (flows) or the first ticked box.
        follows = self.boxes["value"] if self.is_flow else first_checked(self.value_checks, self)
        self.level_order = LevelOrder(question.levels, follows, self.layout_box, self)
        form.addRow(self.level_order)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("TableMapping", "Import")
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addLayout(form)
        self.problem = plain_label()
        self.problem.setStyleSheet("QLabel { color: #b00020; }")
        wrap(self.problem)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def mapping(self) -> TableMapping:
        """The mapping the controls describe."""
        chosen = {role: box.currentData() for role, box in self.boxes.items()}
        if not self.is_flow:  # a column chosen for another role is not a value column
            values = [
                column
                for column, check in self.value_checks.items()
                if check.isChecked() and column not in chosen.values()
            ]
            chosen["value"] = values[0] if values else None
            chosen["values"] = tuple(values) if len(values) > 1 else ()
        year = self.year_box.value()
        return replace(
            self.guess,
            layout="long" if self.is_flow else self.layout_box.currentData(),
            fixed_year=year if FIRST_YEAR <= year <= LAST_YEAR else None,
            indicator_name=self.name_edit.text().strip() or None,
            levels=self.level_order.order(),
            **chosen,
        )

    def _accept(self) -> None:
        from explorer.io.readers.tables.mapping import check_mapping

        mapping = self.mapping()
        problems = check_mapping(
            mapping, list(self.question.columns), "flow" if self.is_flow else "indicator"
        )
        if problems:
            self.problem.setText(shown("; ".join(problems), TEXT_LIMIT))
            return
        self.mapping_chosen.emit(mapping)
        self.accept()
