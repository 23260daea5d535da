"""Where the time of a flows repaint goes: cProfile, then the paint taken apart.

Why a separate script: ``bench_flows`` says how long a repaint takes; this says
why, on the same synthetic window (``bench_flows.build_windows``). Part 1 runs
cProfile over repaints of the map viewport. Part 2 replays the flow loop of
``paint_flows`` on the same prepared flows and device transform into an image
of the viewport's size, switching one thing at a time (outline building only,
fills without antialiasing, without the halo pen, one path per colour), so each
share can be read off without touching the app.

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/profile_flows.py [--flows 5000]``
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import sys
import time
from collections.abc import Callable

import bench_flows
import numpy as np


def _median_ms(run: Callable[[], object], repeat: int) -> float:
    run()  # warm-up
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flows", type=int, default=bench_flows.MANY, help="top_n to draw")
    parser.add_argument("--repeat", type=int, default=5, help="repaints per measurement")
    parser.add_argument("--zoom", type=float, default=1.0, help="zoom factor before painting")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen
    from PySide6.QtWidgets import QApplication

    from explorer.render.flows import prepared_flows as fp
    from explorer.render.flows.hits import FlowHits
    from explorer.render.flows.outlines import flow_outlines
    from explorer.render.map.qt_arrays import polygon_from_array

    app = QApplication.instance() or QApplication(sys.argv[:1])
    demo_window, window = bench_flows.build_windows()
    demo_window.close()
    window.show()
    app.processEvents()
    window.flow_settings.top_n = args.flows
    app.processEvents()
    view, viewport = window.map_view, window.map_view.viewport()
    if args.zoom != 1.0:
        view.zoom_by(args.zoom)
    app.processEvents()
    prepared = window.flows.item.prepared
    print(
        f"{len(window.flows.view.drawn)} flows drawn, {len(prepared.piece_flow)} pieces, "
        f"{len(prepared.points)} curve samples; viewport {viewport.width()}x{viewport.height()}, "
        f"zoom {view.zoom_factor():.2f}x"
    )

    # Part 1: cProfile over whole repaints.
    repaint_ms = _median_ms(viewport.repaint, args.repeat)
    window.flow_settings.visible = False
    app.processEvents()
    hidden_ms = _median_ms(viewport.repaint, args.repeat)
    window.flow_settings.visible = True
    app.processEvents()
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(args.repeat):
        viewport.repaint()
    profile.disable()
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out).strip_dirs().sort_stats("tottime")
    stats.print_stats(18)
    print(f"\nrepaint median {repaint_ms:.1f} ms, flows hidden {hidden_ms:.1f} ms")
    print(f"cProfile of {args.repeat} repaints, by own time:")
    print("\n".join(out.getvalue().splitlines()[4:]))

    # Part 2: the flow loop of paint_flows replayed on an image of the viewport.
    transform = view.viewportTransform()  # the item sits at the scene origin: its paint transform
    device = fp.device_points(prepared.points, transform)
    widths = fp.width_px(prepared.width, 1.0)
    image = QImage(viewport.width(), viewport.height(), QImage.Format.Format_ARGB32_Premultiplied)
    halo = QPen(QColor(255, 255, 255, 150), 0.7)
    pieces = [
        (k, int(prepared.piece_flow[k]), prepared.piece_start[k], prepared.piece_start[k + 1])
        for k in range(len(prepared.piece_flow))
        if prepared.piece_start[k + 1] - prepared.piece_start[k] >= 2
    ]

    def outlines(step: int = 1, width: np.ndarray = widths) -> list:
        polys = []
        for k, f, a, b in pieces:
            keep = slice(a, b) if step == 1 else np.unique(np.r_[np.arange(a, b, step), b - 1])
            piece, t = device[keep], prepared.t[keep]
            if len(piece) < 2:
                continue
            arrow = np.array([bool(prepared.piece_ends_at_destination[k])])
            ends = np.array([0, len(piece)])
            outline = flow_outlines(piece, t, ends, arrow, np.array([width[f]]), 1.0).of(0)
            polys.append((f, polygon_from_array(outline)))
        return polys

    full_outlines = outlines()
    variants = {
        "half the curve samples": outlines(step=2),
        "every width at the minimum": outlines(width=np.full_like(widths, fp.MIN_WIDTH_PX)),
    }
    brushes = [
        QBrush(fp.colour_with_alpha(prepared.colour[f], fp.EMPHASISED_ALPHA))
        for f in range(prepared.flow_count)
    ]

    opaque = [QBrush(QColor(*(int(c) for c in rgb))) for rgb in prepared.colour]

    def fill(
        antialias: bool, pen: bool, polygons: list = full_outlines, translucent: bool = True
    ) -> None:
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialias)
        for f, polygon in polygons:
            painter.setPen(halo if pen else Qt.PenStyle.NoPen)
            painter.setBrush(brushes[f] if translucent else opaque[f])
            painter.drawPolygon(polygon)
        painter.end()

    def fill_by_colour() -> None:  # one path per colour: same look only without overlaps
        polygons = full_outlines
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        paths: dict[bytes, QPainterPath] = {}
        for f, polygon in polygons:
            paths.setdefault(prepared.colour[f].tobytes(), QPainterPath()).addPolygon(polygon)
        for key, path in paths.items():
            painter.setBrush(QColor(*np.frombuffer(key, np.uint8), fp.EMPHASISED_ALPHA))
            painter.drawPath(path)
        painter.end()

    def thin_lines() -> None:  # what a hairline level of detail would cost
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for _k, f, a, b in pieces:
            painter.setPen(QPen(brushes[f].color(), fp.MIN_WIDTH_PX))
            painter.drawPolyline(polygon_from_array(device[a:b]))
        painter.end()

    def hits_only() -> None:
        starts = [np.arange(a, b - 1) for _k, _f, a, b in pieces]
        index = np.concatenate(starts)
        FlowHits(device[index], device[index + 1], np.zeros(len(index)), np.zeros(len(index)))

    rows = [
        (
            "device transform of all samples (numpy)",
            lambda: fp.device_points(prepared.points, transform),
        ),
        ("outlines + QPolygonF per piece (Python loop)", outlines),
        ("hit record arrays", hits_only),
        ("fill: antialiased + halo pen, translucent colours", lambda: fill(True, True)),
        (
            "fill: antialiased + halo pen, opaque colours (paint_flows' layers)",
            lambda: fill(True, True, translucent=False),
        ),
        ("fill: antialiased, no halo pen", lambda: fill(True, False)),
        ("fill: no antialiasing, halo pen", lambda: fill(False, True)),
        ("fill: no antialiasing, no pen", lambda: fill(False, False)),
        ("fill: antialiased, one QPainterPath per colour, no pen", fill_by_colour),
        ("no fill: one antialiased 1.2 px polyline per piece instead", thin_lines),
        *(
            (f"fill: antialiased + halo pen, {name}", lambda polys=polys: fill(True, True, polys))
            for name, polys in variants.items()
        ),
    ]
    print(f"\nThe flow loop taken apart ({len(pieces)} pieces, median of {args.repeat}):")
    for name, run in rows:
        print(f"  {_median_ms(run, args.repeat):8.1f} ms  {name}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
