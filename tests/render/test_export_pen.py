"""Outline pens of exports: thin borders stay on Qt's fast stroker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from explorer.render.map.fills import export_pen, outline_pen


def test_export_pens_keep_thin_borders_on_the_fast_stroker():
    """A 4K export's 1.2-px borders become 1-px hairlines; wide outlines keep their width."""
    screen = outline_pen(0.6)
    assert export_pen(screen, 1.0) is screen
    assert export_pen(screen, 2.0).widthF() == 1.0
    assert export_pen(screen, 1.2).widthF() == pytest.approx(0.72)
    wide = export_pen(screen, 4.0)
    assert wide.widthF() == pytest.approx(2.4)
    assert wide.joinStyle() == Qt.PenJoinStyle.BevelJoin
    assert wide.isCosmetic() and wide.color() == screen.color()
