"""Right to left: the legends and the exported page mirror for Arabic (and any RTL language).

Why one place: the window's legends, the first frame and the PNG, SVG and PDF
pages are drawn by the same painters; they follow the application's layout
direction (set from the language, :mod:`explorer.ui.common.translations`), so
the window and its exports always agree. Painters lay out left to right and
mirror their x coordinates through :func:`mirror_x` / :func:`mirror_rect`.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication


def right_to_left() -> bool:
    """Whether the application lays out right to left (False without an application)."""
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def mirror_x(x: float, box: QRectF, rtl: bool) -> float:
    """``x`` mirrored about ``box``'s vertical centre line when ``rtl``."""
    return box.left() + box.right() - x if rtl else x


def mirror_rect(rect: QRectF, box: QRectF, rtl: bool) -> QRectF:
    """``rect`` mirrored inside ``box`` when ``rtl`` (its width unchanged)."""
    if not rtl:
        return QRectF(rect)
    return QRectF(box.left() + box.right() - rect.right(), rect.top(), rect.width(), rect.height())


def text_align(rtl: bool) -> Qt.AlignmentFlag:
    """Start-of-line alignment: right for right to left, else left (vertically centred)."""
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignVCenter
