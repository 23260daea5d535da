"""Exports as a user receives them: size, legend, colours, texts, page size, batch files."""

from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QSizeF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from explorer.cli import main
from explorer.core.view.export_spec import ExportSpec, Extent, Format, Theme, preset
from explorer.render.page.map_export import paint_export, render_png
from explorer.ui.export.map_export import default_map_texts, export, map_page
from explorer.ui.export.window_exports import copy_map_image, open_export_dialog

MM_TO_PT = 72 / 25.4


@pytest.fixture
def no_flows(window):
    window.flow_settings.visible = False
    return window


def _pdf_text(path: Path) -> str:
    """The first page's words (Qt writes spaces as tabs and ligatures such as "ffi")."""
    from pypdf import PdfReader

    text = PdfReader(path).pages[0].extract_text()
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _scene_to_page(window, rects, spec: ExportSpec, point: QPointF) -> tuple[int, int]:
    """Where a scene point lands on the exported page (the map keeps its aspect, centred)."""
    view = window.map_view
    margin = view.world_rect.width() * 0.01
    source = view.world_rect.adjusted(-margin, -margin, margin, margin)
    target = rects.map
    k = min(target.width() / source.width(), target.height() / source.height())
    left = target.left() + (target.width() - source.width() * k) / 2
    top = target.top() + (target.height() - source.height() * k) / 2
    return (
        round(left + (point.x() - source.left()) * k),
        round(top + (point.y() - source.top()) * k),
    )


def _page(window, spec: ExportSpec):
    width, height = spec.pixel_size
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    rects = paint_export(painter, QSizeF(width, height), map_page(window), spec)
    painter.end()
    return image, rects


def test_png_has_the_size_the_legend_and_the_class_colour_of_a_country(no_flows, tmp_path):
    window = no_flows
    spec = ExportSpec(Format.PNG, 1600, 900)
    path = export(window, spec, tmp_path / "map.png")
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1600, 900)
    _, rects = _page(window, spec)
    assert rects.legend is not None and rects.legend.bottom() < rects.footer.top()
    assert rects.legend.left() >= rects.map.left() - 30  # at the map's lower left
    # The legend box holds the class swatches' colours.
    colours = {
        image.pixelColor(int(rects.legend.left()) + dx, int(rects.legend.top()) + dy).name()
        for dx in range(0, int(rects.legend.width()), 3)
        for dy in range(0, int(rects.legend.height()), 3)
    }
    choropleth = window.map_view.choropleth
    assert {e.colour for e in choropleth.legend if e.kind == "class"} <= colours
    for iso3 in ("BRA", "RUS", "AUS"):
        x, y = _scene_to_page(window, rects, spec, window.map_view.label_points[iso3])
        assert image.pixelColor(x, y).name() == choropleth.fill(iso3).colour, iso3


def test_png_is_not_blank_and_scales_text_with_the_output(window, tmp_path):
    small = render_png(map_page(window), ExportSpec(Format.PNG, 960, 540))
    large = render_png(map_page(window), ExportSpec(Format.PNG, 3840, 2160))
    _, small_rects = _page(window, ExportSpec(Format.PNG, 960, 540))
    _, large_rects = _page(window, ExportSpec(Format.PNG, 3840, 2160))
    assert len({small.pixel(x, 270) for x in range(0, 960, 7)}) > 10  # a map, not a blank
    ratio = large_rects.title.height() / small_rects.title.height()
    assert 3.5 <= ratio <= 4.5  # the title is four times as tall on a four times larger image
    assert large.width() == 3840


def test_synthetic_band_and_footer_texts(window):
    image, rects = _page(window, ExportSpec(Format.PNG, 1920, 1080))
    assert rects.band is not None
    assert image.pixelColor(5, 5).name() == "#ffcf40"
    texts = default_map_texts(window)
    assert "SYNTHETIC" in texts.source and "not imply official endorsement" in texts.disclaimer
    real = ExportSpec(Format.PNG, 1920, 1080, texts=replace(texts, synthetic=False))
    image, rects = _page(window, real)
    assert rects.band is None and image.pixelColor(5, 5).name() == "#ffffff"


def test_svg_parses_and_holds_the_title_and_source(window, tmp_path):
    texts = replace(default_map_texts(window), title="Flows & <victims>, 2022")
    path = export(window, ExportSpec(Format.SVG, 1920, 1080, texts=texts), tmp_path / "m.svg")
    root = ET.parse(path).getroot()
    words = " ".join(t.strip() for t in root.itertext() if t.strip())
    assert "Flows & <victims>, 2022" in words  # parsed back: escaped in the file
    assert texts.source in words


def test_pdf_has_the_page_size_and_the_title(window, tmp_path):
    from pypdf import PdfReader

    spec = ExportSpec(Format.PDF).with_preset(preset("A3 landscape"))
    path = export(window, spec, tmp_path / "m.pdf")
    page = PdfReader(path).pages[0]
    assert float(page.mediabox.width) == pytest.approx(420 * MM_TO_PT, abs=1.5)
    assert float(page.mediabox.height) == pytest.approx(297 * MM_TO_PT, abs=1.5)
    assert default_map_texts(window).title in _pdf_text(path)


