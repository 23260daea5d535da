"""Every kind of HTML export, opened in headless Chromium with the network off: the map
loads, no request leaves the file, and no hostile text runs."""

from __future__ import annotations

import re

import pytest

from explorer.cli import main
from tests.web.browser import RecordingProxy, browse, require_chromium
from tests.web.test_html_export import PWN_IMG, PWN_SCRIPT, _hostile_html, countries  # noqa: F401

pytestmark = [pytest.mark.slow, pytest.mark.enable_socket]


def _pwned(dom: str) -> bool:
    return bool(
        re.search(r"<title>\s*pwned\s*</title>", dom)
        or re.search(r"<[a-z][^<>]*\sdata-pwned=", dom)
    )


def test_the_detectors_work(tmp_path):
    """A page that does fetch and does run the markers is caught by both checks."""
    require_chromium()
    control = tmp_path / "control.html"
    control.write_text(
        "<!DOCTYPE html><html><head><title>t</title></head><body>"
        f'<img src="http://tiles.example.org/0/0/0.png">{PWN_IMG}{PWN_SCRIPT}</body></html>',
        encoding="utf-8",
    )
    with RecordingProxy() as proxy:
        dom = browse(control, tmp_path / "profile", proxy)
    assert _pwned(dom)
    assert any("tiles.example.org" in r for r in proxy.requests), proxy.requests


EXPORTS = {
    "world.html": [],
    "subregions.html": ["--between", "subregions"],
    "deu-incoming.html": ["--select", "DEU", "--focus", "incoming", "--top", "100"],
    "no-flows.html": ["--no-flows"],
    "dark.html": ["--theme", "dark", "--year", "2019"],
    # Right to left, and the inlined Arabic and Chinese fonts: still nothing fetched.
    "arabic.html": ["--lang", "ar", "--select", "DEU"],
    "chinese.html": ["--lang", "zh_CN", "--between", "subregions"],
}


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_every_export_runs_offline(tmp_path, name):
    require_chromium()
    page = tmp_path / name
    assert main(["export", "--demo", "--out", str(page), *EXPORTS[name]]) == 0
    with RecordingProxy() as proxy:
        dom = browse(page, tmp_path / "profile", proxy)
    assert "leaflet-container" in dom, "the map did not load"
    assert "leaflet-interactive" in dom, "no country was drawn"
    assert proxy.requests == [], "\n".join(proxy.requests)


def test_hostile_texts_run_nowhere(countries, tmp_path):  # noqa: F811
    require_chromium()
    page = tmp_path / "hostile.html"
    page.write_text(_hostile_html(countries), encoding="utf-8")
    with RecordingProxy() as proxy:
        dom = browse(page, tmp_path / "profile", proxy)
    assert "leaflet-container" in dom, "the map did not load"
    assert not _pwned(dom)
    assert proxy.requests == []
    title = re.search(r"<title>(.*?)</title>", dom, re.S).group(1)
    assert "&lt;img src=x" in title
