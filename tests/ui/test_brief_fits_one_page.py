"""Every brief is one A4 page that ends with its footer, in every language of the app.

The Arabic World brief of the real GLOTIP workbook ran past the foot of the
page: its source line, caveats and date were drawn below the paper. The page
is read back as a reader gets it: the text's positions and words from the PDF.
"""

from __future__ import annotations

import re
import unicodedata
from contextlib import contextmanager, nullcontext
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from explorer.core.data.breakdown import Breakdown
from explorer.core.view.state import ViewState
from explorer.ui.common.translations import apply_layout_direction
from explorer.ui.export.window_exports import export_brief
from tests.shared_data import GLOTIP_WORKBOOK
from tests.ui.conftest import CRS
from tests.ui.translated import translated

LANGUAGES = ("en", "ar", "zh_CN", "fr", "ru", "es")
VICTIMS = "Detected trafficking victims"
PT_PER_MM = 72 / 25.4
EDGE_MM = 5  # printers leave the page's last millimetres blank


@contextmanager
def _language(lang: str):
    """The app in ``lang``: its translations, its layout direction (Arabic: right to left) and
    its shipped fonts (as the app registers them at start: Chinese has none on a bare system)."""
    from explorer.render.fonts import register_fonts

    app = QApplication.instance()
    register_fonts(app)  # once per application: a second call does nothing
    apply_layout_direction(app, QLocale(lang))
    try:
        with translated(lang) if lang != "en" else nullcontext():
            yield
    finally:
        apply_layout_direction(app, QLocale("en"))


def _window(qtbot, dataset, countries, lang: str, state: ViewState | None = None):
    from explorer.ui.window.main_window import MainWindow

    window = MainWindow(dataset, countries, CRS, state, language=lang)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    return window


def _page(path: Path) -> tuple[str, list[tuple[float, str]], float]:
    """The page's text line by line, each piece of text with the height of its baseline
    (points from the foot of the page), and the page's height.

    The text is put together from the pieces' places: the PDF holds a Chinese line as runs
    of one font after another, and pypdf's own text of it is blank."""
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    pieces: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font, size) -> None:
        if text.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            pieces.append((cm[1] * tm[4] + cm[3] * tm[5] + cm[5], x, text))

    page.extract_text(visitor_text=visit)
    lines: dict[int, list[tuple[float, str]]] = {}
    for y, x, text in pieces:
        lines.setdefault(round(y), []).append((x, text))
    text = "\n".join(
        " ".join(piece for _, piece in sorted(lines[y])) for y in sorted(lines, reverse=True)
    )
    return text, [(y, piece) for y, _, piece in pieces], float(page.mediabox.height)


