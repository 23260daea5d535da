"""The folium peer in a window: the demo choropleth as a folium page in a QWebEngineView.

Why: a Python developer without our app would draw the map with folium and
show it in a ``QWebEngineView``. Two figures compare with ours: launch (fresh
process to ``loadFinished`` of the page, window included) and a year change
(regenerate the page for the next year, save it, load it, until
``loadFinished``).

Why our own HTML export builds the page: it is folium (``folium.Map`` with a
GeoJSON layer and tooltips), made offline: Leaflet is inlined from the
``django-js-lib-leaflet`` package and nothing is fetched, so the page loads on
a machine without network (folium's default page would wait on CDN links).
The page shows the demo's default indicator and year, choropleth only (no
flows), with its legend, title and footer; the data steps (demo data, the
countries, the classes) are the app's, Qt-free, as in our own launch.

A page over 2 MB cannot go through ``setHtml``, so it is written to a
temporary file and loaded from there, as ``folium.Map.save`` users do.

Needs QtWebEngine: ``make bench-peers`` installs PySide6-Addons (and, from
PySide6 6.12, PySide6-WebEngine) into the venv; the app never imports it.

Modes: ``launch`` prints ``first-paint`` at the first ``loadFinished``;
``work SAMPLES`` prints one JSON line of year-change timings (ms).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

SIZE = (1440, 900)
WARMUP = 1


def _environment() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Chromium refuses to run as root with its sandbox on; nothing here is untrusted.
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --no-sandbox")


class Page:
    """The demo's default indicator: its years and the folium page of one of them."""

    def __init__(self) -> None:
        from explorer.core.demo.generate import demo_dataset
        from explorer.core.geo.countries import load_countries
        from explorer.core.view.choropleth import ChoroplethBuilder
        from explorer.core.view.snapshot import restore_state

        self.dataset = demo_dataset()
        state = restore_state({}, self.dataset)
        self.indicator, self.year, self.breakdown = state.indicator, state.year, state.breakdown
        self.years = self.dataset.years(self.indicator)
        self.countries = load_countries()
        self.builder = ChoroplethBuilder(self.dataset)

    def write(self, year: int, path: Path) -> Path:
        """Classify ``year`` and write its folium page to ``path``."""
        from explorer.core.view.data import default_texts, view_data
        from explorer.web.html_export import write_html

        choropleth = self.builder.build(self.indicator, year, self.breakdown)
        view = view_data(self.countries, choropleth, default_texts(self.dataset, choropleth))
        return write_html(view, self.countries, path)


def _window():
    from PySide6.QtCore import QEventLoop, QUrl
    from PySide6.QtWebEngineWidgets import QWebEngineView
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    view = QWebEngineView()
    view.resize(*SIZE)
    view.show()

    def load(path: Path) -> None:
        """Load ``path`` and wait for its ``loadFinished``; error unless it loaded."""
        loop = QEventLoop()
        result: list[bool] = []
        view.loadFinished.connect(lambda ok: (result.append(ok), loop.quit()))
        view.load(QUrl.fromLocalFile(str(path)))
        loop.exec()
        view.loadFinished.disconnect()
        if result != [True]:
            raise RuntimeError(f"the folium page did not load: {result}")

    return app, view, load


def launch() -> None:
    """Fresh process to the page's first loadFinished (the launch benchmark's marker)."""
    _environment()
    page = Page()
    with tempfile.TemporaryDirectory(prefix="bench-folium-") as tmp:
        path = page.write(page.year, Path(tmp) / "map.html")
        _app, _view, load = _window()
        load(path)
        print("first-paint", flush=True)


def work(samples: int) -> None:
    """Year changes: regenerate the page for the next year, save, load; one JSON line."""
    _environment()
    page = Page()
    if len(page.years) < 2:
        raise RuntimeError("the demo's default indicator has fewer than two years")
    with tempfile.TemporaryDirectory(prefix="bench-folium-") as tmp:
        path = Path(tmp) / "map.html"
        _app, view, load = _window()
        load(page.write(page.year, path))
        year = page.year
        timings: list[float] = []
        for i in range(WARMUP + samples):
            year = page.years[(page.years.index(year) + 1) % len(page.years)]
            page.builder.build.cache_clear()  # a regenerated page starts from the data
            start = time.perf_counter()
            load(page.write(year, path))
            if i >= WARMUP:
                timings.append(1000 * (time.perf_counter() - start))
        size = path.stat().st_size
        title = view.title()
    print(
        json.dumps(
            {
                "year_change_ms": timings,
                "median_ms": statistics.median(timings),
                "html_bytes": size,
                "title": title,
            }
        ),
        flush=True,
    )


def main(argv: list[str]) -> int:
    if argv == ["launch"]:
        launch()
    elif len(argv) == 2 and argv[0] == "work":
        work(int(argv[1]))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
