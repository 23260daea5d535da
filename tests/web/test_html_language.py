"""The HTML export in the export's language: ``lang`` and ``dir`` on the page, right-to-left
layout in Arabic, numbers and years in tooltips and legend as the language writes them,
and the fonts a bare machine lacks inlined (Arabic, Chinese) at a measured cost."""

from __future__ import annotations

import json
import re

import pytest

from explorer.core.demo.generate import demo_dataset
from explorer.core.flows.selection import build_flow_view
from explorer.core.flows.settings import FlowSettings
from explorer.core.geo.countries import load_countries
from explorer.core.names.display_names import localized_countries
from explorer.core.view.choropleth import ChoroplethBuilder
from explorer.core.view.data import default_texts, view_data
from explorer.web.html_export import html_text

VICTIMS = "Detected trafficking victims"
ARABIC_INDIC = "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"


@pytest.fixture(scope="module")
def countries():
    return load_countries()


@pytest.fixture(scope="module")
def pages(countries) -> dict[str, str]:
    """The demo's world map of 2020 as each language's page."""
    dataset = demo_dataset()
    regions = dict(zip(countries.iso3, countries.region, strict=True))
    flows = build_flow_view(dataset, regions, VICTIMS, 2020, FlowSettings())
    found = {}
    for lang in ("en", "ar", "zh_CN", "fr"):
        named = localized_countries(countries, lang)
        choropleth = ChoroplethBuilder(dataset, lang=lang).build(VICTIMS, 2020)
        texts = default_texts(dataset, choropleth, flows, lang=lang)
        view = view_data(named, choropleth, texts, "Total", flows)
        found[lang] = html_text(view, countries)
    return found


def _country_tips(page: str) -> dict[str, dict]:
    """iso3 -> the tooltip fields of each country (the countries layer's GeoJSON)."""
    found = {}
    feature = r'"id": "([A-Z]{3})", "properties": (\{[^{}]*\})'
    for match in re.finditer(feature, page):
        found[match.group(1)] = json.loads(match.group(2))
    return found


@pytest.mark.parametrize(
    ("lang", "tag"),
    [
        ("en", '<html lang="en" dir="ltr">'),
        ("ar", '<html lang="ar" dir="rtl">'),
        ("zh_CN", '<html lang="zh-CN" dir="ltr">'),
        ("fr", '<html lang="fr" dir="ltr">'),
    ],
)
def test_every_page_says_its_language_and_direction(pages, lang, tag):
    assert tag in pages[lang][:200]


def test_an_arabic_page_lays_its_legend_and_zoom_out_right_to_left(pages):
    arabic, english = pages["ar"], pages["en"]
    assert '".leaflet-bottom.leaflet-right"' in arabic  # the legend's corner
    assert '".leaflet-bottom.leaflet-left"' in english
    assert re.search(r'L\.control\.zoom\(\s*\{\s*position: "topleft"', arabic)
    assert re.search(r'L\.control\.zoom\(\s*\{\s*position: "topright"', english)


def test_tooltips_write_numbers_and_years_as_the_language_does(pages):
    english, arabic, french = (_country_tips(pages[k]) for k in ("en", "ar", "fr"))
    big = next(c for c, p in english.items() if re.fullmatch(r"\d{1,3}(,\d{3})+", p["shown"]))
    assert re.fullmatch(r"\d{1,3}(\u202f\d{3})+", french[big]["shown"])
    shown = arabic[big]["shown"]
    assert shown and all(ch in ARABIC_INDIC + "\u066c" for ch in shown), shown
    # The tooltip's heading: "indicator, year" with the year in the page's digits.
    assert f"{VICTIMS}, \u0662\u0660\u0662\u0660" in pages["ar"]


def test_arabic_flow_tooltips_point_from_the_origin_on_the_right(pages):
    tips = re.findall(r"bindTooltip\(\s*`<div>\s*([^`]*?)\s*</div>`", pages["ar"])
    flows = [t for t in tips if "\u2190" in t or "\u2192" in t]
    assert flows and all("\u2190" in t and "\u2192" not in t for t in flows)
    assert all(not re.search(r"[0-9]", t) for t in flows), flows[:3]
    english = re.findall(r"bindTooltip\(\s*`<div>\s*([^`]*?)\s*</div>`", pages["en"])
    assert any("\u2192" in t and ", 2020: " in t for t in english)


def test_the_legend_speaks_the_page_s_language(pages):
    legend = re.search(r'<div id="tfe-legend".*?</div>', pages["ar"], re.S).group(0)
    assert "\u0644\u0627 \u0628\u064a\u0627\u0646\u0627\u062a" in legend  # "No data"
    assert "\u0645\u0646 " in legend  # "From" a region
    assert "From " not in legend and "No data" not in legend
    words = re.sub(
        r"<[^>]*>", " ", legend.replace(re.search(r"Quantile.*?</p>", legend).group(0), "")
    )
    assert not re.search(r"[0-9]", words), words  # one kind of digit (the core's note aside)


def test_pages_carry_the_fonts_their_words_need_and_no_more(pages):
    faces = {k: re.findall(r"@font-face \{[^}]*\}", v) for k, v in pages.items()}
    assert faces["en"] == [] and faces["fr"] == []
    assert len(faces["ar"]) == 1 and "font/woff2" in faces["ar"][0]
    assert "U+0600-06FF" in faces["ar"][0]
    assert len(faces["zh_CN"]) == 1 and "U+4E00-9FFF" in faces["zh_CN"][0]
    # The inlined fonts come first in the page's font list: after system-ui, Chromium drew
    # Chinese lines as boxes on a machine without a Chinese font.
    body_font = re.search(r"body \{[^}]*font-family: ([^;]*);", pages["zh_CN"]).group(1)
    assert body_font.startswith('"TFE Arabic", "TFE Chinese", system-ui')
    # The price, measured: Arabic about 70 KB, Chinese about 290 KB on a page of ~850 KB.
    english = len(pages["en"].encode())
    assert len(pages["ar"].encode()) - english < 150_000
    assert len(pages["zh_CN"].encode()) - english < 350_000
