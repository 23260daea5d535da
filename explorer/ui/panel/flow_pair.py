"""The panel section for a flow clicked on the map: the pair and its series over years.

Why separate: the country panel is about one place; a flow joins two, and a
desk officer comparing "Nigeria -> Italy" across years needs its own table.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import QTableWidget, QVBoxLayout, QWidget

from explorer.core.data.dataset import Dataset
from explorer.core.flows.labels import flow_noun, origin_name
from explorer.core.view.state import ViewState
from explorer.ui.common.plain_text import LINE_LIMIT, plain_label, shown, wrap
from explorer.ui.common.tables import fill_year_table, make_table
from explorer.ui.common.translations import translate


class FlowPairSection(QWidget):
    """Shows the selected flow's two countries and its figures for every year."""

    def __init__(
        self,
        state: ViewState,
        flow_dataset: Callable[[tuple[str, str]], Dataset],
        flow_names: Callable[[], Mapping[str, str]],
        flow_indicator: Callable[[], str | None],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        #: The flows on the map (summed between places when the layer joins places) and
        #: the names of their ends: a clicked subregion flow has its series here too.
        self.flow_dataset, self.flow_names = flow_dataset, flow_names
        self.flow_indicator = flow_indicator
        self.lang: str | None = None  # the language its words and numbers are written in
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        self.title = plain_label()
        wrap(self.title)
        self.title.setStyleSheet("font-weight: bold;")
        self.table: QTableWidget = make_table(
            [translate("FlowPair", "Year"), translate("FlowPair", "Value")],
            translate("FlowPair", "Selected flow by year"),
        )
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        state.flow_selection_changed.connect(self.refresh)
        state.year_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_: object) -> None:
        pair, indicator = self.state.selected_flow, self.flow_indicator()
        self.setVisible(pair is not None and indicator is not None)
        if pair is None or indicator is None:
            return
        origin, destination = pair
        names = self.flow_names()
        a = shown(origin_name(origin, None, names, self.lang))
        b = shown(names.get(destination, destination))
        self.title.setText(
            translate("FlowPair", "Selected flow: {origin} \u2192 {destination} ({what})").format(
                origin=a,
                destination=b,
                what=shown(flow_noun(indicator, self.lang), LINE_LIMIT),
            )
        )
        dataset = self.flow_dataset(pair)
        series = dataset.flow_series(origin, destination, indicator)
        fill_year_table(self.table, series, dataset.years(indicator), self.state.year, self.lang)

    def text(self) -> str:
        if not self.isVisibleTo(self.parentWidget() or self):
            return ""
        rows = [
            "  ".join(self.table.item(r, c).text() for c in range(2))
            for r in range(self.table.rowCount())
        ]
        return "\n".join([self.title.text(), *rows])
