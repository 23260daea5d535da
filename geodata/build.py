"""Regenerate ``geodata/countries.gpkg`` from Natural Earth 1:50m (npm ``world-atlas@2.0.2``).

Usage: ``python geodata/build.py [--source PATH/countries-50m.json] [--output PATH]``.
Without ``--source`` the package is fetched once with ``npm pack`` into a folder under
the system temp dir (``--cache`` to change it); not ``geodata/.cache``, because the
wheel force-includes ``geodata/`` whole, git-ignored files too.
Build-time needs: geopandas, shapely, pyogrio, pyproj, pycountry, countryinfo, npm.
The app needs none of npm, pycountry or countryinfo to read the result.
What is fixed and why: see ``geodata/README.md``.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pycountry
import pyogrio
import shapely
import shapely.affinity
from countryinfo import CountryInfo
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.ops import polylabel

HERE = Path(__file__).resolve().parent
PACKAGE = "world-atlas@2.0.2"
MEMBER = "package/countries-50m.json"
SHA256 = "04342cdc1e3016bcd7db1630de95684d67b79fe3c8c460321e87aef469502394"
EQUAL_EARTH = "EPSG:8857"

#: Features without an ISO numeric id, by Natural Earth name: (iso3, name, region, subregion).
#: X.. codes are from ISO 3166's user-assigned range (XKX as used by the EU, IMF, World Bank).
NO_ID: dict[str, tuple[str, str, str, str]] = {
    "Kosovo": ("XKX", "Kosovo", "Europe", "Southern Europe"),
    "Somaliland": ("XSO", "Somaliland", "Africa", "Sub-Saharan Africa"),
    "N. Cyprus": ("XNC", "Northern Cyprus", "Asia", "Western Asia"),
    "Siachen Glacier": ("XSG", "Siachen Glacier", "Asia", "Southern Asia"),
}
#: "Indian Ocean Ter." is two ISO territories: split it by longitude into the real codes.
INDIAN_OCEAN_TER = "Indian Ocean Ter."
#: Natural Earth name -> iso3 it is merged into (ISO 3166 counts Ashmore and Cartier under AU).
MERGE = {"Ashmore and Cartier Is.": "AUS"}

#: Readable names where pycountry's is a "Name, qualifier" form or not the UN M49 short form.
NAMES = {
    "COD": "Democratic Republic of the Congo",
    "FSM": "Micronesia (Federated States of)",
    "PSE": "State of Palestine",
    "SHN": "Saint Helena",
    "VAT": "Holy See",
    "VGB": "British Virgin Islands",
    "VIR": "United States Virgin Islands",
}
#: (region, subregion) where countryinfo 1.0.1 is empty or disagrees with UN M49.
REGIONS = {
    "ATA": ("Antarctica", "Antarctica"),
    "HMD": ("Oceania", "Australia and New Zealand"),
    "MNE": ("Europe", "Southern Europe"),
    "SRB": ("Europe", "Southern Europe"),
}
#: Label points (lon, lat) set by hand where the largest-polygon rule looks wrong.
LABELS: dict[str, tuple[float, float]] = {
    # Its largest polygon is Sarawak-Sabah on Borneo; people, capital and flows are on
    # the peninsula, so anchor there.
    "MYS": (102.01, 4.61),
}


def fetch(cache: Path) -> Path:
    """``npm pack`` the pinned package into ``cache`` and extract ``countries-50m.json``."""
    target = cache / "world-atlas-2.0.2-countries-50m.json"
    if not target.exists():
        cache.mkdir(parents=True, exist_ok=True)
        out = subprocess.run(
            ["npm", "pack", PACKAGE, "--pack-destination", str(cache)],
            check=True,
            capture_output=True,
            text=True,
        )
        with tarfile.open(cache / out.stdout.strip().splitlines()[-1]) as tar:
            source = tar.extractfile(MEMBER)
            assert source is not None, f"{MEMBER} missing from {PACKAGE}"
            target.write_bytes(source.read())
    return target


# --- geometry -------------------------------------------------------------------------


def _unwrap(ring: np.ndarray) -> tuple[np.ndarray, float]:
    """Undo +-360 jumps so a ring is continuous; returns it and its net longitude shift.

    A net shift of +-360 means the ring goes once around a pole (Antarctica).
    """
    dx = np.diff(ring[:, 0])
    steps = np.where(dx > 180, -360.0, np.where(dx < -180, 360.0, 0.0))
    shift = np.concatenate([[0.0], np.cumsum(steps)])
    return np.column_stack([ring[:, 0] + shift, ring[:, 1]]), float(shift[-1])


def _close_over_pole(ring: np.ndarray) -> Polygon:
    """Turn a ring that circles a pole into a polygon down to that pole (lat +-90)."""
    pole = -90.0 if ring[:, 1].mean() < 0 else 90.0
    start, end = ring[0], ring[-1]
    down = np.linspace(end[1], pole, 8)
    along = np.linspace(end[0], start[0], 181)
    up = np.linspace(pole, start[1], 8)
    closure = np.concatenate(
        [
            np.column_stack([np.full(8, end[0]), down]),
            np.column_stack([along, np.full(181, pole)]),
            np.column_stack([np.full(8, start[0]), up]),
        ]
    )
    return Polygon(np.concatenate([ring, closure]))


def _cut(shape: Polygon) -> list[Polygon]:
    """Cut a polygon that may reach past +-180 into pieces inside [-180, 180]."""
    minx, _, maxx, _ = shape.bounds
    pieces = []
    for k in range(int(np.floor((minx + 180) / 360)), int(np.floor((maxx + 180) / 360)) + 1):
        window = box(-180 + 360 * k, -90, 180 + 360 * k, 90)
        part = shapely.affinity.translate(shape.intersection(window), -360 * k)
        pieces += [p for p in shapely.get_parts(part) if isinstance(p, Polygon) and p.area > 0]
    return pieces


def _fix_polygon(poly: Polygon) -> tuple[list[Polygon], bool]:
    """Return the planar pieces of one spherical polygon and whether anything changed."""
    rings = [np.asarray(r.coords) for r in (poly.exterior, *poly.interiors)]
    overshoot = max(abs(poly.bounds[0]), abs(poly.bounds[2])) > 180
    if not overshoot and all(np.all(np.abs(np.diff(r[:, 0])) <= 180) for r in rings):
        return [poly], False  # already planar: no jump across the antimeridian
    shells, holes = [], []
    for i, ring in enumerate(rings):
        if np.all(np.abs(ring[:, 1]) > 89.9):
            continue  # the pole cut left by the spherical encoding: a line, not land
        flat, net = _unwrap(ring)
        if net:
            shells.append(_close_over_pole(flat))
        else:
            (shells if i == 0 else holes).append(Polygon(flat))
    shell = shapely.union_all(shells)
    if holes:
        cx = (shell.bounds[0] + shell.bounds[2]) / 2
        moved = [
            shapely.affinity.translate(h, 360 * round((cx - h.centroid.x) / 360)) for h in holes
        ]
        shell = shell.difference(shapely.union_all(moved))
    pieces = [p for s in shapely.get_parts(shell) for p in _cut(s)]
    return [shapely.segmentize(p, 1.0) for p in pieces], True


def fix_geometry(geom) -> tuple[MultiPolygon, bool]:
    """Planar, valid MultiPolygon (exterior rings counter-clockwise) from a spherical shape."""
    pieces, changed = [], False
    for poly in shapely.get_parts(geom):
        fixed, did = _fix_polygon(poly)
        pieces += fixed
        changed |= did
    multi = MultiPolygon(pieces)
    if not multi.is_valid:
        valid = shapely.make_valid(multi)
        multi = MultiPolygon([p for p in shapely.get_parts(valid) if isinstance(p, Polygon)])
        changed = True
    return shapely.orient_polygons(multi), changed


# --- attributes ------------------------------------------------------------------------


def _features(raw: gpd.GeoDataFrame) -> pd.DataFrame:
    """One (iso3, name, region, subregion, geometry) row per feature, before merging."""
    rows = []
    for ne_name, code, geom in zip(raw["name"], raw["id"], raw.geometry, strict=True):
        if ne_name in NO_ID:
            rows.append((*NO_ID[ne_name], geom))
        elif ne_name == INDIAN_OCEAN_TER:
            parts = shapely.get_parts(geom)
            for iso3, east in (("CXR", True), ("CCK", False)):
                mine = [p for p in parts if (p.centroid.x > 100) == east]
                rows.append((iso3, None, None, None, MultiPolygon(mine)))
        elif ne_name in MERGE:
            rows.append((MERGE[ne_name], None, None, None, geom))
        else:
            country = pycountry.countries.get(numeric=code) if isinstance(code, str) else None
            if country is None:
                sys.exit(f"feature {ne_name!r} (id {code!r}) has no ISO code and no rule")
            rows.append((country.alpha_3, None, None, None, geom))
    frame = pd.DataFrame(rows, columns=["iso3", "name", "region", "subregion", "geometry"])
    clashes = set(frame["iso3"][frame["iso3"].duplicated()]) - set(MERGE.values())
    if clashes:
        sys.exit(f"several features map to {sorted(clashes)}; add a rule")
    for i, iso3 in frame.loc[frame["name"].isna(), "iso3"].items():
        country = pycountry.countries.get(alpha_3=iso3)
        name = NAMES.get(iso3) or getattr(country, "common_name", None) or country.name
        region = REGIONS.get(iso3)
        if region is None:
            info = CountryInfo(iso3)
            region = (info.region(), info.subregion())
        if not all(region):
            sys.exit(f"{iso3}: no UN M49 region; add it to REGIONS")
        frame.loc[i, ["name", "region", "subregion"]] = [name, *region]
    return frame


def _label_points(frame: gpd.GeoDataFrame) -> gpd.GeoSeries:
    """A point inside each country's largest polygon by true (Equal Earth) area."""
    parts = frame.geometry.explode(index_parts=True).to_crs(EQUAL_EARTH)
    largest = parts.loc[parts.area.groupby(level=0).idxmax()].droplevel(1)
    points = [polylabel(g, tolerance=max(np.sqrt(g.area) / 200, 1.0)) for g in largest.geometry]
    labels = gpd.GeoSeries(points, index=largest.index, crs=EQUAL_EARTH).to_crs("EPSG:4326")
    for iso3, (lon, lat) in LABELS.items():
        labels[frame.index[frame["iso3"] == iso3][0]] = shapely.Point(lon, lat)
    return labels


