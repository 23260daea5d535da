"""The window's "Show source rows": the figures on screen traced to the workspace's files.

Why apart from the window: the window only assembles; which dataset, report
and flow indicator a figure is traced in, and what a right click on the map
means (the flow there, else the country), are said here once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint

from explorer.core.data.dataset import Dataset
from explorer.core.data.source_file import SourceFile
from explorer.core.flows.settings import resolve_flow_indicator
from explorer.io.importing.row_notes import row_notes
from explorer.ui.common.source_rows import SourceRows, offer_rows

if TYPE_CHECKING:
    from explorer.ui.window.main_window import MainWindow


def window_source_rows(window: MainWindow) -> SourceRows:
    """The window's :class:`SourceRows`, offered in the map's context menu too."""

    def source_of(dataset: Dataset) -> tuple[SourceFile | None, dict[int, str]]:
        session = window.context.session
        report = session.workspace.reports.get(dataset.name) if session is not None else None
        return (report.source if report is not None else None), row_notes(report)

    rows = SourceRows(
        window.state,
        window.places,
        lambda: window.dataset,
        window.flows.flow_dataset,
        lambda: resolve_flow_indicator(
            window.dataset, window.flow_settings, window.state.indicator
        ),
        source_of,
        lambda: window,
        lambda: window.flow_settings.between,
        window._english_names,
    )

    def map_figure_at(pos: QPoint):
        """A right click on the map: the rows of the flow there, else of the country."""
        flow = window.map_view.flow_at(pos)
        if flow is not None:
            pair = (str(flow["origin"]), str(flow["destination"]))
            return lambda: rows.show_flow(*pair)
        item = window.map_view.country_at(pos)
        if item is None:
            return None
        return lambda: rows.show(rows.country(item.iso3))

    offer_rows(window.map_view, map_figure_at)
    return rows
