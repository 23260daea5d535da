"""The QGIS peer: the same choropleth drawn, re-classified and exported with PyQGIS.

Why: the issue names QGIS as the peer a desktop GIS user would compare with.
This script runs under the system ``python3`` with Debian's ``python3-qgis``
(``make bench-peers``), never in the app's venv, and imports nothing from the
app: the bench runner (``bench_peers.py``) writes the countries and values to a
GeoPackage in a temporary folder and reads this script's JSON from stdout.

What it does, as a PyQGIS developer would: ``QgsApplication`` offscreen, the
countries layer from the GeoPackage (the app's own 241 shapes, EPSG:4326), a
``QgsGraduatedSymbolRenderer`` on the year's value field with 7 quantile
classes (``QgsClassificationQuantile``) and a white-to-red ramp, the map in
Equal Earth (EPSG:8857) rendered by ``QgsMapRendererParallelJob`` at 1440x900.

Modes:

- ``launch GPKG FIELD``: from a fresh process to the first rendered image;
  prints ``first-paint`` (the launch benchmark's marker) after it, then one
  JSON line with VmRSS and VmHWM of this process (MiB) and the QGIS version.
- ``work GPKG FIELDS OUTDIR SAMPLES TITLE``: after a first render (off the
  clock), ``SAMPLES`` re-classify + re-render samples, each switching to the
  next field of the comma-separated ``FIELDS`` (a year change); then a print
  layout (map, legend, title) exported to a 3840x2160 PNG, an SVG of the same
  16:9 page and an A4 landscape PDF, ``SAMPLES`` times each, round-robin; each
  file is checked (size, header) off the clock. Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

SIZE = (1440, 900)
CLASSES = 7
CRS = "EPSG:8857"  # Equal Earth, as the app's default projection
PAGE_16_9_MM = (320.0, 180.0)  # exported at 3840x2160 px
A4_LANDSCAPE_MM = (297.0, 210.0)
WARMUP = 1


def _status_mib() -> dict[str, float]:
    """VmRSS and VmHWM of this process, in MiB, from /proc/self/status."""
    out: dict[str, float] = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(rest.split()[0]) / 1024
    return out


class Peer:
    """QgsApplication, the countries layer and its graduated renderer."""

    def __init__(self, gpkg: str, field: str) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from qgis.core import (
            Qgis,
            QgsApplication,
            QgsClassificationQuantile,
            QgsCoordinateReferenceSystem,
            QgsGradientColorRamp,
            QgsGraduatedSymbolRenderer,
            QgsMapSettings,
            QgsProject,
            QgsVectorLayer,
        )
        from qgis.PyQt.QtCore import QSize
        from qgis.PyQt.QtGui import QColor

        self.version = Qgis.QGIS_VERSION
        QgsApplication.setPrefixPath("/usr", True)
        self.app = QgsApplication([], False)
        self.app.initQgis()
        self.layer = QgsVectorLayer(f"{gpkg}|layername=countries", "countries", "ogr")
        if not self.layer.isValid():
            raise RuntimeError(f"QGIS could not open {gpkg}")
        self.project = QgsProject.instance()
        self.project.addMapLayer(self.layer)
        self.crs = QgsCoordinateReferenceSystem(CRS)
        self.project.setCrs(self.crs)
        self.renderer = QgsGraduatedSymbolRenderer(field)
        self.renderer.setClassificationMethod(QgsClassificationQuantile())
        self.renderer.updateColorRamp(QgsGradientColorRamp(QColor("#fee5d9"), QColor("#a50f15")))
        self.classify(field)
        settings = QgsMapSettings()
        settings.setLayers([self.layer])
        settings.setDestinationCrs(self.crs)
        settings.setOutputSize(QSize(*SIZE))
        settings.setBackgroundColor(QColor("white"))
        settings.setExtent(settings.layerExtentToOutputExtent(self.layer, self.layer.extent()))
        self.settings = settings

    def classify(self, field: str) -> None:
        """Point the renderer at ``field`` and compute 7 quantile classes from the layer."""
        self.renderer.setClassAttribute(field)
        self.renderer.updateClasses(self.layer, CLASSES)
        if len(self.renderer.ranges()) != CLASSES:
            raise RuntimeError(f"{len(self.renderer.ranges())} classes on {field}, not {CLASSES}")
        self.layer.setRenderer(self.renderer.clone())

    def render(self):
        """One 1440x900 render of the map, waited for; the image."""
        from qgis.core import QgsMapRendererParallelJob

        job = QgsMapRendererParallelJob(self.settings)
        job.start()
        job.waitForFinished()
        image = job.renderedImage()
        if image.isNull() or (image.width(), image.height()) != SIZE:
            raise RuntimeError("QGIS rendered no 1440x900 image")
        return image


def _layout(peer: Peer, page_mm: tuple[float, float], title: str):
    """A print layout of one page: title, the map (whole world, Equal Earth), legend."""
    from qgis.core import (
        QgsLayoutItemLabel,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsPrintLayout,
    )
    from qgis.PyQt.QtGui import QFont

    w, h = page_mm
    layout = QgsPrintLayout(peer.project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(w, h))
    label = QgsLayoutItemLabel(layout)
    label.setText(title)
    label.setFont(QFont("DejaVu Sans", 16))
    layout.addLayoutItem(label)
    label.attemptMove(QgsLayoutPoint(8, 5))
    label.attemptResize(QgsLayoutSize(w - 16, 12))
    item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(8, 20))
    item.attemptResize(QgsLayoutSize(w - 16, h - 28))
    item.setCrs(peer.crs)
    item.setLayers([peer.layer])
    item.setExtent(peer.settings.extent())
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("Legend")
    legend.setLinkedMap(item)
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(10, h - 70))
    return layout


def _median_stats(samples: list[float]) -> dict[str, float]:
    return {"median": statistics.median(samples), "min": min(samples), "max": max(samples)}


def _check(path: Path, head: bytes, min_bytes: int) -> None:
    with open(path, "rb") as handle:
        start = handle.read(256)
    if head not in start or path.stat().st_size < min_bytes:
        raise RuntimeError(f"QGIS wrote no proper {path.suffix} ({path.stat().st_size} bytes)")


def launch(gpkg: str, field: str) -> None:
    """First render in a fresh process: the launch benchmark times this to ``first-paint``."""
    peer = Peer(gpkg, field)
    peer.render()
    print("first-paint", flush=True)
    print(json.dumps({"version": peer.version, **_status_mib()}), flush=True)


def work(gpkg: str, fields: list[str], outdir: str, samples: int, title: str) -> None:
    """Re-classify + re-render samples, then the three layout exports; one JSON line."""
    from qgis.core import QgsLayoutExporter
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QImage

    peer = Peer(gpkg, fields[0])
    peer.render()
    rerender: list[float] = []
    for i in range(WARMUP + samples):
        field = fields[(i + 1) % len(fields)]
        start = time.perf_counter()
        peer.classify(field)
        peer.render()
        if i >= WARMUP:
            rerender.append(1000 * (time.perf_counter() - start))

    # The exporters hold bare pointers: the layouts must stay referenced here.
    layouts = _layout(peer, PAGE_16_9_MM, title), _layout(peer, A4_LANDSCAPE_MM, title)
    wide, a4 = (QgsLayoutExporter(layout) for layout in layouts)
    out = Path(outdir)
    png_settings = QgsLayoutExporter.ImageExportSettings()
    png_settings.dpi = 3840 / (PAGE_16_9_MM[0] / 25.4)
    png_settings.imageSize = QSize(3840, 2160)
    svg_settings = QgsLayoutExporter.SvgExportSettings()
    pdf_settings = QgsLayoutExporter.PdfExportSettings()

    def png() -> None:
        path = out / "qgis.png"
        result = wide.exportToImage(str(path), png_settings)
        if result != QgsLayoutExporter.Success:
            raise RuntimeError(f"QGIS PNG export failed: {result} {wide.errorFile()}")

    def svg() -> None:
        if wide.exportToSvg(str(out / "qgis.svg"), svg_settings) != QgsLayoutExporter.Success:
            raise RuntimeError("QGIS SVG export failed")

    def pdf() -> None:
        if a4.exportToPdf(str(out / "qgis.pdf"), pdf_settings) != QgsLayoutExporter.Success:
            raise RuntimeError("QGIS PDF export failed")

    exports = {"png": png, "svg": svg, "pdf": pdf}
    timings: dict[str, list[float]] = {name: [] for name in exports}
    for i in range(WARMUP + samples):
        for name, export in exports.items():
            start = time.perf_counter()
            export()
            if i >= WARMUP:
                timings[name].append(time.perf_counter() - start)
    image = QImage(str(out / "qgis.png"))
    if (image.width(), image.height()) != (3840, 2160):
        raise RuntimeError(f"QGIS PNG is {image.width()}x{image.height()}, not 3840x2160")
    _check(out / "qgis.svg", b"<svg", 10_000)
    _check(out / "qgis.pdf", b"%PDF-", 10_000)
    result = {
        "version": peer.version,
        "rerender_ms": _median_stats(rerender),
        "rerender_samples": rerender,
        **{f"{name}_s": _median_stats(t) for name, t in timings.items()},
        **{f"{name}_samples": t for name, t in timings.items()},
        "sizes": {p.suffix: p.stat().st_size for p in out.glob("qgis.*")},
    }
    print(json.dumps(result), flush=True)


def main(argv: list[str]) -> int:
    if argv[:1] == ["launch"] and len(argv) == 3:
        launch(argv[1], argv[2])
    elif argv[:1] == ["work"] and len(argv) == 6:
        work(argv[1], argv[2].split(","), argv[3], int(argv[4]), argv[5])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
