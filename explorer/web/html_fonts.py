"""The shipped Arabic font inlined into an HTML export whose words are Arabic.

Why only Arabic, and only when needed: the page must show its words without
fetching anything. Every desktop a browser runs on has Arabic and Chinese fonts
today (Windows, macOS, Android, ChromeOS, desktop Linux with Noto), but a bare
Linux may not; the Arabic subset (``resources/fonts``, SIL OFL 1.1) adds about
200 KB as a data URI, a quarter of a typical page, so it is inlined when the
page holds Arabic letters. The Chinese subset would add about 4 MB to every
Chinese page (five times the page), so Chinese relies on the system's fonts,
which the page's font list names (:data:`CJK_FAMILIES`). The ``unicode-range``
keeps Latin text in the system's font, and the browser decodes the inlined font
only for Arabic letters.
"""

from __future__ import annotations

import base64
import re
from functools import cache

from explorer.core.geo.locations import resources_dir

#: Arabic letters: the Arabic blocks and presentation forms.
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
ARABIC_RANGE = "U+0600-06FF, U+0750-077F, U+08A0-08FF, U+FB50-FDFF, U+FE70-FEFF"
ARABIC_FILE = "NotoSansArabic-Regular.ttf"
#: The page's fonts after the system's: the shipped Arabic one, then Chinese system fonts.
SCRIPT_FAMILIES = (
    '"Noto Sans Arabic", "Noto Sans SC", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei"'
)


def needs_arabic(text: str) -> bool:
    return _ARABIC.search(text) is not None


@cache
def arabic_font_face() -> str:
    """An ``@font-face`` rule with the shipped Arabic subset as a data URI ("" if missing)."""
    path = resources_dir() / "fonts" / ARABIC_FILE
    try:
        data = base64.b64encode(path.read_bytes()).decode("ascii")
    except OSError:
        return ""
    return (
        '@font-face { font-family: "Noto Sans Arabic"; font-style: normal; font-weight: 400 700;'
        f' src: local("Noto Sans Arabic"), url(data:font/ttf;base64,{data}) format("truetype");'
        f" unicode-range: {ARABIC_RANGE}; }}"
    )


def with_script_fonts(html: str) -> str:
    """``html`` with the Arabic font inlined in its head when its words hold Arabic letters."""
    if not needs_arabic(html):
        return html
    face = arabic_font_face()
    if not face:
        return html
    return html.replace("</head>", f"<style>{face}</style>\n</head>", 1)
