"""The HTML export inlines the shipped Arabic and Chinese web fonts only when its words
need them."""

from __future__ import annotations

import base64
import re
from dataclasses import replace

import pytest

from explorer.core.geo.countries import load_countries
from explorer.core.geo.locations import resources_dir
from explorer.web.html_export import html_text
from explorer.web.html_fonts import ARABIC, CHINESE, needs_arabic, needs_chinese, with_script_fonts
from tests.web.test_html_export import _view

ARABIC_TITLE = "الضحايا المكتشفون"
CHINESE_TITLE = "发现的受害者"


@pytest.fixture(scope="module")
def countries():
    return load_countries()


def _faces(page: str) -> list[str]:
    return re.findall(r"@font-face \{[^}]*\}", page)


@pytest.mark.parametrize(("title", "font"), [(ARABIC_TITLE, ARABIC), (CHINESE_TITLE, CHINESE)])
def test_a_page_carries_the_font_of_its_words_and_an_english_one_none(countries, title, font):
    view = _view(countries)
    english = html_text(view, countries)
    assert _faces(english) == []
    page = html_text(replace(view, texts=replace(view.texts, title=title)), countries)
    (face,) = _faces(page)
    assert f"unicode-range: {font.unicode_range}" in face
    data = re.search(r"base64,([A-Za-z0-9+/=]+)", face).group(1)
    assert base64.b64decode(data) == (resources_dir() / "fonts" / "web" / font.file).read_bytes()


def test_only_a_script_s_letters_ask_for_its_font():
    assert needs_arabic(ARABIC_TITLE) and not needs_arabic("发现的受害者 Victims")
    assert needs_chinese(CHINESE_TITLE) and not needs_chinese(ARABIC_TITLE + " Victims")
    page = "<html><head></head><body>Victims, 2020</body></html>"
    assert with_script_fonts(page) == page


def _translated_letters(lang: str, letters: re.Pattern[str]) -> set[str]:
    """Every letter of ``letters``' script in the ``lang`` translation file."""
    import xml.etree.ElementTree as ET

    path = resources_dir() / "translations" / f"explorer_{lang}.ts"
    found: set[str] = set()
    for translation in ET.parse(path).getroot().iter("translation"):
        for text in [translation.text or ""] + [f.text or "" for f in translation]:
            found |= set(letters.findall(text))
    return found


@pytest.mark.parametrize("font", [ARABIC, CHINESE], ids=["arabic", "chinese"])
def test_the_web_fonts_have_every_letter_of_the_translations(font):
    """No empty box in an exported page: a translation added later needs the web font
    rebuilt (``resources/build_fonts.py web``), and this says which letters it lacks."""
    from fontTools.ttLib import TTFont  # WOFF2 needs brotli: the test extras' fonttools[woff]

    lang = "ar" if font is ARABIC else "zh_CN"
    cmap = TTFont(resources_dir() / "fonts" / "web" / font.file).getBestCmap()
    letters = _translated_letters(lang, font.letters)
    assert len(letters) > (30 if font is ARABIC else 500)
    missing = sorted(c for c in letters if ord(c) not in cmap)
    assert not missing, "".join(missing)
