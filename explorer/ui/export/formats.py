"""The export formats as the dialog offers them: their names and file filters, which of
the dialog's controls each uses, and the choice the dialog keeps for the rest of the run.

Why kept: a presenter exports several views in a row as the same PDF page or the same
4K slide; a dialog that opens on a 1920 x 1080 PNG each time makes them choose again.
It is kept for the run only, in the window's context, as the settings file keeps no
export choices.

Why some controls grey out: only the pictures (PNG, SVG, PDF) are drawn to a size,
with a theme, an extent and optional legends. The HTML map fills the browser window
and opens on the whole world with its legends in its own colours, and the data files
hold figures: for them those controls change nothing, and greying them out (saying why)
beats letting a user set a size that is silently ignored.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from explorer.core.view.export_spec import Format
from explorer.ui.common.translations import translate
from explorer.ui.export.page_size import PageChoice

# Marked for lupdate; translated where shown.
FILTERS = {
    Format.PNG: QT_TRANSLATE_NOOP("ExportDialog", "PNG image (*.png)"),
    Format.SVG: QT_TRANSLATE_NOOP("ExportDialog", "SVG vector image (*.svg)"),
    Format.PDF: QT_TRANSLATE_NOOP("ExportDialog", "PDF document (*.pdf)"),
    Format.HTML: QT_TRANSLATE_NOOP("ExportDialog", "Interactive HTML map, works offline (*.html)"),
    Format.CSV: QT_TRANSLATE_NOOP("ExportDialog", "CSV table (*.csv)"),
    Format.XLSX: QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (*.xlsx)"),
    Format.GPKG: QT_TRANSLATE_NOOP("ExportDialog", "GeoPackage for QGIS (*.gpkg)"),
}
FORMAT_NAMES = {
    Format.PNG: QT_TRANSLATE_NOOP("ExportDialog", "PNG image"),
    Format.SVG: QT_TRANSLATE_NOOP("ExportDialog", "SVG vector image"),
    Format.PDF: QT_TRANSLATE_NOOP("ExportDialog", "PDF document"),
    Format.HTML: QT_TRANSLATE_NOOP("ExportDialog", "Interactive HTML map (offline)"),
    Format.CSV: QT_TRANSLATE_NOOP("ExportDialog", "Data: CSV"),
    Format.XLSX: QT_TRANSLATE_NOOP("ExportDialog", "Data: Excel (XLSX)"),
    Format.GPKG: QT_TRANSLATE_NOOP("ExportDialog", "Data: GeoPackage (QGIS)"),
}


@dataclass(frozen=True)
class ExportChoice:
    """The format and page size chosen when the export dialog last closed."""

    format: Format
    page: PageChoice


def unused_because(fmt: Format) -> str:
    """Why the size, legend, extent and theme controls do nothing for ``fmt`` ("" when
    they are used)."""
    if fmt.is_picture:
        return ""
    if fmt is Format.HTML:
        return translate(
            "ExportDialog",
            "Not used by the interactive HTML map: it fills the browser window and opens on "
            "the whole world with its legends. Used by PNG, SVG and PDF images.",
        )
    return translate(
        "ExportDialog",
        "Not used by data files (CSV, Excel, GeoPackage): they hold the figures, not a "
        "picture. Used by PNG, SVG and PDF images.",
    )
