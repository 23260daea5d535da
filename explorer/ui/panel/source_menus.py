"""The panel's "Show source rows" menus: which figure each part of the panel shows at a point.

Why apart from the panel: the panel lays its sections out; what a right click
on each means (the key figures, a year of the trend, a bar of the profile, an
origin or destination, a year of the selected flow, the place's total, change,
trend year or ranked country) is one list, here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QTableWidget

from explorer.core.indicators.derived import VICTIMS
from explorer.ui.common.source_rows import Offer, SourceRows, offer_rows
from explorer.ui.common.translations import translate

if TYPE_CHECKING:
    from explorer.ui.panel.detail import DetailPanel


def _row_at(table: QTableWidget, pos: QPoint) -> int | None:
    row = table.rowAt(pos.y())
    return None if row < 0 else row


def _year_at(table: QTableWidget, pos: QPoint) -> int | None:
    """The year in the first column of the row at ``pos`` (the panel's year tables)."""
    row = _row_at(table, pos)
    item = table.item(row, 0) if row is not None else None
    try:
        return int(item.text()) if item is not None else None
    except ValueError:
        return None


def _when(value, opener: Callable[[object], None]) -> Offer:
    return None if value is None else (lambda: opener(value))


def offer_panel_rows(panel: DetailPanel, rows: SourceRows) -> None:
    """Context menus on every figure of the country, flow and place sections."""
    state = panel.state

    def country(**kwargs) -> None:
        if state.selected is not None:
            rows.show(rows.country(state.selected, **kwargs))

    offer_rows(panel.key_label, lambda _pos: _when(state.selected, lambda _: country()))
    offer_rows(
        panel.series_table,
        lambda pos: _when(_year_at(panel.series_table, pos), lambda y: country(year=y)),
    )
    offer_rows(
        panel.series_chart,
        lambda pos: _when(panel.series_chart.year_at(pos.x()), lambda y: country(year=y)),
    )

    def profile_at(pos: QPoint) -> Offer:
        bar = panel.profile.bar_at(pos.y())
        if bar is None or bar.breakdown is None or panel.profile.profile is None:
            return None
        year = panel.profile.profile.year
        return lambda: country(year=year, breakdown=bar.breakdown, indicator=VICTIMS)

    offer_rows(panel.profile, profile_at)
    for direction, _title, table, _note in panel.flows.sections:

        def flow_at(pos: QPoint, direction=direction, table=table) -> Offer:
            row = _row_at(table, pos)
            partner = panel.flows.partner(direction, row) if row is not None else None
            if partner is None:
                return None
            iso3 = panel.flows.iso3
            pair = (partner, iso3) if direction == "origins" else (iso3, partner)
            return lambda: rows.show_flow(*pair)

        offer_rows(table, flow_at)

    pair_table = panel.flow_pair.table

    def pair_at(pos: QPoint) -> Offer:
        pair, year = state.selected_flow, _year_at(pair_table, pos)
        if pair is None or year is None:
            return None
        return lambda: rows.show_flow(*pair, year)

    offer_rows(pair_table, pair_at)
    _offer_place_rows(panel, rows)


def _offer_place_rows(panel: DetailPanel, rows: SourceRows) -> None:
    place = panel.place

    def figures_at(_pos: QPoint) -> Offer:
        code = place.current_code()
        return [
            (
                translate("SourceRows", "Show source rows of the &total…"),
                lambda: rows.show(rows.place_total(code)),
            ),
            (
                translate("SourceRows", "Show source rows of the &change…"),
                lambda: rows.show(rows.place_change(code)),
            ),
        ]

    offer_rows(place.figures, figures_at)

    def shares_at(_pos: QPoint) -> Offer:
        summary, code = place.summary, place.current_code()
        if summary is None:
            return None
        words = translate("SourceRows", "Show source rows of the share: {label}…")
        return [
            (
                words.format(label=share.label),
                lambda g=group, s=share.label: rows.show(rows.place_share(code, g, s)),
            )
            for group, shares in summary.profile.items()
            for share in shares
        ] or None

    offer_rows(place.profile, shares_at)
    offer_rows(
        place.trend_table,
        lambda pos: _when(
            _year_at(place.trend_table, pos),
            lambda y: rows.show(rows.place_total(place.current_code(), y)),
        ),
    )

    def ranked_at(pos: QPoint) -> Offer:
        row = _row_at(place.ranking, pos)
        codes = place.ranked_codes()
        if row is None or row >= len(codes):
            return None
        return lambda: rows.show(rows.country(codes[row]))

    offer_rows(place.ranking, ranked_at)
