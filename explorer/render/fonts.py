"""The shipped fonts: Arabic and Chinese text drawn right on a machine without such fonts.

Why here: the window and the headless export (PNG, SVG, PDF) draw the same texts
with Qt; on a system without an Arabic or Chinese font Qt has nothing to draw them
with and shows empty boxes. The app ships subsets of Noto Sans Arabic and Noto
Sans CJK SC (``resources/fonts``, SIL Open Font License 1.1; how they are cut:
``resources/build_fonts.py``) and, at start, registers them with
:class:`QFontDatabase` and makes them the fallbacks of the application font:

- the application font's family list gets them after its own family, so every
  ``QFont()`` of the window and of the export painters falls back to them for
  characters its first family lacks;
- the default families ("Sans Serif", the system's default) get them as
  substitutions, for fonts built from a family name alone.

Call :func:`register_fonts` once a ``QGuiApplication`` exists, before any text
is drawn; a second call does nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from explorer.core.geo.locations import resources_dir

#: The shipped families, in the order they are tried after the application's own.
ARABIC = "Noto Sans Arabic"
CHINESE = "Noto Sans CJK SC"
FAMILIES = (ARABIC, CHINESE)
#: (font, weights, version, licence) of the shipped fonts, for the About dialog.
SHIPPED = (
    (ARABIC, "Regular, Bold", "2.005", "OFL-1.1"),
    (f"{CHINESE} (GB2312 subset)", "Regular", "2.004", "OFL-1.1"),
)
_REGISTERED = "explorer_fonts_registered"  # a property of the application
log = logging.getLogger(__name__)


def fonts_dir() -> Path:
    """Where the shipped font files and their licence (``OFL.txt``) are."""
    return resources_dir() / "fonts"


def licence_file() -> Path:
    """The SIL Open Font License 1.1 text and the fonts' copyright lines."""
    return fonts_dir() / "OFL.txt"


def font_files() -> list[Path]:
    folder = fonts_dir()
    return sorted([*folder.glob("*.ttf"), *folder.glob("*.otf")])


def register_fonts(app: QGuiApplication | None = None) -> list[str]:
    """Register the shipped fonts and make them the application font's fallbacks.

    Returns the families registered (empty on a second call, or when the fonts
    are missing from an incomplete installation: text then falls back to the
    system's fonts as before).
    """
    app = app or QGuiApplication.instance()
    if app is None or app.property(_REGISTERED):
        return []
    app.setProperty(_REGISTERED, True)
    families: list[str] = []
    for path in font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font not loaded: %s", path)
            continue
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    if not families:
        return []
    fallbacks = [f for f in FAMILIES if f in families]
    font = QGuiApplication.font()
    # A generic name ("Sans Serif") is no family of the database: a family list would
    # skip it and draw Latin text with the fallbacks; the family it resolves to stays first.
    resolved = QFontInfo(font).family()
    own = [f for f in font.families() or [font.family()] if f not in fallbacks]
    if resolved and resolved not in own and resolved not in fallbacks:
        own.insert(0, resolved)
    font.setFamilies([*own, *fallbacks])
    QGuiApplication.setFont(font)
    for family in own:
        QFont.insertSubstitutions(family, fallbacks)
    return families
