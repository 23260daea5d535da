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

from explorer.io.readers.tables.answers import with_answers
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
        columns = list(question.columns)

        why = plain_label(
            translate(
                "TableMapping",
                "The table's columns could not be recognised for sure: {reason}. "
                "Say which column holds what; the import then runs again.",
            ).format(reason=shown(question.reason, TEXT_LIMIT))
        )
        wrap(why)
        form = self.form = QFormLayout()
        self.kind_box = QComboBox()  # a flow table not recognised is first guessed as figures
        self.kind_box.addItem(translate("TableMapping", "Figures per country"), "indicator")
        self.kind_box.addItem(
            translate("TableMapping", "Flows from one country to another"), "flow"
        )
        self.kind_box.setCurrentIndex(1 if guess.origin or guess.destination else 0)
        form.addRow(translate("TableMapping", "The table holds:"), self.kind_box)
        self.layout_box = QComboBox()
        self.layout_box.addItem(
            translate("TableMapping", "One row per country and year (long)"), "long"
        )
        self.layout_box.addItem(
            translate("TableMapping", "One column per year, e.g. 1960 ... 2023 (wide)"), "wide"
        )
        self.layout_box.setCurrentIndex(0 if guess.layout == "long" else 1)
        self.boxes: dict[str, QComboBox] = {}
        roles = [
            ("origin", translate("TableMapping", "Origin:")),
            ("destination", translate("TableMapping", "Destination:")),
            ("country", translate("TableMapping", "Country (code or name):")),
            ("country_name", translate("TableMapping", "Country name (spare):")),
            ("year", translate("TableMapping", "Year:")),
            ("indicator", translate("TableMapping", "Indicator column:")),
        ]
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
        #: One check box per candidate value column (each an indicator).
        self.value_checks = value_checks(columns, guess)
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
        # The levels shown follow the first ticked value column.
        follows = first_checked(self.value_checks, self)
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
        self.kind_box.currentIndexChanged.connect(self._show_roles)
        self._show_roles()

    @property
    def is_flow(self) -> bool:
        return self.kind_box.currentData() == "flow"

    def _show_roles(self) -> None:
        """Origin and destination for flows; country, layout for figures per country."""
        for role in ("origin", "destination"):
            self.form.setRowVisible(self.boxes[role], self.is_flow)
        for widget in (self.boxes["country"], self.boxes["country_name"], self.layout_box):
            self.form.setRowVisible(widget, not self.is_flow)

    def mapping(self) -> TableMapping:
        """The mapping the controls describe."""
        unused = ("country", "country_name") if self.is_flow else ("origin", "destination")
        chosen = {
            role: None if role in unused else box.currentData() for role, box in self.boxes.items()
        }
        values = [  # a column chosen for another role is not a value column
            column
            for column, check in self.value_checks.items()
            if check.isChecked() and column not in chosen.values()
        ]
        chosen["value"] = values[0] if values else None
        chosen["values"] = tuple(values) if len(values) > 1 else ()
        year = self.year_box.value()
        return replace(
            with_answers(self.guess, chosen),
            layout="long" if self.is_flow else self.layout_box.currentData(),
            fixed_year=year if FIRST_YEAR <= year <= LAST_YEAR else None,
            indicator_name=self.name_edit.text().strip() or None,
            levels=self.level_order.order(),
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
