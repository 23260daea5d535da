"""Show a dialog so the keyboard goes to it: window-modal, active, focus inside.

Why: a dialog shown plainly (``show()``) may open without the keyboard
focus, and Tab then keeps walking the window behind it, unseen. Window-modal
(as ``QDialog.open``) blocks the window behind it, but not the app's other
windows (the side-by-side maps, the editions window); the dialog is made the
active window, and its first control takes the focus, so Tab cycles inside it.
Dialogs still return at once (no nested event loop, unlike ``exec``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog


def show_modal(dialog: QDialog) -> QDialog:
    """Show ``dialog`` window-modal with the keyboard focus inside it; returns it."""
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    focus = dialog.focusWidget()
    if focus is None or not dialog.isAncestorOf(focus):
        dialog.focusNextChild()  # the first control of the dialog's tab chain
    return dialog