def test_current_view_extent_and_dark_theme(window):
    window.show_country("ITA")
    spec = ExportSpec(Format.PNG, 800, 500, extent=Extent.VIEW, theme=Theme.DARK)
    image, rects = _page(window, spec)
    assert image.pixelColor(int(rects.footer.right()) - 2, int(rects.footer.top())).name() in (
        "#15191f",
    )
    world, _ = _page(window, replace(spec, extent=Extent.WORLD))
    assert image != world


def test_copy_map_image_puts_a_slide_on_the_clipboard(window):
    copy_map_image(window)
    pasted = QGuiApplication.clipboard().image()
    assert (pasted.width(), pasted.height()) == (1920, 1080)
    assert QColor(pasted.pixel(5, 5)).name() == "#ffcf40"  # the demo's SYNTHETIC band


def test_command_line_batch_writes_one_file_per_year(tmp_path, capsys):
    out = tmp_path / "slides" / "victims.png"
    assert (
        main(["export", "--demo", "--out", str(out), "--years", "2019-2021", "--size", "640x360"])
        == 0
    )
    for year in (2019, 2020, 2021):
        image = QImage(str(out.with_name(f"victims-{year}.png")))
        assert (image.width(), image.height()) == (640, 360)
    assert "victims-2021.png" in capsys.readouterr().out


def test_command_line_refuses_what_does_not_exist(tmp_path, capsys):
    assert main(["export", "--demo", "--out", str(tmp_path / "m.png"), "--indicator", "Nope"]) == 2
    assert "no indicator 'Nope'" in capsys.readouterr().err
    assert main(["export", "--demo", "--out", str(tmp_path / "m.png"), "--years", "1990"]) == 2
    assert main(["export", "--demo", "--out", str(tmp_path / "m.jpg")]) == 2
    assert not list(tmp_path.iterdir())


def test_export_dialog_previews_and_writes_what_it_shows(window, tmp_path, qtbot):
    dialog = open_export_dialog(window)
    qtbot.addWidget(dialog)
    before = dialog.preview.pixmap().toImage()
    dialog.title_edit.setText("A title typed by the presenter")
    dialog.update_preview()
    assert dialog.preview.pixmap().toImage() != before
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(Format.PDF))
    dialog.size_box.setCurrentIndex(dialog.size_box.findText("A4 portrait"))
    spec = dialog.spec()
    assert (spec.format, spec.unit, spec.width, spec.height) == (Format.PDF, "mm", 210, 297)
    assert dialog.suggested_name().endswith(".pdf")
    path = dialog.write(tmp_path / "dialog.pdf")
    assert "A title typed by the presenter" in _pdf_text(path)
    dialog.width_box.setValue(2_000)  # 2 m at 300 dpi: too large, the dialog says so
    dialog.update_preview()
    assert not dialog.export_button.isEnabled() and "too large" in dialog.preview.text()


def test_every_format_is_written_from_the_command_line(tmp_path):
    for fmt in ("svg", "pdf", "html", "csv", "xlsx", "gpkg"):
        out = tmp_path / f"map.{fmt}"
        assert main(["export", "--demo", "--out", str(out), "--size", "800x450"]) == 0, fmt
        assert out.stat().st_size > 1000, fmt
    links: list[str] = []

    class Links(HTMLParser):
        def handle_starttag(self, tag, attrs):
            links.extend(v or "" for k, v in attrs if k in ("src", "href"))

    Links().feed(Path(tmp_path / "map.html").read_text(encoding="utf-8"))
    assert not [link for link in links if "//" in link]  # nothing loads from a network


def test_command_line_choices_match_the_export_spec():
    from explorer.core.view.export_spec import PRESETS, Format, Theme
    from explorer.export_command import FORMATS, PAGE_NAMES, THEMES

    assert tuple(f.value for f in Format) == FORMATS
    assert tuple(t.value for t in Theme) == THEMES
    assert sorted(PAGE_NAMES.values()) == sorted(p.name for p in PRESETS)


def test_an_export_changes_nothing_on_screen_and_shows_the_data_only(no_flows, tmp_path):
    """Hover, a colour-vision preview and the screen's theme stay on screen; the export
    shows the true colours, without the hover outline, in its own theme."""
    from explorer.ui.map.theme import MapTheme, install_map_theme

    window = no_flows
    view = window.map_view
    install_map_theme(window, MapTheme.LIGHT)
    view.set_colour_vision("deuteranopia")
    window.state.selected = "DEU"
    window.state.hovered = "BRA"
    before = view.viewport().grab().toImage()
    sea_before = (view.sea_item.brush().color().name(), view.sea_item.pen().widthF())
    spec = ExportSpec(Format.PNG, 1920, 1080, theme=Theme.DARK)
    for fmt in (Format.PNG, Format.SVG, Format.PDF):
        export(window, replace(spec, format=fmt), tmp_path / f"map.{fmt.value}")
    assert view.viewport().grab().toImage() == before, "the screen is untouched"
    assert (view.sea_item.brush().color().name(), view.sea_item.pen().widthF()) == sea_before
    assert view._hover.isVisible()

    image, rects = _page(window, spec)
    true_colour = view.choropleth.fill("BRA").colour
    assert view.displayed_colour("BRA") != true_colour  # the screen shows the preview
    x, y = _scene_to_page(window, rects, spec, view.label_points["BRA"])
    assert image.pixelColor(x, y).name() == true_colour
    # No hover outline: Brazil's pixels next to its label point are all its fill.
    around = {image.pixelColor(x + dx, y + dy).name() for dx in (-3, 0, 3) for dy in (-3, 0, 3)}
    assert around == {true_colour}
