"""Which country a table row names, or why it names none (an aggregate, a class, nothing).

Why apart from the readers: indicator tables and flow tables both name
countries by code or name, and both must set apart the rows that are not
countries: World Bank aggregates (WLD, EMU, HIC...), regions, "World",
"High income", former countries (SCG, "Netherlands Antilles"). Each distinct
label (or code and name pair) is resolved once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from explorer.core.data.schema import DOMESTIC, REGION_PREFIX, UNKNOWN
from explorer.core.names.historical import former_country
from explorer.core.texts import fill
from explorer.io.importing import table_words as tw
from explorer.io.importing.resolving import Resolver, fuzzy_match
from explorer.io.readers.tables.columns import normalise_header

#: World Bank aggregate codes (WDI, 2024), none of them an ISO 3166 code.
WORLD_BANK_AGGREGATES: dict[str, str] = {
    "AFE": "Africa Eastern and Southern",
    "AFW": "Africa Western and Central",
    "ARB": "Arab World",
    "CEB": "Central Europe and the Baltics",
    "CSS": "Caribbean small states",
    "EAP": "East Asia & Pacific (excluding high income)",
    "EAR": "Early-demographic dividend",
    "EAS": "East Asia & Pacific",
    "ECA": "Europe & Central Asia (excluding high income)",
    "ECS": "Europe & Central Asia",
    "EMU": "Euro area",
    "EUU": "European Union",
    "FCS": "Fragile and conflict affected situations",
    "HIC": "High income",
    "HPC": "Heavily indebted poor countries (HIPC)",
    "IBD": "IBRD only",
    "IBT": "IDA & IBRD total",
    "IDA": "IDA total",
    "IDB": "IDA blend",
    "IDX": "IDA only",
    "INX": "Not classified",
    "LAC": "Latin America & Caribbean (excluding high income)",
    "LCN": "Latin America & Caribbean",
    "LDC": "Least developed countries: UN classification",
    "LIC": "Low income",
    "LMC": "Lower middle income",
    "LMY": "Low & middle income",
    "LTE": "Late-demographic dividend",
    "MEA": "Middle East & North Africa",
    "MIC": "Middle income",
    "MNA": "Middle East & North Africa (excluding high income)",
    "NAC": "North America",
    "OED": "OECD members",
    "OSS": "Other small states",
    "PRE": "Pre-demographic dividend",
    "PSS": "Pacific island small states",
    "PST": "Post-demographic dividend",
    "SAS": "South Asia",
    "SSA": "Sub-Saharan Africa (excluding high income)",
    "SSF": "Sub-Saharan Africa",
    "SST": "Small states",
    "TEA": "East Asia & Pacific (IDA & IBRD countries)",
    "TEC": "Europe & Central Asia (IDA & IBRD countries)",
    "TLA": "Latin America & the Caribbean (IDA & IBRD countries)",
    "TMN": "Middle East & North Africa (IDA & IBRD countries)",
    "TSA": "South Asia (IDA & IBRD)",
    "TSS": "Sub-Saharan Africa (IDA & IBRD countries)",
    "UMC": "Upper middle income",
    "WLD": "World",
}
_AGGREGATE_NAMES = frozenset(normalise_header(n) for n in WORLD_BANK_AGGREGATES.values())
_AGGREGATE_WORDS = re.compile(
    r"\b(?:world|income|dividend|ida|ibrd|hipc|members|small states|excluding|euro area"
    r"|countries|situations|total|not classified)\b"
)


@dataclass(frozen=True)
class Place:
    """How one country label (or pair of code and name) was understood."""

    result: str | None  #: ISO3 code, a class, or None
    reason: str | None = None  #: why it is not a country (None: it is)
    label: str = ""  #: the label to show and to alias
    unresolved: bool = False  #: no rule understood it (list it in report.unresolved)
    fuzzy: tuple[str, str, float] | None = None


def is_country(result: object) -> bool:
    """True for an ISO3 (or user-assigned) code, False for classes, regions and None."""
    return (
        isinstance(result, str)
        and bool(result)
        and result not in (DOMESTIC, UNKNOWN)
        and not result.startswith(REGION_PREFIX)
    )


def is_aggregate(label: str, result: object = None) -> bool:
    """True for a World Bank aggregate code or name, or a label resolved to a region."""
    if isinstance(result, str) and result.startswith(REGION_PREFIX):
        return True
    text = str(label).strip()
    if text.upper() in WORLD_BANK_AGGREGATES and text.isupper():
        return True
    key = normalise_header(text)
    return key in _AGGREGATE_NAMES or _AGGREGATE_WORDS.search(key) is not None


def place_of(labels: Sequence[str], resolve: Resolver, role: str = "country") -> Place:
    """Resolve a row's labels (code first, then name) to a country, or say why not."""
    labels = [str(label).strip() for label in labels]
    present = [label for label in labels if label]
    words = _DESTINATION if role == "destination" else _COUNTRY
    if not present:
        return Place(None, str(words["none"]))
    shown = present[-1] if len(present) > 1 else present[0]
    shown_full = f"{shown} ({present[0]})" if present[0] != shown else shown
    said = {"shown": shown_full}
    aggregate = Place(None, fill(words["aggregate"], said), shown)
    if labels[0] and labels[0].isupper() and labels[0] in WORLD_BANK_AGGREGATES:
        return aggregate
    results = []
    for label in present:
        res = resolve(label)
        result = getattr(res, "result", None)
        if is_country(result):
            return Place(str(result), None, label, fuzzy=fuzzy_match(label, res))
        results.append(result)
    former = next(filter(None, map(former_country, present)), None)
    if former is not None:  # "SCG": not merged into Serbia, nor called a region
        return Place(None, fill(words["former"], {"former": former.describe()}), shown)
    if any(is_aggregate(label, result) for label, result in zip(present, results, strict=True)):
        return aggregate
    if any(result is not None for result in results):
        return Place(None, fill(words["not"], said), shown)
    return Place(None, fill(words["unknown"], said), shown, unresolved=True)


#: Why a row names no country, in the words of its role (a table's country, a destination).
_COUNTRY = {
    "none": tw.NO_COUNTRY,
    "aggregate": tw.AGGREGATE,
    "former": tw.FORMER,
    "not": tw.NOT_A_COUNTRY,
    "unknown": tw.COUNTRY_NOT_UNDERSTOOD,
}
_DESTINATION = {
    "none": tw.NO_DESTINATION,
    "aggregate": tw.DESTINATION_AGGREGATE,
    "former": tw.DESTINATION_FORMER,
    "not": tw.DESTINATION_NOT_A_COUNTRY,
    "unknown": tw.DESTINATION_NOT_UNDERSTOOD,
}


def resolve_places(
    columns: Sequence[pd.Series], resolve: Resolver, role: str = "country"
) -> tuple[list[Place], np.ndarray]:
    """Each distinct combination of labels resolved once: (places, index into them per row)."""
    if len(columns) == 1:
        keys = columns[0].astype(str)
    else:
        keys = columns[0].astype(str).str.cat([c.astype(str) for c in columns[1:]], sep="\x1f")
    codes, uniques = pd.factorize(keys.to_numpy(dtype=object))
    places = [place_of(str(key).split("\x1f"), resolve, role) for key in uniques]
    return places, codes
