"""The panel's two flow tables: where victims detected here come from, and where victims
from here were detected; counts, shares, domestic and unknown shares; a click selects the
flow on the map.

Why a section of its own: it follows the year and the flow indicator, owns its
click behaviour, and keeps the country panel to assembling sections.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import QVBoxLayout, QWidget

from explorer.core.data.dataset import Dataset
from explorer.core.data.local_numbers import year_text
from explorer.core.data.schema import DOMESTIC, REGION_PREFIX, UNKNOWN
from explorer.core.data.values import format_share
from explorer.core.flows.labels import people_noun, people_words
from explorer.core.indicators.country_flow_table import FlowTable, flow_table
from explorer.core.indicators.country_profile import sum_of
from explorer.core.texts import SEMICOLON, sentences, words
from explorer.core.view.state import ViewState
from explorer.ui.common.plain_text import TEXT_LIMIT, plain_label, shown, wrap
from explorer.ui.common.tables import fill_table, make_table
from explorer.ui.common.translations import translate

ROWS_SHOWN = 8


def _summary(table: FlowTable, lang: str | None) -> str:
    total = table.total.text_in(lang)
    parts = [translate("PanelFlows", "Total: {total}").format(total=total)]
    if table.domestic_share is not None:
        share = format_share(table.domestic_share, lang)
        parts.append(translate("PanelFlows", "domestic {share}").format(share=share))
    if table.unknown_share is not None:
        share = format_share(table.unknown_share, lang)
        parts.append(translate("PanelFlows", "unknown {share}").format(share=share))
    w = words(lang)  # Arabic and Chinese have their own separators, Chinese its full stop
    said = [w.full_stop(w.join(parts, SEMICOLON))]
    if table.share_note:
        said.append(w.full_stop(table.share_note))
    return sentences(said)


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
        self.lang: str | None = None  # the language its numbers are written in
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.sections = []
        for direction, first in (
            ("origins", translate("PanelFlows", "Origin")),
            ("destinations", translate("PanelFlows", "Detected in")),
        ):
            title, note = plain_label(), plain_label()
            wrap(title)
            wrap(note)
            note.setStyleSheet("color: #555;")
            name = (
                translate("PanelFlows", "Flows: origins")
                if direction == "origins"
                else translate("PanelFlows", "Flows: destinations")
            )
            table = make_table(
                [first, translate("PanelFlows", "People"), translate("PanelFlows", "Share")], name
            )
            table.cellClicked.connect(lambda row, _c, d=direction: self._select(d, row))
            for widget in (title, table, note):
                layout.addWidget(widget)
            self.sections.append((direction, title, table, note))
        self.unplaced_label = plain_label()
        wrap(self.unplaced_label)
        layout.addWidget(self.unplaced_label)
        self._codes: dict[str, list[str]] = {}

    def show_country(self, iso3: str, name: str, indicator: str | None) -> None:
        self.iso3 = iso3
        year = self.state.year
        noun = people_words(people_noun(indicator or ""), self.lang)
        for direction, title, table, note in self.sections:
            if indicator is None:  # said once, not once per direction
                none = translate("PanelFlows", "This dataset has no flows.")
                title.setText(none if direction == "origins" else "")
                title.setVisible(direction == "origins")
                table.setVisible(False)
                note.setVisible(False)
                continue
            title.setVisible(True)
            heading = (
                translate("PanelFlows", "Where {people} detected in {country} in {year} came from")
                if direction == "origins"
                else translate(
                    "PanelFlows", "Where {people} from {country} were detected in {year}"
                )
            ).format(people=noun, country=shown(name), year=year_text(year, self.lang))
            flows = flow_table(
                self.dataset, self.names, iso3, year, indicator, direction, self.lang
            )
            title.setText(
                heading
                if flows.rows
                else translate("PanelFlows", "{heading}: no flows recorded.").format(
                    heading=heading
                )
            )
            table.setVisible(bool(flows.rows))
            note.setVisible(bool(flows.rows))
            table.setHorizontalHeaderLabels(
                [
                    table.horizontalHeaderItem(0).text(),
                    noun.capitalize(),
                    translate("PanelFlows", "Share"),
                ]
            )
            listed = flows.rows[:ROWS_SHOWN]
            self._codes[direction] = [row.code for row in listed]
            fill_table(
                table,
                [
                    (
                        shown(row.name) + sum_of(row.parts, short=True, lang=self.lang),
                        row.figure.text_in(self.lang),
                        "" if row.share is None else format_share(row.share, self.lang),
                    )
                    for row in listed
                ],
            )
            more = len(flows.rows) - len(listed)
            more_text = (
                " " + translate("PanelFlows", "{count} more not listed.").format(count=more)
                if more > 0
                else ""
            )
            note.setText(_summary(flows, self.lang) + more_text)
        lines = self.unplaced_lines(iso3)
        self.unplaced_label.setVisible(bool(lines))
        self.unplaced_label.setText(
            translate("PanelFlows", "Not drawn on the map: {flows}").format(
                flows=shown(words(self.lang).join(lines, SEMICOLON), TEXT_LIMIT)
            )
            if lines
            else ""
        )

    def partner(self, direction: str, row: int) -> str | None:
        """The origin (or destination) code of a row of the table of ``direction``."""
        codes = self._codes.get(direction, [])
        return codes[row] if 0 <= row < len(codes) else None

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
