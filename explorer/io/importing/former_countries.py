"""The import report's lines on labels naming a former country (``Serbia and Montenegro``).

Why: such a label resolves to its former-country place, which is right, but a
reader who knows the country split must read that its figures were kept apart
and not given to a country of today (see :mod:`explorer.core.names.historical`).
"""

from __future__ import annotations

from collections.abc import Mapping

from explorer.core.names.historical import former_country, is_former_place, kept_apart
from explorer.io.importing.report import format_count


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
        lines.append(
            f"{former.named_by(label)}: {kept_apart(former)}: {listed_rows(found)} "
            f"({format_count(victims.get(label, 0.0))} detected victims, <5 counted as 1)."
        )
    return lines


def listed_rows(rows: list[int], shown: int = 12) -> str:
    """``"rows 3, 5, 9"``; past ``shown``, the first ones and how many in all."""
    head = ", ".join(str(r) for r in rows[:shown])
    more = f", ... ({len(rows):,} rows)" if len(rows) > shown else ""
    return ("row " if len(rows) == 1 else "rows ") + head + more
