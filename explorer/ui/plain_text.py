"""Show file-derived text as text, never as markup.

Why: Qt guesses rich text in QLabel and QToolTip, so a country or activity
name like ``<img src=x onerror=...>`` would be interpreted. Widgets call these
helpers instead of passing data strings straight to Qt (DESIGN.md section 5).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def plain_label(text: str = "", parent=None) -> QLabel:
    """A QLabel that always treats its text as plain text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def tooltip_html(text: str) -> str:
    """Tooltip markup that displays ``text`` literally, line breaks kept."""
    escaped = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<p style='white-space:pre'>{escaped}</p>"
