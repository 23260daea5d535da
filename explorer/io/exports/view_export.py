"""Data export of the current map view: CSV, XLSX and GeoPackage.

Why: many users continue in a spreadsheet or in QGIS. They get the very
numbers, texts and classes the map shows (``ViewData``, built once for every
export), and the provenance travels with them: source, caveats, disclaimer,
export date and, for the demo, the SYNTHETIC mark.

- CSV: ``<name>.csv`` holds the countries table; ``<name>-flows.csv`` the
  drawn flows (only when there are any); ``<name>-about.txt`` the texts.
  UTF-8 with BOM and CRLF, so Excel opens accents right.
- XLSX: sheets "Countries", "Flows" (only when there are flows) and "About".
- GeoPackage: layers "countries" (MultiPolygon), "flows" (MultiLineString,
  only when there are flows) and the attribute-only table "about", all in
  EPSG:4326; every spatial layer also carries the texts as layer metadata
  and the title as its description, which QGIS shows.

Formula injection (OWASP "CSV injection"): every text cell of the CSV and
XLSX tables that starts with ``= + - @``, a tab or a carriage return gets a
leading apostrophe (``neutralise``); numbers stay numbers. XLSX is written
with ``strings_to_formulas`` and ``strings_to_urls`` off as well, so nothing
a country name says is ever evaluated.

Folders: the parent folder of the target must exist; an export never creates
folders, because a mistyped path would otherwise scatter files in a folder
the user does not know about (``FileNotFoundError`` names the folder).
Every file is written to a temporary name beside the target and then moved
over it, so a failed export never leaves a half-written file, and an
existing file at the target is replaced as a whole (no stale GeoPackage
layers).
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

from explorer.core.flows.geometry import GEOGRAPHIC_CRS, flow_curves
from explorer.core.view.data import FLOW_TABLE_COLUMNS, SYNTHETIC_MARK, ViewData
from explorer.io.exports.formula_safety import neutralise

#: Columns of the countries table in every format (the GeoPackage adds colour).
COUNTRY_COLUMNS = [
    "iso3",
    "country",
    "region",
    "indicator",
    "breakdown",
    "year",
    "value",
    "lower",
    "upper",
    "flag",
    "shown",
    "class",
]
FLOW_COLUMNS = list(FLOW_TABLE_COLUMNS)


_XLSX_OPTIONS = {
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
}
_XLSX_KWARGS = {"options": _XLSX_OPTIONS}
_MIN_WIDTH, _MAX_WIDTH = 6, 50


def csv_companions(path: str | os.PathLike[str]) -> tuple[Path, Path]:
    """The flows CSV and the about text written beside a countries CSV at ``path``."""
    path = Path(path)
    return path.with_name(f"{path.stem}-flows.csv"), path.with_name(f"{path.stem}-about.txt")


# --- tables -------------------------------------------------------------------------------


def countries_table(view: ViewData) -> pd.DataFrame:
    """The countries as exported: one row per country, ``value`` empty without a number."""
    c = view.countries
    return pd.DataFrame(
        {
            "iso3": c["iso3"].astype(object).to_numpy(),
            "country": c["name"].astype(object).to_numpy(),
            "region": c["region"].astype(object).to_numpy(),
            "indicator": view.indicator,
            "breakdown": view.breakdown,
            "year": np.full(len(c), int(view.year), dtype=np.int64),
            "value": c["value"].to_numpy(dtype=float),
            "lower": c["lower"].to_numpy(dtype=float),
            "upper": c["upper"].to_numpy(dtype=float),
            "flag": c["flag"].astype(object).to_numpy(),
            "shown": c["shown"].astype(object).to_numpy(),
            "class": c["class"].astype(object).to_numpy(),
        },
        columns=COUNTRY_COLUMNS,
    )


def flows_table(view: ViewData) -> pd.DataFrame:
    """The drawn flows as exported, largest first; numeric columns typed for GIS tools."""
    f = view.flows.reindex(columns=FLOW_COLUMNS).reset_index(drop=True)
    for col in ("value", "lower", "upper", "width"):
        f[col] = pd.to_numeric(f[col], errors="coerce").astype(float)
    f["year"] = pd.to_numeric(f["year"], errors="coerce").astype("Int64")
    f["emphasised"] = f["emphasised"].fillna(False).astype(bool)
    for col in ("origin", "origin_name", "destination", "destination_name", "indicator"):
        f[col] = f[col].astype(object)
    for col in ("flag", "shown", "colour"):
        f[col] = f[col].astype(object).where(f[col].notna(), "")
    return f


def about_lines(view: ViewData) -> list[tuple[str, str]]:
    """(field, text) pairs that say what the numbers are; SYNTHETIC first when it applies."""
    t = view.texts
    rows = [("Synthetic", SYNTHETIC_MARK)] if t.synthetic else []
    rows += [
        ("Title", t.title),
        ("Subtitle", t.subtitle),
        ("Indicator", view.indicator),
        ("Breakdown", view.breakdown),
        ("Year", str(view.year)),
        ("Source", t.source.removeprefix("Source: ")),
        ("Caveat", t.caveat),
        ("Disclaimer", t.disclaimer),
        ("Exported", t.exported),
        ("Classes", view.classes_note),
    ]
    return [(k, v) for k, v in rows if v]


def _neutralised(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy with every text column passed through ``neutralise``."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col].dtype):
            out[col] = out[col].astype(object).map(neutralise)
    return out


# --- files --------------------------------------------------------------------------------


def _target(path: str | os.PathLike[str]) -> Path:
    """The target path, after checking its folder exists (no folder is created)."""
    path = Path(path)
    parent = path.parent
    if not parent.exists():
        raise FileNotFoundError(f"Cannot export to {path}: the folder {parent} does not exist.")
    if not parent.is_dir():
        raise NotADirectoryError(f"Cannot export to {path}: {parent} is not a folder.")
    if path.is_dir():
        raise IsADirectoryError(f"Cannot export to {path}: it is a folder, not a file.")
    return path


@contextlib.contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """Yield a temporary sibling of ``path``; on success move it over ``path``.

    Why: a failed export then never leaves half a file, and an old file is
    replaced as a whole. A file held open elsewhere (Excel on Windows) gets a
    message saying so.
    """
    tmp = path.with_name(f".{path.stem}.{uuid.uuid4().hex[:8]}.partial{path.suffix}")
    try:
        yield tmp
        os.replace(tmp, path)
    except PermissionError as error:
        raise PermissionError(
            f"Cannot write {path}: permission denied. Is the file open in another program?"
        ) from error
    finally:
        for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in ("-wal", "-shm", "-journal"))):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _write_csv_table(frame: pd.DataFrame, path: Path) -> None:
    with _replacing(path) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as out:
        _neutralised(frame).to_csv(out, index=False, lineterminator="\r\n", float_format="%.15g")


def write_csv(view: ViewData, path: str | os.PathLike[str]) -> Path:
    """Countries to ``path``, flows and texts beside it (see ``csv_companions``).

    A stale flows CSV from an earlier export to the same name is removed when
    this view has no flows, so the files on disk always belong together.
    Returns the countries CSV's path.
    """
    path = _target(path)
    flows_path, about_path = csv_companions(path)
    _write_csv_table(countries_table(view), path)
    if len(view.flows):
        _write_csv_table(flows_table(view), flows_path)
    else:
        with contextlib.suppress(FileNotFoundError):
            flows_path.unlink()
    text = "".join(f"{k}: {v}\n" for k, v in about_lines(view))
    text += f"Files: {path.name} (countries)"
    text += f", {flows_path.name} (flows)\n" if len(view.flows) else "\n"
    with _replacing(about_path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return path


def _column_width(frame: pd.DataFrame, col: str) -> int:
    sample = frame[col].head(500)
    texts = ["" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v) for v in sample]
    longest = max([len(str(col)), *map(len, texts)])
    return int(min(max(longest + 2, _MIN_WIDTH), _MAX_WIDTH))


def _xlsx_table(
    writer: pd.ExcelWriter, frame: pd.DataFrame, sheet: str, autofilter: bool = True
) -> None:
    """A table with a bold, frozen, filterable header and widths that fit the content."""
    frame = _neutralised(frame)
    frame.to_excel(writer, sheet_name=sheet, index=False, header=False, startrow=1)
    sheet_ = writer.sheets[sheet]
    bold = writer.book.add_format({"bold": True})
    sheet_.write_row(0, 0, [str(c) for c in frame.columns], bold)
    sheet_.freeze_panes(1, 0)
    if autofilter:
        sheet_.autofilter(0, 0, max(len(frame), 1), len(frame.columns) - 1)
    for i, col in enumerate(frame.columns):
        sheet_.set_column(i, i, _column_width(frame, col))


def write_xlsx(view: ViewData, path: str | os.PathLike[str]) -> Path:
    """One workbook: Countries, Flows (when any) and About. Returns ``path``."""
    path = _target(path)
    with (
        _replacing(path) as tmp,
        pd.ExcelWriter(tmp, engine="xlsxwriter", engine_kwargs=_XLSX_KWARGS) as writer,
    ):
        _xlsx_table(writer, countries_table(view), "Countries")
        if len(view.flows):
            _xlsx_table(writer, flows_table(view), "Flows")
        about = pd.DataFrame(about_lines(view), columns=["field", "text"])
        _xlsx_table(writer, about, "About", autofilter=False)
        wrap = writer.book.add_format({"text_wrap": True, "valign": "top"})
        writer.sheets["About"].set_column(1, 1, 100, wrap)
    return path


def _multi_polygons(geoms: gpd.GeoSeries) -> list[object]:
    """Polygons promoted to one-part MultiPolygons, so the layer has a single type."""
    out = []
    for g in geoms:
        if g is None or g.is_empty:
            out.append(None)
        elif g.geom_type == "Polygon":
            out.append(shapely.MultiPolygon([g]))
        else:
            out.append(g)
    return out


def _label_points(countries: gpd.GeoDataFrame) -> dict[str, tuple[float, float]]:
    """(lon, lat) of each country's label point: where the map starts and ends its flows."""
    if "label_point" in countries.columns:
        points = gpd.GeoSeries(countries["label_point"])
        if points.crs is not None and not points.crs.equals(GEOGRAPHIC_CRS):
            points = points.to_crs(GEOGRAPHIC_CRS)
    else:
        points = countries.geometry.to_crs(GEOGRAPHIC_CRS).representative_point()
    return {
        str(code): (p.x, p.y)
        for code, p in zip(countries["iso3"], points, strict=True)
        if p is not None and not p.is_empty
    }


