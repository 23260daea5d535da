"""The interactive HTML export: self-contained, offline, every data string inert."""

from __future__ import annotations

import dataclasses
import html
from html.parser import HTMLParser
from pathlib import Path

import folium
import geopandas as gpd
import numpy as np
import pytest

from explorer.core.demo.generate import demo_dataset
from explorer.core.flows.selection import build_flow_view
from explorer.core.flows.settings import FlowSettings
from explorer.core.geo.countries import load_countries
from explorer.core.view.choropleth import ChoroplethBuilder
from explorer.core.view.data import SYNTHETIC_MARK, ViewData, default_texts, view_data
from explorer.web.html_export import html_text, write_html

VICTIMS = "Detected trafficking victims"
INJECTION = "<img src=x onerror=alert(1)>"
BREAKOUT = "</script><script>alert(1)</script>"


class _Page(HTMLParser):
    """Every tag's attributes, and each <script>'s attributes with its inline text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.attrs: list[tuple[str, str, str | None]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.tags: list[str] = []
        self._in_script: dict[str, str | None] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend((tag, k, v) for k, v in attrs)
        if tag == "script":
            self._in_script, self._text = dict(attrs), []

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_script is not None:
            self.scripts.append((self._in_script, "".join(self._text)))
            self._in_script = None


def _parse(text: str) -> _Page:
    page = _Page()
    page.feed(text)
    page.close()
    return page


def _view(countries: gpd.GeoDataFrame) -> ViewData:
    dataset = demo_dataset()
    choropleth = ChoroplethBuilder(dataset).build(VICTIMS, 2020)
    regions = dict(zip(countries.iso3, countries.region, strict=True))
    flows = build_flow_view(dataset, regions, VICTIMS, 2020, FlowSettings())
    return view_data(
        countries, choropleth, default_texts(dataset, choropleth, flows), "Total", flows
    )


@pytest.fixture(scope="module")
def countries() -> gpd.GeoDataFrame:
    return load_countries()


@pytest.fixture(scope="module")
def demo_view(countries) -> ViewData:
    return _view(countries)


@pytest.fixture(scope="module")
def demo_html(demo_view, countries) -> str:
    return html_text(demo_view, countries)


def _renamed(countries: gpd.GeoDataFrame, iso3: str, name: str) -> gpd.GeoDataFrame:
    renamed = countries.copy()
    renamed.loc[renamed["iso3"] == iso3, "name"] = name
    return renamed


def test_the_file_is_written_with_title_and_source(demo_view, countries, tmp_path):
    path = write_html(demo_view, countries, tmp_path / "map.html")
    assert path == tmp_path / "map.html"
    text = path.read_text(encoding="utf-8")
    assert text.lstrip().lower().startswith("<!doctype html>")
    assert html.escape(demo_view.texts.title) in text
    assert html.escape(demo_view.texts.source) in text
    assert html.escape(demo_view.texts.disclaimer) in text
    assert path.stat().st_size < 5_000_000


def test_the_demo_export_stays_small(demo_html):
    assert len(demo_html.encode("utf-8")) < 3_000_000


def test_no_attribute_points_outside_the_file(demo_html):
    page = _parse(demo_html)
    linked = [(tag, k, v) for tag, k, v in page.attrs if k in ("src", "href", "srcset", "data")]
    for tag, key, value in linked:
        assert value is not None
        assert value.startswith(("#", "data:")), f"<{tag} {key}={value!r}>"
    assert "link" not in page.tags  # no stylesheet or preload links at all
    assert "@import" not in demo_html
    for host in ("//cdn", "unpkg", "jsdelivr", "cdnjs", "googleapis", "bootstrapcdn"):
        assert host not in demo_html


def test_leaflet_is_inlined_and_no_tiles_are_requested(demo_html):
    page = _parse(demo_html)
    assert page.scripts, "no scripts at all"
    assert all("src" not in attrs for attrs, _ in page.scripts)
    leaflet = [code for _, code in page.scripts if "Leaflet 1.9.4" in code]
    assert len(leaflet) == 1
    assert "sourceMappingURL" not in demo_html
    ours = "\n".join(code for _, code in page.scripts if "Leaflet 1.9.4" not in code)
    assert "L.map(" in ours
    assert "L.tileLayer(" not in ours
    assert "L.marker" not in ours or "L.divIcon(" in ours  # no default (image) marker icons


def test_the_shared_folium_map_class_is_left_alone(demo_html):
    assert any("cdn" in url for _, url in folium.Map.default_js)


def test_a_tag_in_a_country_name_is_shown_not_run(countries):
    renamed = _renamed(countries, "DEU", INJECTION)
    view = _view(renamed)
    assert INJECTION in set(view.countries["name"])
    assert (view.flows["destination"] == "DEU").any(), "DEU must also name a flow end"
    text = html_text(view, renamed)
    assert "<img src=x" not in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in text
    assert "img" not in _parse(text).tags


def test_a_closing_script_tag_in_a_name_cannot_break_out(countries, demo_html):
    renamed = _renamed(countries, "DEU", BREAKOUT)
    text = html_text(_view(renamed), renamed)
    assert BREAKOUT not in text
    assert "alert(1)</script>" not in text
    assert len(_parse(text).scripts) == len(_parse(demo_html).scripts)


def test_template_literal_syntax_in_a_name_stays_text(countries):
    # folium puts tooltip text inside a JavaScript `template literal`.
    name = "`+alert(1)+`${alert(2)}\\"
    renamed = _renamed(countries, "DEU", name)
    text = html_text(_view(renamed), renamed)
    assert "${alert(2)}" not in text
    assert "`+alert(1)+`" not in text
    assert "&#96;+alert(1)+&#96;&#36;{alert(2)}&#92;" in text


def test_titles_and_legend_labels_are_escaped(demo_view, countries):
    texts = dataclasses.replace(demo_view.texts, title=INJECTION, subtitle=BREAKOUT)
    text = html_text(dataclasses.replace(demo_view, texts=texts), countries)
    assert "<img src=x" not in text
    assert BREAKOUT not in text
    assert "<title>&lt;img src=x" in text


def test_the_synthetic_band_follows_the_dataset(demo_view, demo_html, countries):
    assert demo_view.texts.synthetic
    assert 'class="tfe-band"' in demo_html
    assert SYNTHETIC_MARK in demo_html
    real = dataclasses.replace(
        demo_view, texts=dataclasses.replace(demo_view.texts, synthetic=False)
    )
    text = html_text(real, countries)
    assert 'class="tfe-band"' not in text
    assert SYNTHETIC_MARK not in text


def test_every_drawn_flow_is_a_line_with_an_arrowhead(demo_view, demo_html):
    flows = demo_view.flows
    assert len(flows) > 10
    assert demo_html.count("L.polyline(") >= len(flows)
    assert demo_html.count("L.divIcon(") == len(flows)
    for origin, destination in zip(
        flows["origin_name"].head(5), flows["destination_name"].head(5), strict=True
    ):
        assert f"{html.escape(origin)} → {html.escape(destination)}, 2020:" in demo_html


def test_the_largest_flow_is_drawn_last(demo_view, demo_html):
    colours_in_order = [
        part.split('"color": "', 1)[1][:7] for part in demo_html.split("L.polyline(")[1:]
    ]
    assert colours_in_order[-1] == demo_view.flows["colour"].iloc[0]
    weights = [
        float(part.split('"weight": ', 1)[1].split("}", 1)[0])
        for part in demo_html.split("L.polyline(")[1:]
    ]
    assert weights[-1] == max(weights)


def test_domestic_and_suppressed_flows_have_their_own_marks(demo_view, countries):
    flows = demo_view.flows.copy()
    flows.loc[0, "destination"] = flows.loc[0, "origin"]
    flows.loc[1, "width"] = np.nan
    text = html_text(dataclasses.replace(demo_view, flows=flows), countries)
    assert text.count("L.circleMarker(") == 1
    assert '"dashArray": "4 4"' in text
    assert text.count("L.divIcon(") == len(flows) - 1


def test_every_country_is_in_the_choropleth_with_its_colour(demo_view, demo_html):
    for iso3 in demo_view.countries["iso3"]:
        assert f'"id": "{iso3}"' in demo_html
    assert demo_html.count('"fill": "#') == len(demo_view.countries)


def test_countries_in_another_crs_are_reprojected(demo_view, countries):
    projected = countries.to_crs("EPSG:3857")
    projected["label_point"] = countries["label_point"].to_crs("EPSG:3857")
    assert html_text(demo_view, projected) == html_text(demo_view, countries)


def test_the_path_may_be_a_string(demo_view, countries, tmp_path):
    target = tmp_path / "x.html"
    assert write_html(demo_view, countries, str(target)) == Path(target)
    assert target.read_text(encoding="utf-8").count("L.polyline(") >= len(demo_view.flows)


def test_the_same_view_gives_the_same_file(demo_view, countries, demo_html):
    assert html_text(demo_view, countries) == demo_html


# -- a hostile dataset: markup, script, links, overrides, NUL, 10,000 characters --------
PWN_IMG = "<img src=x onerror=\"document.title='pwned'\">"
PWN_SCRIPT = "<script>document.body.setAttribute('data-pwned','1')</script>"
PWN_LINK = "<a href=\"javascript:document.title='pwned'\">click</a>"
PWN_TEMPLATE = "`;document.title='pwned';`${document.title='pwned'}"
HOSTILE_TEXTS = {
    "title": PWN_IMG + " title",
    "subtitle": PWN_SCRIPT,
    "source": PWN_LINK + " \u202etxt.exe",
    "caveat": "nul\x00byte " + "W" * 10_000,
    "disclaimer": PWN_TEMPLATE,
    "exported": "🚩 " + PWN_IMG,
}
HOSTILE_NAMES = {"DEU": PWN_IMG, "NGA": PWN_SCRIPT, "ITA": PWN_TEMPLATE, "BRA": PWN_LINK}


def _hostile_html(countries: gpd.GeoDataFrame) -> str:
    renamed = countries
    for iso3, name in HOSTILE_NAMES.items():
        renamed = _renamed(renamed, iso3, name)
    view = _view(renamed)
    view = dataclasses.replace(
        view,
        texts=dataclasses.replace(view.texts, **HOSTILE_TEXTS),
        indicator=PWN_SCRIPT + " victims",
        classes_note=PWN_IMG,
    )
    return html_text(view, renamed)


def test_hostile_texts_appear_only_escaped(countries, demo_html):
    text = _hostile_html(countries)
    page = _parse(text)
    assert page.tags.count("img") == 0 and "a" not in page.tags
    assert len(page.scripts) == len(_parse(demo_html).scripts)
    assert not [(t, k) for t, k, _v in page.attrs if k.startswith("on")]
    assert not [(t, k, v) for t, k, v in page.attrs if v and "javascript:" in v]
    assert "\x00" not in text
    assert "${document.title" not in text and "`;document.title" not in text
    assert html.escape(PWN_IMG) in text  # shown, as text
    ours = [code for _attrs, code in page.scripts if "Leaflet 1.9.4" not in code]
    for code in ours:  # in the map's script, data are quoted and escaped text, never code
        assert "setAttribute('data-pwned'" not in code and "title='pwned'" not in code
