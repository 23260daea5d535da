"""Place summaries (World, UN regions, subregions): first call, every place and year, in the window.

Why these three: with no country selected the detail dock shows a place (the
World by default), so a summary is worked out right after every import and on
every year change. ``core.places.summary`` caches per Dataset object (grids,
facts and trends in WeakKeyDictionaries), so the first summary of a freshly
imported dataset pays for building them; the rest reuse them.

- First call: each sample reads the data afresh (``read_any``, off the clock)
  and times one ``summarise(ds, book, "world", INDICATOR, latest year)``. One
  untimed summary of the demo first pays the process's one-off costs, as the
  app has already done by showing the demo's World at start. The peer is the
  same call made again (cached), so the ratio is what the cold call adds.
- Every place x every year: on each of those fresh datasets, after that one
  cold summary, ``summarise`` for every place of ``book.places()`` and every
  year of the indicator, timed as one sample.
- In the window: the real main window at 1440x900 (offscreen), the dataset
  shown as the app shows an imported one (``with_derived``), no country
  selected, the World in the place section. Each sample times
  ``state.year = y`` alternating between the last two years: every listener
  (map restyle, flows, controls, the detail dock with the place section) but
  no paint (``bench_restyle`` times year change + repaint). Pending events are
  processed between samples, outside the clock, as in ``bench_restyle``.

Data: the shared GLOTIP workbook (see ``bench_import``) when present, else the
synthetic demo of similar size (22,000 observations against 35,000; a fresh
object per sample); the figures say which.
"""

from __future__ import annotations

import os
import statistics
import sys
import time

from bench_import import WORKBOOK
from common import Row, summarise

INDICATOR = "Detected trafficking victims"
SIZE = (1440, 900)
TARGET_FIRST_MS = 20.0
TARGET_ALL_S = 1.0
TARGET_YEAR_MS = 16.0
WARMUP = 5


def _source() -> str:
    return "GLOTIP workbook" if WORKBOOK.is_file() else "demo dataset, no GLOTIP workbook"


def _fresh_dataset():
    """A newly read Dataset: nothing of it cached yet."""
    if WORKBOOK.is_file():
        from explorer.io.importing.importers import read_any

        return read_any(WORKBOOK)[0]
    from explorer.core.demo.generate import demo_dataset

    return demo_dataset.__wrapped__()  # a new object, not the cached demo


def _summaries(runs: int) -> tuple[list[float], list[float], list[float], object]:
    """(first-call ms, second-call ms, every place x year s) per fresh dataset; the last one."""
    from explorer.core.demo.generate import demo_dataset
    from explorer.core.geo.countries import load_countries
    from explorer.core.places.book import PlaceBook
    from explorer.core.places.summary import summarise as summarise_place

    book = PlaceBook(load_countries())
    demo = demo_dataset()
    summarise_place(demo, book, "world", INDICATOR, demo.years(INDICATOR)[-1])  # as at start
    codes = [place.code for place in book.places()]
    first: list[float] = []
    again: list[float] = []
    every: list[float] = []
    dataset = None
    for i in range(runs):
        dataset = None  # the previous one and its cache entries go first
        dataset = _fresh_dataset()
        years = dataset.years(INDICATOR)
        if not years:
            raise RuntimeError(f"{INDICATOR!r} has no years in {dataset.name!r}")
        for sink in (first, again):
            start = time.perf_counter()
            summarise_place(dataset, book, "world", INDICATOR, years[-1])
            sink.append(1000 * (time.perf_counter() - start))
        start = time.perf_counter()
        for code in codes:
            for year in years:
                summarise_place(dataset, book, code, INDICATOR, year)
        every.append(time.perf_counter() - start)
        print(
            f"  places {i + 1}/{runs}: first call {first[-1]:.1f} ms, again {again[-1]:.2f} ms, "
            f"{len(codes)} places x {len(years)} years {every[-1]:.3f} s",
            file=sys.stderr,
        )
    return first, again, every, dataset


def _year_changes(dataset, iterations: int) -> list[float]:
    """Milliseconds per ``state.year = y`` in the window (the place section's share: stderr)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from explorer.core.view.snapshot import restore_flow_settings, restore_state
    from explorer.io.workspace.shown import with_derived
    from explorer.ui.window.app import LaunchOptions, build_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = build_window(LaunchOptions(size=SIZE))
    window.show()
    app.processEvents()
    shown = with_derived(None, dataset)
    years = shown.years(INDICATOR)[-2:]
    if len(years) < 2:
        raise RuntimeError(f"{INDICATOR!r} has {len(years)} year(s); need two to change")
    state = restore_state({}, shown, INDICATOR, years[-1])
    window.set_dataset(shown, state, restore_flow_settings({}, shown))
    app.processEvents()
    state = window.state  # the window keeps its one view state and takes the values given
    panel = window.detail_panel.place
    if state.selected is not None or not panel.isVisibleTo(window):
        raise RuntimeError("the place section is not shown: a country is selected")
    if panel.current_code() != "world" or state.indicator != INDICATOR:
        raise RuntimeError(f"the panel shows {panel.current_code()!r}, {state.indicator!r}")

    refresh, calls = panel.refresh, []

    def timed_refresh() -> None:  # DetailPanel.refresh calls self.place.refresh()
        begin = time.perf_counter()
        refresh()
        calls.append(1000 * (time.perf_counter() - begin))

    panel.refresh = timed_refresh
    samples: list[float] = []
    section: list[float] = []
    for i in range(WARMUP + iterations):
        year = years[i % 2]  # the state starts on the last year: the first change goes back
        calls.clear()
        start = time.perf_counter()
        state.year = year
        elapsed_ms = 1000 * (time.perf_counter() - start)
        if panel.summary is None or panel.summary.year != year or len(calls) != 1:
            raise RuntimeError("the place section did not follow the year change")
        if i >= WARMUP:
            samples.append(elapsed_ms)
            section.append(calls[0])
        app.processEvents()
    del panel.refresh
    print(
        f"  places: window {window.width()}x{window.height()}, {shown.name!r}, years {years}; "
        f"of a year change (median {statistics.median(samples):.1f} ms) the place section "
        f"took {statistics.median(section):.1f} ms",
        file=sys.stderr,
    )
    session = window.context.session
    if session is not None:
        session.remember_view = False
    window.close()
    app.processEvents()
    return samples


def measure(runs: int = 5, iterations: int = 50) -> list[Row]:
    """The three place figures, on the GLOTIP workbook when present (else the demo)."""
    source = _source()
    first, again, every, dataset = _summaries(runs)
    year_ms = _year_changes(dataset, iterations)
    return [
        summarise(
            f"place summary, one place and year, first call after import ({source}; "
            f"World, {INDICATOR}) (ms)",
            first,
            target=TARGET_FIRST_MS,
            baseline="the same call again (cached)",
            baseline_samples=again,
        ),
        summarise(
            f"place summaries, all places x all years ({source}; {INDICATOR}) (s)",
            every,
            target=TARGET_ALL_S,
        ),
        summarise(
            f"panel update on a year change with the World shown ({source}; state.year "
            f"at {SIZE[0]}x{SIZE[1]}, every listener, no paint) (ms)",
            year_ms,
            target=TARGET_YEAR_MS,
        ),
    ]
