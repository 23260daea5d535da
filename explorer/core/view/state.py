"""What the user is looking at, as a Qt-free observable object.

Why: the map, the controls, the panel and (later) exports all follow the same
selection. Keeping it here, with psygnal signals, lets widgets subscribe
instead of polling, and lets core tests drive it without a QApplication.
"""

from __future__ import annotations

from psygnal import Signal

from explorer.core.data.breakdown import Breakdown


class ViewState:
    """Current indicator, breakdown, year, selected/hovered country and the place shown.

    Setters emit only on a real change, so a widget that writes back the value
    it just received does not start a loop.
    """

    indicator_changed = Signal(str)
    breakdown_changed = Signal(object)
    year_changed = Signal(int)
    selection_changed = Signal(object)  # iso3 or None
    hover_changed = Signal(object)  # iso3 or None
    flow_selection_changed = Signal(object)  # (origin, destination) or None
    place_changed = Signal(str)  # a place code (explorer.core.places.book)

    def __init__(
        self, indicator: str = "", year: int = 0, breakdown: Breakdown = Breakdown.TOTAL
    ) -> None:
        self._indicator = indicator
        self._breakdown = breakdown
        self._year = year
        self._selected: str | None = None
        self._hovered: str | None = None
        self._selected_flow: tuple[str, str] | None = None
        self._place = "world"

    @property
    def indicator(self) -> str:
        return self._indicator

    @indicator.setter
    def indicator(self, value: str) -> None:
        if value != self._indicator:
            self._indicator = value
            self.indicator_changed.emit(value)

    @property
    def breakdown(self) -> Breakdown:
        return self._breakdown

    @breakdown.setter
    def breakdown(self, value: Breakdown) -> None:
        if value != self._breakdown:
            self._breakdown = value
            self.breakdown_changed.emit(value)

    @property
    def year(self) -> int:
        return self._year

    @year.setter
    def year(self, value: int) -> None:
        if value != self._year:
            self._year = int(value)
            self.year_changed.emit(self._year)

    @property
    def selected(self) -> str | None:
        return self._selected

    @selected.setter
    def selected(self, value: str | None) -> None:
        if value != self._selected:
            self._selected = value
            self.selection_changed.emit(value)

    @property
    def place(self) -> str:
        """The place the panel shows while no country is selected (default: the World)."""
        return self._place

    @place.setter
    def place(self, value: str) -> None:
        value = value or "world"
        if value != self._place:
            self._place = value
            self.place_changed.emit(value)

    @property
    def hovered(self) -> str | None:
        return self._hovered

    @hovered.setter
    def hovered(self, value: str | None) -> None:
        if value != self._hovered:
            self._hovered = value
            self.hover_changed.emit(value)

    @property
    def selected_flow(self) -> tuple[str, str] | None:
        """The (origin, destination) pair the user clicked on the map, if any."""
        return self._selected_flow

    @selected_flow.setter
    def selected_flow(self, value: tuple[str, str] | None) -> None:
        value = tuple(value) if value is not None else None  # type: ignore[assignment]
        if value != self._selected_flow:
            self._selected_flow = value
            self.flow_selection_changed.emit(value)

    def assign(self, other: ViewState) -> None:
        """Take every value of ``other`` without emitting: the window is showing a new
        dataset, and each of its parts then reads the whole state once.

        Why silent: one signal per field would have the parts redraw with the old
        dataset against half of the new state. The hover is cleared (the pointer
        is over a map that is being redrawn).
        """
        self._indicator = other.indicator
        self._breakdown = other.breakdown
        self._year = other.year
        self._selected = other.selected
        self._selected_flow = other.selected_flow
        self._place = other.place
        self._hovered = None
