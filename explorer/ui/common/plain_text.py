"""Show file-derived text as text, never as markup, and never at a size that breaks a layout.

Why: Qt guesses rich text in QLabel and QToolTip, so a country or activity
name like ``<img src=x onerror=...>`` would be interpreted. Widgets call these
helpers instead of passing data strings straight to Qt (DESIGN.md section 5).

Why :func:`shown` as well: a file may also hold NUL and other control
characters, a right-to-left override (U+202E) that would reverse the text
around it, or a 10,000-character name without a space. What a widget shows is
made harmless here (controls as visible symbols, direction overrides and
isolates left out, long text elided, long words cut at a label's edge); the data itself
is never changed, and exports of data keep every character.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # QtGui's Qt namespace has mightBeRichText
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy

from explorer.core.data.shown_text import (  # noqa: F401  (the names widgets use)
    ELLIPSIS,
    LINE_LIMIT,
    NAME_LIMIT,
    TEXT_LIMIT,
    TOOLTIP_LIMIT,
    elide,
    shown,
)


def menu_text(text: object, limit: int = LINE_LIMIT) -> str:
    """Data text for a menu entry or button: shown on one line, ``&`` not a mnemonic."""
    return shown(" ".join(str(text).split()), limit).replace("&", "&&")


def plain_label(text: str = "", parent=None) -> QLabel:
    """A QLabel that always treats its text as plain text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def wrap(label: QLabel) -> QLabel:
    """Word-wrap ``label`` and let its layout give it less width than its longest word.

    Why: a word-wrapped label asks for the width of its longest word, so a
    10,000-character name without a space would widen its panel or dialog
    far beyond the screen; this way such a word is cut at the label's edge
    (and elided by :func:`shown` long before), and ordinary text wraps as before.
    """
    label.setWordWrap(True)
    policy = label.sizePolicy()  # keeps the word wrap's height-for-width
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label.setSizePolicy(policy)
    return label


def tooltip_html(text: str, limit: int = TOOLTIP_LIMIT) -> str:
    """Tooltip markup that displays ``text`` literally, line breaks kept, long lines elided."""
    lines = (html.escape(shown(line, limit), quote=False) for line in str(text).split("\n"))
    return f"<p style='white-space:pre'>{'<br>'.join(lines)}</p>"


def _escaped_paragraph(text: str) -> str:
    escaped = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"


def literal_text(text: object) -> str:
    """Text for a Qt surface that guesses markup, shown literally whatever a file put in it.

    For QMessageBox's static functions and one-line tooltips (a path, a name).
    Why: they guess rich text from the first line, so a message naming a
    dataset called ``<img src=x>`` would be drawn as markup. Text Qt would take
    for markup is given as escaped HTML instead; other text is left as it is
    (elided, controls visible), so ordinary messages read and compare the same.
    """
    out = shown(text, TEXT_LIMIT)
    return _escaped_paragraph(out) if GuiQt.mightBeRichText(out) else out


def fit_combo(box: QComboBox, chars: int = 24) -> QComboBox:
    """Size a combo box by ``chars`` characters, not by its longest item (data may be long)."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(chars)
    return box


#: Left-to-right isolate and its end: a path keeps its order inside right-to-left text.
LRI, PDI = "\u2066", "\u2069"


def shown_path(path: object, limit: int = 4 * LINE_LIMIT) -> str:
    """A file path for a message (:func:`shown`), kept left to right in a right-to-left
    interface: in Arabic, "/work/out/map.png" would otherwise read "map.png/out/work/"."""
    from PySide6.QtGui import QGuiApplication

    text = shown(str(path), limit)
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return f"{LRI}{text}{PDI}"
    return text
