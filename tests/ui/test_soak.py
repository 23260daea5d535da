"""Long use: many repaints, year and indicator changes and selections, no crash, no leak.

Why: PySide6 6.12.0 on Python 3.11 aborted with ``none_dealloc`` after a few
thousand paints (DESIGN.md); a desk officer leaves the app open all day, so a
slow leak per paint or per change would end in a swapping laptop.
"""

from __future__ import annotations

import gc
import os
import sys
import time

import pytest
from PySide6.QtWidgets import QApplication

from explorer.ui.window.app import LaunchOptions, build_window

pytestmark = pytest.mark.soak

REPAINTS = 20_000
CHANGES = 2_000  # every 10th repaint: the year, or (every 4th change) the indicator
SELECTIONS = 500  # every 40th repaint
WARM_UP = 2_000  # repaints before the memory baseline: every indicator and year seen once
MAX_GROWTH = 0.10


def rss_bytes() -> int:
    """The process's resident memory now (not the peak, which never falls)."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/statm")
def test_20000_repaints_with_changes_and_selections_neither_crash_nor_leak(qtbot):
    window = build_window(LaunchOptions(demo_only=True, size=(640, 400)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    controls, viewport = window.controls, window.map_view.viewport()
    box = controls.indicator_box
    indicators = [box.itemText(i) for i in range(box.count())]
    countries = sorted(window.map_view.items_by_iso3)
    start_view = (window.state.indicator, window.state.year)

    def same_view() -> tuple[int, str]:
        """Back to the first view, one country selected: what the screen holds then."""
        box.setCurrentText(start_view[0])
        controls.year_slider.setValue(start_view[1])
        window.state.selected = "DEU"
        QApplication.processEvents()
        viewport.repaint()
        return len(window.map_view.scene().items()), window.detail_panel.text()

    started = time.perf_counter()
    changes = selections = 0
    baseline = items = None
    for i in range(REPAINTS):
        if i == WARM_UP:
            items = same_view()
            gc.collect()
            baseline = rss_bytes()
        if i % 10 == 0:
            changes += 1
            if changes % 4 == 0:  # through the combo box, as a user picks one
                box.setCurrentIndex((changes // 4) % len(indicators))
            years = window.dataset.years(window.state.indicator)
            controls.year_slider.setValue(years[changes % len(years)])
        if i % 40 == 0:
            selections += 1
            window.state.selected = countries[(selections * 7) % len(countries)]
        if i % 50 == 0:
            QApplication.processEvents()  # timers: refined flows, tooltips, status messages
        viewport.repaint()
    elapsed = time.perf_counter() - started

    assert (changes, selections) == (CHANGES, SELECTIONS)
    assert same_view() == items  # no items or text piled up along the way
    gc.collect()
    final = rss_bytes()
    growth = (final - baseline) / baseline
    print(
        f"soak: {REPAINTS} repaints, {changes} changes, {selections} selections in "
        f"{elapsed:.0f} s; RSS {baseline / 2**20:.0f} -> {final / 2**20:.0f} MiB ({growth:+.1%})"
    )
    assert growth < MAX_GROWTH, f"RSS grew {growth:.1%} after warm-up"
    assert viewport.grab().toImage().pixelColor(5, 5).isValid()
