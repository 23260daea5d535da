"""View > Two years side by side: the same map for two years, in one window.

Why a separate window with two plain map views: a desk officer compares two
years by looking from one to the other; both maps use the main window's
choropleth builder, so the classes (computed over all years of the indicator)
and therefore the colours mean the same on both sides, and the legend of each
is the legend of both. Panning or zooming one moves the other the same way.
Clicking a country selects it in the main window too, where the detail panel
shows everything about it. Flows are left out: two flow maps side by side are
unreadable; the difference map (View > Compare two years) shows change.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from explorer.core.data.breakdown import Breakdown
from explorer.core.view.state import ViewState
from explorer.ui.common.core_texts import core_text
from explorer.ui.common.plain_text import LINE_LIMIT, plain_label, shown, wrap
from explorer.ui.common.translations import translate, year_label
from explorer.ui.map.theme import paint_theme
from explorer.ui.map.view import MapView


def default_years(years: list[int], current: int) -> tuple[int, int]:
    """The pair a comparison starts with: the year before ``current`` (or the first) and it."""
    if not years:
        return current, current
    right = current if current in years else years[-1]
    index = years.index(right)
    left = years[index - 1] if index > 0 else years[0]
    if left == right and len(years) > 1:
        right = years[1]
    return left, right


class SideBySideWindow(QDialog):
    """Two map views of the main window's indicator and breakdown, one year each."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.setWindowTitle(translate("SideBySide", "Two years side by side"))
        self.setModal(False)
        self.resize(1400, 560)
        self.views: list[MapView] = []
        self._shown_once = False
        self.states: list[ViewState] = []
        self.year_boxes: list[QComboBox] = []
        self.headings: list[QLabel] = []
        self._syncing = False
        self.grid = QGridLayout(self)
        self.subject = wrap(plain_label())  # a file's indicator name may be very long
        self.grid.addWidget(self.subject, 0, 0, 1, 2)
        for column in range(2):
            self._add_side(column)
        self._stale = False  # the main window changed while this window was hidden
        self._build_views(window)
        state = window.state  # the main window's, for the whole run
        state.indicator_changed.connect(self.rebuild)
        state.breakdown_changed.connect(self.rebuild)
        state.selection_changed.connect(self._select_all)
        window.dataset_shown.connect(self.rebuild)
        context = window.context
        for chooser in (context.style, context.theme):
            if chooser is not None:
                chooser.changed.connect(self.restyle)
        self.rebuild()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.restyle)

    # -- building ---------------------------------------------------------------
    def _add_side(self, column: int) -> None:
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(row)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        box = QComboBox(row)
        side = translate("SideBySide", "left") if column == 0 else translate("SideBySide", "right")
        box.setAccessibleName(translate("SideBySide", "Year of the {side} map").format(side=side))
        box.currentIndexChanged.connect(lambda _i, c=column: self._year_chosen(c))
        label = QLabel(translate("SideBySide", "&Year:"), row)
        label.setBuddy(box)
        line.addWidget(heading)
        line.addStretch(1)
        line.addWidget(label)
        line.addWidget(box)
        self.grid.addWidget(row, 1, column)
        self.headings.append(heading)
        self.year_boxes.append(box)

    def rebuild(self, *_: object) -> None:
        """Show the main window's current dataset, indicator and breakdown.

        The map views are built once (each converts every country outline);
        a new indicator, breakdown or dataset only re-binds them. While the
        window is hidden nothing is done until it shows again.
        """
        if not self.isVisible() and self._shown_once:
            self._stale = True
            return
        self._stale = False
        self._shown_once = True
        main = self.window
        indicator, breakdown = main.state.indicator, main.state.breakdown
        years = main.dataset.years(indicator)
        pair = default_years(years, main.state.year)
        subject = shown(indicator, LINE_LIMIT)
        if breakdown != Breakdown.TOTAL:
            subject = f"{subject}: {core_text(breakdown.label)}"
        self.subject.setText(
            translate(
                "SideBySide", "{subject}. Same classes and colours on both maps (over all years)."
            ).format(subject=subject)
        )
        for column, year in enumerate(pair):
            state = self.states[column]
            state.year, state.breakdown, state.indicator = year, breakdown, indicator
            state.selected = main.state.selected
            box = self.year_boxes[column]
            box.blockSignals(True)
            box.clear()
            for y in years:
                box.addItem(str(y), y)
            box.setCurrentIndex(max(0, box.findData(year)))
            box.blockSignals(False)
            self._show_year(column, year)
        self.restyle()

    def restyle(self, *_: object) -> None:
        """The main window's classes, palette, preview and theme on both maps (years stay)."""
        main = self.window
        theme, style = main.context.theme, main.context.style
        for view in self.views:
            view.builder = main.map_view.builder
            if theme is not None:
                paint_theme(view, theme.theme)
            view.set_colour_vision(style.vision if style is not None else None)
            view.refresh()

    def restart(self) -> None:
        """Start again from the main window's year when shown next."""
        self._stale = True

    def _build_views(self, main) -> None:
        """The two maps, built once: a new indicator, breakdown or dataset re-binds them."""
        for column in range(2):
            state = ViewState(indicator=main.state.indicator, year=main.state.year)
            view = MapView(state, main.map_view.builder, main.geometry, self)
            view.setMinimumSize(320, 200)
            state.selection_changed.connect(self._selected_here)
            view.view_moved.connect(lambda v=view: self._follow(v))
            view.zoom_changed.connect(lambda _zoom, v=view: self._follow(v))
            self.grid.addWidget(view, 2, column)
            self.views.append(view)
            self.states.append(state)
        self.grid.setRowStretch(2, 1)
        self.setTabOrder(self.year_boxes[0], self.views[0])
        self.setTabOrder(self.views[0], self.year_boxes[1])
        self.setTabOrder(self.year_boxes[1], self.views[1])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.rebuild()

    # -- behaviour --------------------------------------------------------------
    def years(self) -> tuple[int, int]:
        return self.states[0].year, self.states[1].year

    def set_years(self, left: int, right: int) -> None:
        for box, year in zip(self.year_boxes, (left, right), strict=True):
            index = box.findData(year)
            if index < 0:
                raise ValueError(f"no data for {year}")
            box.setCurrentIndex(index)

    def _year_chosen(self, column: int) -> None:
        year = self.year_boxes[column].currentData()
        if year is None or column >= len(self.states):
            return
        self.states[column].year = int(year)
        self._show_year(column, int(year))

    def _show_year(self, column: int, year: int) -> None:
        self.headings[column].setText(year_label(year))
        self.views[column].setAccessibleName(
            translate("SideBySide", "Map of {year}").format(year=year_label(year))
        )

    def _follow(self, moved: MapView) -> None:
        """Give the other view the moved one's scale and centre."""
        if self._syncing:
            return
        self._syncing = True
        try:
            centre = moved.mapToScene(moved.viewport().rect().center())
            for view in self.views:
                if view is not moved:
                    view.follow(moved.transform(), centre)
        finally:
            self._syncing = False

    def _selected_here(self, iso3: str | None) -> None:
        self.window.state.selected = iso3  # the main window's panel shows the country

    def _select_all(self, iso3: str | None) -> None:
        for state in self.states:
            state.selected = iso3


def install_side_by_side(window) -> QAction:
    """Add View > Two years side by side… (Ctrl+Shift+Y)."""
    action = QAction(translate("SideBySide", "Two years &side by side…"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
    action.setToolTip(
        translate("SideBySide", "The shown indicator for two years, next to each other")
    )

    def show() -> None:
        context = window.context
        if context.side_by_side is None:
            context.side_by_side = SideBySideWindow(window)
        elif not context.side_by_side.isVisible():
            context.side_by_side.restart()  # the years start from the main window's year again
        context.side_by_side.show()
        context.side_by_side.raise_()
        context.side_by_side.activateWindow()

    action.triggered.connect(show)
    window.view_menu.addAction(action)
    window.context.side_by_side_action = action
    return action