def flow_lines(view: ViewData, countries: gpd.GeoDataFrame) -> list[object]:
    """One lon/lat MultiLineString per drawn flow, split at the antimeridian as on the map.

    ``None`` for a flow without a line (domestic, or an end without a country).
    """
    points = _label_points(countries) | dict(view.flow_ends)
    nan = (np.nan, np.nan)
    origins = np.array([points.get(str(c), nan) for c in view.flows["origin"]], dtype=float)
    targets = np.array([points.get(str(c), nan) for c in view.flows["destination"]], dtype=float)
    curves = flow_curves(origins.reshape(-1, 2), targets.reshape(-1, 2), GEOGRAPHIC_CRS)
    pieces: list[list[np.ndarray]] = [[] for _ in range(len(view.flows))]
    for k, flow in enumerate(curves.piece_flow):
        start, stop = curves.piece_start[k], curves.piece_start[k + 1]
        pieces[int(flow)].append(curves.points[start:stop])
    return [shapely.MultiLineString(p) if p else None for p in pieces]


def _metadata(view: ViewData) -> dict[str, str]:
    return {k.upper(): v for k, v in about_lines(view)}


def _description(view: ViewData) -> str:
    title = view.texts.title
    return f"{title} ({SYNTHETIC_MARK})" if view.texts.synthetic else title


