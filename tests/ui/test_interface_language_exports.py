"""Exports name places and write numbers in the interface language; data files stay plain."""

from __future__ import annotations

import csv
import re

import pytest

from explorer.core.view.export_spec import ExportSpec, Extent, Format
from explorer.ui.export.map_export import export
from explorer.ui.window.app import LaunchOptions, build_window


def _window(qtbot, lang: str):
    window = build_window(
        LaunchOptions(demo_only=True, select="DEU", zoom_to_selection=False, language=lang)
    )
    qtbot.addWidget(window)
    return window


def _svg_text(qtbot, tmp_path, lang: str) -> str:
    window = _window(qtbot, lang)
    path = export(window, ExportSpec(format=Format.SVG, extent=Extent.WORLD), tmp_path / "m.svg")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("lang", "region", "separator"),
    [("fr", "Afrique", "\u202f"), ("ru", "Европа", "\u00a0"), ("zh_CN", "欧洲", ",")],
)
def test_an_svg_legend_names_regions_and_groups_digits_in_the_language(
    qtbot, tmp_path, lang, region, separator
):
    text = _svg_text(qtbot, tmp_path, lang)
    assert region in text  # the flows legend: "From <region>"
    # The top class of the legend, e.g. "324 - 10 981": a number of thousands.
    assert re.search(rf"\d{re.escape(separator)}\d{{3}}", text)


def test_english_exports_are_as_before(qtbot, tmp_path):
    text = _svg_text(qtbot, tmp_path, "en")
    assert "From Europe" in text
    assert re.search(r"\d,\d{3}", text)


def test_csv_data_keeps_plain_numbers_in_french(qtbot, tmp_path):
    window = _window(qtbot, "fr")
    path = export(window, ExportSpec(format=Format.CSV), tmp_path / "m.csv")
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    values = [r["value"] for r in rows if r.get("value")]
    assert values and all(re.fullmatch(r"-?\d+(\.\d+)?", v) for v in values)
    assert not any("\u202f" in v or "," in v for r in rows for v in (r["value"],))


def test_the_html_map_names_countries_and_regions_in_russian(qtbot, tmp_path):
    window = _window(qtbot, "ru")
    path = export(window, ExportSpec(format=Format.HTML), tmp_path / "m.html")
    text = path.read_text(encoding="utf-8")
    assert "Германия" in text
    assert "Из региона Европа" in text  # the flows legend, in the translators' words
