"""Menu shortcuts read left to right in a right-to-left interface.

Why: Qt lays a menu item's shortcut out in the item's direction, so in Arabic
"Ctrl++" (zoom in) and "Ctrl+-" (zoom out), whose last characters are neutral,
are drawn "++Ctrl" and "-+Ctrl". A key combination is Latin text whatever the
interface language: this style draws each menu item's shortcut inside a
left-to-right isolate, and changes nothing else (a proxy of the app's style).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOptionMenuItem,
)

LRI, PDI = "\u2066", "\u2069"


def isolated_shortcut(text: str) -> str:
    """A menu item's "label<TAB>shortcut" with the shortcut isolated left to right."""
    label, tab, keys = text.partition("\t")
    if not tab or not keys or keys.startswith(LRI):
        return text
    return f"{label}\t{LRI}{keys}{PDI}"


class ShortcutsLeftToRight(QProxyStyle):
    """The app's style, its menu items' shortcuts isolated left to right."""

    def drawControl(self, element, option, painter, widget=None) -> None:
        if element == QStyle.ControlElement.CE_MenuItem and "\t" in option.text:
            option = QStyleOptionMenuItem(option)
            option.text = isolated_shortcut(option.text)
        super().drawControl(element, option, painter, widget)


def install_rtl_shortcuts(app: QApplication) -> bool:
    """Use :class:`ShortcutsLeftToRight` when the interface reads right to left."""
    if app.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return False
    base = QStyleFactory.create(app.style().name())  # the proxy owns its base: a copy
    app.setStyle(ShortcutsLeftToRight(base))
    return True
