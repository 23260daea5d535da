"""The hostile dataset through every export: pictures keep their layout, files escape it.

PNG, SVG and PDF pages show the texts literally and keep the map on the page
however long a caveat is; the SVG stays well-formed XML (a NUL would break
it); the HTML page holds no tag, attribute or link from the data; CSV and
XLSX keep every name whole and neutralise what a spreadsheet would run.
"""

from __future__ import annotations

import csv
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import replace
from html.parser import HTMLParser

import pytest
from hostile import (
    COUNTRY_NAMES,
    HOSTILE_INDICATOR,
    IMG,
    LONG_WORD,
    SCRIPT,
    VICTIMS,
    hostile_countries,
    hostile_dataset,
)
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage, QPainter

from explorer.core.data.breakdown import Breakdown
from explorer.core.geo.countries import PROJECTIONS
from explorer.core.view.export_spec import ExportSpec, Format
from explorer.core.view.state import ViewState
from explorer.render.page.map_export import paint_export
from explorer.ui.export.map_export import default_map_texts, export, map_page

CRS = PROJECTIONS["Equal Earth"]


@pytest.fixture
def window_h(qtbot, dataset, projected_countries):
    from explorer.ui.window.main_window import MainWindow

    data = hostile_dataset(dataset)
    state = ViewState(
        indicator=HOSTILE_INDICATOR, year=data.years(VICTIMS)[-1], breakdown=Breakdown.TOTAL
    )
    window = MainWindow(data, hostile_countries(projected_countries), CRS, state)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.state.selected = "BRA"
    return window


def _page(window, spec: ExportSpec):
    width, height = spec.pixel_size
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    rects = paint_export(painter, QSizeF(width, height), map_page(window), spec)
    painter.end()
    return image, rects


def test_a_picture_keeps_its_map_legend_and_footer_on_the_page(window_h, tmp_path):
    spec = ExportSpec(format=Format.PNG)
    image, rects = _page(window_h, spec)
    page = image.rect()
    assert rects.map.height() > 0.4 * page.height(), "long texts pushed the map off the page"
    for rect in (rects.title, rects.legend, rects.footer):
        assert rect is not None
        assert rect.left() >= 0 and rect.right() <= page.width() + 1
        assert rect.top() >= 0 and rect.bottom() <= page.height() + 1
    assert rects.legend.width() < 0.5 * page.width()
    path = export(window_h, spec, tmp_path / "map.png")
    assert QImage(str(path)).size() == image.size()


def test_the_svg_stays_well_formed_and_shows_the_texts_literally(window_h, tmp_path):
    texts = replace(default_map_texts(window_h), subtitle=IMG + " \x00 " + SCRIPT)
    path = export(window_h, ExportSpec(format=Format.SVG, texts=texts), tmp_path / "map.svg")
    raw = path.read_bytes()
    assert b"\x00" not in raw
    root = ET.parse(path).getroot()  # a NUL or a raw "<" would make this fail
    words = " ".join(t.strip() for t in root.itertext() if t.strip())
    assert "<img" in words or "&lt;img" in raw.decode("utf-8")
    assert not [e for e in root.iter() if e.tag.rsplit("}", 1)[-1] in ("script", "foreignObject")]
    assert LONG_WORD not in raw.decode("utf-8")


def test_the_pdf_shows_the_texts_literally(window_h, tmp_path):
    from pypdf import PdfReader

    texts = replace(default_map_texts(window_h), subtitle=IMG)
    path = export(window_h, ExportSpec(format=Format.PDF, texts=texts), tmp_path / "map.pdf")
    reader = PdfReader(path)
    text = unicodedata.normalize("NFKC", reader.pages[0].extract_text())
    assert "img" in text and "onerror" in text  # the characters, as text on the page
    assert "\x00" not in (reader.metadata.title or "")


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend((tag, k, v or "") for k, v in attrs)


def test_the_html_page_holds_no_tag_attribute_or_link_from_the_data(window_h, tmp_path):
    path = export(window_h, ExportSpec(format=Format.HTML), tmp_path / "map.html")
    text = path.read_text(encoding="utf-8")
    page = _Tags()
    page.feed(text)
    assert "img" not in page.tags and "a" not in page.tags and "h1" in page.tags
    assert page.tags.count("h1") == 1
    assert not [a for a in page.attrs if a[1].startswith("on")]
    assert not [a for a in page.attrs if "javascript:" in a[2]]
    assert "<script>document.body" not in text
    assert "&lt;img src=x onerror=" in text  # Brazil's label, escaped
    assert "\x00" not in text


def test_csv_and_xlsx_keep_every_name_and_neutralise_formulas(window_h, tmp_path):
    from openpyxl import load_workbook

    csv_path = export(window_h, ExportSpec(format=Format.CSV), tmp_path / "map.csv")
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = {row["iso3"]: row["country"] for row in rows}
    for iso3, name in COUNTRY_NAMES.items():
        if iso3 == "ESP":
            assert names[iso3] == "'" + name  # a formula is text, never run
        else:
            assert names[iso3] == name  # the whole value, NUL and 10,000 characters included
    xlsx_path = export(window_h, ExportSpec(format=Format.XLSX), tmp_path / "map.xlsx")
    book = load_workbook(xlsx_path, read_only=True)
    cells = {
        str(cell)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if isinstance(cell, str)
    }
    assert COUNTRY_NAMES["BRA"] in cells
    assert LONG_WORD in cells
    assert "'" + COUNTRY_NAMES["ESP"] in cells
