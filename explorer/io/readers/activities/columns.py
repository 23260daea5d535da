"""The columns of an activities table: the template's names, their synonyms, the header row.

Why apart from the reader: the dispatcher recognises an activities table from
a header row alone, and officers rename columns ("Country (ISO3 or name)",
"recipient country", "start date"); the names are matched without regard to
case, spaces, underscores or a trailing parenthesis.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from explorer.io.importing.errors import DataImportError
from explorer.io.readers.activities.values import fold

#: The template's columns, in order.
COLUMNS: tuple[str, ...] = (
    "country",
    "title",
    "kind",
    "themes",
    "status",
    "start",
    "end",
    "partners",
    "description",
    "reference",
)
REQUIRED: tuple[str, ...] = ("country", "title")

_HEADER_SYNONYMS: dict[str, str] = {
    **{c: c for c in COLUMNS},
    "countries": "country",
    "iso3": "country",
    "iso3 code": "country",
    "iso code": "country",
    "recipient": "country",
    "recipient country": "country",
    "recipient countries": "country",
    "pays": "country",
    "pais": "country",
    "activity": "title",
    "activity title": "title",
    "titre": "title",
    "titulo": "title",
    "type": "kind",
    "activity type": "kind",
    "theme": "themes",
    "topic": "themes",
    "topics": "themes",
    "start date": "start",
    "begin": "start",
    "from": "start",
    "end date": "end",
    "until": "end",
    "to": "end",
    "partner": "partners",
    "counterparts": "partners",
    "summary": "description",
    "ref": "reference",
    "id": "reference",
    "project id": "reference",
    "project code": "reference",
}


def column_key(name: object) -> str | None:
    key = fold(re.sub(r"\s*\(.*\)\s*$", "", str(name).strip()))
    return _HEADER_SYNONYMS.get(key)


def looks_like_activities_table(columns: Iterable[object]) -> bool:
    """True when a header row names a country column and a title column (see module rules)."""
    found = {column_key(c) for c in columns}
    return all(required in found for required in REQUIRED)


def find_header(raw: pd.DataFrame, file_name: str) -> tuple[int, list[str | None]]:
    for position in range(min(10, len(raw))):
        cells = list(raw.iloc[position])
        if looks_like_activities_table(cells):
            keys: list[str | None] = []
            for cell in cells:
                key = column_key(cell)
                keys.append(key if key not in keys else None)  # the first of synonyms wins
            return position, keys
    cells = [str(c) for c in raw.iloc[0]] if len(raw) else []
    found = {column_key(c) for c in cells}
    missing = [c for c in REQUIRED if c not in found]
    shown = ", ".join(c for c in cells if c)[:200] or "nothing"
    raise DataImportError(
        f"{file_name}: not an activities table: missing required column(s) "
        f"{', '.join(missing)} (the first row has: {shown}); see the activities template"
    )
