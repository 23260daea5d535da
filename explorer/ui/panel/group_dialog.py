"""Define or edit a group of countries ("ECOWAS", "EU-27"): a place of the user's own.

Why a dialog of its own: groups are how desk officers think about their
work (a regional economic community, a project's countries); picking 15 of
240 countries needs a filter, whole regions at a click and a running count.
The group is stored in the workspace with the datasets and travels with it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from explorer.core.places.book import PlaceBook, PlaceKind, place_code
from explorer.ui.common.collation import by_name, ordered_places
from explorer.ui.common.plain_text import plain_label, shown, wrap
from explorer.ui.common.translations import translate


class PlaceGroupDialog(QDialog):
    """Name a group and tick its countries; Save stores it in ``book`` (and so the workspace)."""

    def __init__(
        self, book: PlaceBook, names: Mapping[str, str], group: str | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.book, self.original = book, group
        self.setWindowTitle(
            translate("PlaceGroupDialog", "Edit group")
            if group
            else translate("PlaceGroupDialog", "New group of countries")
        )
        self.name_edit = QLineEdit(
            group or "", accessibleName=translate("PlaceGroupDialog", "Group name")
        )
        self.name_edit.setPlaceholderText(translate("PlaceGroupDialog", "e.g. ECOWAS"))
        self.filter_edit = QLineEdit(
            accessibleName=translate("PlaceGroupDialog", "Filter countries")
        )
        self.filter_edit.setPlaceholderText(translate("PlaceGroupDialog", "Type to filter"))
        self.list = QListWidget()
        self.list.setAccessibleName(translate("PlaceGroupDialog", "Countries"))
        chosen = book.get(place_code(PlaceKind.GROUP, group)).members if group else frozenset()
        for code in by_name(book.codes, lambda c: names.get(c, c), book.lang):
            item = QListWidgetItem(f"{shown(names.get(code, code))} ({code})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked
            item.setCheckState(checked)
            self.list.addItem(item)
        self.region_box = QComboBox(
            accessibleName=translate("PlaceGroupDialog", "Region or subregion to add")
        )
        for place in ordered_places(book):
            if place.kind in (PlaceKind.REGION, PlaceKind.SUBREGION):
                indent = "    " if place.kind is PlaceKind.SUBREGION else ""
                self.region_box.addItem(indent + place.name, place.code)
        self.add_button = QPushButton(translate("PlaceGroupDialog", "Tick all of it"))
        self.count_label = plain_label()
        self.message = wrap(plain_label())
        self.message.setStyleSheet("color: #b2182b;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.delete_button = None
        if group:
            self.delete_button = buttons.addButton(
                translate("PlaceGroupDialog", "Delete group"),
                QDialogButtonBox.ButtonRole.DestructiveRole,
            )
            self.delete_button.clicked.connect(self.delete)
        form = QFormLayout()
        form.addRow(translate("PlaceGroupDialog", "Name"), self.name_edit)
        form.addRow(translate("PlaceGroupDialog", "Filter"), self.filter_edit)
        adding = QHBoxLayout()
        adding.addWidget(self.region_box, 1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addLayout(adding)
        layout.addWidget(self.count_label)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(420, 560)
        self.filter_edit.textChanged.connect(self._filter)
        self.add_button.clicked.connect(self._tick_region)
        self.list.itemChanged.connect(self._count)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self._count()

    def members(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, codes: set[str]) -> None:
        """Tick ``codes`` (keeps the others as they are)."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in codes:
                item.setCheckState(Qt.CheckState.Checked)

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def _tick_region(self) -> None:
        code = self.region_box.currentData()
        if code:
            self.set_checked(set(self.book.get(code).members))

    def _count(self, *_: object) -> None:
        self.count_label.setText(
            translate("PlaceGroupDialog", "Countries ticked: {n}").format(n=len(self.members()))
        )

    def save(self) -> bool:
        """Store the group; False (and a message in the dialog) when it cannot be."""
        name = " ".join(self.name_edit.text().split())
        members = self.members()
        if not name:
            self.message.setText(translate("PlaceGroupDialog", "Give the group a name."))
            return False
        if not members:
            self.message.setText(translate("PlaceGroupDialog", "Tick at least one country."))
            return False
        taken = {p.name.casefold() for p in self.book.groups()} - {(self.original or "").casefold()}
        if name.casefold() in taken:
            self.message.setText(
                translate("PlaceGroupDialog", "There is already a group called {name}.").format(
                    name=shown(name)
                )
            )
            return False
        if self.original and self.original != name:
            self.book.remove_group(self.original)
        self.book.set_group(name, members)
        self.saved_name = name
        self.accept()
        return True

    def delete(self) -> None:
        if self.original:
            self.book.remove_group(self.original)
        self.accept()
