"""``export --select ISO3`` in every format: the selected country is seen, or named.

Why per format: the pictures and the HTML map outline the country as the window
does (the same colour and width); the data files hold every country whatever
is selected, so they name the selection in their about texts.
"""

from __future__ import annotations

import re
import sqlite3
import zlib
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from explorer.cli import main
from explorer.core.view.map_style import SELECTED_COLOUR
from tests.web.html_shapes import features, geojson_layers, page_pixels, svg_groups, svg_outline

SELECTED = "Brazil (BRA)"


def _export(tmp_path: Path, name: str, *options: str) -> Path:
    out = tmp_path / name
    assert main(["export", "--demo", "--no-flows", "--out", str(out), *options]) == 0
    return out


def _border_pixels(tmp_path: Path, qapp) -> np.ndarray:
    """Integer page pixels along Brazil's outline, read from the selected SVG."""
    svg = _export(tmp_path, "where.svg", "--select", "BRA").read_text(encoding="utf-8")
    scene, matrix = svg_outline(svg, SELECTED_COLOUR)
    main_part = max(page_pixels(scene, matrix).geoms, key=lambda p: p.area)
    ring = main_part.exterior
    steps = np.linspace(0.0, ring.length, 400, endpoint=False)
    points = shapely.get_coordinates(shapely.line_interpolate_point(ring, steps))
    return np.round(points).astype(int)


def _darkness(path: Path, pixels: np.ndarray) -> float:
    """Share of ``pixels`` (x, y) that are near-black in the PNG at ``path``."""
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(path))
    dark = [QColor(image.pixel(int(x), int(y))).value() < 70 for x, y in pixels]
    return float(np.mean(dark))


def test_png_outlines_the_selected_country(tmp_path, qapp):
    border = _border_pixels(tmp_path, qapp)
    selected = _export(tmp_path, "selected.png", "--select", "BRA")
    plain = _export(tmp_path, "plain.png")
    assert _darkness(selected, border) > 0.9
    assert _darkness(plain, border) < 0.1


def test_svg_outlines_the_selected_country(tmp_path, qapp):
    selected = _export(tmp_path, "selected.svg", "--select", "BRA").read_text(encoding="utf-8")
    plain = _export(tmp_path, "plain.svg").read_text(encoding="utf-8")
    outlines = [a for a, paths in svg_groups(selected) if f'stroke="{SELECTED_COLOUR}"' in a]
    assert len(outlines) == 1 and 'stroke-width="2.88"' in outlines[0]
    assert f'stroke="{SELECTED_COLOUR}"' not in plain


def _pdf_drawing(path: Path) -> str:
    data = path.read_bytes()
    streams = re.findall(rb"stream\r?\n(.*?)endstream", data, re.S)
    return "".join(zlib.decompress(s).decode("latin-1") for s in streams if s[:1] == b"x")


_PDF_SELECTION = re.compile(r"0\.06666\d* 0\.06666\d* 0\.06666\d* SCN\n2\.8\d* w")


def test_pdf_outlines_the_selected_country(tmp_path, qapp):
    selected = _pdf_drawing(_export(tmp_path, "selected.pdf", "--select", "BRA"))
    plain = _pdf_drawing(_export(tmp_path, "plain.pdf"))
    assert len(_PDF_SELECTION.findall(selected)) == 1  # a #111111 stroke 2.4 px wide
    assert not _PDF_SELECTION.findall(plain)


def test_html_outlines_the_selected_country(tmp_path):
    page = _export(tmp_path, "selected.html", "--select", "BRA").read_text(encoding="utf-8")
    outline = features(geojson_layers(page)[-1])[0]
    assert outline["id"] == "BRA" and outline["properties"] == {"selected": True}
    assert f'"color": "{SELECTED_COLOUR}"' in page
    plain = _export(tmp_path, "plain.html").read_text(encoding="utf-8")
    assert '"selected": true' not in plain


def test_csv_names_the_selected_country(tmp_path):
    _export(tmp_path, "selected.csv", "--select", "BRA")
    about = (tmp_path / "selected-about.txt").read_text(encoding="utf-8-sig")
    assert f"Selected: {SELECTED}\n" in about
    _export(tmp_path, "plain.csv")
    assert "Selected:" not in (tmp_path / "plain-about.txt").read_text(encoding="utf-8-sig")


def test_xlsx_names_the_selected_country(tmp_path):
    out = _export(tmp_path, "selected.xlsx", "--select", "BRA")
    about = pd.read_excel(out, sheet_name="About", engine="calamine")
    assert dict(zip(about["field"], about["text"], strict=True))["Selected"] == SELECTED


def test_gpkg_names_the_selected_country(tmp_path):
    out = _export(tmp_path, "selected.gpkg", "--select", "BRA")
    with sqlite3.connect(out) as db:
        rows = dict(db.execute("SELECT field, text FROM about").fetchall())
    assert rows["Selected"] == SELECTED


def test_every_country_stays_in_the_tables(tmp_path):
    selected = pd.read_csv(_export(tmp_path, "s.csv", "--select", "BRA"), encoding="utf-8-sig")
    plain = pd.read_csv(_export(tmp_path, "plain.csv"), encoding="utf-8-sig")
    assert len(selected) == len(plain) > 200
