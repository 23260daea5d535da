"""Assistance activities of one country: a sortable, filterable table and the full record.

Why a model and a proxy: sorting and filtering (kind, theme, status, period,
partner, free text) stay in Qt's item views, which are fast and keyboard
accessible; every cell is returned as plain text, so a title such as
``<b>x</b><img src=x onerror=alert(1)>`` shows exactly those characters.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.core.data.schema import ACTIVITY_KINDS
from explorer.ui.common.plain_text import (
    LINE_LIMIT,
    TEXT_LIMIT,
    fit_combo,
    plain_label,
    shown,
    tooltip_html,
    wrap,
)
from explorer.ui.common.translations import translate

COLUMNS = ("title", "kind", "themes", "status", "start", "end", "partners")
HEADERS = (
    QT_TRANSLATE_NOOP("ActivitiesView", "Title"),
    QT_TRANSLATE_NOOP("ActivitiesView", "Kind"),
    QT_TRANSLATE_NOOP("ActivitiesView", "Themes"),
    QT_TRANSLATE_NOOP("ActivitiesView", "Status"),
    QT_TRANSLATE_NOOP("ActivitiesView", "Start"),
    QT_TRANSLATE_NOOP("ActivitiesView", "End"),
    QT_TRANSLATE_NOOP("ActivitiesView", "Partners"),
)
ANY = QT_TRANSLATE_NOOP("ActivitiesView", "Any")


def _text(value: object) -> str:
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float) and pd.isna(value):
        return ""
    if isinstance(value, pd.Timestamp):
        return "" if pd.isna(value) else value.strftime("%Y-%m-%d")
    return str(value)


class ActivitiesModel(QAbstractTableModel):
    """The activities frame as a read-only table of plain strings."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.frame = pd.DataFrame(columns=[*COLUMNS, "description", "reference"])

    def set_frame(self, frame: pd.DataFrame) -> None:
        self.beginResetModel()
        self.frame = frame.reset_index(drop=True)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.frame)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self.frame.iloc[index.row()][COLUMNS[index.column()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(_text(value))
        if role == Qt.ItemDataRole.ToolTipRole:  # a tooltip would guess markup: escape it
            return tooltip_html(_text(value)) if _text(value) else None
        if role == Qt.ItemDataRole.UserRole:  # for sorting dates and text alike
            return _text(value)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ActivitiesView", HEADERS[section])
        return None


class ActivitiesFilter(QSortFilterProxyModel):
    """Keeps the rows matching every chosen criterion."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.kind = self.theme = self.status = ""
        self.partner = self.search = ""
        self.first_year = self.last_year = 0
        self.setSortRole(Qt.ItemDataRole.UserRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_criteria(self, **criteria: object) -> None:
        self.beginFilterChange()
        for name, value in criteria.items():
            setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        record = self.sourceModel().frame.iloc[row]
        if self.kind and _text(record["kind"]) != self.kind:
            return False
        if self.theme and self.theme not in _text(record["themes"]).split("; "):
            return False
        if self.status and _text(record["status"]) != self.status:
            return False
        if self.partner and self.partner.casefold() not in _text(record["partners"]).casefold():
            return False
        if self.first_year or self.last_year:
            start, end = record["start"], record["end"]
            first = start.year if not pd.isna(start) else None
            last = end.year if not pd.isna(end) else first
            if self.last_year and first is not None and first > self.last_year:
                return False
            if self.first_year and last is not None and last < self.first_year:
                return False
        if self.search:
            haystack = " ".join(_text(record[c]) for c in (*COLUMNS, "description", "reference"))
            if self.search.casefold() not in haystack.casefold():
                return False
        return True


class ActivitiesView(QWidget):
    """Counts by kind, filters, the table, and the selected activity in full."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = ActivitiesModel(self)
        self.proxy = ActivitiesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.counts_label = plain_label()
        wrap(self.counts_label)
        self.kind_box = fit_combo(
            QComboBox(accessibleName=translate("ActivitiesView", "Activity kind")), 5
        )
        self.theme_box = fit_combo(
            QComboBox(accessibleName=translate("ActivitiesView", "Activity theme")), 5
        )
        self.status_box = fit_combo(
            QComboBox(accessibleName=translate("ActivitiesView", "Activity status")), 5
        )
        self.partner_box = QLineEdit(
            placeholderText=translate("ActivitiesView", "Partner"),
            accessibleName=translate("ActivitiesView", "Partner"),
        )
        self.search_box = QLineEdit(
            placeholderText=translate("ActivitiesView", "Search activities"),
            accessibleName=translate("ActivitiesView", "Search activities"),
        )
        self.first_year_box = QSpinBox(
            accessibleName=translate("ActivitiesView", "From year"),
            specialValueText=translate("ActivitiesView", "From"),
        )
        self.last_year_box = QSpinBox(
            accessibleName=translate("ActivitiesView", "To year"),
            specialValueText=translate("ActivitiesView", "To"),
        )
        for box in (self.first_year_box, self.last_year_box):
            box.setRange(1999, 2100)
            box.setValue(1999)  # the special value: no limit
        self.table = QTableView(accessibleName=translate("ActivitiesView", "Assistance activities"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(180)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in ("themes", "end", "partners"):  # narrow dock: these show in the record
            self.table.setColumnHidden(COLUMNS.index(column), True)
        self.detail_label = plain_label()
        wrap(self.detail_label)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        filters = QGridLayout()
        filters.addWidget(self.kind_box, 0, 0)
        filters.addWidget(self.theme_box, 0, 1)
        filters.addWidget(self.status_box, 0, 2)
        filters.addWidget(self.first_year_box, 1, 0)
        filters.addWidget(self.last_year_box, 1, 1)
        filters.addWidget(self.partner_box, 1, 2)
        filters.addWidget(self.search_box, 2, 0, 1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counts_label)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.detail_label)

        for box in (self.kind_box, self.theme_box, self.status_box):
            box.currentIndexChanged.connect(self._apply)
        for field in (self.partner_box, self.search_box):
            field.textChanged.connect(self._apply)
        for box in (self.first_year_box, self.last_year_box):
            box.valueChanged.connect(self._apply)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.set_activities(self.model.frame)

    def set_activities(self, frame: pd.DataFrame) -> None:
        """Show one country's activities; the filter choices follow what is there."""
        self.model.set_frame(frame)
        themes = sorted(
            {t for cell in frame.get("themes", []) for t in _text(cell).split("; ") if t}
        )
        statuses = sorted({_text(s) for s in frame.get("status", []) if _text(s)})
        kinds = [k for k in ACTIVITY_KINDS if k in set(frame.get("kind", []))]
        for box, items in (
            (self.kind_box, kinds),
            (self.theme_box, themes),
            (self.status_box, statuses),
        ):
            box.blockSignals(True)
            box.clear()
            box.addItem(translate("ActivitiesView", ANY), "")
            for item in items:
                box.addItem(shown(item, LINE_LIMIT), item)
            box.blockSignals(False)
        counts = Counter(_text(k) for k in frame.get("kind", []))
        if frame.empty:
            self.counts_label.setText(
                translate("ActivitiesView", "No assistance activities recorded for this country.")
            )
        else:
            parts = ", ".join(f"{counts[k]} {k}" for k in ACTIVITY_KINDS if counts.get(k))
            total = len(frame)
            counted = (
                translate("ActivitiesView", "1 assistance activity: {parts}")
                if total == 1
                else translate("ActivitiesView", "%n assistance activities: {parts}", None, total)
            )
            self.counts_label.setText(counted.format(parts=parts))
        self.detail_label.setText("")
        self._apply()
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)

    def _apply(self, *_: object) -> None:
        first = self.first_year_box.value()
        last = self.last_year_box.value()
        self.proxy.set_criteria(
            kind=self.kind_box.currentData() or "",
            theme=self.theme_box.currentData() or "",
            status=self.status_box.currentData() or "",
            partner=self.partner_box.text().strip(),
            search=self.search_box.text().strip(),
            first_year=0 if first == self.first_year_box.minimum() else first,
            last_year=0 if last == self.last_year_box.minimum() else last,
        )

    def _show_selected(self, *_: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.detail_label.setText("")
            return
        record = self.model.frame.iloc[self.proxy.mapToSource(rows[0]).row()]
        start, end = _text(record["start"]), _text(record["end"])
        period = (
            translate("ActivitiesView", "{start} to {end}").format(start=start, end=end)
            if start and end
            else start or end
        )
        kind = shown(_text(record["kind"]).capitalize(), LINE_LIMIT)
        status = shown(_text(record["status"]), LINE_LIMIT)
        themes, partners = _text(record["themes"]), _text(record["partners"])
        reference = _text(record["reference"])
        lines = (
            shown(_text(record["title"])),
            f"{kind} · {status} · {period}",
            translate("ActivitiesView", "Themes: {themes}").format(themes=shown(themes))
            if themes
            else "",
            translate("ActivitiesView", "Partners: {partners}").format(partners=shown(partners))
            if partners
            else "",
            shown(_text(record["description"]), TEXT_LIMIT),
            translate("ActivitiesView", "Reference: {reference}").format(reference=shown(reference))
            if reference
            else "",
        )
        self.detail_label.setText("\n".join(line for line in lines if line))

    def visible_titles(self) -> list[str]:
        """Titles in the table's current order (what a user reads down the list)."""
        return [self.proxy.data(self.proxy.index(r, 0)) for r in range(self.proxy.rowCount())]