def build(source: Path) -> gpd.GeoDataFrame:
    """Read the TopoJSON, fix codes and geometry, and return the countries table."""
    raw = gpd.read_file(source, layer="countries", engine="pyogrio")
    frame = _features(raw)
    fixed = [fix_geometry(g) for g in frame["geometry"]]
    for iso3, (_, changed) in zip(frame["iso3"], fixed, strict=True):
        if changed:
            print(f"  fixed geometry: {iso3}")
    frame["geometry"] = [g for g, _ in fixed]
    frame = (
        frame.groupby("iso3", sort=True)
        .agg(
            {
                "name": "first",
                "region": "first",
                "subregion": "first",
                "geometry": lambda gs: MultiPolygon([p for g in gs for p in g.geoms]),
            }
        )
        .reset_index()
    )
    countries = gpd.GeoDataFrame(frame, geometry="geometry", crs="EPSG:4326")
    labels = _label_points(countries)
    countries["label_lon"] = labels.x.round(5)
    countries["label_lat"] = labels.y.round(5)
    return countries[["iso3", "name", "region", "subregion", "label_lon", "label_lat", "geometry"]]


def check(countries: gpd.GeoDataFrame) -> None:
    """Fail loudly if anything would draw wrong on a planar map."""
    geoms = countries.geometry
    assert countries["iso3"].is_unique, "duplicate iso3"
    assert geoms.is_valid.all() and not geoms.is_empty.any(), "invalid or empty geometry"
    assert (geoms.geom_type == "MultiPolygon").all()
    minx, miny, maxx, maxy = geoms.total_bounds
    assert minx >= -180 and maxx <= 180 and miny >= -90 and maxy <= 90, geoms.total_bounds
    inside = [
        g.contains(shapely.Point(x, y))
        for g, x, y in zip(geoms, countries["label_lon"], countries["label_lat"], strict=True)
    ]
    assert all(inside), countries.loc[~np.array(inside), "iso3"].tolist()
    parts = geoms.explode(index_parts=False).to_crs(EQUAL_EARTH)
    world = 2 * gpd.GeoSeries([shapely.Point(180, 0)], crs="EPSG:4326").to_crs(EQUAL_EARTH).x[0]
    bounds = parts.bounds
    assert np.isfinite(bounds.to_numpy()).all(), "non-finite projected coordinates"
    wide = countries.loc[parts.index[(bounds.maxx - bounds.minx) > world / 2], "iso3"]
    assert set(wide) <= {"ATA"}, f"polygon parts wider than half the map: {sorted(set(wide))}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="countries-50m.json from world-atlas@2.0.2")
    parser.add_argument("--output", type=Path, default=HERE / "countries.gpkg")
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "explorer-geodata"
    )
    args = parser.parse_args(argv)
    source = args.source or fetch(args.cache)
    print(f"source: {source}")
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    if digest != SHA256:
        print(f"warning: {source} sha256 {digest} differs from the pinned {SHA256}")
    countries = build(source)
    check(countries)
    args.output.unlink(missing_ok=True)
    # A fixed "last change" date and no spatial index make rebuilds byte-stable and small.
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": "2000-01-01T00:00:00.000Z"})
    countries.to_file(
        args.output, layer="countries", driver="GPKG", engine="pyogrio", SPATIAL_INDEX="NO"
    )
    size = args.output.stat().st_size / 1e6
    print(f"wrote {len(countries)} countries to {args.output} ({size:.2f} MB)")


if __name__ == "__main__":
    main()
