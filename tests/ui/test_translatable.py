"""Every text the UI shows goes through translate: no bare English literal reaches a widget.

The guard reads explorer/ui/*.py and fails on a string literal (or f-string,
or ``"...".format``) with letters passed straight to a Qt text setter or
constructor: window titles, menus and actions, labels, buttons, tooltips,
status tips and messages, placeholders, accessible names, message boxes,
form rows and tabs. Wrapped texts (``translate(...)``, ``QCoreApplication.
translate(...)``, ``tr(...)``) and data passed as variables pass. The
allowlist names the few literals that are not language, with the reason.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from explorer.ui.common import core_texts

UI = Path(__file__).resolve().parents[2] / "explorer" / "ui"

#: Methods whose text arguments a user reads.
SETTERS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setInformativeText",
    "setDetailedText",
    "setSpecialValueText",
    "setFormat",
    "setLabelText",
    "showMessage",
    "addAction",
    "addMenu",
    "addSection",
    "addTab",
    "addRow",
    "addButton",
    "make_table",
}
#: Widgets and actions whose first argument is a text.
CONSTRUCTORS = {
    "QAction",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QMenu",
    "QToolBar",
    "QToolButton",
    "QDockWidget",
}
MESSAGE_BOXES = {"information", "warning", "critical", "question", "about"}
#: Keyword arguments that set a shown text.
TEXT_KEYWORDS = {
    "text",
    "toolTip",
    "statusTip",
    "placeholderText",
    "accessibleName",
    "accessibleDescription",
    "windowTitle",
    "specialValueText",
    "title",
}
#: (file, literal): why it is not translated.
ALLOWED: dict[tuple[str, str], str] = {}


def _has_letters(node: ast.AST) -> str | None:
    """The English text of a bare literal argument, or None if it is not one."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if any(c.isalpha() for c in node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
        text = "".join(str(p) for p in parts)
        return text if any(c.isalpha() for c in text) else None
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
    ):
        return _has_letters(node.func.value)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _has_letters(node.left) or _has_letters(node.right)
    if isinstance(node, ast.List | ast.Tuple):
        found = [_has_letters(element) for element in node.elts]
        return next((f for f in found if f), None)
    return None


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _texts_of(call: ast.Call) -> list[ast.AST]:
    """The arguments of ``call`` that a user would read, if it is a text setter."""
    name = _call_name(call)
    func = call.func
    args: list[ast.AST] = []
    if name in SETTERS or name in CONSTRUCTORS:
        args = list(call.args[:1])
    elif (
        name in MESSAGE_BOXES
        and isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id == "QMessageBox"
    ):
        args = list(call.args[1:3])
    elif (
        name == "__init__"
        and isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Call)
        and _call_name(func.value) == "super"
    ):
        args = list(call.args[:1])  # a dock's or a dialog's title given to its base class
    args += [k.value for k in call.keywords if k.arg in TEXT_KEYWORDS]
    return args


def untranslated(path: Path) -> list[tuple[int, str]]:
    """(line, literal) of every bare text handed to a Qt text setter in ``path``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        for arg in _texts_of(node):
            text = _has_letters(arg)
            if text and (path.name, text) not in ALLOWED:
                found.append((arg.lineno, text))
    return found


@pytest.mark.parametrize("path", sorted(UI.rglob("*.py")), ids=lambda p: str(p.relative_to(UI)))
def test_no_bare_text_reaches_a_widget(path):
    assert untranslated(path) == [], (
        f"wrap these in translate(context, text) (explorer.ui.common.translations): {path.name}"
    )


def test_the_guard_catches_a_bare_menu_title_and_a_message(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        "menu = bar.addMenu('&File')\n"
        "QMessageBox.warning(w, 'Oops', f'{name} failed')\n"
        "action = QAction('Quit', w)\n"
        "box = QComboBox(accessibleName='Year')\n"
        "label.setText('Total: {n}'.format(n=n))\n"
        "super().__init__('Country', parent)\n"
        "ok = bar.addMenu(translate('X', '&File'))\n"
        "fine = label.setText(name)\n"
        "sep = row.addRow('', widget)\n",
        encoding="utf-8",
    )
    assert [line for line, _text in untranslated(bad)] == [1, 2, 2, 3, 4, 5, 6]


def test_core_texts_are_still_the_cores_words():
    from explorer.core.data.breakdown import _AGE_LABELS, _SEX_AGE_LABELS, _SEX_LABELS, FORMS
    from explorer.core.data.values import NO_DATA
    from explorer.core.view.data import DISCLAIMER, SYNTHETIC_MARK
    from explorer.core.view.export_spec import PRESETS

    words = {DISCLAIMER, SYNTHETIC_MARK, NO_DATA, "Total", *FORMS}
    words |= set(_SEX_LABELS.values()) | set(_AGE_LABELS.values()) | set(_SEX_AGE_LABELS.values())
    words |= {p.name for p in PRESETS}
    from explorer.core.places.wording import RULES

    words |= {heading for heading, _ in RULES} | {text for _, text in RULES}
    from explorer.core.places.levels import LEVEL_RULES

    words |= set(LEVEL_RULES)
    words.discard("Other")  # _SEX_LABELS maps "Other" to "Other sex"
    from explorer.core.view.choropleth import ChoroplethBuilder

    # The legend's own words, as core writes them (render.page.legend.entry_text).
    source = Path(sys.modules[ChoroplethBuilder.__module__].__file__).read_text(encoding="utf-8")
    assert 'LegendEntry("No data"' in source and 'f"Suppressed (<{bound})"' in source
    words |= {"No data", "Suppressed (<{n})"}
    from explorer.core.view.colour_vision import VISION_TITLES

    words |= set(VISION_TITLES.values())
    assert words - set(core_texts.MARKED) == set()
    assert set(core_texts.MARKED) - words == set(), "a marked text core no longer uses"


def test_the_legend_s_own_words_follow_the_language_and_data_words_do_not(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from explorer.core.view.fill import CLASS, NO_DATA, SUPPRESSED_KIND, LegendEntry
    from explorer.render.page.legend import entry_text

    class Pretend(QTranslator):  # every core text marked, as a translation would
        def translate(self, context, source, disambiguation=None, n=-1):
            return f"[{source}]" if context == "CoreTexts" else ""

    translator = Pretend()
    QCoreApplication.installTranslator(translator)
    try:
        assert entry_text(LegendEntry("No data", "#ddd", NO_DATA)) == "[No data]"
        assert entry_text(LegendEntry("Suppressed (<10)", "#ccc", SUPPRESSED_KIND)) == (
            "[Suppressed (<10)]"
        )
        assert entry_text(LegendEntry("No data", "#f00", CLASS)) == "No data"  # a data label
    finally:
        QCoreApplication.removeTranslator(translator)
