"""Generate ``resources/fonts``: subsets of Noto Sans Arabic and Noto Sans CJK SC.

Why shipped fonts: a machine without Arabic or Chinese fonts (most minimal Linux
installs, the offscreen export on a server) draws empty boxes for those texts, in
the window and in the PNG, SVG and PDF exports. The app registers these fonts at
start (``explorer/render/fonts.py``) and makes them the fallback for their scripts.

Why subsets: Noto Sans CJK SC is ~16 MB per weight. The Chinese subset keeps the
whole GB2312 character set (levels 1 and 2: 6,763 hanzi, plus its punctuation,
full-width forms, kana, Greek and Cyrillic), the CJK punctuation and full-width
blocks, ASCII, the CLDR Chinese country and territory names and the characters
of the Chinese translation file: a character-set subset covers any everyday UI
text and does not wait for the translators. Arabic keeps every Arabic block
(with all OpenType layout features: joining forms and ligatures shape the text).
Hinting is dropped (the app paints antialiased text; it halves the CJK size).

Source: Debian's ``fonts-noto-core`` and ``fonts-noto-cjk`` packages (SIL Open
Font License 1.1), extracted without installing them::

    apt-get download fonts-noto-core fonts-noto-cjk
    for d in fonts-noto-*.deb; do dpkg-deb -x "$d" noto; done
    .venv/bin/python resources/build_fonts.py noto

The output is committed; the build needs fontTools (not an app dependency).

The HTML export embeds smaller WOFF2 copies (``fonts/web``), made from the subsets
above by ``.venv/bin/python resources/build_fonts.py web`` (WOFF2 needs the
``brotli`` package at build time only: ``pip install --target /tmp/brotli brotli``
and ``PYTHONPATH=/tmp/brotli``). Arabic: the whole subset (about 50 KB). Chinese:
only the characters of the CLDR Chinese place names and of the Chinese translations,
what an exported page is made of (about 210 KB; other characters fall back to the
browser's fonts). Run it again after the translations change.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

OUT = Path(__file__).resolve().parent / "fonts"
TRANSLATIONS = Path(__file__).resolve().parent / "translations"

ARABIC_RANGES = [
    (0x0020, 0x007E),  # ASCII (digits, punctuation inside Arabic text)
    (0x00A0, 0x00A0),
    (0x0600, 0x06FF),  # Arabic
    (0x0750, 0x077F),  # Arabic Supplement
    (0x08A0, 0x08FF),  # Arabic Extended-A
    (0x200B, 0x200F),  # zero-width (non-)joiner, direction marks
    (0x2010, 0x2027),  # dashes, quotes, ellipsis
    (0x25CC, 0x25CC),  # dotted circle (lone marks)
    (0xFB50, 0xFDFF),  # presentation forms A
    (0xFE70, 0xFEFF),  # presentation forms B
]
CJK_RANGES = [
    (0x0020, 0x007E),
    (0x00A0, 0x00FF),
    (0x2000, 0x206F),  # general punctuation
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF00, 0xFFEF),  # half-width and full-width forms
]


def gb2312() -> set[int]:
    """Every character of GB2312 (rows 1-9 symbols, rows 16-87 hanzi levels 1 and 2)."""
    found = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                text = bytes([row, cell]).decode("gb2312")
            except UnicodeDecodeError:
                continue
            found.update(ord(c) for c in text)
    return found


def chinese_names() -> set[int]:
    """Characters of the CLDR Chinese territory names and of the Chinese translations."""
    from babel import Locale

    text = "".join(Locale.parse("zh_Hans").territories.values())
    for ts in TRANSLATIONS.glob("explorer_zh*.ts"):
        text += "".join(re.findall(r"<translation[^>]*>([^<]*)<", ts.read_text("utf-8")))
    return {ord(c) for c in text}


def _ranges(ranges: list[tuple[int, int]]) -> set[int]:
    return {code for low, high in ranges for code in range(low, high + 1)}


def _subset(font: TTFont, unicodes: set[int], out: Path) -> None:
    options = subset.Options()
    options.layout_features = ["*"]  # Arabic joining and ligatures, CJK locl/vert
    options.hinting = False
    options.name_IDs = ["*"]  # keep the licence and copyright records
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(unicodes & set(font.getBestCmap())))
    subsetter.subset(font)
    font.save(out)
    print(f"{out.name}: {len(font.getBestCmap())} characters, {out.stat().st_size:,} bytes")


def write_licence(source: Path) -> None:
    """``OFL.txt``: the fonts' copyright lines and the SIL Open Font License 1.1 text."""
    (copyright_file,) = source.rglob("fonts-noto-core/copyright")
    lines = copyright_file.read_text("utf-8").split("\nLicense: OFL-1.1\n")[-1].splitlines()
    body = []
    for line in lines:
        if not line.startswith(" "):
            break
        body.append("" if line[1:] == "." else line[1:])
    head = [
        "Fonts shipped in this folder (subsets; see resources/build_fonts.py):",
        "",
        "Noto Sans Arabic (Regular, Bold): Copyright 2015-2020 Google LLC.",
        "Noto Sans CJK SC (Regular): Copyright 2014-2021 Adobe (http://www.adobe.com/),",
        "with Reserved Font Name 'Source'.",
        "",
        "They are licensed under the SIL Open Font License, Version 1.1:",
        "https://openfontlicense.org",
        "",
        "SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007",
        "",
    ]
    (OUT / "OFL.txt").write_text("\n".join([*head, *body]) + "\n", "utf-8")


