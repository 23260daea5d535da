"""Layer rules that import-linter cannot express (it takes no subpackages of PySide6)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "explorer"


def _imports(folder: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (PACKAGE / folder).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
        found[str(path.relative_to(PACKAGE))] = names
    return found


def test_render_paints_without_widgets():
    offenders = {
        f: sorted(n for n in names if n.startswith("PySide6.QtWidgets"))
        for f, names in _imports("render").items()
    }
    assert not {f: n for f, n in offenders.items() if n}


def test_render_uses_only_qtcore_qtgui_qtsvg():
    allowed = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtSvg"}
    used = {n for names in _imports("render").values() for n in names if n.startswith("PySide6")}
    assert used <= allowed, used - allowed
