"""Arabic and Chinese: the shipped fonts draw them (no empty boxes); Arabic lays out right to left.

The machine running the tests may have no Arabic or Chinese font: what is checked
is that the shipped fonts cover the texts and that Qt draws them with real glyphs.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QFontDatabase, QImage, QPainter

from explorer.core.view.choropleth import CLASS, LegendEntry
from explorer.render.fonts import ARABIC, CHINESE, font_files, fonts_dir, licence_file
from explorer.render.page.legend import paint_legend
from tests.probes import run_probe

ROOT = Path(__file__).resolve().parents[2]
ARABIC_TITLE = "الضحايا المكتشفون"  # "Detected victims"
CHINESE_TITLE = "发现的人口贩运受害者\uff0c按国家"  # "Detected trafficking victims, by country"

#: Run in a fresh process as the headless export starts Qt, then lay out the titles
#: in the export's title font: every glyph must be a real one (glyph 0 is the empty box).
HEADLESS_PROBE = """
import json, sys
from explorer.export_command import _start_qt, export_language
_start_qt(export_language())
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont, QTextLayout
from explorer.render.page.layout import _font

font = _font(17, bold=True)
report = {"families": QFontDatabase.families(), "app": QGuiApplication.font().families(),
          "direction": QGuiApplication.layoutDirection().name, "titles": {}}
for title in sys.argv[1:]:
    layout = QTextLayout(title, font)
    layout.beginLayout(); layout.createLine(); layout.endLayout()
    runs = layout.glyphRuns()
    report["titles"][title] = {
        "glyphs": [i for run in runs for i in run.glyphIndexes()],
        "fonts": sorted({run.rawFont().familyName() for run in runs}),
        # Each character in a font of the application's family list (by code point).
        "supported": all(
            any(QRawFont.fromFont(QFont(f)).supportsCharacter(ord(c))
                for f in QGuiApplication.font().families())
            for c in title if not c.isspace()
        ),
    }
print(json.dumps(report))
"""

#: The window as ``--screenshot`` starts it, in Arabic: its direction and fonts.
WINDOW_PROBE = """
import json, sys
from pathlib import Path
from explorer.ui.window.app import LaunchOptions, run
assert run(LaunchOptions(screenshot=Path(sys.argv[1]), demo_only=True)) == 0
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
app = QApplication.instance()
print(json.dumps({"direction": app.layoutDirection().name,
                  "families": QFontDatabase.families()}))
