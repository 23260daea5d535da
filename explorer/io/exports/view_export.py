"""Data export of the current map view: CSV, XLSX and GeoPackage, from one place.

Why: many users continue in a spreadsheet or in QGIS. They get the very
numbers, texts and classes the map shows (``view_tables.py``), with the
provenance travelling along, safe from formula injection and written whole
or not at all (``target_files.py``). This module is the one entry point the
app's data-file commands call; each format lives in its own module:

- ``view_csv.py``: countries, flows and about texts as three files.
- ``view_xlsx.py``: sheets "Countries", "Flows" and "About".
- ``view_gpkg.py``: layers "countries", "flows" and the table "about".
"""

from __future__ import annotations

from explorer.io.exports.view_csv import write_csv
from explorer.io.exports.view_gpkg import write_gpkg
from explorer.io.exports.view_xlsx import write_xlsx

__all__ = ["write_csv", "write_gpkg", "write_xlsx"]
