"""Opening the source rows of the World's total: trace, table and dialog, cold.

Why this figure: "Show source rows" on the World's total lists the rows of a
hundred country figures; it must open at once (target 100 ms). Each sample
starts from a freshly read dataset and report (off the clock), so the trace
pays for its index of figures and the file's rows are unpacked: what the first
look after opening a workspace costs. Timed: ``trace_place_total`` of the
World for the workbook's latest well-covered year (2020), the source-rows
table, and building the dialog (offscreen, not shown). Baseline, same run: the
same for one country's figure (Nigeria) after the World's, warm.

Data: the shared GLOTIP workbook; without it, "not measured".
"""

from __future__ import annotations

import os
import sys
import time

from bench_import import WORKBOOK
from common import Row, not_measured, summarise

TARGET_MS = 100.0
INDICATOR = "Detected trafficking victims"
YEAR = 2020


def measure(runs: int = 5) -> list[Row]:
    figure = f"open the source rows of the World's total (GLOTIP workbook, {YEAR}) (ms)"
    if not WORKBOOK.is_file():
        return [not_measured(figure)]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from explorer.core.geo.countries import load_countries
    from explorer.core.places.book import PlaceBook
    from explorer.core.trace.figures import trace_observation
    from explorer.core.trace.places import trace_place_total
    from explorer.core.trace.rows_table import source_rows_table
    from explorer.io.importing.importers import read_any
    from explorer.io.importing.row_notes import row_notes
    from explorer.ui.common.source_rows_dialog import SourceRowsDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    book = PlaceBook(load_countries())
    world: list[float] = []
    one: list[float] = []
    for i in range(runs):
        dataset, report = read_any(WORKBOOK)
        start = time.perf_counter()
        traced = trace_place_total(dataset, book, "world", INDICATOR, YEAR)
        table = source_rows_table(traced, report.source, row_notes(report))
        dialog = SourceRowsDialog(table)
        world.append(1000 * (time.perf_counter() - start))
        dialog.deleteLater()
        start = time.perf_counter()
        traced = trace_observation(dataset, "NGA", YEAR, INDICATOR)
        table = source_rows_table(traced, report.source, row_notes(report))
        dialog = SourceRowsDialog(table)
        one.append(1000 * (time.perf_counter() - start))
        dialog.deleteLater()
        app.processEvents()
        print(
            f"  source rows {i + 1}/{runs}: World {world[-1]:.1f} ms ({len(table.rows)} rows "
            f"for Nigeria), one country {one[-1]:.1f} ms",
            file=sys.stderr,
        )
    return [
        summarise(
            figure,
            world,
            target=TARGET_MS,
            baseline="one country's figure (Nigeria), warm",
            baseline_samples=one,
        )
    ]
