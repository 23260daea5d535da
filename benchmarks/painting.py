"""Timed, checked repaints of a window's map: what the flows benchmarks share.

Why apart from ``bench_flows``: the flows, hover and growth benchmarks all time
synchronous repaints of the map viewport and must prove that each timed paint
really happened and drew the expected flows; one class does both.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np

WARMUP = 3


class Painter:
    """Times synchronous repaints of one window's map and checks that they happened."""

    def __init__(self, app, window) -> None:
        self.app, self.window = app, window
        self.viewport = window.map_view.viewport()
        self.paints = 0
        self.expected: int | None = None  # flows each timed paint must draw
        window.map_view.painted.connect(self._count)

    def _count(self) -> None:
        self.paints += 1

    def timed(
        self,
        change: Callable[[], None] = lambda: None,
        render: bool = True,
        draft: bool | None = False,
    ) -> float:
        """Milliseconds for ``change()`` plus one synchronous repaint (checked off the clock).

        ``render``: the flows layer must really be drawn (its cache is invalidated
        first); False measures a repaint the layer may serve from its cache.
        ``draft``: False draws the refined (antialiased) layer, True the quick draft
        the screen shows while the view changes; None leaves it to the app.
        """
        item = self.window.flows.item
        if draft is not None:
            item.draft = draft
        if render:
            item.invalidate()  # drops the layer's last rendering
        renders = item.renders
        before = self.paints
        start = time.perf_counter()
        change()
        self.viewport.repaint()
        elapsed_ms = (time.perf_counter() - start) * 1000
        if self.paints == before:
            raise RuntimeError("repaint() did not paint the map viewport")
        if render and self.expected and item.renders == renders:
            raise RuntimeError("the flows layer was not drawn")
        if self.expected is not None:
            self._check(self.expected)
        self.app.processEvents()  # the deferred updates the change scheduled, off the clock
        return elapsed_ms

    def set_flows(self, top_n: int | None) -> None:
        """Show the ``top_n`` largest flows, or hide the layer (None); off the clock."""
        settings = self.window.flow_settings
        if top_n is None:
            settings.visible = False
        else:
            settings.top_n = top_n
            settings.visible = True
        self.app.processEvents()
        self.expected = self.drawn_count()  # every timed paint must draw all of them

    def drawn_count(self) -> int:
        """Flows in the current selection (``view.drawn``), 0 when the layer is hidden."""
        view = self.window.flows.view
        return 0 if view is None else len(view.drawn)

    def check_painted(self, expected: int) -> int:
        """Repaint once and confirm the selection and the paint both hold ``expected`` flows."""
        self.timed()
        return self._check(expected)

    def _check(self, expected: int) -> int:
        """Flows painted (from the paint's hit record); error unless ``expected``."""
        item = self.window.flows.item
        if expected == 0:
            if item.isVisible():
                raise RuntimeError("the flows layer is visible with flows hidden")
            return 0
        if self.drawn_count() != expected:
            raise RuntimeError(f"view.drawn has {self.drawn_count()} flows, expected {expected}")
        hits = item.hits(self.window.map_view.viewportTransform())
        if hits is None:
            raise RuntimeError("the flows item has nothing prepared")
        painted = len(np.unique(hits.segment_flow))
        if painted != expected:
            raise RuntimeError(f"the paint drew {painted} flows, expected {expected}")
        return painted


def round_robin(
    scenarios: dict[str, tuple[Callable[[], None], Callable[[], float]]], iterations: int
) -> dict[str, list[float]]:
    """One sample of each scenario per round; ``(setup, sample)``, setup off the clock."""
    samples: dict[str, list[float]] = {name: [] for name in scenarios}
    for i in range(WARMUP + iterations):
        for name, (setup, sample) in scenarios.items():
            setup()
            elapsed = sample()
            if i >= WARMUP:
                samples[name].append(elapsed)
    return samples
