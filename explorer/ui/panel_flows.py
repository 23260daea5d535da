"""The panel's two flow tables: where victims detected here come from, and where victims
from here were detected; counts, shares, domestic and unknown shares; a click selects the
flow on the map.

Why a section of its own: it follows the year and the flow indicator, owns its
click behaviour, and keeps the country panel to assembling sections.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import QVBoxLayout, QWidget

from explorer.core.country_profile import FlowTable, flow_table
from explorer.core.dataset import Dataset
from explorer.core.flow_labels import people_noun
from explorer.core.schema import DOMESTIC, REGION_PREFIX, UNKNOWN
from explorer.core.state import ViewState
from explorer.core.values import format_share
from explorer.ui.plain_text import plain_label
from explorer.ui.tables import fill_table, make_table

ROWS_SHOWN = 8


def _summary(table: FlowTable) -> str:
    parts = [f"Total: {table.total.text}"]
    if table.domestic_share is not None:
        parts.append(f"domestic {format_share(table.domestic_share)}")
    if table.unknown_share is not None:
        parts.append(f"unknown {format_share(table.unknown_share)}")
    return "; ".join(parts) + (f". {table.share_note}." if table.share_note else ".")


class FlowTablesSection(QWidget):
    """Origins and destinations of the selected country for the year and flow indicator."""

    def __init__(
        self,
        state: ViewState,
        dataset: Dataset,
        names: Mapping[str, str],
        unplaced_lines: Callable[[str], list[str]],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.state, self.dataset, self.names = state, dataset, names
        self.unplaced_lines = unplaced_lines
        self.iso3 = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.sections = []
        for direction, first in (("origins", "Origin"), ("destinations", "Detected in")):
            title, note = plain_label(), plain_label()
            title.setWordWrap(True)
            note.setWordWrap(True)
            note.setStyleSheet("color: #555;")
            table = make_table([first, "People", "Share"], f"Flows: {direction}")
            table.cellClicked.connect(lambda row, _c, d=direction: self._select(d, row))
            for widget in (title, table, note):
                layout.addWidget(widget)
            self.sections.append((direction, title, table, note))
        self.unplaced_label = plain_label()
        self.unplaced_label.setWordWrap(True)
        layout.addWidget(self.unplaced_label)
        self._codes: dict[str, list[str]] = {}

    def show_country(self, iso3: str, name: str, indicator: str | None) -> None:
        self.iso3 = iso3
        year = self.state.year
        noun = people_noun(indicator or "")
        for direction, title, table, note in self.sections:
            if indicator is None:  # said once, not once per direction
                title.setText("This dataset has no flows." if direction == "origins" else "")
                title.setVisible(direction == "origins")
                table.setVisible(False)
                note.setVisible(False)
                continue
            title.setVisible(True)
            heading = (
                f"Where {noun} detected in {name} in {year} came from"
                if direction == "origins"
                else f"Where {noun} from {name} were detected in {year}"
            )
            flows = flow_table(self.dataset, self.names, iso3, year, indicator, direction)
            title.setText(heading if flows.rows else f"{heading}: no flows recorded.")
            table.setVisible(bool(flows.rows))
            note.setVisible(bool(flows.rows))
            table.setHorizontalHeaderLabels(
                [table.horizontalHeaderItem(0).text(), noun.capitalize(), "Share"]
            )
            shown = flows.rows[:ROWS_SHOWN]
            self._codes[direction] = [row.code for row in shown]
            fill_table(
                table,
                [
                    (row.name, row.figure.text, "" if row.share is None else f"{row.share:.0%}")
                    for row in shown
                ],
            )
            more = len(flows.rows) - len(shown)
            note.setText(_summary(flows) + (f" {more} more not listed." if more > 0 else ""))
        lines = self.unplaced_lines(iso3)
        self.unplaced_label.setVisible(bool(lines))
        self.unplaced_label.setText("Not drawn on the map: " + "; ".join(lines) if lines else "")

    def _select(self, direction: str, row: int) -> None:
        """Clicking a row selects that flow on the map (when it is a country-to-country flow)."""
        code = self._codes.get(direction, [])[row]
        if code in (DOMESTIC, UNKNOWN, self.iso3) or code.startswith(REGION_PREFIX):
            return
        pair = (code, self.iso3) if direction == "origins" else (self.iso3, code)
        self.state.selected_flow = pair

    def text(self) -> str:
        parts = []
        for _direction, title, table, note in self.sections:
            parts.append(title.text())
            if table.isVisibleTo(self):
                parts.extend(
                    "  ".join(table.item(r, c).text() for c in range(3))
                    for r in range(table.rowCount())
                )
                parts.append(note.text())
        if self.unplaced_label.isVisibleTo(self):
            parts.append(self.unplaced_label.text())
        return "\n".join(parts)
