"""Alt+letter reaches one menu item: no two items of a menu (or of the menu bar) share
their mnemonic, in any of the six languages."""

from __future__ import annotations

import re

import pytest

from explorer.ui.window.app import LaunchOptions, build_window
from tests.ui.translated import translated

MNEMONIC = re.compile(r"&([^&])")


def _clashes(actions, where: str) -> list[str]:
    """The letters two or more of ``actions`` claim (sub-menus checked too)."""
    found: dict[str, list[str]] = {}
    clashes = []
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        letter = MNEMONIC.search(action.text())
        if letter:
            found.setdefault(letter.group(1).casefold(), []).append(action.text())
        if action.menu() is not None:
            clashes += _clashes(action.menu().actions(), action.text())
    clashes += [f"{where}: {texts}" for texts in found.values() if len(texts) > 1]
    return clashes


@pytest.mark.parametrize("lang", ["en", "ar", "zh_CN", "fr", "ru", "es"])
def test_no_two_items_of_a_menu_share_their_mnemonic(qtbot, tmp_path, lang):
    """The window as launched: with a workspace (File's and Datasets' items) and the
    menus added after it is built (View > Language, File > Open recent)."""
    from explorer.ui.window.installers import install_memory
    from explorer.ui.window.settings import AppSettings

    with translated(lang):
        window = build_window(LaunchOptions(workspace=tmp_path / "w.tfe-workspace"))
        qtbot.addWidget(window)
        install_memory(window, AppSettings())
        titles = [a.text() for a in window.view_menu.actions()]
        assert any("(&L)" in t or "&" in t for t in titles)
        assert not _clashes(window.menuBar().actions(), "menu bar")