WEB = OUT / "web"
WEB_ARABIC = "NotoSansArabic-Regular.woff2"
WEB_CHINESE = "NotoSansSC-Regular-names.woff2"
#: The CJK blocks the Chinese web font serves (its @font-face ``unicode-range`` too).
WEB_CJK_RANGES = [
    (0x2E80, 0x2FDF),  # radicals
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3400, 0x4DBF),  # extension A
    (0x4E00, 0x9FFF),  # unified ideographs
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0xFF00, 0xFFEF),  # half-width and full-width forms
]


def web_fonts() -> None:
    """``fonts/web``: WOFF2 copies for the HTML export, made from the shipped subsets."""
    WEB.mkdir(exist_ok=True)
    arabic = TTFont(OUT / "NotoSansArabic-Regular.ttf")
    arabic.flavor = "woff2"
    arabic.save(WEB / WEB_ARABIC)
    print(f"{WEB_ARABIC}: {(WEB / WEB_ARABIC).stat().st_size:,} bytes")
    font = TTFont(OUT / "NotoSansCJKsc-Regular-subset.otf")
    font.flavor = "woff2"
    _subset(font, (chinese_names() | chinese_dates()) & _ranges(WEB_CJK_RANGES), WEB / WEB_CHINESE)


def chinese_dates() -> set[int]:
    """Characters of CLDR's Chinese dates ("2026年12月6日"): the export's date line."""
    from babel import Locale

    locale = Locale.parse("zh_Hans")
    text = "".join(str(p) for p in locale.date_formats.values())
    text += "".join(locale.months["format"]["wide"].values())
    text += "".join(locale.days["format"]["wide"].values())
    return {ord(c) for c in text}


def main(source: Path) -> None:
    OUT.mkdir(exist_ok=True)
    write_licence(source)
    arabic = _ranges(ARABIC_RANGES)
    for weight in ("Regular", "Bold"):
        (ttf,) = source.rglob(f"NotoSansArabic-{weight}.ttf")
        _subset(TTFont(ttf), arabic, OUT / f"NotoSansArabic-{weight}.ttf")
    # Chinese: Regular only (3 MB; Bold would add as much): Qt emboldens it for bold text.
    chinese = gb2312() | chinese_names() | _ranges(CJK_RANGES)
    (ttc,) = source.rglob("NotoSansCJK-Regular.ttc")
    (sc,) = [f for f in TTCollection(ttc).fonts if f["name"].getDebugName(1) == "Noto Sans CJK SC"]
    _subset(sc, chinese, OUT / "NotoSansCJKsc-Regular-subset.otf")


if __name__ == "__main__":
    if sys.argv[1:] == ["web"]:
        web_fonts()
    else:
        main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("noto"))
