"""The HTML export inlines the shipped Arabic font only when its words are Arabic."""

from __future__ import annotations

import base64
import re
from dataclasses import replace

import pytest

from explorer.core.geo.countries import load_countries
from explorer.core.geo.locations import resources_dir
from explorer.web.html_export import html_text
from explorer.web.html_fonts import ARABIC_FILE, needs_arabic, with_script_fonts
from tests.web.test_html_export import _view

ARABIC_TITLE = "الضحايا المكتشفون"


@pytest.fixture(scope="module")
def countries():
    return load_countries()


def test_an_english_page_carries_no_font_and_an_arabic_one_carries_the_subset(countries):
    view = _view(countries)
    english = html_text(view, countries)
    assert "@font-face" not in english
    assert '"Noto Sans Arabic", "Noto Sans SC"' in english  # named after the system's fonts
    arabic = html_text(replace(view, texts=replace(view.texts, title=ARABIC_TITLE)), countries)
    faces = re.findall(r"@font-face \{[^}]*\}", arabic)
    assert len(faces) == 1 and "unicode-range: U+0600-06FF" in faces[0]
    data = re.search(r"base64,([A-Za-z0-9+/=]+)", faces[0]).group(1)
    assert base64.b64decode(data) == (resources_dir() / "fonts" / ARABIC_FILE).read_bytes()
    # The price: about 200 KB on a page of about 800 KB.
    assert 150_000 < len(arabic) - len(english) < 300_000


def test_only_arabic_letters_ask_for_the_font():
    assert needs_arabic(ARABIC_TITLE) and not needs_arabic("发现的受害者 Victims")
    page = "<html><head></head><body>发现的受害者</body></html>"
    assert with_script_fonts(page) == page
