"""Which focused widget keeps an arrow key or Space for itself, and the window's tab order.

Why apart from the keyboard shortcuts: the shortcuts (year, ranking, play)
must never steal a key from a text field, a list or a slider, and the tab
order must reach every control in reading order; both are rules about
widgets, checked by tests without pressing any shortcut.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

if TYPE_CHECKING:
    from explorer.ui.window.main_window import MainWindow

ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)

#: Widgets that use the arrow keys themselves (text cursor, list choice, value, scrolling).
ARROW_OWNERS: tuple[type[QWidget], ...] = (
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractSlider,
    QAbstractScrollArea,  # item views, text edits, scroll areas (the map view is excepted)
    QTabBar,
    QMenuBar,
    QMenu,
)
#: Widgets that use Space themselves (typing, toggling, opening, selecting).
SPACE_OWNERS: tuple[type[QWidget], ...] = (
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractButton,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QMenuBar,
    QMenu,
)


def widget_owns_key(widget: QWidget | None, key: int, map_view: QWidget | None = None) -> bool:
    """True when ``widget`` (the focused one) uses ``key`` itself, so no shortcut may take it.

    The map view (and its viewport) owns none of them: there the keys navigate.
    """
    if widget is None:
        return False
    if map_view is not None and (widget is map_view or map_view.isAncestorOf(widget)):
        return False
    if key == Qt.Key.Key_Space:
        return isinstance(widget, SPACE_OWNERS)
    if key in ARROWS:
        if isinstance(widget, QAbstractButton):  # radio buttons move between themselves
            return widget.autoExclusive() or widget.group() is not None
        return isinstance(widget, ARROW_OWNERS)
    return False


def focusable_descendants(root: QWidget) -> list[QWidget]:
    """Widgets under ``root`` that Tab can reach, in the window's focus chain order.

    Hidden and disabled ones are included (the country panel shows its tables
    only once a country is selected; Tab skips what is hidden or disabled).
    Widgets that pass their focus to a proxy are left out: the proxy is listed.
    """
    found: list[QWidget] = []
    window = root.window()
    widget = window.nextInFocusChain()
    seen: set[int] = set()
    while widget is not None and widget is not window and id(widget) not in seen:
        seen.add(id(widget))
        if (
            root.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def tab_sequence(window: MainWindow) -> list[QWidget]:
    """The tab order: indicator, breakdown, year, play, search, map, country panel, flows dock."""
    controls = window.controls
    head: list[QWidget] = [
        controls.indicator_box,
        controls.breakdown_box,
        controls.year_slider,
        controls.play_button,
        window.search_box,
        window.map_view,
    ]
    panel = focusable_descendants(window.detail_panel)
    flows = focusable_descendants(window.flow_controls)
    return head + [w for w in panel + flows if w not in head]


def apply_tab_order(window: MainWindow) -> list[QWidget]:
    """Chain ``tab_sequence(window)`` with ``QWidget.setTabOrder``; returns the sequence."""
    sequence = tab_sequence(window)
    for first, second in itertools.pairwise(sequence):
        QWidget.setTabOrder(first, second)
    return sequence
