"""Data exports of the view (CSV, XLSX, GeoPackage), safe for spreadsheets."""
