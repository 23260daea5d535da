"""GLOTIP flows: citizenship and repatriation rows resolved to countries, one flow per origin.

Why apart from the reader: three rules decide what a desk officer reads as
"where the victims came from", and each needs the country's total:

- A row without a label is the total when it equals the country's total (it is
  rejected, as it would count victims twice; so is one larger than the total,
  such as a year leaking into the value) and otherwise victims whose origin was
  not stated (``UNKNOWN`` with an empty label). Without a total, it is the total
  only when it equals the sum of the labelled rows.
- Labels meaning one origin ("Nationals" and the country's own name, two
  spellings of one country) are one origin; their rows are parts or repeats by
  the rule of :mod:`explorer.io.importing.duplicate_groups`, never listed twice.
- Every distinct label is resolved once (the file has about 400 for 9,000 rows).
  A label naming a former country (``Serbia and Montenegro``) is kept as its
  former-country place, and the report's remarks say so with its victims.

Citizenship rows are flows into ``Iso3_code`` from the citizenship, for every
indicator that has them (detected victims, persons convicted); repatriation
rows are flows from ``Iso3_code`` to the country of repatriation, under
"<indicator> by country of repatriation".
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Mapping

import pandas as pd

from explorer.core.data.schema import DOMESTIC, UNKNOWN
from explorer.core.data.values import format_number
from explorer.core.names.historical import former_country
from explorer.core.texts import fill
from explorer.io.importing import report_words as rw
from explorer.io.importing.duplicate_groups import Cell, Total, decide, group_key, siblings_low
from explorer.io.importing.flow_merge import merge_same_key
from explorer.io.importing.former_countries import former_country_remarks
from explorer.io.importing.report import Conflict, ImportReport, RejectedRow
from explorer.io.importing.resolving import Resolver, resolve_labels, set_unresolved

CITIZENSHIP = "by citizenship"
REPATRIATION = "by country of repatriation"
NOT_STATED = ""  # the origin label of victims whose citizenship the row did not state
VICTIMS = "Detected trafficking victims"


def _cell(row) -> Cell:
    return Cell(int(row.source_row), str(row.text), row.value, row.lower, row.upper)


def country_totals(rows: pd.DataFrame) -> dict[tuple, Total]:
    """Each (iso3, year, indicator)'s total as the file gives it (the largest of repeats)."""
    totals = rows[
        (rows["dimension"] == "Total")
        & (rows["category"].isin(["Total", ""]))
        & (rows["sex"] == "Total")
        & (rows["age"] == "Total")
    ]
    exact = totals["value"].notna()
    ceiling = totals["value"].where(exact, totals["upper"]).fillna(float("inf"))
    keyed = totals.assign(_ceiling=ceiling, year=totals["year"].astype("int64"))
    keyed = keyed.sort_values("_ceiling", kind="stable").drop_duplicates(
        ["iso3", "year", "indicator"], keep="last"
    )
    return {
        (iso3, int(year), indicator): Total(str(text), float(high))
        for iso3, year, indicator, text, high in keyed[
            ["iso3", "year", "indicator", "text", "_ceiling"]
        ].itertuples(index=False, name=None)
    }


def _unlabelled(
    rows: pd.DataFrame,
    totals: Mapping[tuple, Total],
    report: ImportReport,
    raw_of: Callable[[object], dict],
) -> pd.Series:
    """Decide the rows without a label; True for those kept (as origin not stated)."""
    blank = rows["category"].str.strip() == ""
    keep = pd.Series(True, index=rows.index)
    if not blank.any():
        return keep
    labelled = rows[~blank]
    others = labelled.assign(_low=labelled["value"].fillna(labelled["lower"]).fillna(0.0))
    others = others.groupby(["iso3", "year", "indicator", "dimension"])["_low"].sum().to_dict()
    for index, row in rows[blank].iterrows():
        cell = Cell(
            int(row["source_row"]), str(row["text"]), row["value"], row["lower"], row["upper"]
        )
        total = totals.get((row["iso3"], int(row["year"]), row["indicator"]))
        if total is not None and cell.low > total.ceiling:
            is_total, why, shown = True, rw.UNLABELLED_ABOVE_TOTAL, total.words
        elif total is not None:
            small = total.text.strip().startswith("<")
            is_total = (small and math.isnan(cell.value)) or (
                not small and cell.value == total.ceiling
            )
            why, shown = rw.UNLABELLED_TOTAL, total.words
        else:
            summed = others.get((row["iso3"], row["year"], row["indicator"], row["dimension"]), 0)
            is_total = not math.isnan(cell.value) and summed and cell.value == summed
            why, shown = rw.UNLABELLED_SUM, format_number(summed)
        if is_total:
            keep[index] = False
            values = {"dimension": repr(row["dimension"]), "total": shown}
            report.rejected.append(
                RejectedRow(int(row["source_row"]), fill(why, values), raw_of(index))
            )
        else:
            report.not_stated += cell.low
    return keep


def _resolve_labels(rows: pd.DataFrame, resolve: Resolver, report: ImportReport, step) -> pd.Series:
    """The code each row's label resolves to (None when not understood; blank: UNKNOWN)."""
    labels = [label for label in rows["category"].drop_duplicates().tolist() if label.strip()]
    results = resolve_labels(labels, resolve, report, lambda f: step(0.6 + 0.3 * f))
    results[""] = UNKNOWN
    blank = rows["category"].str.strip() == ""
    return rows["category"].where(~blank, "").map(results).astype("object")


