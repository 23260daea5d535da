"""The report's "Map to" boxes: what each unresolved label may become, typed or picked.

Why apart from the dialog: the boxes share one list of choices (every country
by name and code, and the classes "own nationals" and "unknown"), resolve
typed text to a code, and know which choices differ from the aliases the
workspace already holds; the dialog only places them in its table.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter

from explorer.ui.common.plain_text import LINE_LIMIT, shown
from explorer.ui.common.translations import translate
from explorer.ui.workspace.report_tables import AliasCombo, sort_key

CLASS_ITEMS = (
    (QT_TRANSLATE_NOOP("ImportReport", "Own nationals (DOMESTIC)"), "DOMESTIC"),
    (QT_TRANSLATE_NOOP("ImportReport", "Unknown (UNKNOWN)"), "UNKNOWN"),
)
CODE_ROLE = Qt.ItemDataRole.UserRole  #: alias result code of a "Map to" item


class AliasChoices:
    """The "Map to" boxes of one report, by raw label, and the choices they offer."""

    def __init__(self, names: Mapping[str, str], existing: dict[str, str], parent: QObject):
        #: raw label -> the alias the workspace already has for it
        self.existing = dict(existing)
        self.combos: dict[str, QComboBox] = {}
        self._names = names
        self._lookup: dict[str, str] = {}
        self.model = self._choice_model(parent)

    def _choice_model(self, parent: QObject) -> QStandardItemModel:
        """One item list shared by every box (500 copies of ~250 items would be slow).

        Also fills ``_lookup``: item text, country name and code (all
        case-folded) -> result code, so typed text resolves too.
        """
        model = QStandardItemModel(parent)

        def add(text: str, code: str) -> None:
            item = QStandardItem(text)
            item.setData(code, CODE_ROLE)
            model.appendRow(item)
            if code:
                self._lookup[text.casefold()] = code
                self._lookup[code.casefold()] = code

        add("", "")
        for text, code in CLASS_ITEMS:
            add(translate("ImportReport", text), code)
        for iso3, name in sorted(self._names.items(), key=lambda kv: (sort_key(kv[1]), kv[0])):
            add(f"{name} ({iso3})", iso3)
            self._lookup.setdefault(name.casefold(), iso3)
        # An existing alias to something not listed (a region, a retired code) stays choosable.
        for code in sorted(set(self.existing.values()) - set(self._lookup.values())):
            add(code, code)
        return model

    def combo(self, label: str, changed: Callable[[], None]) -> QComboBox:
        """The box for ``label``, showing its stored alias; ``changed`` runs on every edit."""
        combo = AliasCombo()
        combo.setAccessibleName(
            translate("ImportReport", "Map {label} to").format(label=shown(label, LINE_LIMIT))
        )
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setModel(self.model)
        combo.lineEdit().setPlaceholderText(translate("ImportReport", "leave unresolved"))
        completer = QCompleter(self.model, combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        existing = self.existing.get(label)
        index = combo.findData(existing, CODE_ROLE) if existing else 0
        combo.setCurrentIndex(max(index, 0))
        combo.currentTextChanged.connect(changed)
        self.combos[label] = combo
        return combo

    def choice(self, combo: QComboBox) -> str:
        """The result code a box stands for: a listed item, a country name or a code; else ""."""
        text = combo.currentText().strip()
        return self._lookup.get(text.casefold(), "") if text else ""

    def chosen(self) -> dict[str, str]:
        """``{raw label: result code}`` for every label with a non-empty choice."""
        chosen = {}
        for label, combo in self.combos.items():
            code = self.choice(combo)
            if code:
                chosen[label] = code
        return chosen

    def changed(self) -> bool:
        """Whether some choice differs from the alias the workspace holds."""
        return any(code != self.existing.get(label) for label, code in self.chosen().items())

    def stored(self, chosen: Mapping[str, str]) -> None:
        """The workspace now holds ``chosen``."""
        self.existing.update(chosen)
