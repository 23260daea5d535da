"""Text from files as a picture or widget shows it: controls visible, no bidi overrides, elided.

Why in core: the window's labels and every exported picture (drawn without
any widget) must show a hostile name the same harmless way; the rules are
plain Python (DESIGN.md section 5). The data itself is never changed.
"""

from __future__ import annotations

import re

#: Longest name or title a label shows (characters) before eliding with "…".
NAME_LIMIT = 300
#: Longest free text (a description, a caveat) a label shows before eliding.
TEXT_LIMIT = 2000
#: Longest line of a menu entry, a title or a status-bar text.
LINE_LIMIT = 120
#: Longest line of a tooltip (80 wide letters are about 950 pixels).
TOOLTIP_LIMIT = 80
ELLIPSIS = "\u2026"

#: C0 controls (but tab and newline) and DEL as their visible Unicode symbols: NUL -> "␀".
_CONTROLS = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)} | {0x7F: 0x2421}
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def elide(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, the last one an ellipsis when cut."""
    return text if len(text) <= limit else text[: max(limit - 1, 0)] + ELLIPSIS


def shown(text: object, limit: int = NAME_LIMIT) -> str:
    """Data text as a widget shows it (plain text); the value in the data stays whole.

    Controls become visible symbols (NUL is "␀"); bidi embedding, override
    and isolate controls (U+202A-U+202E, U+2066-U+2069) are left out, so a
    right-to-left override can neither reverse the name it hides in nor run
    on into the words around it (letters keep their own direction: Arabic and
    Hebrew names still read right to left); text over ``limit`` characters is
    elided.
    """
    text = str(text)
    if text.isascii() and text.isprintable():  # most text: nothing to hide or show
        return elide(text, limit)
    return _BIDI_CONTROLS.sub("", elide(text, limit)).translate(_CONTROLS)
