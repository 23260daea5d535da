"""GLOTIP observations: one figure per breakdown, by the rule for rows that share one.

Why apart from the reader: which total a group of rows must stay within
(a form's: the country's total of the same sex and age; a sex's or an age's:
the country's total; an age within a sex: that sex's total) is GLOTIP's
layout, and the decision itself (:mod:`explorer.io.importing.duplicate_groups`) is
shared with the flows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

import pandas as pd

from explorer.core.data.breakdown import FORM_DIMENSION
from explorer.core.data.schema import TOTAL
from explorer.io.importing.duplicate_groups import (
    Cell,
    Total,
    decide,
    group_key,
    siblings_low,
)
from explorer.io.importing.report import Conflict, ImportReport

KEY = ["iso3", "year", "indicator", "dimension", "category", "sex", "age"]


def _cell(row) -> Cell:
    return Cell(int(row.source_row), str(row.text), row.value, row.lower, row.upper)


def _total_of(cells: list[Cell]) -> Total:
    best = max(cells, key=lambda c: c.high)
    return Total(best.text, best.high)


def _family(key: tuple) -> tuple[tuple | None, object, tuple | None]:
    """(family the key is a part of, its place in it, the key of the family's total)."""
    iso3, year, indicator, dimension, category, sex, age = key
    head = (iso3, year, indicator)
    if dimension == FORM_DIMENSION:
        return (*head, "forms", sex, age), category, (*head, TOTAL, TOTAL, sex, age)
    if dimension != TOTAL or category != TOTAL:
        return None, None, None
    country_total = (*head, TOTAL, TOTAL, TOTAL, TOTAL)
    if sex != TOTAL and age == TOTAL:
        return (*head, "sexes"), sex, country_total
    if sex == TOTAL and age != TOTAL:
        return (*head, "ages", TOTAL), age, country_total
    if sex != TOTAL and age != TOTAL:
        return (*head, "ages", sex), age, (*head, TOTAL, TOTAL, sex, TOTAL)
    return None, None, None


def one_per_key(
    frame: pd.DataFrame, report: ImportReport, overrides: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """``frame`` with one row per key: groups decided, listed in ``report``; columns ``parts``
    and ``source_rows`` (every row of a group)."""
    frame = frame.assign(year=frame["year"].astype("int64"), parts=1)
    duplicated = frame.duplicated(KEY, keep=False).to_numpy()
    if not duplicated.any():
        return frame.drop(columns=["value_ok", "text"])
    # Only the countries, years and indicators of a group matter for totals and siblings.
    head_columns = ["iso3", "year", "indicator"]
    heads = pd.MultiIndex.from_frame(frame.loc[duplicated, head_columns]).unique()
    near = frame[pd.MultiIndex.from_frame(frame[head_columns]).isin(heads)]
    cells: dict[tuple, list[Cell]] = defaultdict(list)
    for row in near.itertuples(index=False):
        cells[tuple(getattr(row, c) for c in KEY)].append(_cell(row))
    families: dict[tuple, dict[object, list[float]]] = defaultdict(dict)
    for key, group in cells.items():
        family, place, _ = _family(key)
        if family is not None:
            families[family][place] = [c.low for c in group]

    overrides = overrides or {}
    replaced = []
    for key, group in cells.items():
        if len(group) < 2:
            continue
        family, place, total_key = _family(key)
        total = _total_of(cells[total_key]) if total_key in cells else None
        others = siblings_low(families.get(family, {}), place) if family is not None else 0.0
        decision = decide(group, total, others, overrides.get(group_key(key)))
        if len({c.text.strip() for c in group}) == 1 and decision.rule == "repeats":
            report.duplicates_collapsed += len(group) - 1
        else:
            report.conflicts.append(
                Conflict(
                    key=key,
                    rows=[c.row for c in group],
                    values=[c.text for c in group],
                    kept=decision.kept,
                    rule=decision.rule,
                    reason=decision.reason,
                )
            )
        first = min(c.row for c in group)
        replaced.append(
            {
                "source_row": first,
                "source_rows": ";".join(str(c.row) for c in sorted(group, key=lambda c: c.row)),
                "value": decision.value,
                "lower": decision.lower,
                "upper": decision.upper,
                "flag": decision.flag,
                "parts": decision.parts,
            }
        )
    firsts = frame[~frame.duplicated(KEY, keep="first")]
    if replaced:
        update = pd.DataFrame(replaced).set_index("source_row")
        firsts = firsts.set_index("source_row", drop=False)
        grouped = firsts.index.isin(update.index)
        firsts["source_rows"] = pd.Series(pd.NA, index=firsts.index, dtype="string")
        for column in ("value", "lower", "upper", "flag", "parts", "source_rows"):
            firsts.loc[grouped, column] = update.loc[firsts.index[grouped], column].to_numpy()
        firsts = firsts.reset_index(drop=True)
    return firsts.drop(columns=["value_ok", "text"])
