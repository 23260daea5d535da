"""The shipped Arabic and Chinese fonts inlined into an HTML export whose words need them.

Why inlined, and only when needed: the page must show its words without fetching
anything, and a bare Linux (a server, a minimal desktop) has no Arabic or
Chinese font at all: the browser then draws empty boxes. The app ships WOFF2
copies of its Noto subsets for the page (``resources/fonts/web``, SIL OFL 1.1;
how they are made: ``resources/build_fonts.py web``):

- Arabic, the whole subset: about 50 KB, 67 KB as a data URI;
- Chinese, only the characters of the CLDR Chinese place names and of the
  Chinese translations (what an exported page is made of): about 210 KB, 282 KB
  as a data URI. The app's full Chinese subset (3 MB, all of GB2312) would add
  4 MB to a page of about 0.8 MB. A character outside it (a Chinese indicator
  name from a file) falls back to the browser's fonts, which the page's font
  list names (:data:`SCRIPT_FAMILIES`).

Each rule is added only when the page holds letters of its script, with a
``unicode-range``, so Latin text stays in the system's font and the browser
decodes an inlined font only for the characters it serves. ``local()`` comes
first: a system that has the font uses its own, complete copy. The inlined
families have names of their own and come first in the page's font list
(:data:`PAGE_FAMILIES`): after a generic family such as ``system-ui``, Chromium
drew whole Chinese lines ending in "。" as empty boxes on a machine without a
Chinese font, although the inlined font has every character (seen in headless
Chromium); first, with their ranges, they never touch Latin text.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from functools import cache

from explorer.core.geo.locations import resources_dir

#: Chinese and Arabic system fonts, for characters the inlined fonts lack.
SCRIPT_FAMILIES = (
    '"Noto Sans Arabic", "Noto Sans SC", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei"'
)


@dataclass(frozen=True)
class WebFont:
    """One shipped WOFF2 font for the page and the letters that ask for it."""

    family: str
    file: str
    unicode_range: str
    letters: re.Pattern[str]
    local_names: tuple[str, ...]


ARABIC = WebFont(
    "TFE Arabic",
    "NotoSansArabic-Regular.woff2",
    "U+0600-06FF, U+0750-077F, U+08A0-08FF, U+FB50-FDFF, U+FE70-FEFF",
    re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"),
    ("Noto Sans Arabic",),
)
CHINESE = WebFont(
    "TFE Chinese",
    "NotoSansSC-Regular-names.woff2",
    "U+2E80-2FDF, U+3000-303F, U+3400-4DBF, U+4E00-9FFF, U+F900-FAFF, U+FF00-FFEF",
    re.compile("[\u2e80-\u2fdf\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),
    ("Noto Sans SC", "Noto Sans CJK SC"),
)
WEB_FONTS = (ARABIC, CHINESE)
#: The page's font list: the inlined fonts (when there), the system's, the script fonts.
PAGE_FAMILIES = (
    f'"{ARABIC.family}", "{CHINESE.family}", system-ui, "Segoe UI", Roboto, "Helvetica Neue", '
    f"Arial, {SCRIPT_FAMILIES}, sans-serif"
)


def needs_arabic(text: str) -> bool:
    return ARABIC.letters.search(text) is not None


def needs_chinese(text: str) -> bool:
    return CHINESE.letters.search(text) is not None


@cache
def font_face(font: WebFont) -> str:
    """An ``@font-face`` rule with ``font`` as a data URI ("" if the file is missing)."""
    path = resources_dir() / "fonts" / "web" / font.file
    try:
        data = base64.b64encode(path.read_bytes()).decode("ascii")
    except OSError:
        return ""
    local = ", ".join(f'local("{name}")' for name in font.local_names)
    return (
        f'@font-face {{ font-family: "{font.family}"; font-style: normal; font-weight: 400 700;'
        f' src: {local}, url(data:font/woff2;base64,{data}) format("woff2");'
        f" unicode-range: {font.unicode_range}; }}"
    )


def with_script_fonts(html: str) -> str:
    """``html`` with the fonts its words need (Arabic, Chinese) inlined in its head."""
    faces = [font_face(f) for f in WEB_FONTS if f.letters.search(html)]
    faces = [face for face in faces if face]
    if not faces:
        return html
    return html.replace("</head>", f"<style>{' '.join(faces)}</style>\n</head>", 1)