def write_gpkg(view: ViewData, countries: gpd.GeoDataFrame, path: str | os.PathLike[str]) -> Path:
    """Layers countries, flows (when any) and about, in EPSG:4326. Returns ``path``.

    ``countries`` gives the shapes (iso3 + geometry, optionally label_point);
    a country of the view without a shape keeps its row with no geometry.
    """
    path = _target(path)
    shapes = countries[["iso3", countries.geometry.name]].drop_duplicates("iso3")
    shapes = shapes.set_crs(GEOGRAPHIC_CRS) if shapes.crs is None else shapes
    shapes = shapes.to_crs(GEOGRAPHIC_CRS).set_index("iso3").geometry
    table = countries_table(view).assign(colour=view.countries["colour"].astype(object).to_numpy())
    geometry = _multi_polygons(shapes.reindex(table["iso3"]))
    spatial = {
        "layer_metadata": _metadata(view),
        "layer_options": {"DESCRIPTION": _description(view)},
        "driver": "GPKG",
        "engine": "pyogrio",
    }
    with _replacing(path) as tmp:
        gpd.GeoDataFrame(table, geometry=geometry, crs=GEOGRAPHIC_CRS).to_file(
            tmp, layer="countries", geometry_type="MultiPolygon", **spatial
        )
        if len(view.flows):
            lines = flow_lines(view, countries)
            gpd.GeoDataFrame(flows_table(view), geometry=lines, crs=GEOGRAPHIC_CRS).to_file(
                tmp, layer="flows", geometry_type="MultiLineString", **spatial
            )
        about = pd.DataFrame(about_lines(view), columns=["field", "text"])
        pyogrio.write_dataframe(about, tmp, layer="about", driver="GPKG")
    return path
