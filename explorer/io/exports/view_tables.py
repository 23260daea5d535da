"""The tables every data export of the view writes: countries, flows and the about texts.

Why shared: CSV, XLSX and GeoPackage must carry the very numbers, texts and
classes the map shows (``ViewData``, built once for every export) and the
same provenance (source, caveats, disclaimer, export date and, for the demo,
the SYNTHETIC mark), so each format writes these tables and never builds its
own.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from explorer.core.view.data import FLOW_TABLE_COLUMNS, SYNTHETIC_MARK, ViewData
from explorer.io.exports.formula_safety import neutralise

#: Columns of the countries table in every format (the GeoPackage adds colour).
COUNTRY_COLUMNS = [
    "iso3",
    "country",
    "region",
    "indicator",
    "breakdown",
    "year",
    "value",
    "lower",
    "upper",
    "flag",
    "shown",
    "class",
]
FLOW_COLUMNS = list(FLOW_TABLE_COLUMNS)


def countries_table(view: ViewData) -> pd.DataFrame:
    """The countries as exported: one row per country, ``value`` empty without a number."""
    c = view.countries
    return pd.DataFrame(
        {
            "iso3": c["iso3"].astype(object).to_numpy(),
            "country": c["name"].astype(object).to_numpy(),
            "region": c["region"].astype(object).to_numpy(),
            "indicator": view.indicator,
            "breakdown": view.breakdown,
            "year": np.full(len(c), int(view.year), dtype=np.int64),
            "value": c["value"].to_numpy(dtype=float),
            "lower": c["lower"].to_numpy(dtype=float),
            "upper": c["upper"].to_numpy(dtype=float),
            "flag": c["flag"].astype(object).to_numpy(),
            "shown": c["shown"].astype(object).to_numpy(),
            "class": c["class"].astype(object).to_numpy(),
        },
        columns=COUNTRY_COLUMNS,
    )


def flows_table(view: ViewData) -> pd.DataFrame:
    """The drawn flows as exported, largest first; numeric columns typed for GIS tools."""
    f = view.flows.reindex(columns=FLOW_COLUMNS).reset_index(drop=True)
    for col in ("value", "lower", "upper", "width"):
        f[col] = pd.to_numeric(f[col], errors="coerce").astype(float)
    f["year"] = pd.to_numeric(f["year"], errors="coerce").astype("Int64")
    f["emphasised"] = f["emphasised"].fillna(False).astype(bool)
    for col in ("origin", "origin_name", "destination", "destination_name", "indicator"):
        f[col] = f[col].astype(object)
    for col in ("flag", "shown", "colour"):
        f[col] = f[col].astype(object).where(f[col].notna(), "")
    return f


def about_lines(view: ViewData) -> list[tuple[str, str]]:
    """(field, text) pairs that say what the numbers are; SYNTHETIC first when it applies."""
    t = view.texts
    rows = [("Synthetic", SYNTHETIC_MARK)] if t.synthetic else []
    rows += [
        ("Title", t.title),
        ("Subtitle", t.subtitle),
        ("Indicator", view.indicator),
        ("Breakdown", view.breakdown),
        ("Year", str(view.year)),
        ("Source", t.source.removeprefix("Source: ")),
        ("Caveat", t.caveat),
        ("Disclaimer", t.disclaimer),
        ("Exported", t.exported),
        ("Classes", view.classes_note),
        ("Selected", selected_country(view)),
    ]
    return [(k, v) for k, v in rows if v]


def selected_country(view: ViewData) -> str:
    """The country outlined on the map, as "Brazil (BRA)"; "" when none is selected.

    Why a line and not a column: the tables hold every country whatever is selected;
    the selection is what the map showed (and the flows' emphasis), so it is said once.
    """
    if not view.selected:
        return ""
    names = dict(zip(view.countries["iso3"], view.countries["name"], strict=True))
    return f"{names.get(view.selected, view.selected)} ({view.selected})"


def neutralised(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy with every text column passed through ``neutralise``.

    Why (OWASP "CSV injection"): a spreadsheet must never evaluate a country
    name; text cells that start with ``= + - @``, a tab or a carriage return
    get a leading apostrophe, and numbers stay numbers.
    """
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col].dtype):
            out[col] = out[col].astype(object).map(neutralise)
    return out
