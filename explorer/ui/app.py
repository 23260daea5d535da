"""Start the application: QApplication, demo data, main window; or a screenshot.

Why a separate module: the command line, tests and benchmarks start the app
the same way, and the order of work here decides the launch time.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from explorer.core.breakdown import Breakdown


@dataclass(frozen=True)
class LaunchOptions:
    """What the command line may ask of the window."""

    screenshot: Path | None = None
    size: tuple[int, int] = (1440, 900)
    indicator: str | None = None
    year: int | None = None
    select: str | None = None
    projection: str = "Equal Earth"
    exit_after_first_paint: bool = False  # for launch benchmarks
    focus: str = "all"  # flows for the selected country: all, incoming, outgoing, both
    flows: bool = True
    zoom_to_selection: bool = True
    brief: Path | None = None  # write the selected country's A4 brief here, then exit


def build_window(options: LaunchOptions):
    """The main window on the built-in demo data, not yet shown."""
    from explorer.core.countries import PROJECTIONS, load_countries, project_countries
    from explorer.core.demo import demo_dataset
    from explorer.core.state import ViewState
    from explorer.ui.main_window import MainWindow

    dataset = demo_dataset()
    crs = PROJECTIONS[options.projection]
    countries = project_countries(load_countries(), crs)
    indicators = dataset.indicators()
    indicator = options.indicator if options.indicator in indicators else indicators[0]
    years = dataset.years(indicator)
    year = options.year if options.year in years else years[-1]
    state = ViewState(indicator=indicator, year=year, breakdown=Breakdown.TOTAL)
    window = MainWindow(dataset, countries, crs, state)
    window.flow_settings.focus = options.focus
    window.flow_settings.visible = options.flows
    window.resize(*options.size)
    if options.select:
        if options.zoom_to_selection:
            window.show_country(options.select.upper())
        else:
            window.state.selected = options.select.upper()
    return window


def run(options: LaunchOptions) -> int:
    """Open the window (or write the screenshot) and return the exit status."""
    if options.screenshot is not None or options.brief is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Trafficking Flows Explorer")
    app.setOrganizationName("Trafficking Flows Explorer")
    window = build_window(options)
    if options.brief is not None:
        return _brief(app, window, options)
    if options.screenshot is not None:
        return _screenshot(app, window, options)
    if options.exit_after_first_paint:
        _exit_after_first_paint(app, window)
    window.show()
    return app.exec()


def _exit_after_first_paint(app, window) -> None:
    """Print ``first-paint`` once the map has been painted on screen, then quit."""

    def done() -> None:
        window.map_view.painted.disconnect(done)
        print("first-paint", flush=True)
        app.quit()

    window.map_view.painted.connect(done)


def _brief(app, window, options: LaunchOptions) -> int:
    window.show()
    app.processEvents()
    iso3 = (options.select or "").upper()
    if iso3 not in window.map_view.items_by_iso3:
        print(f"unknown country code {iso3!r}", file=sys.stderr)
        return 2
    window.state.selected = iso3
    window.flows.refine()
    app.processEvents()
    options.brief.parent.mkdir(parents=True, exist_ok=True)
    path = window.export_brief(options.brief)
    print(f"wrote {path}")
    window.close()
    return 0


def _screenshot(app, window, options: LaunchOptions) -> int:
    path = options.screenshot
    window.show()
    app.processEvents()
    if options.select and options.zoom_to_selection:
        window.show_country(window.state.selected)  # again, now that the window has its size
    window.flows.refine()  # the finished, antialiased rendering rather than the quick draft
    app.processEvents()
    image = window.grab()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):
        print(f"could not write {path}", file=sys.stderr)
        return 1
    print(f"wrote {path} ({image.width()}x{image.height()})")
    window.close()
    return 0