"""


def _python(tmp_path: Path, code: str, *args: str, lang: str = "ar") -> dict:
    env = {"QT_QPA_PLATFORM": "offscreen", "TRAFFICKING_EXPLORER_LANG": lang}
    return run_probe(tmp_path, code, *args, env=env)


def test_shipped_fonts_cover_the_titles_characters():
    ttlib = pytest.importorskip("fontTools.ttLib")
    files = {path.name: path for path in font_files()}
    assert set(files) == {
        "NotoSansArabic-Regular.ttf",
        "NotoSansArabic-Bold.ttf",
        "NotoSansCJKsc-Regular-subset.otf",
    }
    for name, title in (
        ("NotoSansArabic-Regular.ttf", ARABIC_TITLE),
        ("NotoSansArabic-Bold.ttf", ARABIC_TITLE),
        ("NotoSansCJKsc-Regular-subset.otf", CHINESE_TITLE),
    ):
        cmap = ttlib.TTFont(files[name]).getBestCmap()
        assert not [c for c in title if ord(c) not in cmap], name
    # The Chinese subset holds the whole of GB2312 (6,763 hanzi), not just these titles.
    cmap = ttlib.TTFont(files["NotoSansCJKsc-Regular-subset.otf"]).getBestCmap()
    assert sum(0x4E00 <= code <= 0x9FFF for code in cmap) >= 6763
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence_file().read_text("utf-8")
    assert licence_file().parent == fonts_dir()


def test_registered_fonts_are_the_application_font_s_fallbacks(qapp):
    from explorer.render.fonts import register_fonts

    register_fonts(qapp)  # once per application: the test run's may have done it already
    assert {ARABIC, CHINESE} <= set(QFontDatabase.families())
    families = qapp.font().families()
    assert families[-2:] == [ARABIC, CHINESE]
    assert families[0] not in (ARABIC, CHINESE)  # Latin text keeps the system's font
    assert register_fonts(qapp) == []  # a second call adds nothing


def test_headless_export_draws_arabic_and_chinese_titles_with_real_glyphs(tmp_path):
    report = _python(tmp_path, HEADLESS_PROBE, ARABIC_TITLE, CHINESE_TITLE)
    assert {ARABIC, CHINESE} <= set(report["families"])
    assert report["app"][-2:] == [ARABIC, CHINESE]
    assert report["direction"] == "RightToLeft"
    for title, found in report["titles"].items():
        assert found["glyphs"] and 0 not in found["glyphs"], (title, found)
        assert found["supported"], title
    assert CHINESE in report["titles"][CHINESE_TITLE]["fonts"]  # no system font has them here


def _dark_columns(image: QImage, top: int, bottom: int) -> list[int]:
    return [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y).lightness() < 100 for y in range(top, bottom))
    ]


@pytest.mark.parametrize("title", [ARABIC_TITLE, CHINESE_TITLE])
def test_exported_png_title_is_drawn_at_the_right_in_arabic(tmp_path, title):
    out = tmp_path / "map.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TRAFFICKING_EXPLORER_LANG": "ar"}
    command = [sys.executable, "-m", "explorer", "export", "--demo", "--out", str(out)]
    subprocess.run(
        [*command, "--title", title, "--size", "960x540"],
        check=True,
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=300,
    )
    image = QImage(str(out))
    # The title line sits under the SYNTHETIC band (30 units at scale 0.5 -> 15 px, +5).
    columns = _dark_columns(image, 22, 36)
    assert columns, "no title drawn"
    assert min(columns) > image.width() / 2  # right to left: the title starts at the right
    assert max(columns) > image.width() - 40
    assert len(columns) > 6 * len(title.replace(" ", "")) / 2  # glyphs, not a few dots


def test_window_is_right_to_left_in_arabic_with_the_fonts(tmp_path):
    report = _python(tmp_path, WINDOW_PROBE, str(tmp_path / "shot.png"))
    assert report["direction"] == "RightToLeft"
    assert {ARABIC, CHINESE} <= set(report["families"])
    english = _python(tmp_path, WINDOW_PROBE, str(tmp_path / "en.png"), lang="en")
    assert english["direction"] == "LeftToRight"


def test_window_built_right_to_left_puts_the_panel_on_the_left(qapp, qtbot):
    from explorer.ui.common.translations import apply_layout_direction
    from explorer.ui.window.app import LaunchOptions, build_window

    assert apply_layout_direction(qapp, QLocale("ar")) == Qt.LayoutDirection.RightToLeft
    try:
        window = build_window(LaunchOptions(demo_only=True))
        qtbot.addWidget(window)
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        area = window.dockWidgetArea(window.detail_panel)
        assert area == Qt.DockWidgetArea.LeftDockWidgetArea
    finally:
        apply_layout_direction(qapp, QLocale("en"))
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def _swatch_and_text_columns(rtl: bool) -> tuple[list[int], list[int]]:
    image = QImage(300, 120, QImage.Format.Format_ARGB32)
    image.fill(QColor("#336699"))
    painter = QPainter(image)
    entries = [LegendEntry("1 - 10", "#ff0000", CLASS)]
    box = paint_legend(painter, QPointF(10, 10), "Victims, 2020", entries, 1.0, rtl=rtl)
    painter.end()
    rows = range(int(box.top() + 30), int(box.bottom()))
    red = [x for x in range(300) if any(image.pixelColor(x, y).name() == "#ff0000" for y in rows)]
    ink = [x for x in range(300) if any(image.pixelColor(x, y).lightness() < 80 for y in rows)]
    return red, ink


def test_legend_right_to_left_has_its_swatches_right_of_the_labels(qapp):
    red, ink = _swatch_and_text_columns(rtl=False)
    assert red and ink and max(red) < min(ink)  # left to right: swatch, then label
    red, ink = _swatch_and_text_columns(rtl=True)
    assert red and ink and min(red) > max(ink)  # right to left: label, then swatch


def test_svg_and_pdf_exports_carry_the_chinese_title_in_the_shipped_font(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    from explorer.render.page.map_export import SVG_FONTS

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TRAFFICKING_EXPLORER_LANG": "zh_CN"}
    for suffix in ("svg", "pdf"):
        command = [sys.executable, "-m", "explorer", "export", "--demo"]
        out = str(tmp_path / f"map.{suffix}")
        subprocess.run(
            [*command, "--out", out, "--title", CHINESE_TITLE, "--page", "a4-landscape"],
            check=True,
            cwd=ROOT,
            env=env,
            capture_output=True,
            timeout=300,
        )
    svg = (tmp_path / "map.svg").read_text("utf-8")
    assert f">{CHINESE_TITLE}</text>" in svg  # text, for the viewer to draw
    families = set(re.findall(r'font-family="([^"]*)"', svg))
    assert families == {SVG_FONTS}  # the Noto families named for viewers that have them
    reader = pypdf.PdfReader(tmp_path / "map.pdf")
    fonts = {
        str(font.get_object()["/BaseFont"])
        for font in reader.pages[0]["/Resources"]["/Font"].values()
    }
    assert any("NotoSansCJKsc" in name for name in fonts), fonts  # embedded: no boxes


def test_map_legend_on_screen_is_anchored_at_the_lower_right_right_to_left(qapp):
    from explorer.render.map.picture_cache import PictureCache
    from explorer.ui.map.legends import MARGIN, paint_class_legend

    legend = ("Victims", (LegendEntry("1 - 10", "#ff0000", CLASS),), "")
    found = {}
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        qapp.setLayoutDirection(direction)
        image = QImage(600, 300, QImage.Format.Format_ARGB32)
        image.fill(QColor("#336699"))
        painter = QPainter(image)
        try:
            paint_class_legend(painter, PictureCache(), legend, 600, 300, 1.0)
        finally:
            painter.end()
            qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        red = [
            x
            for x in range(600)
            if any(image.pixelColor(x, y).name() == "#ff0000" for y in range(150, 300))
        ]
        found[direction] = red
    red = found[Qt.LayoutDirection.LeftToRight]
    assert red and max(red) < MARGIN + 40  # the swatch at the legend's left, at the left
    red = found[Qt.LayoutDirection.RightToLeft]
    assert red and min(red) > 600 - MARGIN - 40  # the swatch at the legend's right, at the right
