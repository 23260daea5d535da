"""Hover hit-test: from a mouse position on the map to the country (or flow) under it.

Why this function: on every mouse move ``MapView.mouseMoveEvent`` first asks
which flow is under the pointer (``flow_at``: the flows layer's hit table for
the current view transform) and, when none, which country (``country_at``:
the scene's shape test); the answer becomes the hover highlight and the
tooltip. That mapping is what must stay under 2 ms so hovering never lags.
Each sample times exactly what the handler does to decide:
``flow = view.flow_at(pos)`` then, without a flow, ``view.country_at(pos)``.

Positions: 1,000 seeded random points in the 1440x900 window's map viewport
(sea, countries, flows and borders alike), in the real main window; one sample
per position, the median over all of them. Two windows: the demo as it
starts (its default flows layer), and the synthetic dataset of
``bench_flows`` with 500 flows drawn (more curves to test against).

The median hides a tail: where the point lies inside the bounding boxes of
big countries (Canada, Russia, the USA, Antarctica...), Qt's shape test runs
over their full 1:50m paths (Canada: 121,000 path elements, 15 ms for one
``contains``); so the 90th and 99th percentiles get rows of their own, with
the same 2 ms target.

Two more rows: the first hit-test after the view moved (the layer's hit table
is rebuilt for the new transform: the worst single mouse move after a pan or
zoom), and the whole mouse-move handler (hit-test, hover state, tooltip text
and ``QToolTip.showText``) fed synthetic move events, without the repaint the
hover schedules (``bench_restyle`` times "hover change + repaint").
"""

from __future__ import annotations

import os
import sys
import time

import numpy as np
from common import Row, summarise

SIZE = (1440, 900)
TARGET_MS = 2.0
POSITIONS = 1000
SEED = 20261128
FEW = 500


def _positions(viewport, n: int = POSITIONS) -> list:
    from PySide6.QtCore import QPoint

    rng = np.random.default_rng(SEED)
    xs = rng.integers(0, viewport.width(), n)
    ys = rng.integers(0, viewport.height(), n)
    return [QPoint(int(x), int(y)) for x, y in zip(xs, ys, strict=True)]


def _hit(view, pos):
    """What ``mouseMoveEvent`` decides: the flow under ``pos``, else the country."""
    flow = view.flow_at(pos)
    return flow if flow is not None else view.country_at(pos)


def _time_hits(view, positions, rebuild: bool = False) -> tuple[list[float], dict[str, int]]:
    """Milliseconds per hit-test over ``positions``; what was hit (countries, flows, none)."""
    item = view.flows.item if view.flows is not None else None
    for pos in positions[:20]:  # warm-up: the hit table for this transform is built
        _hit(view, pos)
    samples: list[float] = []
    found = {"country": 0, "flow": 0, "nothing": 0}
    for pos in positions:
        if rebuild and item is not None:
            item._hits = None  # as after a pan or zoom: the next test rebuilds the table
        start = time.perf_counter()
        hit = _hit(view, pos)
        samples.append(1000 * (time.perf_counter() - start))
        kind = "nothing" if hit is None else ("country" if hasattr(hit, "iso3") else "flow")
        found[kind] += 1
    return samples, found


def _time_moves(app, view, positions) -> list[float]:
    """Milliseconds per synthetic mouse-move event through the view's handler."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QMouseEvent

    samples: list[float] = []
    viewport = view.viewport()
    for i, pos in enumerate(positions):
        local = QPointF(pos)
        event = QMouseEvent(
            QMouseEvent.Type.MouseMove,
            local,
            QPointF(viewport.mapToGlobal(pos)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        start = time.perf_counter()
        view.mouseMoveEvent(event)
        elapsed = 1000 * (time.perf_counter() - start)
        if i >= 20:
            samples.append(elapsed)
        if i % 50 == 0:
            app.processEvents()  # the scheduled repaints and tooltip timers, off the clock
    return samples


def _percentile_row(figure: str, samples: list[float], q: float) -> Row:
    """A row whose median column holds the ``q``-th percentile: how bad the slow moves are."""
    return Row(
        figure, float(np.percentile(samples, q)), min(samples), max(samples), target=TARGET_MS
    )


def measure(iterations: int = 50) -> list[Row]:
    """Hit-test milliseconds over 1,000 positions: demo window, and 500 synthetic flows."""
    del iterations  # the sample count is the number of positions
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bench_flows import build_windows
    from painting import Painter
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    demo_window, window = build_windows()

    demo_window.show()
    app.processEvents()
    demo_view = demo_window.map_view
    demo_view.viewport().repaint()
    positions = _positions(demo_view.viewport())
    demo_samples, demo_found = _time_hits(demo_view, positions)
    demo_drawn = 0 if demo_window.flows.view is None else len(demo_window.flows.view.drawn)
    moves = _time_moves(app, demo_view, positions)
    demo_window.close()
    app.processEvents()

    window.show()
    app.processEvents()
    painter = Painter(app, window)
    painter.set_flows(FEW)
    painter.check_painted(FEW)
    view = window.map_view
    few_samples, few_found = _time_hits(view, positions)
    rebuild_samples, _ = _time_hits(view, positions[:200], rebuild=True)
    window.close()
    app.processEvents()
    print(
        f"  hover: {len(positions)} positions in the {SIZE[0]}x{SIZE[1]} window's map "
        f"viewport; demo ({demo_drawn} flows drawn): {demo_found}; "
        f"{FEW} synthetic flows: {few_found}",
        file=sys.stderr,
    )
    return [
        summarise(
            f"hover hit-test: position to country or flow, demo, {demo_drawn} flows drawn (ms)",
            demo_samples,
            target=TARGET_MS,
        ),
        summarise(
            f"hover hit-test: position to country or flow, {FEW} flows drawn (ms)",
            few_samples,
            target=TARGET_MS,
        ),
        _percentile_row(
            f"hover hit-test, 90th percentile of the positions, {FEW} flows drawn (ms)",
            few_samples,
            90,
        ),
        _percentile_row(
            f"hover hit-test, 99th percentile of the positions, {FEW} flows drawn (ms)",
            few_samples,
            99,
        ),
        summarise(
            f"hover hit-test, first after a pan/zoom (hit table rebuilt), {FEW} flows (ms)",
            rebuild_samples,
        ),
        summarise(
            "hover: whole mouse-move handler (hit-test, hover state, tooltip), demo (ms)",
            moves,
        ),
    ]