def _compact(text: str) -> str:
    """NFKC (the font's ligatures and Arabic letter forms undone), no spaces, no marks."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Mn")


def _shows(page_text: str, expected: str, lang: str) -> bool:
    """Whether the page has ``expected``. The PDF keeps Arabic in the order it is drawn, right
    to left: each Arabic word must be there reversed (lam-alef is one glyph that keeps its
    order, so words with one are not looked for)."""
    found = _compact(page_text)
    if lang != "ar":
        return _compact(expected) in found
    expected = unicodedata.normalize("NFKC", expected)
    words = re.findall("[\u0621-\u064a\u064b-\u065f]{3,}", expected)
    arabic = [_compact(w)[::-1] for w in words if not re.search("ل[اأإآ]", _compact(w))]
    latin = re.findall("[A-Za-z]{3,}", expected)
    assert len(arabic + latin) > 3, expected  # else the check would prove nothing
    return all(w in found for w in arabic + latin)


def _assert_one_page_with_its_footer(path: Path, dataset, lang: str) -> str:
    text, pieces, height = _page(path)
    lowest = min(y for y, _ in pieces)
    assert lowest > EDGE_MM * PT_PER_MM, f"text {lowest / PT_PER_MM:.1f} mm from the page's foot"
    assert lowest >= 0 and max(y for y, _ in pieces) < height
    provenance = dataset.provenance
    for expected in (provenance.source_line(lang), *provenance.caveats_in(lang)):
        assert _shows(text, expected, lang), (lang, expected)
    # The footer is the foot of the page: its last line ("Produced with ...") is the lowest.
    last = [y for y, piece in pieces if "Trafficking" in unicodedata.normalize("NFKC", piece)]
    assert last and min(last) == pytest.approx(lowest, abs=1), lang
    return text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_world_and_a_country_brief_fit_one_page_with_source_and_caveats(
    qtbot, dataset, projected_countries, tmp_path, lang
):
    state = ViewState(indicator=VICTIMS, year=2021, breakdown=Breakdown.TOTAL)
    with _language(lang):
        window = _window(qtbot, dataset, projected_countries, lang, state)
        world = export_brief(window, tmp_path / "world.pdf")
        window.state.selected = "NGA"
        country = export_brief(window, tmp_path / "nga.pdf")
        for path in (world, country):
            text = _assert_one_page_with_its_footer(path, dataset, lang)
            if lang == "ar":  # the lists are Arabic lists: "؛" between items, never ";"
                assert "؛" in text and ";" not in text, path.name
            if lang == "zh_CN":  # sentences end with "。", never an ASCII full stop
                assert not re.search(r"[)%\u4e00-\u9fff]\.", _compact(text)), path.name


def test_a_brief_too_long_for_the_page_gives_way_and_says_so(
    qtbot, dataset, projected_countries, tmp_path, monkeypatch
):
    """A country with many long activities and flows in Arabic: the lowest parts give way
    (the brief says so, and "…" marks where), the footer stays on the page."""
    from explorer.ui.export import country_brief

    monkeypatch.setattr(country_brief, "ACTIVITIES_LISTED", 40)
    long = dataset.activities_for("DEU").iloc[[0] * 40].copy()
    long["title"] = [f"Activity {i} " + "with a long title " * 12 for i in range(40)]
    monkeypatch.setattr(type(dataset), "activities_for", lambda self, iso3: long)
    with _language("ar"):
        window = _window(qtbot, dataset, projected_countries, "ar")
        window.state.selected = "NGA"
        path = export_brief(window, tmp_path / "nga.pdf")
        text = _assert_one_page_with_its_footer(path, dataset, "ar")
    assert "…" in text
    assert "Activity0with" in _compact(text) and "Activity39" not in _compact(text)


@pytest.mark.skipif(not GLOTIP_WORKBOOK.exists(), reason="the shared GLOTIP workbook is absent")
def test_the_arabic_world_brief_of_glotip_keeps_its_footer_on_the_page(
    qtbot, projected_countries, tmp_path
):
    from explorer.io.importing.importers import read_any

    glotip, _ = read_any(GLOTIP_WORKBOOK)
    with _language("ar"):
        window = _window(qtbot, glotip, projected_countries, "ar")
        path = export_brief(window, tmp_path / "world.pdf")
        text = _assert_one_page_with_its_footer(path, glotip, "ar")
    assert "؛" in text


def test_the_footer_rule_leaves_short_briefs_as_they_were(window, tmp_path, monkeypatch):
    """A brief that fits is laid out as before: nothing gives way, no note."""
    from explorer.ui.export import brief_page

    drawn: list[str] = []
    draw_text = brief_page.BriefPage.draw_text

    def spy(self, text, style, y):
        drawn.append(text)
        return draw_text(self, text, style, y)

    monkeypatch.setattr(brief_page.BriefPage, "draw_text", spy)
    window.state.selected = "DEU"
    export_brief(window, tmp_path / "deu.pdf")
    assert drawn and not [t for t in drawn if t.startswith("Shortened")]


def test_a_long_footer_stays_whole_and_the_body_gives_way(
    qtbot, dataset, projected_countries, tmp_path, monkeypatch
):
    """A dataset with long caveats (a file's own words): the footer grows upward, all of it
    on the page; the body above it gives way and never runs into it."""
    from dataclasses import replace

    caveats = tuple(
        f"Caveat {n}: " + "detected counts are not prevalence and differ by country " * 8
        for n in range(3)
    )
    monkeypatch.setattr(dataset, "provenance", replace(dataset.provenance, caveats=caveats))
    window = _window(qtbot, dataset, projected_countries, "en")
    window.state.place = "region:Africa"
    text = _assert_one_page_with_its_footer(export_brief(window, tmp_path / "a.pdf"), dataset, "en")
    assert "Shortenedtofitonepage" in _compact(text)
