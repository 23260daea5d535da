"""Text and colours from data files made inert for an HTML page and its scripts.

Why: every text in the export (country names, indicator names, notes) comes
from files a user imported and is data, never markup. folium puts tooltip text
inside a JavaScript template literal, so backticks, ``$`` and backslashes are
escaped too; colours reach CSS and JavaScript, so only hex colours pass.
"""

from __future__ import annotations

import html
import re

FALLBACK_COLOUR = "#9e9e9e"

_HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")
#: Control characters (but tab, newline and carriage return): not allowed in HTML text.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def esc(text: object) -> str:
    """Text as inert HTML that is also safe inside a JavaScript template literal.

    Control characters (a NUL from a file) become U+FFFD, as a browser would
    show them, so the page is valid HTML.
    """
    return (
        html.escape(_CONTROLS.sub("\ufffd", str(text)), quote=True)
        .replace("`", "&#96;")
        .replace("$", "&#36;")
        .replace("\\", "&#92;")
    )


def safe_colour(value: object) -> str:
    """A hex colour or a neutral grey: colours reach CSS and JS, so nothing else may pass."""
    return value if isinstance(value, str) and _HEX_COLOUR.fullmatch(value) else FALLBACK_COLOUR
