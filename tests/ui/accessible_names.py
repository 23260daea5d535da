"""Which controls under a widget would a screen reader announce without a name.

A control is named by its accessible name, by a label whose buddy it is (Qt
reads the label), or, for a button, by its own visible text. Parts Qt builds
inside a control (a combo box's list, a spin box's text field, a table's
headers, a line edit's clear button) are the control's own and are not listed,
nor are hidden holders of data that can never take the focus, nor the helpers
Qt adds by itself (named ``qt_...``: a table's corner
button, a tool bar's overflow arrow).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSlider,
    QWidget,
)

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QSlider, QAbstractItemView)
INSIDE_A_CONTROL = (QComboBox, QAbstractSpinBox, QLineEdit)


def _buddied(root: QWidget) -> set[int]:
    return {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}


def _named(widget: QWidget, buddied: set[int]) -> bool:
    if widget.accessibleName().strip() or id(widget) in buddied:
        return True
    return isinstance(widget, QAbstractButton) and bool(widget.text().replace("&", "").strip())


def _part_of_a_control(widget: QWidget, root: QWidget) -> bool:
    if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, INSIDE_A_CONTROL):
            return True
        parent = parent.parentWidget()
    return False


def _never_a_control(widget: QWidget) -> bool:
    return widget.isHidden() and widget.focusPolicy() == Qt.FocusPolicy.NoFocus


def unnamed_controls(root: QWidget) -> list[str]:
    """``"QComboBox 'unit_box' under PageSize..."`` for each control without a name."""
    buddied = _buddied(root)
    offenders = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or _part_of_a_control(widget, root):
            continue
        if _never_a_control(widget):
            continue
        if not _named(widget, buddied):
            parent = widget.parentWidget()
            offenders.append(
                f"{type(widget).__name__} {widget.objectName()!r}"
                f" in {type(parent).__name__ if parent else None}"
                f" (tooltip {widget.toolTip()!r})"
            )
    return offenders
