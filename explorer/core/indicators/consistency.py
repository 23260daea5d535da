"""Contradictions inside the source, flagged where the figure is shown.

Why: a file can say one thing in its total and another in its parts (Qatar
2019: a total of ``<5`` while female and male add up to 8; in 43 country-years
of the 2023 GLOTIP export female plus male exceed the total). The app changes
nothing: it shows each figure as the file gives it, with a warning on the
figure in the panel, the tooltip, the brief and the import report.

Checks, per country, year and indicator, of the national total against each
breakdown's parts (sex; age; forms of exploitation; origins, from the flows of
the same indicator). Only what the exact figures prove is flagged: a ``<5``
part counts as 0, so no reading of the suppressed cells could remove the
contradiction, and the file's counts are whole numbers (no rounding allowance):

- a part above the total: one exact part is larger than an exact total;
- the parts above the total: together they are larger than an exact total;
- a ``<5`` total with parts above 4: the total is suppressed but its parts add up to 5 or more.

Each contradiction keeps its English sentence (``message``: data exports, the
report's CSV) and its facts, which :mod:`consistency_words` says in the
reader's language (:func:`warnings_for` with ``lang``, :func:`warning_text`).
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from explorer.core.data.breakdown import ADULTS, CHILDREN, FORM_DIMENSION, FORMS
from explorer.core.data.dataset import Dataset
from explorer.core.data.schema import SUPPRESSED, TOTAL
from explorer.core.indicators.consistency_words import (
    FACTS,
    KINDS,
    PART_ABOVE,
    PARTS_ABOVE,
    SUPPRESSED_TOTAL,
    Contradiction,
    group_name,
)

__all__ = [
    "COLUMNS",
    "KINDS",
    "PARTS_ABOVE",
    "PART_ABOVE",
    "SUPPRESSED_TOTAL",
    "Contradiction",
    "consistency_warnings",
    "contradictions_for",
    "group_name",
    "warning_text",
    "warnings_for",
]

#: Where, the English sentence (for data exports), then the facts to say it in any language.
COLUMNS = ["iso3", "year", "indicator", "group", "kind", "message", *FACTS[2:]]


@dataclass(frozen=True)
class _Part:
    group: str
    rows: pd.DataFrame  # iso3, year, indicator, value, lower, flag, part, origin (a code)


def _parts(dataset: Dataset) -> list[_Part]:
    obs = dataset.observations
    is_total_dim = (obs["dimension"] == TOTAL) & (obs["category"] == TOTAL)
    sex = is_total_dim & (obs["sex"] != TOTAL) & (obs["age"] == TOTAL)
    age = is_total_dim & (obs["sex"] == TOTAL) & obs["age"].isin([CHILDREN, ADULTS, "Unknown"])
    forms = (
        (obs["dimension"] == FORM_DIMENSION)
        & obs["category"].isin(FORMS)
        & (obs["sex"] == TOTAL)
        & (obs["age"] == TOTAL)
    )
    columns = ["iso3", "year", "indicator", "value", "lower", "flag"]
    parts = [
        _Part(
            group,
            obs.loc[mask.fillna(False).to_numpy(dtype=bool), [*columns, label]]
            .rename(columns={label: "part"})
            .assign(origin=""),
        )
        for group, mask, label in (
            ("sex", sex, "sex"),
            ("age", age, "age"),
            ("forms", forms, "category"),
        )
    ]
    flows = dataset.flows
    citizenship = flows[flows["indicator"].isin(dataset.indicators())]
    origins = citizenship.rename(columns={"destination": "iso3", "origin_label": "part"})
    origins = origins[[*columns, "part", "origin"]]
    parts.append(_Part("origins", origins))
    return parts


def _check(dataset: Dataset) -> pd.DataFrame:
    obs = dataset.observations
    totals = obs[
        (obs["dimension"] == TOTAL)
        & (obs["category"] == TOTAL)
        & (obs["sex"] == TOTAL)
        & (obs["age"] == TOTAL)
    ][["iso3", "year", "indicator", "value", "upper", "flag"]]
    totals = totals.drop_duplicates(["iso3", "year", "indicator"], keep="last")
    found = []
    for part in _parts(dataset):
        rows = part.rows.dropna(subset=["iso3", "year"])
        if rows.empty:
            continue
        exact = rows["value"].notna() & (rows["flag"].fillna("") != SUPPRESSED)
        low = np.where(exact, rows["value"], 0.0)  # a <5 proves nothing
        work = rows.assign(_low=low, _exact=np.where(exact, rows["value"], -np.inf))
        summed = (
            work.groupby(["iso3", "year", "indicator"], sort=False)
            .agg(low=("_low", "sum"), largest=("_exact", "max"))
            .reset_index()
        )
        biggest = work.sort_values("_exact", kind="stable").drop_duplicates(
            ["iso3", "year", "indicator"], keep="last"
        )[["iso3", "year", "indicator", "part", "origin"]]
        summed = summed.merge(biggest, on=["iso3", "year", "indicator"])
        both = summed.merge(totals, on=["iso3", "year", "indicator"])
        total_exact = (both["value"].notna() & (both["flag"].fillna("") != SUPPRESSED)).to_numpy()
        total = both["value"].to_numpy(dtype=float)
        part_above = total_exact & (both["largest"].to_numpy() > total)
        parts_above = total_exact & ~part_above & (both["low"].to_numpy() > total)
        small = ~total_exact & (both["low"].to_numpy() > 4)
        columns = {c: both[c].to_numpy() for c in ("iso3", "year", "indicator", "low", "largest")}
        names, codes = both["part"].to_numpy(), both["origin"].to_numpy()
        for i in np.flatnonzero(part_above | parts_above | small):  # few: the contradictions
            row = {c: values[i] for c, values in columns.items()}
            where = (row["iso3"], int(row["year"]), row["indicator"], part.group)
            if part_above[i]:
                name, code = (x if isinstance(x, str) else "" for x in (names[i], codes[i]))
                said = Contradiction(part.group, PART_ABOVE, name, code, row["largest"], total[i])
            elif parts_above[i]:
                said = Contradiction(part.group, PARTS_ABOVE, number=row["low"], total=total[i])
            else:
                said = Contradiction(part.group, SUPPRESSED_TOTAL, number=row["low"])
            facts = (said.part, said.origin, float(said.number), float(said.total))
            found.append((*where, said.kind, said.text(None), *facts))
    frame = pd.DataFrame(found, columns=COLUMNS)
    return frame.sort_values(["iso3", "year", "indicator", "group"], kind="stable").reset_index(
        drop=True
    )


_CACHE: weakref.WeakKeyDictionary[Dataset, pd.DataFrame] = weakref.WeakKeyDictionary()


def consistency_warnings(dataset: Dataset) -> pd.DataFrame:
    """Every contradiction of ``dataset`` (columns ``COLUMNS``), memoised per dataset."""
    if dataset not in _CACHE:
        _CACHE[dataset] = _check(dataset)
    return _CACHE[dataset]


def warning_text(row: Mapping[str, Any] | Sequence[Any], lang: str | None = None) -> str:
    """One contradiction in ``lang``: a row of :func:`consistency_warnings` (a dict, a
    Series) or a tuple in the order of ``COLUMNS`` (the import report keeps them so).
    A tuple without the facts (a report stored before they were kept) says its English
    ``message``."""
    if not isinstance(row, Mapping):
        row = dict(zip(COLUMNS, row, strict=False))
    if any(k not in row for k in FACTS):
        return str(row.get("message", ""))
    return Contradiction.of(row).text(lang)


def contradictions_for(
    dataset: Dataset, iso3: str, indicator: str, year: int
) -> list[Contradiction]:
    """The contradictions on one country's figure (its total and breakdowns) in one year."""
    found = consistency_warnings(dataset)
    if found.empty:
        return []
    hit = (found["iso3"] == iso3) & (found["year"] == int(year)) & (found["indicator"] == indicator)
    return [Contradiction.of(row) for row in found.loc[hit].to_dict("records")]


def warnings_for(
    dataset: Dataset, iso3: str, indicator: str, year: int, lang: str | None = None
) -> list[str]:
    """The warnings on one country's figure in one year, in ``lang`` (None: English)."""
    return [c.text(lang) for c in contradictions_for(dataset, iso3, indicator, year)]
