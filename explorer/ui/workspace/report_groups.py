"""The import report's tabs for groups of rows sharing a breakdown, and for the file's
contradictions.

Why here: a desk officer must see, for every group of rows the file gives for one
breakdown, whether the app summed them as parts of one figure or kept one as a
repeat, and why; and must be able to say otherwise (the choice is stored in the
workspace and used at the next import). Contradictions in the source are listed
so that nothing the app shows with a warning is a surprise.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QPushButton, QTableWidget, QVBoxLayout, QWidget

from explorer.core.data.local_numbers import year_text
from explorer.core.indicators.consistency import group_name, warning_text
from explorer.core.indicators.shown_names import indicator_name
from explorer.io.importing.report import Conflict, ImportReport
from explorer.io.importing.report_language import number_in
from explorer.ui.common.plain_text import plain_label, wrap
from explorer.ui.common.translations import interface_language, translate
from explorer.ui.workspace.report_tables import (
    AliasCombo,
    SortItem,
    column_headers,
    fill_rows,
    long_item,
    report_table,
    said,
    text_item,
)

RULE_WORDS = (
    (QT_TRANSLATE_NOOP("ImportReport", "Summed: parts of one figure"), "parts"),
    (QT_TRANSLATE_NOOP("ImportReport", "One kept: repeats of one figure"), "repeats"),
)
GROUPS_HELP = QT_TRANSLATE_NOOP(
    "ImportReport",
    "Rows the file gives for one breakdown are summed when, with the other parts, they "
    "stay within the matching total, and otherwise taken as repeats of one figure (the "
    "largest kept). Choose the other rule for a group and press Use these rules: they "
    "are stored in the workspace and used when you import this file again.",
)


class GroupsTab(QWidget):
    """Every group with its rule, a box to choose the other rule, and why."""

    #: ``{group key: "parts" | "repeats"}`` of the rules the user chose
    rules_chosen = Signal(dict)

    def __init__(
        self, report: ImportReport, stored: dict[str, str], parent=None, lang: str | None = None
    ) -> None:
        super().__init__(parent)
        self.groups: list[Conflict] = list(report.conflicts)
        headers = column_headers("Rows", "Key", "Values", "Rule", "Shown on the map", "Why")
        self.table = report_table(
            headers, QT_TRANSLATE_NOOP("ImportReport", "Groups of rows"), [110, 260, 110, 230, 110]
        )
        rows = []
        for group in self.groups:
            first = min(group.rows) if group.rows else 0
            rows.append(
                [
                    SortItem(" ".join(str(n) for n in group.rows), first),
                    long_item(" | ".join(str(k) for k in group.key)),
                    text_item(" ".join(str(v) for v in group.values)),
                    text_item(""),
                    text_item(number_in(group.kept, lang) or said(group.kept, lang)),
                    long_item(said(group.reason, lang)),
                ]
            )
        fill_rows(self.table, rows)
        self.boxes: dict[str, AliasCombo] = {}
        for row, group in enumerate(self.groups):
            box = AliasCombo()
            box.setAccessibleName(
                translate("ImportReport", "Rule of rows {rows}").format(
                    rows=" ".join(str(n) for n in group.rows)
                )
            )
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            for words, rule in RULE_WORDS:
                box.addItem(translate("ImportReport", words), rule)
            box.setCurrentIndex(max(box.findData(stored.get(group.choice_key, group.rule)), 0))
            box.currentIndexChanged.connect(self._update)
            self.table.setCellWidget(row, 3, box)
            self.boxes[group.choice_key] = box
        self.use_button = QPushButton(translate("ImportReport", "Use these rules"))
        self.use_button.setAutoDefault(False)
        self.use_button.clicked.connect(self.use)
        self.help = wrap(plain_label(translate("ImportReport", GROUPS_HELP)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.help)
        layout.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.table, 1)
        self._stored = dict(stored)
        self._update()

    def chosen(self) -> dict[str, str]:
        """``{group key: rule}`` where the box differs from what the import did."""
        return {
            group.choice_key: self.boxes[group.choice_key].currentData()
            for group in self.groups
            if self.boxes[group.choice_key].currentData() != group.rule
            or group.choice_key in self._stored
        }

    def _update(self, *_: object) -> None:
        self.use_button.setEnabled(self.chosen() != self._stored)

    def use(self) -> dict[str, str]:
        chosen = self.chosen()
        self.rules_chosen.emit(chosen)
        self._stored = dict(chosen)
        self._update()
        return chosen


def checks_table(report: ImportReport, lang: str | None = None) -> QTableWidget:
    """The file's contradictions: country, year, indicator, breakdown, what disagrees; the
    words in the interface language (the report's CSV keeps the English message)."""
    lang = lang or interface_language()
    headers = column_headers("Country", "Year", "Indicator", "Breakdown", "In the file")
    table = report_table(
        headers, QT_TRANSLATE_NOOP("ImportReport", "Contradictions"), [70, 60, 220, 160]
    )
    rows = [
        [
            text_item(str(entry[0])),
            SortItem(year_text(int(entry[1]), lang), float(entry[1])),
            long_item(indicator_name(str(entry[2]), lang)),
            text_item(group_name(str(entry[3]), lang)),
            long_item(warning_text(entry, lang)),
        ]
        for entry in report.consistency
    ]
    fill_rows(table, rows)
    return table
