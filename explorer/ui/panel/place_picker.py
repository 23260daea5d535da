"""Which place the place panel shows: the picker, Zoom, and the buttons of groups.

Why apart from the figures: choosing a place (the World, a region, a
subregion or a group of one's own, kept in step with ``state.place`` and the
groups of the workspace) is one idea; what the panel says of the chosen
place is another (:mod:`explorer.ui.panel.place`).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from explorer.core.places.book import WORLD, PlaceBook, PlaceKind
from explorer.core.view.state import ViewState
from explorer.ui.common.collation import ordered_places
from explorer.ui.common.plain_text import fit_combo, shown
from explorer.ui.common.translations import translate


class PlacePicker(QWidget):
    """The place chooser row and the group buttons under it."""

    #: The user asked to define a new group (None) or edit one (its name).
    group_requested = Signal(object)
    #: The user asked to frame the place on the map (its code).
    zoom_requested = Signal(str)
    #: The groups changed and the place shown may have gone: the figures must follow.
    places_changed = Signal()

    def __init__(self, state: ViewState, book: PlaceBook, parent=None) -> None:
        super().__init__(parent)
        self.state, self.book = state, book
        self.picker = fit_combo(
            QComboBox(accessibleName=translate("PlacePanel", "Place")), chars=16
        )
        self.zoom_button = QPushButton(translate("PlacePanel", "Zoom"))
        self.zoom_button.setToolTip(translate("PlacePanel", "Frame this place on the map"))
        self.new_group_button = QPushButton(translate("PlacePanel", "New group…"))
        self.new_group_button.setToolTip(
            translate("PlacePanel", "Pick countries and name a group of your own (e.g. ECOWAS)")
        )
        self.edit_group_button = QPushButton(translate("PlacePanel", "Edit group…"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picker, 1)
        row.addWidget(self.zoom_button)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.new_group_button)
        buttons.addWidget(self.edit_group_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addLayout(buttons)
        self.fill_picker()
        self.picker.activated.connect(self._picked)
        self.zoom_button.clicked.connect(lambda: self.zoom_requested.emit(self.state.place))
        self.new_group_button.clicked.connect(lambda: self.group_requested.emit(None))
        self.edit_group_button.clicked.connect(self._edit_group)
        book.groups_changed.connect(self._groups_changed)

    def current_code(self) -> str:
        """The place shown: ``state.place`` when the book has it, else the World."""
        return self.state.place if self.state.place in self.book else WORLD

    def fill_picker(self) -> None:
        self.picker.blockSignals(True)
        self.picker.clear()
        for place in ordered_places(self.book):
            indent = "    " if place.kind is PlaceKind.SUBREGION else ""
            text = place.name
            if place.kind is PlaceKind.GROUP:
                text = translate("PlacePanel", "{name} (group)").format(name=shown(place.name))
            self.picker.addItem(indent + text, place.code)
        self.picker.blockSignals(False)
        self.show_picked()

    def show_picked(self) -> None:
        """The picker and buttons as ``state.place`` says (Zoom and Edit where they apply)."""
        index = self.picker.findData(self.state.place)
        self.picker.blockSignals(True)
        self.picker.setCurrentIndex(max(index, 0))
        self.picker.blockSignals(False)
        place_kind = self.book.get(self.current_code()).kind
        self.edit_group_button.setEnabled(place_kind is PlaceKind.GROUP)
        self.zoom_button.setEnabled(place_kind is not PlaceKind.WORLD)

    def _picked(self, index: int) -> None:
        self.state.place = self.picker.itemData(index)

    def _groups_changed(self, _groups: object) -> None:
        if self.state.place not in self.book:
            self.state.place = WORLD
        self.fill_picker()
        self.places_changed.emit()

    def _edit_group(self) -> None:
        place = self.book.get(self.current_code())
        if place.kind is PlaceKind.GROUP:
            self.group_requested.emit(place.name)
