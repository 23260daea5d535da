"""Keyboard use of the main window: year and ranking keys, play, tab order, focus.

Keys (a "Navigate" menu lists them):

- Left / Right: previous / next year of the current indicator (stops at the ends;
  Right / Left in a right-to-left interface, as the year slider runs);
- Space: play or pause the years (the Play button of the controls);
- Down / Up: next / previous country in the ranking of the current indicator,
  breakdown and year (``explorer.core.indicators.ranking``: exact figures largest first,
  then ``<5`` and other bounded figures by their lower bound); the country is
  selected and framed. With no country selected, or one not in the ranking,
  both keys start at the top-ranked country; at either end the keys stop.

The window already has Ctrl+0 (reset view), Escape (clear selection), Ctrl+F
(find) and the zoom keys; they are not repeated here.

Why a ShortcutOverride filter and not a check in each action: a shortcut
that fires swallows its key, so a check in the handler would have to re-send
the key to the focused widget. Instead, when the focused widget uses the key
itself (a text field's Left, a combo box's Down, a slider's Right, a check
box's Space, a table's arrows), the filter accepts the ShortcutOverride event,
which tells Qt to deliver the key to that widget and not to fire the
shortcut. On the map view and on widgets that ignore these keys, the
shortcuts act.

The map, the controls and the docks live as long as the window, so the tab
order, the map's focus policy and the dock filters are applied once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMenu,
    QWidget,
)

from explorer.core.indicators.country_key_figures import exact_rank
from explorer.core.indicators.ranking import ranking
from explorer.ui.common.focus_ring import add_focus_ring
from explorer.ui.common.plain_text import LINE_LIMIT, shown
from explorer.ui.common.translations import count_text, translate
from explorer.ui.window.key_owners import ARROWS, apply_tab_order, widget_owns_key

if TYPE_CHECKING:
    from explorer.ui.window.main_window import MainWindow

OUR_KEYS = (*ARROWS, Qt.Key.Key_Space)
STATUS_MS = 5000


class Keyboard(QObject):
    """The window's navigation actions, key filter and tab order (see module docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        # The year slider runs right to left in a right-to-left interface (earlier years on
        # the right): the year keys follow it, as the slider's own arrow keys do.
        earlier, later = (Qt.Key.Key_Left, Qt.Key.Key_Right)
        if window.isRightToLeft():
            earlier, later = later, earlier
        self.previous_year_action = self._action(translate("Keyboard", "&Previous year"), earlier)
        self.previous_year_action.triggered.connect(lambda: self.step_year(-1))
        self.next_year_action = self._action(translate("Keyboard", "&Next year"), later)
        self.next_year_action.triggered.connect(lambda: self.step_year(1))
        self.play_action = self._action(
            translate("Keyboard", "P&lay / pause years"), Qt.Key.Key_Space
        )
        self.play_action.triggered.connect(self.toggle_play)
        self.next_country_action = self._action(
            translate("Keyboard", "Next country in &ranking"), Qt.Key.Key_Down
        )
        self.next_country_action.triggered.connect(lambda: self.step_country(1))
        self.previous_country_action = self._action(
            translate("Keyboard", "Previous &country in ranking"), Qt.Key.Key_Up
        )
        self.previous_country_action.triggered.connect(lambda: self.step_country(-1))
        self.actions = (
            self.previous_year_action,
            self.next_year_action,
            self.play_action,
            self.next_country_action,
            self.previous_country_action,
        )
        self.menu = self._build_menu()
        self._filtered: list[QWidget] = []
        window.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._raise_dock_of_focus)
        self.attach()

    def _action(self, text: str, key: Qt.Key) -> QAction:
        action = QAction(text, self.window, shortcut=QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setAutoRepeat(True)
        self.window.addAction(action)  # active even if the menu bar is hidden
        return action

    def _build_menu(self) -> QMenu:
        """A "Navigate" menu right after "View" (so menus added later stay after it)."""
        bar = self.window.menuBar()
        menu = QMenu(translate("Keyboard", "&Navigate"), bar)
        menu.setObjectName("navigate_menu")
        actions = bar.actions()
        view = self.window.view_menu.menuAction()
        after = actions[actions.index(view) + 1] if view in actions[:-1] else None
        if after is None:
            bar.addMenu(menu)
        else:
            bar.insertMenu(after, menu)
        menu.addSection(translate("Keyboard", "Year"))
        menu.addActions([self.previous_year_action, self.next_year_action, self.play_action])
        menu.addSection(translate("Keyboard", "Ranking"))
        menu.addActions([self.next_country_action, self.previous_country_action])
        return menu

    # -- after each dataset switch ------------------------------------------
    def attach(self) -> None:
        """Make the map focusable, filter the docks, set the tab order (once: they live
        as long as the window)."""
        window = self.window
        window.map_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Both draw no focus indicator of their own: Tab must show where it landed.
        add_focus_ring(window.map_view)
        add_focus_ring(window.detail_panel.widget())
        # Keys from a floating dock stop at the dock (a window of its own), so
        # the docks get the filter too.
        self._filtered = [window.detail_panel, window.flow_controls]
        for dock in self._filtered:
            dock.installEventFilter(self)
            # Tab leaves a table for the next control (arrows move between cells)
            # instead of walking every cell: no keyboard trap in the panel.
            for view in dock.findChildren(QAbstractItemView):
                view.setTabKeyNavigation(False)
        apply_tab_order(window)
        focus = window.focusWidget()
        if focus is None or focus is window or not focus.isVisible():
            window.map_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- key routing ---------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() in OUR_KEYS and modifiers == Qt.KeyboardModifier.NoModifier:
                focus = QApplication.focusWidget()
                if widget_owns_key(focus, event.key(), self.window.map_view):
                    event.accept()  # the focused widget gets the key; no shortcut fires
                    return True
        return False

    def _raise_dock_of_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Tab into a dock hidden behind another tab brings that dock to the front."""
        if new is None:
            return
        try:
            docks = (self.window.detail_panel, self.window.flow_controls)
            for dock in docks:
                if dock.isAncestorOf(new):
                    if self.window.tabifiedDockWidgets(dock) and not dock.isFloating():
                        dock.raise_()
                    return
        except RuntimeError:  # the window or a dock is being deleted
            return

    # -- the actions ---------------------------------------------------------
    def step_year(self, step: int) -> int:
        """Move to the previous (-1) or next (+1) year of the indicator; stops at the ends."""
        state = self.window.state
        years = self.window.dataset.years(state.indicator)
        if not years:
            return state.year
        if step > 0:
            later = [y for y in years if y > state.year]
            target = later[0] if later else years[-1]
        else:
            earlier = [y for y in years if y < state.year]
            target = earlier[-1] if earlier else years[0]
        state.year = target
        return state.year

    def toggle_play(self) -> bool:
        """Press the controls' Play button; returns whether the years now play."""
        button = self.window.controls.play_button
        if button.isEnabled():
            button.click()
        return button.isChecked()

    def ranked_countries(self) -> list[str]:
        """The countries Up and Down step through, top-ranked first."""
        window, state = self.window, self.window.state
        shown = window.map_view.items_by_iso3
        return ranking(window.dataset, state.indicator, state.year, state.breakdown, among=shown)

    def step_country(self, step: int) -> str | None:
        """Select and frame the next (+1) or previous (-1) country of the ranking."""
        order = self.ranked_countries()
        window = self.window
        if not order:
            window.statusBar().showMessage(
                translate("Keyboard", "No country has a figure to rank"), STATUS_MS
            )
            return None
        current = window.state.selected
        index = 0  # from no selection (or one without a figure): the top
        if current in order:
            index = min(max(order.index(current) + step, 0), len(order) - 1)
        iso3 = order[index]
        window.state.selected_flow = None  # as a click on a country does
        window.show_country(iso3)
        name = shown(window.map_view.items_by_iso3[iso3].name, LINE_LIMIT)
        state = window.state
        values = window.dataset.values(state.indicator, state.year, state.breakdown)
        rank, ranked = exact_rank(values, iso3)  # the panel's rule: exact figures only
        if rank is not None:
            message = translate("Keyboard", "Rank {rank} of {count} countries: {name}").format(
                rank=count_text(rank), count=count_text(ranked), name=name
            )
        else:
            message = translate(
                "Keyboard", "{name}: not ranked (no exact figure); {position} of {count} listed"
            ).format(name=name, position=index + 1, count=len(order))
        window.statusBar().showMessage(message, STATUS_MS)
        return iso3


def install_keyboard(window: MainWindow) -> Keyboard:
    """Give ``window`` its navigation keys, tab order and focusable map; call once."""
    keyboard = Keyboard(window)
    window.context.keyboard = keyboard
    return keyboard
