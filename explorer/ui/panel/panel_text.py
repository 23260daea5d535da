"""What a panel shows, as plain text in reading order: for tests, screen readers and copies.

Why one function for every panel: the country panel and the place section are
stacks of labels, tables, charts and sections; each reads the same way
(a table row by row, a chart as its description, a section as its own text),
so the rule lives once.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QTableWidget, QWidget

from explorer.ui.panel.activities import ActivitiesView


def widget_lines(widget: QWidget) -> list[str]:
    """The lines one widget shows (a table: its rows; a section or label: its text)."""
    if isinstance(widget, ActivitiesView):
        return [widget.counts_label.text(), *widget.visible_titles()]
    if isinstance(widget, QTableWidget):
        return [
            "  ".join(widget.item(r, c).text() for c in range(widget.columnCount()))
            for r in range(widget.rowCount())
        ]
    return [widget.text()]


def panel_text(widgets: Iterable[QWidget], within: QWidget) -> str:
    """The visible ``widgets`` (visible in ``within``), one line each, empty lines left out."""
    lines = [line for w in widgets if w.isVisibleTo(within) for line in widget_lines(w)]
    return "\n".join(line for line in lines if line)
