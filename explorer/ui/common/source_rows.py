"""Where the window's figures come from: each part asks here for the rows behind a figure.

Why one object for the whole window: the map (a country, a flow), the panel
(key figures, a year of the trend, a bar of the profile, a row of the origins,
the flow pair, the place figures) and Edit > Show source rows all ask the same
question of the dataset on screen: trace this figure (:mod:`explorer.core.trace`)
and show its rows with the file they were read from. The parts offer it in
their context menus through :func:`offer_rows`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu, QWidget

from explorer.core.data.breakdown import Breakdown
from explorer.core.data.dataset import Dataset
from explorer.core.data.source_file import SourceFile
from explorer.core.flows.settings import Between
from explorer.core.indicators.kinds import REGIONAL_SUFFIX
from explorer.core.places.book import PlaceBook, is_place_code
from explorer.core.trace.figures import trace_flow, trace_observation
from explorer.core.trace.place_flows import trace_place_flow
from explorer.core.trace.places import (
    all_names,
    trace_place_change,
    trace_place_share,
    trace_place_total,
)
from explorer.core.trace.rows_table import source_rows_table
from explorer.core.trace.traced import Traced
from explorer.core.view.state import ViewState
from explorer.ui.common.modal import show_modal
from explorer.ui.common.source_rows_dialog import SourceRowsDialog
from explorer.ui.common.translations import translate

#: ``dataset -> (its file's rows or None, {row: what the importer did})``
SourceOf = Callable[[Dataset], tuple[SourceFile | None, Mapping[int, str]]]


class SourceRows:
    """Traces the figures the window shows and opens their rows (see the module docstring)."""

    def __init__(
        self,
        state: ViewState,
        book: PlaceBook,
        dataset_of: Callable[[], Dataset],
        flow_dataset_of: Callable[[tuple[str, str]], Dataset],
        flow_indicator_of: Callable[[], str | None],
        source_of: SourceOf,
        parent: Callable[[], QWidget | None] = lambda: None,
        between_of: Callable[[], Between] = lambda: Between.COUNTRIES,
        english_names: Mapping[str, str] | None = None,
    ) -> None:
        self.state, self.book = state, book
        self._dataset_of, self._flow_dataset_of = dataset_of, flow_dataset_of
        self._flow_indicator_of, self._source_of = flow_indicator_of, source_of
        self._parent, self._between_of = parent, between_of
        self.last_dialog: SourceRowsDialog | None = None
        #: The countries' English names: a trace is English (its CSV) until the dialog
        #: says it in the interface language, whatever language the book names them in.
        self._english = english_names

    def _names(self) -> dict[str, str]:
        return all_names(self.book, self._english)

    # -- the figures ----------------------------------------------------------
    def country(
        self,
        iso3: str,
        year: int | None = None,
        breakdown: Breakdown | None = None,
        indicator: str | None = None,
    ) -> Traced:
        """A country's figure of the indicator on screen, or of ``indicator`` (a regional
        total: its region's)."""
        state = self.state
        year = state.year if year is None else year
        indicator = state.indicator if indicator is None else indicator
        if indicator.endswith(REGIONAL_SUFFIX):
            region = self.book.country_region(iso3)
            if region is not None:
                base = indicator.removesuffix(REGIONAL_SUFFIX)
                return trace_place_total(
                    self._dataset_of(), self.book, region.code, base, year, self._names()
                )
        breakdown = state.breakdown if breakdown is None else breakdown
        names = self._names()
        return trace_observation(self._dataset_of(), iso3, year, indicator, breakdown, names)

    def flow(self, origin: str, destination: str, year: int | None = None) -> Traced | None:
        """A flow of the flow indicator on screen (between places: the country flows it
        sums); None when the dataset has no flows."""
        indicator = self._flow_indicator_of()
        if indicator is None:
            return None
        year = self.state.year if year is None else year
        if is_place_code(origin) or is_place_code(destination):
            return trace_place_flow(
                self._dataset_of(),
                self.book,
                self._between_of(),
                origin,
                destination,
                year,
                indicator,
                self._names(),
            )
        dataset = self._flow_dataset_of((origin, destination))
        names = self._names()
        return trace_flow(dataset, origin, destination, year, indicator, names)

    def place_total(self, code: str, year: int | None = None) -> Traced:
        year = self.state.year if year is None else year
        dataset, indicator, names = self._dataset_of(), self.state.indicator, self._names()
        return trace_place_total(dataset, self.book, code, indicator, year, names)

    def place_change(self, code: str, year: int | None = None) -> Traced:
        year = self.state.year if year is None else year
        dataset, indicator, names = self._dataset_of(), self.state.indicator, self._names()
        return trace_place_change(dataset, self.book, code, indicator, year, names)

    def place_share(self, code: str, group: str, label: str) -> Traced:
        """A share of the place's victim profile (children among victims of known age ...)."""
        state = self.state
        return trace_place_share(
            self._dataset_of(),
            self.book,
            code,
            state.indicator,
            state.year,
            group,
            label,
            self._names(),
        )

    def current(self) -> Traced | None:
        """The figure in focus: the selected flow, else the selected country's figure, else
        the total of the place the panel shows (the World by default)."""
        state = self.state
        if state.selected_flow is not None:
            return self.flow(*state.selected_flow)
        if state.selected is not None:
            return self.country(state.selected)
        return self.place_total(state.place or "world")

    # -- showing them ---------------------------------------------------------
    def show(
        self, traced: Traced | None, dataset: Dataset | None = None
    ) -> SourceRowsDialog | None:
        """Open the rows behind ``traced`` (of ``dataset``, default the one on screen)."""
        if traced is None:
            return None
        dataset = dataset if dataset is not None else self._dataset_of()
        source, notes = self._source_of(dataset)
        table = source_rows_table(traced, source, notes, synthetic=dataset.is_synthetic)
        dialog = SourceRowsDialog(table, self._parent())
        show_modal(dialog)
        self.last_dialog = dialog
        return dialog

    def show_current(self) -> None:
        self.show(self.current())

    def show_flow(self, origin: str, destination: str, year: int | None = None) -> None:
        pair = (origin, destination)
        places = is_place_code(origin) or is_place_code(destination)
        dataset = self._dataset_of() if places else self._flow_dataset_of(pair)
        self.show(self.flow(origin, destination, year), dataset)


#: What a context menu offers at a point: one opener, or (words, opener) pairs, or None.
Offer = Callable[[], None] | list[tuple[str, Callable[[], None]]] | None


def offer_rows(widget: QWidget, figure_at: Callable[[QPoint], Offer]) -> None:
    """Give ``widget`` a context menu with "Show source rows" where ``figure_at(pos)`` finds a
    figure (it returns what opens its rows, or several figures with their words); elsewhere
    no menu opens."""
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def requested(pos: QPoint) -> None:
        offer = figure_at(pos)
        if not offer:
            return
        if callable(offer):
            offer = [(translate("SourceRows", "Show &source rows…"), offer)]
        menu = QMenu(widget)
        for words, opener in offer:
            # The action's "checked" argument is not the opener's business.
            menu.addAction(words).triggered.connect(lambda _checked=False, o=opener: o())
        widget._source_rows_menu = menu  # tests read it; it lives until the next one
        # A scroll area (the map, a table) reports positions in its viewport.
        area = widget.viewport() if hasattr(widget, "viewport") else widget
        menu.popup(area.mapToGlobal(pos))

    widget.customContextMenuRequested.connect(requested)
