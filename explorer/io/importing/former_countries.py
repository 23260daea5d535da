"""The import report's lines on labels naming a former country (``Serbia and Montenegro``).

Why: such a label resolves to its former-country place, which is right, but a
reader who knows the country split must read that its figures were kept apart
and not given to a country of today (see :mod:`explorer.core.names.historical`).
"""

from __future__ import annotations

from collections.abc import Mapping

from explorer.core.names.historical import fold_label, former_country, is_former_place, kept_apart
from explorer.core.texts import fill
from explorer.io.importing.report import format_count
from explorer.io.importing.report_words import (
    FORMER_LABEL_REMARK,
    FORMER_REMARK,
    MANY_ROWS,
    ONE_ROW,
    SOME_ROWS,
)


def former_country_remarks(
    rows: Mapping[str, list[int]], victims: Mapping[str, float], results: Mapping[str, str | None]
) -> list[str]:
    """One line per label that names a former country and resolved to its place.

    ``rows``: each label's file rows; ``victims``: the detected victims it carries
    (``<5`` as 1); ``results``: what each resolved to (a user's alias to a
    country of today is the user's choice, not listed).
    """
    lines = []
    for label, found in rows.items():
        former = former_country(label)
        if former is None or not is_former_place(results.get(label)):
            continue
        values = {
            "label": repr(label),
            "former": former.describe(),
            "kept": kept_apart(former),
            "rows": listed_rows(found),
            "victims": format_count(victims.get(label, 0.0)),
        }
        # The label itself when it is not just the country's code or name (as named_by says).
        same = fold_label(label) in (former.code.casefold(), fold_label(former.name))
        lines.append(fill(FORMER_REMARK if same else FORMER_LABEL_REMARK, values))
    return lines


def listed_rows(rows: list[int], shown: int = 12) -> str:
    """``"rows 3, 5, 9"``; past ``shown``, the first ones and how many in all."""
    head = ", ".join(str(r) for r in rows[:shown])
    if len(rows) > shown:
        return fill(MANY_ROWS, {"list": head, "count": f"{len(rows):,}"})
    return fill(ONE_ROW if len(rows) == 1 else SOME_ROWS, {"list": head})
