"""The search box's suggestion list: matched on folded keys, shown as the names are written.

Why not QCompleter's own filter: it compares the typed text with the shown entry
letter for letter, case aside, so "egyp" never suggested "Égypte", "cote d" never
"Côte d\u2019Ivoire", and an English name typed in a French interface suggested nothing,
although Enter found all three. Here each row carries, under :data:`KEY_ROLE`, the
keys Enter's search uses (the shown name, the English name and the code, folded by
the finder's own function), and the typed text is folded the same way before the
completer looks for it inside them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter

#: The role holding a row's folded keys, one per line (a folded query has no line break,
#: so a match never runs from one key into the next).
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class FoldedCompleter(QCompleter):
    """A completer that folds the typed text and puts the shown entry, not its keys, in
    the field."""

    def __init__(self, fold: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fold = fold

    def splitPath(self, path: str) -> list[str]:
        return [self._fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


def country_completer(
    rows: Sequence[tuple[str, Sequence[str]]],
    fold: Callable[[str], str],
    parent: QObject | None = None,
) -> FoldedCompleter:
    """A popup completer over ``rows`` of (entry shown, folded keys), in their order; a
    row is suggested when the folded text typed is inside one of its keys."""
    model = QStandardItemModel(parent)
    for entry, keys in rows:
        item = QStandardItem(entry)
        item.setData("\n".join(keys), KEY_ROLE)
        item.setEditable(False)
        model.appendRow(item)
    completer = FoldedCompleter(fold, parent)
    completer.setModel(model)
    completer.setCompletionRole(KEY_ROLE)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer
