"""The view's data as files: HTML (an interactive map), CSV, XLSX and GeoPackage; no Qt.

Why apart from the pictures: these writers need only the view's tables
(:class:`ViewData`), so the headless ``export`` command writes them without
loading Qt at all, and the window writes the same files from the same tables.
"""

from __future__ import annotations

from pathlib import Path

from explorer.core.view.data import ViewData
from explorer.core.view.export_spec import Format

DATA_FORMATS = (Format.HTML, Format.CSV, Format.XLSX, Format.GPKG)


def write_data_file(data: ViewData, fmt: Format, path: Path) -> Path:
    """Write ``data`` as ``fmt`` (one of :data:`DATA_FORMATS`) to ``path``."""
    path = Path(path)
    if fmt is Format.HTML:
        from explorer.core.geo.countries import load_countries
        from explorer.web.html_export import write_html

        return write_html(data, load_countries(), path)
    from explorer.io.exports import view_export

    if fmt is Format.CSV:
        return view_export.write_csv(data, path)
    if fmt is Format.XLSX:
        return view_export.write_xlsx(data, path)
    if fmt is Format.GPKG:
        from explorer.core.geo.countries import load_countries

        return view_export.write_gpkg(data, load_countries(), path)
    raise ValueError(f"{fmt.value} is a picture of the map, not a data file")