def read_flows(
    rows: pd.DataFrame,
    totals: Mapping[tuple, Total],
    resolve: Resolver,
    report: ImportReport,
    raw_of: Callable[[object], dict],
    overrides: Mapping[str, str] | None = None,
    step=lambda _fraction: None,
) -> pd.DataFrame:
    """The flows of the citizenship and repatriation rows (see the module docstring)."""
    rows = rows.assign(year=rows["year"].astype("int64"))
    rows = rows[_unlabelled(rows, totals, report, raw_of)]
    resolved = _resolve_labels(rows, resolve, report, step)
    understood = resolved.notna()
    victims = rows["value"].fillna(rows["lower"])
    set_unresolved(report, victims[~understood].groupby(rows.loc[~understood, "category"]).sum())
    citizenship = rows["dimension"] == CITIZENSHIP
    measured = citizenship & (rows["indicator"] == VICTIMS)
    report.remarks += _former_countries(rows, resolved, victims.where(measured))
    total = victims[measured].sum()
    report.resolved_share = float(victims[measured & understood].sum() / total) if total else 1.0
    counterpart = resolved.fillna(UNKNOWN).astype(str)
    # Own nationals named by the country's own name are own nationals.
    counterpart = counterpart.where(~(citizenship & (counterpart == rows["iso3"])), DOMESTIC)
    rows = rows.assign(code=counterpart.to_numpy())
    rows = _one_per_origin(rows, totals, report, overrides or {})
    citizenship = rows["dimension"] == CITIZENSHIP
    flows = pd.DataFrame(
        {
            "origin": rows["code"].where(citizenship, rows["iso3"]),
            "destination": rows["iso3"].where(citizenship, rows["code"]),
            "year": rows["year"],
            "indicator": rows["indicator"].where(
                citizenship, rows["indicator"] + " " + REPATRIATION
            ),
            "value": rows["value"],
            "lower": rows["lower"],
            "upper": rows["upper"],
            "flag": rows["flag"],
            "origin_label": rows["category"],
            "parts": rows["parts"],
            "source_row": rows["source_row"],
            "source_rows": rows["source_rows"],
        }
    )
    merged, report.flows_merged = merge_same_key(flows)
    report.unknown_parts = flows[rows["code"] == UNKNOWN].drop(columns=["parts"])
    return merged


def _former_countries(rows: pd.DataFrame, resolved: pd.Series, victims: pd.Series) -> list[str]:
    """The remarks on labels naming a former country (few rows: grouped after a filter)."""
    labels = rows["category"]
    distinct = labels.drop_duplicates()
    former = labels.isin(distinct[distinct.map(former_country).notna()])
    if not former.any():
        return []
    labels = labels[former]
    return former_country_remarks(
        rows.loc[former, "source_row"].groupby(labels, sort=True).agg(sorted).to_dict(),
        victims[former].groupby(labels).sum().to_dict(),
        dict(zip(labels, resolved[former], strict=True)),
    )


def _one_per_origin(
    rows: pd.DataFrame, totals: Mapping[tuple, Total], report: ImportReport, overrides
) -> pd.DataFrame:
    """One row per country, year, indicator, dimension and origin (unknown: per label)."""
    label = rows["category"].where(rows["code"] == UNKNOWN, "")
    key_frame = rows[["iso3", "year", "indicator", "dimension", "code"]].assign(_label=label)
    keys = list(map(tuple, key_frame.to_numpy()))
    rows = rows.assign(parts=1, origin_key=keys, source_rows=pd.NA)
    counts = rows["origin_key"].value_counts()
    grouped = set(counts.index[counts > 1])
    if not grouped:
        return rows.drop(columns=["origin_key"])
    in_group = rows["origin_key"].isin(grouped).to_numpy()
    heads = {key[:4] for key in grouped}
    lows: dict[tuple, dict[object, list[float]]] = defaultdict(lambda: defaultdict(list))
    for row in rows.itertuples(index=False):
        key = row.origin_key
        if key[:4] in heads:
            lows[key[:4]][key[4:]].append(_cell(row).low)
    keep = [rows[~in_group]]
    for key, group in rows[in_group].groupby("origin_key", sort=False):
        cells = [_cell(r) for r in group.itertuples(index=False)]
        total = totals.get(key[:3])
        others = siblings_low(lows[key[:4]], key[4:])
        rule_key = group_key(key[:5])
        decision = decide(cells, total, others, overrides.get(rule_key))
        labels = list(dict.fromkeys(group["category"]))
        same_text = len({c.text.strip() for c in cells}) == 1
        if same_text and len(labels) == 1 and decision.rule == "repeats":
            report.duplicates_collapsed += len(cells) - 1
        else:
            report.conflicts.append(
                Conflict(
                    key=(*key[:5], " + ".join(labels)),
                    rows=[c.row for c in cells],
                    values=[
                        f"{c.text} ({lab})" for c, lab in zip(cells, group["category"], strict=True)
                    ],
                    kept=decision.kept,
                    rule=decision.rule,
                    reason=decision.reason,
                    rule_key=rule_key,
                )
            )
        first = group.iloc[[0]].copy()
        first["value"], first["lower"], first["upper"] = (
            decision.value,
            decision.lower,
            decision.upper,
        )
        first["flag"], first["parts"] = decision.flag, decision.parts
        first["source_rows"] = ";".join(str(r) for r in sorted(c.row for c in cells))
        first["category"] = " + ".join(labels)
        keep.append(first)
    return pd.concat(keep).sort_index().drop(columns=["origin_key"])
