"""A country's subregion and region as links to their place panels, in the country panel.

Why apart from the panel: the links must show whole in every language at the
panel's width ("Sous-région : Amérique latine et Caraïbes →" is wider than half
a 320-pixel panel), so each has a line of its own and, when even that is too
narrow, ends in "…" rather than being cut mid-letter; the whole words stay the
button's tooltip, accessible name and ``text()``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout, QWidget

from explorer.core.places.book import PlaceBook
from explorer.ui.common.plain_text import shown
from explorer.ui.common.translations import translate


class LinkButton(QPushButton):
    """A flat button that reads as a link; its words are elided to the width it gets."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        # A long (or hostile) region name is elided, never widens the panel.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(0)
        self.setStyleSheet("text-align: left; color: #1f5fa8; padding: 0;")
        self._words = ""

    def text(self) -> str:  # the whole words, whatever the width shows
        return self._words

    def setText(self, text: str) -> None:
        self._words = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(self.width() - 2, 0)
        shown_words = self.fontMetrics().elidedText(self._words, Qt.TextElideMode.ElideRight, room)
        super().setText(shown_words)


class PlaceLinks(QWidget):
    """ "Subregion: … →" and "Region: … →", one per line; a click asks for that place."""

    place_requested = Signal(str)

    def __init__(self, book: PlaceBook, parent=None) -> None:
        super().__init__(parent)
        self.book = book
        self.subregion_link = LinkButton()
        self.region_link = LinkButton()
        self._codes = {self.subregion_link: "", self.region_link: ""}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        for button in self._codes:
            column.addWidget(button)
            button.clicked.connect(lambda _checked=False, b=button: self._clicked(b))

    def show_country(self, iso3: str) -> None:
        """The links of ``iso3``'s subregion and region (hidden when it has none)."""
        sub, region = self.book.country_subregion(iso3), self.book.country_region(iso3)
        for button, place, words in (
            (self.subregion_link, sub, translate("DetailPanel", "Subregion: {name} \u2192")),
            (self.region_link, region, translate("DetailPanel", "Region: {name} \u2192")),
        ):
            self._codes[button] = place.code if place else ""
            button.setVisible(place is not None)
            button.setText(words.format(name=shown(place.name)) if place else "")

    def text(self) -> str:
        return "  ".join(b.text() for b in self._codes if b.text())

    def _clicked(self, button: LinkButton) -> None:
        if self._codes[button]:
            self.place_requested.emit(self._codes[button])
