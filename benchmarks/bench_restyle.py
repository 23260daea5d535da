"""Restyle plus repaint after a year change, in the real main window at 1440x900.

Why in-process: the cost a user feels when dragging the year slider is the
state change (new choropleth, brushes, panel and controls following the
signal) plus one paint of the map. Each sample times exactly that: set
``state.year``, then ``viewport().repaint()``, which paints synchronously
(a ``painted`` counter proves the paint really ran on the offscreen platform).

Why the baselines: "repaint only" is the same synchronous paint with nothing
changed, so the ratio shows what restyling adds on top of painting. The
scenarios run round-robin, one sample each per round, so load spikes hit them
alike. Pending events (the deferred update the change also scheduled) are
processed between samples, outside the clock.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

import peers
from common import Row, not_measured, summarise

SIZE = (1440, 900)
TARGET_MS = 16.0
WARMUP = 5
T = TypeVar("T")


def _after(values: Sequence[T], current: T) -> T:
    """The value following ``current`` in ``values``, wrapping round."""
    index = values.index(current) if current in values else -1
    return values[(index + 1) % len(values)]


def measure(iterations: int = 50) -> list[Row]:
    """Milliseconds per year change + repaint, hover change + repaint, and repaint only."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from explorer.ui.window.app import LaunchOptions, build_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = build_window(LaunchOptions(size=SIZE))
    window.show()
    app.processEvents()
    state, view = window.state, window.map_view
    viewport = view.viewport()
    years = window.dataset.years(state.indicator)
    countries = sorted(view.items_by_iso3)
    if len(years) < 2:
        raise RuntimeError(f"{state.indicator!r} has {len(years)} year(s); need two to change")
    paints = [0]
    view.painted.connect(lambda: paints.__setitem__(0, paints[0] + 1))

    def set_year() -> None:
        state.year = _after(years, state.year)

    def set_hover() -> None:
        state.hovered = _after(countries, state.hovered)

    def set_new_year() -> None:
        """A year change as on its first visit: the app's memo of built views is emptied."""
        view.builder.build.cache_clear()
        window.flows.forget_built()
        set_year()

    scenarios: dict[str, Callable[[], None]] = {
        "repaint": lambda: None,
        "year": set_year,
        "hover": set_hover,
    }

    def run(scenarios: dict[str, Callable[[], None]] = scenarios) -> dict[str, list[float]]:
        samples: dict[str, list[float]] = {name: [] for name in scenarios}
        for i in range(WARMUP + iterations):
            for name, change in scenarios.items():
                before = paints[0]
                start = time.perf_counter()
                change()
                viewport.repaint()
                elapsed_ms = (time.perf_counter() - start) * 1000
                if paints[0] == before:
                    raise RuntimeError("repaint() did not paint the map viewport")
                if name in ("year", "first") and view.choropleth.year != state.year:
                    raise RuntimeError("the map was not restyled for the new year")
                if i >= WARMUP:
                    samples[name].append(elapsed_ms)
                app.processEvents()
        return samples

    samples = run()  # as the app starts: the default flows layer is on
    samples.update(run({"first": set_new_year}))  # apart: it empties the memo the others use
    drawn = len(window.flows.view.drawn) if window.flows.view is not None else 0
    window.flow_settings.visible = False
    app.processEvents()
    choropleth_only = run()
    # A desk officer's year change: a country selected, so its panel is refreshed too.
    window.flow_settings.visible = True
    state.selected = "NGA" if "NGA" in view.items_by_iso3 else countries[0]
    app.processEvents()
    selected = run({"repaint": lambda: None, "year": set_year})
    print(
        f"  restyle: window {window.width()}x{window.height()}, "
        f"map viewport {viewport.width()}x{viewport.height()}, {len(countries)} countries, "
        f"{len(years)} years of {state.indicator!r}; default flows layer: {drawn} flows",
        file=sys.stderr,
    )
    window.close()
    app.processEvents()
    qgis, folium = peer_rows(iterations)
    base = "repaint only, no change"
    figure = f"year change: restyle + repaint at {SIZE[0]}x{SIZE[1]}, flows off (ms)"
    return [
        summarise(
            figure,
            choropleth_only["year"],
            target=TARGET_MS,
            baseline=qgis.baseline,
            baseline_samples=qgis.samples,
        ),
        summarise(
            figure,
            choropleth_only["year"],
            baseline=folium.baseline,
            baseline_samples=folium.samples,
        ),
        summarise(
            figure,
            choropleth_only["year"],
            baseline=base,
            baseline_samples=choropleth_only["repaint"],
        ),
        summarise(
            f"year change: restyle + repaint, default {drawn} flows (draft frame) (ms)",
            samples["year"],
            target=TARGET_MS,
            baseline=base,
            baseline_samples=samples["repaint"],
        ),
        summarise(
            f"year change with a country selected ({state.selected}): restyle + its panel + "
            f"repaint, default {drawn} flows (ms)",
            selected["year"],
            target=TARGET_MS,
            baseline=f"{base}, the country selected",
            baseline_samples=selected["repaint"],
        ),
        summarise(
            f"year change, first visit (nothing memoised), default {drawn} flows (ms)",
            samples["first"],
            baseline=base,
            baseline_samples=samples["repaint"],
        ),
        summarise(
            "hover change + repaint (ms)",
            samples["hover"],
            baseline=base,
            baseline_samples=samples["repaint"],
        ),
        summarise(f"baseline: {base} (ms)", samples["repaint"]),
        qgis.row(),
        folium.row(),
    ]


class PeerSamples:
    """A peer's name and year-change samples (ms), None when it is not installed."""

    def __init__(self, baseline: str, samples: list[float] | None) -> None:
        self.baseline, self.samples = baseline, samples

    def row(self) -> Row:
        figure = f"peer: {self.baseline} (ms)"
        return summarise(figure, self.samples) if self.samples else not_measured(figure)


def peer_rows(iterations: int) -> tuple[PeerSamples, PeerSamples]:
    """QGIS re-classify + re-render and folium regenerate + reload, in child processes."""
    samples = peers.samples_for(iterations)
    qgis = peers.qgis_work(samples)
    folium = peers.folium_work(samples)
    name = "folium page in a QWebEngineView: regenerate for the year + reload to loadFinished"
    if folium is None:
        name += " (QtWebEngine not installed)"
    return (
        PeerSamples(
            peers.qgis_name(f"re-classify (7 quantiles) + re-render {SIZE[0]}x{SIZE[1]}"),
            qgis["rerender_samples"] if qgis else None,
        ),
        PeerSamples(name, folium["year_change_ms"] if folium else None),
    )
