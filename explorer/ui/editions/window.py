"""View > Compare editions: two editions of the data on screen, side by side.

Why a window of its own: it answers a question of its own ("what did the new
edition change?") with three views that belong together: the revision map of
the indicator and year on screen, the table of every revised figure, and the
World and regions as each edition gives them, each figure with its N.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.core.data.breakdown import Breakdown
from explorer.core.data.values import format_number
from explorer.core.editions.compare import Revisions
from explorer.core.editions.pairing import edition_date
from explorer.core.editions.summaries import (
    edition_label,
    figures_of,
    map_directions,
    places_side_by_side,
    revision_rows,
)
from explorer.core.places.book import PlaceBook
from explorer.core.places.wording import signed_pct
from explorer.core.trace.places import all_names
from explorer.core.view.state import ViewState
from explorer.io.exports.revisions import write_revisions_file
from explorer.render.map.geometry import MapGeometry
from explorer.ui.common.plain_text import LINE_LIMIT, plain_label, shown, wrap
from explorer.ui.common.tables import fill_table, make_table
from explorer.ui.common.translations import count_text, interface_language, translate
from explorer.ui.editions.keeper import EditionsKeeper
from explorer.ui.editions.revision_map import RevisionMap, direction_words
from explorer.ui.editions.revision_table import RevisionTable


def _total(figures: tuple[float, int, int] | None) -> str:
    if figures is None:
        return translate("Editions", "no figures")
    total, n, m = figures
    return translate("Editions", "{total} (N={n} of {m})").format(
        total=format_number(total, interface_language()), n=count_text(n), m=count_text(m)
    )


def _change(figures: tuple[float | None, int] | None) -> str:
    if figures is None or figures[0] is None:
        return translate("Editions", "not computable")
    pct, n = figures
    return translate("Editions", "{pct} (N={n})").format(
        pct=signed_pct(pct, interface_language()), n=count_text(n)
    )


class EditionsWindow(QDialog):
    """Compare the current edition with another (see the module docstring)."""

    def __init__(
        self,
        keeper: EditionsKeeper,
        state: ViewState,
        book: PlaceBook,
        geometry: MapGeometry,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.keeper, self.state, self.book = keeper, state, book
        self.names = all_names(book)
        self.revisions: Revisions | None = None
        self.setObjectName("editions_window")
        self.setWindowTitle(translate("Editions", "Compare editions"))
        self.other_box, self.current_box = QComboBox(), QComboBox()
        self.heading = wrap(plain_label())
        self.heading.setStyleSheet("font-weight: bold;")
        self.map = RevisionMap(geometry)
        self.table = RevisionTable()
        self.export_button = QPushButton(translate("Editions", "&Export table…"))
        self.export_button.clicked.connect(self._ask_export)
        self.places_table = make_table(
            [translate("Editions", "Place"), "", "", "", ""],
            translate("Editions", "The World and regions in each edition"),
        )
        self.places_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.places_note = wrap(plain_label())
        self.tabs = QTabWidget()
        self.tabs.addTab(self.map, translate("Editions", "Revision map"))
        table_page = QWidget()
        column = QVBoxLayout(table_page)
        column.addWidget(self.table, 1)
        column.addWidget(self.export_button)
        self.tabs.addTab(table_page, translate("Editions", "Revised figures"))
        places_page = QWidget()
        column = QVBoxLayout(places_page)
        column.addWidget(self.places_table)
        column.addWidget(self.places_note)
        column.addStretch(1)
        self.tabs.addTab(places_page, translate("Editions", "World and regions"))
        pick = QHBoxLayout()
        for words, box in (
            (translate("Editions", "Current edition:"), self.current_box),
            (translate("Editions", "compared with:"), self.other_box),
        ):
            label = QLabel(words)
            label.setBuddy(box)  # a screen reader names the box by its label
            pick.addWidget(label)
            pick.addWidget(box)
        pick.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.resize(1100, 720)
        self._fill_boxes()
        self.current_box.activated.connect(self._current_chosen)
        self.other_box.activated.connect(lambda _i: self.refresh())
        for signal in (state.indicator_changed, state.year_changed, state.breakdown_changed):
            signal.connect(self.refresh)
        self.refresh()

    def _fill_boxes(self) -> None:
        editions = self.keeper.editions()
        current = self.keeper.current(editions)
        self.current_box.clear()
        for dataset in reversed(editions):
            self.current_box.addItem(edition_label(dataset), dataset.name)
        if current is not None:
            self.current_box.setCurrentIndex(self.current_box.findData(current.name))
        self._fill_other()

    def _fill_other(self) -> None:
        current = self.current_box.currentData()
        self.other_box.clear()
        for dataset in reversed(self.keeper.editions()):
            if dataset.name != current:
                self.other_box.addItem(edition_label(dataset), dataset.name)

    def _current_chosen(self, _index: int) -> None:
        self.keeper.choose(self.current_box.currentData())
        self._fill_other()
        self.refresh()

    def pair(self):
        """(older, newer) of the two editions chosen, or None."""
        editions = {d.name: d for d in self.keeper.editions()}
        chosen = [
            editions.get(self.current_box.currentData()),
            editions.get(self.other_box.currentData()),
        ]
        if None in chosen:
            return None
        return tuple(sorted(chosen, key=lambda d: (edition_date(d), d.name)))

    def refresh(self, *_: object) -> None:
        pair = self.pair()
        if pair is None:
            self.heading.setText(translate("Editions", "The workspace holds one edition only."))
            return
        older, newer = pair
        self.revisions = self.keeper.revisions(older, newer)
        indicator, year = self.state.indicator, self.state.year
        breakdown = self.state.breakdown
        counts = self.revisions.counts()
        self.heading.setText(
            translate(
                "Editions",
                "{new} against the {old}: {changed} figures changed, {added} new, {withdrawn} "
                "withdrawn, {same} unchanged. The map shows {indicator}, {breakdown}, {year}.",
            ).format(
                new=edition_label(newer),
                old=edition_label(older),
                changed=count_text(counts["changed"]),
                added=count_text(counts["new"]),
                withdrawn=count_text(counts["withdrawn"]),
                same=count_text(counts["unchanged"]),
                indicator=shown(indicator, LINE_LIMIT),
                breakdown=breakdown.label or translate("Editions", "total"),
                year=year,
            )
        )
        self._show_map(indicator, year, breakdown)
        self.table.set_table(revision_rows(self.revisions, self.names))
        self._show_places(older, newer, indicator, year)

    def _show_map(self, indicator: str, year: int, breakdown: Breakdown) -> None:
        directions = map_directions(self.revisions, indicator, year, breakdown)
        rows = figures_of(self.revisions.table, indicator, year, breakdown)
        detail = {
            r.iso3: translate("Editions", "{old} → {new} ({kind})").format(
                old=r.old or "-", new=r.new or "-", kind=direction_words(r.direction)
            )
            for r in rows.itertuples(index=False)
        }
        self.map.set_directions(directions, self.names, lambda iso3: detail.get(iso3, ""))

    def _show_places(self, older, newer, indicator: str, year: int) -> None:
        old_words, new_words = edition_label(older), edition_label(newer)
        self.places_table.setHorizontalHeaderLabels(
            [
                translate("Editions", "Place"),
                translate("Editions", "Total, {edition}").format(edition=old_words),
                translate("Editions", "Total, {edition}").format(edition=new_words),
                translate("Editions", "Change, {edition}").format(edition=old_words),
                translate("Editions", "Change, {edition}").format(edition=new_words),
            ]
        )
        rows = places_side_by_side(older, newer, self.book, indicator, year)
        fill_table(
            self.places_table,
            [
                (
                    shown(r.place),
                    _total(r.totals[0]),
                    _total(r.totals[1]),
                    _change(r.changes[0]),
                    _change(r.changes[1]),
                )
                for r in rows
            ],
        )
        self.places_note.setText(
            translate(
                "Editions",
                "{year}. Total: the sum of the exact figures of the N countries that reported "
                "one, of M in the place. Change since {previous}: over the N countries with an "
                "exact figure in both years, in that edition.",
            ).format(year=year, previous=int(year) - 1)
        )

    def export_table(self, path: str | Path) -> Path:
        """The revised figures (unchanged ones left out) as CSV or XLSX."""
        assert self.revisions is not None
        older, newer = self.pair()
        about = [
            ("compared", f"{edition_label(newer)} against the {edition_label(older)}"),
            ("old", older.provenance.source_line()),
            ("new", newer.provenance.source_line()),
            ("rule", "figures compared by value: 1757 and 1,757 are the same; <5 to 3 changed"),
        ]
        return write_revisions_file(self.revisions.revised(), path, self.names, about)

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("Editions", "Export revised figures"),
            "revisions.xlsx",
            translate("Editions", "Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        try:
            self.export_table(path)
        except OSError as error:
            QMessageBox.warning(self, translate("Editions", "Export revised figures"), str(error))
